// phonedesk-cli rollout start|list|show|pause|resume|rollback as processes on SQLite and
// PostgreSQL: what it prints, the exit codes scripts rely on, and that a refusal leaves nothing.

#include "basesettingsrepository.h"
#include "firmwarefiles.h"
#include "firmwarerepository.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "statusrepository.h"
#include "storage.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString YealinkName = QStringLiteral("T46U(T43U,T46U,T41U,T48U,T42U,T44U,T44W)-108.86.0.90.rom");

} // namespace

class TestCliRollout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startListPauseResumeShowRollBack();
    void refusalsAndExitCodes();
    void helpForEachCommand();

private:
    Run cli(const QStringList &args);
    qint64 rows(const QString &table);
    Id m_profile = 0;

    Backend m_backend = Backend::Sqlite;
    TestDatabase m_db;
    QString m_url;
    QTemporaryDir m_files;
};

void TestCliRollout::initTestCase()
{
    const QString backend = qEnvironmentVariable("PHONEDESK_TEST_BACKEND", QStringLiteral("sqlite"));
    m_backend = backend == QLatin1String("postgres") ? Backend::Postgres : Backend::Sqlite;
    if (m_backend == Backend::Postgres && !postgresAvailable()) {
        if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
            QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test cluster is configured "
                  "(PHONEDESK_TEST_PG_PORT)");
        QSKIP("No PostgreSQL test cluster (set PHONEDESK_TEST_PG_PORT; scripts/test starts one)");
    }
    QVERIFY(QFile::exists(QStringLiteral(PHONEDESK_CLI_PATH)));
    QVERIFY(m_files.isValid());
}

void TestCliRollout::init()
{
    QString error;
    m_db = createDatabase(m_backend, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    const ConnectionSpec &spec = m_db.spec;
    m_url = spec.kind == ConnectionSpec::Kind::Sqlite ? QStringLiteral("sqlite:") + spec.sqlitePath
                                                      : QStringLiteral("postgresql://%1@%2:%3/%4")
                                                            .arg(spec.user, spec.host)
                                                            .arg(spec.port)
                                                            .arg(spec.database);
    Storage &s = *m_db.storage;
    s.setActor(QStringLiteral("tester"), Role::Administrator);
    quint32 seed = 5;
    for (const char *version : {"108.86.0.80", "108.86.0.90"}) {
        const QString path = writeFile(
            m_files.path(),
            QStringLiteral("T46U(T43U,T46U,T41U,T48U,T42U,T44U,T44W)-%1.rom").arg(QLatin1String(version)),
            binaryImage(3000, seed++));
        auto added = FirmwareRepository(s).add({path, std::nullopt, {}, {}});
        QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
    }
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.net"), 5061, SipTransport::Tls};
    auto berlin = s.sites().create(site);
    QVERIFY2(berlin, berlin ? "" : qPrintable(berlin.error().fullText()));
    BaseSettings bs;
    bs.name = QStringLiteral("Front desk");
    bs.modelId = QStringLiteral("yealink-t46u");
    bs.values = {{QStringLiteral("provisioning.firmwarePolicy"), QStringLiteral("automatic")},
                 {QStringLiteral("provisioning.firmwareVersion"), QStringLiteral("108.86.0.80")}};
    auto profile = s.baseSettings().create(bs);
    QVERIFY2(profile, profile ? "" : qPrintable(profile.error().fullText()));
    m_profile = profile->id;
    for (int i = 0; i < 5; ++i) {
        Phone p;
        p.name = QStringLiteral("Desk %1").arg(i);
        p.category = PhoneCategory::Managed;
        p.baseSettingsId = m_profile;
        p.siteId = berlin->id;
        p.hardwareId = QStringLiteral("805ec000010%1").arg(i);
        QVERIFY(s.phones().create(p));
    }
}

void TestCliRollout::cleanup()
{
    m_db = TestDatabase();
}

Run TestCliRollout::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PHONEDESK_CLI_PATH), QStringList {QStringLiteral("--database"), m_url} + args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

qint64 TestCliRollout::rows(const QString &table)
{
    QSqlQuery q(m_db.storage->database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestCliRollout::startListPauseResumeShowRollBack()
{
    Run started =
        cli({QStringLiteral("rollout"), QStringLiteral("start"), QStringLiteral("--base-settings"),
             QStringLiteral("front desk"), QStringLiteral("--version"), QStringLiteral("108.86.0.90"),
             QStringLiteral("--sites"), QStringLiteral("Berlin"), QStringLiteral("--max"),
             QStringLiteral("2"), QStringLiteral("--window"), QStringLiteral("22:00-06:00")});
    QVERIFY2(started.exitCode == 0, qPrintable(started.err));
    QCOMPARE(started.out.trimmed(),
             QStringLiteral("Started rollout #1: 5 phones of \"Front desk\" to 108.86.0.90, 2 at once."));
    QCOMPARE(rows(QStringLiteral("phone_firmware_pins")), 5);

    Run listed = cli({QStringLiteral("rollout"), QStringLiteral("list"), QStringLiteral("--format"),
                      QStringLiteral("json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject r = array.first().toObject();
    QCOMPARE(r.value(QStringLiteral("from")).toString(), QStringLiteral("108.86.0.80"));
    QCOMPARE(r.value(QStringLiteral("to")).toString(), QStringLiteral("108.86.0.90"));
    QCOMPARE(r.value(QStringLiteral("window")).toString(), QStringLiteral("22:00-06:00"));
    QCOMPARE(r.value(QStringLiteral("waiting")).toInt(), 5);
    QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("running"));

    QCOMPARE(cli({QStringLiteral("rollout"), QStringLiteral("pause"), QStringLiteral("1")}).exitCode, 0);
    Run again = cli({QStringLiteral("rollout"), QStringLiteral("pause"), QStringLiteral("1")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("is paused, not running")), qPrintable(again.err));
    Run resumed = cli({QStringLiteral("rollout"), QStringLiteral("resume"), QStringLiteral("1")});
    QCOMPARE(resumed.exitCode, 0);
    QCOMPARE(resumed.out.trimmed(), QStringLiteral("Resumed rollout #1."));

    Run shown = cli({QStringLiteral("rollout"), QStringLiteral("show"), QStringLiteral("1")});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QVERIFY2(shown.out.contains(QLatin1String("Desk 4")) && shown.out.contains(QLatin1String("Waiting")),
             qPrintable(shown.out));

    Run back = cli({QStringLiteral("rollout"), QStringLiteral("rollback"), QStringLiteral("1")});
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
    QCOMPARE(
        back.out.trimmed(),
        QStringLiteral("Stopped rollout #1 before any phone moved; \"Front desk\" names 108.86.0.80 again."));
    QCOMPARE(rows(QStringLiteral("phone_firmware_pins")), 0);
}

void TestCliRollout::refusalsAndExitCodes()
{
    const QStringList start {QStringLiteral("rollout"), QStringLiteral("start"),
                             QStringLiteral("--base-settings"), QString::number(m_profile),
                             QStringLiteral("--version")};
    Run unknown = cli(start + QStringList {QStringLiteral("108.86.0.99")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QLatin1String("108.86.0.99")), qPrintable(unknown.err));
    Run window =
        cli(start +
            QStringList {QStringLiteral("108.86.0.90"), QStringLiteral("--window"), QStringLiteral("late")});
    QCOMPARE(window.exitCode, 2);
    QVERIFY2(window.err.contains(QLatin1String("--window")), qPrintable(window.err));
    Run two = cli(start +
                  QStringList {QStringLiteral("108.86.0.90"), QStringLiteral("--sites"),
                               QStringLiteral("Berlin"), QStringLiteral("--percent"), QStringLiteral("50")});
    QCOMPARE(two.exitCode, 2);
    Run noSite =
        cli(start +
            QStringList {QStringLiteral("108.86.0.90"), QStringLiteral("--sites"), QStringLiteral("Paris")});
    QCOMPARE(noSite.exitCode, 2);
    QVERIFY2(noSite.err.contains(QLatin1String("\"Paris\"")), qPrintable(noSite.err));
    Run limit = cli(
        start + QStringList {QStringLiteral("108.86.0.90"), QStringLiteral("--max"), QStringLiteral("0")});
    QCOMPARE(limit.exitCode, 1);
    QVERIFY2(limit.err.contains(QLatin1String("at once")), qPrintable(limit.err));
    Run noProfile =
        cli({QStringLiteral("rollout"), QStringLiteral("start"), QStringLiteral("--base-settings"),
             QStringLiteral("Lobby"), QStringLiteral("--version"), QStringLiteral("108.86.0.90")});
    QCOMPARE(noProfile.exitCode, 2);
    QCOMPARE(cli({QStringLiteral("rollout"), QStringLiteral("pause"), QStringLiteral("x")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("rollout"), QStringLiteral("show"), QStringLiteral("7")}).exitCode, 2);
    QCOMPARE(rows(QStringLiteral("firmware_rollouts")), 0);
    QCOMPARE(rows(QStringLiteral("phone_firmware_pins")), 0);
}

void TestCliRollout::helpForEachCommand()
{
    for (const char *command : {"start", "list", "show", "pause", "resume", "rollback"}) {
        Run help = cli({QStringLiteral("rollout"), QLatin1String(command), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("rollout ") + QLatin1String(command)),
                 qPrintable(help.out));
    }
}

QTEST_GUILESS_MAIN(TestCliRollout)
#include "tst_clirollout.moc"
