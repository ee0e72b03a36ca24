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
    if (auto read =
            Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
        !read)
        return read.error();
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

Result<QHash<Id, StatusRecord>> StatusRepository::getMany(const QList<Id> &phoneIds)
{
    QHash<Id, StatusRecord> out;
    // Ids are integers: written into the IN list directly, in chunks that keep statements short.
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < phoneIds.size(); from += Chunk) {
        QString in;
        for (qsizetype i = from; i < std::min(from + Chunk, phoneIds.size()); ++i) {
            if (!in.isEmpty())
                in += u',';
            in += QString::number(phoneIds.at(i));
        }
        QSqlQuery q(m_storage.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT ") + Columns +
                    QStringLiteral(" FROM phone_status WHERE phone_id IN (") + in + u')'))
            return Sql::toError(q.lastError(),
                                QCoreApplication::translate("PhoneDesk::Storage", "reading phone status"));
        while (q.next()) {
            StatusRecord r = readRecord(q);
            out.insert(r.phoneId, r);
        }
        if (auto read =
                Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
            !read)
            return read.error();
    }
    return out;
}

Result<QList<Id>> StatusRepository::applyProbeResults(const QList<StatusRecord> &input)
{
    QList<Id> changed;
    if (input.isEmpty())
        return changed;
    // One record per phone (the newest wins): a multi-row upsert may touch each row once only.
    QList<StatusRecord> records;
    {
        QHash<Id, qsizetype> position;
        records.reserve(input.size());
        for (const StatusRecord &record : input) {
            const auto it = position.constFind(record.phoneId);
            if (it != position.constEnd()) {
                records[*it] = record;
            } else {
                position.insert(record.phoneId, records.size());
                records.append(record);
            }
        }
    }
    const QString saving = QCoreApplication::translate("PhoneDesk::Storage", "saving phone status");
    const QString auditing = QCoreApplication::translate("PhoneDesk::Storage", "writing the audit log");
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        QSqlDatabase db = m_storage.database();
        const bool postgres = m_storage.isPostgres();
        const qint64 now = Sql::nowMs();
        // Chunks: one SELECT of the current statuses, one upsert and one audit INSERT per chunk,
        // instead of three statements per phone (a 50k sweep is 100 chunks, not 150k statements).
        constexpr qsizetype Chunk = 500;
        for (qsizetype start = 0; start < records.size(); start += Chunk) {
            const qsizetype end = qMin(records.size(), start + Chunk);
            QStringList idList;
            idList.reserve(end - start);
            for (qsizetype i = start; i < end; ++i)
                idList.append(QString::number(records.at(i).phoneId));
            QSqlQuery current(db);
            current.setForwardOnly(true);
            if (!current.exec(
                    QStringLiteral("SELECT p.id, s.status, p.name FROM phones p LEFT JOIN phone_status s "
                                   "ON s.phone_id = p.id WHERE p.id IN (") +
                    idList.join(u',') + u')'))
                return Sql::toError(current.lastError(), saving);
            QHash<Id, std::pair<PhoneStatus, QString>> before;
            while (current.next()) {
                const QVariant status = current.value(1);
                before.insert(current.value(0).toLongLong(),
                              {status.isNull()
                                   ? PhoneStatus::Unknown
                                   : phoneStatusFromKey(status.toString()).value_or(PhoneStatus::Unknown),
                               current.value(2).toString()});
            }
            if (auto read = Sql::checkRead(
                    current, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
                !read)
                return read.error();

            // Values are written as literals (see Sql::literal): a 500-row statement would
            // otherwise bind 3,000 values and spend most of the batch on placeholder lookups.
            const QSqlDriver *driver = db.driver();
            const QString actor = Sql::literal(driver, Sql::text(m_storage.actor()));
            const QString nowText = QString::number(now);
            QString upsertValues;
            QString auditValues;
            for (qsizetype i = start; i < end; ++i) {
                const StatusRecord &record = records.at(i);
                const auto old = before.constFind(record.phoneId);
                if (old == before.constEnd())
                    continue; // phone deleted meanwhile: nothing to record
                const bool transition = old->first != record.status;
                const QString id = QString::number(record.phoneId);
                upsertValues += upsertValues.isEmpty() ? QStringLiteral("(") : QStringLiteral(",(");
                upsertValues += id + u',' + Sql::literal(driver, toKey(record.status)) + u',' +
                    QString::number(record.rttMs) + u',' +
                    Sql::literal(driver, Sql::fromTime(record.lastSeen)) + u',' +
                    (transition ? nowText : QStringLiteral("NULL")) + u',' +
                    Sql::literal(driver, Sql::text(record.detail)) + u')';
                if (transition) {
                    changed.append(record.phoneId);
                    auditValues += auditValues.isEmpty() ? QStringLiteral("(") : QStringLiteral(",(");
                    // On PostgreSQL the database fills in the time and the actor.
                    if (!postgres)
                        auditValues += nowText + u',' + actor + u',';
                    auditValues += QStringLiteral("'status.change','phone',") + id + u',' +
                        Sql::literal(driver, Sql::text(old->second)) + u',' +
                        Sql::literal(driver,
                                     QStringLiteral("%1 -> %2%3")
                                         .arg(toKey(old->first), toKey(record.status),
                                              record.detail.isEmpty()
                                                  ? QString()
                                                  : QStringLiteral(" (") + record.detail + u')')) +
                        u')';
                }
            }
            if (!upsertValues.isEmpty()) {
                QSqlQuery upsert(db);
                if (!upsert.exec(
                        QStringLiteral(
                            "INSERT INTO phone_status (phone_id, status, rtt_ms, last_seen, last_change, "
                            "detail) VALUES ") +
                        upsertValues +
                        QStringLiteral(
                            " ON CONFLICT (phone_id) DO UPDATE SET status = excluded.status, "
                            "rtt_ms = excluded.rtt_ms, "
                            "last_seen = COALESCE(excluded.last_seen, phone_status.last_seen), "
                            "last_change = COALESCE(excluded.last_change, phone_status.last_change), "
                            "detail = excluded.detail")))
                    return Sql::toError(upsert.lastError(), saving);
            }
            if (!auditValues.isEmpty()) {
                QSqlQuery audit(db);
                if (!audit.exec((postgres
                                     ? QStringLiteral("INSERT INTO audit (action, entity_type, entity_id, "
                                                      "entity_name, details) VALUES ")
                                     : QStringLiteral("INSERT INTO audit (at, actor, action, entity_type, "
                                                      "entity_id, entity_name, details) VALUES ")) +
                                auditValues))
                    return Sql::toError(audit.lastError(), auditing);
            }
        }
        QList<Id> ids;
        ids.reserve(records.size());
        for (const StatusRecord &record : std::as_const(records))
            ids.append(record.phoneId);
        // Views in this process get the records themselves; other consoles (PostgreSQL NOTIFY)
        // get the ids, or a reset for big batches.
        ChangeEvent event {ChangeEvent::Entity::Status, ChangeEvent::Kind::Upsert, ids};
        event.statuses = std::make_shared<const QList<StatusRecord>>(records);
        m_storage.queueChange(std::move(event));
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
