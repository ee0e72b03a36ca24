// The HTTPS provisioning server against real clients: curl and openssl s_client fetch as phones
// do, with Digest, with and without client certificates, with foreign certificates and wrong
// secrets; fetches land in the status record; unknown MACs land in the quarantine.

#include "configrenderer.h"
#include "configservice.h"
#include "processguard.h"
#include "provisioningtestenv.h"
#include "quarantinerepository.h"
#include "statusrepository.h"

#include <QNetworkProxy>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
struct CurlResult
{
    int exitCode = -1;
    int status = 0;
    QByteArray body;
    QByteArray error;
};
} // namespace

class TestProvisioningServer final : public QObject
{
    Q_OBJECT

public:
    // Before any socket, as in every PhoneDesk executable: a peer that resets cannot end the run.
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void digestFetchAsPolyPhone();
    void digestSha256AndMd5();
    void wrongDigestSecretIsRefused();
    void clientCertificateReplacesDigest();
    void certificateForAnotherPhoneIsRefused();
    void certificateFromAnotherCaIsRefused();
    void requiredModeHandshakeWithOpensslClient();
    void unknownMacGoesToQuarantineWithUniformAnswers();
    void userAgentCrossCheck();
    void yealinkAndAudioCodesFetch();
    void sharedMasterFileNeedsNoCredentials();
    void putIsRefused();
    void configurationPendingAfterChange();
    void unauthenticatedServingIsLoggedAtEveryStart();
    void startsOnADesktopWithAProxy();

private:
    ProvisioningSettings serverSettings(ClientCertificateMode mode, bool digest = true,
                                        bool allowUnauthenticated = false) const;
    bool startServer(ClientCertificateMode mode, bool digest = true, bool allowUnauthenticated = false);
    bool startServer(const ProvisioningSettings &settings);
    CurlResult curl(const QString &path, const char *userAgent, const QStringList &extra = {});
    QString secret(Id phoneId);
    // Lets the workers' queued results reach the server, then writes them.
    void settle()
    {
        spin(100);
        m_server->flush();
    }

    TestPki m_pki;
    TestDatabase m_db;
    TestFleet m_fleet;
    std::unique_ptr<ProvisioningServer> m_server;
};

void TestProvisioningServer::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    QVERIFY2(m_pki.issueClient(QStringLiteral("poly-client"), QStringLiteral("00:04:F2:AB:CD:EF"),
                               QStringLiteral("device-ca"), &error),
             qPrintable(error));
    QVERIFY2(m_pki.issueClient(QStringLiteral("other-phone"), QStringLiteral("0004f2000001"),
                               QStringLiteral("device-ca"), &error),
             qPrintable(error));
    QVERIFY2(m_pki.issueClient(QStringLiteral("foreign-client"), QStringLiteral("0004f2abcdef"),
                               QStringLiteral("other-ca"), &error),
             qPrintable(error));
}

void TestProvisioningServer::init()
{
    QString error;
    m_db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    QVERIFY2(m_fleet.create(*m_db.storage, &error), qPrintable(error));
}

void TestProvisioningServer::cleanup()
{
    m_server.reset();
    m_db = TestDatabase();
}

ProvisioningSettings TestProvisioningServer::serverSettings(ClientCertificateMode mode, bool digest,
                                                            bool allowUnauthenticated) const
{
    ProvisioningSettings settings;
    settings.address = QHostAddress(QHostAddress::LocalHost);
    settings.port = 0;
    settings.certificatePath = m_pki.path(QStringLiteral("server.pem"));
    settings.keyPath = m_pki.path(QStringLiteral("server.key"));
    settings.deviceCaPath = m_pki.path(QStringLiteral("device-ca.pem"));
    settings.clientCertificates = mode;
    settings.digest = digest;
    settings.allowUnauthenticated = allowUnauthenticated;
    settings.idleTimeoutMs = 3000;
    settings.workerThreads = 2;
    return settings;
}

bool TestProvisioningServer::startServer(ClientCertificateMode mode, bool digest, bool allowUnauthenticated)
{
    return startServer(serverSettings(mode, digest, allowUnauthenticated));
}

bool TestProvisioningServer::startServer(const ProvisioningSettings &settings)
{
    m_server = std::make_unique<ProvisioningServer>(*m_db.storage, settings);
    const auto r = m_server->start();
    if (!r)
        qWarning().noquote() << r.error().fullText();
    return r.ok() && m_server->serverPort() != 0;
}

CurlResult TestProvisioningServer::curl(const QString &path, const char *userAgent, const QStringList &extra)
{
    QStringList args {QStringLiteral("-sS"),
                      QStringLiteral("--max-time"),
                      QStringLiteral("20"),
                      QStringLiteral("--cacert"),
                      m_pki.path(QStringLiteral("server-ca.pem")),
                      QStringLiteral("-w"),
                      QStringLiteral("\n%{http_code}")};
    if (userAgent)
        args << QStringLiteral("-A") << QString::fromLatin1(userAgent);
    args << extra << QStringLiteral("https://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(path);
    const ProcessResult p = runProcess(QStringLiteral("curl"), args);
    CurlResult r;
    r.exitCode = p.exitCode;
    r.error = p.err;
    const qsizetype nl = p.out.lastIndexOf('\n');
    r.status = p.out.mid(nl + 1).toInt();
    r.body = p.out.left(nl);
    return r;
}

QString TestProvisioningServer::secret(Id phoneId)
{
    return m_db.storage->phones().deviceSecret(phoneId).value();
}

void TestProvisioningServer::digestFetchAsPolyPhone()
{
    QVERIFY(startServer(ClientCertificateMode::Optional));
    const QString file = m_fleet.polyMac + QStringLiteral("-phonedesk.cfg");
    const CurlResult r = curl(
        u'/' + file, PolyUserAgent,
        {QStringLiteral("--digest"), QStringLiteral("-u"), m_fleet.polyMac + u':' + secret(m_fleet.polyId)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.status, 200);
    auto expected = m_server->configService().render(m_fleet.polyId);
    QVERIFY(expected && *expected);
    QByteArray body;
    for (const RenderedFile &f : (*expected)->files) {
        if (f.name == file)
            body = f.body;
    }
    QCOMPARE(r.body, body);
    QVERIFY(r.body.contains("reg.1.server.1.address=\"sip1.example.net\""));

    settle();
    const StatusRecord status = m_db.storage->status().get(m_fleet.polyId).value();
    QCOMPARE(status.lastFetch.ip, QStringLiteral("127.0.0.1"));
    QCOMPARE(status.lastFetch.userAgent, QString::fromLatin1(PolyUserAgent));
    QCOMPARE(status.lastFetch.firmware, QStringLiteral("6.4.3.5156"));
    QCOMPARE(status.lastFetch.configHash, (*expected)->hash);
    QVERIFY(status.lastSeen.isValid());
    QCOMPARE(status.status, PhoneStatus::Online);
}

void TestProvisioningServer::digestSha256AndMd5()
{
    QVERIFY(startServer(ClientCertificateMode::Off));
    // Without credentials: a challenge offering SHA-256 first, then MD5.
    const ProcessResult head = runProcess(
        QStringLiteral("curl"),
        {QStringLiteral("-sS"), QStringLiteral("-D"), QStringLiteral("-"), QStringLiteral("-o"),
         QStringLiteral("/dev/null"), QStringLiteral("--cacert"), m_pki.path(QStringLiteral("server-ca.pem")),
         QStringLiteral("-A"), QString::fromLatin1(PolyUserAgent),
         QStringLiteral("https://127.0.0.1:%1/%2.cfg").arg(m_server->serverPort()).arg(m_fleet.polyMac)});
    QVERIFY(head.out.startsWith("HTTP/1.1 401"));
    const qsizetype sha = head.out.indexOf("algorithm=SHA-256");
    const qsizetype md5 = head.out.indexOf("algorithm=MD5");
    QVERIFY(sha > 0 && md5 > sha);
    // curl answers one of them; either way the phone is served.
    const CurlResult r = curl(
        QStringLiteral("/%1.cfg").arg(m_fleet.polyMac), PolyUserAgent,
        {QStringLiteral("--digest"), QStringLiteral("-u"), m_fleet.polyMac + u':' + secret(m_fleet.polyId)});
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("<APPLICATION"));
}

void TestProvisioningServer::wrongDigestSecretIsRefused()
{
    QVERIFY(startServer(ClientCertificateMode::Optional));
    const CurlResult r = curl(QStringLiteral("/%1-phonedesk.cfg").arg(m_fleet.polyMac), PolyUserAgent,
                              {QStringLiteral("--digest"), QStringLiteral("-u"),
                               m_fleet.polyMac + QStringLiteral(":wrong-secret")});
    QCOMPARE(r.status, 404);
    QVERIFY(!r.body.contains("reg."));
    QVERIFY(!r.body.contains(secret(m_fleet.polyId).toUtf8()));
    settle();
    QVERIFY(!m_db.storage->status().get(m_fleet.polyId).value().lastFetch.time.isValid());
}

void TestProvisioningServer::clientCertificateReplacesDigest()
{
    QVERIFY(startServer(ClientCertificateMode::Optional));
    const CurlResult r = curl(QStringLiteral("/%1-phonedesk.cfg").arg(m_fleet.polyMac), PolyUserAgent,
                              {QStringLiteral("--cert"), m_pki.path(QStringLiteral("poly-client.pem")),
                               QStringLiteral("--key"), m_pki.path(QStringLiteral("poly-client.key"))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("<polycomConfig"));
    // Without the certificate and without Digest credentials: a challenge, no file.
    const CurlResult anonymous =
        curl(QStringLiteral("/%1-phonedesk.cfg").arg(m_fleet.polyMac), PolyUserAgent);
    QCOMPARE(anonymous.status, 401);
    QVERIFY(!anonymous.body.contains("polycomConfig"));
}

void TestProvisioningServer::certificateForAnotherPhoneIsRefused()
{
    QVERIFY(startServer(ClientCertificateMode::Optional));
    const CurlResult r = curl(QStringLiteral("/%1-phonedesk.cfg").arg(m_fleet.polyMac), PolyUserAgent,
                              {QStringLiteral("--cert"), m_pki.path(QStringLiteral("other-phone.pem")),
                               QStringLiteral("--key"), m_pki.path(QStringLiteral("other-phone.key")),
                               QStringLiteral("--digest"), QStringLiteral("-u"),
                               m_fleet.polyMac + u':' + secret(m_fleet.polyId)});
    QCOMPARE(r.status, 404);
}

void TestProvisioningServer::certificateFromAnotherCaIsRefused()
{
    QVERIFY(startServer(ClientCertificateMode::Optional));
    const QStringList foreign {QStringLiteral("--cert"), m_pki.path(QStringLiteral("foreign-client.pem")),
                               QStringLiteral("--key"), m_pki.path(QStringLiteral("foreign-client.key"))};
    const CurlResult optional =
        curl(QStringLiteral("/%1-phonedesk.cfg").arg(m_fleet.polyMac), PolyUserAgent, foreign);
    QVERIFY2(optional.status == 404 || optional.exitCode != 0, optional.body.constData());
    QVERIFY(!optional.body.contains("polycomConfig"));

    m_server.reset();
    QVERIFY(startServer(ClientCertificateMode::Required));
    const CurlResult required =
        curl(QStringLiteral("/%1-phonedesk.cfg").arg(m_fleet.polyMac), PolyUserAgent, foreign);
    QVERIFY(required.exitCode != 0); // the TLS handshake fails
    QCOMPARE(required.status, 0);
    // The server is still there for the right certificate.
    const CurlResult good = curl(QStringLiteral("/%1-phonedesk.cfg").arg(m_fleet.polyMac), PolyUserAgent,
                                 {QStringLiteral("--cert"), m_pki.path(QStringLiteral("poly-client.pem")),
                                  QStringLiteral("--key"), m_pki.path(QStringLiteral("poly-client.key"))});
    QCOMPARE(good.status, 200);
}

void TestProvisioningServer::requiredModeHandshakeWithOpensslClient()
{
    QVERIFY(startServer(ClientCertificateMode::Required));
    const QString connect = QStringLiteral("127.0.0.1:%1").arg(m_server->serverPort());
    const QByteArray request = "GET /" + m_fleet.polyMac.toLatin1() +
        "-phonedesk.cfg HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: " + QByteArray(PolyUserAgent) +
        "\r\nConnection: close\r\n\r\n";
    const QStringList base {QStringLiteral("s_client"),
                            QStringLiteral("-connect"),
                            connect,
                            QStringLiteral("-CAfile"),
                            m_pki.path(QStringLiteral("server-ca.pem")),
                            QStringLiteral("-quiet"),
                            QStringLiteral("-verify_return_error")};
    const ProcessResult withCert =
        runProcess(QStringLiteral("openssl"),
                   base +
                       QStringList {QStringLiteral("-cert"), m_pki.path(QStringLiteral("poly-client.pem")),
                                    QStringLiteral("-key"), m_pki.path(QStringLiteral("poly-client.key"))},
                   request);
    QVERIFY2(withCert.out.startsWith("HTTP/1.1 200 OK"), withCert.out.left(200).constData());
    QVERIFY(withCert.out.contains("<polycomConfig"));

    const ProcessResult without = runProcess(QStringLiteral("openssl"), base, request);
    QVERIFY(!without.out.contains("HTTP/1.1 200"));
    QVERIFY(!without.out.contains("polycomConfig"));
}

void TestProvisioningServer::unknownMacGoesToQuarantineWithUniformAnswers()
{
    QVERIFY(startServer(ClientCertificateMode::Optional));
    const QString unknown = QStringLiteral("0004f2999999");
    // No credentials: the same challenge as for a known phone.
    const CurlResult known = curl(QStringLiteral("/%1.cfg").arg(m_fleet.polyMac), PolyUserAgent);
    const CurlResult stranger = curl(QStringLiteral("/%1.cfg").arg(unknown), PolyUserAgent);
    QCOMPARE(known.status, 401);
    QCOMPARE(stranger.status, 401);
    QCOMPARE(stranger.body, known.body);
    // With (any) credentials: the same 404 as a wrong secret for a known phone.
    const CurlResult strangerAuth =
        curl(QStringLiteral("/%1.cfg").arg(unknown), PolyUserAgent,
             {QStringLiteral("--digest"), QStringLiteral("-u"), unknown + QStringLiteral(":guess")});
    const CurlResult knownWrong =
        curl(QStringLiteral("/%1.cfg").arg(m_fleet.polyMac), PolyUserAgent,
             {QStringLiteral("--digest"), QStringLiteral("-u"), m_fleet.polyMac + QStringLiteral(":guess")});
    QCOMPARE(strangerAuth.status, 404);
    QCOMPARE(knownWrong.status, 404);
    QCOMPARE(strangerAuth.body, knownWrong.body);

    settle();
    QuarantineRepository quarantine(*m_db.storage);
    const QList<QuarantineEntry> entries = quarantine.list().value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().mac, unknown);
    QCOMPARE(entries.first().ip, QStringLiteral("127.0.0.1"));
    QCOMPARE(entries.first().modelId, QStringLiteral("poly-vvx-450"));
    QVERIFY(entries.first().requests >= 2);
    QCOMPARE(m_db.storage->phones().findByHardwareId(unknown).value(), std::nullopt); // never auto-created

    // Claiming = creating the phone: the next fetch is served.
    Phone phone;
    phone.name = QStringLiteral("Claimed");
    phone.category = PhoneCategory::Managed;
    phone.baseSettingsId = m_db.storage->phones().get(m_fleet.polyId).value().baseSettingsId;
    phone.siteId = m_fleet.siteId;
    phone.hardwareId = unknown;
    const Phone created = m_db.storage->phones().create(phone).value();
    QVERIFY(quarantine.remove({unknown}).ok());
    spin(50);
    const CurlResult served =
        curl(QStringLiteral("/%1-phonedesk.cfg").arg(unknown), PolyUserAgent,
             {QStringLiteral("--digest"), QStringLiteral("-u"), unknown + u':' + secret(created.id)});
    QCOMPARE(served.status, 200);
}

void TestProvisioningServer::userAgentCrossCheck()
{
    QVERIFY(startServer(ClientCertificateMode::Optional));
    const QStringList auth {QStringLiteral("--digest"), QStringLiteral("-u"),
                            m_fleet.polyMac + u':' + secret(m_fleet.polyId)};
    const QString path = QStringLiteral("/%1-phonedesk.cfg").arg(m_fleet.polyMac);
    QCOMPARE(curl(path, "curl/7.88.1", auth).status, 404);
    QCOMPARE(curl(path, YealinkUserAgent, auth).status, 404);
    QCOMPARE(curl(path, "FileTransport PolycomVVX-VVX_350-UA/6.4.3.5156 Type/Application", auth).status, 404);
    QCOMPARE(curl(path, PolyUserAgent, auth).status, 200);
    // Yealink: the MAC in the User-Agent must be the MAC in the path.
    const QStringList yAuth {QStringLiteral("--digest"), QStringLiteral("-u"),
                             m_fleet.yealinkMac + u':' + secret(m_fleet.yealinkId)};
    QCOMPARE(curl(QStringLiteral("/%1.cfg").arg(m_fleet.yealinkMac),
                  "Yealink SIP-T46U 108.86.0.45 80:5e:c0:99:99:99", yAuth)
                 .status,
             404);
}

void TestProvisioningServer::yealinkAndAudioCodesFetch()
{
    QVERIFY(startServer(ClientCertificateMode::Optional));
    const CurlResult y = curl(QStringLiteral("/%1.cfg").arg(m_fleet.yealinkMac), YealinkUserAgent,
                              {QStringLiteral("--digest"), QStringLiteral("-u"),
                               m_fleet.yealinkMac + u':' + secret(m_fleet.yealinkId)});
    QCOMPARE(y.status, 200);
    QVERIFY(y.body.startsWith("#!version:1.0.0.1\n"));
    const CurlResult a =
        curl(QStringLiteral("/%1.cfg").arg(m_fleet.audiocodesMac.toUpper()), AudioCodesUserAgent,
             {QStringLiteral("--digest"), QStringLiteral("-u"),
              m_fleet.audiocodesMac + u':' + secret(m_fleet.audiocodesId)});
    QCOMPARE(a.status, 200);
    QVERIFY(a.body.contains("voip/signalling/sip/proxy_address=sip1.example.net"));
    settle();
    QCOMPARE(m_db.storage->status().get(m_fleet.yealinkId).value().lastFetch.firmware,
             QStringLiteral("108.86.0.45"));
    QCOMPARE(m_db.storage->status().get(m_fleet.audiocodesId).value().lastFetch.firmware,
             QStringLiteral("3.4.6"));
}

void TestProvisioningServer::sharedMasterFileNeedsNoCredentials()
{
    QVERIFY(startServer(ClientCertificateMode::Optional));
    const CurlResult r = curl(QStringLiteral("/000000000000.cfg"), PolyUserAgent);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("[PHONE_MAC_ADDRESS]-phonedesk.cfg"));
    QVERIFY(!r.body.contains("reg."));
}

void TestProvisioningServer::putIsRefused()
{
    QVERIFY(startServer(ClientCertificateMode::Optional));
    // A log upload with a body is refused before the body is read; without one, the method is.
    const CurlResult r = curl(QStringLiteral("/%1-app.log").arg(m_fleet.polyMac), PolyUserAgent,
                              {QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("--data-binary"),
                               QStringLiteral("log line")});
    QCOMPARE(r.status, 413);
    const CurlResult empty = curl(QStringLiteral("/%1-app.log").arg(m_fleet.polyMac), PolyUserAgent,
                                  {QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-H"),
                                   QStringLiteral("Content-Length: 0")});
    QCOMPARE(empty.status, 405);
}

void TestProvisioningServer::configurationPendingAfterChange()
{
    QVERIFY(startServer(ClientCertificateMode::Optional));
    QSignalSpy resync(m_server.get(), &ProvisioningServer::resyncRequested);
    const QStringList auth {QStringLiteral("--digest"), QStringLiteral("-u"),
                            m_fleet.polyMac + u':' + secret(m_fleet.polyId)};
    QCOMPARE(curl(QStringLiteral("/%1-phonedesk.cfg").arg(m_fleet.polyMac), PolyUserAgent, auth).status, 200);
    settle();
    QVERIFY(m_server->configService().pendingPhoneIds().value().isEmpty());

    // A base-settings change with dynamic reload (default on) alters the file: pending + resync.
    const Phone phone = m_db.storage->phones().get(m_fleet.polyId).value();
    BaseSettings bs = m_db.storage->baseSettings().get(phone.baseSettingsId).value();
    bs.values.insert(QStringLiteral("media.dscpRtp"), 40);
    QVERIFY(m_db.storage->baseSettings().update(bs).ok());
    spin(50);
    QCOMPARE(m_server->configService().pendingPhoneIds().value(), QSet<Id> {m_fleet.polyId});
    QVERIFY(!resync.isEmpty());
    QCOMPARE(resync.last().first().value<QList<Id>>(), QList<Id> {m_fleet.polyId});

    // The phone re-fetches: the new file is served and nothing is pending any more.
    const CurlResult again =
        curl(QStringLiteral("/%1-phonedesk.cfg").arg(m_fleet.polyMac), PolyUserAgent, auth);
    QVERIFY(again.body.contains("qos.ip.rtp.dscp=\"40\""));
    settle();
    QVERIFY(m_server->configService().pendingPhoneIds().value().isEmpty());
}

void TestProvisioningServer::unauthenticatedServingIsLoggedAtEveryStart()
{
    const char *const warning = "SECURITY WARNING: allowUnauthenticated is on: anyone who can reach the "
                                "provisioning server and names a "
                                "known phone's MAC address with its vendor's User-Agent is served that "
                                "phone's configuration, including "
                                "its SIP passwords and local admin password. Use it in an isolated lab only.";
    for (int start = 0; start < 2; ++start) {
        QTest::ignoreMessage(QtWarningMsg, warning); // fails the test unless logged
        QVERIFY(startServer(ClientCertificateMode::Off, false, true));
        m_server.reset();
    }
    // What it warns of: a phone's file, passwords and all, for its MAC and User-Agent alone.
    QTest::ignoreMessage(QtWarningMsg, warning);
    QVERIFY(startServer(ClientCertificateMode::Off, false, true));
    const CurlResult r = curl(QStringLiteral("/%1-phonedesk.cfg").arg(m_fleet.polyMac), PolyUserAgent);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("device.auth.localAdminPassword="));
}

// Qt applies the desktop's proxy to listening sockets too, and a QTcpServer cannot listen through
// an HTTP proxy ("The proxy type is invalid for this operation"): the console's built-in server
// would not start on a desktop configured with one. Phones connect to this host itself.
void TestProvisioningServer::startsOnADesktopWithAProxy()
{
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 9)); // nothing listens
    const auto noProxyAgain = qScopeGuard([] { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); });
    // On every address, as a site's server listens (Qt leaves a loopback-only listener alone).
    ProvisioningSettings settings = serverSettings(ClientCertificateMode::Off);
    settings.address = QHostAddress(QHostAddress::AnyIPv4);
    QVERIFY(startServer(settings)); // the reason, if not, is in the log
    const CurlResult r = curl(QStringLiteral("/%1-phonedesk.cfg").arg(m_fleet.polyMac), PolyUserAgent);
    QCOMPARE(r.status, 401); // served directly: the Digest challenge
}

QTEST_GUILESS_MAIN(TestProvisioningServer)
#include "tst_provisioningserver.moc"
