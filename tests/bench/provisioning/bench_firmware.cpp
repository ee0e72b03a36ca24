// Benchmark: many phones downloading one firmware image at once over HTTPS, from PhoneDesk's
// provisioning server and, in the same run, from Debian's nginx serving the same cached file over
// TLS with the same certificate and cipher policy. Each phone downloads the whole image once;
// PhoneDesk authenticates every download with that phone's own Digest secret and checks its
// User-Agent. The load client is curl --parallel, split over several processes (curl holds at
// most 300 transfers per process), whose CPU time is measured next to the servers'.
// Figures: wall time, total throughput, the ratio PhoneDesk/nginx, the concurrent connections
// seen, and the server's resident memory before and at the peak of each run.

#include "firmwarecache.h"
#include "firmwareserving.h"
#include "processguard.h"
#include "provisioningtestenv.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>
#include <QTcpServer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
const QString YealinkRom = QStringLiteral("T46U(T43U,T46U,T41U,T48U,T42U,T44U,T44W)-108.86.0.90.rom");

// The cipher policy of PhoneDesk's provisioning server (provisioningserver.cpp), given to nginx
// too: bulk encryption is most of the work of a download, so both must use the same suite.
const char *Tls12Ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                           "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                           "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";
const char *Tls13Ciphers = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";

void out(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray readProc(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A field of /proc/<pid>/status in KiB ("VmRSS", "VmHWM"); -1 when unreadable.
qint64 statusKib(const QString &pid, const QByteArray &field)
{
    for (const QByteArray &line : readProc(QStringLiteral("/proc/%1/status").arg(pid)).split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// User + system CPU seconds of a process (/proc/<pid>/stat, fields 14 and 15).
double cpuSecondsOf(const QString &pid)
{
    const QByteArray stat = readProc(QStringLiteral("/proc/%1/stat").arg(pid));
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(::sysconf(_SC_CLK_TCK));
}

// CPU seconds of this process's connection threads ("provisioning-<n>"), without the main thread
// (which also runs this benchmark's sampling).
double connectionThreadsCpuSeconds()
{
    double sum = 0;
    const QStringList tasks =
        QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tasks) {
        if (readProc(QStringLiteral("/proc/self/task/%1/comm").arg(tid)).startsWith("provisioning"))
            sum += cpuSecondsOf(QStringLiteral("self/task/") + tid);
    }
    return sum;
}

double ownCpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
        double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The processes whose parent is `parent` (nginx's workers).
QStringList childrenOf(qint64 parent)
{
    QStringList pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool number = false;
        entry.toLongLong(&number);
        if (!number)
            continue;
        const QByteArray stat = readProc(QStringLiteral("/proc/%1/stat").arg(entry));
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
            pids.append(entry);
    }
    return pids;
}

// Established TCP connections whose local port is `port` (the server's side of each download),
// counted by the client's address and port: /proc/net/tcp is read in pieces while sockets come
// and go, so one socket may be listed twice.
int establishedOn(quint16 port)
{
    const QByteArray local = ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    QSet<QByteArray> peers;
    for (const QByteArray &line : readProc(QStringLiteral("/proc/net/tcp")).split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() > 3 && f.at(1).endsWith(local) && f.at(3) == "01")
            peers.insert(f.at(2));
    }
    return int(peers.size());
}

QString loadAverage()
{
    return QString::fromLatin1(readProc(QStringLiteral("/proc/loadavg")).split(' ').mid(0, 3).join(' '));
}

struct Phone500
{
    QString mac;
    QString secret;
};

struct Measurement
{
    QString load; // load average just before
    double wallSeconds = 0;
    qint64 bytes = 0;
    int complete = 0; // 200 with every byte of the image
    int failed = 0;
    double serverCpu = 0;
    double connectionCpu = 0;
    double clientCpu = 0;
    int peakConnections = 0;
    qint64 rssBeforeKib = 0;
    qint64 rssPeakKib = 0;
    QString firstFailure;

    double megabytesPerSecond() const { return wallSeconds > 0 ? double(bytes) / 1e6 / wallSeconds : 0; }
};

// What a run samples of the server under test.
struct ServerProbe
{
    quint16 port = 0;
    std::function<qint64()> rssKib;
    std::function<double()> cpuSeconds;
    std::function<double()> connectionCpuSeconds; // the threads or processes that serve connections
    std::function<void()> resetPeak; // before a run; the high-water mark is then that run's
    std::function<qint64()> peakKib; // after a run; -1 when there is none
};

class Bench
{
public:
    int phones = 500;
    qint64 imageSize = 60 * 1024 * 1024;
    int runs = 3;
    int clientProcesses = 2;

    int run();

private:
    bool setUp();
    bool addPhones();
    bool addImage();
    bool startServer();
    bool startNginx();
    void writeClientConfigs(const QString &name, quint16 port, bool digest);
    QString negotiated(quint16 port);
    Measurement measure(const QString &name, const ServerProbe &probe);
    static void collect(QProcess &client, Measurement &m, qint64 imageSize);
    ServerProbe phonedeskProbe() const;
    ServerProbe nginxProbe() const;
    void report(const QList<Measurement> &pd, const QList<Measurement> &ng) const;
    bool fail(const QString &message) const
    {
        out(QStringLiteral("FAIL: %1").arg(message));
        return false;
    }

    TestPki m_pki;
    TestDatabase m_db;
    TestFleet m_fleet;
    QList<Phone500> m_phones;
    FirmwareImage m_image;
    std::unique_ptr<ProvisioningServer> m_server;
    QProcess m_nginx;
    quint16 m_nginxPort = 0;
    QHash<QString, QStringList> m_configs; // per server: one curl config per client process
};

bool Bench::setUp()
{
    QString error;
    if (!m_pki.create(&error))
        return fail(error);
    m_db = createDatabase(Backend::Sqlite, &error);
    if (!m_db.storage)
        return fail(error);
    m_db.storage->setActor(QStringLiteral("bench"), Role::Administrator);
    if (!m_fleet.create(*m_db.storage, &error))
        return fail(error);
    return addPhones() && addImage() && startServer() && startNginx();
}

// `phones` Yealink T46U phones (the fleet's base settings), each with its own Digest secret.
bool Bench::addPhones()
{
    const Id baseSettingsId = m_db.storage->phones().get(m_fleet.yealinkId).value().baseSettingsId;
    QList<Phone> creates;
    for (int i = 0; i < phones; ++i) {
        Phone p;
        p.name = QStringLiteral("Bench %1").arg(i);
        p.baseSettingsId = baseSettingsId;
        p.siteId = m_fleet.siteId;
        p.hardwareId = QStringLiteral("805ec1%1").arg(i, 6, 16, QLatin1Char('0'));
        p.lineKeys = {LineKey {1, LineKeyType::Line, QString(), QString::number(10000 + i)}};
        creates.append(p);
    }
    auto saved = m_db.storage->phones().saveMany(creates, {}, QStringLiteral("phone.create"));
    if (!saved)
        return fail(saved.error().fullText());
    for (const Phone &p : *saved) {
        auto secret = m_db.storage->phones().deviceSecret(p.id);
        if (!secret)
            return fail(secret.error().fullText());
        m_phones.append({p.hardwareId, *secret});
    }
    out(QStringLiteral("%1 Yealink T46U phones, each with its own Digest secret").arg(m_phones.size()));
    return true;
}

// A Yealink image of pseudo-random bytes (incompressible, as firmware is), added to the library
// the way the console and phonedesk-cli add one.
bool Bench::addImage()
{
    const QString path = m_pki.path(YealinkRom);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1").arg(path));
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (qint64 written = 0; written < imageSize; written += block.size()) {
        for (char &c : block) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x);
        }
        file.write(block.constData(), std::min<qint64>(block.size(), imageSize - written));
    }
    file.close();
    auto added = FirmwareRepository(*m_db.storage).add({path, std::nullopt, {}, {}});
    if (!added)
        return fail(added.error().fullText());
    m_image = *added;
    QFile::remove(path);
    out(QStringLiteral("image %1, %2 bytes, sha256 %3")
            .arg(m_image.fileName)
            .arg(m_image.size)
            .arg(m_image.sha256));
    return true;
}

bool Bench::startServer()
{
    ProvisioningSettings settings;
    settings.address = QHostAddress(QHostAddress::LocalHost);
    settings.port = 0;
    settings.certificatePath = m_pki.path(QStringLiteral("server.pem"));
    settings.keyPath = m_pki.path(QStringLiteral("server.key"));
    settings.clientCertificates = ClientCertificateMode::Off;
    settings.digest = true;
    settings.allowUnauthenticated = false;
    settings.maxConnectionsPerAddress = 4096; // every client is on 127.0.0.1
    settings.failureBurst = 1e9; // each download starts with a Digest challenge (half a failure)
    settings.workerThreads = 2;
    settings.firmwareCacheDir = m_pki.path(QStringLiteral("firmware-cache"));
    m_server = std::make_unique<ProvisioningServer>(*m_db.storage, settings);
    if (auto started = m_server->start(); !started)
        return fail(started.error().fullText());
    // Fill the cache before measuring (the first phone would otherwise get 503 + Retry-After).
    FirmwareCache *cache = m_server->firmwareCache();
    cache->request(m_image.sha256);
    QDeadlineTimer deadline(300000);
    while (!deadline.hasExpired() && cache->lookup(m_image.sha256)->state != FirmwareCache::State::Ready)
        spin(20);
    if (cache->lookup(m_image.sha256)->state != FirmwareCache::State::Ready)
        return fail(QStringLiteral("the image was not cached within 5 minutes"));
    return true;
}

// nginx with the configuration of bench_provisioning, the server's cipher policy, serving the
// server's cached file under the same URLs.
bool Bench::startNginx()
{
#ifdef Q_OS_UNIX
    const bool root = ::geteuid() == 0; // nginx as root must be told which user its workers run as
#else
    const bool root = false;
#endif
    m_nginxPort = freePort();
    const QString temp = m_pki.path(QStringLiteral("nginx-temp"));
    QDir().mkpath(temp);
    const QString conf =
        QStringLiteral(
            "worker_processes 2;\ndaemon off;\npid %1/nginx.pid;\nerror_log %1/error.log;\n%2"
            "events { worker_connections 4096; }\n"
            "http {\n access_log off;\n default_type application/octet-stream;\n"
            " client_body_temp_path %1/body; proxy_temp_path %1/proxy; fastcgi_temp_path %1/fastcgi;\n"
            " uwsgi_temp_path %1/uwsgi; scgi_temp_path %1/scgi;\n"
            " server {\n  listen 127.0.0.1:%3 ssl;\n  ssl_certificate %4;\n  ssl_certificate_key %5;\n"
            "  ssl_protocols TLSv1.2 TLSv1.3;\n  ssl_session_tickets off;\n  ssl_session_cache off;\n"
            "  ssl_prefer_server_ciphers on;\n  ssl_ciphers %6;\n  ssl_conf_command Ciphersuites %7;\n"
            "  location ~ \"^/firmware/[0-9a-f]{12}/([0-9a-f]{64})/[A-Za-z0-9._-]+$\" { alias %8/$1; }\n"
            " }\n}\n")
            .arg(temp, root ? QStringLiteral("user root;\n") : QString())
            .arg(m_nginxPort)
            .arg(m_pki.path(QStringLiteral("server.pem")), m_pki.path(QStringLiteral("server.key")),
                 QString::fromLatin1(Tls12Ciphers), QString::fromLatin1(Tls13Ciphers),
                 m_server->firmwareCache()->directory());
    writeFile(m_pki.path(QStringLiteral("nginx.conf")), conf.toUtf8());
    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.start(
        QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")}),
        {QStringLiteral("-c"), m_pki.path(QStringLiteral("nginx.conf")), QStringLiteral("-p"), temp});
    if (!m_nginx.waitForStarted(10000))
        return fail(QStringLiteral("nginx did not start: %1").arg(m_nginx.errorString()));
    spin(500);
    if (m_nginx.state() != QProcess::Running)
        return fail(QStringLiteral("nginx exited: %1").arg(QString::fromUtf8(m_nginx.readAll())));
    return true;
}

// One curl config per client process, one transfer per phone: its URL, its User-Agent (with its
// MAC, as a Yealink phone sends it) and, for PhoneDesk, its Digest credentials.
void Bench::writeClientConfigs(const QString &name, quint16 port, bool digest)
{
    QList<QByteArray> bodies(clientProcesses);
    const QString ca = m_pki.path(QStringLiteral("server-ca.pem"));
    for (int i = 0; i < m_phones.size(); ++i) {
        const Phone500 &p = m_phones.at(i);
        QString mac;
        for (int j = 0; j < 12; j += 2)
            mac += (j ? QStringLiteral(":") : QString()) + p.mac.mid(j, 2);
        QString block =
            QStringLiteral(
                "url = \"https://127.0.0.1:%1%2\"\nuser-agent = \"Yealink SIP-T46U "
                "108.86.0.45 %3\"\ncacert = \"%4\"\nhttp1.1\noutput = \"/dev/null\"\n"
                "max-time = 1800\nsilent\nshow-error\nwrite-out = \"%{http_code} %{size_download}\\n\"\n")
                .arg(port)
                .arg(FirmwareServing::path(p.mac, m_image), mac, ca);
        if (digest)
            block += QStringLiteral("digest\nuser = \"%1:%2\"\n").arg(p.mac, p.secret);
        QByteArray &body = bodies[i % clientProcesses];
        if (!body.isEmpty())
            body += "next\n";
        body += block.toUtf8();
    }
    QStringList files;
    for (int c = 0; c < clientProcesses; ++c) {
        files.append(m_pki.path(QStringLiteral("%1-client-%2.curlrc").arg(name).arg(c)));
        writeFile(files.last(), bodies.at(c));
    }
    m_configs.insert(name, files);
}

// The protocol and suite curl gets from a server (one HEAD, logged to the figures).
QString Bench::negotiated(quint16 port)
{
    const ProcessResult r = runProcess(QStringLiteral("curl"),
                                       {QStringLiteral("-sSv"), QStringLiteral("-I"), QStringLiteral("-o"),
                                        QStringLiteral("/dev/null"), QStringLiteral("--cacert"),
                                        m_pki.path(QStringLiteral("server-ca.pem")),
                                        QStringLiteral("https://127.0.0.1:%1/").arg(port)});
    for (const QByteArray &line : r.err.split('\n')) {
        if (line.contains("SSL connection using"))
            return QString::fromUtf8(line.mid(line.indexOf("using") + 6).trimmed());
    }
    return QStringLiteral("?");
}

ServerProbe Bench::phonedeskProbe() const
{
    ServerProbe probe;
    probe.port = m_server->serverPort();
    probe.rssKib = [] { return statusKib(QStringLiteral("self"), "VmRSS"); };
    probe.cpuSeconds = ownCpuSeconds;
    probe.connectionCpuSeconds = connectionThreadsCpuSeconds;
    // Writing 5 to clear_refs resets VmHWM to the current resident size (Linux 4.0).
    probe.resetPeak = [] { writeFile(QStringLiteral("/proc/self/clear_refs"), "5"); };
    probe.peakKib = [] { return statusKib(QStringLiteral("self"), "VmHWM"); };
    return probe;
}

ServerProbe Bench::nginxProbe() const
{
    const QStringList workers = childrenOf(m_nginx.processId());
    ServerProbe probe;
    probe.port = m_nginxPort;
    probe.rssKib = [workers] {
        qint64 sum = 0;
        for (const QString &w : workers)
            sum += statusKib(w, "VmRSS");
        return sum;
    };
    probe.cpuSeconds = [workers] {
        double sum = 0;
        for (const QString &w : workers)
            sum += cpuSecondsOf(w);
        return sum;
    };
    probe.connectionCpuSeconds = probe.cpuSeconds;
    probe.resetPeak = [] {};
    probe.peakKib = [] { return qint64(-1); };
    return probe;
}

// All phones at once: the client processes start together; the wall time ends with the last one.
Measurement Bench::measure(const QString &name, const ServerProbe &probe)
{
    Measurement m;
    m.load = loadAverage();
    spin(300); // let the previous run's connections close
    m.rssBeforeKib = probe.rssKib();
    m.rssPeakKib = m.rssBeforeKib;
    probe.resetPeak();
    const double cpuBefore = probe.cpuSeconds();
    const double connectionCpuBefore = probe.connectionCpuSeconds();
    std::vector<std::unique_ptr<QProcess>> clients;
    QElapsedTimer wall;
    wall.start();
    const int perProcess = int((m_phones.size() + clientProcesses - 1) / clientProcesses);
    for (const QString &config : m_configs.value(name)) {
        // `times` reports the CPU time of curl (the shell's child) once it has finished.
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral("sh"),
                 {QStringLiteral("-c"),
                  QStringLiteral("curl -sS --parallel --parallel-immediate --parallel-max %1 -K \"$0\"; "
                                 "times >&2")
                      .arg(perProcess),
                  config});
        clients.push_back(std::move(p));
    }
    auto running = [&] {
        return std::any_of(clients.cbegin(), clients.cend(),
                           [](const auto &p) { return p->state() != QProcess::NotRunning; });
    };
    for (int tick = 0; running(); ++tick) {
        spin(50);
        m.rssPeakKib = std::max(m.rssPeakKib, probe.rssKib());
        if (tick % 20 == 0)
            m.peakConnections = std::max(m.peakConnections, establishedOn(probe.port));
    }
    m.wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    m.serverCpu = probe.cpuSeconds() - cpuBefore;
    m.connectionCpu = probe.connectionCpuSeconds() - connectionCpuBefore;
    m.rssPeakKib = std::max(m.rssPeakKib, probe.peakKib());
    for (const auto &p : clients)
        collect(*p, m, imageSize);
    return m;
}

// Per transfer "<status> <bytes>" from curl's write-out; the CPU time from the shell's `times`.
void Bench::collect(QProcess &client, Measurement &m, qint64 imageSize)
{
    for (const QByteArray &line : client.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.trimmed().split(' ');
        if (f.size() != 2)
            continue;
        const qint64 bytes = f.at(1).toLongLong();
        m.bytes += bytes;
        if (f.at(0) == "200" && bytes == imageSize) {
            ++m.complete;
        } else {
            ++m.failed;
            if (m.firstFailure.isEmpty())
                m.firstFailure = QString::fromUtf8(line);
        }
    }
    const QList<QByteArray> err = client.readAllStandardError().trimmed().split('\n');
    // "0m0.004s 0m0.000s" (the shell) then "0m12.34s 0m5.67s" (its children).
    static const QRegularExpression time(QStringLiteral("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s"));
    if (const auto t = time.match(QString::fromUtf8(err.last())); t.hasMatch())
        m.clientCpu += t.captured(1).toDouble() * 60 + t.captured(2).toDouble() +
            t.captured(3).toDouble() * 60 + t.captured(4).toDouble();
    for (const QByteArray &line : err) {
        if (line.startsWith("curl:") && m.firstFailure.isEmpty())
            m.firstFailure = QString::fromUtf8(line);
    }
}

void Bench::report(const QList<Measurement> &pd, const QList<Measurement> &ng) const
{
    out(QStringLiteral("\n%1 phones × %2 bytes, %3 curl processes (--parallel-max %4 each), same certificate "
                       "(EC P-256) and cipher policy; MB = 10^6 bytes")
            .arg(m_phones.size())
            .arg(imageSize)
            .arg(clientProcesses)
            .arg((m_phones.size() + clientProcesses - 1) / clientProcesses));
    out(QStringLiteral(
        "| run | server | load before | wall s | MB/s | complete | connections at once | "
        "server CPU s (connection threads) | client CPU s | server RSS before → peak (MiB) | ratio |"));
    out(QStringLiteral("|---|---|---|---|---|---|---|---|---|---|---|"));
    bool met = true;
    for (int i = 0; i < pd.size(); ++i) {
        const double ratio =
            ng[i].megabytesPerSecond() > 0 ? pd[i].megabytesPerSecond() / ng[i].megabytesPerSecond() : 0;
        met = met && ratio >= 0.8 && pd[i].failed == 0 && pd[i].complete == m_phones.size();
        const auto row = [&](const QString &server, const Measurement &m, const QString &r) {
            out(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 / %7 | %8 | %9 (%10) | %11 | %12 → %13 | %14 |")
                    .arg(i + 1)
                    .arg(server, m.load)
                    .arg(m.wallSeconds, 0, 'f', 1)
                    .arg(m.megabytesPerSecond(), 0, 'f', 0)
                    .arg(m.complete)
                    .arg(m_phones.size())
                    .arg(m.peakConnections)
                    .arg(m.serverCpu, 0, 'f', 1)
                    .arg(m.connectionCpu, 0, 'f', 1)
                    .arg(m.clientCpu, 0, 'f', 1)
                    .arg(double(m.rssBeforeKib) / 1024, 0, 'f', 1)
                    .arg(double(m.rssPeakKib) / 1024, 0, 'f', 1)
                    .arg(r));
            if (!m.firstFailure.isEmpty())
                out(QStringLiteral("  first failure (%1): %2").arg(server, m.firstFailure));
        };
        row(QStringLiteral("PhoneDesk"), pd[i], QString::number(ratio, 'f', 2));
        row(QStringLiteral("nginx"), ng[i], QString());
    }
    out(met ? QStringLiteral("target met (≥ 0.8 × nginx in every run, every download whole)")
            : QStringLiteral("target MISSED"));
}

int Bench::run()
{
    if (!setUp())
        return 1;
    writeClientConfigs(QStringLiteral("phonedesk"), m_server->serverPort(), true);
    writeClientConfigs(QStringLiteral("nginx"), m_nginxPort, false);
    out(QStringLiteral("TLS: PhoneDesk %1 (%2 layer); nginx %3")
            .arg(negotiated(m_server->serverPort()),
                 qEnvironmentVariable("PHONEDESK_PROVISIONING_TLS") == QLatin1String("qt")
                     ? QStringLiteral("QSslSocket")
                     : QStringLiteral("OpenSSL"),
                 negotiated(m_nginxPort)));
    QList<Measurement> pd, ng;
    for (int r = 0; r < runs; ++r) {
        // Alternate the order so neither server always runs on a warmer (or busier) machine.
        if (r % 2 == 0) {
            ng.append(measure(QStringLiteral("nginx"), nginxProbe()));
            pd.append(measure(QStringLiteral("phonedesk"), phonedeskProbe()));
        } else {
            pd.append(measure(QStringLiteral("phonedesk"), phonedeskProbe()));
            ng.append(measure(QStringLiteral("nginx"), nginxProbe()));
        }
        out(QStringLiteral("run %1: PhoneDesk %2 MB/s, nginx %3 MB/s")
                .arg(r + 1)
                .arg(pd.last().megabytesPerSecond(), 0, 'f', 0)
                .arg(ng.last().megabytesPerSecond(), 0, 'f', 0));
    }
    m_nginx.terminate();
    m_nginx.waitForFinished(10000);
    m_server->flush();
    report(pd, ng);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    PhoneDesk::ProcessGuard::install(); // before any socket: no peer can end this process
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption phonesOption(QStringLiteral("phones"),
                                          QStringLiteral("Phones downloading at once."), QStringLiteral("n"),
                                          QStringLiteral("500"));
    const QCommandLineOption sizeOption(QStringLiteral("size-mib"), QStringLiteral("Image size in MiB."),
                                        QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per server."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption clientsOption(QStringLiteral("client-processes"),
                                           QStringLiteral("curl processes sharing the downloads."),
                                           QStringLiteral("n"), QStringLiteral("2"));
    parser.addOptions({phonesOption, sizeOption, runsOption, clientsOption});
    parser.process(app);
    QLoggingCategory::setFilterRules(
        QStringLiteral("phonedesk.provisioning.access.info=false\nphonedesk.provisioning.debug=false"));
    for (const char *tool : {"curl", "nginx", "openssl"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty() &&
            QStandardPaths::findExecutable(QString::fromLatin1(tool), {QStringLiteral("/usr/sbin")})
                .isEmpty()) {
            out(QStringLiteral("SKIP: %1 is not installed (apt-get install curl nginx-light openssl)")
                    .arg(QString::fromLatin1(tool)));
            return 0;
        }
    }
    Bench bench;
    bench.phones = parser.value(phonesOption).toInt();
    bench.imageSize = parser.value(sizeOption).toLongLong() * 1024 * 1024;
    bench.runs = std::max(1, parser.value(runsOption).toInt());
    bench.clientProcesses = std::clamp(parser.value(clientsOption).toInt(), 1, 64);
    return bench.run();
}
