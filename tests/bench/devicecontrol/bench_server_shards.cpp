// Benchmark: phonedesk-server instances sharing one PostgreSQL database.
//
//   bench_server_shards --phones 200000 --servers 3
//
// A database on the PostgreSQL test cluster (PHONEDESK_TEST_PG_HOST/PORT/USER, as scripts/test
// sets them) with N managed phones whose addresses are phonedesk-phonesim's (its own process,
// --no-rest; one per 100,000 phones). First one phonedesk-server, then `--servers` of them, all with a 1 s
// poll interval, so that every poller sweeps back to back as fast as its rate cap (20,000 probes/s), the
// simulator and the machine allow. Each figure is read from the servers' health endpoints (GET /status: the
// last sweep's duration and phones probed). Then one of the servers is killed with SIGKILL and the time until
// the others hold all 64 shards, and until their sweeps cover every phone again, is measured.

#include "demodata.h"
#include "shard.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUdpSocket>

#include <csignal>
#include <cstdio>
#include <list>
#include <memory>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
void out(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// 127.1.0.1 + i skipping .0/.255: the phonesim address scheme.
QString fleetAddress(int index, quint16 port)
{
    const quint32 a = (127u << 24) | (1u << 16) | (quint32(index / 254) << 8) | quint32(index % 254 + 1);
    return QHostAddress(a).toString() + u':' + QString::number(port);
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

struct Server
{
    quint16 healthPort = 0;
    std::unique_ptr<QProcess> process;
};

QJsonObject status(const Server &s)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, s.healthPort);
    if (!socket.waitForConnected(2000))
        return {};
    socket.write("GET /status HTTP/1.0\r\n\r\n");
    QByteArray reply;
    while (socket.waitForReadyRead(3000))
        reply += socket.readAll();
    const qsizetype body = reply.indexOf("\r\n\r\n");
    return body < 0 ? QJsonObject() : QJsonDocument::fromJson(reply.mid(body + 4)).object();
}

QJsonObject part(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

class Bench
{
public:
    QTemporaryDir dir;
    QString url;
    std::list<Server> servers;

    Server *start()
    {
        Server &s = servers.emplace_back();
        s.healthPort = freePort();
        const QString config = dir.filePath(QStringLiteral("server-%1.conf").arg(servers.size()));
        {
            QSettings ini(config, QSettings::IniFormat);
            ini.setValue(QStringLiteral("database/url"), url);
            ini.setValue(QStringLiteral("provisioning/address"), QStringLiteral("127.0.0.1"));
            ini.setValue(QStringLiteral("provisioning/port"), 0);
            ini.setValue(QStringLiteral("provisioning/certificate"),
                         dir.filePath(QStringLiteral("server.pem")));
            ini.setValue(QStringLiteral("provisioning/key"), dir.filePath(QStringLiteral("server.key")));
            ini.setValue(QStringLiteral("provisioning/clientCertificates"), QStringLiteral("off"));
            ini.setValue(QStringLiteral("provisioning/accessLog"), false);
            ini.setValue(QStringLiteral("deviceControl/bindAddress"), QStringLiteral("127.0.0.1"));
            ini.setValue(QStringLiteral("deviceControl/pollInterval"), 1);
            ini.setValue(QStringLiteral("health/port"), s.healthPort);
            ini.setValue(QStringLiteral("logging/syslog"), false);
        }
        s.process = std::make_unique<QProcess>();
        s.process->setProcessChannelMode(QProcess::MergedChannels);
        s.process->setStandardOutputFile(dir.filePath(QStringLiteral("server-%1.log").arg(servers.size())));
        s.process->start(QStringLiteral(PHONEDESK_SERVER_BINARY), {QStringLiteral("--config"), config});
        return s.process->waitForStarted(10000) ? &s : nullptr;
    }

    QList<Server *> running()
    {
        QList<Server *> list;
        for (Server &s : servers) {
            if (s.process && s.process->state() == QProcess::Running)
                list.append(&s);
        }
        return list;
    }

    // Until the running servers agree on their number and hold 64 shards between them.
    bool settled(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            int held = 0;
            bool agree = true;
            const auto list = running();
            for (Server *s : list) {
                const QJsonObject shards = part(status(*s), "shards");
                agree = agree && shards.value(QLatin1String("servers")).toInt() == list.size();
                held += shards.value(QLatin1String("held")).toInt();
            }
            if (agree && held == ShardCount)
                return true;
            QThread::msleep(50);
        }
        return false;
    }

    // Waits for `sweeps` further sweeps of every running server; the last one's figures.
    struct Sweep
    {
        int probed = 0;
        qint64 ms = 0;
    };
    QList<Sweep> sweeps(int sweeps, int timeoutMs)
    {
        const auto list = running();
        QList<QString> last(list.size());
        QList<int> seen(list.size(), 0);
        QList<Sweep> result(list.size());
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            bool all = true;
            for (int i = 0; i < list.size(); ++i) {
                const QJsonObject sweep = part(status(*list[i]), "lastSweep");
                const QString at = sweep.value(QLatin1String("finishedAt")).toString();
                if (!at.isEmpty() && at != last[i]) {
                    if (!last[i].isEmpty())
                        ++seen[i];
                    last[i] = at;
                    result[i] = {sweep.value(QLatin1String("probed")).toInt(),
                                 qint64(sweep.value(QLatin1String("durationMs")).toInteger())};
                }
                all = all && seen[i] >= sweeps;
            }
            if (all)
                return result;
            QThread::msleep(100);
        }
        return {};
    }

    // Sweeps until the running servers' last sweeps cover every phone between them (the phones of
    // shards just taken are probed at once, outside the sweeps, so the first sweeps after a start
    // or a takeover cover only part of them); the figures of those last sweeps.
    QList<Sweep> fullSweeps(int phones)
    {
        QList<Sweep> last;
        for (int round = 0; round < 30; ++round) {
            last = sweeps(1, 900000);
            int probed = 0;
            for (const auto &s : last)
                probed += s.probed;
            if (probed >= phones)
                return last;
        }
        return {};
    }

    void stopAll()
    {
        for (Server *s : running())
            ::kill(pid_t(s->process->processId()), SIGTERM);
        for (Server &s : servers) {
            if (s.process)
                s.process->waitForFinished(30000);
        }
        servers.clear();
    }
};

QString describe(const QList<Bench::Sweep> &sweeps)
{
    QStringList parts;
    qint64 probed = 0;
    double rate = 0;
    for (const auto &s : sweeps) {
        const double r = s.ms > 0 ? s.probed * 1000.0 / s.ms : 0;
        parts.append(QStringLiteral("%1 phones in %2 ms = %3 /s").arg(s.probed).arg(s.ms).arg(qRound(r)));
        probed += s.probed;
        rate += r;
    }
    return QStringLiteral("%1; together %2 phones per sweep, %3 probes/s")
        .arg(parts.join(QStringLiteral("; ")))
        .arg(probed)
        .arg(qRound(rate));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("phones"), QStringLiteral("Phones."), QStringLiteral("N"), QStringLiteral("200000")},
         {QStringLiteral("servers"), QStringLiteral("Servers sharing the database."), QStringLiteral("N"),
          QStringLiteral("3")}});
    parser.process(app);
    const int phones = parser.value(QStringLiteral("phones")).toInt();
    const int count = parser.value(QStringLiteral("servers")).toInt();
    if (!postgresAvailable()) {
        out(QStringLiteral("needs PHONEDESK_TEST_PG_HOST/PORT/USER (a PostgreSQL test cluster)"));
        return 1;
    }
    Bench bench;
    QProcess req;
    req.start(QStringLiteral("openssl"),
              {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
               QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
               QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
               QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
               QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"),
               bench.dir.filePath(QStringLiteral("server.key")), QStringLiteral("-out"),
               bench.dir.filePath(QStringLiteral("server.pem"))});
    if (!req.waitForFinished(30000) || req.exitCode() != 0) {
        out(QStringLiteral("openssl req failed"));
        return 1;
    }

    // One simulator carries at most 129,032 phones (its loopback addresses): more phones, more
    // simulators, each on its own port over the same addresses.
    constexpr int PerSimulator = 100000;
    QList<quint16> ports;
    std::list<QProcess> sims;
    for (int first = 0; first < phones; first += PerSimulator) {
        quint16 port = 0;
        {
            QUdpSocket probe;
            probe.bind(QHostAddress::AnyIPv4, 0);
            port = probe.localPort();
        }
        QProcess &sim = sims.emplace_back();
        sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sim.start(QStringLiteral(PHONEDESK_PHONESIM_PATH),
                  {QStringLiteral("--phones"), QString::number(std::min(PerSimulator, phones - first)),
                   QStringLiteral("--base-port"), QString::number(port), QStringLiteral("--no-rest")});
        if (!sim.waitForReadyRead(60000)) {
            out(QStringLiteral("phonesim did not start"));
            return 1;
        }
        out(QStringLiteral("phonesim: ") + QString::fromLatin1(sim.readLine().trimmed()));
        ports.append(port);
    }

    QString error;
    TestDatabase db = createDatabase(Backend::Postgres, &error);
    if (!db.storage) {
        out(error);
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    DemoOptions demo;
    demo.managedPhones = phones;
    demo.unmanagedPhones = 0;
    demo.webRtcPhones = 0;
    demo.remotePhones = 0;
    demo.quarantinedPhones = 0;
    demo.users = 10;
    demo.networkAddress = [&ports](int index) {
        return fleetAddress(index % PerSimulator, ports[index / PerSimulator]);
    };
    if (auto filled = populateDemoData(*db.storage, demo); !filled) {
        out(filled.error().fullText());
        return 1;
    }
    out(QStringLiteral("database: %1 phones in %2 s").arg(phones).arg(clock.elapsed() / 1000.0, 0, 'f', 1));
    bench.url = QStringLiteral("postgresql://%1@%2:%3/%4")
                    .arg(db.spec.user, db.spec.host)
                    .arg(db.spec.port)
                    .arg(db.spec.database);

    // One server.
    if (!bench.start() || !bench.settled(900000)) {
        out(QStringLiteral("one server did not start"));
        return 1;
    }
    auto one = bench.fullSweeps(phones);
    if (one.isEmpty()) {
        out(QStringLiteral("one server: no sweeps"));
        return 1;
    }
    out(QStringLiteral("1 server: ") + describe(one));
    bench.stopAll();

    // `count` servers.
    for (int i = 0; i < count; ++i) {
        if (!bench.start()) {
            out(QStringLiteral("server %1 did not start").arg(i + 1));
            return 1;
        }
    }
    if (!bench.settled(900000)) {
        out(QStringLiteral("the servers did not settle"));
        return 1;
    }
    auto many = bench.fullSweeps(phones);
    if (many.isEmpty()) {
        out(QStringLiteral("%1 servers: no sweeps").arg(count));
        return 1;
    }
    out(QStringLiteral("%1 servers: ").arg(count) + describe(many));

    // kill -9 one: until the others hold every shard, then until their sweeps cover every phone.
    Server *victim = bench.running().constLast();
    ::kill(pid_t(victim->process->processId()), SIGKILL);
    victim->process->waitForFinished(5000);
    clock.restart();
    if (!bench.settled(900000)) {
        out(QStringLiteral("no takeover"));
        return 1;
    }
    const qint64 shardsTaken = clock.elapsed();
    const QList<Bench::Sweep> after = bench.fullSweeps(phones);
    out(QStringLiteral("kill -9 of one server: the others hold all 64 shards after %1 ms; first sweeps "
                       "covering every phone finished %2 ms after the kill (%3)")
            .arg(shardsTaken)
            .arg(clock.elapsed())
            .arg(describe(after)));
    bench.stopAll();
    for (QProcess &sim : sims) {
        ::kill(pid_t(sim.processId()), SIGTERM);
        sim.waitForFinished(10000);
    }
    return 0;
}
