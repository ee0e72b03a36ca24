// Provisioning's storage on SQLite and PostgreSQL: the bounded quarantine, the bulk read of
// renderer inputs (same files as one-by-one rendering), fetch records and "configuration pending".

#include "configservice.h"
#include "provisioninginputs.h"
#include "provisioningtestenv.h"
#include "quarantinerepository.h"
#include "statusrepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

class TestProvisioningStorage final : public QObject
{
    Q_OBJECT

private slots:
    void backends_data();
    void quarantineIsBoundedAndClaimable_data() { backends_data(); }
    void quarantineIsBoundedAndClaimable();
    void quarantineGivesWayByAddressAndAge_data() { backends_data(); }
    void quarantineGivesWayByAddressAndAge();
    void bulkRenderingMatchesSingleRendering_data() { backends_data(); }
    void bulkRenderingMatchesSingleRendering();
    void pendingFollowsServedHash_data() { backends_data(); }
    void pendingFollowsServedHash();

private:
    bool open(TestDatabase &db, TestFleet &fleet);
};

void TestProvisioningStorage::backends_data()
{
    QTest::addColumn<int>("backend");
    QTest::newRow("sqlite") << int(Backend::Sqlite);
    QTest::newRow("postgres") << int(Backend::Postgres);
}

bool TestProvisioningStorage::open(TestDatabase &db, TestFleet &fleet)
{
    QFETCH(int, backend);
    if (Backend(backend) == Backend::Postgres && !postgresAvailable()) {
        if (qEnvironmentVariableIsSet("PHONEDESK_REQUIRE_PG"))
            qWarning("PostgreSQL required but PHONEDESK_TEST_PG_PORT is not set");
        return false;
    }
    QString error;
    db = createDatabase(Backend(backend), &error);
    if (!db.storage) {
        qWarning().noquote() << error;
        return false;
    }
    if (!fleet.create(*db.storage, &error)) {
        qWarning().noquote() << error;
        return false;
    }
    return true;
}

void TestProvisioningStorage::quarantineIsBoundedAndClaimable()
{
    TestDatabase db;
    TestFleet fleet;
    if (!open(db, fleet)) {
        QFETCH(int, backend);
        if (Backend(backend) == Backend::Postgres && !qEnvironmentVariableIsSet("PHONEDESK_REQUIRE_PG"))
            QSKIP("no PostgreSQL test cluster (PHONEDESK_TEST_PG_PORT)");
        QFAIL("cannot open the test database");
    }
    QuarantineRepository repo(*db.storage);
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    QList<QuarantineEntry> sightings;
    for (int i = 0; i < 5; ++i)
        sightings.append({QStringLiteral("0004f200000%1").arg(i), t0, t0.addSecs(i),
                          QStringLiteral("192.0.2.1"), QStringLiteral("ua"), QString(), 1});
    // Five for a quarantine of three: the newest three are kept.
    QCOMPARE(repo.record(sightings, 3).value(), 5);
    QCOMPARE(repo.count().value(), 3);
    QCOMPARE(repo.list().value().last().mac, QStringLiteral("0004f2000002"));
    // Known MACs are updated even when full (nothing gives way); an unknown one replaces the oldest.
    auto r = repo.record({{QStringLiteral("0004f2000002"), t0, t0.addSecs(100), QStringLiteral("192.0.2.9"),
                           QStringLiteral("ua2"), QStringLiteral("poly-vvx-450"), 2},
                          {QStringLiteral("0004f2000009"), t0, t0.addSecs(50), {}, {}, {}, 1}},
                         QuarantineLimits {3, 3});
    QVERIFY2(r, qPrintable(r ? QString() : r.error().fullText()));
    QCOMPARE(r->updated, 1);
    QCOMPARE(r->added, 1);
    QCOMPARE(r->dropped, 1);
    QCOMPARE(r->droppedByAddress, (QHash<QString, int> {{QStringLiteral("192.0.2.1"), 1}}));
    QCOMPARE(r->droppedInAll, 3);
    const QList<QuarantineEntry> list = repo.list().value();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.first().mac, QStringLiteral("0004f2000002")); // newest first
    QCOMPARE(list.first().requests, 3);
    QCOMPARE(list.first().ip, QStringLiteral("192.0.2.9"));
    QCOMPARE(list.first().firstSeen, t0);
    QCOMPARE(list.last().mac, QStringLiteral("0004f2000004"));
    QVERIFY(repo.remove({QStringLiteral("0004f2000002")}).ok());
    QCOMPARE(repo.count().value(), 2);
    db.storage->setActor(QStringLiteral("viewer"), Role::Viewer);
    QCOMPARE(repo.remove({QStringLiteral("0004f2000004")}).error().code, Error::Code::Permission);
}

void TestProvisioningStorage::quarantineGivesWayByAddressAndAge()
{
    TestDatabase db;
    TestFleet fleet;
    if (!open(db, fleet)) {
        QFETCH(int, backend);
        if (Backend(backend) == Backend::Postgres && !qEnvironmentVariableIsSet("PHONEDESK_REQUIRE_PG"))
            QSKIP("no PostgreSQL test cluster (PHONEDESK_TEST_PG_PORT)");
        QFAIL("cannot open the test database");
    }
    QuarantineRepository repo(*db.storage);
    const QuarantineLimits limits {5, 3}; // 5 in all, 3 per address
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    int second = 0;
    auto sighting = [&](const char *mac, const char *ip) {
        const QDateTime at = t0.addSecs(second++);
        return QuarantineEntry {QString::fromLatin1(mac), at, at, QString::fromLatin1(ip), {}, {}, 1};
    };
    auto names = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *mac : list)
            out.append(QString::fromLatin1(mac));
        return out;
    };
    // The MACs in the quarantine, sorted.
    auto macs = [&] {
        QStringList out;
        const QList<QuarantineEntry> entries = repo.list().value();
        for (const QuarantineEntry &e : entries)
            out.append(e.mac);
        std::sort(out.begin(), out.end());
        return out;
    };
    QCOMPARE(repo.record({sighting("0004f20000a1", "192.0.2.1"), sighting("0004f20000a2", "192.0.2.1"),
                          sighting("0004f20000a3", "192.0.2.1"), sighting("0004f20000b1", "192.0.2.2")},
                         limits)
                 ->dropped,
             0);
    // A fourth from 192.0.2.1: its own oldest gives way, although there is room in all.
    auto r = repo.record({sighting("0004f20000a4", "192.0.2.1")}, limits);
    QCOMPARE(r->dropped, 1);
    QCOMPARE(r->droppedByAddress, (QHash<QString, int> {{QStringLiteral("192.0.2.1"), 1}}));
    QCOMPARE(macs(), (names({"0004f20000a2", "0004f20000a3", "0004f20000a4", "0004f20000b1"})));
    QCOMPARE(repo.record({sighting("0004f20000c1", "192.0.2.3")}, limits)->dropped, 0); // now full
    // Full: the address with the most entries loses its oldest, whoever asks.
    QCOMPARE(repo.record({sighting("0004f20000d1", "192.0.2.4")}, limits)->droppedByAddress,
             (QHash<QString, int> {{QStringLiteral("192.0.2.1"), 1}}));
    QCOMPARE(macs(),
             (names({"0004f20000a3", "0004f20000a4", "0004f20000b1", "0004f20000c1", "0004f20000d1"})));
    QCOMPARE(repo.record({sighting("0004f20000b2", "192.0.2.2")}, limits)->droppedByAddress,
             (QHash<QString, int> {{QStringLiteral("192.0.2.1"), 1}}));
    // A MAC seen again from elsewhere moves there; nothing gives way for it.
    r = repo.record({sighting("0004f20000a4", "192.0.2.9")}, limits);
    QCOMPARE(r->updated, 1);
    QCOMPARE(r->dropped, 0);
    // 192.0.2.2 now has the most (two): its oldest goes.
    QCOMPARE(repo.record({sighting("0004f20000e1", "192.0.2.5")}, limits)->droppedByAddress,
             (QHash<QString, int> {{QStringLiteral("192.0.2.2"), 1}}));
    QCOMPARE(macs(),
             (names({"0004f20000a4", "0004f20000b2", "0004f20000c1", "0004f20000d1", "0004f20000e1"})));
    // One each: the oldest entry of all goes.
    r = repo.record({sighting("0004f20000f1", "192.0.2.6")}, limits);
    QCOMPARE(r->droppedByAddress, (QHash<QString, int> {{QStringLiteral("192.0.2.3"), 1}}));
    QCOMPARE(macs(),
             (names({"0004f20000a4", "0004f20000b2", "0004f20000d1", "0004f20000e1", "0004f20000f1"})));

    // Every drop is counted, also those the caller made before writing (the server's own buffer).
    QCOMPARE(r->droppedInAll, 5);
    QCOMPARE(repo.record({}, limits, 3)->droppedInAll, 8);
    const QuarantineDrops drops = repo.drops().value();
    QCOMPARE(drops.count, 8);
    QVERIFY(drops.last.isValid());
    QVERIFY(qAbs(drops.last.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(db.storage->setting(QStringLiteral("provisioning.quarantineDropped")).value(),
             QStringLiteral("8"));
}

void TestProvisioningStorage::bulkRenderingMatchesSingleRendering()
{
    TestDatabase db;
    TestFleet fleet;
    if (!open(db, fleet)) {
        QFETCH(int, backend);
        if (Backend(backend) == Backend::Postgres && !qEnvironmentVariableIsSet("PHONEDESK_REQUIRE_PG"))
            QSKIP("no PostgreSQL test cluster (PHONEDESK_TEST_PG_PORT)");
        QFAIL("cannot open the test database");
    }
    Phone poly = db.storage->phones().get(fleet.polyId).value();
    poly.lineKeys = {LineKey {1, LineKeyType::Line, QStringLiteral("Main"), QStringLiteral("2001")},
                     LineKey {2, LineKeyType::SpeedDial, QStringLiteral("Desk"), QStringLiteral("+4930111")}};
    poly.overrides.insert(QStringLiteral("media.dscpRtp"), 34);
    QVERIFY(db.storage->phones().update(poly).ok());
    ConfigService service(*db.storage);
    const QList<PhoneConfig> all = service.renderAll().value();
    QCOMPARE(all.size(), 3);
    for (const PhoneConfig &bulk : all) {
        const auto single = service.render(bulk.phoneId).value();
        QVERIFY(single);
        QCOMPARE(bulk.hash, single->hash);
        QCOMPARE(bulk.files, single->files);
        QCOMPARE(bulk.deviceSecret, db.storage->phones().deviceSecret(bulk.phoneId).value());
    }
    const QList<ProvisioningInput> one =
        ProvisioningInputs::managedPhones(*db.storage, {fleet.polyId}).value();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().phone.lineKeys, poly.lineKeys);
    QCOMPARE(one.first().phone.overrides.value(QStringLiteral("media.dscpRtp")).toInt(), 34);
}

void TestProvisioningStorage::pendingFollowsServedHash()
{
    TestDatabase db;
    TestFleet fleet;
    if (!open(db, fleet)) {
        QFETCH(int, backend);
        if (Backend(backend) == Backend::Postgres && !qEnvironmentVariableIsSet("PHONEDESK_REQUIRE_PG"))
            QSKIP("no PostgreSQL test cluster (PHONEDESK_TEST_PG_PORT)");
        QFAIL("cannot open the test database");
    }
    ConfigService service(*db.storage);
    const QHash<Id, QString> hashes = service.currentHashes().value();
    QCOMPARE(hashes.size(), 3);
    QVERIFY(service.pendingPhoneIds().value().isEmpty()); // nothing served yet: nothing pending
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(db.storage->status()
                .recordFetch(fleet.polyId,
                             {now, QStringLiteral("192.0.2.5"), QStringLiteral("ua"), QStringLiteral("6.4.3"),
                              hashes.value(fleet.polyId)})
                .ok());
    QVERIFY(db.storage->status()
                .recordFetch(fleet.yealinkId,
                             {now, QStringLiteral("192.0.2.6"), QStringLiteral("ua"), QStringLiteral("108"),
                              QStringLiteral("old-hash")})
                .ok());
    QCOMPARE(service.pendingPhoneIds().value(), QSet<Id> {fleet.yealinkId});

    // A site change reaches, through the change feed, the phones whose files it changes: the Poly
    // (its line registers at the site's servers) and the AudioCodes (proxy address written always);
    // the Yealink has no line, so its file names no server and stays as it is.
    QSignalSpy resync(&service, &ConfigService::resyncRequested);
    Site site = db.storage->sites().get(fleet.siteId).value();
    site.primarySip.host = QStringLiteral("sip9.example.net");
    QVERIFY(db.storage->sites().update(site).ok());
    QTRY_COMPARE(service.pendingPhoneIds().value(), (QSet<Id> {fleet.yealinkId, fleet.polyId}));
    QVERIFY(!resync.isEmpty());
    QList<Id> ids = resync.last().first().value<QList<Id>>();
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<Id> {fleet.polyId, fleet.audiocodesId}));
}

QTEST_GUILESS_MAIN(TestProvisioningStorage)
#include "tst_provisioningstorage.moc"
