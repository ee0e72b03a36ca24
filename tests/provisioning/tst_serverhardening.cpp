// The executables against peers that go away and operators who turn safety off, with the real
// binaries: no PhoneDesk process is ended by a reader that closed its end (SIGPIPE); the
// phonedesk-server binary outlives 20,000 TLS connections that pipeline requests and reset without
// reading the answers; serving without authentication is announced at start-up and by --check.

#include "processguard.h"
#include "provisioningtestenv.h"

#include <QSettings>
#include <QTest>

#include <atomic>
#include <thread>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

#ifdef PHONEDESK_TEST_OPENSSL
#include <openssl/ssl.h>
#endif

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
// What the server logs, --check prints and the console shows while allowUnauthenticated is on.
const char *const UnauthenticatedWarning =
    "allowUnauthenticated is on: anyone who can reach the provisioning server and names a known phone's "
    "MAC address with its vendor's User-Agent is served that phone's configuration, including its SIP "
    "passwords and local admin password. Use it in an isolated lab only.";

struct ServerFixture
{
    TestPki pki;
    TestDatabase db;
    TestFleet fleet;
    QString configPath;

    bool create(QString *error, bool allowUnauthenticated = false)
    {
        if (!pki.create(error))
            return false;
        db = createDatabase(Backend::Sqlite, error);
        if (!db.storage || !fleet.create(*db.storage, error))
            return false;
        configPath = db.dir->filePath(QStringLiteral("server.conf"));
        QSettings ini(configPath, QSettings::IniFormat);
        ini.setValue(QStringLiteral("database/url"), QString(QStringLiteral("sqlite:") + db.spec.sqlitePath));
        setServerProvisioning(ini, pki);
        ini.setValue(QStringLiteral("provisioning/allowUnauthenticated"), allowUnauthenticated);
        ini.setValue(QStringLiteral("provisioning/workerThreads"), 2);
        ini.setValue(QStringLiteral("logging/syslog"), false);
        // 20,000 connections x several requests: an access line each would be most of the work.
        ini.setValue(QStringLiteral("logging/accessLog"), false);
        ini.sync();
        return ini.status() == QSettings::NoError;
    }
};

void stopServer(QProcess &server, QByteArray &log)
{
#ifdef Q_OS_UNIX
    if (server.state() == QProcess::Running)
        ::kill(pid_t(server.processId()), SIGTERM);
#endif
    server.waitForFinished(15000);
    log += server.readAll();
}

// One fetch with Digest from `sourceAddress`; the HTTP status (0 when none).
int digestFetch(const ServerFixture &f, int port, const QString &sourceAddress)
{
    const QString secret = f.db.storage->phones().deviceSecret(f.fleet.polyId).value();
    const ProcessResult r =
        runProcess(QStringLiteral("curl"),
                   {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                    QStringLiteral("-w"), QStringLiteral("%{http_code}"), QStringLiteral("--max-time"),
                    QStringLiteral("20"), QStringLiteral("--interface"), sourceAddress,
                    QStringLiteral("--cacert"), f.pki.path(QStringLiteral("server-ca.pem")),
                    QStringLiteral("-A"), QString::fromLatin1(PolyUserAgent), QStringLiteral("--digest"),
                    QStringLiteral("-u"), f.fleet.polyMac + u':' + secret,
                    QStringLiteral("https://127.0.0.1:%1/%2-phonedesk.cfg").arg(port).arg(f.fleet.polyMac)});
    return r.out.toInt();
}

#ifdef PHONEDESK_TEST_OPENSSL
struct ResetTally
{
    std::atomic<int> connections {0};
    std::atomic<int> handshakes {0};
    std::atomic<int> refused {0}; // connect() failed: the server is gone
};

// Opens `count` TLS connections from `sourceAddress`, each sending `requests` at once and
// resetting without reading a byte of the answers. Every other connection first half-closes (FIN,
// as a client that is done sending) and then resets: the server's next write after such a reset
// is the one that raised SIGPIPE.
void resetStorm(quint16 port, const char *sourceAddress, int count, const QByteArray &requests,
                ResetTally &tally)
{
    SSL_CTX *context = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nullptr); // who the server is does not matter here
    sockaddr_in server = {};
    server.sin_family = AF_INET;
    server.sin_port = htons(port);
    ::inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
    sockaddr_in local = {};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, sourceAddress, &local.sin_addr);
    for (int i = 0; i < count; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            break;
        ::bind(fd, reinterpret_cast<const sockaddr *>(&local), sizeof local);
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&server), sizeof server) != 0) {
            ++tally.refused;
            ::close(fd);
            continue;
        }
        ++tally.connections;
        SSL *ssl = SSL_new(context);
        SSL_set_fd(ssl, fd);
        if (SSL_connect(ssl) == 1) {
            ++tally.handshakes;
            SSL_write(ssl, requests.constData(), int(requests.size()));
            if (i % 2 == 1)
                ::shutdown(fd, SHUT_WR);
        }
        const linger reset {1, 0}; // close() sends RST, not FIN
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        SSL_free(ssl); // no close_notify: the client just goes
        ::close(fd);
    }
    SSL_CTX_free(context);
}
#endif
} // namespace

class TestServerHardening final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { ProcessGuard::install(); }

private slots:
    void initTestCase();
    void noExecutableIsEndedByAClosedReader_data();
    void noExecutableIsEndedByAClosedReader();
    void serverOutlivesPipelinedRequestsAndResets();
    void unauthenticatedServingIsAnnounced();
};

void TestServerHardening::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("curl and openssl are needed");
}

void TestServerHardening::noExecutableIsEndedByAClosedReader_data()
{
    QTest::addColumn<QString>("binary");
#ifdef PHONEDESK_CONSOLE_BINARY
    QTest::newRow("phonedesk") << QStringLiteral(PHONEDESK_CONSOLE_BINARY);
#endif
#ifdef PHONEDESK_CLI_BINARY
    QTest::newRow("phonedesk-cli") << QStringLiteral(PHONEDESK_CLI_BINARY);
#endif
    QTest::newRow("phonedesk-server") << QStringLiteral(PHONEDESK_SERVER_BINARY);
#ifdef PHONEDESK_PHONESIM_BINARY
    QTest::newRow("phonedesk-phonesim") << QStringLiteral(PHONEDESK_PHONESIM_BINARY);
#endif
}

void TestServerHardening::noExecutableIsEndedByAClosedReader()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGPIPE is a Unix signal");
#else
    QFETCH(QString, binary);
    // --version written to a pipe whose reader has gone, as `phonedesk-cli ... | head` or a log
    // reader that stopped: the write fails with EPIPE, the program still ends normally. The child
    // starts with SIGPIPE at its default action, whatever this test process does with it.
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    ::close(fds[0]);
    const QByteArray path = QFile::encodeName(binary);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::signal(SIGPIPE, SIG_DFL);
        ::dup2(fds[1], STDOUT_FILENO);
        char *const argv[] = {const_cast<char *>(path.constData()), const_cast<char *>("--version"), nullptr};
        ::execv(path.constData(), argv);
        ::_exit(127);
    }
    ::close(fds[1]);
    int status = 0;
    QDeadlineTimer deadline(30000);
    pid_t done = 0;
    while ((done = ::waitpid(child, &status, WNOHANG)) == 0 && !deadline.hasExpired())
        QTest::qWait(20);
    if (done == 0) {
        ::kill(child, SIGKILL);
        ::waitpid(child, &status, 0);
        QFAIL("the program did not end");
    }
    QVERIFY2(!WIFSIGNALED(status),
             qPrintable(QStringLiteral("ended by signal %1 (%2)")
                            .arg(WTERMSIG(status))
                            .arg(QString::fromLocal8Bit(strsignal(WTERMSIG(status))))));
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
#endif
}

void TestServerHardening::serverOutlivesPipelinedRequestsAndResets()
{
#ifndef PHONEDESK_TEST_OPENSSL
    QSKIP("built without OpenSSL's headers");
#else
    ServerFixture f;
    QString error;
    QVERIFY2(f.create(&error), qPrintable(error));
    QProcess server;
    QByteArray log;
    const int port =
        startProvisioningOnly(server, QStringLiteral(PHONEDESK_SERVER_BINARY), f.configPath, log);
    QVERIFY2(port > 0, log.constData());
    const qint64 pid = server.processId();

    // Requests whose answers the server writes at once: the shared master file (no credentials,
    // no failure budget) and a phone's file without credentials (a challenge, later 429).
    QByteArray requests;
    for (int i = 0; i < 6; ++i) {
        requests +=
            "GET /000000000000.cfg HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: " + QByteArray(PolyUserAgent) +
            "\r\n\r\n";
        requests += "GET /" + f.fleet.polyMac.toLatin1() +
            "-phonedesk.cfg HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "User-Agent: " +
            QByteArray(PolyUserAgent) + "\r\n\r\n";
    }
    constexpr int Threads = 4;
    constexpr int PerThread = 5000;
    // One source address per client thread, none of them the one the check below comes from.
    const char *const sources[Threads] = {"127.0.0.3", "127.0.0.4", "127.0.0.5", "127.0.0.6"};
    ResetTally tally;
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> clients;
    for (const char *source : sources)
        clients.emplace_back(resetStorm, quint16(port), source, PerThread, requests, std::ref(tally));
    // The server's output is read while the clients run (a full pipe would stall it).
    std::atomic<bool> finished {false};
    std::thread joiner([&] {
        for (std::thread &t : clients)
            t.join();
        finished = true;
    });
    while (!finished) {
        server.waitForReadyRead(50);
        log += server.readAll();
    }
    joiner.join();
    const qint64 elapsed = timer.elapsed();
    qInfo("%d connections (%d TLS handshakes) pipelined and reset in %lld ms", tally.connections.load(),
          tally.handshakes.load(), elapsed);
    log += server.readAll();

    // Still the same process, still running, still serving phones.
    QVERIFY2(server.state() == QProcess::Running,
             qPrintable(QStringLiteral("the server ended (exit status %1, %2): %3")
                            .arg(server.exitCode())
                            .arg(server.exitStatus() == QProcess::CrashExit ? QStringLiteral("signal")
                                                                            : QStringLiteral("exit"))
                            .arg(QString::fromUtf8(log.right(2000)))));
    QCOMPARE(server.processId(), pid);
    QCOMPARE(tally.refused.load(), 0);
    QCOMPARE(tally.connections.load(), Threads * PerThread);
    QVERIFY2(tally.handshakes.load() >= Threads * PerThread * 9 / 10,
             qPrintable(QString::number(tally.handshakes.load())));
    QCOMPARE(digestFetch(f, port, QStringLiteral("127.0.0.1")), 200);
    QCOMPARE(server.processId(), pid);
    stopServer(server, log);
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
#endif
}

void TestServerHardening::unauthenticatedServingIsAnnounced()
{
    ServerFixture f;
    QString error;
    QVERIFY2(f.create(&error, true), qPrintable(error));

    // --check: the setting is valid, so the check passes, and says what it means.
    const ProcessResult check =
        runProcess(QStringLiteral(PHONEDESK_SERVER_BINARY),
                   {QStringLiteral("--config"), f.configPath, QStringLiteral("--check")});
    QVERIFY2(check.finished, check.err.constData());
    QCOMPARE(check.exitCode, 0);
    const QList<QByteArray> lines = check.out.split('\n');
    QVERIFY2(lines.contains(QByteArray("Warning: ") + UnauthenticatedWarning), check.out.constData());

    // Every start logs it as a warning.
    for (int start = 0; start < 2; ++start) {
        QProcess server;
        QByteArray log;
        QVERIFY2(startProvisioningOnly(server, QStringLiteral(PHONEDESK_SERVER_BINARY), f.configPath, log) >
                     0,
                 log.constData());
        stopServer(server, log);
        const QByteArray expected =
            QByteArray(" warning phonedesk.provisioning: SECURITY WARNING: ") + UnauthenticatedWarning + '\n';
        QVERIFY2(log.contains(expected), log.constData());
    }

    // Off: neither says anything of the kind.
    QSettings(f.configPath, QSettings::IniFormat)
        .setValue(QStringLiteral("provisioning/allowUnauthenticated"), false);
    const ProcessResult quiet =
        runProcess(QStringLiteral(PHONEDESK_SERVER_BINARY),
                   {QStringLiteral("--config"), f.configPath, QStringLiteral("--check")});
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY2(!quiet.out.contains("allowUnauthenticated"), quiet.out.constData());
    QProcess server;
    QByteArray log;
    QVERIFY2(startProvisioningOnly(server, QStringLiteral(PHONEDESK_SERVER_BINARY), f.configPath, log) > 0,
             log.constData());
    stopServer(server, log);
    QVERIFY2(!log.contains("allowUnauthenticated"), log.constData());
}

QTEST_GUILESS_MAIN(TestServerHardening)
#include "tst_serverhardening.moc"
