// phonedesk-server, the binary, registering the phones of a PostgreSQL (team) database with local
// stand-ins of Poly ZTP and Yealink RPS: the addresses from [redirection] of its INI file, the keys
// from its environment (as the systemd unit's EnvironmentFile gives them), a phone deleted in
// another process removed from its service. On an SQLite database the console does that work,
// and the server sends nothing.

#include "basesettingsrepository.h"
#include "phonerepository.h"
#include "redirectionrepository.h"
#include "redirectionsettings.h"
#include "redirectiontestenv.h"
#include "siterepository.h"
#include "storage.h"
#include "testsupport.h"

#include <QProcess>
#include <QSettings>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

class TestRedirectionServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void teamDatabaseServerRegistersAndRemoves();
    void sqliteServerLeavesItToTheConsole();
    void halfAYealinkKeyIsRefused();

private:
    void fill(Storage &s, int poly, int yealink);
    QString writeConfig(const TestDatabase &db, const MockService &poly, const MockService &yealink);
    bool start(QProcess &server, const QString &config, const QProcessEnvironment &env, QByteArray &log);

    TestPki m_pki;
};

void TestRedirectionServer::initTestCase()
{
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
}

void TestRedirectionServer::fill(Storage &s, int poly, int yealink)
{
    s.setActor(QStringLiteral("tester"), Role::Administrator);
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    site.provisioningHost = QStringLiteral("prov.example.com");
    site = *s.sites().create(site);
    const Id vvx = s.baseSettings()
                       .create({0, QStringLiteral("VVX 450"), QStringLiteral("poly-vvx-450"), {}, {}, 1})
                       ->id;
    const Id t54 =
        s.baseSettings().create({0, QStringLiteral("T54W"), QStringLiteral("yealink-t54w"), {}, {}, 1})->id;
    QList<Phone> phones;
    for (int i = 1; i <= poly + yealink; ++i) {
        Phone p;
        p.name = QStringLiteral("Desk %1").arg(i);
        p.baseSettingsId = i <= poly ? vvx : t54;
        p.siteId = site.id;
        p.hardwareId = QStringLiteral("%1%2")
                           .arg(i <= poly ? QStringLiteral("0004f2") : QStringLiteral("805ec0"))
                           .arg(i, 6, 16, QLatin1Char('0'));
        phones.append(p);
    }
    QVERIFY(s.phones().saveMany(phones, {}, QStringLiteral("phone.create")));
}

QString TestRedirectionServer::writeConfig(const TestDatabase &db, const MockService &poly,
                                           const MockService &yealink)
{
    const QString dir = db.dir ? db.dir->path() : QDir::tempPath();
    const QString path = dir + QStringLiteral("/redirection-%1.conf").arg(QCoreApplication::applicationPid());
    QFile::remove(path);
    QSettings ini(path, QSettings::IniFormat);
    ini.setValue(QStringLiteral("database/url"),
                 db.spec.kind == ConnectionSpec::Kind::Sqlite ? QStringLiteral("sqlite:") + db.spec.sqlitePath
                                                              : db.spec.toUrl());
    setServerProvisioning(ini, m_pki);
    ini.setValue(QStringLiteral("logging/syslog"), false);
    ini.setValue(QStringLiteral("redirection/polyZtpUrl"), poly.server->baseUrl());
    ini.setValue(QStringLiteral("redirection/yealinkRpsUrl"), yealink.server->baseUrl());
    ini.setValue(QStringLiteral("redirection/caCertificates"), m_pki.path(QStringLiteral("server-ca.pem")));
    return path;
}

bool TestRedirectionServer::start(QProcess &server, const QString &config, const QProcessEnvironment &env,
                                  QByteArray &log)
{
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.setProcessEnvironment(env);
    connect(&server, &QProcess::readyRead, &server, [&] { log += server.readAll(); });
    server.start(QStringLiteral(PHONEDESK_SERVER_BINARY),
                 {QStringLiteral("--config"), config, QStringLiteral("--no-device-control")});
    return server.waitForStarted(10000) &&
        waitFor(
               [&] { return log.contains("listening on 127.0.0.1:") || server.state() != QProcess::Running; },
               30000) &&
        server.state() == QProcess::Running;
}

namespace {
QProcessEnvironment keys(const MockService &poly, const MockService &yealink, const QString &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    env.insert(QString::fromLatin1(RedirectionSettings::PolyZtpKeyVariable), poly.config.key);
    env.insert(QString::fromLatin1(RedirectionSettings::YealinkRpsKeyIdVariable), yealink.config.key);
    env.insert(QString::fromLatin1(RedirectionSettings::YealinkRpsKeySecretVariable), yealink.config.secret);
    return env;
}
} // namespace

void TestRedirectionServer::teamDatabaseServerRegistersAndRemoves()
{
    if (!postgresAvailable()) {
        if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
            QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test cluster is configured");
        QSKIP("phonedesk-server registers phones in PostgreSQL databases (set PHONEDESK_TEST_PG_PORT)");
    }
    QString error;
    TestDatabase db = createDatabase(Backend::Postgres, &error);
    QVERIFY2(db.storage, qPrintable(error));
    fill(*db.storage, 3, 150);
    MockService poly = startMock(m_pki, Flavour::PolyZtp, &error);
    MockService yealink = startMock(m_pki, Flavour::YealinkRps, &error);
    QVERIFY2(poly.server && yealink.server, qPrintable(error));

    QProcess server;
    QByteArray log;
    QVERIFY2(start(server, writeConfig(db, poly, yealink), keys(poly, yealink, db.spec.password), log),
             log.constData());
    QVERIFY2(
        waitFor([&] { return poly.server->devices().size() == 3 && yealink.server->devices().size() == 150; },
                60000),
        log.constData());
    // In the batches each service takes, each phone once.
    QCOMPARE(yealink.server->requestsTo(QStringLiteral("/v2/rps/addDevicesByMac")).size(), 2);
    for (int n : yealink.server->registrations())
        QCOMPARE(n, 1);
    QVERIFY(waitFor([&] {
        auto all = RedirectionRepository(*db.storage).all();
        return all && std::all_of(all->cbegin(), all->cend(), [](const RedirectionRecord &r) {
                   return r.state == RedirectionState::Registered;
               });
    }));
    QVERIFY2(log.contains(
                 QByteArray(QByteArray("redirection poly-ztp: on, at ") + poly.server->baseUrl().toUtf8())),
             log.constData());

    // A console deletes a phone: the server hears of it and removes it from Yealink RPS.
    const Phone gone = *db.storage->phones().findByHardwareId(QStringLiteral("805ec0000004")).value();
    QVERIFY(db.storage->phones().remove({gone.id}));
    QVERIFY2(
        waitFor([&] { return !yealink.server->devices().contains(QStringLiteral("805ec0000004")); }, 60000),
        log.constData());
    QVERIFY(!log.contains("Yealink RPS refused"));

    server.terminate();
    QVERIFY(server.waitForFinished(15000));
    log += server.readAll();
    QVERIFY2(server.exitCode() == 0, log.right(20000).constData()); // a sanitizer's report says why
}

void TestRedirectionServer::sqliteServerLeavesItToTheConsole()
{
    QString error;
    TestDatabase db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(db.storage, qPrintable(error));
    fill(*db.storage, 2, 2);
    MockService poly = startMock(m_pki, Flavour::PolyZtp, &error);
    MockService yealink = startMock(m_pki, Flavour::YealinkRps, &error);
    QVERIFY2(poly.server && yealink.server, qPrintable(error));
    QProcess server;
    QByteArray log;
    QVERIFY2(start(server, writeConfig(db, poly, yealink), keys(poly, yealink, {}), log), log.constData());
    QTest::qWait(1500); // long enough for a worker to have sent its first batch
    QVERIFY(poly.server->requests().isEmpty());
    QVERIFY(yealink.server->requests().isEmpty());
    QVERIFY(RedirectionRepository(*db.storage).all()->isEmpty());
    server.terminate();
    QVERIFY(server.waitForFinished(15000));
}

void TestRedirectionServer::halfAYealinkKeyIsRefused()
{
    QString error;
    TestDatabase db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(db.storage, qPrintable(error));
    MockService poly = startMock(m_pki, Flavour::PolyZtp, &error);
    MockService yealink = startMock(m_pki, Flavour::YealinkRps, &error);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(RedirectionSettings::YealinkRpsKeyIdVariable), QStringLiteral("id-only"));
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.setProcessEnvironment(env);
    server.start(QStringLiteral(PHONEDESK_SERVER_BINARY),
                 {QStringLiteral("--config"), writeConfig(db, poly, yealink), QStringLiteral("--check")});
    QVERIFY(server.waitForFinished(30000));
    const QByteArray out = server.readAll();
    QCOMPARE(server.exitCode(), 1);
    QVERIFY2(out.contains("PHONEDESK_YEALINK_RPS_ACCESS_KEY_SECRET"), out.constData());
}

QTEST_GUILESS_MAIN(TestRedirectionServer)
#include "tst_redirectionserver.moc"
