#pragma once

// Which shards (src/core/shard.h: a phone's shard is id % 64) this phonedesk-server holds, when
// several servers share one PostgreSQL database. Each server holds, on a connection of its own,
// PostgreSQL session-level advisory locks: one membership lock (MemberLockClass, its backend pid)
// and one lock per shard it holds (ShardLockClass, shard). Every tick it reads the live members from
// pg_locks, computes by rendezvous hashing which shards it should hold, first gives up the shards
// it should not hold (the handover steps run before the lock is released) and then tries to lock
// the ones it should. A shard is held by one session at a time, so a phone is served by one server;
// a server that dies loses its session and with it its locks, and the others take its shards over
// on their next tick. With SQLite (one desk) the server holds every shard.
//
// While the lock connection is away the server keeps the shards it had (the locks are gone on the
// database side; another server may take them over); on reconnection it joins again and
// rebalances. Lives in the thread that makes it; ownedShards() and owns() may be called from any
// thread.

#include "connectionspec.h"
#include "entities.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace PhoneDesk {

class Storage;
class ConnectionGuard;

namespace Sharding {

// The advisory-lock keys (two-key form: pg_advisory_lock(int4, int4), in pg_locks classid = key 1,
// objid = key 2, objsubid = 2). Fixed: other programs (consoles looking for a live server) read them.
inline constexpr int MemberLockClass = 0x50444D01; // "PDM\1": key 2 = the holder's backend pid
inline constexpr int ShardLockClass = 0x50445301; // "PDS\1": key 2 = the shard

// Rendezvous (highest random weight) assignment with bounded loads: every (member, shard) pair gets
// a score from a fixed hash; pairs are taken by falling score, a shard going to the first member
// that still has room. Room: 64 / n shards each, and one more for 64 % n of them, so every member
// holds floor(64/n) or ceil(64/n). The same member set gives the same answer in every process.
QHash<qint64, quint64> assign(const QList<qint64> &members);
// The shards (bit s = shard s) `member` gets among `members` (0 when it is not among them).
quint64 shardsOf(const QList<qint64> &members, qint64 member);
int count(quint64 mask);

} // namespace Sharding

class ShardCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShardCoordinator)

public:
    struct Options
    {
        int tickMs = 2000; // how often the members are read and the shards rebalanced
    };

    // A step to run before shards are given up: stop working on `remaining`'s complement, then
    // call `done` (in any thread). The locks are released only after every step called it.
    using Handover = std::function<void(const QSet<int> &remaining, std::function<void()> done)>;

    ShardCoordinator(const ConnectionSpec &spec, Options options, QObject *parent = nullptr);
    explicit ShardCoordinator(const ConnectionSpec &spec, QObject *parent = nullptr);
    ~ShardCoordinator() override;

    // SQLite: holds every shard at once. PostgreSQL: opens the lock connection (with TCP
    // keepalives, see docs/architecture.md), joins and takes its first shards before it returns.
    Result<void> start();
    void stop(); // releases every lock (a clean shutdown hands over at once)
    void addHandover(Handover step);

    QSet<int> ownedShards() const;
    quint64 ownedMask() const { return m_owned.load(); }
    bool owns(Id phoneId) const;
    int ownedCount() const { return Sharding::count(m_owned.load()); }

    // Diagnostics (this object's thread).
    bool sharing() const { return m_storage != nullptr; } // PostgreSQL, several servers possible
    bool isConnected() const;
    QDateTime disconnectedSince() const { return m_downSince; } // null while connected
    int serversSeen() const { return m_servers; }
    qint64 memberKey() const { return m_pid; } // this server's backend pid on the lock connection

    // Runs one rebalancing now (tests, tools); normally the timer does.
    void tick();

signals:
    // The shards this server works on: narrowed before shards are released, widened once new ones
    // are locked.
    void ownedShardsChanged(const QSet<int> &shards);

private:
    bool join();
    std::optional<QList<qint64>> liveMembers();
    quint64 tryLock(quint64 shards);
    void unlock(quint64 shards);
    void acquire(quint64 desired);
    void setOwned(quint64 mask);
    void handOver(quint64 remaining, std::function<void()> then);
    void onLost();
    void onRestored();
    void report();
    bool failed(const QString &what, const QString &error);

    ConnectionSpec m_spec;
    Options m_options;
    std::unique_ptr<Storage> m_storage;
    ConnectionGuard *m_guard = nullptr;
    QTimer m_timer;
    QList<Handover> m_handovers;
    std::atomic<quint64> m_owned {0};
    quint64 m_locked = 0; // shard locks this session holds
    bool m_member = false;
    bool m_busy = false; // a handover is running
    qint64 m_pid = 0;
    int m_servers = 0;
    QDateTime m_downSince;
    int m_reportedOwned = -1;
    int m_reportedServers = -1;
};

} // namespace PhoneDesk
