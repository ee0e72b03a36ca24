// phonedesk-cli in a team database (PostgreSQL): db setup-team and team add/list/set-role/
// set-sites/remove as the owner and an administrator run them (passwords from a file or standard
// input), and what the database's role and site scope mean for the phone commands: an Operator
// for Berlin cannot restart a London phone, and --role administrator is refused for an Operator.
// The phones are a simulated fleet on loopback.

#include "auditrepository.h"
#include "basesettingsrepository.h"
#include "fleet.h"
#include "phonerepository.h"
#include "provisioningtestenv.h"
#include "scram.h"
#include "siterepository.h"
#include "teamrepository.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

const QString AdminPassword = QStringLiteral("admin password 1");
const QString OperatorPassword = QStringLiteral("operator password 1");
} // namespace

class TestCliTeam final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void setupAndPeople();
    void passwordsNeverFromTheCommandLine();
    void passwordTypedAtTheTerminalIsNotEchoed();
    void roleComesFromTheDatabase();
    void operatorForBerlinCannotRestartLondon();

private:
    // Runs the CLI as `login` (empty: the owner) while this event loop serves the fleet.
    Run cli(const QString &login, const QString &password, const QStringList &args,
            const QByteArray &input = {});
    QString url(const QString &login) const;
    QString passwordFile(const QString &password);
    // In a team database Operators' commands run in phonedesk-server: one is started (once) with
    // a server-role login of its own.
    bool ensureServer();

    TestDatabase m_db;
    QTemporaryDir m_dir;
    std::unique_ptr<PhoneSim::Fleet> m_fleet;
    Id m_berlin[2] = {};
    Id m_london[2] = {};
    QString m_admin;
    QString m_operator;
    QString m_serverLogin;
    int m_files = 0;
    TestPki m_pki;
    std::unique_ptr<TeamServerProcess> m_server;
};

void TestCliTeam::initTestCase()
{
    if (!postgresAvailable()) {
        if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
            QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test cluster is configured "
                  "(PHONEDESK_TEST_PG_PORT)");
        QSKIP("Team mode needs PostgreSQL (set PHONEDESK_TEST_PG_PORT; scripts/test starts one)");
    }
    QVERIFY(QFile::exists(QStringLiteral(PHONEDESK_CLI_PATH)));
    QString error;
    m_db = createDatabase(Backend::Postgres, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    Storage &s = *m_db.storage;
    m_fleet = std::make_unique<PhoneSim::Fleet>();
    PhoneSim::FleetConfig config;
    config.phones = 4;
    config.rest = false;
    QVERIFY(m_fleet->start(config).ok());

    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    const Id berlin = s.sites().create(site)->id;
    site.name = QStringLiteral("London");
    const Id london = s.sites().create(site)->id;
    const Id yealink =
        s.baseSettings().create({0, QStringLiteral("T54W"), QStringLiteral("yealink-t54w"), {}, {}, 1})->id;
    for (int i = 0; i < 4; ++i) {
        Phone p;
        p.name = QStringLiteral("%1 %2")
                     .arg(i < 2 ? QStringLiteral("Berlin") : QStringLiteral("London"))
                     .arg(i % 2 + 1);
        p.category = PhoneCategory::Managed;
        p.baseSettingsId = yealink;
        p.siteId = i < 2 ? berlin : london;
        p.hardwareId = QStringLiteral("805ec000000%1").arg(i + 1);
        p.networkAddress = m_fleet->sipAddress(i);
        auto created = s.phones().create(p);
        QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));
        // Through a pointer: GCC 12 with -fsanitize=undefined loses the store when an element of
        // `(c ? arrayA : arrayB)[i]` is assigned (the asan preset's build left m_london[0] at 0).
        Id *site = i < 2 ? m_berlin : m_london;
        site[i % 2] = created->id;
    }
    m_admin = teamLogin(m_db, QStringLiteral("anna"));
    m_operator = teamLogin(m_db, QStringLiteral("berlin_helpdesk"));
}

void TestCliTeam::cleanupTestCase()
{
    m_server.reset();
    m_fleet.reset();
    m_db = TestDatabase();
}

bool TestCliTeam::ensureServer()
{
    if (m_server)
        return true;
    QString error;
    if (!m_pki.create(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    static const QString password = QStringLiteral("server-secret-1");
    m_serverLogin = teamLogin(m_db, QStringLiteral("srv"));
    if (!addTeamMember(*m_db.storage, m_serverLogin, TeamRole::Server, password, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    auto started = std::make_unique<TeamServerProcess>();
    if (!started->start(QStringLiteral(PHONEDESK_SERVER_BINARY),
                        m_dir.filePath(QStringLiteral("server.conf")), url(m_serverLogin), password, m_pki))
        return false;
    m_server = std::move(started);
    return true;
}

QString TestCliTeam::url(const QString &login) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(login.isEmpty() ? m_db.spec.user : login, m_db.spec.host)
        .arg(m_db.spec.port)
        .arg(m_db.spec.database);
}

QString TestCliTeam::passwordFile(const QString &password)
{
    const QString path = m_dir.filePath(QStringLiteral("password-%1").arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        qFatal("cannot write %s", qPrintable(path));
    f.write(password.toUtf8() + '\n');
    return path;
}

Run TestCliTeam::cli(const QString &login, const QString &password, const QStringList &args,
                     const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), login.isEmpty() ? m_db.spec.password : password);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    QEventLoop loop;
    connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(PHONEDESK_CLI_PATH),
            QStringList {QStringLiteral("--database"), url(login)} + args);
    if (p.waitForStarted()) {
        p.write(input);
        p.closeWriteChannel();
    }
    loop.exec();
    Run r;
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        qWarning("phonedesk-cli did not finish in time");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestCliTeam::setupAndPeople()
{
    const QString owner;
    Run r = cli(owner, {}, {QStringLiteral("db"), QStringLiteral("setup-team")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QByteArray(m_db.spec.database.toUtf8() + "_operator (created)")),
             r.out.constData());
    r = cli(owner, {}, {QStringLiteral("db"), QStringLiteral("setup-team")}); // idempotent
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(!r.out.contains("(created)"), r.out.constData());

    // The owner adds the first administrator (password from a file), who adds the helpdesk.
    r = cli(owner, {},
            {QStringLiteral("team"), QStringLiteral("add"), m_admin, QStringLiteral("--role"),
             QStringLiteral("administrator"), QStringLiteral("--password-file"),
             passwordFile(AdminPassword)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("created"), r.out.constData());
    r = cli(m_admin, AdminPassword,
            {QStringLiteral("team"), QStringLiteral("add"), m_operator, QStringLiteral("--role"),
             QStringLiteral("editor"), QStringLiteral("--site"), QStringLiteral("berlin"),
             QStringLiteral("--password-file"), QStringLiteral("-")},
            OperatorPassword.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(m_admin, AdminPassword,
            {QStringLiteral("team"), QStringLiteral("set-role"), m_operator, QStringLiteral("operator")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString viewer = teamLogin(m_db, QStringLiteral("victor"));
    r = cli(m_admin, AdminPassword,
            {QStringLiteral("team"), QStringLiteral("add"), viewer, QStringLiteral("--role"),
             QStringLiteral("viewer"), QStringLiteral("--no-password")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(m_admin, AdminPassword,
            {QStringLiteral("team"), QStringLiteral("set-sites"), viewer, QStringLiteral("--site"),
             QStringLiteral("London")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = cli(
        m_admin, AdminPassword,
        {QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QHash<QString, QJsonObject> members;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        members.insert(v.toObject().value(QStringLiteral("login")).toString(), v.toObject());
    QCOMPARE(members.size(), 3);
    QCOMPARE(members.value(m_admin).value(QStringLiteral("role")).toString(),
             QStringLiteral("administrator"));
    QVERIFY(members.value(m_admin).value(QStringLiteral("sites")).isNull());
    QCOMPARE(members.value(m_operator).value(QStringLiteral("role")).toString(), QStringLiteral("operator"));
    QCOMPARE(members.value(m_operator).value(QStringLiteral("sites")).toArray(),
             QJsonArray {QStringLiteral("Berlin")});
    QCOMPARE(members.value(viewer).value(QStringLiteral("sites")).toArray(),
             QJsonArray {QStringLiteral("London")});

    r = cli(
        m_admin, AdminPassword,
        {QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith("login,role,sites,can_login\n") &&
                 r.out.contains(QByteArray(m_operator.toUtf8() + ",operator,Berlin,yes\n")) &&
                 r.out.contains(QByteArray(m_admin.toUtf8() + ",administrator,*,yes\n")),
             r.out.constData());

    // Only administrators manage the team, only the owner sets it up.
    r = cli(m_operator, OperatorPassword, {QStringLiteral("team"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("may not list the team")) &&
                 r.err.contains(displayName(Role::Operator)),
             qPrintable(r.err));
    r = cli(m_admin, AdminPassword, {QStringLiteral("db"), QStringLiteral("setup-team")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("owner")), qPrintable(r.err));
    r = cli(m_admin, AdminPassword,
            {QStringLiteral("team"), QStringLiteral("set-sites"), m_admin, QStringLiteral("--site"),
             QStringLiteral("Berlin")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("not limited to sites")), qPrintable(r.err));
    r = cli(m_admin, AdminPassword, {QStringLiteral("team"), QStringLiteral("remove"), viewer});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("dropped"), r.out.constData());
    r = cli(m_admin, AdminPassword, {QStringLiteral("team"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0 && !r.out.contains(viewer.toUtf8()), r.out.constData());
}

void TestCliTeam::passwordsNeverFromTheCommandLine()
{
    const QString login = teamLogin(m_db, QStringLiteral("nopass"));
    // No password option and standard input is no terminal: nothing is created.
    Run r = cli({}, {},
                {QStringLiteral("team"), QStringLiteral("add"), login, QStringLiteral("--role"),
                 QStringLiteral("viewer")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--password-file")), qPrintable(r.err));
    r = cli({}, {},
            {QStringLiteral("team"), QStringLiteral("add"), login, QStringLiteral("--role"),
             QStringLiteral("viewer"), QStringLiteral("--password-file"),
             passwordFile(QStringLiteral("short"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("8 characters")), qPrintable(r.err));
    r = cli({}, {},
            {QStringLiteral("team"), QStringLiteral("add"), login, QStringLiteral("--role"),
             QStringLiteral("viewer"), QStringLiteral("--password"),
             QStringLiteral("secret-on-the-command-line")});
    QCOMPARE(r.exitCode, 2); // no such option
    r = cli({}, {}, {QStringLiteral("team"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0 && !r.out.contains(login.toUtf8()), r.out.constData());
}

// At a terminal (a pseudo-terminal made by script(1)) the password is asked for twice, and what
// is typed does not appear on the screen; the login then works with it.
void TestCliTeam::passwordTypedAtTheTerminalIsNotEchoed()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("script(1) from util-linux is not installed");
    const QString login = teamLogin(m_db, QStringLiteral("typed"));
    const QString typed = QStringLiteral("typed at the desk 7");
    const QString command = QStringLiteral("%1 --database %2 team add %3 --role viewer")
                                .arg(QStringLiteral(PHONEDESK_CLI_PATH), url({}), login);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), m_db.spec.password);
    p.setProcessEnvironment(env);
    QByteArray screen;
    int answered = 0;
    QEventLoop loop;
    connect(&p, &QProcess::readyReadStandardOutput, &loop, [&] {
        screen += p.readAllStandardOutput();
        // Each answer once its prompt is on the screen: the CLI turns echo off (dropping what was
        // typed ahead) before it shows the prompt.
        const int prompts = int(screen.count("Password for"));
        if (prompts > answered) {
            QTimer::singleShot(50, &loop, [&] { p.write(typed.toUtf8() + '\n'); });
            answered = prompts;
        }
    });
    connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    p.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    loop.exec();
    screen += p.readAllStandardOutput();
    QCOMPARE(p.state(), QProcess::NotRunning);
    QVERIFY2(p.exitCode() == 0, screen.constData());
    QCOMPARE(int(screen.count("Password for")), 2);
    QVERIFY2(!screen.contains(typed.toUtf8()), screen.constData());
    auto opened = Storage::open(asLogin(m_db.spec, login, typed));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().fullText()));
    QCOMPARE((*opened)->role(), Role::Viewer);
}

void TestCliTeam::roleComesFromTheDatabase()
{
    // The Operator asks for more than the database gives: refused, before anything is done.
    Run r = cli(m_operator, OperatorPassword,
                {QStringLiteral("--role"), QStringLiteral("administrator"), QStringLiteral("phones"),
                 QStringLiteral("list")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("is Operator")) &&
                 r.err.contains(QLatin1String("--role administrator refused")),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // Lower is fine: as a Viewer the same login may not send commands.
    r = cli(m_operator, OperatorPassword,
            {QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("phones"),
             QStringLiteral("resync"), QStringLiteral("--id"), QString::number(m_berlin[0])});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(displayName(Role::Viewer)), qPrintable(r.err));
    // Device secrets (and the SIP passwords derived from them) stay with administrators.
    r = cli(m_operator, OperatorPassword, {QStringLiteral("phones"), QStringLiteral("credentials")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    // The actor is the login, whatever --actor says: the command's requester, and the server that
    // ran it says for whom.
    QVERIFY(ensureServer());
    r = cli(m_operator, OperatorPassword,
            {QStringLiteral("--actor"), QStringLiteral("somebody else"), QStringLiteral("phones"),
             QStringLiteral("resync"), QStringLiteral("--id"), QString::number(m_berlin[0]),
             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--actor is ignored")), qPrintable(r.err));
    AuditQuery q;
    q.action = QStringLiteral("phone.resync");
    auto entries = m_db.storage->audit().query(q);
    QVERIFY(entries && !entries->isEmpty());
    QCOMPARE(entries->first().actor, m_serverLogin);
    QVERIFY2(entries->first().details.endsWith(QStringLiteral("(requested by %1)").arg(m_operator)),
             qPrintable(entries->first().details));
    QSqlQuery requested(m_db.storage->database());
    QVERIFY(requested.exec(QStringLiteral("SELECT DISTINCT requested_by FROM commands")));
    QVERIFY(requested.next());
    QCOMPARE(requested.value(0).toString(), m_operator);
    QVERIFY(!requested.next());
}

void TestCliTeam::operatorForBerlinCannotRestartLondon()
{
    // The Operator sees the Berlin phones only.
    Run r = cli(m_operator, OperatorPassword,
                {QStringLiteral("phones"), QStringLiteral("list"), QStringLiteral("--format"),
                 QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QSet<Id> listed;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        listed.insert(v.toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(listed, (QSet<Id> {m_berlin[0], m_berlin[1]}));

    QVERIFY(ensureServer());
    const int londonNotifies = m_fleet->phone(2).notifies;
    r = cli(m_operator, OperatorPassword,
            {QStringLiteral("phones"), QStringLiteral("restart"), QStringLiteral("--id"),
             QString::number(m_london[0]), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("at your sites (Berlin)")), qPrintable(r.err));
    r = cli(m_operator, OperatorPassword,
            {QStringLiteral("phones"), QStringLiteral("restart"), QStringLiteral("--site"),
             QStringLiteral("London"), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 2);
    // --all is every phone the Operator may touch: Berlin's.
    r = cli(m_operator, OperatorPassword,
            {QStringLiteral("phones"), QStringLiteral("resync"), QStringLiteral("--all"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
    QCOMPARE(m_fleet->phone(2).notifies, londonNotifies);
    QCOMPARE(m_fleet->phone(3).notifies, 0);
    QVERIFY(m_fleet->phone(0).notifies >= 1);
    AuditQuery q;
    q.entityType = QStringLiteral("phone");
    q.entityId = m_london[0];
    const QList<AuditEntry> london = m_db.storage->audit().query(q).value();
    for (const AuditEntry &e : london)
        QVERIFY2(e.actor != m_operator && !e.details.contains(m_operator), qPrintable(e.action));
}

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cliteam.moc"
