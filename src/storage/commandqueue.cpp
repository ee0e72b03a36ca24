#include "commandqueue.h"

#include "sqlutil.h"
#include "storage.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace PhoneDesk {

namespace {

QString idArray(const QList<Id> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const Id id : ids)
        parts.append(QString::number(id));
    return u'{' + parts.join(u',') + u'}';
}

// The sessions that hold a server's lock in this database.
const char *const LiveServerLocks =
    "SELECT 1 FROM pg_catalog.pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 "
    "AND l.classid = %1 AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = "
    "current_database())";

QString liveLocks()
{
    return QString::fromLatin1(LiveServerLocks).arg(CommandQueue::ServerLockClass);
}

} // namespace

QString CommandQueue::shardArray(const QList<int> &shards)
{
    QStringList parts;
    parts.reserve(shards.size());
    for (const int s : shards)
        parts.append(QString::number(s));
    return u'{' + parts.join(u',') + u'}';
}

Result<bool> CommandQueue::serverRunning()
{
    QSqlQuery q(m_storage.database());
    if (!q.exec(QStringLiteral("SELECT EXISTS (%1)").arg(liveLocks())) || !q.next())
        return Sql::toError(
            q.lastError(),
            QCoreApplication::translate("PhoneDesk::CommandQueue", "looking for a running phonedesk-server"));
    return q.value(0).toBool();
}

Result<Id> CommandQueue::submit(const QString &kind, const QList<Id> &phoneIds)
{
    Id commandId = 0;
    QSqlQuery q(m_storage.database());
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        if (auto p =
                Sql::prepare(q, QStringLiteral("INSERT INTO commands (kind) VALUES (?) RETURNING id"),
                             QCoreApplication::translate("PhoneDesk::CommandQueue", "queueing the command"));
            !p)
            return p;
        q.addBindValue(kind);
        if (auto e =
                Sql::exec(q, QCoreApplication::translate("PhoneDesk::CommandQueue", "queueing the command"));
            !e)
            return e;
        if (!q.next())
            return Sql::toError(
                q.lastError(),
                QCoreApplication::translate("PhoneDesk::CommandQueue", "queueing the command"));
        commandId = q.value(0).toLongLong();
        q.finish();
        if (auto p =
                Sql::prepare(q,
                             QStringLiteral("INSERT INTO command_results (command_id, phone_id) "
                                            "SELECT ?, unnest(CAST(? AS bigint[]))"),
                             QCoreApplication::translate("PhoneDesk::CommandQueue", "queueing the command"));
            !p)
            return p;
        q.addBindValue(commandId);
        q.addBindValue(idArray(phoneIds));
        return Sql::exec(q, QCoreApplication::translate("PhoneDesk::CommandQueue", "queueing the command"));
    });
    if (!r)
        return r.error();
    return commandId;
}

Result<QList<CommandResultRow>> CommandQueue::results(Id commandId)
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    if (auto p = Sql::prepare(
            q,
            QStringLiteral("SELECT phone_id, state, detail, status, server FROM command_results "
                           "WHERE command_id = ? ORDER BY phone_id"),
            QCoreApplication::translate("PhoneDesk::CommandQueue", "reading the command's results"));
        !p)
        return p.error();
    q.addBindValue(commandId);
    if (auto e = Sql::exec(
            q, QCoreApplication::translate("PhoneDesk::CommandQueue", "reading the command's results"));
        !e)
        return e.error();
    QList<CommandResultRow> rows;
    while (q.next()) {
        CommandResultRow r;
        r.commandId = commandId;
        r.phoneId = q.value(0).toLongLong();
        r.state = q.value(1).toString();
        r.detail = q.value(2).toString();
        r.status = q.value(3).toString();
        r.server = q.value(4).toString();
        rows.append(r);
    }
    return rows;
}

Result<void> CommandQueue::requestCancel(Id commandId)
{
    QSqlQuery q(m_storage.database());
    return m_storage.inTransaction([&]() -> Result<void> {
        if (auto p = Sql::prepare(
                q,
                QStringLiteral("UPDATE commands SET cancel_requested = true "
                               "WHERE id = ? AND state IN ('queued', 'running')"),
                QCoreApplication::translate("PhoneDesk::CommandQueue", "cancelling the command"));
            !p)
            return p;
        q.addBindValue(commandId);
        return Sql::exec(q, QCoreApplication::translate("PhoneDesk::CommandQueue", "cancelling the command"));
    });
}

Result<bool> CommandQueue::takeServerLock()
{
    QSqlQuery q(m_storage.database());
    if (!q.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1, pg_backend_pid())").arg(ServerLockClass)) ||
        !q.next())
        return Sql::toError(
            q.lastError(),
            QCoreApplication::translate("PhoneDesk::CommandQueue", "announcing this phonedesk-server"));
    return q.value(0).toBool();
}

Result<int> CommandQueue::adopt(const QString &token)
{
    QSqlQuery q(m_storage.database());
    int adopted = 0;
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        if (auto p = Sql::prepare(
                q,
                QStringLiteral("UPDATE command_results SET claimed_pid = pg_backend_pid() "
                               "WHERE server = ? AND state = 'running'"),
                QCoreApplication::translate("PhoneDesk::CommandQueue", "taking over this server's commands"));
            !p)
            return p;
        q.addBindValue(token);
        if (auto e = Sql::exec(
                q,
                QCoreApplication::translate("PhoneDesk::CommandQueue", "taking over this server's commands"));
            !e)
            return e;
        adopted = q.numRowsAffected();
        return {};
    });
    if (!r)
        return r.error();
    return adopted;
}

Result<QStringList> CommandQueue::orphanedClaims()
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT DISTINCT r.server FROM command_results r WHERE r.state = 'running' AND "
                           "NOT EXISTS (%1 AND l.objid = r.claimed_pid)")
                .arg(liveLocks())))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::CommandQueue",
                                                        "looking for the commands of a stopped server"));
    QStringList tokens;
    while (q.next())
        tokens.append(q.value(0).toString());
    return tokens;
}

Result<int> CommandQueue::reclaim(const QStringList &tokens)
{
    if (tokens.isEmpty())
        return 0;
    QSqlQuery q(m_storage.database());
    int reclaimed = 0;
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        const QString what = QCoreApplication::translate("PhoneDesk::CommandQueue",
                                                         "taking back the commands of a stopped server");
        if (auto p = Sql::prepare(
                q,
                QStringLiteral(
                    "UPDATE command_results r SET state = 'queued', server = '', claimed_pid = NULL "
                    "WHERE r.state = 'running' AND r.server = ANY(string_to_array(?, chr(10))) "
                    "AND NOT EXISTS (%1 AND l.objid = r.claimed_pid)")
                    .arg(liveLocks()),
                what);
            !p)
            return p;
        q.addBindValue(tokens.join(u'\n'));
        if (auto e = Sql::exec(q, what); !e)
            return e;
        reclaimed = q.numRowsAffected();
        return {};
    });
    if (!r)
        return r.error();
    return reclaimed;
}

Result<QList<ClaimedCommand>> CommandQueue::claim(const QList<int> &shards, const QString &token, int limit)
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    QList<ClaimedCommand> claimed;
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        if (auto p = Sql::prepare(
                q,
                QStringLiteral("UPDATE command_results r SET state = 'running', server = ?, claimed_pid = "
                               "pg_backend_pid(), "
                               "updated_at = (extract(epoch FROM now()) * 1000)::bigint FROM commands c "
                               "WHERE c.id = r.command_id AND (r.command_id, r.phone_id) IN ("
                               " SELECT q.command_id, q.phone_id FROM command_results q JOIN commands k ON "
                               "k.id = q.command_id"
                               " WHERE q.state = 'queued' AND NOT k.cancel_requested"
                               " AND (q.phone_id % 64) = ANY (CAST(? AS bigint[]))"
                               " ORDER BY q.command_id, q.phone_id LIMIT ? FOR UPDATE OF q SKIP LOCKED) "
                               "RETURNING r.command_id, c.kind, r.phone_id, c.requested_by"),
                QCoreApplication::translate("PhoneDesk::CommandQueue", "claiming queued commands"));
            !p)
            return p;
        q.addBindValue(token);
        q.addBindValue(shardArray(shards));
        q.addBindValue(limit);
        if (auto e = Sql::exec(
                q, QCoreApplication::translate("PhoneDesk::CommandQueue", "claiming queued commands"));
            !e)
            return e;
        QList<Id> commandIds;
        while (q.next()) {
            const Id command = q.value(0).toLongLong();
            auto it = std::find_if(claimed.begin(), claimed.end(),
                                   [command](const ClaimedCommand &c) { return c.commandId == command; });
            if (it == claimed.end()) {
                claimed.append({command, q.value(1).toString(), {}, q.value(3).toString()});
                commandIds.append(command);
                it = claimed.end() - 1;
            }
            it->phoneIds.append(q.value(2).toLongLong());
        }
        q.finish();
        if (commandIds.isEmpty())
            return {};
        if (auto p = Sql::prepare(
                q,
                QStringLiteral("UPDATE commands SET state = 'running' WHERE state = 'queued' "
                               "AND id = ANY (CAST(? AS bigint[]))"),
                QCoreApplication::translate("PhoneDesk::CommandQueue", "claiming queued commands"));
            !p)
            return p;
        q.addBindValue(idArray(commandIds));
        return Sql::exec(q,
                         QCoreApplication::translate("PhoneDesk::CommandQueue", "claiming queued commands"));
    });
    if (!r)
        return r.error();
    return claimed;
}

Result<void> CommandQueue::writeResults(const QString &token, const QList<CommandResultRow> &rows)
{
    if (rows.isEmpty())
        return {};
    QSqlQuery q(m_storage.database());
    return m_storage.inTransaction([&]() -> Result<void> {
        if (auto p = Sql::prepare(
                q,
                QStringLiteral("UPDATE command_results SET state = ?, detail = ?, status = ?, "
                               "updated_at = (extract(epoch FROM now()) * 1000)::bigint "
                               "WHERE command_id = ? AND phone_id = ? AND server = ? AND state = 'running'"),
                QCoreApplication::translate("PhoneDesk::CommandQueue", "recording the command's results"));
            !p)
            return p;
        for (const CommandResultRow &r : rows) {
            q.addBindValue(r.state);
            q.addBindValue(Sql::text(r.detail));
            q.addBindValue(Sql::text(r.status));
            q.addBindValue(r.commandId);
            q.addBindValue(r.phoneId);
            q.addBindValue(token);
            if (auto e = Sql::exec(q,
                                   QCoreApplication::translate("PhoneDesk::CommandQueue",
                                                               "recording the command's results"));
                !e)
                return e;
        }
        return {};
    });
}

Result<QList<Id>> CommandQueue::cancelRequested(const QList<Id> &commandIds)
{
    QList<Id> cancelled;
    if (commandIds.isEmpty())
        return cancelled;
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    if (auto p = Sql::prepare(
            q,
            QStringLiteral("SELECT id FROM commands WHERE cancel_requested "
                           "AND id = ANY (CAST(? AS bigint[]))"),
            QCoreApplication::translate("PhoneDesk::CommandQueue", "reading cancelled commands"));
        !p)
        return p.error();
    q.addBindValue(idArray(commandIds));
    if (auto e = Sql::exec(
            q, QCoreApplication::translate("PhoneDesk::CommandQueue", "reading cancelled commands"));
        !e)
        return e.error();
    while (q.next())
        cancelled.append(q.value(0).toLongLong());
    return cancelled;
}

Result<int> CommandQueue::settleCancelled(const QList<int> &shards)
{
    QSqlQuery q(m_storage.database());
    int settled = 0;
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        if (auto p = Sql::prepare(
                q,
                QStringLiteral("UPDATE command_results r SET state = 'cancelled', "
                               "updated_at = (extract(epoch FROM now()) * 1000)::bigint "
                               "FROM commands c WHERE c.id = r.command_id AND c.cancel_requested "
                               "AND r.state = 'queued' AND (r.phone_id % 64) = ANY (CAST(? AS "
                               "bigint[]))"),
                QCoreApplication::translate("PhoneDesk::CommandQueue", "cancelling queued commands"));
            !p)
            return p;
        q.addBindValue(shardArray(shards));
        if (auto e = Sql::exec(
                q, QCoreApplication::translate("PhoneDesk::CommandQueue", "cancelling queued commands"));
            !e)
            return e;
        settled = q.numRowsAffected();
        return {};
    });
    if (!r)
        return r.error();
    return settled;
}

Result<int> CommandQueue::finishCommands()
{
    QSqlQuery q(m_storage.database());
    int finished = 0;
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        if (!q.exec(QStringLiteral(
                "UPDATE commands c SET state = CASE WHEN c.cancel_requested THEN 'cancelled' ELSE 'done' "
                "END, "
                "finished_at = (extract(epoch FROM now()) * 1000)::bigint "
                "WHERE c.state IN ('queued', 'running') AND NOT EXISTS (SELECT 1 FROM command_results r "
                "WHERE r.command_id = c.id AND r.state IN ('queued', 'running'))")))
            return Sql::toError(q.lastError(),
                                QCoreApplication::translate("PhoneDesk::CommandQueue", "finishing commands"));
        finished = q.numRowsAffected();
        return {};
    });
    if (!r)
        return r.error();
    return finished;
}

} // namespace PhoneDesk
