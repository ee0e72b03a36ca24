// The rendezvous assignment that divides the 64 shards among phonedesk-server instances
// (Sharding::assign in src/storage/shardcoordinator.h): every shard has exactly one holder, the
// same member set gives the same answer whatever order it is read in, every member holds
// floor(64/n) or ceil(64/n) shards for 1 to 10 members, and a member joining or leaving moves little
// more than the shards it takes or leaves.

#include "shard.h"
#include "shardcoordinator.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace PhoneDesk;

class TestShardAssignment final : public QObject
{
    Q_OBJECT

private slots:
    void everyShardHasOneHolder();
    void sameMembersSameAnswer();
    void balancedForOneToTenMembers();
    void joiningMovesLittle();
    void leavingMovesLittle();
    void shardOfMatchesSql();
};

namespace {
// Backend pids as PostgreSQL hands them out: distinct, in the low hundred thousands.
QList<qint64> pids(QRandomGenerator &random, int n)
{
    QList<qint64> result;
    while (result.size() < n) {
        const qint64 pid = random.bounded(100, 4194304);
        if (!result.contains(pid))
            result.append(pid);
    }
    return result;
}

// Shard -> holder.
QList<qint64> holders(const QHash<qint64, quint64> &assignment)
{
    QList<qint64> holder(ShardCount, -1);
    for (auto it = assignment.cbegin(); it != assignment.cend(); ++it) {
        for (int s = 0; s < ShardCount; ++s) {
            if (it.value() >> s & 1)
                holder[s] = it.key();
        }
    }
    return holder;
}

struct Movement
{
    int moved = 0; // shards whose holder changed
    int needed = 0; // shards that had to move: taken by the newcomer, or left by the leaver
};
} // namespace

void TestShardAssignment::everyShardHasOneHolder()
{
    QRandomGenerator random(7);
    for (int n = 1; n <= 12; ++n) {
        const auto members = pids(random, n);
        const auto assignment = Sharding::assign(members);
        quint64 all = 0;
        int total = 0;
        for (const qint64 m : members) {
            const quint64 mask = assignment.value(m);
            QCOMPARE(all & mask, quint64(0)); // no shard twice
            all |= mask;
            total += Sharding::count(mask);
        }
        QCOMPARE(total, ShardCount);
        QCOMPARE(all, ~quint64(0));
        QCOMPARE(Sharding::shardsOf(members, members.first()), assignment.value(members.first()));
    }
    QVERIFY(Sharding::assign({}).isEmpty());
    QCOMPARE(Sharding::shardsOf({42}, 42), ~quint64(0));
    QCOMPARE(Sharding::shardsOf({42}, 43), quint64(0)); // not a member: nothing
}

void TestShardAssignment::sameMembersSameAnswer()
{
    QRandomGenerator random(11);
    for (int trial = 0; trial < 50; ++trial) {
        auto members = pids(random, 1 + trial % 10);
        const auto first = Sharding::assign(members);
        std::reverse(members.begin(), members.end());
        QCOMPARE(Sharding::assign(members), first);
        members.append(members.first()); // a member read twice counts once
        QCOMPARE(Sharding::assign(members), first);
    }
    // Fixed figures: another build or platform must divide the same way (the hash is the
    // splitmix64 finaliser, not std::hash or qHash, which may differ or be seeded).
    const auto fixed = Sharding::assign({1001, 2002, 3003});
    QCOMPARE(fixed.value(1001), Q_UINT64_C(0xd00a000abdb00aa1));
    QCOMPARE(fixed.value(2002), Q_UINT64_C(0x2114adc54046c540));
    QCOMPARE(fixed.value(3003), Q_UINT64_C(0x0ee152300209301e));
}

void TestShardAssignment::balancedForOneToTenMembers()
{
    QRandomGenerator random(3);
    for (int n = 1; n <= 10; ++n) {
        for (int trial = 0; trial < 100; ++trial) {
            const auto members = pids(random, n);
            const auto assignment = Sharding::assign(members);
            int atCeiling = 0;
            for (const qint64 m : members) {
                const int held = Sharding::count(assignment.value(m));
                QVERIFY2(held == ShardCount / n || held == (ShardCount + n - 1) / n,
                         qPrintable(QStringLiteral("%1 members: one holds %2").arg(n).arg(held)));
                if (held > ShardCount / n)
                    ++atCeiling;
            }
            QCOMPARE(atCeiling, ShardCount % n);
        }
    }
}

void TestShardAssignment::joiningMovesLittle()
{
    // The newcomer takes about 64/(n+1) shards; a stateless division cannot keep every other shard
    // in place and stay balanced, but the others move few among themselves: at most 10 in any of
    // these 2,000 joins, 3 on average (and at most 12 for 2,000 leaves).
    QRandomGenerator random(5);
    int worst = 0;
    qint64 extraSum = 0;
    int joins = 0;
    for (int trial = 0; trial < 200; ++trial) {
        const auto all = pids(random, 11);
        for (int n = 1; n <= 10; ++n) {
            const auto before = holders(Sharding::assign(all.mid(0, n)));
            const auto after = holders(Sharding::assign(all.mid(0, n + 1)));
            Movement m;
            for (int s = 0; s < ShardCount; ++s) {
                m.moved += before[s] != after[s];
                m.needed += after[s] == all[n];
            }
            QCOMPARE(m.needed, Sharding::count(Sharding::shardsOf(all.mid(0, n + 1), all[n])));
            worst = std::max(worst, m.moved - m.needed);
            extraSum += m.moved - m.needed;
            ++joins;
        }
    }
    qInfo("joins: %d shards moved between the other members at worst, %.2f on average", worst,
          double(extraSum) / joins);
    QVERIFY2(worst <= 10, qPrintable(QString::number(worst)));
    QVERIFY2(extraSum <= 3 * joins, qPrintable(QString::number(double(extraSum) / joins)));
}

void TestShardAssignment::leavingMovesLittle()
{
    QRandomGenerator random(9);
    int worst = 0;
    qint64 extraSum = 0;
    int leaves = 0;
    for (int trial = 0; trial < 200; ++trial) {
        for (int n = 2; n <= 11; ++n) {
            auto members = pids(random, n);
            const auto before = holders(Sharding::assign(members));
            const qint64 leaver = members.takeAt(random.bounded(n));
            const auto after = holders(Sharding::assign(members));
            Movement m;
            for (int s = 0; s < ShardCount; ++s) {
                m.moved += before[s] != after[s];
                m.needed += before[s] == leaver;
                QVERIFY(after[s] != leaver);
            }
            worst = std::max(worst, m.moved - m.needed);
            extraSum += m.moved - m.needed;
            ++leaves;
        }
    }
    qInfo("leaves: %d shards moved between the other members at worst, %.2f on average", worst,
          double(extraSum) / leaves);
    QVERIFY2(worst <= 12, qPrintable(QString::number(worst)));
    QVERIFY2(extraSum <= 3 * leaves, qPrintable(QString::number(double(extraSum) / leaves)));
}

void TestShardAssignment::shardOfMatchesSql()
{
    // The poller filters with shardOf() what a command query selects with `id % 64`.
    for (const Id id : {Id(1), Id(63), Id(64), Id(65), Id(1000003), Id(9007199254740993)})
        QCOMPARE(shardOf(id), int(id % 64));
}

QTEST_GUILESS_MAIN(TestShardAssignment)
#include "tst_shardassignment.moc"
