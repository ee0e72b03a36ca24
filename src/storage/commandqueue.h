#pragma once

// Phone commands through the database (team mode, PostgreSQL; tables of migration 4). A console
// (DeviceControl) submits a command with one result row per phone; phonedesk-server
// (CommandExecutor) claims the queued rows of its shards with FOR UPDATE SKIP LOCKED, runs them and
// records each phone's result. Every change is announced on the channel `phonedesk_commands` with
// the command's id as payload (a trigger), so consoles and servers need not poll.
//
// Which servers live: a running executor holds the session-level advisory lock
// (ServerLockClass, its backend pid), visible to every session in pg_locks (locktype 'advisory',
// classid ServerLockClass, objid the pid, objsubid 2). A result row records the claiming
// session's pid; rows claimed by a session whose lock is gone go back to queued, so nothing is lost,
// and the primary key (command, phone) means no phone gets two rows. A server whose connection
// ended (a database restart ends every session) takes its lock again with a new pid and adopts its
// rows by its claim token; the others wait a grace period before they take rows back
// (CommandExecutor), so that a restart of the database does not send a phone its command twice.

#include "entities.h"
#include "result.h"

#include <QList>
#include <QString>

namespace PhoneDesk {

class Storage;

struct CommandResultRow
{
    Id commandId = 0;
    Id phoneId = 0;
    QString state; // queued | running | succeeded | failed | cancelled
    QString detail; // what confirmed success or why it failed (the server's words)
    QString status; // Check Status: the phone's status key (phoneStatusFromKey), else empty
    QString server; // the claim token of the server that ran it
};

struct ClaimedCommand
{
    Id commandId = 0;
    QString kind; // restart | resync | logout | check
    QList<Id> phoneIds;
    QString requestedBy; // the login that queued it (commands.requested_by: session_user)
};

class CommandQueue
{
public:
    static constexpr const char *Channel = "phonedesk_commands";
    // The first key of the servers' advisory lock ('PDCS'); the second is the session's pid.
    static constexpr int ServerLockClass = 0x50444353;

    explicit CommandQueue(Storage &storage)
        : m_storage(storage)
    { }

    // Whether any session of this database holds a server's lock (a phonedesk-server runs).
    Result<bool> serverRunning();

    // Console: a command of `kind` over the phones, in one transaction (inside the caller's, if
    // one is open). Row-level security refuses phones outside the member's sites.
    Result<Id> submit(const QString &kind, const QList<Id> &phoneIds);
    Result<QList<CommandResultRow>> results(Id commandId);
    // The requester (or an Administrator) asks the servers to stop what has not finished.
    Result<void> requestCancel(Id commandId);

    // Server: takes this session's lock (false: another lock holder with this pid, never expected).
    Result<bool> takeServerLock();
    // Rows this server (its claim token) still runs get this session's pid (after a reconnect).
    Result<int> adopt(const QString &token);
    // The claim tokens of running rows whose session holds no server lock any more: the server
    // died, or lost its connection (a database restart ends every session) and has not taken its
    // lock again yet.
    Result<QStringList> orphanedClaims();
    // The running rows of `tokens` whose session still holds no server lock go back to queued.
    Result<int> reclaim(const QStringList &tokens);
    // Claims up to `limit` queued rows of phones in `shards` (phone_id % 64) of commands not
    // cancelled, grouped by command.
    Result<QList<ClaimedCommand>> claim(const QList<int> &shards, const QString &token, int limit);
    // Writes final results of rows this server claimed (others' rows are left alone).
    Result<void> writeResults(const QString &token, const QList<CommandResultRow> &rows);
    // Of `commandIds`, those whose cancel was asked for.
    Result<QList<Id>> cancelRequested(const QList<Id> &commandIds);
    // Queued rows of phones in `shards` of commands whose cancel was asked for end as cancelled.
    Result<int> settleCancelled(const QList<int> &shards);
    // Commands whose every row is final are done (or cancelled).
    Result<int> finishCommands();

    static QString shardArray(const QList<int> &shards);

private:
    Storage &m_storage;
};

} // namespace PhoneDesk
