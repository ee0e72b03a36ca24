// Benchmark of a team console on PostgreSQL (figures in docs/PERFORMANCE.md): how long after a
// server's status write commits the console's table shows the new status, and how much CPU a
// console that only shows status uses meanwhile.
//
//   bench_console_team --phones 200000 --changes 50000 --interval 60 --sweeps 2
//
// A new database on the PostgreSQL test cluster (PHONEDESK_TEST_PG_HOST/PORT/USER, as scripts/test
// sets them) with N managed phones, set up for a team with a Server login and an Operator (or
// Viewer) login. This process is the server: as the Server login it writes sweeps through
// StatusRepository::applyProbeResults the way phonedesk-server's poller does, one batch per
// second with the phones probed in it (the sweep spread over the interval, at most --rate probes
// per second), every phone of the sweep in it, --changes of them flipping between Online and
// Offline. The console is this binary again in its own process (--console): the real MainWindow
// offscreen, signed in with the member's login, its own ConnectionGuard and team-mode DeviceControl
// as the console application sets them up, fed by LISTEN/NOTIFY only.
//
// Latency: for --samples flipped phones per sweep, from the return of the applyProbeResults call
// whose transaction wrote the phone (its commit, here) to the moment the console's PhoneTableModel
// data() for the phone's Status cell returns the new status (checked at every dataChanged,
// modelReset, layoutChanged and rowsInserted of the model). Both sides read CLOCK_MONOTONIC.
// CPU: getrusage(RUSAGE_SELF) of the console process (user + system) over the sweeps' intervals.

#include "connectionguard.h"
#include "consolebench.h"
#include "demodata.h"
#include "devicecontrol.h"
#include "mainwindow.h"
#include "phonerepository.h"
#include "phonetablemodel.h"
#include "processguard.h"
#include "statusicons.h"
#include "statusrepository.h"
#include "testsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHash>
#include <QProcess>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTreeView>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace PhoneDesk;
using namespace PhoneDesk::Bench;
using namespace PhoneDesk::Test;

namespace {
const QString Password = QStringLiteral("bench console password 1");

qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void out(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// --- the console process ---------------------------------------------------------------------
//
// stdin: "watch <id>:<status>,<id>:<status>,..." (replaces the watched phones; answered with
// "watching <n> <already showing it>"), "cpu" (answered with "cpu <user µs> <system µs> <max RSS
// kB>"), "quit". stdout: "ready <rows> <ms to first paint>", and "seen <id> <monotonic ns>" when a
// change of the model (dataChanged, reset, layout change, insertion) makes the Status cell of a
// watched phone show its new status.
class ConsoleSide final : public QObject
{
public:
    explicit ConsoleSide(PhoneTableModel *model)
        : m_model(model)
        , m_stdin(STDIN_FILENO, QSocketNotifier::Read)
    {
        connect(&m_stdin, &QSocketNotifier::activated, this, &ConsoleSide::readCommands);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (topLeft.column() <= PhoneTableModel::Status &&
                        bottomRight.column() >= PhoneTableModel::Status)
                        check(topLeft.row(), bottomRight.row());
                });
        auto everyRow = [this] { check(0, m_model->rowCount() - 1); };
        connect(model, &QAbstractItemModel::modelReset, this, everyRow);
        connect(model, &QAbstractItemModel::layoutChanged, this, everyRow);
        connect(model, &QAbstractItemModel::rowsInserted, this, everyRow);
    }

private:
    void check(int firstRow, int lastRow)
    {
        if (m_watched.isEmpty())
            return;
        const qint64 now = monotonicNs();
        for (auto it = m_watched.begin(); it != m_watched.end();) {
            const int row = m_model->rowOf(it.key());
            if (row >= firstRow && row <= lastRow &&
                m_model->index(row, PhoneTableModel::Status).data().toString() == it.value()) {
                out(QStringLiteral("seen %1 %2").arg(it.key()).arg(now));
                it = m_watched.erase(it);
            } else {
                ++it;
            }
        }
    }

    void readCommands()
    {
        char buffer[65536];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            QCoreApplication::quit();
            return;
        }
        m_input.append(buffer, n);
        qsizetype end;
        while ((end = m_input.indexOf('\n')) >= 0) {
            const QByteArray line = m_input.left(end).trimmed();
            m_input.remove(0, end + 1);
            if (line.startsWith("watch ")) {
                m_watched.clear();
                for (const QByteArray &item : line.mid(6).split(',')) {
                    const QList<QByteArray> parts = item.split(':');
                    if (parts.size() == 2)
                        m_watched.insert(parts.at(0).toLongLong(),
                                         StatusIcons::label(PhoneStatus(parts.at(1).toInt())));
                }
                // A cell that shows the new status already still shows the last sweep's change
                // (this console lags a sweep behind): counted, and seen at the next change shown.
                int stale = 0;
                for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
                    const int row = m_model->rowOf(it.key());
                    stale += row >= 0 &&
                        m_model->index(row, PhoneTableModel::Status).data().toString() == it.value();
                }
                out(QStringLiteral("watching %1 %2").arg(m_watched.size()).arg(stale));
            } else if (line == "cpu") {
                rusage usage {};
                getrusage(RUSAGE_SELF, &usage);
                out(QStringLiteral("cpu %1 %2 %3")
                        .arg(qint64(usage.ru_utime.tv_sec) * 1000000 + usage.ru_utime.tv_usec)
                        .arg(qint64(usage.ru_stime.tv_sec) * 1000000 + usage.ru_stime.tv_usec)
                        .arg(usage.ru_maxrss));
            } else if (line == "quit") {
                QCoreApplication::quit();
            }
        }
    }

    PhoneTableModel *m_model;
    QSocketNotifier m_stdin;
    QByteArray m_input;
    QHash<Id, QString> m_watched; // phone -> the status text its cell is to show
};

int runConsole(const QString &database, const QString &login)
{
    auto opened = Storage::open(asLogin(postgresSpec(database), login, Password));
    if (!opened) {
        std::fprintf(stderr, "console: %s\n", qPrintable(opened.error().fullText()));
        return 1;
    }
    std::unique_ptr<Storage> storage = std::move(opened).value();
    // As the console application does for a team database.
    new ConnectionGuard(*storage, QStringLiteral("main"));
    DeviceControl control(storage.get(), DeviceControlConfig());
    const qint64 started = monotonicNs();
    PaintWatch watch;
    MainWindow window(*storage);
    if (control.commandsThroughDatabase() && roleAllows(storage->role(), Permission::ControlPhones))
        window.setDeviceControl(&control);
    window.phoneView()->viewport()->installEventFilter(&watch);
    window.resize(1280, 760);
    window.show();
    while (!watch.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    ConsoleSide side(window.phoneModel());
    out(QStringLiteral("ready %1 %2")
            .arg(window.phoneModel()->rowCount())
            .arg((monotonicNs() - started) / 1000000));
    return QCoreApplication::exec();
}

// --- the server side ---------------------------------------------------------------------------

class ConsoleProcess
{
public:
    QProcess process;
    QHash<Id, qint64> seen; // phone -> when its cell showed the new status (since the last watch)
    QList<QByteArray> replies; // every other line

    // Reads what the console wrote, waiting at most `ms`.
    void poll(int ms)
    {
        process.waitForReadyRead(ms);
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (line.startsWith("seen ")) {
                const QList<QByteArray> parts = line.split(' ');
                seen.insert(parts.value(1).toLongLong(), parts.value(2).toLongLong());
            } else {
                if (line.startsWith("watching "))
                    seen.clear(); // what came before was about the phones watched before
                replies.append(line);
            }
        }
    }

    // The next reply starting with `prefix` (within `ms`); empty when none came.
    QByteArray await(const QByteArray &prefix, int ms)
    {
        const qint64 deadline = monotonicNs() + qint64(ms) * 1000000;
        while (true) {
            for (qsizetype i = 0; i < replies.size(); ++i) {
                if (replies.at(i).startsWith(prefix))
                    return replies.takeAt(i);
            }
            const qint64 left = (deadline - monotonicNs()) / 1000000;
            if (left <= 0 || process.state() != QProcess::Running)
                return {};
            poll(int(std::min<qint64>(left, 100)));
        }
    }

    // Waits until `until` (monotonic ns), reading the console's lines meanwhile.
    void idleUntil(qint64 until)
    {
        for (qint64 now = monotonicNs(); now < until; now = monotonicNs())
            poll(int(std::max<qint64>(1, std::min<qint64>((until - now) / 1000000, 100))));
    }

    struct Cpu
    {
        double seconds = -1;
        qint64 maxRssKb = 0;
    };
    void send(const QByteArray &line)
    {
        process.write(line + '\n');
        process.waitForBytesWritten(30000);
    }

    Cpu cpu()
    {
        send("cpu");
        const QList<QByteArray> parts = await("cpu ", 30000).split(' ');
        if (parts.size() != 4)
            return {};
        return {double(parts.at(1).toLongLong() + parts.at(2).toLongLong()) / 1e6, parts.at(3).toLongLong()};
    }
};

QList<StatusRecord> sweepRecords(const QList<Id> &ids, int flipEvery, bool flippedOffline)
{
    QList<StatusRecord> records;
    records.reserve(ids.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        StatusRecord r;
        r.phoneId = ids.at(i);
        if (flippedOffline && i % flipEvery == 0) {
            r.status = PhoneStatus::Offline;
            r.detail = QStringLiteral("no answer after 3 tries");
        } else {
            r.status = PhoneStatus::Online;
            r.rttMs = 3 + int(i % 17);
            r.lastSeen = now;
        }
        records.append(r);
    }
    return records;
}

QString figures(const QList<double> &ms)
{
    if (ms.isEmpty())
        return QStringLiteral("none");
    return QStringLiteral("min %1 ms, median %2 ms, p95 %3 ms, max %4 ms (%5 samples)")
        .arg(percentile(ms, 0), 0, 'f', 0)
        .arg(percentile(ms, 0.5), 0, 'f', 0)
        .arg(percentile(ms, 0.95), 0, 'f', 0)
        .arg(percentile(ms, 1.0), 0, 'f', 0)
        .arg(ms.size());
}
} // namespace

int main(int argc, char *argv[])
{
    PhoneDesk::ProcessGuard::install(); // before any socket: no peer can end this process
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PhoneDeskBench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption phonesOption(QStringLiteral("phones"), QStringLiteral("Phones."),
                                          QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption changesOption(
        QStringLiteral("changes"), QStringLiteral("Phones flipping between Online and Offline per sweep."),
        QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption sweepsOption(QStringLiteral("sweeps"), QStringLiteral("Sweeps measured."),
                                          QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"),
                                            QStringLiteral("Seconds from one sweep to the next."),
                                            QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Probes per second at most."),
                                        QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"),
                                           QStringLiteral("Flipped phones timed per sweep."),
                                           QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        QStringLiteral("The console's team role: operator or viewer."),
                                        QStringLiteral("role"), QStringLiteral("operator"));
    const QCommandLineOption consoleOption(QStringLiteral("console"),
                                           QStringLiteral("Internal: be the console on this database."),
                                           QStringLiteral("database"));
    const QCommandLineOption loginOption(
        QStringLiteral("login"), QStringLiteral("Internal: the console's login."), QStringLiteral("login"));
    parser.addOptions({phonesOption, changesOption, sweepsOption, intervalOption, rateOption, samplesOption,
                       roleOption, consoleOption, loginOption});
    parser.process(app);
    if (parser.isSet(consoleOption))
        return runConsole(parser.value(consoleOption), parser.value(loginOption));

    const int phones = parser.value(phonesOption).toInt();
    const int changes = std::clamp(parser.value(changesOption).toInt(), 1, phones);
    const int sweeps = std::max(1, parser.value(sweepsOption).toInt());
    const double interval = std::max(1.0, parser.value(intervalOption).toDouble());
    const int rate = std::max(1, parser.value(rateOption).toInt());
    const int samples = std::clamp(parser.value(samplesOption).toInt(), 1, changes);
    const bool viewer = parser.value(roleOption) == QLatin1String("viewer");
    if (!postgresAvailable()) {
        out(QStringLiteral("needs PHONEDESK_TEST_PG_HOST/PORT/USER (a PostgreSQL test cluster)"));
        return 1;
    }

    // The database, its team and its phones.
    QString error;
    TestDatabase db = createDatabase(Backend::Postgres, &error);
    if (!db.storage) {
        out(error);
        return 1;
    }
    db.storage->setActor(QStringLiteral("bench"), Role::Administrator);
    qint64 clock = monotonicNs();
    DemoOptions demo;
    demo.managedPhones = phones;
    demo.unmanagedPhones = 0;
    demo.webRtcPhones = 0;
    demo.remotePhones = 0;
    demo.quarantinedPhones = 0;
    demo.users = 10;
    if (auto filled = populateDemoData(*db.storage, demo); !filled) {
        out(filled.error().fullText());
        return 1;
    }
    auto rows = db.storage->phones().list();
    if (!rows) {
        out(rows.error().fullText());
        return 1;
    }
    QList<Id> ids;
    ids.reserve(rows->size());
    for (const PhoneRow &row : std::as_const(*rows))
        ids.append(row.id);
    rows->clear();
    const QString serverLogin = teamLogin(db, QStringLiteral("server"));
    const QString consoleLogin =
        teamLogin(db, viewer ? QStringLiteral("viewer") : QStringLiteral("operator"));
    if (auto setup = db.storage->team().setup(); !setup) {
        out(setup.error().fullText());
        return 1;
    }
    if (!addTeamMember(*db.storage, serverLogin, TeamRole::Server, Password, &error) ||
        !addTeamMember(*db.storage, consoleLogin, viewer ? TeamRole::Viewer : TeamRole::Operator, Password,
                       &error)) {
        out(error);
        return 1;
    }
    auto opened = Storage::open(asLogin(db.spec, serverLogin, Password));
    if (!opened) {
        out(opened.error().fullText());
        return 1;
    }
    std::unique_ptr<Storage> server = std::move(opened).value();
    db.storage.reset();

    // Every phone Online before the console starts.
    const int flipEvery = std::max(1, phones / changes);
    const int batch = std::max(1, int(std::ceil(std::min<double>(rate, double(ids.size()) / interval))));
    {
        const QList<StatusRecord> all = sweepRecords(ids, flipEvery, false);
        for (qsizetype from = 0; from < all.size(); from += 20000) {
            if (auto written = server->status().applyProbeResults(all.mid(from, 20000)); !written) {
                out(written.error().fullText());
                return 1;
            }
        }
    }
    out(QStringLiteral("database: %1 phones (%2 flip per sweep), team set up, all Online, in %3 s")
            .arg(ids.size())
            .arg((ids.size() + flipEvery - 1) / flipEvery)
            .arg(double(monotonicNs() - clock) / 1e9, 0, 'f', 1));

    // The console.
    ConsoleProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    console.process.setProcessEnvironment(env);
    console.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    console.process.start(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("--console"), db.spec.database, QStringLiteral("--login"), consoleLogin});
    console.process.waitForStarted(30000);
    const QList<QByteArray> ready = console.await("ready ", 600000).split(' ');
    if (ready.size() != 3 || ready.at(1).toInt() != ids.size()) {
        out(QStringLiteral("the console did not start with %1 phones").arg(ids.size()));
        return 1;
    }
    out(QStringLiteral("console (%1, %2): %3 phones shown, first paint after %4 ms")
            .arg(viewer ? QStringLiteral("Viewer") : QStringLiteral("Operator"), consoleLogin)
            .arg(ready.at(1).toInt())
            .arg(ready.at(2).toInt()));
    console.idleUntil(monotonicNs() + 3000000000LL); // settles (deferred work after the first paint)

    // The sweeps: one batch per second with the phones probed in it.
    QList<double> all;
    QList<double> writes; // ms per applyProbeResults call
    int unseen = 0;
    int lagging = 0; // timed phones whose last sweep's change was not shown when the next began
    const ConsoleProcess::Cpu cpuStart = console.cpu();
    const qint64 windowStart = monotonicNs();
    qint64 sweepStart = windowStart;
    for (int sweep = 1; sweep <= sweeps; ++sweep) {
        const bool offline = sweep % 2 == 1;
        const PhoneStatus expected = offline ? PhoneStatus::Offline : PhoneStatus::Online;
        const QList<StatusRecord> records = sweepRecords(ids, flipEvery, offline);
        // Timed phones: flipped ones spread over the sweep.
        const qsizetype flipped = (ids.size() + flipEvery - 1) / flipEvery;
        QHash<Id, qint64> committed;
        QByteArray watch = "watch ";
        for (int s = 0; s < samples; ++s) {
            const Id id = ids.at(qsizetype(s) * flipped / samples * flipEvery);
            committed.insert(id, -1);
            watch += QByteArray::number(id) + ':' + QByteArray::number(int(expected)) + ',';
        }
        console.send(watch);
        const QList<QByteArray> watching = console.await("watching ", 30000).split(' ');
        if (watching.size() != 3) {
            out(QStringLiteral("the console does not answer"));
            return 1;
        }
        lagging += watching.at(2).toInt();
        console.idleUntil(sweepStart);
        const qint64 writeStart = monotonicNs();
        for (qsizetype from = 0, tick = 0; from < records.size(); from += batch, ++tick) {
            console.idleUntil(writeStart + tick * 1000000000LL);
            const QList<StatusRecord> part = records.mid(from, batch);
            const qint64 before = monotonicNs();
            if (auto written = server->status().applyProbeResults(part); !written) {
                out(written.error().fullText());
                return 1;
            }
            const qint64 commit = monotonicNs(); // the transaction has committed
            writes.append(double(commit - before) / 1e6);
            for (const StatusRecord &r : part) {
                if (auto it = committed.find(r.phoneId); it != committed.end())
                    *it = commit;
            }
        }
        const qint64 written = monotonicNs();
        // Until the interval is over; a console still behind then gets up to 60 s more to show the
        // timed phones before the next sweep starts (the figures say when a sweep started late).
        const qint64 sweepEnd = sweepStart + qint64(interval * 1e9);
        console.idleUntil(std::max(sweepEnd, written + 1000000LL));
        for (const qint64 wait = monotonicNs() + 60000000000LL;
             console.seen.size() < committed.size() && monotonicNs() < wait;)
            console.poll(100);
        const qint64 late = std::max<qint64>(0, monotonicNs() - sweepEnd);
        QList<double> latencies;
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            if (auto seen = console.seen.constFind(it.key()); seen != console.seen.cend() && it.value() > 0)
                latencies.append(double(*seen - it.value()) / 1e6);
        }
        unseen += int(committed.size() - latencies.size());
        all.append(latencies);
        out(QStringLiteral("sweep %1 (%2 phones in %3 batches of up to %4 written in %5 s, %6 -> %7): %8%9")
                .arg(sweep)
                .arg(records.size())
                .arg((records.size() + batch - 1) / batch)
                .arg(batch)
                .arg(double(written - writeStart) / 1e9, 0, 'f', 1)
                .arg(displayName(offline ? PhoneStatus::Online : PhoneStatus::Offline), displayName(expected))
                .arg(figures(latencies))
                .arg(late > 50000000 ? QStringLiteral("; the next sweep started %1 s late")
                                           .arg(double(late) / 1e9, 0, 'f', 1)
                                     : QString()));
        sweepStart = std::max(sweepEnd, monotonicNs());
    }
    const ConsoleProcess::Cpu cpuEnd = console.cpu();
    const double windowSeconds = double(monotonicNs() - windowStart) / 1e9;
    out(QStringLiteral("write to table cell: %1; not shown by the end: %2; the last sweep's change not shown "
                       "yet when the next began: %3")
            .arg(figures(all))
            .arg(unseen)
            .arg(lagging));
    out(QStringLiteral("writer: applyProbeResults per batch of %1: median %2 ms, max %3 ms")
            .arg(batch)
            .arg(percentile(writes, 0.5), 0, 'f', 0)
            .arg(percentile(writes, 1.0), 0, 'f', 0));
    if (cpuStart.seconds >= 0 && cpuEnd.seconds >= 0)
        out(QStringLiteral("console CPU: %1 s user+system over %2 s = %3 % of one core (max RSS %4 MB)")
                .arg(cpuEnd.seconds - cpuStart.seconds, 0, 'f', 2)
                .arg(windowSeconds, 0, 'f', 1)
                .arg(100.0 * (cpuEnd.seconds - cpuStart.seconds) / windowSeconds, 0, 'f', 1)
                .arg(cpuEnd.maxRssKb / 1024));
    console.send("quit");
    console.process.waitForFinished(30000);
    return unseen == 0 && lagging == 0 ? 0 : 2;
}
