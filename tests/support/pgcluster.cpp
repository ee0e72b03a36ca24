#include "pgcluster.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace PhoneDesk::Test {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString newestBinDir()
{
    QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return versions.isEmpty() ? QString()
                              : QStringLiteral("/usr/lib/postgresql/%1/bin/").arg(versions.constLast());
}

} // namespace

PgCluster::~PgCluster()
{
    stop(QStringLiteral("immediate"));
}

bool PgCluster::available(QString *why)
{
    const QString bin = newestBinDir();
    if (bin.isEmpty())
        return fail(why, QStringLiteral("no PostgreSQL server binaries in /usr/lib/postgresql"));
    if (!QFileInfo(bin + QStringLiteral("initdb")).isExecutable())
        return fail(why, QStringLiteral("%1initdb is missing").arg(bin));
    return true;
}

bool PgCluster::usable(QString *why)
{
    if (qEnvironmentVariable("PHONEDESK_TEST_PG_PORT").isEmpty())
        return fail(why, QStringLiteral("no PostgreSQL test environment (PHONEDESK_TEST_PG_PORT)"));
    if (QStandardPaths::findExecutable(QStringLiteral("psql")).isEmpty())
        return fail(why, QStringLiteral("psql is not on the PATH"));
    return available(why);
}

bool PgCluster::prepare(QString *error)
{
    if (!available(error))
        return false;
    m_bin = newestBinDir();
    if (!m_dir.isValid())
        return fail(error, QStringLiteral("no temporary folder"));
#ifdef Q_OS_UNIX
    m_asPostgres = ::geteuid() == 0;
    if (m_asPostgres &&
        !run({QStringLiteral("chown"), QStringLiteral("postgres"), m_dir.path()}, false, error))
        return false;
#endif
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return fail(error, QStringLiteral("no free port"));
    m_port = probe.serverPort();
    return true;
}

bool PgCluster::create(QString *error)
{
    if (!prepare(error))
        return false;
    if (!run({m_bin + QStringLiteral("initdb"), QStringLiteral("-D"), dataDir(), QStringLiteral("-A"),
              QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")},
             true, error))
        return false;
    return start(error);
}

bool PgCluster::createStandbyOf(const PgCluster &primary, QString *error)
{
    if (!prepare(error))
        return false;
    // -R writes standby.signal and the primary's connection; -X stream copies the WAL meanwhile.
    if (!run({m_bin + QStringLiteral("pg_basebackup"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
              QStringLiteral("-p"), QString::number(primary.port()), QStringLiteral("-U"),
              QStringLiteral("postgres"), QStringLiteral("-D"), dataDir(), QStringLiteral("-R"),
              QStringLiteral("-X"), QStringLiteral("stream"), QStringLiteral("-c"), QStringLiteral("fast")},
             true, error))
        return false;
    return start(error);
}

bool PgCluster::start(QString *error)
{
    return run({m_bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-o"),
                QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                    .arg(m_port)
                    .arg(m_dir.path()),
                QStringLiteral("start")},
               true, error);
}

bool PgCluster::stop(const QString &mode, QString *error)
{
    if (m_port == 0 || !QFileInfo::exists(dataDir() + QStringLiteral("/postmaster.pid")))
        return true;
    return run({m_bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), mode,
                QStringLiteral("-w"), QStringLiteral("stop")},
               true, error);
}

bool PgCluster::promote(QString *error)
{
    return run({m_bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), dataDir(), QStringLiteral("-w"),
                QStringLiteral("promote")},
               true, error);
}

bool PgCluster::createDatabase(const QString &name, QString *error)
{
    return sql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + name, nullptr, error);
}

std::unique_ptr<Storage> PgCluster::createAndOpen(const QString &name, QString *error)
{
    if (!createDatabase(name, error))
        return nullptr;
    auto opened = Storage::open(spec(name));
    if (!opened) {
        if (error)
            *error = opened.error().fullText();
        return nullptr;
    }
    return std::move(opened).value();
}

bool PgCluster::sql(const QString &database, const QString &statement, QString *out, QString *error)
{
    return run({QStringLiteral("psql"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                QStringLiteral("postgres"), QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-c"), statement, database},
               false, error, out);
}

ConnectionSpec PgCluster::spec(const QString &database) const
{
    return ConnectionSpec::postgres(QStringLiteral("127.0.0.1"), m_port, database, QStringLiteral("postgres"),
                                    {});
}

QString PgCluster::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("server.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString PgCluster::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

bool PgCluster::run(QStringList command, bool asPostgres, QString *error, QString *out)
{
    if (asPostgres && m_asPostgres)
        command =
            QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + command;
    const QString program = asPostgres && m_asPostgres ? QStringLiteral("runuser") : command.takeFirst();
    // The event loop keeps turning meanwhile (a server in this thread may be serving).
    QProcess process;
    process.start(program, command);
    if (!process.waitForStarted(10000))
        return fail(error, QStringLiteral("%1 did not start: %2").arg(program, process.errorString()));
    process.closeWriteChannel();
    QDeadlineTimer deadline(120000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        process.waitForFinished(5);
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        return fail(error, QStringLiteral("%1 %2 timed out").arg(program, command.join(u' ')));
    }
    const QByteArray output = process.readAllStandardOutput();
    if (out)
        *out = QString::fromUtf8(output).trimmed();
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    return fail(error,
                QStringLiteral("%1 %2 failed: %3%4")
                    .arg(program, command.join(u' '), QString::fromUtf8(process.readAllStandardError()),
                         QString::fromUtf8(output)));
}

} // namespace PhoneDesk::Test
