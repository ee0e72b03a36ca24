// Benchmark: configuration fetches per second over HTTPS from PhoneDesk's provisioning server
// and, in the same run, from Debian's nginx serving the same pre-rendered files over TLS with
// the same certificate — with keep-alive, and with a fresh TLS handshake per fetch. The load
// client is wrk (apt package wrk), rotating over every phone's file name.

#include "configservice.h"
#include "phonerepository.h"
#include "processguard.h"
#include "provisioningtestenv.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpServer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
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

struct WrkResult
{
    double requestsPerSecond = 0;
    qint64 requests = 0;
    qint64 errors = 0; // non-2xx plus socket errors
    QString raw;
};

WrkResult runWrk(const QString &script, quint16 port, int seconds, int connections)
{
    const ProcessResult p = runProcess(QStringLiteral("wrk"),
                                       {QStringLiteral("-t2"), QStringLiteral("-c%1").arg(connections),
                                        QStringLiteral("-d%1s").arg(seconds), QStringLiteral("-s"), script,
                                        QStringLiteral("https://127.0.0.1:%1/").arg(port)},
                                       {}, (seconds + 60) * 1000);
    WrkResult r;
    r.raw = QString::fromUtf8(p.out + p.err);
    static const QRegularExpression rps(QStringLiteral("Requests/sec:\\s+([\\d.]+)"));
    static const QRegularExpression total(QStringLiteral("(\\d+) requests in"));
    static const QRegularExpression non2xx(QStringLiteral("Non-2xx or 3xx responses:\\s+(\\d+)"));
    static const QRegularExpression socketErrors(
        QStringLiteral("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)"));
    if (const auto m = rps.match(r.raw); m.hasMatch())
        r.requestsPerSecond = m.captured(1).toDouble();
    if (const auto m = total.match(r.raw); m.hasMatch())
        r.requests = m.captured(1).toLongLong();
    if (const auto m = non2xx.match(r.raw); m.hasMatch())
        r.errors += m.captured(1).toLongLong();
    if (const auto m = socketErrors.match(r.raw); m.hasMatch()) {
        // A read error after "Connection: close" is how wrk sees the server close; count only
        // connect/timeouts.
        r.errors += m.captured(1).toLongLong() + m.captured(4).toLongLong();
    }
    return r;
}
} // namespace

int main(int argc, char *argv[])
{
    PhoneDesk::ProcessGuard::install(); // before any socket: no peer can end this process
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption phonesOption(QStringLiteral("phones"), QStringLiteral("Number of phones."),
                                          QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Seconds per measurement."), QStringLiteral("s"),
                                           QStringLiteral("10"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
                                               QStringLiteral("Concurrent connections."), QStringLiteral("n"),
                                               QStringLiteral("32"));
    const QCommandLineOption renderOnlyOption(
        QStringLiteral("render-only"),
        QStringLiteral("Only measure rendering and pending hashes (no HTTP)."));
    parser.addOptions({phonesOption, secondsOption, connectionsOption, renderOnlyOption});
    parser.process(app);
    const int phones = parser.value(phonesOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int connections = parser.value(connectionsOption).toInt();
    QLoggingCategory::setFilterRules(
        QStringLiteral("phonedesk.provisioning.access.info=false\nphonedesk.provisioning.debug=false"));

    for (const char *tool : {"wrk", "nginx", "openssl"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty() &&
            QStandardPaths::findExecutable(QString::fromLatin1(tool), {QStringLiteral("/usr/sbin")})
                .isEmpty()) {
            out(QStringLiteral("SKIP: %1 is not installed (apt-get install wrk nginx-light openssl)")
                    .arg(QString::fromLatin1(tool)));
            return 0;
        }
    }

    TestPki pki;
    QString error;
    if (!pki.create(&error)) {
        out(QStringLiteral("FAIL: %1").arg(error));
        return 1;
    }
    TestDatabase db = createDatabase(Backend::Sqlite, &error);
    if (!db.storage) {
        out(QStringLiteral("FAIL: %1").arg(error));
        return 1;
    }
    TestFleet fleet;
    if (!fleet.create(*db.storage, &error)) {
        out(QStringLiteral("FAIL: %1").arg(error));
        return 1;
    }
    const Id baseSettingsId = db.storage->phones().get(fleet.polyId).value().baseSettingsId;
    QList<Phone> creates;
    QStringList macs;
    for (int i = 0; i < phones; ++i) {
        Phone p;
        p.name = QStringLiteral("Bench %1").arg(i);
        p.baseSettingsId = baseSettingsId;
        p.siteId = fleet.siteId;
        p.hardwareId = QStringLiteral("0004f3%1").arg(i, 6, 16, QLatin1Char('0'));
        p.lineKeys = {LineKey {1, LineKeyType::Line, QString(), QString::number(10000 + i)}};
        macs.append(p.hardwareId);
        creates.append(p);
    }
    QElapsedTimer timer;
    timer.start();
    if (auto saved = db.storage->phones().saveMany(creates, {}, QStringLiteral("phone.create")); !saved) {
        out(QStringLiteral("FAIL: %1").arg(saved.error().fullText()));
        return 1;
    }
    out(QStringLiteral("created %1 phones in %2 ms").arg(phones).arg(timer.elapsed()));

    // PhoneDesk's server: no client authentication, so both servers do the same work per fetch
    // (TLS + one file by name); the User-Agent check still runs.
    ProvisioningSettings settings;
    settings.address = QHostAddress(QHostAddress::LocalHost);
    settings.port = 0;
    settings.certificatePath = pki.path(QStringLiteral("server.pem"));
    settings.keyPath = pki.path(QStringLiteral("server.key"));
    settings.clientCertificates = ClientCertificateMode::Off;
    settings.digest = false;
    settings.allowUnauthenticated = true;
    settings.maxConnectionsPerAddress = 4096;
    settings.failureBurst = 1e9;
    settings.workerThreads = 2;
    ProvisioningServer server(*db.storage, settings);
    timer.restart();
    if (auto started = server.start(); !started) {
        out(QStringLiteral("FAIL: %1").arg(started.error().fullText()));
        return 1;
    }
    out(QStringLiteral("rendered and loaded %1 phones in %2 ms")
            .arg(server.knownDevices())
            .arg(timer.elapsed()));

    // "Configuration pending" as the Phones tab asks for it: cold (a console that renders every
    // phone once) and warm (hashes cached, only the status table is read).
    {
        ConfigService cold(*db.storage);
        timer.restart();
        const auto hashes = cold.currentHashes();
        const qint64 coldMs = timer.elapsed();
        timer.restart();
        const auto pending = cold.pendingPhoneIds();
        out(QStringLiteral(
                "current hashes of %1 phones (cold): %2 ms; pending phones (warm): %3 ms, %4 pending")
                .arg(hashes ? hashes->size() : -1)
                .arg(coldMs)
                .arg(timer.elapsed())
                .arg(pending ? pending->size() : -1));
    }
    if (parser.isSet(renderOnlyOption))
        return 0;

    // The same files for nginx.
    const QString www = pki.path(QStringLiteral("www"));
    QDir().mkpath(www);
    QDir().mkpath(pki.path(QStringLiteral("nginx-temp")));
    auto all = server.configService().renderAll();
    if (!all) {
        out(QStringLiteral("FAIL: %1").arg(all.error().fullText()));
        return 1;
    }
    for (const PhoneConfig &c : *all) {
        for (const RenderedFile &f : c.files)
            writeFile(www + u'/' + f.name, f.body);
    }
#ifdef Q_OS_UNIX
    const bool root = ::geteuid() == 0; // nginx as root must be told which user its workers run as
#else
    const bool root = false;
#endif
    const quint16 nginxPort = freePort();
    const QString temp = pki.path(QStringLiteral("nginx-temp"));
    const QString nginxConf =
        QStringLiteral(
            "worker_processes 2;\ndaemon off;\npid %1/nginx.pid;\nerror_log %1/error.log;\n%2"
            "events { worker_connections 4096; }\n"
            "http {\n access_log off;\n default_type text/plain;\n keepalive_requests 10000000;\n"
            " client_body_temp_path %1/body; proxy_temp_path %1/proxy; fastcgi_temp_path %1/fastcgi;\n"
            " uwsgi_temp_path %1/uwsgi; scgi_temp_path %1/scgi;\n"
            " server {\n  listen 127.0.0.1:%3 ssl;\n  ssl_certificate %4;\n  ssl_certificate_key %5;\n"
            "  ssl_protocols TLSv1.2 TLSv1.3;\n  ssl_session_tickets off;\n  root %6;\n"
            "  location / { try_files $uri =404; }\n }\n}\n")
            .arg(temp, root ? QStringLiteral("user root;\n") : QString())
            .arg(nginxPort)
            .arg(settings.certificatePath, settings.keyPath, www);
    writeFile(pki.path(QStringLiteral("nginx.conf")), nginxConf.toUtf8());
    QProcess nginx;
    nginx.setProcessChannelMode(QProcess::MergedChannels);
    const QString nginxBinary =
        QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
    nginx.start(nginxBinary,
                {QStringLiteral("-c"), pki.path(QStringLiteral("nginx.conf")), QStringLiteral("-p"), temp});
    if (!nginx.waitForStarted(10000)) {
        out(QStringLiteral("FAIL: nginx did not start: %1").arg(nginx.errorString()));
        return 1;
    }
    spin(500);
    if (nginx.state() != QProcess::Running) {
        out(QStringLiteral("FAIL: nginx exited: %1").arg(QString::fromUtf8(nginx.readAll())));
        return 1;
    }

    // wrk scripts: rotate over every phone's file name with a Poly User-Agent.
    writeFile(pki.path(QStringLiteral("macs.txt")), macs.join(u'\n').toUtf8() + '\n');
    const QString scriptBody =
        QStringLiteral("local macs = {}\nfor line in io.lines(\"%1\") do macs[#macs + 1] = line end\n"
                       "local i = 0\n"
                       "request = function()\n"
                       "  i = i + 1\n"
                       "  local mac = macs[(i %% #macs) + 1]\n"
                       "  return wrk.format(\"GET\", \"/\" .. mac .. \"-phonedesk.cfg\", {[\"User-Agent\"] = "
                       "\"FileTransport PolycomVVX-VVX_450-UA/6.4.3.5156 Type/Application\"%2})\n"
                       "end\n");
    const QString keepAlive = pki.path(QStringLiteral("keepalive.lua"));
    const QString fresh = pki.path(QStringLiteral("fresh.lua"));
    writeFile(keepAlive,
              scriptBody.arg(pki.path(QStringLiteral("macs.txt")), QString())
                  .replace(QStringLiteral("%%"), QStringLiteral("%"))
                  .toUtf8());
    writeFile(
        fresh,
        scriptBody.arg(pki.path(QStringLiteral("macs.txt")), QStringLiteral(", [\"Connection\"] = \"close\""))
            .replace(QStringLiteral("%%"), QStringLiteral("%"))
            .toUtf8());

    struct Row
    {
        QString mode;
        WrkResult phonedesk;
        WrkResult nginx;
        double target;
    };
    QList<Row> rows {{QStringLiteral("keep-alive"), {}, {}, 0.5},
                     {QStringLiteral("fresh TLS handshake per fetch"), {}, {}, 0.8}};
    for (Row &row : rows) {
        const QString script = row.mode == QLatin1String("keep-alive") ? keepAlive : fresh;
        // Alternate the order so neither server always runs on a warmer machine.
        row.nginx = runWrk(script, nginxPort, seconds, connections);
        row.phonedesk = runWrk(script, server.serverPort(), seconds, connections);
    }
    nginx.terminate();
    nginx.waitForFinished(10000);

    out(QStringLiteral("\n%1 phones, %2 s per run, wrk -t2 -c%3, same certificate (EC P-256), same files")
            .arg(phones)
            .arg(seconds)
            .arg(connections));
    out(QStringLiteral(
        "| mode | PhoneDesk fetches/s | nginx fetches/s | ratio | target | errors (PhoneDesk / nginx) |"));
    out(QStringLiteral("|---|---|---|---|---|---|"));
    bool met = true;
    for (const Row &row : rows) {
        const double ratio = row.nginx.requestsPerSecond > 0
            ? row.phonedesk.requestsPerSecond / row.nginx.requestsPerSecond
            : 0;
        const bool ok = ratio >= row.target;
        met = met && ok;
        out(QStringLiteral("| %1 | %2 | %3 | %4 | ≥ %5 %6 | %7 / %8 |")
                .arg(row.mode)
                .arg(row.phonedesk.requestsPerSecond, 0, 'f', 0)
                .arg(row.nginx.requestsPerSecond, 0, 'f', 0)
                .arg(ratio, 0, 'f', 2)
                .arg(row.target, 0, 'f', 1)
                .arg(ok ? QStringLiteral("met") : QStringLiteral("MISSED"))
                .arg(row.phonedesk.errors)
                .arg(row.nginx.errors));
        if (row.phonedesk.requestsPerSecond <= 0 || row.nginx.requestsPerSecond <= 0)
            out(QStringLiteral("wrk output:\n%1\n%2").arg(row.phonedesk.raw, row.nginx.raw));
    }
    server.flush();
    out(met ? QStringLiteral("targets met") : QStringLiteral("targets MISSED"));
    return 0;
}
