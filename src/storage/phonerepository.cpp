#include "phonerepository.h"

#include "basesettingsrepository.h"
#include "macaddress.h"
#include "modelcatalog.h"
#include "settingsschema.h"
#include "sqlutil.h"
#include "storage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace PhoneDesk {

namespace {

QString label(const Phone &p)
{
    return QCoreApplication::translate("PhoneDesk::Storage", "Phone \"%1\"").arg(p.name);
}

QString lineKeysToJson(const QList<LineKey> &keys)
{
    if (keys.isEmpty())
        return QStringLiteral("[]");
    QJsonArray array;
    for (const LineKey &k : keys) {
        QJsonObject o;
        o.insert(QStringLiteral("i"), k.index);
        o.insert(QStringLiteral("t"), toKey(k.type));
        if (!k.label.isEmpty())
            o.insert(QStringLiteral("l"), k.label);
        if (!k.value.isEmpty())
            o.insert(QStringLiteral("v"), k.value);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<LineKey> lineKeysFromJson(const QString &json)
{
    QList<LineKey> keys;
    if (json.size() <= 2)
        return keys;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        keys.append(
            {o.value(QStringLiteral("i")).toInt(),
             lineKeyTypeFromKey(o.value(QStringLiteral("t")).toString()).value_or(LineKeyType::Unassigned),
             o.value(QStringLiteral("l")).toString(), o.value(QStringLiteral("v")).toString()});
    }
    return keys;
}

QString newDeviceSecret()
{
    // One read from the system's secure source per secret (not one per character: bulk imports
    // create 100k secrets).
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    constexpr quint32 alphabetSize = sizeof(alphabet) - 1;
    quint32 random[24];
    QRandomGenerator::system()->fillRange(random);
    QString secret;
    secret.reserve(24);
    for (const quint32 r : random)
        secret.append(
            QLatin1Char(alphabet[r % alphabetSize])); // bias < 2^-26: irrelevant for a 24-char secret
    return secret;
}

const QString PhoneColumns = QStringLiteral(
    "id, name, category, base_settings_id, site_id, hardware_id, user_id, remote_address, network_address, "
    "description, overrides_json, line_keys_json, version");

Phone readPhone(const QSqlQuery &q)
{
    Phone p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.category = phoneCategoryFromKey(q.value(2).toString()).value_or(PhoneCategory::Managed);
    p.baseSettingsId = q.value(3).toLongLong();
    p.siteId = q.value(4).toLongLong();
    p.hardwareId = q.value(5).toString();
    p.userId = q.value(6).toLongLong();
    p.remoteAddress = q.value(7).toString();
    p.networkAddress = q.value(8).toString();
    p.description = q.value(9).toString();
    p.overrides = SettingsSchema::builtin().normalized(Sql::fromJson(q.value(10).toString()));
    p.lineKeys = lineKeysFromJson(q.value(11).toString());
    p.version = q.value(12).toInt();
    return p;
}

void bindPhone(QSqlQuery &q, const Phone &p)
{
    q.addBindValue(Sql::text(p.name));
    q.addBindValue(toKey(p.category));
    q.addBindValue(p.baseSettingsId);
    q.addBindValue(p.siteId);
    q.addBindValue(Sql::nullIfEmpty(p.hardwareId));
    q.addBindValue(Sql::nullIfZero(p.userId));
    q.addBindValue(Sql::text(p.remoteAddress));
    q.addBindValue(Sql::text(p.networkAddress));
    q.addBindValue(Sql::text(p.description));
    q.addBindValue(Sql::toJson(p.overrides));
    q.addBindValue(lineKeysToJson(p.lineKeys));
}

const QString InsertManyPrefix = QStringLiteral(
    "INSERT INTO phones (name, category, base_settings_id, site_id, hardware_id, user_id, remote_address, "
    "network_address, description, overrides_json, line_keys_json, device_secret, version) VALUES ");
const QString AuditManyPrefix = QStringLiteral(
    "INSERT INTO audit (at, actor, action, entity_type, entity_id, entity_name, details) VALUES ");
const QString UpdateSql = QStringLiteral(
    "UPDATE phones SET name = ?, category = ?, base_settings_id = ?, site_id = ?, hardware_id = ?, user_id = "
    "?, "
    "remote_address = ?, network_address = ?, description = ?, overrides_json = ?, line_keys_json = ?, "
    "version = version + 1 WHERE id = ? AND version = ?");
const QString AuditSql = QStringLiteral("INSERT INTO audit (at, actor, action, entity_type, entity_id, "
                                        "entity_name, details) VALUES (?, ?, ?, 'phone', ?, ?, ?)");

const QString RowSelect = QStringLiteral(
    "SELECT p.id, p.name, p.category, b.model_id, p.base_settings_id, b.name, p.site_id, s.name, "
    "p.hardware_id, "
    "p.user_id, u.name, p.remote_address, p.network_address, st.status, st.rtt_ms, st.last_seen, "
    "st.firmware, "
    "st.fetch_ip, p.version "
    "FROM phones p JOIN base_settings b ON b.id = p.base_settings_id JOIN sites s ON s.id = p.site_id "
    "LEFT JOIN users u ON u.id = p.user_id LEFT JOIN phone_status st ON st.phone_id = p.id");

// Shares one QString per distinct value across rows (site names, model ids ...): 100k rows hold
// a handful of strings instead of 100k copies.
class Interner
{
public:
    QString operator()(const QVariant &v)
    {
        const QString s = v.toString();
        auto it = m_strings.constFind(s);
        if (it != m_strings.constEnd())
            return *it;
        m_strings.insert(s, s);
        return s;
    }

private:
    QHash<QString, QString> m_strings;
};

Result<QList<PhoneRow>> readRows(QSqlQuery &q)
{
    QList<PhoneRow> rows;
    Interner intern;
    while (q.next()) {
        PhoneRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        const QString category = q.value(2).toString();
        r.category = category == QLatin1String("managed") ? PhoneCategory::Managed
            : category == QLatin1String("unmanaged")      ? PhoneCategory::Unmanaged
            : category == QLatin1String("webrtc")         ? PhoneCategory::WebRtc
                                                          : PhoneCategory::Remote;
        r.modelId = intern(q.value(3));
        r.baseSettingsId = q.value(4).toLongLong();
        r.baseSettingsName = intern(q.value(5));
        r.siteId = q.value(6).toLongLong();
        r.siteName = intern(q.value(7));
        r.hardwareId = q.value(8).toString();
        r.userId = q.value(9).toLongLong();
        r.userName = q.value(10).toString();
        r.remoteAddress = q.value(11).toString();
        r.networkAddress = q.value(12).toString();
        const QVariant status = q.value(13);
        r.status = status.isNull() ? PhoneStatus::Unknown
                                   : phoneStatusFromKey(status.toString()).value_or(PhoneStatus::Unknown);
        r.rttMs = q.value(14).isNull() ? -1 : q.value(14).toInt();
        r.lastSeen = Sql::toTime(q.value(15));
        r.firmware = intern(q.value(16));
        r.lastFetchIp = q.value(17).toString();
        r.version = q.value(18).toInt();
        rows.append(std::move(r));
    }
    return rows;
}

Error withRow(const Error &e, const QString &prefix)
{
    Error out = e;
    out.message = prefix + QStringLiteral(": ") + e.message;
    for (FieldError &f : out.fields)
        f.message = prefix + QStringLiteral(": ") + f.message;
    return out;
}
} // namespace

// --- StorageValidationContext -------------------------------------------------------------

Result<std::unique_ptr<StorageValidationContext>> StorageValidationContext::load(Storage &storage)
{
    auto context = std::make_unique<StorageValidationContext>();
    QSqlQuery q(storage.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, model_id FROM base_settings")))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading base settings"));
    while (q.next())
        context->m_baseSettingsModels.insert(q.value(0).toLongLong(), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT id, media_model FROM sites")))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading sites"));
    while (q.next())
        context->m_siteMedia.insert(q.value(0).toLongLong(),
                                    mediaModelFromKey(q.value(1).toString()).value_or(MediaModel::Cloud));
    if (!q.exec(QStringLiteral("SELECT id FROM users")))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading users"));
    while (q.next())
        context->m_users.insert(q.value(0).toLongLong());
    return context;
}

std::optional<QString> StorageValidationContext::baseSettingsModel(Id id) const
{
    const auto it = m_baseSettingsModels.constFind(id);
    return it == m_baseSettingsModels.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

std::optional<MediaModel> StorageValidationContext::siteMediaModel(Id id) const
{
    const auto it = m_siteMedia.constFind(id);
    return it == m_siteMedia.constEnd() ? std::nullopt : std::optional<MediaModel>(*it);
}

bool StorageValidationContext::userExists(Id id) const
{
    return m_users.contains(id);
}

// --- PhoneRepository ----------------------------------------------------------------------

Result<QList<PhoneRow>> PhoneRepository::list()
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    if (!q.exec(RowSelect + QStringLiteral(" ORDER BY p.id")))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading phones"));
    return readRows(q);
}

Result<QList<PhoneRow>> PhoneRepository::rows(const QList<Id> &ids)
{
    QList<PhoneRow> out;
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        QStringList list;
        for (qsizetype i = start; i < qMin(ids.size(), start + 500); ++i)
            list.append(QString::number(ids.at(i)));
        QSqlQuery q(m_storage.database());
        q.setForwardOnly(true);
        if (!q.exec(RowSelect + QStringLiteral(" WHERE p.id IN (") + list.join(u',') +
                    QStringLiteral(") ORDER BY p.id")))
            return Sql::toError(q.lastError(),
                                QCoreApplication::translate("PhoneDesk::Storage", "reading phones"));
        auto rows = readRows(q);
        if (!rows)
            return rows.error();
        out.append(*rows);
    }
    return out;
}

Result<Phone> PhoneRepository::get(Id id)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT ") + PhoneColumns + QStringLiteral(" FROM phones WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading a phone"));
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("PhoneDesk::Storage", "The phone no longer exists."));
    return readPhone(q);
}

Result<QList<Phone>> PhoneRepository::getAll()
{
    QList<Phone> out;
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + PhoneColumns + QStringLiteral(" FROM phones ORDER BY name")))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading phones"));
    while (q.next())
        out.append(readPhone(q));
    return out;
}

Result<QList<Phone>> PhoneRepository::getMany(const QList<Id> &ids)
{
    QHash<Id, Phone> found;
    found.reserve(ids.size());
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    // Ids are integers, so a literal IN list is safe; chunks keep statements small.
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        QStringList list;
        for (qsizetype i = from; i < qMin(from + 500, ids.size()); ++i)
            list.append(QString::number(ids.at(i)));
        if (!q.exec(QStringLiteral("SELECT ") + PhoneColumns + QStringLiteral(" FROM phones WHERE id IN (") +
                    list.join(u',') + u')'))
            return Sql::toError(q.lastError(),
                                QCoreApplication::translate("PhoneDesk::Storage", "reading phones"));
        while (q.next()) {
            Phone p = readPhone(q);
            found.insert(p.id, std::move(p));
        }
    }
    QList<Phone> out;
    out.reserve(found.size());
    for (const Id id : ids) {
        if (const auto it = found.constFind(id); it != found.constEnd())
            out.append(*it);
    }
    return out;
}

Result<std::optional<Phone>> PhoneRepository::findByName(const QString &name)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT ") + PhoneColumns + QStringLiteral(" FROM phones WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading a phone"));
    if (!q.next())
        return std::optional<Phone>();
    return std::optional<Phone>(readPhone(q));
}

Result<std::optional<Phone>> PhoneRepository::findByHardwareId(const QString &hardwareId)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT ") + PhoneColumns +
              QStringLiteral(" FROM phones WHERE hardware_id = ?"));
    q.addBindValue(hardwareId);
    if (!q.exec())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading a phone"));
    if (!q.next())
        return std::optional<Phone>();
    return std::optional<Phone>(readPhone(q));
}

Result<int> PhoneRepository::count()
{
    QSqlQuery q(m_storage.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM phones")) || !q.next())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "counting phones"));
    return q.value(0).toInt();
}

Result<void> PhoneRepository::checkUnique(const Phone &phone)
{
    // Checked before writing so the message names the other phone; the unique indexes still guard races.
    if (auto other = findByName(phone.name); !other)
        return other.error();
    else if (other->has_value() && (*other)->id != phone.id)
        return Error::validation({{QStringLiteral("name"),
                                   QCoreApplication::translate(
                                       "PhoneDesk::Storage", "Name: another phone is already called \"%1\".")
                                       .arg(phone.name)}});
    if (!phone.hardwareId.isEmpty()) {
        if (auto other = findByHardwareId(phone.hardwareId); !other)
            return other.error();
        else if (other->has_value() && (*other)->id != phone.id)
            return Error::validation(
                {{QStringLiteral("hardwareId"),
                  QCoreApplication::translate("PhoneDesk::Storage",
                                              "Hardware ID: %1 already belongs to phone \"%2\".")
                      .arg(phone.category == PhoneCategory::WebRtc ? phone.hardwareId
                                                                   : MacAddress::format(phone.hardwareId),
                           (*other)->name)}});
    }
    return {};
}

Result<Phone> PhoneRepository::create(Phone phone)
{
    auto saved = saveMany({std::move(phone)}, {}, QStringLiteral("phone.create"));
    if (!saved)
        return saved.error();
    return saved->first();
}

Result<Phone> PhoneRepository::update(Phone phone)
{
    auto saved = saveMany({}, {std::move(phone)}, QStringLiteral("phone.update"));
    if (!saved)
        return saved.error();
    return saved->first();
}

Result<QList<Phone>> PhoneRepository::saveMany(QList<Phone> creates, QList<Phone> updates,
                                               const QString &auditAction, const ProgressCallback &progress)
{
    if (auto r = m_storage.require(Permission::EditPhones,
                                   QCoreApplication::translate("PhoneDesk::Storage", "add or edit phones"));
        !r)
        return r.error();
    auto context = StorageValidationContext::load(m_storage);
    if (!context)
        return context.error();
    const ModelCatalog &catalog = ModelCatalog::builtin();
    const bool single = creates.size() + updates.size() == 1;
    const qsizetype total = creates.size() + updates.size();

    // Names and hardware IDs already taken, to name the other phone in the message. A single
    // save asks the indexes; a batch reads them once. The unique indexes still guard against races.
    QHash<QString, std::pair<Id, QString>> takenNames;
    QHash<QString, std::pair<Id, QString>> takenHardware;
    if (!single) {
        QSqlQuery q(m_storage.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, name, hardware_id FROM phones")))
            return Sql::toError(q.lastError(),
                                QCoreApplication::translate("PhoneDesk::Storage", "reading phones"));
        while (q.next()) {
            const Id id = q.value(0).toLongLong();
            const QString name = q.value(1).toString();
            takenNames.insert(name, {id, name});
            if (!q.value(2).isNull())
                takenHardware.insert(q.value(2).toString(), {id, name});
        }
    }

    // Validate everything first, so nothing is written when any phone is invalid.
    FieldErrors allErrors;
    QHash<QString, QString> namesSeen;
    QHash<QString, QString> hardwareSeen;
    auto validateOne = [&](Phone &phone, bool creating) {
        if (!creating && phone.id == 0) {
            allErrors.append(
                {QStringLiteral("id"),
                 QCoreApplication::translate("PhoneDesk::Storage", "Phone \"%1\" has no id to update.")
                     .arg(phone.name)});
            return;
        }
        if (creating)
            phone.id = 0;
        phone.overrides = SettingsSchema::builtin().normalized(phone.overrides);
        FieldErrors errors = Validation::validatePhone(phone, catalog, **context);
        // A WebRTC phone is created for a user; after Log Out it may stay without one.
        if (!creating)
            errors.removeIf([&](const FieldError &e) {
                return phone.category == PhoneCategory::WebRtc && e.field == QLatin1String("user") &&
                    phone.userId == 0;
            });
        if (single && errors.isEmpty()) {
            if (auto unique = checkUnique(phone); !unique)
                errors.append(unique.error().fields.isEmpty()
                                  ? FieldErrors {{QString(), unique.error().message}}
                                  : unique.error().fields);
        } else if (!single) {
            const auto name = takenNames.constFind(phone.name);
            if (name != takenNames.constEnd() && name->first != phone.id)
                errors.append({QStringLiteral("name"),
                               QCoreApplication::translate("PhoneDesk::Storage",
                                                           "Name: another phone is already called \"%1\".")
                                   .arg(phone.name)});
            const auto hw = phone.hardwareId.isEmpty() ? takenHardware.constEnd()
                                                       : takenHardware.constFind(phone.hardwareId);
            if (hw != takenHardware.constEnd() && hw->first != phone.id)
                errors.append(
                    {QStringLiteral("hardwareId"),
                     QCoreApplication::translate("PhoneDesk::Storage",
                                                 "Hardware ID: %1 already belongs to phone \"%2\".")
                         .arg(phone.category == PhoneCategory::WebRtc ? phone.hardwareId
                                                                      : MacAddress::format(phone.hardwareId),
                              hw->second)});
        }
        if (const auto other = namesSeen.constFind(phone.name); other != namesSeen.constEnd())
            errors.append({QStringLiteral("name"),
                           QCoreApplication::translate("PhoneDesk::Storage",
                                                       "Name: \"%1\" is used by two phones in this batch.")
                               .arg(phone.name)});
        namesSeen.insert(phone.name, phone.name);
        if (!phone.hardwareId.isEmpty()) {
            if (hardwareSeen.contains(phone.hardwareId))
                errors.append(
                    {QStringLiteral("hardwareId"),
                     QCoreApplication::translate(
                         "PhoneDesk::Storage", "Hardware ID: %1 is used by \"%2\" and \"%3\" in this batch.")
                         .arg(phone.hardwareId, hardwareSeen.value(phone.hardwareId), phone.name)});
            hardwareSeen.insert(phone.hardwareId, phone.name);
        }
        if (!single) {
            for (FieldError &e : errors)
                e.message = QCoreApplication::translate("PhoneDesk::Storage", "Phone \"%1\": %2")
                                .arg(phone.name, e.message);
        }
        allErrors.append(errors);
    };
    for (Phone &p : creates)
        validateOne(p, true);
    for (Phone &p : updates)
        validateOne(p, false);
    if (!allErrors.isEmpty())
        return Error::validation(allErrors);

    QList<Phone> saved;
    saved.reserve(total);
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        QSqlDatabase db = m_storage.database();
        QSqlQuery update(db);
        QSqlQuery audit(db);
        if (auto e = Sql::prepare(update, UpdateSql,
                                  QCoreApplication::translate("PhoneDesk::Storage", "saving phones"));
            !e)
            return e;
        if (auto e = Sql::prepare(audit, AuditSql,
                                  QCoreApplication::translate("PhoneDesk::Storage", "writing the audit log"));
            !e)
            return e;
        const qint64 now = Sql::nowMs();
        qsizetype done = 0;
        QList<Id> ids;
        ids.reserve(total);

        auto writeAudit = [&](const Phone &p, const QString &action) -> Result<void> {
            audit.addBindValue(now);
            audit.addBindValue(Sql::text(m_storage.actor()));
            audit.addBindValue(action);
            audit.addBindValue(p.id);
            audit.addBindValue(Sql::text(p.name));
            audit.addBindValue(toKey(p.category));
            return Sql::exec(audit,
                             QCoreApplication::translate("PhoneDesk::Storage", "writing the audit log"));
        };
        // Uniqueness was checked above; a violation here means another console saved meanwhile.
        auto mapError = [&](const Error &e, const Phone &p) -> Error {
            return single ? e : withRow(e, label(p));
        };
        auto tick = [&]() -> Result<void> {
            ++done;
            if (progress && (done % 250 == 0 || done == total) && !progress(done, total))
                return Error::make(
                    Error::Code::Cancelled,
                    QCoreApplication::translate("PhoneDesk::Storage", "Cancelled; nothing was saved."));
            return {};
        };

        // Creates go in chunks: one multi-row INSERT (and one audit INSERT) per chunk instead of
        // two round trips per phone. Ids come back with the name (unique) so they are matched
        // by value, not by the order of the returned rows.
        constexpr qsizetype Chunk = 250;
        const QString createAction = auditAction.isEmpty() ? QStringLiteral("phone.create") : auditAction;
        QSqlQuery chunkInsert(db);
        QSqlQuery chunkAudit(db);
        qsizetype preparedSize = -1;
        for (qsizetype start = 0; start < creates.size(); start += Chunk) {
            const qsizetype n = qMin(Chunk, creates.size() - start);
            if (n != preparedSize) {
                QString values;
                QString auditValues;
                for (qsizetype i = 0; i < n; ++i) {
                    values += i ? QStringLiteral(",(?,?,?,?,?,?,?,?,?,?,?,?,1)")
                                : QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,1)");
                    auditValues += i ? QStringLiteral(",(?,?,?,'phone',?,?,?)")
                                     : QStringLiteral("(?,?,?,'phone',?,?,?)");
                }
                if (auto e = Sql::prepare(chunkInsert,
                                          InsertManyPrefix + values + QStringLiteral(" RETURNING id, name"),
                                          QCoreApplication::translate("PhoneDesk::Storage", "saving phones"));
                    !e)
                    return e;
                if (auto e = Sql::prepare(
                        chunkAudit, AuditManyPrefix + auditValues,
                        QCoreApplication::translate("PhoneDesk::Storage", "writing the audit log"));
                    !e)
                    return e;
                preparedSize = n;
            }
            QHash<QString, Phone *> byName;
            byName.reserve(n);
            for (qsizetype i = start; i < start + n; ++i) {
                Phone &p = creates[i];
                bindPhone(chunkInsert, p);
                chunkInsert.addBindValue(newDeviceSecret());
                byName.insert(p.name, &p);
            }
            if (!chunkInsert.exec()) {
                const Error e =
                    Sql::toError(chunkInsert.lastError(),
                                 QCoreApplication::translate("PhoneDesk::Storage", "saving phones"));
                return single ? e
                              : withRow(e,
                                        QCoreApplication::translate("PhoneDesk::Storage",
                                                                    "Phones %1 to %2 of the batch")
                                            .arg(start + 1)
                                            .arg(start + n));
            }
            while (chunkInsert.next()) {
                if (Phone *p = byName.value(chunkInsert.value(1).toString())) {
                    p->id = chunkInsert.value(0).toLongLong();
                    p->version = 1;
                }
            }
            chunkInsert.finish();
            for (qsizetype i = start; i < start + n; ++i) {
                const Phone &p = creates.at(i);
                if (p.id == 0)
                    return Error::make(
                        Error::Code::Database,
                        QCoreApplication::translate("PhoneDesk::Storage", "Saving %1 returned no id.")
                            .arg(label(p)));
                chunkAudit.addBindValue(now);
                chunkAudit.addBindValue(Sql::text(m_storage.actor()));
                chunkAudit.addBindValue(createAction);
                chunkAudit.addBindValue(p.id);
                chunkAudit.addBindValue(Sql::text(p.name));
                chunkAudit.addBindValue(toKey(p.category));
                ids.append(p.id);
                saved.append(p);
            }
            if (auto e = Sql::exec(
                    chunkAudit, QCoreApplication::translate("PhoneDesk::Storage", "writing the audit log"));
                !e)
                return e;
            done += n - 1;
            if (auto e = tick(); !e)
                return e;
        }
        for (Phone &p : updates) {
            bindPhone(update, p);
            update.addBindValue(p.id);
            update.addBindValue(p.version);
            if (!update.exec())
                return mapError(
                    Sql::toError(
                        update.lastError(),
                        QCoreApplication::translate("PhoneDesk::Storage", "saving %1").arg(label(p))),
                    p);
            if (auto e =
                    Sql::checkOptimisticUpdate(update, m_storage, QStringLiteral("phone"), p.id, label(p));
                !e)
                return e;
            ++p.version;
            if (auto e = writeAudit(p, auditAction.isEmpty() ? QStringLiteral("phone.update") : auditAction);
                !e)
                return e;
            ids.append(p.id);
            saved.append(p);
            if (auto e = tick(); !e)
                return e;
        }
        if (ids.size() > 2000)
            m_storage.queueChange({ChangeEvent::Entity::Phone, ChangeEvent::Kind::Reset, {}});
        else
            m_storage.queueChange({ChangeEvent::Entity::Phone, ChangeEvent::Kind::Upsert, ids});
        m_storage.queueChange({ChangeEvent::Entity::Audit, ChangeEvent::Kind::Upsert, {}});
        return {};
    });
    if (!r)
        return r.error();
    return saved;
}

Result<void> PhoneRepository::remove(const QList<Id> &ids)
{
    if (auto r = m_storage.require(Permission::EditPhones,
                                   QCoreApplication::translate("PhoneDesk::Storage", "delete phones"));
        !r)
        return r;
    return m_storage.inTransaction([&]() -> Result<void> {
        QSqlQuery select(m_storage.database());
        QSqlQuery del(m_storage.database());
        select.prepare(QStringLiteral("SELECT name, category FROM phones WHERE id = ?"));
        del.prepare(QStringLiteral("DELETE FROM phones WHERE id = ?"));
        for (const Id id : ids) {
            select.addBindValue(id);
            if (!select.exec())
                return Sql::toError(select.lastError(),
                                    QCoreApplication::translate("PhoneDesk::Storage", "deleting phones"));
            if (!select.next())
                return Error::make(Error::Code::NotFound,
                                   QCoreApplication::translate(
                                       "PhoneDesk::Storage",
                                       "One of the selected phones no longer exists; nothing was deleted."));
            const QString name = select.value(0).toString();
            const QString category = select.value(1).toString();
            select.finish();
            // phone_status rows go with the phone (ON DELETE CASCADE; SQLite needs foreign_keys=ON).
            QSqlQuery status(m_storage.database());
            status.prepare(QStringLiteral("DELETE FROM phone_status WHERE phone_id = ?"));
            status.addBindValue(id);
            if (auto e =
                    Sql::exec(status, QCoreApplication::translate("PhoneDesk::Storage", "deleting phones"));
                !e)
                return e;
            del.addBindValue(id);
            if (auto e = Sql::exec(
                    del,
                    QCoreApplication::translate("PhoneDesk::Storage", "deleting phone \"%1\"").arg(name));
                !e)
                return e;
            if (auto e = m_storage.writeAudit(QStringLiteral("phone.delete"), QStringLiteral("phone"), id,
                                              name, category);
                !e)
                return e;
        }
        m_storage.queueChange({ChangeEvent::Entity::Phone, ChangeEvent::Kind::Remove, ids});
        return {};
    });
}

Result<MigrationResult> PhoneRepository::migrateBaseSettings(const QList<Id> &ids, Id targetId)
{
    if (auto r =
            m_storage.require(Permission::Administer,
                              QCoreApplication::translate("PhoneDesk::Storage", "migrate base settings"));
        !r)
        return r.error();
    auto target = m_storage.baseSettings().get(targetId);
    if (!target)
        return target.error();
    const PhoneModel *model = ModelCatalog::builtin().find(target->modelId);
    if (!model)
        return Error::make(Error::Code::Validation,
                           QCoreApplication::translate("PhoneDesk::Storage",
                                                       "The target base settings use an unknown model."));

    MigrationResult result;
    QList<Phone> phones;
    for (const Id id : ids) {
        auto phone = get(id);
        if (!phone)
            return phone.error();
        if (!model->supports(phone->category))
            return Error::validation(
                {{QStringLiteral("baseSettings"),
                  QCoreApplication::translate(
                      "PhoneDesk::Storage",
                      "Phone \"%1\" is a %2 phone; base settings \"%3\" are for %4 phones.")
                      .arg(phone->name, displayName(phone->category), target->name, model->displayName)}});
        phone->baseSettingsId = targetId;
        const qsizetype keysBefore = phone->lineKeys.size();
        phone->lineKeys.removeIf([&](const LineKey &k) { return k.index > model->maxLineKeys; });
        result.lineKeysRemoved += int(keysBefore - phone->lineKeys.size());
        for (auto it = phone->overrides.begin(); it != phone->overrides.end();) {
            const SettingDefinition *d = SettingsSchema::builtin().find(it.key());
            if (!d || !d->appliesTo(*model)) {
                it = phone->overrides.erase(it);
                ++result.overridesRemoved;
            } else {
                ++it;
            }
        }
        phones.append(*phone);
    }
    // Migration is an administrator action; the per-phone write runs with that authority.
    auto saved = saveMany({}, phones, QStringLiteral("phone.migrate-base-settings"));
    if (!saved)
        return saved.error();
    result.migrated = int(saved->size());
    return result;
}

Result<void> PhoneRepository::clearUser(const QList<Id> &ids)
{
    if (auto r = m_storage.require(Permission::ControlPhones,
                                   QCoreApplication::translate("PhoneDesk::Storage", "log out phones"));
        !r)
        return r;
    return m_storage.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_storage.database());
        q.prepare(QStringLiteral("UPDATE phones SET user_id = NULL, version = version + 1 WHERE id = ?"));
        for (const Id id : ids) {
            auto phone = get(id);
            if (!phone)
                return phone.error();
            q.addBindValue(id);
            if (auto e = Sql::exec(
                    q,
                    QCoreApplication::translate("PhoneDesk::Storage", "logging out %1").arg(label(*phone)));
                !e)
                return e;
            if (auto e = m_storage.writeAudit(QStringLiteral("phone.logout"), QStringLiteral("phone"), id,
                                              phone->name);
                !e)
                return e;
        }
        m_storage.queueChange({ChangeEvent::Entity::Phone, ChangeEvent::Kind::Upsert, ids});
        return {};
    });
}

Result<QString> PhoneRepository::deviceSecret(Id id)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT device_secret FROM phones WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading a phone"));
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("PhoneDesk::Storage", "The phone no longer exists."));
    return q.value(0).toString();
}

} // namespace PhoneDesk
