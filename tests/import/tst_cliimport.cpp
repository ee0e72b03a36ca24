// phonedesk-cli phones import / export as scripts use them: exit codes, messages, reports, and a
// process killed in the middle of its commit leaving the database exactly as it was.

#include "basesettingsrepository.h"
#include "changefeed.h"
#include "phoneexport.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "storage.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
const QByteArray Header = "name,category,base_settings,site,hardware_id,description\n";

QByteArray rows(int count, int first = 0)
{
    QByteArray data = Header;
    for (int i = first; i < first + count; ++i) {
        const QByteArray hex = QByteArray::number(0x100000 + i, 16).rightJustified(6, '0');
        data += "Bulk " + QByteArray::number(i) + ",managed,VVX 450,Berlin,0004f2" + hex + ",row " +
            QByteArray::number(i) + "\n";
    }
    return data;
}

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};
} // namespace

class TestCliImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importsAGoodFile();
    void rejectedRowsExitOne();
    void skipInvalidAndReport();
    void dryRunSavesNothing();
    void usageAndFileErrorsExitTwo_data();
    void usageAndFileErrorsExitTwo();
    void exportThenUpsertRoundTrip();
    void exportAndListNeutralizeFormulasUnlessRaw();
    void killedDuringCommitLeavesDatabaseUnchanged();

private:
    Run cli(const QStringList &args);
    QString writeFile(const QString &name, const QByteArray &data);
    QByteArray snapshot(); // every phone as CSV: equal snapshots = same phones
    int count(const QString &table);

    Backend m_backend = Backend::Sqlite;
    TestDatabase m_db;
    QString m_url;
    QTemporaryDir m_files;
};

void TestCliImport::initTestCase()
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

void TestCliImport::init()
{
    QString error;
    m_db = createDatabase(m_backend, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    Storage *s = m_db.storage.get();
    s->setActor(QStringLiteral("tester"), Role::Administrator);
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    QVERIFY(s->sites().create(site).ok());
    QVERIFY(s->baseSettings()
                .create({0, QStringLiteral("VVX 450"), QStringLiteral("poly-vvx-450"), {}, {}, 1})
                .ok());
    const ConnectionSpec &spec = m_db.spec;
    m_url = spec.kind == ConnectionSpec::Kind::Sqlite ? QStringLiteral("sqlite:") + spec.sqlitePath
                                                      : QStringLiteral("postgresql://%1@%2:%3/%4")
                                                            .arg(spec.user, spec.host)
                                                            .arg(spec.port)
                                                            .arg(spec.database);
}

void TestCliImport::cleanup()
{
    m_db = TestDatabase();
}

Run TestCliImport::cli(const QStringList &args)
{
    QProcess p;
    // --actor names the actor on SQLite only; PostgreSQL records the login (and says so).
    const QStringList actor = m_backend == Backend::Sqlite
        ? QStringList {QStringLiteral("--actor"), QStringLiteral("script")}
        : QStringList();
    p.start(QStringLiteral(PHONEDESK_CLI_PATH),
            QStringList {QStringLiteral("--database"), m_url} + actor + args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestCliImport::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_files.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestCliImport::snapshot()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto phones = m_db.storage->phones().getAll();
    if (!phones || !PhoneExport::write(*m_db.storage, *phones, buffer).ok())
        return "failed";
    return buffer.data();
}

int TestCliImport::count(const QString &table)
{
    QSqlQuery q(m_db.storage->database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestCliImport::importsAGoodFile()
{
    const QString path = writeFile(QStringLiteral("good.csv"), rows(3));
    QSignalSpy changes(ChangeFeed::instance(), &ChangeFeed::changed);
    const Run r = cli({QStringLiteral("phones"), QStringLiteral("import"), path});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
             QStringLiteral("3 rows checked: 3 to create, 0 to update, 0 rejected.\n"
                            "Imported: 3 created, 0 updated, 0 skipped.\n"));
    QCOMPARE(count(QStringLiteral("phones")), 3);
    // A console open on the same database learns of the import (NOTIFY; on SQLite the bulk
    // writer's rows in change_events).
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changes.cbegin(), changes.cend(),
                                         [](const QList<QVariant> &args) {
                                             const auto e = args.first().value<ChangeEvent>();
                                             return e.entity == ChangeEvent::Entity::Phone &&
                                                 e.ids.size() == 3;
                                         }),
                             5000);
}

void TestCliImport::rejectedRowsExitOne()
{
    const QString path = writeFile(QStringLiteral("bad.csv"), rows(2) + "Bad,managed,VVX 450,Paris,zz,\n");
    const Run r = cli({QStringLiteral("phones"), QStringLiteral("import"), path});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err,
             path + QStringLiteral(": Line 4, column 4 (site): there is no site named \"Paris\".\n") + path +
                 QStringLiteral(
                     ": Line 4, column 5 (hardware_id): Hardware ID: \"zz\" is not a MAC address. Use 12 "
                     "hex digits, e.g. 00:04:F2:AB:CD:EF, 00-04-f2-ab-cd-ef, 0004.f2ab.cdef or "
                     "0004f2abcdef.\n"));
    QVERIFY2(r.out.contains(QStringLiteral("Nothing was saved")), qPrintable(r.out));
    QCOMPARE(count(QStringLiteral("phones")), 0);
}

void TestCliImport::skipInvalidAndReport()
{
    const QString path =
        writeFile(QStringLiteral("bad.csv"), rows(2) + "Bad,managed,VVX 450,Paris,00:04:f2:00:00:99,\n");
    const QString report = m_files.filePath(QStringLiteral("report.csv"));
    const Run r = cli({QStringLiteral("phones"), QStringLiteral("import"), path,
                       QStringLiteral("--skip-invalid"), QStringLiteral("--report"), report});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.endsWith(QStringLiteral("Imported: 2 created, 0 updated, 1 skipped.\n")),
             qPrintable(r.out));
    QCOMPARE(count(QStringLiteral("phones")), 2);
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(),
             QByteArray("line,column,column_name,message\r\n4,4,site,\"there is no site named "
                        "\"\"Paris\"\".\"\r\n"));
}

void TestCliImport::dryRunSavesNothing()
{
    const QString path = writeFile(QStringLiteral("good.csv"), rows(5));
    const Run r =
        cli({QStringLiteral("phones"), QStringLiteral("import"), QStringLiteral("--dry-run"), path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
             QStringLiteral(
                 "5 rows checked: 5 to create, 0 to update, 0 rejected.\nDry run: nothing was saved.\n"));
    QCOMPARE(count(QStringLiteral("phones")), 0);
}

void TestCliImport::usageAndFileErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("err");
    QTest::newRow("no file") << QStringList() << QByteArray()
                             << QStringLiteral(
                                    "phonedesk-cli: phones import needs the CSV file to import.\n");
    QTest::newRow("missing file") << QStringList {QStringLiteral("/nonexistent/x.csv")} << QByteArray()
                                  << QStringLiteral(
                                         "phonedesk-cli: Cannot read \"/nonexistent/x.csv\": No such file or "
                                         "directory\n");
    QTest::newRow("bad mode") << QStringList {QStringLiteral("--mode"), QStringLiteral("merge")}
                              << QByteArray("x")
                              << QStringLiteral(
                                     "phonedesk-cli: unknown mode \"merge\" (create, upsert-hardware-id, "
                                     "upsert-name).\n");
    QTest::newRow("empty file") << QStringList() << QByteArray("")
                                << QStringLiteral(
                                       "FILE: Line 1: the file is empty; the first line must be a header row "
                                       "naming the columns, for example "
                                       "name,category,site,base_settings,hardware_id.\n"
                                       "phonedesk-cli: FILE cannot be imported; nothing was saved.\n");
}

void TestCliImport::usageAndFileErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, file);
    QFETCH(QString, err);
    QStringList full {QStringLiteral("phones"), QStringLiteral("import")};
    full += args;
    QString path;
    if (!file.isNull()) {
        path = writeFile(QStringLiteral("in.csv"), file);
        full.append(path);
    }
    const Run r = cli(full);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QString(err).replace(QStringLiteral("FILE"), path));
    QCOMPARE(count(QStringLiteral("phones")), 0);
}

void TestCliImport::exportThenUpsertRoundTrip()
{
    QCOMPARE(cli({QStringLiteral("phones"), QStringLiteral("import"),
                  writeFile(QStringLiteral("a.csv"), rows(20))})
                 .exitCode,
             0);
    const QByteArray before = snapshot();
    const QString out = m_files.filePath(QStringLiteral("export.csv"));
    const Run exported = cli({QStringLiteral("phones"), QStringLiteral("export"), out});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out, QStringLiteral("Exported 20 phones to %1.\n").arg(out));
    const Run toStdout = cli({QStringLiteral("phones"), QStringLiteral("export")});
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(toStdout.out.toUtf8(), f.readAll());
    QCOMPARE(toStdout.out.toUtf8(), before);

    const Run again = cli({QStringLiteral("phones"), QStringLiteral("import"), QStringLiteral("--mode"),
                           QStringLiteral("upsert-hardware-id"), out});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("Imported: 0 created, 20 updated, 0 skipped.")),
             qPrintable(again.out));
    QCOMPARE(snapshot(), before);
    const Run dup = cli({QStringLiteral("phones"), QStringLiteral("import"), out});
    QCOMPARE(dup.exitCode, 1);
}

void TestCliImport::exportAndListNeutralizeFormulasUnlessRaw()
{
    // A name a spreadsheet would run and a remote phone's E.164 number.
    Phone evil;
    evil.name = QStringLiteral("=cmd|' /C calc'!A0");
    evil.baseSettingsId = m_db.storage->baseSettings().findByName(QStringLiteral("VVX 450")).value().id;
    evil.siteId = m_db.storage->sites().list().value().first().id;
    evil.hardwareId = QStringLiteral("0004f2aa0001");
    QVERIFY(m_db.storage->phones().create(evil).ok());

    const QString exportHeader = QStringLiteral("name,category,model,base_settings,site,hardware_id,user,"
                                                "remote_address,network_address,serial_number,"
                                                "description,line_keys\r\n");
    const Run exported = cli({QStringLiteral("phones"), QStringLiteral("export")});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out,
             exportHeader +
                 QStringLiteral("'=cmd|' /C calc'!A0,managed,poly-vvx-450,VVX 450,Berlin,"
                                "00:04:F2:AA:00:01,,,,,,\r\n"));
    const Run raw = cli({QStringLiteral("phones"), QStringLiteral("export"), QStringLiteral("--raw")});
    QCOMPARE(raw.exitCode, 0);
    QCOMPARE(raw.out,
             exportHeader +
                 QStringLiteral("=cmd|' /C calc'!A0,managed,poly-vvx-450,VVX 450,Berlin,"
                                "00:04:F2:AA:00:01,,,,,,\r\n"));

    const QString id = QString::number(m_db.storage->phones().list().value().first().id);
    const QString listHeader =
        QStringLiteral("id,name,category,model,site,base_settings,hardware_id,user,status\n");
    const Run listed = cli({QStringLiteral("phones"), QStringLiteral("list"), QStringLiteral("--format"),
                            QStringLiteral("csv")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out,
             listHeader + id +
                 QStringLiteral(",'=cmd|' /C calc'!A0,managed,poly-vvx-450,Berlin,VVX 450,"
                                "0004f2aa0001,,unknown\n"));
    const Run listedRaw = cli({QStringLiteral("phones"), QStringLiteral("list"), QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--raw")});
    QCOMPARE(listedRaw.exitCode, 0);
    QCOMPARE(listedRaw.out,
             listHeader + id +
                 QStringLiteral(",=cmd|' /C calc'!A0,managed,poly-vvx-450,Berlin,VVX 450,"
                                "0004f2aa0001,,unknown\n"));

    // The neutralised export imports back to the same name.
    const QString path = writeFile(QStringLiteral("export.csv"), exported.out.toUtf8());
    QVERIFY(m_db.storage->phones().remove({id.toLongLong()}).ok());
    const Run imported = cli({QStringLiteral("phones"), QStringLiteral("import"), path});
    QCOMPARE(imported.err, QString());
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(m_db.storage->phones().list().value().first().name, evil.name);
}

void TestCliImport::killedDuringCommitLeavesDatabaseUnchanged()
{
    QCOMPARE(cli({QStringLiteral("phones"), QStringLiteral("import"),
                  writeFile(QStringLiteral("a.csv"), rows(10))})
                 .exitCode,
             0);
    const QByteArray before = snapshot();
    const int phonesBefore = count(QStringLiteral("phones"));
    const int auditBefore = count(QStringLiteral("audit"));
    const QString path = writeFile(QStringLiteral("big.csv"), rows(60000, 1000));
    if (!m_db.storage->isPostgres()) {
        // SQLite writes 60,000 phones in a fraction of a second: a trigger that makes every row
        // cost a little work keeps the transaction open long enough for the kill to land inside
        // it on a busy machine too. It changes nothing that is compared.
        QSqlQuery slow(m_db.storage->database());
        QVERIFY(slow.exec(
            QStringLiteral("CREATE TRIGGER slow_insert AFTER INSERT ON phones BEGIN SELECT count(*) FROM "
                           "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                           "SELECT i FROM n); END")));
    }
    m_db.storage.reset(); // no connection of ours in the way while the CLI writes

    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral(PHONEDESK_CLI_PATH),
            {QStringLiteral("--database"), m_url, QStringLiteral("phones"), QStringLiteral("import"),
             QStringLiteral("--progress"), path});
    QVERIFY(p.waitForStarted());
    p.setReadChannel(QProcess::StandardError); // waitForReadyRead waits on this channel
    // Kill as soon as the commit reports progress: rows are being written inside the transaction.
    QByteArray err;
    bool saving = false;
    while (!saving && p.state() == QProcess::Running && p.waitForReadyRead(120000)) {
        err += p.readAllStandardError();
        saving = err.contains("progress: saving");
    }
    QVERIFY2(saving, err.right(500).constData());
    p.kill();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    QVERIFY2(!p.readAllStandardOutput().contains("Imported:"), "the import finished before it was killed");

    QString error;
    m_db.storage = openAgain(m_db, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    QCOMPARE(count(QStringLiteral("phones")), phonesBefore);
    QCOMPARE(count(QStringLiteral("audit")), auditBefore);
    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
