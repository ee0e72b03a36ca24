// Benchmark: full status sweeps of a simulated fleet, and sipp's OPTIONS rate as a reference.
//
//   bench_status_sweep --phones 50000 --sweeps 3 --sipp-calls 50000
//
// phonedesk-phonesim runs in its own process; the poller runs in this process's main thread,
// where a 1 ms heartbeat timer measures the longest event-loop stall while sweeps run.

#include "sipclient.h"
#include "statuspoller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("phones"), QStringLiteral("Simulated phones."), QStringLiteral("N"),
         QStringLiteral("50000")},
        {QStringLiteral("sweeps"), QStringLiteral("Full sweeps to time."), QStringLiteral("N"),
         QStringLiteral("3")},
        {QStringLiteral("rate"), QStringLiteral("Poller rate cap (probes/s)."), QStringLiteral("N"),
         QStringLiteral("20000")},
        {QStringLiteral("inflight"), QStringLiteral("Poller in-flight cap."), QStringLiteral("N"),
         QStringLiteral("4096")},
        {QStringLiteral("sipp-calls"), QStringLiteral("OPTIONS sipp sends (0 = skip sipp)."),
         QStringLiteral("N"), QStringLiteral("50000")},
        {QStringLiteral("sipp-rate"), QStringLiteral("sipp -r (calls/s)."), QStringLiteral("N"),
         QStringLiteral("50000")},
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

    SipClientConfig sipConfig;
    sipConfig.timeoutMs = 2000;
    SipClient client(sipConfig);
    if (auto r = client.start(); !r) {
        out(r.error().message);
        return 1;
    }
    PollerConfig pc;
    pc.intervalMs = 1000; // as fast as the rate cap allows: sweeps run back to back
    pc.maxRatePerSecond = parser.value(QStringLiteral("rate")).toInt();
    pc.maxInFlight = parser.value(QStringLiteral("inflight")).toInt();
    pc.probeTimeoutMs = 2000;
    pc.attempts = 3;
    pc.batchIntervalMs = 1000;
    StatusPoller poller(&client, pc);
    QList<ProbeTarget> targets;
    targets.reserve(phones);
    for (int i = 0; i < phones; ++i)
        targets.append({Id(i + 1), *SipTarget::parse(fleetAddress(i, port))});
    poller.setTargets(targets);

    // Heartbeat: the longest gap between 1 ms ticks is the longest event-loop stall.
    QElapsedTimer beat;
    qint64 maxGapUs = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 gap = beat.nsecsElapsed() / 1000;
        beat.start();
        maxGapUs = std::max(maxGapUs, gap);
    });

    int batches = 0;
    QObject::connect(&poller, &StatusPoller::updatesReady,
                     [&batches](const QList<ProbeUpdate> &) { ++batches; });
    int done = 0;
    int falseOffline = 0;
    QList<SweepStats> results;
    const double cpuStart = cpuSeconds();
    QElapsedTimer wall;
    QObject::connect(&poller, &StatusPoller::sweepFinished, [&](const SweepStats &s) {
        results.append(s);
        falseOffline += s.offline;
        if (++done >= sweeps) {
            poller.stop();
            app.quit();
        }
    });
    QTimer::singleShot(0, [&] {
        wall.start();
        beat.start();
        heartbeat.start();
        poller.start();
    });
    QTimer::singleShot(600000, &app, &QCoreApplication::quit); // bounded
    app.exec();
    heartbeat.stop();
    const double cpu = cpuSeconds() - cpuStart;
    const double seconds = wall.elapsed() / 1000.0;

    out(QStringLiteral("machine: %1 cores, %2")
            .arg(QThread::idealThreadCount())
            .arg(QSysInfo::prettyProductName()));
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
    const auto stats = client.stats();
    out(QStringLiteral("poller: %1 sweeps in %2 s, CPU %3 s (%4 % of one core), %5")
            .arg(results.size())
            .arg(seconds, 0, 'f', 2)
            .arg(cpu, 0, 'f', 2)
            .arg(seconds > 0 ? 100.0 * cpu / seconds : 0, 0, 'f', 0)
            .arg(memory()));
    out(QStringLiteral(
            "poller: longest event-loop stall %1 ms (1 ms heartbeat); %2 status batches; false Offline %3; "
            "retransmissions %4, timeouts %5, stray %6, malformed %7")
            .arg(maxGapUs / 1000.0, 0, 'f', 1)
            .arg(batches)
            .arg(falseOffline)
            .arg(stats.retransmissions)
            .arg(stats.timeouts)
            .arg(stats.stray)
            .arg(stats.malformed));

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
