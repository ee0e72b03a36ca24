#include "statusrepository.h"

#include "sqlutil.h"
#include "storage.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace PhoneDesk {

namespace {

const QString Columns = QStringLiteral("phone_id, status, rtt_ms, last_seen, last_change, detail, "
                                       "fetch_time, fetch_ip, fetch_user_agent, firmware, served_hash");

StatusRecord readRecord(const QSqlQuery &q)
{
    StatusRecord s;
    s.phoneId = q.value(0).toLongLong();
    s.status = phoneStatusFromKey(q.value(1).toString()).value_or(PhoneStatus::Unknown);
    s.rttMs = q.value(2).toInt();
    s.lastSeen = Sql::toTime(q.value(3));
    s.lastChange = Sql::toTime(q.value(4));
    s.detail = q.value(5).toString();
    s.lastFetch.time = Sql::toTime(q.value(6));
    s.lastFetch.ip = q.value(7).toString();
    s.lastFetch.userAgent = q.value(8).toString();
    s.lastFetch.firmware = q.value(9).toString();
    s.lastFetch.configHash = q.value(10).toString();
    return s;
}
} // namespace

Result<QHash<Id, StatusRecord>> StatusRepository::all()
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM phone_status")))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading phone status"));
    QHash<Id, StatusRecord> out;
    while (q.next()) {
        StatusRecord r = readRecord(q);
        out.insert(r.phoneId, r);
    }
    return out;
}

Result<StatusRecord> StatusRepository::get(Id phoneId)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM phone_status WHERE phone_id = ?"));
    q.addBindValue(phoneId);
    if (!q.exec())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading phone status"));
    if (!q.next()) {
        StatusRecord unknown;
        unknown.phoneId = phoneId;
        return unknown;
    }
    return readRecord(q);
}

Result<QList<Id>> StatusRepository::applyProbeResults(const QList<StatusRecord> &records)
{
    QList<Id> changed;
    if (records.isEmpty())
        return changed;
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        QSqlDatabase db = m_storage.database();
        QSqlQuery current(db);
        QSqlQuery upsert(db);
        QSqlQuery audit(db);
        current.prepare(QStringLiteral(
            "SELECT s.status, p.name FROM phones p LEFT JOIN phone_status s ON s.phone_id = p.id "
            "WHERE p.id = ?"));
        upsert.prepare(QStringLiteral(
            "INSERT INTO phone_status (phone_id, status, rtt_ms, last_seen, last_change, detail) VALUES (?, "
            "?, ?, ?, ?, ?) "
            "ON CONFLICT (phone_id) DO UPDATE SET status = excluded.status, rtt_ms = excluded.rtt_ms, "
            "last_seen = COALESCE(excluded.last_seen, phone_status.last_seen), "
            "last_change = COALESCE(excluded.last_change, phone_status.last_change), detail = "
            "excluded.detail"));
        audit.prepare(QStringLiteral(
            "INSERT INTO audit (at, actor, action, entity_type, entity_id, entity_name, details) "
            "VALUES (?, ?, 'status.change', 'phone', ?, ?, ?)"));
        const qint64 now = Sql::nowMs();
        for (const StatusRecord &record : records) {
            current.addBindValue(record.phoneId);
            if (!current.exec())
                return Sql::toError(current.lastError(),
                                    QCoreApplication::translate("PhoneDesk::Storage", "saving phone status"));
            if (!current.next())
                continue; // phone deleted meanwhile: nothing to record
            const QVariant before = current.value(0);
            const QString name = current.value(1).toString();
            current.finish();
            const PhoneStatus old = before.isNull()
                ? PhoneStatus::Unknown
                : phoneStatusFromKey(before.toString()).value_or(PhoneStatus::Unknown);
            const bool transition = old != record.status;
            upsert.addBindValue(record.phoneId);
            upsert.addBindValue(toKey(record.status));
            upsert.addBindValue(record.rttMs);
            upsert.addBindValue(Sql::fromTime(record.lastSeen));
            upsert.addBindValue(transition ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong)));
            upsert.addBindValue(Sql::text(record.detail));
            if (auto e = Sql::exec(upsert,
                                   QCoreApplication::translate("PhoneDesk::Storage", "saving phone status"));
                !e)
                return e;
            if (transition) {
                changed.append(record.phoneId);
                audit.addBindValue(now);
                audit.addBindValue(Sql::text(m_storage.actor()));
                audit.addBindValue(record.phoneId);
                audit.addBindValue(Sql::text(name));
                audit.addBindValue(QStringLiteral("%1 -> %2%3")
                                       .arg(toKey(old), toKey(record.status),
                                            record.detail.isEmpty()
                                                ? QString()
                                                : QStringLiteral(" (") + record.detail + u')'));
                if (auto e = Sql::exec(
                        audit, QCoreApplication::translate("PhoneDesk::Storage", "writing the audit log"));
                    !e)
                    return e;
            }
        }
        QList<Id> ids;
        ids.reserve(records.size());
        for (const StatusRecord &record : records)
            ids.append(record.phoneId);
        m_storage.queueChange({ChangeEvent::Entity::Status,
                               ids.size() > 500 ? ChangeEvent::Kind::Reset : ChangeEvent::Kind::Upsert,
                               ids.size() > 500 ? QList<Id>() : ids});
        if (!changed.isEmpty())
            m_storage.queueChange({ChangeEvent::Entity::Audit, ChangeEvent::Kind::Upsert, {}});
        return {};
    });
    if (!r)
        return r.error();
    return changed;
}

Result<void> StatusRepository::recordFetch(Id phoneId, const ProvisioningFetch &fetch)
{
    return m_storage.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_storage.database());
        q.prepare(QStringLiteral("INSERT INTO phone_status (phone_id, last_seen, fetch_time, fetch_ip, "
                                 "fetch_user_agent, firmware, served_hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (phone_id) DO UPDATE SET "
                                 "last_seen = excluded.last_seen, "
                                 "fetch_time = excluded.fetch_time, fetch_ip = excluded.fetch_ip, "
                                 "fetch_user_agent = excluded.fetch_user_agent, "
                                 "firmware = excluded.firmware, served_hash = excluded.served_hash"));
        q.addBindValue(phoneId);
        q.addBindValue(Sql::fromTime(fetch.time));
        q.addBindValue(Sql::fromTime(fetch.time));
        q.addBindValue(Sql::text(fetch.ip));
        q.addBindValue(Sql::text(fetch.userAgent));
        q.addBindValue(Sql::text(fetch.firmware));
        q.addBindValue(Sql::text(fetch.configHash));
        if (auto e = Sql::exec(
                q, QCoreApplication::translate("PhoneDesk::Storage", "recording a configuration fetch"));
            !e)
            return e;
        m_storage.queueChange({ChangeEvent::Entity::Status, ChangeEvent::Kind::Upsert, {phoneId}});
        return {};
    });
}

} // namespace PhoneDesk
