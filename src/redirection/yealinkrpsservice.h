#pragma once

// Yealink Redirection and Provisioning Service through the YMCS Open API v2
// (https://us-api.ymcs.yealink.com; other regions have hosts of their own): an OAuth token from
// the AccessKey (POST /v2/token), then Bearer, `timestamp` and `nonce` on every call. A server
// per provisioning URL ("PhoneDesk host:port", made when missing) and the devices added to it by
// MAC in batches of up to 100. Accounts that may not add by MAC alone (403) add with the serial
// number (/v2/rps/addDevices); phones without one fail with a reason saying so. docs/redirection.md
// lists the endpoints and what each answer leads to.

#include "redirectionservice.h"

#include <QHash>

namespace PhoneDesk {

class YealinkRpsService final : public RedirectionService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YealinkRpsService)

public:
    explicit YealinkRpsService(RedirectionServiceConfig config, QObject *parent = nullptr);

    int registerBatchLimit() const override { return 100; }
    int removeBatchLimit() const override { return 100; }
    void registerDevices(const QList<RedirectionDevice> &devices, Done done) override;
    void removeDevices(const QList<RedirectionDevice> &devices, Done done) override;
    void testConnection(Tested done) override;

    // The name of PhoneDesk's server for `url`: "PhoneDesk prov.example.com:8443".
    static QString serverName(const QString &url);
    // The account answered 403 to adding by MAC: devices go with their serial numbers from now on.
    bool addsBySerialNumber() const { return m_bySerialNumber; }

private:
    using Answered = std::function<void(const HttpAnswer &)>;
    using ServerReady = std::function<void(const QString &serverId, const HttpAnswer &failure)>;
    // A device as the service has it (found: false when it has none of that MAC).
    struct Found
    {
        bool found = false;
        QString id;
        QString serverId;
    };
    using Looked = std::function<void(const Found &, const HttpAnswer &failure)>;
    struct Adding;

    // A call with the token (fetched or refreshed once on a 401) and the signing headers.
    void call(const QByteArray &verb, const QString &path, const QByteArray &body, Answered answered,
              bool retried = false);
    void withToken(std::function<void(const HttpAnswer &failure)> ready);
    void withServer(const QString &url, ServerReady ready);
    void findServer(const QString &url, int skip, ServerReady ready);
    void saveServer(const QString &url, const QString &existingId, ServerReady ready);

    void registerGroup(const QList<RedirectionDevice> &devices, Done done);
    void lookUp(const RedirectionDevice &device, Looked looked);
    // In-doubt devices are looked up one after the other, then the rest added.
    void verifyThenAdd(const std::shared_ptr<Adding> &run);
    void add(const std::shared_ptr<Adding> &run);
    void addWithSerialNumbers(const std::shared_ptr<Adding> &run);
    void onAdded(const std::shared_ptr<Adding> &run, const QList<RedirectionDevice> &sent,
                 const HttpAnswer &a);
    void resolveExisting(const std::shared_ptr<Adding> &run);
    void moveThenAdd(const std::shared_ptr<Adding> &run);
    // A request failed as a whole: `sent` and what was still to do get its outcome and pause.
    void abort(const std::shared_ptr<Adding> &run, const QList<RedirectionDevice> &sent, const HttpAnswer &a);
    void finish(const std::shared_ptr<Adding> &run);

    QString m_token;
    QDateTime m_tokenExpires;
    QHash<QString, QString> m_servers; // provisioning URL -> server id
    bool m_bySerialNumber = false;
};

} // namespace PhoneDesk
