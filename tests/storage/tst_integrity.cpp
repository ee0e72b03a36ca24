// A database with damaged pages further in opens as if nothing were wrong. The integrity check
// (IntegrityCheck, `phonedesk-cli db check` and `db info`, `phonedesk-server --check`) says exactly
// what is wrong and ends with exit code 3, and reading phones from it is an error, never a short
// list. On PostgreSQL, the check looks for the tables and reads each one to its end.

#include "demodata.h"
#include "integritycheck.h"
#include "phonerepository.h"
#include "storage.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProcess(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
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

QByteArray garbage(int size)
{
    QByteArray junk(size, '\0');
    for (int i = 0; i < size; ++i)
        junk[i] = char((i * 7919) % 251);
    return junk;
}

const QString SqliteChecked = QStringLiteral(
    "PRAGMA integrity_check (every page, index and constraint), every table present, schema version");
const QString PostgresChecked =
    QStringLiteral("every table present and readable to the last row, schema version");
const QString Restore =
    QStringLiteral("Stop using it and restore it from a backup (PhoneDesk keeps one next to an "
                   "SQLite file before each upgrade, as <file>.schemaN.bak).");

} // namespace

class TestIntegrity final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void intactDatabase();
    void overwrittenPagesAreFound();
    void cliDbCheck();
    void cliDbInfo();
    void cliPhonesListIsNotAShortList();
    void serverCheck();
    void tooDamagedToOpen();
    void missingTable();
    void schemaVersionRows();
    void manyProblemsShowTheFirstLines();

private:
    bool sqlite() const { return m_backend == Backend::Sqlite; }
    QString url() const;
    // Overwrites three leaf pages of the phones table (SQLite) with garbage; returns their numbers.
    QList<int> overwritePhonePages();
    Run cli(const QStringList &args)
    {
        return runProcess(QStringLiteral(PHONEDESK_CLI_PATH),
                          QStringList {QStringLiteral("--database"), url()} + args);
    }
    Run server();
    QString damagedText(const QStringList &problems, const QString &checked) const;

    Backend m_backend = Backend::Sqlite;
    TestDatabase m_db;
    qsizetype m_phones = 0;
};

void TestIntegrity::initTestCase()
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
}

void TestIntegrity::init()
{
    QString error;
    m_db = createDatabase(m_backend, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    m_db.storage->setActor(QStringLiteral("tester"), Role::Administrator);
    DemoOptions options;
    options.managedPhones = 200;
    QVERIFY(populateDemoData(*m_db.storage, options));
    auto rows = m_db.storage->phones().list();
    QVERIFY(rows);
    m_phones = rows->size();
    if (sqlite()) {
        // Everything in the main file, nothing in the WAL: the pages overwritten are the real ones.
        QSqlQuery q(m_db.storage->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
}

void TestIntegrity::cleanup()
{
    m_db = TestDatabase();
}

QString TestIntegrity::url() const
{
    const ConnectionSpec &spec = m_db.spec;
    return spec.kind == ConnectionSpec::Kind::Sqlite ? QStringLiteral("sqlite:") + spec.sqlitePath
                                                     : QStringLiteral("postgresql://%1@%2:%3/%4")
                                                           .arg(spec.user, spec.host)
                                                           .arg(spec.port)
                                                           .arg(spec.database);
}

QList<int> TestIntegrity::overwritePhonePages()
{
    QList<int> pages;
    int root = 0;
    {
        QSqlQuery q(m_db.storage->database());
        if (!q.exec(QStringLiteral(
                "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'phones'")) ||
            !q.next())
            return pages;
        root = q.value(0).toInt();
    }
    m_db.storage.reset(); // the file is closed while it is damaged
    QFile file(m_db.spec.sqlitePath);
    if (!file.open(QIODevice::ReadWrite))
        return pages;
    const QByteArray header = file.read(100);
    const int pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    // The root of the phones table is an interior page (0x05): 12-byte header (its last 4 bytes
    // the right-most child), then the cell pointers, each cell starting with a 4-byte child page.
    file.seek(qint64(root - 1) * pageSize);
    const QByteArray page = file.read(pageSize);
    if (page.at(0) != 0x05)
        return pages;
    const int cells = qFromBigEndian<quint16>(page.constData() + 3);
    QList<int> children;
    for (int i = 0; i < cells; ++i) {
        const int cell = qFromBigEndian<quint16>(page.constData() + 12 + 2 * i);
        children.append(int(qFromBigEndian<quint32>(page.constData() + cell)));
    }
    children.append(int(qFromBigEndian<quint32>(page.constData() + 8)));
    if (children.size() < 3)
        return pages;
    // The first, one in the middle and the last: a read of the whole table meets the damage
    // after it has returned phones.
    pages = {children.at(1), children.at(children.size() / 2), children.constLast()};
    for (const int number : std::as_const(pages)) {
        file.seek(qint64(number - 1) * pageSize);
        file.write(garbage(pageSize));
    }
    file.close();
    return pages;
}

Run TestIntegrity::server()
{
#ifdef PHONEDESK_SERVER_PATH
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("server.conf"));
    // A valid configuration (a real certificate, Digest), so that --check gets to the database.
    const QString certificate = dir.filePath(QStringLiteral("server.pem"));
    const QString key = dir.filePath(QStringLiteral("server.key"));
    const Run openssl = runProcess(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-subj"), QStringLiteral("/CN=prov.example.com"), QStringLiteral("-days"),
         QStringLiteral("2"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate});
    if (openssl.exitCode != 0)
        qWarning("openssl: %s", qPrintable(openssl.err));
    {
        QSettings ini(config, QSettings::IniFormat);
        ini.setValue(QStringLiteral("database/url"), url());
        ini.setValue(QStringLiteral("logging/syslog"), false);
        ini.setValue(QStringLiteral("provisioning/certificate"), certificate);
        ini.setValue(QStringLiteral("provisioning/key"), key);
        ini.setValue(QStringLiteral("provisioning/clientCertificates"), QStringLiteral("off"));
        ini.setValue(QStringLiteral("provisioning/digest"), true);
    }
    return runProcess(QStringLiteral(PHONEDESK_SERVER_PATH),
                      {QStringLiteral("--config"), config, QStringLiteral("--check")});
#else
    return {};
#endif
}

QString TestIntegrity::damagedText(const QStringList &problems, const QString &checked) const
{
    QString text = QStringLiteral("%1 is damaged. Problems found: %2 (checked: %3).\nProblems:")
                       .arg(m_db.spec.describe(), QString::number(problems.size()), checked);
    for (const QString &p : problems)
        text += QStringLiteral("\n  ") + p;
    return text + u'\n' + Restore;
}

void TestIntegrity::intactDatabase()
{
    auto report = IntegrityCheck::run(*m_db.storage);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().fullText()));
    QVERIFY(report->ok);
    QCOMPARE(report->problemCount, 0);
    QCOMPARE(report->checked, sqlite() ? SqliteChecked : PostgresChecked);
    m_db.storage.reset();
    const Run check = cli({QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(check.err, QString());
    QCOMPARE(check.out,
             QStringLiteral("%1 is intact (checked: %2).\n")
                 .arg(m_db.spec.describe(), sqlite() ? SqliteChecked : PostgresChecked));
    QCOMPARE(check.exitCode, 0);
}

void TestIntegrity::overwrittenPagesAreFound()
{
    if (!sqlite())
        QSKIP("Page damage is an SQLite file's; PostgreSQL keeps its own files");
    const QList<int> pages = overwritePhonePages();
    QCOMPARE(pages.size(), 3);
    auto storage = Storage::open(m_db.spec);
    QVERIFY2(storage, "the damage is further in: the file opens");
    auto report = IntegrityCheck::run(**storage);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().fullText()));
    QVERIFY(!report->ok);
    QCOMPARE(report->problemCount, 3);
    QSet<QString> expected;
    for (const int page : pages)
        expected.insert(QStringLiteral("Page %1: btreeInitPage() returns error code 11").arg(page));
    QCOMPARE(QSet<QString>(report->firstProblems.cbegin(), report->firstProblems.cend()), expected);

    // Reading the phones meets the damage: an error that says so, not the phones before it.
    auto rows = (*storage)->phones().list();
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, Error::Code::Damaged);
    QVERIFY2(
        rows.error().message.startsWith(QStringLiteral("Could not finish reading the database: the database "
                                                       "file is damaged (")),
        qPrintable(rows.error().message));
    QVERIFY2(rows.error().message.endsWith(QStringLiteral("). Restore it from a backup.")),
             qPrintable(rows.error().message));
    auto all = (*storage)->phones().getAll();
    QVERIFY(!all);
    QCOMPARE(all.error().code, Error::Code::Damaged);
}

void TestIntegrity::cliDbCheck()
{
    if (!sqlite())
        QSKIP("Page damage is an SQLite file's (missingTable covers PostgreSQL)");
    const QList<int> pages = overwritePhonePages();
    QCOMPARE(pages.size(), 3);
    const Run check = cli({QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(check.exitCode, 3);
    QCOMPARE(check.out, QString());
    // integrity_check names the pages from the last to the first.
    QList<int> sorted = pages;
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    QStringList problems;
    for (const int page : std::as_const(sorted))
        problems.append(QStringLiteral("Page %1: btreeInitPage() returns error code 11").arg(page));
    QCOMPARE(check.err, QStringLiteral("phonedesk-cli: ") + damagedText(problems, SqliteChecked) + u'\n');
}

void TestIntegrity::cliDbInfo()
{
    if (!sqlite())
        QSKIP("Page damage is an SQLite file's (missingTable covers PostgreSQL)");
    QCOMPARE(overwritePhonePages().size(), 3);
    const Run info = cli({QStringLiteral("db"), QStringLiteral("info")});
    QCOMPARE(info.exitCode, 3);
    QVERIFY2(info.out.startsWith(QStringLiteral("Database: %1\nSchema version: %2\n")
                                     .arg(m_db.spec.describe())
                                     .arg(Storage::latestSchemaVersion())),
             qPrintable(info.out));
    QVERIFY2(!info.out.contains(QStringLiteral("intact")), qPrintable(info.out));
    QVERIFY2(info.err.contains(QStringLiteral(" is damaged. Problems found: 3 (checked: ") + SqliteChecked),
             qPrintable(info.err));
    QVERIFY2(info.err.endsWith(Restore + u'\n'), qPrintable(info.err));
}

void TestIntegrity::cliPhonesListIsNotAShortList()
{
    if (!sqlite())
        QSKIP("Page damage is an SQLite file's");
    // Before the damage: every phone.
    m_db.storage.reset();
    const Run before = cli({QStringLiteral("phones"), QStringLiteral("list")});
    QCOMPARE(before.exitCode, 0);
    QCOMPARE(before.out.count(u'\n'), m_phones + 1); // and the header
    m_db.storage = openAgain(m_db);
    QVERIFY(m_db.storage);
    QCOMPARE(overwritePhonePages().size(), 3);
    const Run list = cli({QStringLiteral("phones"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 3);
    QCOMPARE(list.out, QString()); // not the phones before the first damaged page
    QVERIFY2(list.err.contains(QStringLiteral("the database file is damaged (")), qPrintable(list.err));
    QVERIFY2(list.err.contains(QStringLiteral("Restore it from a backup.")), qPrintable(list.err));
}

void TestIntegrity::serverCheck()
{
#ifndef PHONEDESK_SERVER_PATH
    QSKIP("phonedesk-server is not part of this build");
#else
    if (!sqlite()) {
        m_db.storage.reset();
        const Run fine = server();
        QCOMPARE(fine.exitCode, 0);
        QVERIFY2(fine.out.startsWith(QStringLiteral("Configuration and database")),
                 qPrintable(fine.out + fine.err));
        return;
    }
    m_db.storage.reset();
    const Run fine = server();
    QCOMPARE(fine.exitCode, 0);
    QVERIFY2(fine.out.contains(QStringLiteral("fine")), qPrintable(fine.out + fine.err));
    m_db.storage = openAgain(m_db);
    QVERIFY(m_db.storage);
    QList<int> pages = overwritePhonePages();
    QCOMPARE(pages.size(), 3);
    std::sort(pages.begin(), pages.end(), std::greater<int>());
    QStringList problems;
    for (const int page : std::as_const(pages))
        problems.append(QStringLiteral("Page %1: btreeInitPage() returns error code 11").arg(page));
    const Run damaged = server();
    QCOMPARE(damaged.exitCode, 3);
    QVERIFY2(!damaged.out.contains(QStringLiteral("fine")), qPrintable(damaged.out));
    QVERIFY2(damaged.err.endsWith(QStringLiteral("phonedesk-server: ") +
                                  damagedText(problems, SqliteChecked) + u'\n'),
             qPrintable(damaged.err));
#endif
}

void TestIntegrity::tooDamagedToOpen()
{
    if (!sqlite())
        QSKIP("An SQLite file's header");
    const QString path = m_db.spec.sqlitePath;
    m_db.storage.reset();
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(garbage(4096)); // the header and the schema page
    }
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("info")}) {
        const Run r = cli({QStringLiteral("db"), command});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith(
                     QStringLiteral("phonedesk-cli: cannot open %1: %2 is not a PhoneDesk database or it is "
                                    "damaged (")
                         .arg(m_db.spec.describe(), path)),
                 qPrintable(r.err));
        QVERIFY2(r.err.endsWith(QStringLiteral("). Restore it from a backup or choose another file.\n")),
                 qPrintable(r.err));
    }
}

void TestIntegrity::missingTable()
{
    // A table the schema has is gone (dropped by hand, a restore of part of the database).
    QSqlQuery q(m_db.storage->database());
    QVERIFY(q.exec(QStringLiteral("DROP TABLE provisioning_quarantine")));
    q.finish();
    auto report = IntegrityCheck::run(*m_db.storage);
    QVERIFY(report);
    QVERIFY(!report->ok);
    QCOMPARE(report->firstProblems, QStringList {QStringLiteral("table provisioning_quarantine is missing")});
    m_db.storage.reset();
    const Run check = cli({QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(check.exitCode, 3);
    QCOMPARE(check.err,
             QStringLiteral("phonedesk-cli: ") +
                 damagedText({QStringLiteral("table provisioning_quarantine is missing")},
                             sqlite() ? SqliteChecked : PostgresChecked) +
                 u'\n');
}

void TestIntegrity::schemaVersionRows()
{
    QSqlQuery q(m_db.storage->database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                       .arg(Storage::latestSchemaVersion())));
    auto report = IntegrityCheck::run(*m_db.storage);
    QVERIFY(report);
    QVERIFY(!report->ok);
    QCOMPARE(report->firstProblems, QStringList {QStringLiteral("schema_version has 2 rows instead of one")});
    QCOMPARE(IntegrityCheck::describe(*report, m_db.spec.describe()),
             damagedText(report->firstProblems, sqlite() ? SqliteChecked : PostgresChecked));
}

void TestIntegrity::manyProblemsShowTheFirstLines()
{
    IntegrityReport report;
    report.ok = false;
    report.problemCount = 12;
    for (int i = 0; i < 10; ++i)
        report.firstProblems.append(
            QStringLiteral("Page %1: btreeInitPage() returns error code 11").arg(100 - i));
    report.checked = QStringLiteral("PRAGMA integrity_check");
    QString expected = QStringLiteral("SQLite x.sqlite is damaged. Problems found: 12 (checked: PRAGMA "
                                      "integrity_check).\nThe first 10:");
    for (const QString &line : std::as_const(report.firstProblems))
        expected += QStringLiteral("\n  ") + line;
    expected += u'\n' + Restore;
    QCOMPARE(IntegrityCheck::describe(report, QStringLiteral("SQLite x.sqlite")), expected);
    // integrity_check stops counting at its limit.
    report.moreProblems = true;
    report.problemCount = IntegrityCheck::MaxProblems;
    QVERIFY(IntegrityCheck::describe(report, QStringLiteral("SQLite x.sqlite"))
                .startsWith(QStringLiteral("SQLite x.sqlite is damaged. Problems found: more than 10000 (")));
}

QTEST_GUILESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"
