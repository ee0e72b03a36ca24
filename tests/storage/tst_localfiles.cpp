// Files PhoneDesk writes, on a disk that fills up: every one is complete or not there, the command
// says the disk is full (exit code 3; the console says so), and no audit entry claims an export
// that did not happen. A database on a full disk is reported as such, not as damaged. And the
// embedded database's folder and files are private to their owner.
//
// The full disk is a 2 MB tmpfs mounted in a private mount namespace of the program under test
// (unshare --mount), filled up before the program runs: that needs root (scripts/test and CI run
// as root); otherwise those tests are skipped. Standard output on /dev/full needs nothing.

#include "auditrepository.h"
#include "basesettingsrepository.h"
#include "demodata.h"
#include "phoneexport.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "storage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace PhoneDesk;

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    // What is left on the small disk: path relative to it -> size; folders as -1. The filler is
    // not listed.
    QMap<QString, qint64> left;
};

// Sets up the tmpfs, copies `seed` onto it, fills it until `free` bytes remain (a multiple of
// the 4 KiB page), runs the program and lists what is left, all inside one private namespace.
const char *SmallDiskScript = R"(set -e
disk="$1"; free="$2"; seed="$3"; listing="$4"; shift 4
mount -t tmpfs -o size=2m,mode=0755 phonedesk-test "$disk"
if [ -n "$seed" ]; then cp -a "$seed"/. "$disk"/; fi
dd if=/dev/zero of="$disk/.filler" bs=4096 2>/dev/null || true
if [ "$free" -gt 0 ]; then truncate -s -"$free" "$disk/.filler"; fi
set +e
"$@"
rc=$?
(cd "$disk" && find . -mindepth 1 ! -name .filler -printf '%P\t%y\t%s\n') > "$listing"
exit $rc
)";

int modeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
#else
    Q_UNUSED(path);
    return -1;
#endif
}

QString octal(int mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

// The message of a file that did not fit.
QString diskFull(const QString &path)
{
    return QStringLiteral("Could not write \"%1\": the disk is full. The file was not saved; free some space "
                          "and try again.")
        .arg(path);
}

} // namespace

class TestLocalFiles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportOnFullDisk_data();
    void exportOnFullDisk();
    void exportToFullStandardOutput();
    void consoleExportOnFullDisk();
    void credentialsOnFullDisk();
    void importReportOnFullDisk();
    void screenshotsOnFullDisk();
    void openingDatabaseOnFullDiskIsNotDamage();
    void writingDatabaseOnFullDisk();
    void backupBeforeUpgradeOnFullDisk();
    void defaultFolderIsPrivate();
    void existingDefaultDatabaseIsMadePrivate();
    void consoleSaysWhatWasMadePrivate();

private:
    // Skips (not root) or fails (root, but no tmpfs could be mounted) when there is no small disk.
    bool smallDiskAvailable(QString *why) const;
    Outcome run(const QString &program, const QStringList &args, qint64 free = -1, const QString &seed = {});
    Outcome cli(const QStringList &args, qint64 free = -1, const QString &seed = {});
    int auditCount(const QString &action);
    qint64 phoneCount();

    QTemporaryDir m_dir;
    QString m_database; // outside the small disk
    QString m_disk; // the mount point of the small disk
    QString m_mountProblem;
    bool m_root = false;
};

#define REQUIRE_SMALL_DISK()                                                                                 \
    do {                                                                                                     \
        QString why;                                                                                         \
        if (!smallDiskAvailable(&why)) {                                                                     \
            if (m_root)                                                                                      \
                QFAIL(qPrintable(why));                                                                      \
            QSKIP(qPrintable(why));                                                                          \
        }                                                                                                    \
    } while (false)

void TestLocalFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(PHONEDESK_CLI_PATH)));
#ifdef Q_OS_UNIX
    m_root = geteuid() == 0;
#endif
    m_disk = m_dir.filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(m_disk));
    if (m_root) {
        // Can a tmpfs be mounted here (root, but perhaps in a container without the capability)?
        QProcess probe;
        probe.start(QStringLiteral("unshare"),
                    {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                     QStringLiteral("mount"), QStringLiteral("-t"), QStringLiteral("tmpfs"),
                     QStringLiteral("-o"), QStringLiteral("size=2m"), QStringLiteral("phonedesk-test"),
                     m_disk});
        if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit ||
            probe.exitCode() != 0)
            m_mountProblem =
                QStringLiteral("running as root, but no tmpfs could be mounted in a private mount "
                               "namespace (unshare from util-linux): %1")
                    .arg(probe.errorString() + QString::fromUtf8(probe.readAllStandardError()));
    } else {
        m_mountProblem = QStringLiteral("needs root to mount a small tmpfs in a private mount namespace "
                                        "(scripts/test and CI run as root)");
    }
}

void TestLocalFiles::init()
{
    // A database with a demo organisation, outside the small disk.
    static int counter = 0;
    m_database = m_dir.filePath(
        QStringLiteral("%1-%2.sqlite").arg(QLatin1String(QTest::currentTestFunction())).arg(++counter));
    auto storage = Storage::open(ConnectionSpec::sqlite(m_database));
    QVERIFY2(storage, qPrintable(storage ? QString() : storage.error().fullText()));
    (*storage)->setActor(QStringLiteral("tester"), Role::Administrator);
    DemoOptions options;
    options.managedPhones = 60;
    auto filled = populateDemoData(**storage, options);
    QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().fullText()));
}

void TestLocalFiles::cleanup()
{
    QDir(m_dir.filePath(QStringLiteral("seed"))).removeRecursively();
}

bool TestLocalFiles::smallDiskAvailable(QString *why) const
{
    *why = m_mountProblem;
    return m_mountProblem.isEmpty();
}

Outcome TestLocalFiles::run(const QString &program, const QStringList &args, qint64 free, const QString &seed)
{
    QProcess p;
    // The console and the CLI keep their settings and default database in here, not in $HOME.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    const QString listing = m_dir.filePath(QStringLiteral("listing.txt"));
    QFile::remove(listing);
    if (free >= 0) {
        p.start(QStringLiteral("unshare"),
                QStringList {QStringLiteral("--mount"), QStringLiteral("--propagation"),
                             QStringLiteral("private"), QStringLiteral("sh"), QStringLiteral("-c"),
                             QString::fromLatin1(SmallDiskScript), QStringLiteral("sh"), m_disk,
                             QString::number(free), seed, listing, program} +
                    args);
    } else {
        p.start(program, args);
    }
    Outcome o;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return o;
    }
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = p.readAllStandardOutput();
    o.err = QString::fromUtf8(p.readAllStandardError());
    QFile list(listing);
    if (list.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : list.readAll().split('\n')) {
            const QList<QByteArray> parts = line.split('\t');
            if (parts.size() == 3)
                o.left.insert(QString::fromUtf8(parts[0]), parts[1] == "d" ? -1 : parts[2].toLongLong());
        }
    }
    return o;
}

Outcome TestLocalFiles::cli(const QStringList &args, qint64 free, const QString &seed)
{
    return run(QStringLiteral(PHONEDESK_CLI_PATH),
               QStringList {QStringLiteral("--database"), QStringLiteral("sqlite:") + m_database} + args,
               free, seed);
}

int TestLocalFiles::auditCount(const QString &action)
{
    auto storage = Storage::open(ConnectionSpec::sqlite(m_database));
    if (!storage)
        return -1;
    QSqlQuery q((*storage)->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit WHERE action = ?"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

qint64 TestLocalFiles::phoneCount()
{
    auto storage = Storage::open(ConnectionSpec::sqlite(m_database));
    if (!storage)
        return -1;
    auto count = (*storage)->phones().count();
    return count ? qint64(*count) : -1;
}

void TestLocalFiles::exportOnFullDisk_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<qint64>("free");
    // One page free: part of the file gets written, then the disk is full (a short write).
    QTest::newRow("short write") << QStringList() << qint64(4096);
    // A small export on a disk with no room at all: the write goes to a buffer, and what fails is
    // the flush in QSaveFile::commit(), which reported success for an empty file.
    QTest::newRow("nothing fits") << QStringList {QStringLiteral("--category"), QStringLiteral("remote")}
                                  << qint64(0);
}

void TestLocalFiles::exportOnFullDisk()
{
    QFETCH(QStringList, filter);
    QFETCH(qint64, free);
    REQUIRE_SMALL_DISK();
    // An earlier export of the same name is left as it was; the new one does not fit.
    const QString seed = m_dir.filePath(QStringLiteral("seed"));
    QVERIFY(QDir().mkpath(seed));
    {
        QFile old(seed + QStringLiteral("/phones.csv"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("name\nold\n");
    }
    const QString target = m_disk + QStringLiteral("/phones.csv");
    const QStringList args =
        QStringList {QStringLiteral("phones"), QStringLiteral("export"), target} + filter;
    const Outcome o = cli(args, free, seed);
    QCOMPARE(o.err, QStringLiteral("phonedesk-cli: ") + diskFull(target) + u'\n');
    QCOMPARE(o.exitCode, 3);
    QCOMPARE(o.out, QByteArray()); // no "Exported N phones"
    // The old file, nothing else (no temporary file left behind).
    QCOMPARE(o.left, (QMap<QString, qint64> {{QStringLiteral("phones.csv"), 9}}));

    // With room, the same command writes the whole file.
    const Outcome fits = cli(args, 512 * 1024, seed);
    QCOMPARE(fits.exitCode, 0);
    QVERIFY2(fits.out.startsWith("Exported "), fits.out.constData());
    QCOMPARE(fits.left.size(), 1);
    QVERIFY2(fits.left.value(QStringLiteral("phones.csv")) > 9, qPrintable(fits.err));
}

void TestLocalFiles::exportToFullStandardOutput()
{
#ifdef Q_OS_LINUX
    // `phonedesk-cli phones export > file.csv` on a full disk: /dev/full answers every write with
    // ENOSPC.
    QProcess p;
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    p.start(QStringLiteral(PHONEDESK_CLI_PATH),
            {QStringLiteral("--database"), QStringLiteral("sqlite:") + m_database, QStringLiteral("phones"),
             QStringLiteral("export")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(QString::fromUtf8(p.readAllStandardError()),
             QStringLiteral("phonedesk-cli: Could not write to standard output: the disk is full. What was "
                            "written is incomplete; free some space and try again.\n"));
    QCOMPARE(p.exitCode(), 3);

    // The credentials, too: and then the audit entry says they went to standard output, since what
    // got out cannot be taken back.
    const int before = auditCount(QStringLiteral("phone.credentials.export"));
    QProcess c;
    c.setStandardOutputFile(QStringLiteral("/dev/full"));
    c.start(QStringLiteral(PHONEDESK_CLI_PATH),
            {QStringLiteral("--database"), QStringLiteral("sqlite:") + m_database, QStringLiteral("phones"),
             QStringLiteral("credentials")});
    QVERIFY(c.waitForFinished(60000));
    QVERIFY2(
        QString::fromUtf8(c.readAllStandardError())
            .endsWith(QStringLiteral("phonedesk-cli: Could not write to standard output: the disk is full. "
                                     "What was written is incomplete; free some space and try again.\n")),
        "credentials to a full stdout");
    QCOMPARE(c.exitCode(), 3);
    QCOMPARE(auditCount(QStringLiteral("phone.credentials.export")), before + 1);
#else
    QSKIP("/dev/full is Linux");
#endif
}

void TestLocalFiles::consoleExportOnFullDisk()
{
    REQUIRE_SMALL_DISK();
    // The console's Export CSV… calls PhoneExport::exportToFile, and shows the message it returns.
    const QString target = m_disk + QStringLiteral("/console.csv");
    const Outcome o =
        run(QCoreApplication::applicationFilePath(), {QStringLiteral("--export"), m_database, target}, 4096);
    QCOMPARE(QString::fromUtf8(o.out), diskFull(target));
    QCOMPARE(o.exitCode, 3);
    QCOMPARE(o.left, (QMap<QString, qint64> {}));
    const Outcome fits = run(QCoreApplication::applicationFilePath(),
                             {QStringLiteral("--export"), m_database, target}, 512 * 1024);
    QCOMPARE(fits.exitCode, 0);
    QCOMPARE(fits.left.size(), 1);
    QVERIFY(fits.left.value(QStringLiteral("console.csv")) > 4096);
}

void TestLocalFiles::credentialsOnFullDisk()
{
    REQUIRE_SMALL_DISK();
    const QString target = m_disk + QStringLiteral("/sip.csv");
    const Outcome o =
        cli({QStringLiteral("phones"), QStringLiteral("credentials"), QStringLiteral("--output"), target}, 0);
    // (Before it, the demo's phones without a line are named.)
    QVERIFY2(o.err.endsWith(QStringLiteral("phonedesk-cli: ") + diskFull(target) + u'\n'), qPrintable(o.err));
    QCOMPARE(o.exitCode, 3);
    QCOMPARE(o.out, QByteArray());
    QCOMPARE(o.left, (QMap<QString, qint64> {}));
    // No audit entry for an export that did not happen.
    QCOMPARE(auditCount(QStringLiteral("phone.credentials.export")), 0);

    // With room: the file, owner-only, and one entry.
    const Outcome fits =
        cli({QStringLiteral("phones"), QStringLiteral("credentials"), QStringLiteral("--output"), target},
            512 * 1024);
    QVERIFY2(fits.exitCode == 0 || fits.exitCode == 1, qPrintable(fits.err)); // 1: phones without a line
    QVERIFY2(fits.left.value(QStringLiteral("sip.csv")) > 0, qPrintable(fits.err));
    QCOMPARE(auditCount(QStringLiteral("phone.credentials.export")), 1);
}

void TestLocalFiles::importReportOnFullDisk()
{
    REQUIRE_SMALL_DISK();
    const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,category,base_settings,site,hardware_id\nNew desk,managed,No such settings,No such "
                "site,0004f2ee0001\n");
    }
    const qint64 before = phoneCount();
    const QString report = m_disk + QStringLiteral("/report.csv");
    const Outcome o = cli({QStringLiteral("phones"), QStringLiteral("import"), csv,
                           QStringLiteral("--skip-invalid"), QStringLiteral("--report"), report},
                          0);
    QVERIFY2(o.err.endsWith(QStringLiteral("phonedesk-cli: the report was not written: ") + diskFull(report) +
                            u'\n'),
             qPrintable(o.err));
    QCOMPARE(o.exitCode, 3);
    QCOMPARE(o.left, (QMap<QString, qint64> {}));
    // Nothing was imported after the report failed.
    QCOMPARE(phoneCount(), before);
}

void TestLocalFiles::screenshotsOnFullDisk()
{
#ifndef PHONEDESK_CONSOLE_PATH
    QSKIP("The console is not part of this build");
#else
    REQUIRE_SMALL_DISK();
    const QString shots = m_disk + QStringLiteral("/shots");
    // Room for the folder and part of the first picture.
    const Outcome o = run(QStringLiteral(PHONEDESK_CONSOLE_PATH),
                          {QStringLiteral("--database"), QStringLiteral("sqlite:") + m_database,
                           QStringLiteral("--screenshot"), shots},
                          64 * 1024);
    // A line of its own (the console's background work may log after it).
    QVERIFY2(o.err.split(u'\n').contains(diskFull(shots + QStringLiteral("/phones-filtered.png"))),
             qPrintable(o.err));
    QCOMPARE(o.exitCode, 1);
    QCOMPARE(o.out, QByteArray()); // no picture is listed as written
    QCOMPARE(o.left, (QMap<QString, qint64> {{QStringLiteral("shots"), -1}}));
#endif
}

void TestLocalFiles::openingDatabaseOnFullDiskIsNotDamage()
{
    REQUIRE_SMALL_DISK();
    // The database lives on the disk that is full; SQLite cannot even create its -shm file.
    const QString seed = m_dir.filePath(QStringLiteral("seed"));
    QVERIFY(QDir().mkpath(seed));
    QVERIFY(QFile::copy(m_database, seed + QStringLiteral("/db.sqlite")));
    const QString path = m_disk + QStringLiteral("/db.sqlite");
    const Outcome o = run(QStringLiteral(PHONEDESK_CLI_PATH),
                          {QStringLiteral("--database"), QStringLiteral("sqlite:") + path,
                           QStringLiteral("phones"), QStringLiteral("list")},
                          0, seed);
    QVERIFY2(
        o.err.startsWith(QStringLiteral("phonedesk-cli: cannot open SQLite %1: Cannot open the database file "
                                        "%1: the disk holding it is full (")
                             .arg(path)),
        qPrintable(o.err));
    QVERIFY2(o.err.endsWith(
                 QStringLiteral("). The file is not damaged and nothing was changed; free some space on "
                                "that disk and try again.\n")),
             qPrintable(o.err));
    QVERIFY2(!o.err.contains(QStringLiteral("backup")), qPrintable(o.err));
    QCOMPARE(o.exitCode, 2);
    QCOMPARE(o.left.value(QStringLiteral("db.sqlite")), QFileInfo(m_database).size());
}

void TestLocalFiles::writingDatabaseOnFullDisk()
{
    REQUIRE_SMALL_DISK();
    // Room to open (the -shm file), none to import: SQLITE_FULL.
    {
        auto storage = Storage::open(ConnectionSpec::sqlite(m_database));
        QVERIFY(storage);
        (*storage)->setActor(QStringLiteral("tester"), Role::Administrator);
        Site site;
        site.name = QStringLiteral("Full Site");
        site.primarySip.host = QStringLiteral("sip.example.com");
        QVERIFY((*storage)->sites().create(site));
        QVERIFY((*storage)->baseSettings().create(
            {0, QStringLiteral("Full Generic"), QStringLiteral("generic-sip"), {}, {}, 1}));
    }
    const QString seed = m_dir.filePath(QStringLiteral("seed"));
    QVERIFY(QDir().mkpath(seed));
    QVERIFY(QFile::copy(m_database, seed + QStringLiteral("/db.sqlite")));
    QByteArray csv = "name,category,base_settings,site,hardware_id,description\n";
    for (int i = 0; i < 400; ++i)
        csv += "Full " + QByteArray::number(i) + ",unmanaged,Full Generic,Full Site,," +
            QByteArray(400, 'x') + "\n";
    const QString file = m_dir.filePath(QStringLiteral("many.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }
    const QString path = m_disk + QStringLiteral("/db.sqlite");
    const Outcome o = run(QStringLiteral(PHONEDESK_CLI_PATH),
                          {QStringLiteral("--database"), QStringLiteral("sqlite:") + path,
                           QStringLiteral("phones"), QStringLiteral("import"), file},
                          64 * 1024, seed);
    QVERIFY2(o.err.contains(QStringLiteral("the disk holding the database is full")), qPrintable(o.err));
    QVERIFY2(!o.err.contains(QStringLiteral("damaged")), qPrintable(o.err));
    QCOMPARE(o.exitCode, 3);
}

void TestLocalFiles::backupBeforeUpgradeOnFullDisk()
{
    REQUIRE_SMALL_DISK();
    // An older schema: before the upgrade PhoneDesk copies the file, and the copy does not fit.
    const QString seed = m_dir.filePath(QStringLiteral("seed"));
    QVERIFY(QDir().mkpath(seed));
    const QString older = seed + QStringLiteral("/db.sqlite");
    QVERIFY(QFile::copy(m_database, older));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(older);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = %1")
                           .arg(Storage::latestSchemaVersion() - 1)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"))); // no -wal left behind
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    const QString path = m_disk + QStringLiteral("/db.sqlite");
    const QString backup = path + QStringLiteral(".schema%1.bak").arg(Storage::latestSchemaVersion() - 1);
    const Outcome o = run(QStringLiteral(PHONEDESK_CLI_PATH),
                          {QStringLiteral("--database"), QStringLiteral("sqlite:") + path,
                           QStringLiteral("db"), QStringLiteral("info")},
                          64 * 1024, seed); // room for the -shm and -wal files, not for the copy
    QCOMPARE(o.err,
             QStringLiteral("phonedesk-cli: cannot open SQLite %1: Could not back up the database to %2 "
                            "before upgrading it; nothing was changed. %3\n")
                 .arg(path, backup, diskFull(backup)));
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(!o.left.contains(QFileInfo(backup).fileName()), "no half backup");
}

void TestLocalFiles::defaultFolderIsPrivate()
{
#ifdef Q_OS_UNIX
    // The console's and the CLI's embedded database, first use: the folder PhoneDesk creates is
    // 0700 and the file 0600 whatever the umask (CI's is 022).
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QDir(data).removeRecursively();
    const Outcome o = run(QStringLiteral(PHONEDESK_CLI_PATH), {QStringLiteral("db"), QStringLiteral("info")});
    QCOMPARE(o.exitCode, 0);
    const QString folder = data + QStringLiteral("/PhoneDesk/PhoneDesk");
    QCOMPARE(octal(modeOf(folder)), octal(0700));
    QCOMPARE(octal(modeOf(folder + QStringLiteral("/phonedesk.sqlite"))), octal(0600));
    QVERIFY2(!o.err.contains(QStringLiteral("private")), qPrintable(o.err)); // nothing to tell
#else
    QSKIP("POSIX permissions test; on Windows the file inherits the folder's access list");
#endif
}

void TestLocalFiles::existingDefaultDatabaseIsMadePrivate()
{
#ifdef Q_OS_UNIX
    // Made by an earlier PhoneDesk under umask 022: folder 0755, file 0644.
    const QString folder = m_dir.filePath(QStringLiteral("data/PhoneDesk/PhoneDesk"));
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/phonedesk.sqlite");
    QVERIFY(QFile::copy(m_database, file));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    const Outcome o = run(QStringLiteral(PHONEDESK_CLI_PATH), {QStringLiteral("db"), QStringLiteral("info")});
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(octal(modeOf(folder)), octal(0700));
    QCOMPARE(octal(modeOf(file)), octal(0600));
    QCOMPARE(o.err,
             QStringLiteral("phonedesk-cli: The database holds the phones' secrets and other users of this "
                            "computer could read it: PhoneDesk made it private to you: %1 (0755 → 0700), "
                            "%2 (0644 → 0600).\n")
                 .arg(folder, file));
    // Once private, nothing more to say.
    const Outcome again =
        run(QStringLiteral(PHONEDESK_CLI_PATH), {QStringLiteral("db"), QStringLiteral("info")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.err, QString());
#else
    QSKIP("POSIX permissions test; on Windows the file inherits the folder's access list");
#endif
}

void TestLocalFiles::consoleSaysWhatWasMadePrivate()
{
#if !defined(Q_OS_UNIX) || !defined(PHONEDESK_CONSOLE_PATH)
    QSKIP("POSIX permissions and the console");
#else
    // The console logs it (and shows it in the status bar): here through --screenshot, which
    // opens the window and exits.
    QVERIFY(::chmod(QFile::encodeName(m_database).constData(), 0644) == 0);
    const QString shots = m_dir.filePath(QStringLiteral("shots"));
    const Outcome o = run(QStringLiteral(PHONEDESK_CONSOLE_PATH),
                          {QStringLiteral("--database"), QStringLiteral("sqlite:") + m_database,
                           QStringLiteral("--screenshot"), shots});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.err.contains(QStringLiteral("The database holds the phones' secrets and other users of this "
                                           "computer could read it: PhoneDesk made it private to you: %1 "
                                           "(0644 → 0600).\n")
                                .arg(m_database)),
             qPrintable(o.err));
    QCOMPARE(octal(modeOf(m_database)), octal(0600));
    // The pictures were written in full.
    QVERIFY(QFileInfo(shots + QStringLiteral("/phones-filtered.png")).size() > 0);
#endif
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Helper mode for consoleExportOnFullDisk(): the console's export call, run on the small disk.
    if (argc == 4 && qstrcmp(argv[1], "--export") == 0) {
        auto storage = Storage::open(ConnectionSpec::sqlite(QString::fromLocal8Bit(argv[2])));
        if (!storage)
            return 2;
        auto rows = (*storage)->phones().list();
        QList<Id> ids;
        for (const PhoneRow &row : rows.value())
            ids.append(row.id);
        auto written = PhoneExport::exportToFile(**storage, ids, QString::fromLocal8Bit(argv[3]));
        QTextStream(stdout) << (written ? QStringLiteral("exported %1").arg(*written)
                                        : written.error().message);
        return written ? 0 : 3;
    }
    TestLocalFiles test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_localfiles.moc"
