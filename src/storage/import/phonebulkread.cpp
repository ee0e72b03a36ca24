#include "phonebulkread.h"

#include "settingsschema.h"
#include "sqlutil.h"
#include "storage.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PhoneDesk::PhoneBulkRead {

namespace {
const QString Columns = QStringLiteral("SELECT id, name, category, base_settings_id, site_id, hardware_id, "
                                       "user_id, remote_address, network_address, "
                                       "description, overrides_json, line_keys_json, version FROM phones");

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

QString what()
{
    return QCoreApplication::translate("PhoneDesk::Storage", "reading phones");
}
} // namespace

Result<QList<Phone>> all(Storage &storage)
{
    QList<Phone> out;
    QSqlQuery q(storage.database());
    q.setForwardOnly(true);
    if (!q.exec(Columns + QStringLiteral(" ORDER BY name")))
        return Sql::toError(q.lastError(), what());
    while (q.next())
        out.append(readPhone(q));
    return out;
}

Result<QList<Phone>> byIds(Storage &storage, const QList<Id> &ids)
{
    QHash<Id, Phone> found;
    found.reserve(ids.size());
    QSqlQuery q(storage.database());
    q.setForwardOnly(true);
    // Ids are integers, so a literal IN list is safe; chunks keep statements small.
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        QString list;
        for (qsizetype i = from; i < qMin(from + 500, ids.size()); ++i) {
            if (!list.isEmpty())
                list.append(u',');
            list.append(QString::number(ids.at(i)));
        }
        if (!q.exec(Columns + QStringLiteral(" WHERE id IN (") + list + QStringLiteral(")")))
            return Sql::toError(q.lastError(), what());
        while (q.next()) {
            Phone p = readPhone(q);
            found.insert(p.id, std::move(p));
        }
    }
    QList<Phone> out;
    out.reserve(found.size());
    for (const Id id : ids) {
        if (auto it = found.constFind(id); it != found.constEnd())
            out.append(*it);
    }
    return out;
}

} // namespace PhoneDesk::PhoneBulkRead
