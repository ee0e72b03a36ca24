// A database that is damaged, read-only, locked, unreachable or from a newer version gives a clear
// message — never a crash, never silent data loss.

#include "phonerepository.h"
#include "siterepository.h"
#include "storage.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace PhoneDesk;

class TestDatabaseErrors final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void notADatabase();
    void truncatedDatabase();
    void readOnlyFile();
    void newerSchemaRefused();
    void lockedDatabase();
    void readThenWriteWhileAnotherConnectionWrites();
    void unreachablePostgres();
    void badConnectionUrls_data();
    void badConnectionUrls();
    void newDatabaseIsPrivate();
    void existingFilesAreMadePrivate();
    void userChosenFolderIsLeftAlone();
    void backupBeforeUpgradeIsCompleteAndPrivate();

private:
    QTemporaryDir m_dir;
};

void TestDatabaseErrors::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The read-only check runs this binary again as an unprivileged user (root ignores file modes).
    if (QCoreApplication::arguments().size() > 2 &&
        QCoreApplication::arguments().at(1) == QLatin1String("--open"))
        return;
}

void TestDatabaseErrors::notADatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray junk(8192, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 7919) % 251);
    f.write(junk);
    f.close();
    auto s = Storage::open(ConnectionSpec::sqlite(path));
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(QStringLiteral("not a PhoneDesk database or it is damaged")),
             qPrintable(s.error().message));
    QVERIFY(s.error().message.contains(QStringLiteral("garbage.sqlite")));
    // The file is left as it was.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), junk);
}

void TestDatabaseErrors::truncatedDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("truncated.sqlite"));
    {
        auto s = Storage::open(ConnectionSpec::sqlite(path));
        QVERIFY(s);
        QSqlQuery q((*s)->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray header = f.read(100);
    QVERIFY(f.resize(4096 + 512)); // cut in the middle of the second page
    f.close();
    auto s = Storage::open(ConnectionSpec::sqlite(path));
    if (s) {
        // Some damage only shows when the damaged pages are read.
        auto rows = (*s)->phones().list();
        QVERIFY(!rows);
        QVERIFY2(rows.error().message.contains(QStringLiteral("damaged")) ||
                     rows.error().message.contains(QStringLiteral("malformed")),
                 qPrintable(rows.error().message));
    } else {
        QVERIFY2(s.error().message.contains(QStringLiteral("damaged")) ||
                     s.error().message.contains(QStringLiteral("malformed")),
                 qPrintable(s.error().message));
    }
    QVERIFY(!header.isEmpty());
}

void TestDatabaseErrors::readOnlyFile()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir(QStringLiteral("/tmp/pdro-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        auto s = Storage::open(ConnectionSpec::sqlite(path));
        QVERIFY(s);
    }
    QFile::setPermissions(dir.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                              QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QString message;
    if (geteuid() == 0) {
        // Root may write anywhere; open it as "nobody" through the CLI-less helper mode of this test.
        QProcess p;
        p.start(QStringLiteral("setpriv"),
                {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                 QStringLiteral("--clear-groups"), QCoreApplication::applicationFilePath(),
                 QStringLiteral("--open"), path});
        QVERIFY(p.waitForFinished(30000));
        message = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 1);
    } else {
        auto s = Storage::open(ConnectionSpec::sqlite(path));
        QVERIFY(!s);
        message = s.error().message;
    }
    QVERIFY2(message.contains(QStringLiteral("is read-only")), qPrintable(message));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
#else
    QSKIP("POSIX permissions test");
#endif
}

void TestDatabaseErrors::newerSchemaRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto s = Storage::open(ConnectionSpec::sqlite(path));
        QVERIFY(s);
        QSqlQuery q((*s)->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
    }
    auto s = Storage::open(ConnectionSpec::sqlite(path));
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::Unsupported);
    QVERIFY2(s.error().message.contains(QStringLiteral("newer PhoneDesk (schema 99")),
             qPrintable(s.error().message));
    // Still version 99: nothing was changed.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 99);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestDatabaseErrors::lockedDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
    auto first = Storage::open(ConnectionSpec::sqlite(path));
    QVERIFY(first);
    (*first)->setActor(QStringLiteral("a"), Role::Administrator);
    auto second = Storage::open(ConnectionSpec::sqlite(path));
    QVERIFY(second);
    // Another program holds the write lock for longer than the busy timeout.
    QSqlQuery lock((*first)->database());
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip.host = QStringLiteral("sip.example.com");
    auto r = (*second)->sites().create(site);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("locked by another program")),
             qPrintable(r.error().message));
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    // Once the lock is gone the same write works.
    QVERIFY((*second)->sites().create(site));
}

// A transaction that reads and then writes, while another connection to the file writes in between
// (the console's workers and its GUI thread): the transaction holds the write lock from its start,
// so its own write is never refused as "locked"; the other connection waits for it.
void TestDatabaseErrors::readThenWriteWhileAnotherConnectionWrites()
{
    const QString path = m_dir.filePath(QStringLiteral("two-writers.sqlite"));
    auto first = Storage::open(ConnectionSpec::sqlite(path));
    QVERIFY(first);
    (*first)->setActor(QStringLiteral("a"), Role::Administrator);
    auto second = Storage::open(ConnectionSpec::sqlite(path));
    QVERIFY(second);
    (*second)->setActor(QStringLiteral("b"), Role::Administrator);
    Site berlin;
    berlin.name = QStringLiteral("Berlin");
    berlin.primarySip.host = QStringLiteral("sip.example.com");
    Site paris = berlin;
    paris.name = QStringLiteral("Paris");
    Result<Site> other = Error::make(Error::Code::Io, QStringLiteral("not tried"));
    auto r = (*first)->inTransaction([&]() -> Result<void> {
        auto sites = (*first)->sites().list(); // a read: with a deferred start, a snapshot only
        if (!sites)
            return sites.error();
        other = (*second)->sites().create(paris); // waits the busy timeout, then is refused
        auto created = (*first)->sites().create(berlin);
        if (!created)
            return created.error();
        return {};
    });
    QVERIFY2(r, r ? "" : qPrintable(r.error().fullText()));
    QVERIFY(!other);
    QVERIFY2(other.error().message.contains(QStringLiteral("locked by another program")),
             qPrintable(other.error().message));
    // Nothing of the refused write was kept, and it works now.
    QCOMPARE((*second)->sites().list()->size(), 1);
    QVERIFY((*second)->sites().create(paris));
}

void TestDatabaseErrors::unreachablePostgres()
{
    // A port with nobody listening: take a free one and close it again.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    ConnectionSpec spec =
        ConnectionSpec::postgres(QStringLiteral("127.0.0.1"), port, QStringLiteral("phonedesk"),
                                 QStringLiteral("phonedesk"), QString());
    spec.connectTimeoutSeconds = 2;
    auto s = Storage::open(spec);
    QVERIFY(!s);
    QVERIFY2(
        s.error().message.contains(QStringLiteral("Cannot connect to PostgreSQL at 127.0.0.1:%1").arg(port)),
        qPrintable(s.error().message));
}

void TestDatabaseErrors::badConnectionUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown scheme") << "mysql://x/y"
                                    << "is not a database address";
    QTest::newRow("sqlite without file") << "sqlite:"
                                         << "names no file";
    QTest::newRow("postgres without db") << "postgresql://user@host"
                                         << "needs a host and a database";
}

void TestDatabaseErrors::badConnectionUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    ConnectionSpec spec;
    QString error;
    QVERIFY(!ConnectionSpec::fromUrl(url, spec, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

#ifdef Q_OS_UNIX
namespace {
QString modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("missing");
    return QStringLiteral("%1").arg(st.st_mode & 0777, 4, 8, QLatin1Char('0'));
}

bool setMode(const QString &path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}
} // namespace
#endif

void TestDatabaseErrors::newDatabaseIsPrivate()
{
#ifdef Q_OS_UNIX
    // The usual umask: SQLite alone would make the file, its -wal and its -shm 0644.
    const mode_t previous = ::umask(022);
    const QString folder = m_dir.filePath(QStringLiteral("new/PhoneDesk"));
    const QString path = folder + QStringLiteral("/phonedesk.sqlite");
    {
        auto s = Storage::open(ConnectionSpec::sqlite(path));
        ::umask(previous);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
        QCOMPARE((*s)->notices(), QStringList());
        Site site;
        site.name = QStringLiteral("Berlin");
        site.primarySip.host = QStringLiteral("sip.example.com");
        QVERIFY((*s)->sites().create(site)); // in the WAL
        QCOMPARE(modeOf(folder), QStringLiteral("0700"));
        QCOMPARE(modeOf(path), QStringLiteral("0600"));
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), QStringLiteral("0600"));
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), QStringLiteral("0600"));
    }
#else
    QSKIP("POSIX permissions test; on Windows the file inherits the folder's access list");
#endif
}

void TestDatabaseErrors::existingFilesAreMadePrivate()
{
#ifdef Q_OS_UNIX
    // Files an earlier PhoneDesk made under umask 022, with the database in use (so its -wal and
    // -shm exist) and a backup from an earlier upgrade next to it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    auto first = Storage::open(ConnectionSpec::sqlite(path));
    QVERIFY(first);
    (*first)->setActor(QStringLiteral("a"), Role::Administrator);
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip.host = QStringLiteral("sip.example.com");
    QVERIFY((*first)->sites().create(site));
    const QString backup = path + QStringLiteral(".schema1.bak");
    QVERIFY(QFile::copy(path, backup));
    const QStringList files = {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), backup};
    for (const QString &file : files)
        QVERIFY2(setMode(file, 0644), qPrintable(file));

    auto second = Storage::open(ConnectionSpec::sqlite(path));
    QVERIFY(second);
    for (const QString &file : files)
        QCOMPARE(modeOf(file), QStringLiteral("0600"));
    QCOMPARE(
        (*second)->notices(),
        QStringList {QStringLiteral("The database holds the phones' secrets and other users of this computer "
                                    "could read it: PhoneDesk made it private to you: %1 (0644 → 0600), %2 "
                                    "(0644 → 0600), %3 (0644 → 0600), %4 (0644 → 0600).")
                         .arg(files[0], files[1], files[2], files[3])});
    // Private already: nothing to say the next time.
    auto third = Storage::open(ConnectionSpec::sqlite(path));
    QVERIFY(third);
    QCOMPARE((*third)->notices(), QStringList());
#else
    QSKIP("POSIX permissions test; on Windows the file inherits the folder's access list");
#endif
}

void TestDatabaseErrors::userChosenFolderIsLeftAlone()
{
#ifdef Q_OS_UNIX
    // A file the user put in a folder of theirs (e.g. their home): the file is made private, the
    // folder is not PhoneDesk's to change.
    QTemporaryDir dir;
    QVERIFY(setMode(dir.path(), 0755));
    const QString path = dir.filePath(QStringLiteral("mine.sqlite"));
    {
        auto s = Storage::open(ConnectionSpec::sqlite(path));
        QVERIFY(s);
    }
    QVERIFY(setMode(path, 0644));
    auto s = Storage::open(ConnectionSpec::sqlite(path));
    QVERIFY(s);
    QCOMPARE(modeOf(dir.path()), QStringLiteral("0755"));
    QCOMPARE(modeOf(path), QStringLiteral("0600"));
    QCOMPARE((*s)->notices().size(), 1);
#else
    QSKIP("POSIX permissions test");
#endif
}

void TestDatabaseErrors::backupBeforeUpgradeIsCompleteAndPrivate()
{
#ifdef Q_OS_UNIX
    // A database one schema version behind, made under umask 022: before the upgrade PhoneDesk
    // copies it, byte for byte and owner-only (it holds the same secrets).
    const mode_t previous = ::umask(022);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("older.sqlite"));
    const int older = Storage::latestSchemaVersion() - 1;
    {
        auto s = Storage::open(ConnectionSpec::sqlite(path));
        QVERIFY(s);
        QSqlQuery q((*s)->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(older)));
    }
    QVERIFY(setMode(path, 0644));
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!before.isEmpty());
    // Whether the upgrade itself then succeeds does not matter here (the schema is already newer).
    (void)Storage::open(ConnectionSpec::sqlite(path));
    ::umask(previous);
    const QString backup = path + QStringLiteral(".schema%1.bak").arg(older);
    QFile copy(backup);
    QVERIFY2(copy.open(QIODevice::ReadOnly), qPrintable(backup));
    QCOMPARE(copy.readAll(), before);
    QCOMPARE(modeOf(backup), QStringLiteral("0600"));
#else
    QSKIP("POSIX permissions test");
#endif
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Helper mode for readOnlyFile(): open the file and print the result.
    if (argc == 3 && qstrcmp(argv[1], "--open") == 0) {
        auto s = Storage::open(ConnectionSpec::sqlite(QString::fromLocal8Bit(argv[2])));
        QTextStream(stdout) << (s ? QStringLiteral("opened") : s.error().message);
        return s ? 0 : 1;
    }
    TestDatabaseErrors test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_database_errors.moc"
