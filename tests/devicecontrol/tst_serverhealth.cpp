// phonedesk-server --status against the real binary: the service answers on its loopback health
// endpoint ([health] port=), --status prints what it says (text, or JSON with --format json) and
// exits 0; with the service stopped it exits 4, without an endpoint 1 (and --wait, as the systemd
// unit uses it, 0 at once); while its PostgreSQL database refuses it, 2 and "reconnecting since"
// (skipped without PHONEDESK_TEST_PG_PORT); an endpoint address that is not loopback is refused by
// --check.

#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

class TestServerHealth final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusOfTheRunningService();
    void databaseAwayIsExitTwo();
    void noEndpointConfigured();
    void onlyLoopbackIsAccepted_data();
    void onlyLoopbackIsAccepted();

private:
    QString writeConfig(const QString &name, const QVariantHash &health, const QString &url = {});
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);

    TestDatabase m_db;
};

namespace {
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}
} // namespace

void TestServerHealth::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("openssl is not installed");
    QString error;
    m_db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    QProcess req;
    req.start(QStringLiteral("openssl"),
              {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
               QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
               QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
               QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
               QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"),
               m_db.dir->filePath(QStringLiteral("server.key")), QStringLiteral("-out"),
               m_db.dir->filePath(QStringLiteral("server.pem"))});
    QVERIFY(req.waitForFinished(30000));
    QCOMPARE(req.exitCode(), 0);
}

QString TestServerHealth::writeConfig(const QString &name, const QVariantHash &health, const QString &url)
{
    const QString path = m_db.dir->filePath(name);
    QSettings ini(path, QSettings::IniFormat);
    ini.setValue(QStringLiteral("database/url"),
                 url.isEmpty() ? QString(QStringLiteral("sqlite:") + m_db.spec.sqlitePath) : url);
    ini.setValue(QStringLiteral("provisioning/address"), QStringLiteral("127.0.0.1"));
    ini.setValue(QStringLiteral("provisioning/port"), 0);
    ini.setValue(QStringLiteral("provisioning/certificate"),
                 m_db.dir->filePath(QStringLiteral("server.pem")));
    ini.setValue(QStringLiteral("provisioning/key"), m_db.dir->filePath(QStringLiteral("server.key")));
    ini.setValue(QStringLiteral("provisioning/clientCertificates"), QStringLiteral("off"));
    ini.setValue(QStringLiteral("deviceControl/bindAddress"), QStringLiteral("127.0.0.1"));
    ini.setValue(QStringLiteral("deviceControl/pollInterval"), 1);
    ini.setValue(QStringLiteral("logging/syslog"), false);
    for (auto it = health.cbegin(); it != health.cend(); ++it)
        ini.setValue(QStringLiteral("health/") + it.key(), it.value());
    ini.sync();
    return path;
}

TestServerHealth::Run TestServerHealth::run(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(PHONEDESK_SERVER_BINARY), arguments);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestServerHealth::statusOfTheRunningService()
{
    const quint16 port = freePort();
    const QString config = writeConfig(QStringLiteral("health.conf"), {{QStringLiteral("port"), port}});

    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral(PHONEDESK_SERVER_BINARY), {QStringLiteral("--config"), config});
    QVERIFY(server.waitForStarted(10000));

    // What the systemd unit's ExecStartPost does: wait for the service to answer.
    const Run waited = run({QStringLiteral("--config"), config, QStringLiteral("--status"),
                            QStringLiteral("--wait"), QStringLiteral("30")});
    QVERIFY2(waited.exitCode == 0, waited.err.constData());
    QByteArray log;
    const QByteArray listening =
        QStringLiteral("health endpoint on http://127.0.0.1:%1/status").arg(port).toUtf8();
    QTRY_VERIFY2_WITH_TIMEOUT((log += server.readAll()).contains(listening), log.constData(), 10000);

    // A sweep has finished by now (1 s interval, no phones): wait for the endpoint to say so.
    Run text;
    QTRY_VERIFY_WITH_TIMEOUT((text = run({QStringLiteral("--config"), config, QStringLiteral("--status")}))
                                 .out.contains("ms, 0 phones"),
                             20000);
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QStringLiteral("Database: connected (SQLite ")), qPrintable(out));
    QVERIFY2(
        out.contains(QStringLiteral("Shards: holding 64 of 64, 1 server(s) seen (SQLite: this server holds "
                                    "every shard)")),
        qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Write backlog: status of 0 phone(s), 0 fetch record(s) waiting")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Commands in progress: 0")), qPrintable(out));
    QVERIFY2(
        QRegularExpression(QStringLiteral("Last sweep: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d, \\d+ ms"))
            .match(out)
            .hasMatch(),
        qPrintable(out));

    const Run json = run({QStringLiteral("--config"), config, QStringLiteral("--status"),
                          QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject status = QJsonDocument::fromJson(json.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, json.out.constData());
    QCOMPARE(status.value(QLatin1String("healthy")).toBool(), true);
    QCOMPARE(status.value(QLatin1String("pid")).toInteger(), server.processId());
    QCOMPARE(status.value(QLatin1String("database")).toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("connected"));
    const QJsonObject shards = status.value(QLatin1String("shards")).toObject();
    QCOMPARE(shards.value(QLatin1String("held")).toInt(), 64);
    QCOMPARE(shards.value(QLatin1String("locks")).toString(), QStringLiteral("single"));
    QCOMPARE(status.value(QLatin1String("commands")).toObject().value(QLatin1String("inProgress")).toInt(),
             0);
    const QJsonValue fetchBacklog =
        status.value(QLatin1String("backlog")).toObject().value(QLatin1String("fetchRecords"));
    QVERIFY2(fetchBacklog.isDouble() && fetchBacklog.toInteger() == 0, json.out.constData());
    QVERIFY(
        status.value(QLatin1String("lastSweep")).toObject().value(QLatin1String("finishedAt")).isString());

    // Only GET /status is answered.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /phones HTTP/1.0\r\n\r\n");
    QByteArray reply;
    while (socket.waitForReadyRead(5000))
        reply += socket.readAll();
    QVERIFY2(reply.startsWith("HTTP/1.0 404"), reply.constData());

    ::kill(pid_t(server.processId()), SIGTERM);
    QVERIFY(server.waitForFinished(15000));
    QCOMPARE(server.exitCode(), 0);

    const Run gone = run({QStringLiteral("--config"), config, QStringLiteral("--status")});
    QCOMPARE(gone.exitCode, 4);
    QVERIFY2(gone.err.contains("does not answer"), gone.err.constData());
    QVERIFY(gone.out.isEmpty());
}

void TestServerHealth::databaseAwayIsExitTwo()
{
    if (!postgresAvailable()) {
        if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
            QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test environment is configured");
        QSKIP("no PostgreSQL test environment (PHONEDESK_TEST_PG_PORT)");
    }
    QString error;
    TestDatabase pg = createDatabase(Backend::Postgres, &error);
    QVERIFY2(pg.storage, qPrintable(error));
    const ConnectionSpec &spec = pg.spec;
    const QString url = QStringLiteral("postgresql://%1@%2:%3/%4")
                            .arg(spec.user, spec.host)
                            .arg(spec.port)
                            .arg(spec.database);
    const quint16 port = freePort();
    const QString config = writeConfig(QStringLiteral("pg.conf"), {{QStringLiteral("port"), port}}, url);
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral(PHONEDESK_SERVER_BINARY), {QStringLiteral("--config"), config});
    QVERIFY(server.waitForStarted(10000));
    auto stopServer = qScopeGuard([&server] {
        ::kill(pid_t(server.processId()), SIGTERM);
        server.waitForFinished(15000);
    });
    const Run up = run({QStringLiteral("--config"), config, QStringLiteral("--status"),
                        QStringLiteral("--wait"), QStringLiteral("60")});
    QVERIFY2(up.exitCode == 0, up.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(run({QStringLiteral("--config"), config, QStringLiteral("--status")})
                                 .out.contains("Shards: holding 64 of 64, 1 server(s) seen"),
                             20000);

    // The database refuses this one's connections and ends the open ones: the server reconnects
    // in vain until it is allowed back.
    pg.storage.reset();
    const ConnectionSpec admin = postgresSpec(QStringLiteral("postgres"));
    auto refused =
        psql(admin,
             {QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS false").arg(spec.database),
              QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                             "datname = '%1' AND usename = current_user AND pid <> pg_backend_pid()")
                  .arg(spec.database)});
    QVERIFY2(refused.exitCode == 0, qPrintable(refused.err));
    auto allowBack = qScopeGuard([&] {
        psql(admin, {QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true").arg(spec.database)});
    });
    // Both connections notice (the main one and the shard lock one, each on its own schedule).
    Run away;
    auto bothAway = [&] {
        away = run({QStringLiteral("--config"), config, QStringLiteral("--status")});
        return away.out.contains("lock connection reconnecting") &&
            away.out.contains("Database: reconnecting since ");
    };
    QTRY_VERIFY_WITH_TIMEOUT(bothAway(), 20000);
    QCOMPARE(away.exitCode, 2);
    const Run awayJson = run({QStringLiteral("--config"), config, QStringLiteral("--status"),
                              QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(awayJson.exitCode, 2);
    const QJsonObject status = QJsonDocument::fromJson(awayJson.out).object();
    QCOMPARE(status.value(QLatin1String("healthy")).toBool(true), false);
    QCOMPARE(status.value(QLatin1String("database")).toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("reconnecting"));
    QVERIFY(status.value(QLatin1String("database")).toObject().value(QLatin1String("since")).isString());

    // Allowed back: connected again (the reconnection backoff is at most a few seconds by now).
    allowBack.dismiss();
    auto allowed =
        psql(admin, {QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true").arg(spec.database)});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
    QTRY_VERIFY_WITH_TIMEOUT(
        run({QStringLiteral("--config"), config, QStringLiteral("--status")}).exitCode == 0, 60000);
}

void TestServerHealth::noEndpointConfigured()
{
    const QString config = writeConfig(QStringLiteral("nohealth.conf"), {});
    const Run status = run({QStringLiteral("--config"), config, QStringLiteral("--status")});
    QCOMPARE(status.exitCode, 1);
    QVERIFY2(status.err.contains("[health] port="), status.err.constData());
    // The unit's ExecStartPost does not hold up a service that has no endpoint.
    const Run waited = run({QStringLiteral("--config"), config, QStringLiteral("--status"),
                            QStringLiteral("--wait"), QStringLiteral("5")});
    QCOMPARE(waited.exitCode, 0);
}

void TestServerHealth::onlyLoopbackIsAccepted_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("documentation address") << QStringLiteral("192.0.2.1");
    QTest::newRow("every address") << QStringLiteral("0.0.0.0");
    QTest::newRow("every IPv6 address") << QStringLiteral("::");
    QTest::newRow("not an address") << QStringLiteral("localhost.example");
}

void TestServerHealth::onlyLoopbackIsAccepted()
{
    QFETCH(QString, address);
    const QString config = writeConfig(
        QStringLiteral("bad.conf"), {{QStringLiteral("port"), 8089}, {QStringLiteral("address"), address}});
    const Run check = run({QStringLiteral("--config"), config, QStringLiteral("--check")});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains("health/address") && check.err.contains(address.toUtf8()) &&
                 check.err.contains("loopback"),
             check.err.constData());
    // ::1 and 127.0.0.1 are fine.
    const QString good =
        writeConfig(QStringLiteral("good.conf"),
                    {{QStringLiteral("port"), 8089}, {QStringLiteral("address"), QStringLiteral("::1")}});
    const Run fine = run({QStringLiteral("--config"), good, QStringLiteral("--check")});
    QVERIFY2(fine.exitCode == 0, fine.err.constData());
}

QTEST_GUILESS_MAIN(TestServerHealth)
#include "tst_serverhealth.moc"
