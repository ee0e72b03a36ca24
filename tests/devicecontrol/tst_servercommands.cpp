// Phone commands in team mode, end to end: phonedesk-cli (an Operator's login) queues them in the
// database, the real phonedesk-server (the server role's login) claims and runs them against a
// simulated fleet on loopback and records each phone's result. A cancel from another process, a
// server killed with SIGKILL in the middle of a restart (another server takes its rows back:
// nothing lost, nothing doubled), and no server at all (a clear refusal, nothing queued).

#include "auditrepository.h"
#include "basesettingsrepository.h"
#include "commandqueue.h"
#include "fleet.h"
#include "phonerepository.h"
#include "processguard.h"
#include "provisioningtestenv.h"
#include "scram.h"
#include "siterepository.h"
#include "storage.h"
#include "teamrepository.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {

const QString Password = QStringLiteral("Commands through the database 1");
constexpr int Phones = 12;

} // namespace

class TestServerCommands final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void restartThroughTheServer();
    void cancelFromAnotherProcess();
    void serverKilledMidCommandLosesNothing();
    void databaseCutMidCommandLosesNothing();
    void noServerIsAClearRefusal();

private:
    using Server = TeamServerProcess;
    std::unique_ptr<Server> startServer();
    void stopServer(Server &server);
    std::unique_ptr<QProcess> startCli(const QStringList &args);
    // Runs the event loop (the fleet answers) until `p` ends or `ms` pass.
    bool finish(QProcess &p, int ms);
    QString url(const QString &login) const;
    int count(const QString &sql);

    TestDatabase m_db;
    TestPki m_pki;
    QString m_operator;
    QString m_serverLogin;
    QList<Id> m_phones;
    std::unique_ptr<PhoneSim::Fleet> m_fleet;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestServerCommands::initTestCase()
{
    if (!postgresAvailable()) {
        if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
            QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test cluster is configured "
                  "(PHONEDESK_TEST_PG_PORT)");
        QSKIP("Team mode needs PostgreSQL (set PHONEDESK_TEST_PG_PORT; scripts/test starts one)");
    }
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
}

void TestServerCommands::init()
{
    QString error;
    m_db = createDatabase(Backend::Postgres, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    m_fleet = std::make_unique<PhoneSim::Fleet>();
    PhoneSim::FleetConfig config;
    config.phones = Phones;
    config.rest = false;
    config.rebootSilenceMs = 5000; // longer than one round of the restart watch (2 s)
    QVERIFY(m_fleet->start(config).ok());

    Storage &s = *m_db.storage;
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    const Id siteId = s.sites().create(site).value().id;
    BaseSettings bs;
    bs.name = QStringLiteral("T54W");
    bs.modelId = QStringLiteral("yealink-t54w");
    const Id bsId = s.baseSettings().create(bs).value().id;
    m_phones.clear();
    for (int i = 0; i < Phones; ++i) {
        Phone p;
        p.name = QStringLiteral("Desk %1").arg(i + 1, 2, 10, QLatin1Char('0'));
        p.category = PhoneCategory::Managed;
        p.siteId = siteId;
        p.baseSettingsId = bsId;
        p.hardwareId = QStringLiteral("805ec0%1").arg(i + 1, 6, 16, QLatin1Char('0'));
        p.networkAddress = m_fleet->sipAddress(i);
        auto created = s.phones().create(p);
        QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));
        m_phones.append(created->id);
    }
    auto setup = s.team().setup();
    QVERIFY2(setup, setup ? "" : qPrintable(setup.error().fullText()));
    m_operator = teamLogin(m_db, QStringLiteral("op"));
    m_serverLogin = teamLogin(m_db, QStringLiteral("srv"));
    QVERIFY(addTeamMember(s, m_operator, TeamRole::Operator, Password));
    QVERIFY(addTeamMember(s, m_serverLogin, TeamRole::Server, Password));
}

void TestServerCommands::cleanup()
{
    m_fleet.reset();
    m_db = TestDatabase();
    m_dir.reset();
}

QString TestServerCommands::url(const QString &login) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(login, m_db.spec.host)
        .arg(m_db.spec.port)
        .arg(m_db.spec.database);
}

int TestServerCommands::count(const QString &sql)
{
    QSqlQuery q(m_db.storage->database());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s failed", qPrintable(sql));
        return -1;
    }
    return q.value(0).toInt();
}

bool TestServerCommands::finish(QProcess &p, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (p.state() != QProcess::NotRunning && clock.elapsed() < ms)
        QTest::qWait(20);
    return p.state() == QProcess::NotRunning;
}

std::unique_ptr<TestServerCommands::Server> TestServerCommands::startServer()
{
    auto server = std::make_unique<Server>();
    static int n = 0;
    if (!server->start(QStringLiteral(PHONEDESK_SERVER_BINARY),
                       m_dir->filePath(QStringLiteral("server%1.conf").arg(++n)), url(m_serverLogin),
                       Password, m_pki))
        return nullptr;
    return server;
}

void TestServerCommands::stopServer(Server &server)
{
    if (server.process->state() == QProcess::Running)
        ::kill(pid_t(server.process->processId()), SIGTERM);
    server.process->waitForFinished(15000);
    server.log += server.process->readAll();
    if (QTest::currentTestFailed())
        qInfo().noquote() << "phonedesk-server's log:\n" << QString::fromUtf8(server.log);
}

std::unique_ptr<QProcess> TestServerCommands::startCli(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), Password);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("cli-config")));
    p->setProcessEnvironment(environment);
    p->start(QStringLiteral(PHONEDESK_CLI_PATH),
             QStringList {QStringLiteral("--database"), url(m_operator)} + args);
    p->waitForStarted(10000);
    return p;
}

namespace {

QHash<Id, QJsonObject> parseResults(const QByteArray &out)
{
    QHash<Id, QJsonObject> byId;
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        byId.insert(Id(o.value(QStringLiteral("id")).toInteger()), o);
    }
    return byId;
}

} // namespace

void TestServerCommands::restartThroughTheServer()
{
    auto server = startServer();
    QVERIFY(server);
    auto cli = startCli({QStringLiteral("phones"), QStringLiteral("restart"), QStringLiteral("--all"),
                         QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(finish(*cli, 120000));
    const QByteArray out = cli->readAllStandardOutput();
    const QString err = QString::fromUtf8(cli->readAllStandardError());
    QVERIFY2(cli->exitCode() == 0, qPrintable(err + QString::fromUtf8(out)));
    const QHash<Id, QJsonObject> results = parseResults(out);
    QCOMPARE(results.size(), Phones);
    for (const Id id : std::as_const(m_phones)) {
        QCOMPARE(results.value(id).value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QVERIFY(!results.value(id).value(QStringLiteral("reason")).toString().isEmpty());
    }
    // Each phone was restarted once, by the server: every row says so.
    for (int i = 0; i < Phones; ++i)
        QCOMPARE(m_fleet->phone(i).reboots, 1);
    QCOMPARE(count(QStringLiteral(
                       "SELECT count(*) FROM command_results WHERE state = 'succeeded' AND server = '%1'")
                       .arg(server->token)),
             Phones);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM commands WHERE state = 'done' AND finished_at IS NOT NULL "
                             "AND requested_by = '%1'")
                  .arg(m_operator)),
        1);
    // The server's login wrote the audit entries, one per phone (the last just after its result).
    QTRY_COMPARE(
        count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'phone.restart' AND actor = '%1' "
                             "AND details LIKE 'succeeded%'")
                  .arg(m_serverLogin)),
        Phones);
    stopServer(*server);
}

void TestServerCommands::cancelFromAnotherProcess()
{
    // Phones that stay away long after a restart: the command is still running when it is cancelled.
    m_fleet.reset();
    m_fleet = std::make_unique<PhoneSim::Fleet>();
    PhoneSim::FleetConfig config;
    config.phones = Phones;
    config.rest = false;
    config.rebootSilenceMs = 120000;
    QVERIFY(m_fleet->start(config).ok());
    auto server = startServer();
    QVERIFY(server);
    auto cli = startCli({QStringLiteral("phones"), QStringLiteral("restart"), QStringLiteral("--all"),
                         QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")});
    QTRY_COMPARE_WITH_TIMEOUT(
        count(QStringLiteral("SELECT count(*) FROM command_results WHERE state = 'running'")), Phones, 30000);
    // The operator cancels from another process (this one, as the console would).
    auto op = Storage::open(asLogin(m_db.spec, m_operator, Password));
    QVERIFY2(op, op ? "" : qPrintable(op.error().fullText()));
    const Id command = Id(count(QStringLiteral("SELECT max(id) FROM commands")));
    QVERIFY(CommandQueue(**op).requestCancel(command).ok());
    QTRY_COMPARE_WITH_TIMEOUT(
        count(QStringLiteral("SELECT count(*) FROM command_results WHERE state = 'cancelled'")), Phones,
        15000);
    QTRY_COMPARE_WITH_TIMEOUT(
        count(QStringLiteral("SELECT count(*) FROM commands WHERE state = 'cancelled'")), 1, 5000);
    QVERIFY(finish(*cli, 30000));
    const QHash<Id, QJsonObject> results = parseResults(cli->readAllStandardOutput());
    QCOMPARE(results.size(), Phones);
    for (const Id id : std::as_const(m_phones))
        QCOMPARE(results.value(id).value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(cli->exitCode(), 1);
    stopServer(*server);
}

void TestServerCommands::serverKilledMidCommandLosesNothing()
{
    auto first = startServer();
    QVERIFY(first);
    auto cli = startCli({QStringLiteral("phones"), QStringLiteral("restart"), QStringLiteral("--all"),
                         QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")});
    // The phones are rebooting (silent for 5 s) when the server dies.
    QTRY_VERIFY_WITH_TIMEOUT(m_fleet->phone(Phones - 1).reboots >= 1, 30000);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM command_results WHERE state = 'running' AND server = '%1'")
                  .arg(first->token)),
        Phones);
    ::kill(pid_t(first->process->processId()), SIGKILL);
    QVERIFY(first->process->waitForFinished(10000));
    // Another server comes up once the phones are back (a rebooting phone answers nothing): it
    // takes the dead server's rows back and restarts the phones again, as nobody recorded them.
    for (int i = 0; i < Phones; ++i)
        QTRY_VERIFY_WITH_TIMEOUT(!m_fleet->phone(i).rebooting, 30000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM command_results WHERE state = 'running'")), Phones);
    auto second = startServer();
    QVERIFY(second);
    QVERIFY(finish(*cli, 120000));
    const QByteArray out = cli->readAllStandardOutput();
    const QString err = QString::fromUtf8(cli->readAllStandardError());
    QVERIFY2(cli->exitCode() == 0, qPrintable(err + QString::fromUtf8(out)));
    const QHash<Id, QJsonObject> results = parseResults(out);
    QCOMPARE(results.size(), Phones);
    for (const Id id : std::as_const(m_phones))
        QCOMPARE(results.value(id).value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    // One row per phone, each finished by the second server; one audit entry per phone.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM command_results")), Phones);
    QCOMPARE(count(QStringLiteral(
                       "SELECT count(*) FROM command_results WHERE state = 'succeeded' AND server = '%1'")
                       .arg(second->token)),
             Phones);
    // The audit entry of the last phone is written just after its result.
    QTRY_COMPARE(count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'phone.restart'")), Phones);
    for (int i = 0; i < Phones; ++i)
        QCOMPARE(m_fleet->phone(i).reboots, 2);
    second->log += second->process->readAll();
    QVERIFY2(second->log.contains("took back 12 phones of a stopped server"), second->log.constData());
    stopServer(*second);
}

void TestServerCommands::databaseCutMidCommandLosesNothing()
{
    // What a restart of PostgreSQL does to the server: every one of its connections ends, and for
    // a while it cannot connect again. The phones come back meanwhile; the results must reach the
    // database afterwards, once each.
    const ConnectionSpec superuser = asLogin(m_db.spec, QStringLiteral("postgres"), {});
    auto server = startServer();
    QVERIFY(server);
    auto cli = startCli({QStringLiteral("phones"), QStringLiteral("restart"), QStringLiteral("--all"),
                         QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")});
    QTRY_VERIFY_WITH_TIMEOUT(m_fleet->phone(Phones - 1).reboots >= 1, 30000);
    PsqlResult cut = psql(superuser,
                          {QStringLiteral("ALTER ROLE \"%1\" NOLOGIN").arg(m_serverLogin),
                           QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                          "WHERE usename = '%1'")
                               .arg(m_serverLogin)});
    QVERIFY2(cut.exitCode == 0, qPrintable(cut.err));
    QVERIFY2(cut.out.trimmed().toInt() >= 2, qPrintable(cut.out)); // at least the main and the commands'
    // Away until every phone is back from its reboot.
    for (int i = 0; i < Phones; ++i)
        QTRY_VERIFY_WITH_TIMEOUT(!m_fleet->phone(i).rebooting, 30000);
    QTest::qWait(3000);
    PsqlResult back = psql(superuser, {QStringLiteral("ALTER ROLE \"%1\" LOGIN").arg(m_serverLogin)});
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));

    QVERIFY(finish(*cli, 120000));
    const QByteArray out = cli->readAllStandardOutput();
    const QString err = QString::fromUtf8(cli->readAllStandardError());
    QVERIFY2(cli->exitCode() == 0, qPrintable(err + QString::fromUtf8(out)));
    const QHash<Id, QJsonObject> results = parseResults(out);
    QCOMPARE(results.size(), Phones);
    for (const Id id : std::as_const(m_phones))
        QCOMPARE(results.value(id).value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    // The same server, the same process: one row per phone, one restart per phone, one entry each.
    QCOMPARE(server->process->state(), QProcess::Running);
    QCOMPARE(count(QStringLiteral(
                       "SELECT count(*) FROM command_results WHERE state = 'succeeded' AND server = '%1'")
                       .arg(server->token)),
             Phones);
    // The activity-log entries wait for the server's main connection, which comes back on its own
    // backoff (up to 30 s between attempts).
    QTRY_COMPARE_WITH_TIMEOUT(
        count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'phone.restart'")), Phones, 45000);
    for (int i = 0; i < Phones; ++i)
        QCOMPARE(m_fleet->phone(i).reboots, 1);
    stopServer(*server);
}

void TestServerCommands::noServerIsAClearRefusal()
{
    auto cli = startCli({QStringLiteral("phones"), QStringLiteral("restart"), QStringLiteral("--all"),
                         QStringLiteral("--yes")});
    QVERIFY(finish(*cli, 30000));
    const QString err = QString::fromUtf8(cli->readAllStandardError());
    QVERIFY2(err.contains(QLatin1String(
                 "No phonedesk-server is running for this database; the command was not sent.")),
             qPrintable(err));
    QVERIFY(cli->exitCode() != 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM commands")), 0);
    int sent = 0;
    for (int i = 0; i < Phones; ++i)
        sent += m_fleet->phone(i).notifies;
    QCOMPARE(sent, 0);
}

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_servercommands.moc"
