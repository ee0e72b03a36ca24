// Attacks and bad input against the provisioning server: path traversal, over-long URLs and
// headers, bare-LF requests, slow and idle connections, a random-MAC flood from one address and
// from many, weak TLS cipher suites, broken TLS handshakes. Nothing leaks, nothing crashes, a
// legitimate phone is still served, and the quarantine still records a new phone.

#include "processguard.h"
#include "provisioningtestenv.h"
#include "quarantinerepository.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

class TestProvisioningAttacks final : public QObject
{
    Q_OBJECT

public:
    // Before any socket, as in every PhoneDesk executable: a peer that resets cannot end the run.
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pathTraversalAndEncodedNames_data();
    void pathTraversalAndEncodedNames();
    void overlongUrlAndHeaders();
    void slowlorisIsCutOff();
    void idleConnectionWithoutHandshakeIsClosed();
    void brokenTlsHandshake();
    void onlyAeadCipherSuites_data();
    void onlyAeadCipherSuites();
    void bareLineFeedsGet400_data();
    void bareLineFeedsGet400();
    void randomMacFloodIsRateLimited();
    void deviceCertificateIsNotRefusedByTheFailureBudget();
    void quarantineFloodFromManyAddressesLeavesRoom();
    void quarantineIsBoundedPerAddress();

private:
    bool startServer(const std::function<void(ProvisioningSettings &)> &adjust = {});
    int legitimateFetch(const QString &sourceAddress = {});
    int certificateFetch(const QString &certificate);
    ProcessResult rawRequest(const QByteArray &request);
    // Asks once for each MAC from `sourceAddress`, without credentials; the HTTP statuses.
    QHash<QByteArray, int> askForMacs(const QStringList &macs, const QString &sourceAddress);
    // The quarantine's drop reports logged since startCapture().
    void startCapture();
    QStringList capturedDropLines() const;

    TestPki m_pki;
    TestDatabase m_db;
    TestFleet m_fleet;
    std::unique_ptr<ProvisioningServer> m_server;
    QString m_secret;
};

void TestProvisioningAttacks::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("curl and openssl are needed");
    // 10,000 access-log lines would drown the test output.
    QLoggingCategory::setFilterRules(
        QStringLiteral("phonedesk.provisioning.access.info=false\nphonedesk.provisioning.debug=false"));
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    QVERIFY2(m_pki.issueClient(QStringLiteral("poly-client"), QStringLiteral("00:04:F2:AB:CD:EF"),
                               QStringLiteral("device-ca"), &error),
             qPrintable(error));
    QVERIFY2(m_pki.issueClient(QStringLiteral("other-phone"), QStringLiteral("0004f2000001"),
                               QStringLiteral("device-ca"), &error),
             qPrintable(error));
}

void TestProvisioningAttacks::init()
{
    QString error;
    m_db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    QVERIFY2(m_fleet.create(*m_db.storage, &error), qPrintable(error));
    m_secret = m_db.storage->phones().deviceSecret(m_fleet.polyId).value();
    QVERIFY(startServer());
}

void TestProvisioningAttacks::cleanup()
{
    m_server.reset();
    m_db = TestDatabase();
}

bool TestProvisioningAttacks::startServer(const std::function<void(ProvisioningSettings &)> &adjust)
{
    m_server.reset();
    ProvisioningSettings settings;
    settings.address = QHostAddress(QHostAddress::LocalHost);
    settings.port = 0;
    settings.certificatePath = m_pki.path(QStringLiteral("server.pem"));
    settings.keyPath = m_pki.path(QStringLiteral("server.key"));
    settings.deviceCaPath = m_pki.path(QStringLiteral("device-ca.pem"));
    settings.clientCertificates = ClientCertificateMode::Optional;
    settings.idleTimeoutMs = 1500;
    settings.workerThreads = 2;
    if (adjust)
        adjust(settings);
    m_server = std::make_unique<ProvisioningServer>(*m_db.storage, settings);
    return m_server->start().ok();
}

int TestProvisioningAttacks::legitimateFetch(const QString &sourceAddress)
{
    QStringList args {QStringLiteral("-sS"),
                      QStringLiteral("-o"),
                      QStringLiteral("/dev/null"),
                      QStringLiteral("-w"),
                      QStringLiteral("%{http_code}"),
                      QStringLiteral("--cacert"),
                      m_pki.path(QStringLiteral("server-ca.pem")),
                      QStringLiteral("-A"),
                      QString::fromLatin1(PolyUserAgent),
                      QStringLiteral("--digest"),
                      QStringLiteral("-u"),
                      m_fleet.polyMac + u':' + m_secret};
    if (!sourceAddress.isEmpty())
        args << QStringLiteral("--interface") << sourceAddress;
    args << QStringLiteral("https://127.0.0.1:%1/%2-phonedesk.cfg")
                .arg(m_server->serverPort())
                .arg(m_fleet.polyMac);
    return runProcess(QStringLiteral("curl"), args).out.toInt();
}

int TestProvisioningAttacks::certificateFetch(const QString &certificate)
{
    return runProcess(QStringLiteral("curl"),
                      {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                       QStringLiteral("-w"), QStringLiteral("%{http_code}"), QStringLiteral("--cacert"),
                       m_pki.path(QStringLiteral("server-ca.pem")), QStringLiteral("--cert"),
                       m_pki.path(certificate + QStringLiteral(".pem")), QStringLiteral("--key"),
                       m_pki.path(certificate + QStringLiteral(".key")), QStringLiteral("-A"),
                       QString::fromLatin1(PolyUserAgent),
                       QStringLiteral("https://127.0.0.1:%1/%2-phonedesk.cfg")
                           .arg(m_server->serverPort())
                           .arg(m_fleet.polyMac)})
        .out.toInt();
}

QHash<QByteArray, int> TestProvisioningAttacks::askForMacs(const QStringList &macs,
                                                           const QString &sourceAddress)
{
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("urls.txt")));
    if (!config.open(QIODevice::WriteOnly))
        return {};
    for (const QString &mac : macs)
        config.write(
            QStringLiteral("url = \"https://127.0.0.1:%1/%2-phonedesk.cfg\"\noutput = \"/dev/null\"\n")
                .arg(m_server->serverPort())
                .arg(mac)
                .toUtf8());
    config.close();
    const ProcessResult r =
        runProcess(QStringLiteral("curl"),
                   {QStringLiteral("-s"), QStringLiteral("--parallel"), QStringLiteral("--parallel-max"),
                    QStringLiteral("8"), QStringLiteral("--interface"), sourceAddress,
                    QStringLiteral("--cacert"), m_pki.path(QStringLiteral("server-ca.pem")),
                    QStringLiteral("-A"), QString::fromLatin1(PolyUserAgent), QStringLiteral("-w"),
                    QStringLiteral("%{http_code}\n"), QStringLiteral("-K"), config.fileName()},
                   {}, 120000);
    QHash<QByteArray, int> codes;
    for (const QByteArray &line : r.out.split('\n')) {
        if (!line.isEmpty())
            ++codes[line];
    }
    return codes;
}

namespace {
QStringList s_dropLines;
QtMessageHandler s_previousHandler = nullptr;

void captureDrops(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("quarantine: ")))
        s_dropLines.append(message);
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}
} // namespace

void TestProvisioningAttacks::startCapture()
{
    s_dropLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureDrops);
    if (previous != captureDrops)
        s_previousHandler = previous;
}

QStringList TestProvisioningAttacks::capturedDropLines() const
{
    return s_dropLines;
}

// Sends bytes exactly as given (no client-side normalisation) over TLS with openssl s_client.
ProcessResult TestProvisioningAttacks::rawRequest(const QByteArray &request)
{
    return runProcess(QStringLiteral("openssl"),
                      {QStringLiteral("s_client"), QStringLiteral("-quiet"), QStringLiteral("-connect"),
                       QStringLiteral("127.0.0.1:%1").arg(m_server->serverPort()), QStringLiteral("-CAfile"),
                       m_pki.path(QStringLiteral("server-ca.pem"))},
                      request, 30000);
}

void TestProvisioningAttacks::pathTraversalAndEncodedNames_data()
{
    QTest::addColumn<QByteArray>("target");
    const QByteArray mac = "0004f2abcdef";
    QTest::newRow("dot-dot") << QByteArray("/../../../../etc/passwd");
    QTest::newRow("dot-dot-to-config") << QByteArray("/prov/../" + mac + "-phonedesk.cfg");
    QTest::newRow("encoded-dots") << QByteArray("/%2e%2e/%2e%2e/etc/passwd");
    QTest::newRow("encoded-dots-upper") << QByteArray("/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd");
    QTest::newRow("encoded-slash") << QByteArray("/prov%2f" + mac + "-phonedesk.cfg");
    QTest::newRow("encoded-name") << QByteArray("/%30004f2abcdef-phonedesk.cfg");
    QTest::newRow("backslash") << QByteArray("/..\\..\\etc\\passwd");
    QTest::newRow("double-slash") << QByteArray("//etc/passwd");
    QTest::newRow("trailing-slash") << QByteArray("/" + mac + "-phonedesk.cfg/");
    QTest::newRow("dot-segment") << QByteArray("/./" + mac + "-phonedesk.cfg");
    QTest::newRow("directory") << QByteArray("/");
    QTest::newRow("overlong-utf8-dot") << QByteArray("/%c0%ae%c0%ae/etc/passwd");
    QTest::newRow("nul") << QByteArray("/" + mac + "-phonedesk.cfg%00.txt");
}

void TestProvisioningAttacks::pathTraversalAndEncodedNames()
{
    QFETCH(QByteArray, target);
    // Valid Digest credentials for the phone would not help: the name is never one we serve.
    const ProcessResult r =
        rawRequest("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: " + PolyUserAgent +
                   "\r\nConnection: close\r\n\r\n");
    QVERIFY2(r.out.startsWith("HTTP/1.1 404") || r.out.startsWith("HTTP/1.1 400"),
             r.out.left(120).constData());
    QVERIFY(!r.out.contains("root:"));
    QVERIFY(!r.out.contains("polycomConfig"));
    QVERIFY(!r.out.contains(m_secret.toUtf8()));
    QVERIFY(!r.out.contains("Index of"));
    QCOMPARE(legitimateFetch(), 200);
}

void TestProvisioningAttacks::overlongUrlAndHeaders()
{
    const QByteArray longTarget = "/" + QByteArray(16 * 1024, 'a') + ".cfg";
    const ProcessResult url = rawRequest("GET " + longTarget + " HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY2(url.out.startsWith("HTTP/1.1 414"), url.out.left(80).constData());

    QByteArray headers;
    for (int i = 0; i < 200; ++i)
        headers += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(100, 'x') + "\r\n";
    const ProcessResult many = rawRequest("GET /000000000000.cfg HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n");
    QVERIFY2(many.out.startsWith("HTTP/1.1 431"), many.out.left(80).constData());

    const ProcessResult huge = rawRequest(
        "GET /000000000000.cfg HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(64 * 1024, 'y') + "\r\n\r\n");
    QVERIFY2(huge.out.startsWith("HTTP/1.1 431"), huge.out.left(80).constData());

    const ProcessResult smuggle = rawRequest("GET /000000000000.cfg HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                             "5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    QVERIFY2(smuggle.out.startsWith("HTTP/1.1 501"), smuggle.out.left(80).constData());
    QCOMPARE(legitimateFetch(), 200);
}

void TestProvisioningAttacks::slowlorisIsCutOff()
{
    QSslSocket socket;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(m_pki.path(QStringLiteral("server-ca.pem"))));
    socket.setSslConfiguration(ssl);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->serverPort(),
                                  QStringLiteral("127.0.0.1"));
    QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 10000);
    QElapsedTimer timer;
    timer.start();
    const QByteArray request =
        "GET /000000000000.cfg HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + QByteArray(200, 'z');
    qsizetype sent = 0;
    // One byte every 100 ms: every byte is "activity", yet the header deadline (1.5 s) holds.
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 15000 &&
           sent < request.size()) {
        socket.write(request.mid(sent++, 1));
        spin(100);
    }
    QVERIFY2(socket.state() != QAbstractSocket::ConnectedState, "the slow client was not cut off");
    QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!socket.readAll().contains("HTTP/1.1 200"));
    QCOMPARE(legitimateFetch(), 200);
}

void TestProvisioningAttacks::idleConnectionWithoutHandshakeIsClosed()
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::ConnectedState, 5000);
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 8000);
    QVERIFY(timer.elapsed() >= 1000);
    QCOMPARE(legitimateFetch(), 200);
}

void TestProvisioningAttacks::brokenTlsHandshake()
{
    const QList<QByteArray> garbage {
        "GET /0004f2abcdef-phonedesk.cfg HTTP/1.1\r\nHost: x\r\n\r\n", // plain HTTP to the TLS port
        QByteArray::fromHex("16030100a5010000a10303") + QByteArray(40, '\0'), // truncated ClientHello
        QByteArray::fromHex("1603010005ffffffffff"), // nonsense handshake record
        QByteArray(4096, '\xff'),
    };
    for (const QByteArray &bytes : garbage) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::ConnectedState, 5000);
        socket.write(bytes);
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 8000);
        QVERIFY(!socket.readAll().contains("polycomConfig"));
    }
    // openssl with a protocol the server refuses.
    const ProcessResult old =
        runProcess(QStringLiteral("openssl"),
                   {QStringLiteral("s_client"), QStringLiteral("-connect"),
                    QStringLiteral("127.0.0.1:%1").arg(m_server->serverPort()), QStringLiteral("-tls1_1")},
                   "GET / HTTP/1.0\r\n\r\n", 20000);
    QVERIFY(old.exitCode != 0);
    QCOMPARE(legitimateFetch(), 200);
}

void TestProvisioningAttacks::onlyAeadCipherSuites_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("protocol"); // empty: the handshake must fail
    QTest::addColumn<QByteArray>("cipher");
    QTest::newRow("tls1.2 AES128-SHA")
        << QStringList {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QStringLiteral("AES128-SHA")}
        << QByteArray() << QByteArray();
    QTest::newRow("tls1.2 ECDHE CBC SHA-1")
        << QStringList {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                        QStringLiteral("ECDHE-ECDSA-AES128-SHA")}
        << QByteArray() << QByteArray();
    QTest::newRow("tls1.2 ECDHE CBC SHA-256")
        << QStringList {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                        QStringLiteral("ECDHE-ECDSA-AES128-SHA256")}
        << QByteArray() << QByteArray();
    QTest::newRow("tls1.2 ECDHE AES-GCM")
        << QStringList {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                        QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")}
        << QByteArray("TLSv1.2") << QByteArray("ECDHE-ECDSA-AES128-GCM-SHA256");
    QTest::newRow("tls1.2 ECDHE ChaCha20")
        << QStringList {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                        QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305")}
        << QByteArray("TLSv1.2") << QByteArray("ECDHE-ECDSA-CHACHA20-POLY1305");
    QTest::newRow("tls1.3") << QStringList {QStringLiteral("-tls1_3")} << QByteArray("TLSv1.3")
                            << QByteArray();
}

void TestProvisioningAttacks::onlyAeadCipherSuites()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, protocol);
    QFETCH(QByteArray, cipher);
    const ProcessResult r = runProcess(
        QStringLiteral("openssl"),
        QStringList {QStringLiteral("s_client"), QStringLiteral("-brief"), QStringLiteral("-ign_eof"),
                     QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(m_server->serverPort()),
                     QStringLiteral("-CAfile"), m_pki.path(QStringLiteral("server-ca.pem"))} +
            options,
        "GET /000000000000.cfg HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 20000);
    QVERIFY2(r.finished, r.err.constData());
    if (protocol.isEmpty()) {
        QVERIFY2(r.exitCode != 0, r.err.constData());
        QVERIFY2(!r.out.contains("HTTP/1.1"), r.out.constData());
        QVERIFY2(r.err.contains("alert handshake failure") || r.err.contains("no cipher"), r.err.constData());
    } else {
        QVERIFY2(r.err.contains(QByteArray("Protocol version: " + protocol + '\n')), r.err.constData());
        if (!cipher.isEmpty())
            QVERIFY2(r.err.contains(QByteArray("Ciphersuite: " + cipher + '\n')), r.err.constData());
        QVERIFY2(r.out.startsWith("HTTP/1.1 200 OK\r\n"), r.out.left(200).constData());
    }
    QCOMPARE(legitimateFetch(), 200);
}

void TestProvisioningAttacks::bareLineFeedsGet400_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("every line") << QByteArray(
        "GET /000000000000.cfg HTTP/1.1\nHost: 127.0.0.1\nUser-Agent: " + QByteArray(PolyUserAgent) + "\n\n");
    QTest::newRow("request line") << QByteArray("GET /000000000000.cfg HTTP/1.1\nHost: 127.0.0.1\r\n\r\n");
    QTest::newRow("one header") << QByteArray(
        "GET /000000000000.cfg HTTP/1.1\r\nHost: 127.0.0.1\nX: y\r\n\r\n");
    QTest::newRow("unfinished") << QByteArray("GET /000000000000.cfg HTTP/1.1\nHost: 127.0.0.1\n");
}

void TestProvisioningAttacks::bareLineFeedsGet400()
{
    QFETCH(QByteArray, request);
    // A raw socket: the bytes go out exactly as written.
    QSslSocket socket;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(m_pki.path(QStringLiteral("server-ca.pem"))));
    socket.setSslConfiguration(ssl);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->serverPort(),
                                  QStringLiteral("127.0.0.1"));
    QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 10000);
    socket.write(request);
    QByteArray response;
    QElapsedTimer timer;
    timer.start();
    // The answer comes at once, not when the header deadline (1.5 s here) closes the connection.
    while (!response.contains("\r\n\r\n") && timer.elapsed() < 1000 &&
           socket.state() == QAbstractSocket::ConnectedState) {
        spin(10);
        response += socket.readAll();
    }
    QVERIFY2(response.startsWith("HTTP/1.1 400 Bad Request\r\n"), response.constData());
    QVERIFY2(response.contains("\r\nConnection: close\r\n"), response.constData());
    QVERIFY(response.endsWith("\r\n\r\nBad Request\n"));
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(legitimateFetch(), 200);
}

void TestProvisioningAttacks::randomMacFloodIsRateLimited()
{
    // 10,000 requests for random Poly MACs from 127.0.0.1 over keep-alive connections.
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("urls.txt")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < 10000; ++i) {
        const QString mac = QStringLiteral("0004f2%1").arg(random->bounded(1 << 24), 6, 16, QLatin1Char('0'));
        config.write(
            QStringLiteral("url = \"https://127.0.0.1:%1/%2-phonedesk.cfg\"\noutput = \"/dev/null\"\n")
                .arg(m_server->serverPort())
                .arg(mac)
                .toUtf8());
    }
    config.close();
    QElapsedTimer timer;
    timer.start();
    const ProcessResult flood = runProcess(
        QStringLiteral("curl"),
        {QStringLiteral("-s"), QStringLiteral("--parallel"), QStringLiteral("--parallel-max"),
         QStringLiteral("8"), QStringLiteral("--cacert"), m_pki.path(QStringLiteral("server-ca.pem")),
         QStringLiteral("-A"), QString::fromLatin1(PolyUserAgent), QStringLiteral("-w"),
         QStringLiteral("%{http_code}\n"), QStringLiteral("-K"), config.fileName()},
        {}, 300000);
    QVERIFY2(flood.finished, flood.err.constData());
    QHash<QByteArray, int> codes;
    for (const QByteArray &line : flood.out.split('\n')) {
        if (!line.isEmpty())
            ++codes[line];
    }
    qInfo() << "flood answers:" << codes << "in" << timer.elapsed() << "ms";
    QCOMPARE(codes.value("200"), 0);
    QVERIFY2(codes.value("429") > 9000, "the rate limit did not kick in");
    // Every answer that is not the limit is the uniform challenge: nothing tells a MAC apart.
    QCOMPARE(codes.value("401") + codes.value("429"), 10000);

    m_server->flush();
    spin(300);
    m_server->flush();
    const int quarantined = QuarantineRepository(*m_db.storage).count().value();
    QVERIFY2(quarantined > 0 && quarantined <= 100, qPrintable(QString::number(quarantined))); // per address

    // The flooding address stays limited; a phone elsewhere is served.
    QCOMPARE(legitimateFetch(), 429);
    QCOMPARE(legitimateFetch(QStringLiteral("127.0.0.2")), 200);
}

void TestProvisioningAttacks::deviceCertificateIsNotRefusedByTheFailureBudget()
{
    // A flood from 127.0.0.1 uses up the address's failure budget ...
    int next = 0;
    auto madeUpMacs = [&next](int n) {
        QStringList macs;
        for (int i = 0; i < n; ++i)
            macs.append(QStringLiteral("0004f27%1").arg(next++, 5, 16, QLatin1Char('0')));
        return macs;
    };
    QVERIFY(askForMacs(madeUpMacs(100), QStringLiteral("127.0.0.1")).value("429") > 0);
    QCOMPARE(legitimateFetch(), 429); // Digest proves the phone only after the budget check
    // A valid certificate for another phone proves nothing about this one.
    QCOMPARE(certificateFetch(QStringLiteral("other-phone")), 429);
    // ... yet, while the flood goes on, a phone of the same (NATed) site with its device
    // certificate is served every time.
    for (int round = 0; round < 10; ++round) {
        const QHash<QByteArray, int> codes = askForMacs(madeUpMacs(6), QStringLiteral("127.0.0.1"));
        QVERIFY2(codes.value("429") >= 4, qPrintable(QString::number(codes.value("429"))));
        QCOMPARE(certificateFetch(QStringLiteral("poly-client")), 200);
    }
}

void TestProvisioningAttacks::quarantineFloodFromManyAddressesLeavesRoom()
{
    // No failure budget in the way: the quarantine's own bounds are what is tested.
    QVERIFY(startServer([](ProvisioningSettings &s) { s.failureBurst = 1e6; }));
    startCapture();
    // 20 addresses x 60 made-up MACs: 1,200 for a quarantine of 1,000 (at most 100 per address).
    for (int a = 0; a < 20; ++a) {
        QStringList macs;
        for (int i = 0; i < 60; ++i)
            macs.append(QStringLiteral("0004f25%1%2")
                            .arg(a, 2, 16, QLatin1Char('0'))
                            .arg(i, 3, 16, QLatin1Char('0')));
        const QHash<QByteArray, int> codes = askForMacs(macs, QStringLiteral("127.0.1.%1").arg(a + 1));
        QCOMPARE(codes.value("401"), 60);
    }
    m_server->flush();
    spin(300);
    m_server->flush();
    QuarantineRepository quarantine(*m_db.storage);
    QCOMPARE(quarantine.count().value(), 1000);

    // A real new phone from another address is recorded, in place of one of the flood's entries.
    const QString newPhone = QStringLiteral("0004f2c0ffee");
    QCOMPARE(askForMacs({newPhone}, QStringLiteral("127.0.2.1")).value("401"), 1);
    m_server->flush();
    spin(300);
    m_server->flush();
    const QList<QuarantineEntry> entries = quarantine.list().value();
    QCOMPARE(entries.size(), 1000);
    QCOMPARE(entries.first().mac, newPhone); // newest first
    QCOMPARE(entries.first().ip, QStringLiteral("127.0.2.1"));

    // Every drop counted (1,201 MACs, 1,000 kept) and logged, in few lines that say how many.
    QCOMPARE(m_db.storage->setting(QStringLiteral("provisioning.quarantineDropped")).value(),
             QStringLiteral("201"));
    m_server->stop(); // logs what the rate limit held back
    const QRegularExpression line(QStringLiteral(
        "^quarantine: (\\d+) unknown devices dropped to make room for newer ones \\(at most 100 per address, "
        "1000 in all\\); most from 127\\.0\\.1\\.\\d+ \\((\\d+)\\); (\\d+) dropped in all$"));
    const QStringList lines = capturedDropLines();
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.size() <= 3, qPrintable(lines.join(u'\n')));
    int logged = 0;
    for (const QString &text : lines) {
        const QRegularExpressionMatch m = line.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        logged += m.captured(1).toInt();
    }
    QCOMPARE(logged, 201);
    QCOMPARE(line.match(lines.last()).captured(3), QStringLiteral("201"));
}

void TestProvisioningAttacks::quarantineIsBoundedPerAddress()
{
    QVERIFY(startServer([](ProvisioningSettings &s) { s.failureBurst = 1e6; }));
    startCapture();
    QStringList macs;
    for (int i = 0; i < 150; ++i)
        macs.append(QStringLiteral("0004f26%1").arg(i, 5, 16, QLatin1Char('0')));
    QCOMPARE(askForMacs(macs, QStringLiteral("127.0.3.1")).value("401"), 150);
    m_server->flush();
    spin(300);
    m_server->flush();
    QuarantineRepository quarantine(*m_db.storage);
    QCOMPARE(quarantine.count().value(), 100);
    QCOMPARE(m_db.storage->setting(QStringLiteral("provisioning.quarantineDropped")).value(),
             QStringLiteral("50"));
    // The flooding address churns its own entries; another address's phone still gets in.
    QCOMPARE(askForMacs({QStringLiteral("0004f2c0ffee")}, QStringLiteral("127.0.3.2")).value("401"), 1);
    m_server->flush();
    spin(300);
    m_server->flush();
    QCOMPARE(quarantine.count().value(), 101);
    QCOMPARE(quarantine.list().value().first().mac, QStringLiteral("0004f2c0ffee"));
    m_server->stop();
    int logged = 0;
    for (const QString &text : capturedDropLines()) {
        QVERIFY2(
            text.contains(QLatin1String("(at most 100 per address, 1000 in all); most from 127.0.3.1 (")),
            qPrintable(text));
        logged += text.section(u' ', 1, 1).toInt();
    }
    QCOMPARE(logged, 50);
}

QTEST_GUILESS_MAIN(TestProvisioningAttacks)
#include "tst_provisioningattacks.moc"
