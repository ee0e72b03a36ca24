#include "shardcoordinator.h"

#include "connectionguard.h"
#include "shard.h"
#include "storage.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <bit>
#include <tuple>
#include <vector>

Q_LOGGING_CATEGORY(lcShards, "phonedesk.storage.shards", QtInfoMsg)

namespace PhoneDesk {

static_assert(ShardCount <= 64, "shard sets are 64-bit masks");

namespace Sharding {

namespace {
constexpr quint64 AllShards = ShardCount == 64 ? ~quint64(0) : (quint64(1) << ShardCount) - 1;

// splitmix64's finaliser: a fixed, well-mixed 64-bit hash, the same on every platform.
constexpr quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

QString arrayOf(quint64 shards)
{
    QStringList items;
    for (int s = 0; s < ShardCount; ++s) {
        if (shards & (quint64(1) << s))
            items.append(QString::number(s));
    }
    return QStringLiteral("ARRAY[%1]::int4[]").arg(items.join(u','));
}
} // namespace

int count(quint64 mask)
{
    return std::popcount(mask);
}

QHash<qint64, quint64> assign(const QList<qint64> &members)
{
    QList<qint64> unique = members;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    QHash<qint64, quint64> result;
    if (unique.isEmpty())
        return result;
    const int n = int(unique.size());
    const int base = ShardCount / n;
    const int extra = ShardCount % n; // members that may hold base + 1
    std::vector<std::tuple<quint64, qint64, int>> pairs; // score, member, shard
    pairs.reserve(size_t(n) * ShardCount);
    for (const qint64 m : std::as_const(unique)) {
        const quint64 h = mix(quint64(m));
        for (int s = 0; s < ShardCount; ++s)
            pairs.emplace_back(mix(h ^ quint64(s)), m, s);
    }
    std::sort(pairs.begin(), pairs.end(), std::greater<>());
    QHash<qint64, int> held;
    quint64 taken = 0;
    int withExtra = 0;
    int assigned = 0;
    for (const auto &[score, m, s] : pairs) {
        if (taken & (quint64(1) << s))
            continue;
        int &c = held[m];
        if (c < base || (c == base && withExtra < extra)) {
            if (c == base)
                ++withExtra;
            ++c;
            taken |= quint64(1) << s;
            result[m] |= quint64(1) << s;
            if (++assigned == ShardCount)
                break;
        }
    }
    return result;
}

quint64 shardsOf(const QList<qint64> &members, qint64 member)
{
    return assign(members).value(member, 0);
}

} // namespace Sharding

ShardCoordinator::ShardCoordinator(const ConnectionSpec &spec, QObject *parent)
    : ShardCoordinator(spec, Options(), parent)
{ }

ShardCoordinator::ShardCoordinator(const ConnectionSpec &spec, Options options, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_options(options)
{
    m_timer.setInterval(qMax(100, m_options.tickMs));
    connect(&m_timer, &QTimer::timeout, this, &ShardCoordinator::tick);
}

ShardCoordinator::~ShardCoordinator()
{
    stop();
}

Result<void> ShardCoordinator::start()
{
    if (m_spec.kind != ConnectionSpec::Kind::Postgres) {
        m_servers = 1;
        setOwned(Sharding::AllShards);
        report();
        return {};
    }
    // A connection of its own: the locks live and die with it, and nothing else runs on it (no
    // long transaction delays a tick, no LISTEN).
    auto opened = Storage::openForWorker(m_spec, QStringLiteral("phonedesk-server"), Role::Administrator);
    if (!opened)
        return opened.error();
    m_storage = std::move(*opened);
    m_guard = new ConnectionGuard(*m_storage, QStringLiteral("shard locks"));
    connect(m_guard, &ConnectionGuard::lost, this, &ShardCoordinator::onLost);
    connect(m_guard, &ConnectionGuard::restored, this, &ShardCoordinator::onRestored);
    tick();
    m_timer.start();
    return {};
}

void ShardCoordinator::stop()
{
    m_timer.stop();
    if (!m_storage)
        return;
    if (isConnected()) {
        QSqlQuery q(m_storage->database());
        q.exec(QStringLiteral("SELECT pg_advisory_unlock_all()"));
    }
    m_locked = 0;
    m_member = false;
    m_guard = nullptr;
    m_storage.reset();
}

void ShardCoordinator::addHandover(Handover step)
{
    m_handovers.append(std::move(step));
}

QSet<int> ShardCoordinator::ownedShards() const
{
    QSet<int> shards;
    const quint64 mask = m_owned.load();
    for (int s = 0; s < ShardCount; ++s) {
        if (mask & (quint64(1) << s))
            shards.insert(s);
    }
    return shards;
}

bool ShardCoordinator::owns(Id phoneId) const
{
    return (m_owned.load() >> shardOf(phoneId)) & 1;
}

bool ShardCoordinator::isConnected() const
{
    return !m_storage || (m_guard && m_guard->isConnected());
}

bool ShardCoordinator::failed(const QString &what, const QString &error)
{
    if (m_guard && m_guard->checkAfterFailure())
        return true; // onLost() says it
    qCWarning(lcShards).noquote() << QStringLiteral("shard locks: %1 failed: %2").arg(what, error);
    return true;
}

bool ShardCoordinator::join()
{
    QSqlQuery q(m_storage->database());
    // Server-side keepalives for this session: the database notices a server that vanished
    // without closing its connection (power loss, a cut network) within about a minute and
    // ends the session, which frees its locks. Refused settings (an old server) change nothing.
    for (const char *setting :
         {"tcp_keepalives_idle = 30", "tcp_keepalives_interval = 10", "tcp_keepalives_count = 3",
          "tcp_user_timeout = 60000", "application_name = 'phonedesk-server shards'"}) {
        if (!q.exec(QStringLiteral("SET %1").arg(QLatin1String(setting))))
            qCDebug(lcShards).noquote() << "SET" << setting << "refused:" << q.lastError().text();
    }
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid(), pg_try_advisory_lock(%1, pg_backend_pid())")
                    .arg(Sharding::MemberLockClass)) ||
        !q.next()) {
        failed(QStringLiteral("joining"), q.lastError().text());
        return false;
    }
    m_pid = q.value(0).toLongLong();
    m_member = q.value(1).toBool();
    m_locked = 0;
    return m_member;
}

std::optional<QList<qint64>> ShardCoordinator::liveMembers()
{
    QSqlQuery q(m_storage->database());
    if (!q.exec(QStringLiteral("SELECT objid::int8 FROM pg_locks WHERE locktype = 'advisory' AND granted "
                               "AND objsubid = 2 AND classid = %1::oid AND database = (SELECT oid FROM "
                               "pg_database WHERE datname = current_database())")
                    .arg(Sharding::MemberLockClass))) {
        failed(QStringLiteral("reading the servers"), q.lastError().text());
        return std::nullopt;
    }
    QList<qint64> members;
    while (q.next())
        members.append(q.value(0).toLongLong());
    if (!members.contains(m_pid))
        members.append(m_pid);
    return members;
}

quint64 ShardCoordinator::tryLock(quint64 shards)
{
    if (!shards)
        return 0;
    QSqlQuery q(m_storage->database());
    if (!q.exec(QStringLiteral("SELECT s FROM unnest(%1) AS s WHERE pg_try_advisory_lock(%2, s)")
                    .arg(Sharding::arrayOf(shards))
                    .arg(Sharding::ShardLockClass))) {
        failed(QStringLiteral("locking shards"), q.lastError().text());
        return 0;
    }
    quint64 got = 0;
    while (q.next())
        got |= quint64(1) << q.value(0).toInt();
    return got;
}

void ShardCoordinator::unlock(quint64 shards)
{
    if (!shards || !isConnected())
        return;
    QSqlQuery q(m_storage->database());
    if (!q.exec(QStringLiteral("SELECT pg_advisory_unlock(%2, s) FROM unnest(%1) AS s")
                    .arg(Sharding::arrayOf(shards))
                    .arg(Sharding::ShardLockClass))) {
        failed(QStringLiteral("releasing shards"), q.lastError().text());
        return;
    }
    m_locked &= ~shards;
}

void ShardCoordinator::tick()
{
    if (m_busy || !m_storage || !isConnected())
        return; // while the connection is away: the last shards stay (see the header)
    if (!m_member && !join())
        return;
    const auto members = liveMembers();
    if (!members)
        return;
    m_servers = int(members->size());
    const quint64 desired = Sharding::shardsOf(*members, m_pid);
    // Shards worked on that this session should not hold, or does not hold (after a reconnection).
    const quint64 stopping = m_owned.load() & ~(m_locked & desired);
    if (stopping) {
        m_busy = true;
        handOver(m_owned.load() & ~stopping, [this, desired] {
            m_busy = false;
            unlock(m_locked & ~desired);
            acquire(desired);
        });
        return;
    }
    unlock(m_locked & ~desired);
    acquire(desired);
}

void ShardCoordinator::acquire(quint64 desired)
{
    if (isConnected())
        m_locked |= tryLock(desired & ~m_locked); // a shard its old holder still has: next tick
    if (m_locked != m_owned.load())
        setOwned(m_locked);
    report();
}

void ShardCoordinator::setOwned(quint64 mask)
{
    if (m_owned.exchange(mask) == mask)
        return;
    emit ownedShardsChanged(ownedShards());
}

void ShardCoordinator::handOver(quint64 remaining, std::function<void()> then)
{
    setOwned(remaining);
    if (m_handovers.isEmpty()) {
        then();
        return;
    }
    // Each step calls back once, in any thread; the last one continues here.
    auto left = std::make_shared<int>(int(m_handovers.size()));
    auto next = std::make_shared<std::function<void()>>(std::move(then));
    const QSet<int> shards = ownedShards();
    for (const Handover &step : std::as_const(m_handovers)) {
        step(shards, [self = QPointer<ShardCoordinator>(this), left, next] {
            if (!self)
                return;
            QMetaObject::invokeMethod(self.data(), [left, next] {
                if (--*left == 0)
                    (*next)();
            });
        });
    }
}

void ShardCoordinator::onLost()
{
    m_downSince = QDateTime::currentDateTimeUtc();
    m_member = false;
    m_locked = 0;
    m_servers = 0;
    qCWarning(lcShards).noquote()
        << QStringLiteral("shard locks lost with their connection: probing the last %1 of %2 shards until "
                          "it is back")
               .arg(ownedCount())
               .arg(ShardCount);
    m_reportedServers = -1;
}

void ShardCoordinator::onRestored()
{
    m_downSince = {};
    tick();
}

void ShardCoordinator::report()
{
    const int owned = ownedCount();
    if (owned == m_reportedOwned && m_servers == m_reportedServers)
        return;
    m_reportedOwned = owned;
    m_reportedServers = m_servers;
    qCInfo(lcShards).noquote() << QStringLiteral("holding %1 of %2 shards, %3 %4")
                                      .arg(owned)
                                      .arg(ShardCount)
                                      .arg(m_servers)
                                      .arg(m_servers == 1 ? QStringLiteral("server")
                                                          : QStringLiteral("servers"));
}

} // namespace PhoneDesk
