// Unit tests of the provisioning server's building blocks: HTTP request parser limits, Digest
// (RFC 7616 vectors, replay, stale nonces), User-Agent parsing, certificate-name matching and
// the per-address failure budget.

#include "abuseguard.h"
#include "devicedirectory.h"
#include "digestauth.h"
#include "httprequestparser.h"
#include "requesthandler.h"
#include "useragent.h"

#include <QCryptographicHash>
#include <QTest>

using namespace PhoneDesk;

namespace {
QByteArray hex(QCryptographicHash::Algorithm a, const QByteArray &data)
{
    return QCryptographicHash::hash(data, a).toHex();
}

// What a client computes for qop=auth.
QByteArray clientResponse(QCryptographicHash::Algorithm a, const QByteArray &user, const QByteArray &realm,
                          const QByteArray &password, const QByteArray &method, const QByteArray &uri,
                          const QByteArray &nonce, const QByteArray &nc, const QByteArray &cnonce)
{
    const QByteArray ha1 = hex(a, user + ':' + realm + ':' + password);
    const QByteArray ha2 = hex(a, method + ':' + uri);
    return hex(a, ha1 + ':' + nonce + ':' + nc + ':' + cnonce + ":auth:" + ha2);
}

QByteArray nonceFrom(const QByteArray &challenge)
{
    const qsizetype start = challenge.indexOf("nonce=\"") + 7;
    return challenge.mid(start, challenge.indexOf('"', start) - start);
}
} // namespace

class TestProvisioningUnit final : public QObject
{
    Q_OBJECT

private slots:
    void parserAcceptsPipelinedRequests();
    void parserLimits_data();
    void parserLimits();
    void parserIncrementalFeeding();
    void digestRfc7616Example();
    void digestAcceptsBothAlgorithms();
    void digestReplayIsRefused();
    void digestWrongUriOrRealmIsRefused();
    void digestParsesQuotedValues();
    void userAgents_data();
    void userAgents();
    void certificateNames();
    void failureBudget();
    void withoutTheDatabaseUndecidedIs503();
};

void TestProvisioningUnit::parserAcceptsPipelinedRequests()
{
    HttpRequestParser parser;
    QByteArray buffer = "GET /a.cfg HTTP/1.1\r\nHost: x\r\nUser-Agent: Yealink SIP-T46U\r\n\r\n"
                        "HEAD /b.cfg HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    QCOMPARE(parser.feed(buffer), HttpRequestParser::State::Complete);
    HttpRequest first = parser.take();
    QCOMPARE(first.method, QByteArray("GET"));
    QCOMPARE(first.target, QByteArray("/a.cfg"));
    QCOMPARE(first.header("user-agent"), QByteArray("Yealink SIP-T46U"));
    QVERIFY(first.keepAlive());
    QCOMPARE(parser.feed(buffer), HttpRequestParser::State::Complete);
    HttpRequest second = parser.take();
    QCOMPARE(second.method, QByteArray("HEAD"));
    QVERIFY(!second.keepAlive());
    QVERIFY(buffer.isEmpty());
}

void TestProvisioningUnit::parserLimits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::newRow("long-url") << QByteArray("GET /" + QByteArray(3000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n")
                              << 414;
    QTest::newRow("long-url-unterminated") << QByteArray("GET /" + QByteArray(3000, 'a')) << 414;
    QTest::newRow("big-head") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: " + QByteArray(9000, 'b'))
                              << 431;
    QTest::newRow("many-headers") << QByteArray("GET / HTTP/1.1\r\n" + QByteArray("A: b\r\n").repeated(70) +
                                                "\r\n")
                                  << 431;
    QTest::newRow("no-host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("bare-lf") << QByteArray("GET / HTTP/1.1\r\nHost: x\nX: y\r\n\r\n") << 400;
    // Refused as soon as a line ends in a bare LF, not after the header deadline: such a client
    // never sends the CRLF CRLF that would end the head.
    QTest::newRow("bare-lf-only") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 400;
    QTest::newRow("bare-lf-request-line") << QByteArray("GET / HTTP/1.1\n") << 400;
    QTest::newRow("bare-lf-unfinished") << QByteArray("GET / HTTP/1.1\r\nHost: x\nUser-Agent: y") << 400;
    QTest::newRow("folding") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n y\r\n\r\n") << 400;
    QTest::newRow("space-in-name") << QByteArray("GET / HTTP/1.1\r\nHo st: x\r\n\r\n") << 400;
    QTest::newRow("ctl-in-value") << QByteArray("GET / HTTP/1.1\r\nHost: x\x01y\r\n\r\n") << 400;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                             << 501;
    QTest::newRow("two-lengths")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nContent-Length: 0\r\n\r\n") << 400;
    QTest::newRow("bad-length") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\n")
                                << 400;
    QTest::newRow("body") << QByteArray("PUT /x.log HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n")
                          << 413;
    QTest::newRow("http2") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
    QTest::newRow("garbage-version") << QByteArray("GET / FOO\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("absolute-target") << QByteArray("GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("high-bytes") << QByteArray("GET /\xc3\xa9 HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("two-spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
}

void TestProvisioningUnit::parserLimits()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    HttpRequestParser parser;
    QCOMPARE(parser.feed(input), HttpRequestParser::State::Error);
    QCOMPARE(parser.errorStatus(), status);
}

void TestProvisioningUnit::parserIncrementalFeeding()
{
    const QByteArray request = "GET /0004f2abcdef.cfg HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: t\r\n\r\n";
    HttpRequestParser parser;
    QByteArray buffer;
    for (qsizetype i = 0; i < request.size() - 1; ++i) {
        buffer.append(request.at(i));
        QCOMPARE(parser.feed(buffer), HttpRequestParser::State::NeedMore);
    }
    buffer.append(request.back());
    QCOMPARE(parser.feed(buffer), HttpRequestParser::State::Complete);
    QCOMPARE(parser.take().target, QByteArray("/0004f2abcdef.cfg"));
}

void TestProvisioningUnit::digestRfc7616Example()
{
    // RFC 7616 §3.9.1: user Mufasa, password "Circle of Life", realm http-auth@example.org.
    const QByteArray nonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    const QByteArray sha =
        clientResponse(QCryptographicHash::Sha256, "Mufasa", "http-auth@example.org", "Circle of Life", "GET",
                       "/dir/index.html", nonce, "00000001", "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ");
    QCOMPARE(sha, QByteArray("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"));
    const QByteArray md5 =
        clientResponse(QCryptographicHash::Md5, "Mufasa", "http-auth@example.org", "Circle of Life", "GET",
                       "/dir/index.html", nonce, "00000001", "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ");
    QCOMPARE(md5, QByteArray("8ca523f5e9506fed4657c9700eebdbec"));
}

void TestProvisioningUnit::digestAcceptsBothAlgorithms()
{
    DigestAuthenticator digest("PhoneDesk provisioning");
    const QList<QByteArray> challenges = digest.challenges();
    QCOMPARE(challenges.size(), 2);
    QVERIFY(challenges.first().contains("algorithm=SHA-256"));
    QVERIFY(challenges.last().contains("algorithm=MD5"));
    const QByteArray nonce = nonceFrom(challenges.first());
    for (const auto &[name, algorithm] :
         {std::pair {"SHA-256", QCryptographicHash::Sha256}, std::pair {"MD5", QCryptographicHash::Md5}}) {
        const QByteArray nc = QByteArray(name) == "MD5" ? "00000002" : "00000001";
        DigestAuthenticator::Credentials c;
        c.username = "0004f2abcdef";
        c.realm = "PhoneDesk provisioning";
        c.nonce = nonce;
        c.uri = "/0004f2abcdef.cfg";
        c.algorithm = name;
        c.qop = "auth";
        c.nc = nc;
        c.cnonce = "abc";
        c.response = clientResponse(algorithm, c.username, c.realm, "s3cret", "GET", c.uri, nonce, nc, "abc");
        QCOMPARE(digest.verify(c, "GET", c.uri, QStringLiteral("s3cret")), DigestAuthenticator::Verdict::Ok);
    }
}

void TestProvisioningUnit::digestReplayIsRefused()
{
    DigestAuthenticator digest("r", 300);
    const QByteArray nonce = nonceFrom(digest.challenges().first());
    DigestAuthenticator::Credentials c;
    c.username = "u";
    c.realm = "r";
    c.nonce = nonce;
    c.uri = "/x.cfg";
    c.algorithm = "SHA-256";
    c.qop = "auth";
    c.nc = "00000001";
    c.cnonce = "cn";
    c.response =
        clientResponse(QCryptographicHash::Sha256, "u", "r", "pw", "GET", "/x.cfg", nonce, "00000001", "cn");
    QCOMPARE(digest.verify(c, "GET", "/x.cfg", QStringLiteral("pw")), DigestAuthenticator::Verdict::Ok);
    QCOMPARE(digest.verify(c, "GET", "/x.cfg", QStringLiteral("pw")),
             DigestAuthenticator::Verdict::Bad); // replay
    QCOMPARE(digest.verify(c, "GET", "/x.cfg", QStringLiteral("wrong")), DigestAuthenticator::Verdict::Bad);

    // An unknown (or expired) nonce with the right answer is stale, not a wrong password.
    DigestAuthenticator::Credentials stale = c;
    stale.nonce = "00000000000000000000000000000000";
    stale.response = clientResponse(QCryptographicHash::Sha256, "u", "r", "pw", "GET", "/x.cfg", stale.nonce,
                                    "00000001", "cn");
    QCOMPARE(digest.verify(stale, "GET", "/x.cfg", QStringLiteral("pw")),
             DigestAuthenticator::Verdict::Stale);

    DigestAuthenticator shortLived("r", 0);
    const QByteArray expiring = nonceFrom(shortLived.challenges().first());
    c.nonce = expiring;
    c.response = clientResponse(QCryptographicHash::Sha256, "u", "r", "pw", "GET", "/x.cfg", expiring,
                                "00000001", "cn");
    QTest::qWait(5);
    QCOMPARE(shortLived.verify(c, "GET", "/x.cfg", QStringLiteral("pw")),
             DigestAuthenticator::Verdict::Stale);
}

void TestProvisioningUnit::digestWrongUriOrRealmIsRefused()
{
    DigestAuthenticator digest("r");
    const QByteArray nonce = nonceFrom(digest.challenges().first());
    DigestAuthenticator::Credentials c;
    c.username = "u";
    c.realm = "r";
    c.nonce = nonce;
    c.uri = "/other.cfg";
    c.algorithm = "SHA-256";
    c.qop = "auth";
    c.nc = "00000001";
    c.cnonce = "cn";
    c.response = clientResponse(QCryptographicHash::Sha256, "u", "r", "pw", "GET", "/other.cfg", nonce,
                                "00000001", "cn");
    QCOMPARE(digest.verify(c, "GET", "/x.cfg", QStringLiteral("pw")), DigestAuthenticator::Verdict::Bad);
    c.qop.clear(); // no qop: no replay protection, refused
    QCOMPARE(digest.verify(c, "GET", "/other.cfg", QStringLiteral("pw")), DigestAuthenticator::Verdict::Bad);
}

void TestProvisioningUnit::digestParsesQuotedValues()
{
    const auto c = DigestAuthenticator::parse(
        "Digest username=\"0004f2abcdef\", realm=\"PhoneDesk provisioning\", nonce=\"abc\", "
        "uri=\"/x.cfg?a=1,2\", "
        "algorithm=SHA-256, qop=auth, nc=00000001, cnonce=\"q\\\"x\", response=\"DEAD\"");
    QVERIFY(c);
    QCOMPARE(c->uri, QByteArray("/x.cfg?a=1,2"));
    QCOMPARE(c->cnonce, QByteArray("q\"x"));
    QCOMPARE(c->response, QByteArray("dead"));
    QCOMPARE(c->algorithm, QByteArray("SHA-256"));
    QVERIFY(!DigestAuthenticator::parse("Basic dXNlcjpwdw=="));
    QVERIFY(!DigestAuthenticator::parse("Digest username=\"unterminated"));
    QVERIFY(!DigestAuthenticator::parse("Digest realm=\"r\""));
}

void TestProvisioningUnit::userAgents_data()
{
    QTest::addColumn<QString>("userAgent");
    QTest::addColumn<QString>("renderer");
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("firmware");
    QTest::addColumn<QString>("mac");
    QTest::newRow("poly") << QStringLiteral("FileTransport PolycomVVX-VVX_450-UA/6.4.3.5156 Type/Application")
                          << QStringLiteral("poly-ucs") << QStringLiteral("poly-vvx-450")
                          << QStringLiteral("6.4.3.5156") << QString();
    QTest::newRow("poly-updater")
        << QStringLiteral("FileTransport PolycomSoundStationIP-SSIP_6000-UA/5.0.3.1667 Type/Updater")
        << QStringLiteral("poly-ucs") << QStringLiteral("poly-soundstation-ip")
        << QStringLiteral("5.0.3.1667") << QString();
    QTest::newRow("yealink") << QStringLiteral("Yealink SIP-T46U 108.86.0.45 80:5e:c0:12:34:56")
                             << QStringLiteral("yealink") << QStringLiteral("yealink-t46u")
                             << QStringLiteral("108.86.0.45") << QStringLiteral("805ec0123456");
    QTest::newRow("yealink-no-colons")
        << QStringLiteral("Yealink SIP-T54W 96.86.0.1 805ec0abcdef") << QStringLiteral("yealink")
        << QStringLiteral("yealink-t54w") << QStringLiteral("96.86.0.1") << QStringLiteral("805ec0abcdef");
    QTest::newRow("audiocodes") << QStringLiteral("AUDC-IPPhone/3.4.6 (440HDG-Rev0; 00908F602AAC)")
                                << QStringLiteral("audiocodes") << QStringLiteral("audiocodes-440hd")
                                << QStringLiteral("3.4.6") << QStringLiteral("00908f602aac");
    QTest::newRow("curl") << QStringLiteral("curl/7.88.1") << QString() << QString() << QString()
                          << QString();
    QTest::newRow("empty") << QString() << QString() << QString() << QString() << QString();
}

void TestProvisioningUnit::userAgents()
{
    QFETCH(QString, userAgent);
    QFETCH(QString, renderer);
    QFETCH(QString, modelId);
    QFETCH(QString, firmware);
    QFETCH(QString, mac);
    const UserAgentInfo info = parseUserAgent(userAgent);
    QCOMPARE(info.renderer, renderer);
    QCOMPARE(info.modelId, modelId);
    QCOMPARE(info.firmware, firmware);
    QCOMPARE(info.mac, mac);
}

void TestProvisioningUnit::certificateNames()
{
    const QString mac = QStringLiteral("0004f2abcdef");
    QVERIFY(RequestHandler::certificateNamesMac({QStringLiteral("00:04:F2:AB:CD:EF")}, mac));
    QVERIFY(RequestHandler::certificateNamesMac({QStringLiteral("SEP0004F2ABCDEF")}, mac));
    QVERIFY(RequestHandler::certificateNamesMac(
        {QStringLiteral("x"), QStringLiteral("0004f2abcdef.phones.example.net")}, mac));
    QVERIFY(!RequestHandler::certificateNamesMac({QStringLiteral("10004f2abcdef")},
                                                 mac)); // inside a longer hex run
    QVERIFY(!RequestHandler::certificateNamesMac({QStringLiteral("0004f2abcde0")}, mac));
    QVERIFY(!RequestHandler::certificateNamesMac({}, mac));
}

void TestProvisioningUnit::failureBudget()
{
    AbuseGuard::Limits limits;
    limits.failureBurst = 3;
    limits.failuresPerSecond = 1000; // refills in a millisecond
    limits.maxConnectionsPerAddress = 2;
    AbuseGuard guard(limits);
    const QHostAddress a(QStringLiteral("192.0.2.1"));
    const QHostAddress b(QStringLiteral("192.0.2.2"));
    AbuseGuard::Limits slow = limits;
    slow.failuresPerSecond = 0.001;
    AbuseGuard strict(slow);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(strict.allowed(a));
        strict.recordFailure(a);
    }
    QVERIFY(!strict.allowed(a));
    QVERIFY(strict.allowed(b)); // other addresses are not affected
    strict.recordFailure(b, 0.5);
    QVERIFY(strict.allowed(b));

    guard.recordFailure(a);
    guard.recordFailure(a);
    guard.recordFailure(a);
    QTest::qWait(5);
    QVERIFY(guard.allowed(a)); // refilled

    QVERIFY(guard.acquireConnection(a));
    QVERIFY(guard.acquireConnection(a));
    QVERIFY(!guard.acquireConnection(a));
    QVERIFY(guard.acquireConnection(b));
    guard.releaseConnection(a);
    QVERIFY(guard.acquireConnection(a));
    QCOMPARE(guard.openConnections(), 3);
}

void TestProvisioningUnit::withoutTheDatabaseUndecidedIs503()
{
    // A Yealink phone in the directory, served on MAC and User-Agent (the Digest path refuses
    // through the same function: refuse()).
    ProvisioningSettings settings;
    settings.digest = false;
    settings.allowUnauthenticated = true;
    DeviceDirectory directory;
    PhoneConfig config;
    config.phoneId = 7;
    config.mac = QStringLiteral("805ec0123456");
    config.modelId = QStringLiteral("yealink-t46u");
    config.renderer = QStringLiteral("yealink");
    config.files = {RenderedFile {QStringLiteral("805ec0123456.cfg"), "text/plain", "#!version:1.0.0.1\n"}};
    directory.upsert({config});
    AbuseGuard::Limits limits;
    limits.failureBurst = 1000;
    AbuseGuard guard(limits);
    DigestAuthenticator digest("test");
    RequestHandler handler(settings, directory, guard, digest);
    ClientIdentity client;
    client.address = QHostAddress(QStringLiteral("192.0.2.10"));
    auto get = [&](const QByteArray &target, const QByteArray &userAgent) {
        HttpRequest request;
        request.method = "GET";
        request.target = target;
        request.version = "HTTP/1.1";
        request.headers = {{"user-agent", userAgent}};
        return handler.handle(request, client);
    };
    const QByteArray yealink = "Yealink SIP-T46U 108.86.0.45 80:5e:c0:12:34:56";
    const QByteArray unknownYealink = "Yealink SIP-T46U 108.86.0.45 80:5e:c0:00:00:01";

    // With the database: the usual answers.
    QCOMPARE(get("/805ec0123456.cfg", yealink).response.status, 200);
    RequestOutcome unknown = get("/805ec0000001.cfg", unknownYealink);
    QCOMPARE(unknown.response.status, 404);
    QVERIFY(unknown.quarantine);

    directory.setDatabaseReachable(false);
    // A cached phone is still served, and its fetch is recorded later.
    const RequestOutcome served = get("/805ec0123456.cfg", yealink);
    QCOMPARE(served.response.status, 200);
    QCOMPARE(served.phoneId, Id(7));
    // What the directory does not know is not decided: 503 and Retry-After, never 404, and no
    // quarantine (perhaps a phone added meanwhile).
    unknown = get("/805ec0000001.cfg", unknownYealink);
    QCOMPARE(unknown.response.status, 503);
    QVERIFY(!unknown.quarantine);
    QVERIFY(std::find(unknown.response.headers.cbegin(), unknown.response.headers.cend(),
                      std::pair<QByteArray, QByteArray>("Retry-After", "30")) !=
            unknown.response.headers.cend());
    QCOMPARE(unknown.result, QStringLiteral("unknown-mac-database-unavailable"));
    // The phone on record may have changed model or vendor meanwhile.
    QCOMPARE(get("/805ec0123456.cfg", "FileTransport PolycomVVX-VVX_450-UA/6.4.3.5156").response.status, 503);
    QCOMPARE(get("/805ec0123456-directory.xml", yealink).response.status, 503);
    // What needs no database keeps its answer.
    QCOMPARE(get("/../etc/passwd", yealink).response.status, 404);
    QCOMPARE(get("/not-a-phone-file.txt", yealink).response.status, 404);

    directory.setDatabaseReachable(true);
    QCOMPARE(get("/805ec0000001.cfg", unknownYealink).response.status, 404);
}

QTEST_GUILESS_MAIN(TestProvisioningUnit)
#include "tst_provisioningunit.moc"
