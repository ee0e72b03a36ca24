#pragma once

// Poly Zero Touch Provisioning (ZTP), API v1 (https://api.ztp.poly.com/v1, header API-KEY): a
// profile per provisioning URL ("PhoneDesk host:port", made when missing) and one device per MAC
// pointing at it. The API takes one device per request (POST /devices), so a batch is one phone.
// docs/redirection.md lists the endpoints and what each answer leads to.

#include "redirectionservice.h"

#include <QHash>

namespace PhoneDesk {

class PolyZtpService final : public RedirectionService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolyZtpService)

public:
    explicit PolyZtpService(RedirectionServiceConfig config, QObject *parent = nullptr);

    int registerBatchLimit() const override { return 1; }
    int removeBatchLimit() const override { return 1; }
    void registerDevices(const QList<RedirectionDevice> &devices, Done done) override;
    void removeDevices(const QList<RedirectionDevice> &devices, Done done) override;
    void testConnection(Tested done) override;

    // The name of PhoneDesk's profile for `url`: "PhoneDesk prov.example.com:8443".
    static QString profileName(const QString &url);

private:
    using ProfileReady = std::function<void(const QString &profileId, const HttpAnswer &failure)>;

    QNetworkRequest api(const QString &path, const QString &query = {}) const;
    void withProfile(const QString &url, ProfileReady ready);
    void findProfile(const QString &url, const QString &cursor, ProfileReady ready);
    void createProfile(const QString &url, ProfileReady ready);
    void registerOne(const RedirectionDevice &device, Done done);
    void post(const RedirectionDevice &device, const QString &profileId, bool moved, Done done);
    // GET /devices/{mac}: ours and at this profile: done; ours elsewhere: moved here; unknown:
    // `missing` (registered now, or after a 409: another account has it).
    void lookUp(const RedirectionDevice &device, const QString &profileId, bool afterConflict, bool moved,
                Done done);
    void moveHere(const RedirectionDevice &device, const QString &profileId, Done done);
    void removeOne(const RedirectionDevice &device, Done done);
    RedirectionBatchResult single(const RedirectionDevice &device, RedirectionOutcome::Kind kind,
                                  const QString &reason = {}, const QString &detail = {});

    QHash<QString, QString> m_profiles; // provisioning URL -> profile id
};

} // namespace PhoneDesk
