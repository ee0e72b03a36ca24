#pragma once

// Renders phones' configuration files from the database (through computeEffectiveConfig), keeps
// the current configuration hash per phone, and answers which phones have a configuration
// pending (served hash differs from what would be served now). Lives on the thread of its Storage.

#include "renderedconfig.h"

#include "entities.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace PhoneDesk {

class Storage;
struct ChangeEvent;

// Everything the provisioning server needs to answer one phone.
struct PhoneConfig
{
    Id phoneId = 0;
    QString name;
    QString mac;
    QString modelId;
    QString renderer;
    QString deviceSecret;
    QList<RenderedFile> files;
    QString hash;
    bool dynamicReload = true; // effective general.dynamicReload: resync on change
    QString firmwareVersion; // the library firmware its files point at; empty when none
};

// What the phone editor shows: the exact files, or for unmanaged phones the registration data.
struct ConfigPreview
{
    enum class Kind { Files, Registration, Unavailable };
    Kind kind = Kind::Unavailable;
    QList<RenderedFile> files;
    QString registrationText;
    QList<SecretSpan> registrationSecrets; // where its passwords are in registrationText
    QString message; // why there is nothing to show (translated)
};

class ConfigService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigService)

public:
    explicit ConfigService(Storage &storage, QObject *parent = nullptr);

    // The phone's files; nullopt when the phone is not provisioned by us (not managed, no MAC,
    // model without a renderer).
    Result<std::optional<PhoneConfig>> render(Id phoneId);
    // Every provisioned phone. Without `keepFiles`: id, MAC, model, renderer and hash only.
    Result<QList<PhoneConfig>> renderAll(bool keepFiles = true);

    Result<ConfigPreview> preview(Id phoneId);

    // Current configuration hash per provisioned phone (cached; refreshed for what the change feed reports).
    Result<QHash<Id, QString>> currentHashes();
    // Phones that fetched a configuration whose hash differs from the current one.
    Result<QSet<Id>> pendingPhoneIds();
    // The phones whose served hash (last fetched) differs from their current one.
    static QSet<Id> outOfDate(const QHash<Id, QString> &served, const QHash<Id, QString> &current);

    // Seeds the hash cache from configurations rendered elsewhere (the server renders all at start).
    void seedHashes(const QList<PhoneConfig> &configs);
    // Whether hashes are cached (a change then re-renders what it touched; else nothing is).
    bool hashesCached() const { return m_hashesValid; }

    // The https URL phones of `site` fetch from, from the site's provisioning host.
    static QString provisioningUrl(const Site &site);

    struct Lookups; // what rendering reads besides the phone (configservice.cpp)

signals:
    // These phones should re-fetch: with dynamic reload on, a base-settings/site/user/phone change
    // altered their files; whatever the setting, the firmware their files point at changed (a
    // rollout gave them their turn). Emitted after the change is committed.
    void resyncRequested(const QList<PhoneDesk::Id> &phoneIds);
    // The hashes of these phones changed (pending state may have changed).
    void configurationsChanged(const QList<PhoneDesk::Id> &phoneIds);
    // Fresh renderings after a change (emitted before configurationsChanged); `removed` are phones
    // that are no longer provisioned (deleted, no MAC, other category).
    void phonesRendered(const QList<PhoneDesk::PhoneConfig> &configs, const QList<PhoneDesk::Id> &removed);

private:
    Result<std::unique_ptr<Lookups>> loadLookups();
    Result<std::optional<PhoneConfig>> renderWith(const Phone &phone, Lookups &lookups);
    // Managed phones (all, or `ids`), read in one query and rendered on every core a batch at a
    // time as they are read. Without `keepFiles` only the hashes are kept: memory stays flat for
    // 100k phones.
    Result<QList<PhoneConfig>> renderMany(const QList<Id> &ids, bool keepFiles = true);
    void onChange(const ChangeEvent &event);
    void refreshHashes(const QList<Id> &onlyIds);

    Storage &m_storage;
    QHash<Id, QString> m_hashes;
    QHash<Id, QString> m_firmware; // phone -> the firmware version its current files point at
    bool m_hashesValid = false;
};

} // namespace PhoneDesk
