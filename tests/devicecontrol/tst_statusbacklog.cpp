// What the poller keeps while the database is gone: per phone the first record of the outage and
// the newest, bounded by the number of phones.

#include "pollingworker.h"

#include <QTest>

using namespace PhoneDesk;

namespace {
StatusRecord record(Id phoneId, PhoneStatus status, int rttMs = -1)
{
    StatusRecord r;
    r.phoneId = phoneId;
    r.status = status;
    r.rttMs = rttMs;
    return r;
}
} // namespace

class TestStatusBacklog final : public QObject
{
    Q_OBJECT

private slots:
    void sameStateKeepsTheNewest();
    void transitionIsKeptAndNewestWins();
    void boundLeavesOutFurtherPhonesOnly();
};

void TestStatusBacklog::sameStateKeepsTheNewest()
{
    StatusBacklog backlog;
    QVERIFY(backlog.isEmpty());
    QCOMPARE(backlog.add({record(1, PhoneStatus::Online, 10), record(1, PhoneStatus::Online, 12)}), 0);
    QCOMPARE(backlog.add({record(1, PhoneStatus::Online, 14)}), 0);
    QCOMPARE(backlog.phones(), 1);
    const auto batches = backlog.take();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first(), QList<StatusRecord> {record(1, PhoneStatus::Online, 14)});
    QVERIFY(backlog.isEmpty());
    QVERIFY(backlog.take().isEmpty());
}

void TestStatusBacklog::transitionIsKeptAndNewestWins()
{
    StatusBacklog backlog;
    // Phone 1 goes Offline and comes back; phone 2 goes Offline and stays there.
    backlog.add({record(1, PhoneStatus::Offline), record(2, PhoneStatus::Offline)});
    backlog.add({record(1, PhoneStatus::Online, 20), record(2, PhoneStatus::Offline)});
    backlog.add({record(1, PhoneStatus::Online, 25)});
    const auto batches = backlog.take();
    QCOMPARE(batches.size(), 2);
    // First every phone's first record of the outage, then the newest ones: written in that order,
    // phone 1's two transitions are both recorded.
    QCOMPARE(batches.at(0).size(), 2);
    for (const StatusRecord &r : batches.at(0))
        QCOMPARE(r.status, PhoneStatus::Offline);
    QCOMPARE(batches.at(1), QList<StatusRecord> {record(1, PhoneStatus::Online, 25)});
    // A third state replaces the newest; the first stays.
    backlog.add(
        {record(3, PhoneStatus::Offline), record(3, PhoneStatus::Online), record(3, PhoneStatus::Degraded)});
    const auto three = backlog.take();
    QCOMPARE(three.size(), 2);
    QCOMPARE(three.at(0).first().status, PhoneStatus::Offline);
    QCOMPARE(three.at(1).first().status, PhoneStatus::Degraded);
}

void TestStatusBacklog::boundLeavesOutFurtherPhonesOnly()
{
    StatusBacklog backlog(3);
    QList<StatusRecord> records;
    for (Id id = 1; id <= 5; ++id)
        records.append(record(id, PhoneStatus::Offline));
    QCOMPARE(backlog.add(records), 2);
    QCOMPARE(backlog.phones(), 3);
    // Phones already kept still take their newer records.
    QCOMPARE(backlog.add({record(2, PhoneStatus::Online), record(9, PhoneStatus::Online)}), 1);
    const auto batches = backlog.take();
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches.at(0).size(), 3);
    QCOMPARE(batches.at(1), QList<StatusRecord> {record(2, PhoneStatus::Online)});
    QCOMPARE(StatusBacklog().maxPhones(), 100000);
}

QTEST_GUILESS_MAIN(TestStatusBacklog)
#include "tst_statusbacklog.moc"
