#include "provisioninginputs.h"

#include "settingsschema.h"
#include "sqlutil.h"
#include "storage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace PhoneDesk {

namespace {
// The line-key JSON the phone repository writes: [{"i":1,"t":"line","l":"…","v":"…"}, …].
QList<LineKey> lineKeys(const QString &json)
{
    QList<LineKey> keys;
    if (json.size() <= 2)
        return keys;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    keys.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        keys.append(
            {o.value(QLatin1String("i")).toInt(),
             lineKeyTypeFromKey(o.value(QLatin1String("t")).toString()).value_or(LineKeyType::Unassigned),
             o.value(QLatin1String("l")).toString(), o.value(QLatin1String("v")).toString()});
    }
    return keys;
}
} // namespace

Result<QList<ProvisioningInput>> ProvisioningInputs::managedPhones(Storage &storage, const QList<Id> &ids)
{
    QList<ProvisioningInput> all;
    auto r =
        managedPhonesInBatches(storage, ids, 8192, [&all](QList<ProvisioningInput> &batch) -> Result<void> {
            all.append(std::move(batch));
            return {};
        });
    if (!r)
        return r.error();
    return all;
}

Result<void> ProvisioningInputs::managedPhonesInBatches(
    Storage &storage, const QList<Id> &ids, qsizetype batchSize,
    const std::function<Result<void>(QList<ProvisioningInput> &)> &sink)
{
    // Configuration files carry the passwords derived from the device secrets.
    if (!storage.canReadSecrets())
        return Error::make(
            Error::Code::Permission,
            QCoreApplication::translate(
                "PhoneDesk::Storage",
                "%1 may not render configuration files: they hold the phones' passwords, which "
                "only Administrators and the PhoneDesk server may read.")
                .arg(storage.actor()));
    QSqlQuery q(storage.database());
    q.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT id, name, base_settings_id, site_id, hardware_id, user_id, remote_address, network_address, "
        "description, overrides_json, line_keys_json, version, device_secret FROM phones "
        "WHERE category = 'managed' AND hardware_id IS NOT NULL AND hardware_id <> ''");
    if (!ids.isEmpty()) {
        QStringList list;
        list.reserve(ids.size());
        for (Id id : ids)
            list.append(QString::number(id)); // numbers, never text from outside
        sql += QStringLiteral(" AND id IN (") + list.join(u',') + u')';
    }
    if (!q.exec(sql))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading phones"));
    QList<ProvisioningInput> out;
    const SettingsSchema &schema = SettingsSchema::builtin();
    while (q.next()) {
        ProvisioningInput in;
        Phone &p = in.phone;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.category = PhoneCategory::Managed;
        p.baseSettingsId = q.value(2).toLongLong();
        p.siteId = q.value(3).toLongLong();
        p.hardwareId = q.value(4).toString();
        p.userId = q.value(5).toLongLong();
        p.remoteAddress = q.value(6).toString();
        p.networkAddress = q.value(7).toString();
        p.description = q.value(8).toString();
        p.overrides = schema.normalized(Sql::fromJson(q.value(9).toString()));
        p.lineKeys = lineKeys(q.value(10).toString());
        p.version = q.value(11).toInt();
        in.deviceSecret = q.value(12).toString();
        out.append(std::move(in));
        if (out.size() >= batchSize) {
            if (auto e = sink(out); !e)
                return e;
            out.clear();
        }
    }
    if (auto read =
            Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
        !read)
        return read.error();
    if (!out.isEmpty())
        return sink(out);
    return {};
}

} // namespace PhoneDesk
