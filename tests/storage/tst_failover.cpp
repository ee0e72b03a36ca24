// A team database on a primary with a streaming standby: a PostgreSQL URL naming both
// (target_session_attrs=read-write) reaches the primary whichever host is listed first, and after
// the primary dies and the standby is promoted, the same connection — through ConnectionGuard, as
// every PhoneDesk process holds it — reconnects to the new primary, writes again and still has
// every row. An import whose file was read before the database restarted saves afterwards (its
// worker connection reconnects). Plus the URL forms: several hosts, IPv6, bad entries named, round trip.
// The clusters are the test's own (PgCluster). Skipped without PostgreSQL's server binaries or
// PHONEDESK_TEST_PG_PORT (the PostgreSQL tests' switch); failed with PHONEDESK_REQUIRE_PG=1.

#include "basesettingsrepository.h"
#include "connectionguard.h"
#include "demodata.h"
#include "importworker.h"
#include "pgcluster.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {

// Creates a site named `name`; an empty string, or what went wrong.
QString createSite(Storage &storage, const QString &name)
{
    Site site;
    site.name = name;
    site.primarySip.host = QStringLiteral("sip.example.org");
    auto created = SiteRepository(storage).create(site);
    return created ? QString() : created.error().fullText();
}

} // namespace

class TestFailover final : public QObject
{
    Q_OBJECT

private slots:
    void severalHostsInTheUrl();
    void badHostListsAreNamed();
    void followsThePrimaryAfterAFailover();
    void importSurvivesARestartBetweenReadingAndSaving();
};

void TestFailover::severalHostsInTheUrl()
{
    ConnectionSpec spec;
    QString error;
    QVERIFY2(ConnectionSpec::fromUrl(
                 QStringLiteral("postgresql://alice@db1.example.org:5433,db2.example.org,[2001:db8::5]:6543/"
                                "phonedesk?target_session_attrs=read-write&sslmode=verify-full"),
                 spec, &error),
             qPrintable(error));
    QCOMPARE(spec.host, QStringLiteral("db1.example.org"));
    QCOMPARE(spec.port, 5433);
    QCOMPARE(spec.user, QStringLiteral("alice"));
    QCOMPARE(spec.database, QStringLiteral("phonedesk"));
    QCOMPARE(spec.moreHosts.size(), 2);
    QCOMPARE(spec.moreHosts.at(0), std::make_pair(QStringLiteral("db2.example.org"), 5432));
    QCOMPARE(spec.moreHosts.at(1), std::make_pair(QStringLiteral("2001:db8::5"), 6543));
    QCOMPARE(spec.targetSessionAttrs, QStringLiteral("read-write"));
    QCOMPARE(spec.sslMode, QStringLiteral("verify-full"));
    QCOMPARE(spec.hostList(), QStringLiteral("db1.example.org,db2.example.org,2001:db8::5"));
    QCOMPARE(spec.portList(), QStringLiteral("5433,5432,6543"));
    QCOMPARE(spec.describe(),
             QStringLiteral(
                 "PostgreSQL alice@db1.example.org:5433,db2.example.org:5432,[2001:db8::5]:6543/phonedesk"));

    // What toUrl() writes (saved connections, managed settings) reads back the same.
    ConnectionSpec back;
    QVERIFY2(ConnectionSpec::fromUrl(spec.toUrl(), back, &error), qPrintable(spec.toUrl() + u' ' + error));
    QCOMPARE(back.hostList(), spec.hostList());
    QCOMPARE(back.portList(), spec.portList());
    QCOMPARE(back.targetSessionAttrs, spec.targetSessionAttrs);
    QCOMPARE(back.sslMode, spec.sslMode);

    // One host stays one host.
    QVERIFY(ConnectionSpec::fromUrl(QStringLiteral("postgresql://bob@db.example.org/pd"), spec, &error));
    QVERIFY(spec.moreHosts.isEmpty());
    QCOMPARE(spec.toUrl(), QStringLiteral("postgresql://bob@db.example.org:5432/pd"));
}

void TestFailover::badHostListsAreNamed()
{
    ConnectionSpec spec;
    QString error;
    QVERIFY(!ConnectionSpec::fromUrl(QStringLiteral("postgresql://u@db1.example.org,,db3/pd"), spec, &error));
    QVERIFY2(error.contains(QLatin1String("\"\"")), qPrintable(error));
    QVERIFY(!ConnectionSpec::fromUrl(QStringLiteral("postgresql://u@db1.example.org,db2:99999/pd"), spec,
                                     &error));
    QVERIFY2(error.contains(QLatin1String("db2:99999")), qPrintable(error));
    QVERIFY(
        !ConnectionSpec::fromUrl(QStringLiteral("postgresql://u@db1.example.org,eve@db2/pd"), spec, &error));
    QVERIFY2(error.contains(QLatin1String("eve@db2")), qPrintable(error));
    QVERIFY(!ConnectionSpec::fromUrl(
        QStringLiteral("postgresql://u@db1,db2/pd?target_session_attrs=writable"), spec, &error));
    QVERIFY2(error.contains(QLatin1String("target_session_attrs=writable")) &&
                 error.contains(QLatin1String("read-write")),
             qPrintable(error));
}

void TestFailover::followsThePrimaryAfterAFailover()
{
    PHONEDESK_REQUIRE_OWN_CLUSTERS();
    QString error;
    PgCluster primary;
    QVERIFY2(primary.create(&error), qPrintable(error));
    QVERIFY2(primary.createDatabase(QStringLiteral("failover"), &error), qPrintable(error));
    {
        // Schema and a first site, on the primary.
        auto created = Storage::open(primary.spec(QStringLiteral("failover")));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
        const QString failed = createSite(**created, QStringLiteral("Berlin"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    PgCluster standby;
    QVERIFY2(standby.createStandbyOf(primary, &error), qPrintable(error));
    QString inRecovery;
    QVERIFY2(standby.sql(QStringLiteral("failover"), QStringLiteral("SELECT pg_is_in_recovery()"),
                         &inRecovery, &error),
             qPrintable(error));
    QCOMPARE(inRecovery, QStringLiteral("t"));

    // The standby is listed first: read-write passes it by.
    ConnectionSpec spec;
    QVERIFY2(ConnectionSpec::fromUrl(QStringLiteral("postgresql://postgres@127.0.0.1:%1,127.0.0.1:%2/failover"
                                                    "?target_session_attrs=read-write")
                                         .arg(standby.port())
                                         .arg(primary.port()),
                                     spec, &error),
             qPrintable(error));
    auto opened = Storage::open(spec);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
    Storage &storage = **opened;
    auto serverPort = [&storage]() {
        QSqlQuery q(storage.database());
        return q.exec(QStringLiteral("SELECT current_setting('port')::int")) && q.next() ? q.value(0).toInt()
                                                                                         : 0;
    };
    QCOMPARE(serverPort(), primary.port());
    QString failed = createSite(storage, QStringLiteral("London"));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // Without the attribute the first host, the standby, would have been taken (and refused writes).
    {
        ConnectionSpec any = spec;
        any.targetSessionAttrs.clear();
        any.listenForChanges = false;
        auto plain = Storage::openForWorker(any, QStringLiteral("test"), Role::Administrator);
        QVERIFY2(plain, qPrintable(plain ? QString() : plain.error().fullText()));
        QSqlQuery q((*plain)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT pg_is_in_recovery()")) && q.next());
        QVERIFY(q.value(0).toBool());
    }

    // Let the standby replay London before the primary goes.
    QString sites;
    for (int i = 0; i < 100 && sites != QLatin1String("2"); ++i) {
        QVERIFY2(standby.sql(QStringLiteral("failover"), QStringLiteral("SELECT count(*) FROM sites"), &sites,
                             &error),
                 qPrintable(error));
        if (sites != QLatin1String("2"))
            QTest::qWait(100);
    }
    QCOMPARE(sites, QStringLiteral("2"));

    ConnectionGuard guard(
        storage, QStringLiteral("main"),
        ConnectionGuard::Timing {.initialDelayMs = 200, .maxDelayMs = 1000, .probeIntervalMs = 300});
    QSignalSpy lost(&guard, &ConnectionGuard::lost);
    QSignalSpy restored(&guard, &ConnectionGuard::restored);
    QVERIFY2(primary.stop(QStringLiteral("immediate"), &error), qPrintable(error));
    QVERIFY(lost.wait(10000) || lost.count() == 1);
    QVERIFY(!guard.isConnected());
    // Until the standby is promoted there is no read-write server: the guard keeps trying.
    QTest::qWait(1500);
    QVERIFY(!guard.isConnected());
    QVERIFY2(standby.promote(&error), qPrintable(error));
    QVERIFY(restored.wait(20000) || restored.count() == 1);
    QVERIFY(guard.isConnected());
    QCOMPARE(serverPort(), standby.port());

    failed = createSite(storage, QStringLiteral("Paris"));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto all = SiteRepository(storage).list();
    QVERIFY(all);
    QStringList names;
    for (const Site &site : *all)
        names.append(site.name);
    names.sort();
    QCOMPARE(names,
             (QStringList {QStringLiteral("Berlin"), QStringLiteral("London"), QStringLiteral("Paris")}));
}

void TestFailover::importSurvivesARestartBetweenReadingAndSaving()
{
    PHONEDESK_REQUIRE_OWN_CLUSTERS();
    QString error;
    PgCluster cluster;
    QVERIFY2(cluster.create(&error), qPrintable(error));
    QVERIFY2(cluster.createDatabase(QStringLiteral("importing"), &error), qPrintable(error));
    const ConnectionSpec spec = cluster.spec(QStringLiteral("importing"));
    auto opened = Storage::open(spec);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
    Storage &storage = **opened;
    DemoOptions options;
    options.managedPhones = 0;
    options.unmanagedPhones = 1;
    options.webRtcPhones = 0;
    options.remotePhones = 0;
    options.users = 2;
    options.quarantinedPhones = 0;
    QVERIFY(populateDemoData(storage, options));
    QString profile;
    auto profiles = storage.baseSettings().list();
    QVERIFY(profiles);
    for (const BaseSettingsSummary &summary : *profiles)
        if (summary.settings.modelId == QLatin1String("generic-sip"))
            profile = summary.settings.name;
    QString site;
    auto sites = storage.sites().list();
    QVERIFY(sites);
    for (const Site &s : *sites)
        if (s.mediaModel == MediaModel::Premises)
            site = s.name;
    QVERIFY(!profile.isEmpty() && !site.isEmpty());

    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("phones.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(QStringLiteral("name,category,base_settings,site,hardware_id\n"
                             "Fax 1,unmanaged,%1,%2,02bb00000001\n"
                             "Fax 2,unmanaged,%1,%2,02bb00000002\n")
                  .arg(profile, site)
                  .toUtf8());
    csv.close();

    ImportWorker worker(spec, QStringLiteral("test"), Role::Administrator);
    QSignalSpy prepared(&worker, &ImportWorker::prepared);
    QSignalSpy committed(&worker, &ImportWorker::committed);
    worker.prepare(csv.fileName(), int(ImportMode::CreateOnly));
    QCOMPARE(prepared.count(), 1);
    QVERIFY2(prepared.at(0).at(0).toBool(), qPrintable(prepared.at(0).at(1).toString()));

    // The database restarts while the user looks at the preview.
    QVERIFY2(cluster.stop(QStringLiteral("fast"), &error), qPrintable(error));
    // Saving while it is down: refused with the reason, nothing half-written.
    worker.commit(false);
    QCOMPARE(committed.count(), 1);
    QVERIFY(!committed.at(0).at(0).toBool());
    QVERIFY2(committed.at(0).at(2).toString().startsWith(
                 QLatin1String("Cannot connect to PostgreSQL at 127.0.0.1")),
             qPrintable(committed.at(0).at(2).toString()));
    QVERIFY2(cluster.start(&error), qPrintable(error));
    worker.commit(false);
    QCOMPARE(committed.count(), 2);
    QVERIFY2(committed.at(1).at(0).toBool(), qPrintable(committed.at(1).at(2).toString()));
    QCOMPARE(committed.at(1).at(3).toLongLong(), 2); // created

    // The console's own connection was cut as well; reconnected, it sees the phones.
    QVERIFY(storage.ensureConnected());
    auto count = storage.phones().count();
    QVERIFY2(count, qPrintable(count ? QString() : count.error().fullText()));
    QCOMPARE(*count, 3);
}

QTEST_GUILESS_MAIN(TestFailover)
#include "tst_failover.moc"
