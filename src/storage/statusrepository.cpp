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

// A phone's status before a batch is written, and its name (for the audit entry).
using StatusBefore = std::pair<PhoneStatus, QString>;

// One record per phone (the newest wins): a multi-row upsert may touch each row once only.
QList<StatusRecord> newestPerPhone(const QList<StatusRecord> &input)
{
    QList<StatusRecord> records;
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
    return records;
}

// Writes probe results inside a transaction, a chunk of records at a time, and collects the
// phones whose status changed.
class ProbeResultWriter
{
public:
    // Values are written as literals (see Sql::literal): a 500-row statement would otherwise
    // bind 3,000 values and spend most of the batch on placeholder lookups.
    ProbeResultWriter(Storage &storage, const QString &saving, const QString &auditing, QList<Id> &changed)
        : m_db(storage.database())
        , m_driver(m_db.driver())
        , m_postgres(storage.isPostgres())
        , m_now(QString::number(Sql::nowMs()))
        , m_actor(Sql::literal(m_driver, Sql::text(storage.actor())))
        , m_saving(saving)
        , m_auditing(auditing)
        , m_changed(changed)
    { }

    // records[start, end): one SELECT of the current statuses, one upsert and one audit INSERT.
    Result<void> writeChunk(const QList<StatusRecord> &records, qsizetype start, qsizetype end)
    {
        QHash<Id, StatusBefore> before;
        if (auto read = readBefore(records, start, end, before); !read)
            return read;

        QString upsertValues;
        QString auditValues;
        for (qsizetype i = start; i < end; ++i) {
            const StatusRecord &record = records.at(i);
            const auto old = before.constFind(record.phoneId);
            if (old == before.constEnd())
                continue; // phone deleted meanwhile: nothing to record
            const bool transition = old->first != record.status;
            const QString id = QString::number(record.phoneId);
            appendStatusRow(upsertValues, record, id, transition);
            if (transition) {
                m_changed.append(record.phoneId);
                appendAuditRow(auditValues, record, id, *old);
            }
        }
        if (auto upserted = upsert(upsertValues); !upserted)
            return upserted;
        return insertAudit(auditValues);
    }

private:
    // The status and name of the phones of records[start, end); a phone deleted meanwhile is absent.
    Result<void> readBefore(const QList<StatusRecord> &records, qsizetype start, qsizetype end,
                            QHash<Id, StatusBefore> &before) const
    {
        QStringList idList;
        idList.reserve(end - start);
        for (qsizetype i = start; i < end; ++i)
            idList.append(QString::number(records.at(i).phoneId));
        QSqlQuery current(m_db);
        current.setForwardOnly(true);
        if (!current.exec(
                QStringLiteral("SELECT p.id, s.status, p.name FROM phones p LEFT JOIN phone_status s "
                               "ON s.phone_id = p.id WHERE p.id IN (") +
                idList.join(u',') + u')'))
            return Sql::toError(current.lastError(), m_saving);
        while (current.next()) {
            const QVariant status = current.value(1);
            before.insert(current.value(0).toLongLong(),
                          {status.isNull()
                               ? PhoneStatus::Unknown
                               : phoneStatusFromKey(status.toString()).value_or(PhoneStatus::Unknown),
                           current.value(2).toString()});
        }
        return Sql::checkRead(current,
                              QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
    }

    // Appends the phone's row to the VALUES of the status upsert.
    void appendStatusRow(QString &values, const StatusRecord &record, const QString &id,
                         bool transition) const
    {
        values += values.isEmpty() ? QStringLiteral("(") : QStringLiteral(",(");
        values += id + u',' + Sql::literal(m_driver, toKey(record.status)) + u',' +
            QString::number(record.rttMs) + u',' + Sql::literal(m_driver, Sql::fromTime(record.lastSeen)) +
            u',' + (transition ? m_now : QStringLiteral("NULL")) + u',' +
            Sql::literal(m_driver, Sql::text(record.detail)) + u')';
    }

    // Appends the phone's "status.change" row to the VALUES of the audit INSERT.
    void appendAuditRow(QString &values, const StatusRecord &record, const QString &id,
                        const StatusBefore &old) const
    {
        values += values.isEmpty() ? QStringLiteral("(") : QStringLiteral(",(");
        // On PostgreSQL the database fills in the time and the actor.
        if (!m_postgres)
            values += m_now + u',' + m_actor + u',';
        values += QStringLiteral("'status.change','phone',") + id + u',' +
            Sql::literal(m_driver, Sql::text(old.second)) + u',' +
            Sql::literal(m_driver,
                         QStringLiteral("%1 -> %2%3")
                             .arg(toKey(old.first), toKey(record.status),
                                  record.detail.isEmpty() ? QString()
                                                          : QStringLiteral(" (") + record.detail + u')')) +
            u')';
    }

    Result<void> upsert(const QString &values) const
    {
        if (values.isEmpty())
            return {};
        QSqlQuery upsert(m_db);
        if (!upsert.exec(
                QStringLiteral("INSERT INTO phone_status (phone_id, status, rtt_ms, last_seen, last_change, "
                               "detail) VALUES ") +
                values +
                QStringLiteral(" ON CONFLICT (phone_id) DO UPDATE SET status = excluded.status, "
                               "rtt_ms = excluded.rtt_ms, "
                               "last_seen = COALESCE(excluded.last_seen, phone_status.last_seen), "
                               "last_change = COALESCE(excluded.last_change, phone_status.last_change), "
                               "detail = excluded.detail")))
            return Sql::toError(upsert.lastError(), m_saving);
        return {};
    }

    Result<void> insertAudit(const QString &values) const
    {
        if (values.isEmpty())
            return {};
        QSqlQuery audit(m_db);
        if (!audit.exec((m_postgres ? QStringLiteral("INSERT INTO audit (action, entity_type, entity_id, "
                                                     "entity_name, details) VALUES ")
                                    : QStringLiteral("INSERT INTO audit (at, actor, action, entity_type, "
                                                     "entity_id, entity_name, details) VALUES ")) +
                        values))
            return Sql::toError(audit.lastError(), m_auditing);
        return {};
    }

    QSqlDatabase m_db;
    const QSqlDriver *const m_driver;
    const bool m_postgres;
    const QString m_now; // milliseconds since the epoch
    const QString m_actor; // an SQL literal
    const QString &m_saving;
    const QString &m_auditing;
    QList<Id> &m_changed;
};

// Views in this process get the records themselves; other consoles (PostgreSQL NOTIFY) get the
// ids, or a reset for big batches.
void queueStatusChange(Storage &storage, const QList<StatusRecord> &records)
{
    QList<Id> ids;
    ids.reserve(records.size());
    for (const StatusRecord &record : records)
        ids.append(record.phoneId);
    ChangeEvent event {ChangeEvent::Entity::Status, ChangeEvent::Kind::Upsert, ids};
    event.statuses = std::make_shared<const QList<StatusRecord>>(records);
    storage.queueChange(std::move(event));
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
    const QList<StatusRecord> records = newestPerPhone(input);
    const QString saving = QCoreApplication::translate("PhoneDesk::Storage", "saving phone status");
    const QString auditing = QCoreApplication::translate("PhoneDesk::Storage", "writing the audit log");
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        ProbeResultWriter writer(m_storage, saving, auditing, changed);
        // Chunks: one SELECT of the current statuses, one upsert and one audit INSERT per chunk,
        // instead of three statements per phone (a 50k sweep is 100 chunks, not 150k statements).
        constexpr qsizetype Chunk = 500;
        for (qsizetype start = 0; start < records.size(); start += Chunk) {
            if (auto written = writer.writeChunk(records, start, qMin(records.size(), start + Chunk));
                !written)
                return written;
        }
        queueStatusChange(m_storage, records);
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
