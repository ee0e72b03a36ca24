// PollingWorker with a ShardScope, as phonedesk-server runs it when servers share a database: a
// shard given up stops being probed, and the results collected for its phones but not yet written
// (the batch interval has not passed) are written before the scope says the change is applied, so
// the next holder starts from them; a shard gained is read and probed at once.

#include "demodata.h"
#include "fleet.h"
#include "phonerepository.h"
#include "pollingworker.h"
#include "shard.h"
#include "statusrepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

class TestShardScope final : public QObject
{
    Q_OBJECT

private slots:
    void handoverWritesPendingResults();
};

void TestShardScope::handoverWritesPendingResults()
{
    QString error;
    TestDatabase db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(db.storage, qPrintable(error));
    PhoneSim::Fleet fleet;
    PhoneSim::FleetConfig fleetConfig;
    fleetConfig.phones = 4;
    fleetConfig.rest = false;
    QVERIFY(fleet.start(fleetConfig).ok());
    DemoOptions demo;
    demo.managedPhones = 4;
    demo.unmanagedPhones = 0;
    demo.webRtcPhones = 0;
    demo.remotePhones = 0;
    demo.quarantinedPhones = 0;
    demo.users = 4;
    demo.networkAddress = [&fleet](int index) { return fleet.sipAddress(index); };
    QVERIFY(populateDemoData(*db.storage, demo));
    auto rows = db.storage->phones().list();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 4);
    QList<Id> ids;
    QHash<Id, int> indexOf;
    for (const PhoneRow &row : std::as_const(*rows)) {
        ids.append(row.id);
        indexOf.insert(row.id, PhoneSim::Fleet::indexOf(SipTarget::parse(row.networkAddress)->address));
    }
    std::sort(ids.begin(), ids.end());
    const Id handed = ids.first();
    QVERIFY(shardOf(handed) != shardOf(ids.last()));
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);

    ShardScope scope;
    PollingWorker::Setup setup;
    setup.shared = db.storage.get();
    setup.sip.bindAddress = QHostAddress::LocalHost;
    setup.poller.intervalMs = 2000; // the first sweep probes all four within 2 s
    setup.poller.batchIntervalMs = 600000; // results stay pending: only a handover writes them now
    setup.poller.shards = &scope;
    PollingWorker worker(setup);
    QSignalSpy errors(&worker, &PollingWorker::pollingError);
    worker.start();
    QVERIFY(worker.isRunning());

    // Every phone answered; nothing is written yet (the batch interval is ten minutes).
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(),
                                         [&](Id id) { return fleet.phone(indexOf.value(id)).options > 0; }),
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(worker.inFlight(), 0, 5000);
    QTest::qWait(200);
    auto before = db.storage->status().getMany(ids);
    QVERIFY(before);
    for (const Id id : std::as_const(ids))
        QVERIFY2(!(before->value(id).lastSeen >= started),
                 "a result was written before any handover: the test proves nothing");

    // Give up the first phone's shard: its result is written before `applied` runs.
    bool applied = false;
    scope.set(ShardScope::All & ~(quint64(1) << shardOf(handed)), [&applied] { applied = true; });
    QTRY_VERIFY_WITH_TIMEOUT(applied, 5000);
    auto after = db.storage->status().getMany({handed});
    QVERIFY(after);
    QCOMPARE(after->value(handed).status, PhoneStatus::Online);
    QVERIFY2(after->value(handed).lastSeen >= started, qPrintable(after->value(handed).lastSeen.toString()));

    // No longer this poller's phone: Check Status says so and sends nothing to it.
    const int probesBefore = fleet.phone(indexOf.value(handed)).options;
    QSignalSpy probed(&worker, &PollingWorker::probed);
    worker.checkNow({handed});
    QCOMPARE(probed.size(), 1);
    const auto updates = probed.first().first().value<QList<ProbeUpdate>>();
    QCOMPARE(updates.size(), 1);
    QCOMPARE(updates.first().status, PhoneStatus::Unknown);
    QVERIFY2(updates.first().detail.contains(QLatin1String("another phonedesk-server")),
             qPrintable(updates.first().detail));
    QTest::qWait(2500); // a sweep passes without it
    QCOMPARE(fleet.phone(indexOf.value(handed)).options, probesBefore);

    // Taken back: probed at once, not at the next sweep.
    applied = false;
    scope.set(ShardScope::All, [&applied] { applied = true; });
    QTRY_VERIFY_WITH_TIMEOUT(applied, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(fleet.phone(indexOf.value(handed)).options > probesBefore, 3000);
    QCOMPARE(errors.size(), 0);
    worker.shutdown();
}

QTEST_GUILESS_MAIN(TestShardScope)
#include "tst_shardscope.moc"
