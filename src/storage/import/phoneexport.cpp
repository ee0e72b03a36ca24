#include "phoneexport.h"

#include "basesettingsrepository.h"
#include "checkedfile.h"
#include "linekeynotation.h"
#include "macaddress.h"
#include "phonerepository.h"
#include "settingsschema.h"
#include "siterepository.h"
#include "storage.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QSet>

namespace PhoneDesk::PhoneExport {

namespace {
Result<qsizetype> toFile(Storage &storage, const Result<QList<Phone>> &phones, const QString &path,
                         const Csv::WriteOptions &options, const ProgressCallback &progress)
{
    if (!phones)
        return phones.error();
    CheckedFile file(path);
    if (auto opened = file.open(); !opened)
        return opened.error();
    auto written = write(storage, *phones, file.device(), options, progress);
    if (!written) {
        // The file's own error says why (e.g. the disk is full) better than the writer's.
        const auto failure = file.failure();
        file.cancel();
        return failure ? *failure : written.error();
    }
    if (auto committed = file.commit(); !committed)
        return committed.error();
    return written;
}
} // namespace

Result<qsizetype> write(Storage &storage, const QList<Phone> &phones, QIODevice &device,
                        const Csv::WriteOptions &options, const ProgressCallback &progress)
{
    auto sites = storage.sites().list();
    if (!sites)
        return sites.error();
    auto profiles = storage.baseSettings().list();
    if (!profiles)
        return profiles.error();
    auto users = storage.users().list();
    if (!users)
        return users.error();
    QHash<Id, QString> siteNames;
    for (const Site &s : std::as_const(*sites))
        siteNames.insert(s.id, s.name);
    QHash<Id, std::pair<QString, QString>> profileNames; // id -> (name, model id)
    for (const BaseSettingsSummary &b : std::as_const(*profiles))
        profileNames.insert(b.settings.id, {b.settings.name, b.settings.modelId});
    // Users by email when they have one; by name otherwise (the import accepts both).
    QHash<Id, QString> userRefs;
    for (const User &u : std::as_const(*users))
        userRefs.insert(u.id, u.email.isEmpty() ? u.name : u.email);

    // One column per setting any exported phone overrides, in schema order.
    QSet<QString> used;
    for (const Phone &p : phones) {
        for (auto it = p.overrides.constBegin(); it != p.overrides.constEnd(); ++it)
            used.insert(it.key());
    }
    QList<const SettingDefinition *> settingColumns;
    for (const SettingDefinition &d : SettingsSchema::builtin().settings()) {
        if (used.contains(d.key))
            settingColumns.append(&d);
    }

    Csv::Writer writer(device, options);
    QStringList header = {
        QStringLiteral("name"),          QStringLiteral("category"),       QStringLiteral("model"),
        QStringLiteral("base_settings"), QStringLiteral("site"),           QStringLiteral("hardware_id"),
        QStringLiteral("user"),          QStringLiteral("remote_address"), QStringLiteral("network_address"),
        QStringLiteral("serial_number"), QStringLiteral("description"),    QStringLiteral("line_keys")};
    for (const SettingDefinition *d : std::as_const(settingColumns))
        header.append(QStringLiteral("setting:") + d->key);
    writer.writeRecord(header);

    qsizetype done = 0;
    QStringList fields;
    for (const Phone &p : phones) {
        fields.clear();
        const auto profile = profileNames.value(p.baseSettingsId);
        const bool mac = p.category == PhoneCategory::Managed || p.category == PhoneCategory::Unmanaged;
        fields << p.name << toKey(p.category) << profile.second << profile.first << siteNames.value(p.siteId)
               << (mac && !p.hardwareId.isEmpty() ? MacAddress::format(p.hardwareId) : p.hardwareId)
               << (p.userId != 0 ? userRefs.value(p.userId) : QString()) << p.remoteAddress
               << p.networkAddress << p.serialNumber << p.description << LineKeyNotation::format(p.lineKeys);
        for (const SettingDefinition *d : std::as_const(settingColumns)) {
            const auto it = p.overrides.constFind(d->key);
            fields << (it == p.overrides.constEnd() ? QString() : SettingsSchema::toText(*d, *it));
        }
        if (!writer.writeRecord(fields))
            return Error::make(
                Error::Code::Io,
                QCoreApplication::translate("PhoneDesk::Export", "Writing the export failed: %1")
                    .arg(writer.errorString()));
        ++done;
        if (progress && done % 1024 == 0 && !progress(done, phones.size()))
            return Error::make(Error::Code::Cancelled,
                               QCoreApplication::translate("PhoneDesk::Export", "Export cancelled."));
    }
    if (!writer.flush())
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("PhoneDesk::Export", "Writing the export failed: %1")
                               .arg(writer.errorString()));
    if (progress)
        progress(done, phones.size());
    return done;
}

Result<qsizetype> exportToFile(Storage &storage, const QList<Id> &ids, const QString &path,
                               const Csv::WriteOptions &options, const ProgressCallback &progress)
{
    return toFile(storage, storage.phones().getMany(ids), path, options, progress);
}

Result<qsizetype> exportAllToFile(Storage &storage, const QString &path, const Csv::WriteOptions &options,
                                  const ProgressCallback &progress)
{
    return toFile(storage, storage.phones().getAll(), path, options, progress);
}

} // namespace PhoneDesk::PhoneExport
