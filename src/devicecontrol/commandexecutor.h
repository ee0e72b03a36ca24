#pragma once

// phonedesk-server's side of team-mode commands (CommandQueue): on a database connection of its
// own it holds the servers' advisory lock (so consoles know a server runs), LISTENs for new and
// cancelled commands and polls every few seconds as well, claims the queued result rows of the
// phones in its shards, runs them through DeviceControl::runHere() exactly as an in-process
// command, and records each phone's result as it comes. A cancel asked for by any process stops
// the command here within a poll. After a lost connection it reconnects, takes its lock again and
// keeps the rows it still runs; rows of servers that are gone go back to queued once they have
// been gone for ReclaimGraceMs (a restart of the database ends every server's session at once,
// and each needs a round to take its lock again).

#include "result.h"

#include "connectionspec.h"
#include "entities.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace PhoneDesk {

class DeviceControl;
class Operation;
class Storage;

class CommandExecutor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandExecutor)

public:
    // How long the rows of a server without its lock wait before another takes them back: five
    // rounds of a server that reconnects (it tries every round).
    static constexpr int ReclaimGraceMs = 10000;

    // `control` runs the commands (its routing must be Local) and must outlive this object.
    CommandExecutor(ConnectionSpec spec, DeviceControl *control, QObject *parent = nullptr);
    ~CommandExecutor() override;

    // The shards (phone_id % 64) whose commands this server claims; default: all of them.
    void setShards(const QList<int> &shards) { m_shards = shards; }
    // Phones of claimed commands whose final result is not written yet (for the health endpoint).
    int phonesInProgress() const;
    const QList<int> &shards() const { return m_shards; }
    void setPollIntervalMs(int ms) { m_poll.setInterval(ms); }

    // Opens the connection, takes the lock, LISTENs and claims what is queued. When the database
    // cannot be reached, says why and keeps trying every round.
    Result<void> start();
    // What this server writes in `command_results.server`: host, pid and a random part.
    const QString &token() const { return m_token; }

signals:
    void error(const QString &message);

private:
    struct Running
    {
        Id commandId = 0;
        QPointer<Operation> operation;
        QSet<Id> open; // claimed phones whose final result is not written yet
    };

    Result<void> connectToDatabase();
    void tick();
    // Rows of servers gone for ReclaimGraceMs back to queued; false when it failed (fail() called).
    bool reclaimOrphans();
    void fail(const Error &failure);
    void startCommand(Id commandId, const QString &kind, const QList<Id> &phoneIds,
                      const QString &requestedBy);
    void flush(quint64 key);

    ConnectionSpec m_spec;
    DeviceControl *m_control;
    std::unique_ptr<Storage> m_db;
    QList<int> m_shards;
    QString m_token;
    QTimer m_poll;
    QTimer m_soon;
    bool m_connected = false;
    bool m_socketLogged = false;
    QHash<quint64, Running> m_running; // by a serial: one command may be claimed in parts
    quint64 m_nextKey = 1;
    QHash<QString, QDeadlineTimer> m_orphans; // claim token of a server without its lock -> grace
};

} // namespace PhoneDesk
