// Benchmark: full status sweeps of a simulated fleet, and sipp's OPTIONS rate as a reference.
//
//   bench_status_sweep --phones 50000 --sweeps 3 --sipp-calls 50000            (the console)
//   bench_status_sweep --phones 50000 --sweeps 3 --sipp-calls 0 --poller-only  (the poller alone)
//
// phonedesk-phonesim runs in its own process. By default this process is the console: the main
// window on a SQLite database holding the phones, with DeviceControl polling them as the console
// does it (its own thread and database connection, status written and shown in batches); a 1 ms
// heartbeat timer in the GUI thread measures the longest event-loop stall while sweeps run.
// --poller-only runs a bare SipClient + StatusPoller in the main thread instead (no storage, no
// window) for the raw probing rate.

#include "basesettingsrepository.h"
#include "demodata.h"
#include "devicecontrol.h"
#include "mainwindow.h"
#include "modelcatalog.h"
#include "phonefilterproxymodel.h"
#include "phonerepository.h"
#include "phonetablemodel.h"
#include "processguard.h"
#include "sipclient.h"
#include "siterepository.h"
#include "statuspoller.h"
#include "storage.h"
#include "testsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QUdpSocket>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace PhoneDesk;

namespace {
void out(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

double cpuSeconds()
{
#ifdef Q_OS_UNIX
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
#else
    return 0;
#endif
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

QString memory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    QString rss;
    QString hwm;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            rss = QString::fromLatin1(line.mid(6).simplified());
        if (line.startsWith("VmHWM:"))
            hwm = QString::fromLatin1(line.mid(6).simplified());
    }
    return QStringLiteral("RSS %1 (peak %2)").arg(rss, hwm);
}

// 127.1.0.1 + i skipping .0/.255: the phonesim address scheme.
QString fleetAddress(int index, quint16 port)
{
    const quint32 a = (127u << 24) | (1u << 16) | (quint32(index / 254) << 8) | quint32(index % 254 + 1);
    return QHostAddress(a).toString() + u':' + QString::number(port);
}
} // namespace

// N managed phones, phone i at the fleet's address i.
bool fill(Storage &storage, int phones, quint16 port, QString *error)
{
    DemoOptions demo;
    demo.managedPhones = 0;
    demo.unmanagedPhones = 0;
    demo.webRtcPhones = 0;
    demo.remotePhones = 0;
    demo.users = 0;
    if (auto r = populateDemoData(storage, demo); !r) {
        *error = r.error().fullText();
        return false;
    }
    auto sites = storage.sites().list();
    auto profiles = storage.baseSettings().list();
    if (!sites || !profiles || sites->isEmpty()) {
        *error = QStringLiteral("could not read sites or base settings");
        return false;
    }
    const BaseSettingsSummary *profile = nullptr;
    for (const BaseSettingsSummary &s : *profiles) {
        if (s.settings.modelId == QLatin1String("poly-vvx-450"))
            profile = &s;
    }
    if (!profile) {
        *error = QStringLiteral("no VVX 450 base settings in the demo data");
        return false;
    }
    QList<Phone> batch;
    batch.reserve(phones);
    for (int i = 0; i < phones; ++i) {
        Phone p;
        p.name = QStringLiteral("Desk %1").arg(i, 6, 10, QLatin1Char('0'));
        p.category = PhoneCategory::Managed;
        p.baseSettingsId = profile->settings.id;
        p.siteId = sites->at(i % sites->size()).id;
        p.hardwareId = QStringLiteral("0004f2%1").arg(i, 6, 16, QLatin1Char('0'));
        p.networkAddress = fleetAddress(i, port);
        batch.append(std::move(p));
    }
    if (auto saved = storage.phones().saveMany(batch, {}, QStringLiteral("phone.create")); !saved) {
        *error = saved.error().fullText();
        return false;
    }
    return true;
}

int main(int argc, char *argv[])
{
    PhoneDesk::ProcessGuard::install(); // before any socket: no peer can end this process
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PhoneDeskBench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("phones"), QStringLiteral("Simulated phones."), QStringLiteral("N"),
         QStringLiteral("50000")},
        {QStringLiteral("sweeps"), QStringLiteral("Full sweeps to time."), QStringLiteral("N"),
         QStringLiteral("3")},
        {QStringLiteral("rate"), QStringLiteral("Poller rate cap (probes/s)."), QStringLiteral("N"),
         QStringLiteral("50000")},
        {QStringLiteral("inflight"), QStringLiteral("Poller in-flight cap."), QStringLiteral("N"),
         QStringLiteral("4096")},
        {QStringLiteral("sipp-calls"), QStringLiteral("OPTIONS sipp sends (0 = skip sipp)."),
         QStringLiteral("N"), QStringLiteral("50000")},
        {QStringLiteral("sipp-rate"), QStringLiteral("sipp -r (calls/s)."), QStringLiteral("N"),
         QStringLiteral("50000")},
        {QStringLiteral("poller-only"), QStringLiteral("The poller alone in the main thread, no console.")},
    });
    parser.process(app);
    const int phones = parser.value(QStringLiteral("phones")).toInt();
    const int sweeps = parser.value(QStringLiteral("sweeps")).toInt();
    const int sippCalls = parser.value(QStringLiteral("sipp-calls")).toInt();

#ifdef Q_OS_UNIX
    rlimit limit {};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 20000);
    setrlimit(RLIMIT_NOFILE, &limit);
#endif

    quint16 port = 0;
    {
        QUdpSocket probe;
        probe.bind(QHostAddress::AnyIPv4, 0);
        port = probe.localPort();
    }
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(QStringLiteral(PHONEDESK_PHONESIM_PATH),
              {QStringLiteral("--phones"), QString::number(phones), QStringLiteral("--base-port"),
               QString::number(port), QStringLiteral("--no-rest")});
    if (!sim.waitForReadyRead(30000)) {
        out(QStringLiteral("phonesim did not start: ") + sim.errorString());
        return 1;
    }
    out(QStringLiteral("phonesim: ") + QString::fromLatin1(sim.readLine().trimmed()));

    const bool pollerOnly = parser.isSet(QStringLiteral("poller-only"));
    PollerConfig pc;
    pc.intervalMs = 1000; // as fast as the rate cap allows: sweeps run back to back
    pc.maxRatePerSecond = parser.value(QStringLiteral("rate")).toInt();
    pc.maxInFlight = parser.value(QStringLiteral("inflight")).toInt();
    pc.probeTimeoutMs = 2000;
    pc.attempts = 3;
    pc.batchIntervalMs = 1000;
    SipClientConfig sipConfig;
    sipConfig.timeoutMs = 2000;

    // Heartbeat: the longest gap between 1 ms ticks is the longest event-loop stall.
    QElapsedTimer wall;
    QElapsedTimer beat;
    qint64 maxGapUs = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    int stalls = 0; // gaps over 16 ms
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 gap = beat.nsecsElapsed() / 1000;
        beat.start();
        maxGapUs = std::max(maxGapUs, gap);
        if (gap > 16000) {
            ++stalls;
            if (qEnvironmentVariableIsSet("BENCH_LOG_STALLS"))
                std::fprintf(stderr, "stall %.1f ms at %.3f s\n", gap / 1000.0, wall.nsecsElapsed() / 1e9);
        }
    });

    int batches = 0;
    int done = 0;
    int falseOffline = 0;
    QList<SweepStats> results;
    double cpuStart = 0;
    auto onSweep = [&](const SweepStats &s) {
        results.append(s);
        falseOffline += s.offline;
        if (++done >= sweeps)
            app.quit();
    };
    auto begin = [&](const std::function<void()> &start) {
        QTimer::singleShot(0, [&, start] {
            cpuStart = cpuSeconds();
            wall.start();
            beat.start();
            heartbeat.start();
            start();
        });
        QTimer::singleShot(600000, &app, &QCoreApplication::quit); // bounded
        app.exec();
        heartbeat.stop();
    };

    SipClient::Stats stats;
    int shownOnline = -1;
    int shownOffline = -1;
    if (pollerOnly) {
        SipClient client(sipConfig);
        if (auto r = client.start(); !r) {
            out(r.error().message);
            return 1;
        }
        StatusPoller poller(&client, pc);
        QList<ProbeTarget> targets;
        targets.reserve(phones);
        for (int i = 0; i < phones; ++i)
            targets.append({Id(i + 1), *SipTarget::parse(fleetAddress(i, port))});
        poller.setTargets(targets);
        QObject::connect(&poller, &StatusPoller::updatesReady,
                         [&batches](const QList<ProbeUpdate> &) { ++batches; });
        QObject::connect(&poller, &StatusPoller::sweepFinished, onSweep);
        begin([&poller] { poller.start(); });
        poller.stop();
        stats = client.stats();
    } else {
        QString error;
        Test::TestDatabase db = Test::createDatabase(Test::Backend::Sqlite, &error);
        if (!db.storage) {
            out(QStringLiteral("database: ") + error);
            return 1;
        }
        db.storage->setActor(QStringLiteral("bench"), Role::Administrator);
        QElapsedTimer fillClock;
        fillClock.start();
        if (!fill(*db.storage, phones, port, &error)) {
            out(QStringLiteral("fill: ") + error);
            return 1;
        }
        out(QStringLiteral("console: %1 phones in a SQLite database (%2 ms to create)")
                .arg(phones)
                .arg(fillClock.elapsed()));
        MainWindow window(*db.storage);
        window.resize(1280, 760);
        window.show();
        DeviceControlConfig config;
        config.sip = sipConfig;
        config.poller = pc;
        DeviceControl control(db.storage.get(), config);
        window.setDeviceControl(&control);
        QObject::connect(&control, &DeviceControl::statusesChanged,
                         [&batches](const QList<StatusRecord> &) { ++batches; });
        QObject::connect(&control, &DeviceControl::sweepFinished, onSweep);
        begin([&] {
            if (auto r = control.startPolling(); !r) {
                out(r.error().fullText());
                app.quit();
            }
        });
        control.stopPolling();
        // The last batch reaches the table within a batch interval.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 2 * pc.batchIntervalMs + 500)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const auto counts = window.phoneProxy()->statusCounts();
        shownOnline = counts[size_t(PhoneStatus::Online)];
        shownOffline = counts[size_t(PhoneStatus::Offline)];
        stats = control.sipClient()->stats(); // the command client: idle here
    }
    const double cpu = cpuSeconds() - cpuStart;
    const double seconds = wall.elapsed() / 1000.0;

    out(QStringLiteral("machine: %1 cores, %2; load average %3")
            .arg(QThread::idealThreadCount())
            .arg(QSysInfo::prettyProductName(), loadAverage()));
    for (int i = 0; i < results.size(); ++i) {
        const SweepStats &s = results.at(i);
        out(QStringLiteral("sweep %1: %2 phones in %3 s = %4 probes/s; online %5 degraded %6 offline %7")
                .arg(i + 1)
                .arg(s.probed)
                .arg(s.elapsedMs / 1000.0, 0, 'f', 2)
                .arg(s.elapsedMs ? s.probed * 1000.0 / s.elapsedMs : 0, 0, 'f', 0)
                .arg(s.online)
                .arg(s.degraded)
                .arg(s.offline));
    }
    const QString who = pollerOnly ? QStringLiteral("poller") : QStringLiteral("console");
    out(QStringLiteral("%1: %2 sweeps in %3 s, CPU %4 s (%5 % of one core), %6")
            .arg(who)
            .arg(results.size())
            .arg(seconds, 0, 'f', 2)
            .arg(cpu, 0, 'f', 2)
            .arg(seconds > 0 ? 100.0 * cpu / seconds : 0, 0, 'f', 0)
            .arg(memory()));
    out(QStringLiteral("%1: longest event-loop stall %2 ms, %3 over 16 ms (1 ms heartbeat in the %4 thread); "
                       "%5 status batches; false Offline %6")
            .arg(who)
            .arg(maxGapUs / 1000.0, 0, 'f', 1)
            .arg(stalls)
            .arg(pollerOnly ? QStringLiteral("poller's") : QStringLiteral("GUI"))
            .arg(batches)
            .arg(falseOffline));
    if (pollerOnly) {
        out(QStringLiteral("poller: retransmissions %1, timeouts %2, stray %3, malformed %4")
                .arg(stats.retransmissions)
                .arg(stats.timeouts)
                .arg(stats.stray)
                .arg(stats.malformed));
    } else {
        out(QStringLiteral("console: the Phones tab shows %1 Online and %2 Offline of %3")
                .arg(shownOnline)
                .arg(shownOffline)
                .arg(phones));
        if (shownOnline != phones)
            falseOffline += phones - qMax(0, shownOnline);
    }

    if (sippCalls > 0) {
        QProcess sipp;
        sipp.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer sippClock;
        sippClock.start();
        sipp.start(QStringLiteral("sipp"),
                   {QStringLiteral("-sf"),      QStringLiteral(PHONEDESK_SIPP_SCENARIO),
                    QStringLiteral("-t"),       QStringLiteral("u1"),
                    QStringLiteral("-i"),       QStringLiteral("127.0.0.1"),
                    QStringLiteral("-p"),       QStringLiteral("0"),
                    QStringLiteral("-r"),       parser.value(QStringLiteral("sipp-rate")),
                    QStringLiteral("-l"),       QStringLiteral("4096"),
                    QStringLiteral("-m"),       QString::number(sippCalls),
                    QStringLiteral("-s"),       QStringLiteral("bench"),
                    QStringLiteral("-nostdin"), QStringLiteral("-timeout"),
                    QStringLiteral("120s"),     fleetAddress(0, port)});
        if (!sipp.waitForStarted(5000)) {
            out(QStringLiteral("sipp: could not start (%1)").arg(sipp.errorString()));
        } else {
            sipp.waitForFinished(180000);
            const double sippSeconds = sippClock.elapsed() / 1000.0;
            const QByteArray log = sipp.readAll();
            QByteArray successful;
            for (const QByteArray &line : log.split('\n')) {
                if (line.contains("Successful call"))
                    successful = line.simplified();
            }
            out(QStringLiteral("sipp: %1 OPTIONS in %2 s = %3 transactions/s (exit %4; %5)")
                    .arg(sippCalls)
                    .arg(sippSeconds, 0, 'f', 2)
                    .arg(sippCalls / sippSeconds, 0, 'f', 0)
                    .arg(sipp.exitCode())
                    .arg(QString::fromLatin1(successful)));
        }
    }
    sim.terminate();
    sim.waitForFinished(5000);
    out(QStringLiteral("phonesim: ") + QString::fromLatin1(sim.readAll().trimmed()));
    return falseOffline == 0 ? 0 : 3;
}
