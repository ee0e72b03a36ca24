// The Poly ZTP and Yealink RPS clients against local HTTPS stand-ins of the services (real TLS on
// loopback): the requests they make (paths, bodies, headers, batch sizes) and what each answer of
// the service becomes — registered, already registered, moved, another account's, refused with the
// service's words, retried after a 429 or a 5xx, or a pause until the credentials change.

#include "polyztpservice.h"
#include "redirectiontestenv.h"
#include "yealinkrpsservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;
using Kind = RedirectionOutcome::Kind;

namespace {

const QString Url = QStringLiteral("https://prov.example.com:8443/");
const QString OtherUrl = QStringLiteral("https://old.example.com/");

RedirectionDevice device(Id row, int n, const QString &url = Url, const QString &serial = {})
{
    RedirectionDevice d;
    d.rowId = row;
    d.mac = QStringLiteral("0004f2%1").arg(n, 6, 16, QLatin1Char('0'));
    d.url = url;
    d.serialNumber = serial;
    return d;
}

// Runs one call of the client and waits for its answer.
template<typename Call> std::optional<RedirectionBatchResult> answer(Call call)
{
    std::optional<RedirectionBatchResult> result;
    call([&](const RedirectionBatchResult &r) { result = r; });
    (void)waitFor([&] { return result.has_value(); }, 30000);
    return result;
}

const RedirectionOutcome *outcomeFor(const RedirectionBatchResult &r, Id row)
{
    for (const RedirectionOutcome &o : r.outcomes) {
        if (o.rowId == row)
            return &o;
    }
    return nullptr;
}

} // namespace

class TestRedirectionServices final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void polyRegistersAtItsProfile();
    void polyDeviceKnownAlreadyIsRegistered();
    void polyOwnDeviceElsewhereIsMoved();
    void polyAnotherAccountsDeviceIsRefused();
    void polyDeviceInDoubtIsLookedUpFirst();
    void polyErrorsOfTheWholeRequest();
    void polyRemoves();

    void yealinkTokenAndSignedRequests();
    void yealinkAddsByMacInOneBatch();
    void yealinkForbiddenByMacAddsWithSerialNumbers();
    void yealinkPerDeviceErrors();
    void yealinkDeviceInDoubtIsLookedUpFirst();
    void yealinkServerChangedInThePortalIsSetBack();
    void yealinkCredentialsAndRetries();
    void yealinkRemoves();

    void connectionTests();

private:
    MockService mock(Flavour flavour)
    {
        QString error;
        MockService m = startMock(m_pki, flavour, &error);
        if (!m.server)
            qFatal("%s", qPrintable(error));
        return m;
    }

    TestPki m_pki;
};

void TestRedirectionServices::initTestCase()
{
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
}

// --- Poly ZTP -----------------------------------------------------------------------------

void TestRedirectionServices::polyRegistersAtItsProfile()
{
    MockService m = mock(Flavour::PolyZtp);
    PolyZtpService client(m.config);
    auto r = answer([&](auto done) { client.registerDevices({device(1, 1)}, done); });
    QVERIFY(r);
    QCOMPARE(r->outcomes.size(), 1);
    QCOMPARE(r->outcomes.first().kind, Kind::Registered);
    QCOMPARE(r->outcomes.first().remoteId, device(1, 1).mac);
    r = answer([&](auto done) { client.registerDevices({device(2, 2)}, done); });
    QCOMPARE(r->outcomes.first().kind, Kind::Registered);
    r = answer([&](auto done) { client.registerDevices({device(3, 3, OtherUrl)}, done); });
    QCOMPARE(r->outcomes.first().kind, Kind::Registered);

    // One profile per provisioning URL, looked up once and made with the documented body.
    const auto profiles = m.server->requestsTo(QStringLiteral("/v1/profiles"), "POST");
    QCOMPARE(profiles.size(), 2);
    const QJsonObject first = profiles.first().json.toObject();
    QCOMPARE(first.value(QLatin1String("name")).toString(),
             QStringLiteral("PhoneDesk prov.example.com:8443"));
    QCOMPARE(first.value(QLatin1String("enabled")).toBool(), true);
    const QJsonObject server = first.value(QLatin1String("template"))
                                   .toObject()
                                   .value(QLatin1String("provisioning"))
                                   .toObject()
                                   .value(QLatin1String("server"))
                                   .toObject();
    QCOMPARE(server.value(QLatin1String("address")).toString(), Url);
    QVERIFY(first.value(QLatin1String("template")).toObject().contains(QLatin1String("dhcp")));
    QVERIFY(first.contains(QLatin1String("custom")));
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v1/profiles"), "GET").size(), 2);
    const auto posts = m.server->requestsTo(QStringLiteral("/v1/devices"), "POST");
    QCOMPARE(posts.size(), 3);
    QCOMPARE(posts.first().json.toObject().value(QLatin1String("id")).toString(), device(1, 1).mac);
    for (const auto &request : m.server->requests())
        QCOMPARE(request.headers.value("api-key"), m.config.key.toUtf8());
    QCOMPARE(m.server->devices().value(device(1, 1).mac), Url);
    QCOMPARE(m.server->devices().value(device(3, 3).mac), OtherUrl);
}

void TestRedirectionServices::polyDeviceKnownAlreadyIsRegistered()
{
    MockService m = mock(Flavour::PolyZtp);
    PolyZtpService client(m.config);
    // The profile exists: the device registered at it before (by an earlier PhoneDesk run).
    (void)answer([&](auto done) { client.registerDevices({device(1, 1)}, done); });
    const int before = m.server->registrations().value(device(1, 1).mac);
    auto r = answer([&](auto done) { client.registerDevices({device(1, 1)}, done); });
    QCOMPARE(r->outcomes.first().kind, Kind::Registered);
    QCOMPARE(r->outcomes.first().reason, RedirectionReason::AlreadyRegistered);
    QCOMPARE(m.server->registrations().value(device(1, 1).mac), before);
    // 409, then a look at the device: it is at this profile.
    const auto gets = m.server->requestsTo(QStringLiteral("/v1/devices/") + device(1, 1).mac, "GET");
    QCOMPARE(gets.size(), 1);
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v1/devices"), "POST").last().status, 409);
}

void TestRedirectionServices::polyOwnDeviceElsewhereIsMoved()
{
    MockService m = mock(Flavour::PolyZtp);
    m.server->preregister(device(1, 1).mac, OtherUrl);
    PolyZtpService client(m.config);
    auto r = answer([&](auto done) { client.registerDevices({device(1, 1)}, done); });
    QCOMPARE(r->outcomes.first().kind, Kind::Registered);
    QCOMPARE(m.server->devices().value(device(1, 1).mac), Url);
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v1/devices/") + device(1, 1).mac, "DELETE").size(), 1);
}

void TestRedirectionServices::polyAnotherAccountsDeviceIsRefused()
{
    MockService m = mock(Flavour::PolyZtp);
    m.server->addForeignDevice(device(1, 1).mac);
    m.server->refuseDevice(device(2, 2).mac, QStringLiteral("Device id is not a Poly MAC address"));
    PolyZtpService client(m.config);
    auto r = answer([&](auto done) { client.registerDevices({device(1, 1)}, done); });
    QCOMPARE(r->outcomes.first().kind, Kind::Refused);
    QCOMPARE(r->outcomes.first().reason, RedirectionReason::OtherAccount);
    QVERIFY(!r->pausedUntil.isValid());
    r = answer([&](auto done) { client.registerDevices({device(2, 2)}, done); });
    QCOMPARE(r->outcomes.first().kind, Kind::Refused);
    QCOMPARE(r->outcomes.first().reason, RedirectionReason::Refused);
    QVERIFY2(r->outcomes.first().detail.contains(QLatin1String("not a Poly MAC address")),
             qPrintable(r->outcomes.first().detail));
    QVERIFY(m.server->devices().isEmpty());
}

void TestRedirectionServices::polyDeviceInDoubtIsLookedUpFirst()
{
    MockService m = mock(Flavour::PolyZtp);
    PolyZtpService client(m.config);
    (void)answer([&](auto done) { client.registerDevices({device(1, 1)}, done); });
    const qsizetype posts = m.server->requestsTo(QStringLiteral("/v1/devices"), "POST").size();
    RedirectionDevice d = device(1, 1);
    d.inDoubt = true;
    auto r = answer([&](auto done) { client.registerDevices({d}, done); });
    QCOMPARE(r->outcomes.first().kind, Kind::Registered);
    QCOMPARE(r->outcomes.first().reason, RedirectionReason::AlreadyRegistered);
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v1/devices"), "POST").size(), posts); // nothing sent again
    // Not registered after all: looked up, then registered.
    RedirectionDevice fresh = device(2, 2);
    fresh.inDoubt = true;
    r = answer([&](auto done) { client.registerDevices({fresh}, done); });
    QCOMPARE(r->outcomes.first().kind, Kind::Registered);
    QCOMPARE(r->outcomes.first().reason, QString());
    QCOMPARE(m.server->registrations().value(fresh.mac), 1);
}

void TestRedirectionServices::polyErrorsOfTheWholeRequest()
{
    MockService m = mock(Flavour::PolyZtp);
    {
        RedirectionServiceConfig wrong = m.config;
        wrong.key = QStringLiteral("not the key");
        PolyZtpService client(wrong);
        auto r = answer([&](auto done) { client.registerDevices({device(1, 1)}, done); });
        QCOMPARE(r->outcomes.first().kind, Kind::Refused);
        QCOMPARE(r->outcomes.first().reason, RedirectionReason::Unauthorized);
        QVERIFY(r->pausedUntilReconfigured);
        QVERIFY2(r->outcomes.first().detail.contains(QLatin1String("HTTP 401")),
                 qPrintable(r->outcomes.first().detail));
    }
    PolyZtpService client(m.config);
    (void)answer([&](auto done) { client.registerDevices({device(9, 9)}, done); }); // the profile exists now
    m.server->script(QStringLiteral("/v1/devices"), {429, "{\"message\":\"Too Many Requests\"}", "7", 1},
                     "POST");
    const QDateTime before = QDateTime::currentDateTimeUtc();
    auto r = answer([&](auto done) { client.registerDevices({device(1, 1)}, done); });
    const RedirectionOutcome &limited = r->outcomes.first();
    QCOMPARE(limited.kind, Kind::Retry);
    QCOMPARE(limited.reason, RedirectionReason::RateLimited);
    QVERIFY(!limited.inDoubt); // a 429 was not processed
    // Retry-After: 7 seconds from the answer.
    QVERIFY(limited.retryAt >= before.addSecs(7) &&
            limited.retryAt <= QDateTime::currentDateTimeUtc().addSecs(7));
    QCOMPARE(r->pausedUntil, limited.retryAt);

    m.server->script(QStringLiteral("/v1/devices"), {500, "{\"message\":\"Internal Server Error\"}", {}, 1},
                     "POST");
    r = answer([&](auto done) { client.registerDevices({device(1, 1)}, done); });
    QCOMPARE(r->outcomes.first().kind, Kind::Retry);
    QCOMPARE(r->outcomes.first().reason, RedirectionReason::ServerError);
    QVERIFY(r->outcomes.first().inDoubt); // a 5xx may have been processed: looked up next time
    QVERIFY(r->pausedUntil.isValid());
    QVERIFY(r->outcomes.first().detail.contains(QLatin1String("HTTP 500")));
    QVERIFY(m.server->devices().contains(device(9, 9).mac));
    QVERIFY(!m.server->devices().contains(device(1, 1).mac));
}

void TestRedirectionServices::polyRemoves()
{
    MockService m = mock(Flavour::PolyZtp);
    m.server->preregister(device(1, 1).mac, Url);
    m.server->addForeignDevice(device(3, 3).mac);
    PolyZtpService client(m.config);
    auto r = answer([&](auto done) {
        client.removeDevices({device(1, 1), device(2, 2), device(3, 3)}, done);
    });
    QCOMPARE(r->outcomes.size(), 3);
    for (const RedirectionOutcome &o : r->outcomes)
        QCOMPARE(o.kind, Kind::Removed);
    QCOMPARE(outcomeFor(*r, 3)->reason, RedirectionReason::OtherAccount);
    QVERIFY(m.server->devices().isEmpty());
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v1/devices/") + device(1, 1).mac, "DELETE").size(), 1);
}

// --- Yealink RPS --------------------------------------------------------------------------

void TestRedirectionServices::yealinkTokenAndSignedRequests()
{
    MockService m = mock(Flavour::YealinkRps);
    YealinkRpsService client(m.config);
    auto r = answer([&](auto done) { client.registerDevices({device(1, 1), device(2, 2)}, done); });
    QCOMPARE(r->outcomes.size(), 2);
    const auto tokens = m.server->requestsTo(QStringLiteral("/v2/token"));
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first().headers.value("authorization"),
             "Basic " + QByteArray("key-yealink:secret-yealink").toBase64());
    QCOMPARE(tokens.first().json.toObject().value(QLatin1String("grant_type")).toString(),
             QStringLiteral("client_credentials"));
    QSet<QByteArray> nonces;
    for (const auto &request : m.server->requests()) {
        if (request.path == QLatin1String("/v2/token"))
            continue;
        QVERIFY(request.headers.value("authorization").startsWith("Bearer token-"));
        QVERIFY(!request.headers.value("timestamp").isEmpty());
        QVERIFY(!nonces.contains(request.headers.value("nonce")));
        nonces.insert(request.headers.value("nonce"));
        QVERIFY2(request.status == 200 || request.status == 201, qPrintable(request.path));
    }
    // A second batch uses the same token.
    (void)answer([&](auto done) { client.registerDevices({device(3, 3)}, done); });
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v2/token")).size(), 1);
}

void TestRedirectionServices::yealinkAddsByMacInOneBatch()
{
    MockService m = mock(Flavour::YealinkRps);
    YealinkRpsService client(m.config);
    QCOMPARE(client.registerBatchLimit(), 100);
    QList<RedirectionDevice> devices;
    for (int i = 1; i <= 100; ++i)
        devices.append(device(i, i));
    auto r = answer([&](auto done) { client.registerDevices(devices, done); });
    QCOMPARE(r->outcomes.size(), 100);
    for (const RedirectionOutcome &o : r->outcomes)
        QCOMPARE(o.kind, Kind::Registered);
    const auto adds = m.server->requestsTo(QStringLiteral("/v2/rps/addDevicesByMac"));
    QCOMPARE(adds.size(), 1);
    QCOMPARE(adds.first().json.toArray().size(), 100);
    const QJsonObject entry = adds.first().json.toArray().first().toObject();
    QCOMPARE(entry.value(QLatin1String("mac")).toString(), device(1, 1).mac);
    QVERIFY(!entry.value(QLatin1String("serverId")).toString().isEmpty());
    // The server was made with the documented fields, and is found the next time.
    const auto servers = m.server->requestsTo(QStringLiteral("/v2/rps/servers"), "POST");
    QCOMPARE(servers.size(), 1);
    const QJsonObject server = servers.first().json.toObject();
    QCOMPARE(server.value(QLatin1String("serverName")).toString(),
             QStringLiteral("PhoneDesk prov.example.com:8443"));
    QCOMPARE(server.value(QLatin1String("url")).toString(), Url);
    QVERIFY(server.contains(QLatin1String("authName")) && server.contains(QLatin1String("password")));
    YealinkRpsService later(m.config);
    (void)answer([&](auto done) { later.registerDevices({device(200, 200)}, done); });
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v2/rps/servers"), "POST").size(), 1);
    QCOMPARE(m.server->devices().size(), 101);
}

void TestRedirectionServices::yealinkForbiddenByMacAddsWithSerialNumbers()
{
    MockService m = mock(Flavour::YealinkRps);
    m.server->setAddByMacForbidden(true);
    YealinkRpsService client(m.config);
    auto r = answer([&](auto done) {
        client.registerDevices({device(1, 1, Url, QStringLiteral("8012340000000001")), device(2, 2)}, done);
    });
    QCOMPARE(outcomeFor(*r, 1)->kind, Kind::Registered);
    QCOMPARE(outcomeFor(*r, 2)->kind, Kind::Refused);
    QCOMPARE(outcomeFor(*r, 2)->reason, RedirectionReason::NeedsSerial);
    QVERIFY(client.addsBySerialNumber());
    QCOMPARE(m.server->serialOf(device(1, 1).mac), QStringLiteral("8012340000000001"));
    const auto bySerial = m.server->requestsTo(QStringLiteral("/v2/rps/addDevices"));
    QCOMPARE(bySerial.size(), 1);
    QCOMPARE(bySerial.first().json.toArray().size(), 1); // the phone without a serial number is not sent
    QCOMPARE(bySerial.first().json.toArray().first().toObject().value(QLatin1String("sn")).toString(),
             QStringLiteral("8012340000000001"));
    // From now on straight with the serial numbers.
    (void)answer(
        [&](auto done) { client.registerDevices({device(3, 3, Url, QStringLiteral("SN3"))}, done); });
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v2/rps/addDevicesByMac")).size(), 1);
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v2/rps/addDevices")).size(), 2);
}

void TestRedirectionServices::yealinkPerDeviceErrors()
{
    MockService m = mock(Flavour::YealinkRps);
    m.server->refuseDevice(device(1, 1).mac, QStringLiteral("The device model is not supported by RPS"));
    m.server->addForeignDevice(device(2, 2).mac);
    YealinkRpsService client(m.config);
    (void)answer([&](auto done) { client.registerDevices({device(3, 3)}, done); }); // ours, registered here
    m.server->preregister(device(4, 4).mac, OtherUrl); // ours, at another server
    auto r = answer([&](auto done) {
        client.registerDevices({device(1, 1), device(2, 2), device(3, 3), device(4, 4), device(5, 5)}, done);
    });
    QCOMPARE(r->outcomes.size(), 5);
    QCOMPARE(outcomeFor(*r, 1)->kind, Kind::Refused);
    QCOMPARE(outcomeFor(*r, 1)->reason, RedirectionReason::Refused);
    QCOMPARE(outcomeFor(*r, 1)->detail, QStringLiteral("The device model is not supported by RPS"));
    QCOMPARE(outcomeFor(*r, 2)->reason, RedirectionReason::OtherAccount);
    QCOMPARE(outcomeFor(*r, 3)->kind, Kind::Registered);
    QCOMPARE(outcomeFor(*r, 3)->reason, RedirectionReason::AlreadyRegistered);
    QCOMPARE(outcomeFor(*r, 4)->kind, Kind::Registered);
    QCOMPARE(outcomeFor(*r, 5)->kind, Kind::Registered);
    QCOMPARE(m.server->devices().value(device(4, 4).mac), Url); // moved: removed, added here
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v2/rps/delDevices")).size(), 1);
    QCOMPARE(m.server->registrations().value(device(3, 3).mac), 1);
}

void TestRedirectionServices::yealinkDeviceInDoubtIsLookedUpFirst()
{
    MockService m = mock(Flavour::YealinkRps);
    YealinkRpsService client(m.config);
    (void)answer([&](auto done) { client.registerDevices({device(1, 1)}, done); });
    RedirectionDevice known = device(1, 1);
    known.inDoubt = true;
    RedirectionDevice unknown = device(2, 2);
    unknown.inDoubt = true;
    auto r = answer([&](auto done) { client.registerDevices({known, unknown}, done); });
    QCOMPARE(outcomeFor(*r, 1)->reason, RedirectionReason::AlreadyRegistered);
    QVERIFY(outcomeFor(*r, 1)->remoteId.startsWith(QLatin1String("dev-")));
    QCOMPARE(outcomeFor(*r, 2)->kind, Kind::Registered);
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v2/rps/listDevices")).size(), 2);
    const auto adds = m.server->requestsTo(QStringLiteral("/v2/rps/addDevicesByMac"));
    QCOMPARE(adds.size(), 2);
    QCOMPARE(adds.last().json.toArray().size(), 1); // only the one that was not there
    QCOMPARE(m.server->registrations().value(known.mac), 1);
    // Known by its id: GET /v2/rps/devices/{id}.
    known.remoteId = outcomeFor(*r, 1)->remoteId;
    r = answer([&](auto done) { client.registerDevices({known}, done); });
    QCOMPARE(outcomeFor(*r, 1)->reason, RedirectionReason::AlreadyRegistered);
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v2/rps/devices/") + known.remoteId, "GET").size(), 1);
}

void TestRedirectionServices::yealinkServerChangedInThePortalIsSetBack()
{
    MockService m = mock(Flavour::YealinkRps);
    YealinkRpsService first(m.config);
    (void)answer([&](auto done) { first.registerDevices({device(1, 1)}, done); });
    const QString serverId = m.server->requestsTo(QStringLiteral("/v2/rps/addDevicesByMac"))
                                 .first()
                                 .json.toArray()
                                 .first()
                                 .toObject()
                                 .value(QLatin1String("serverId"))
                                 .toString();
    // Someone points PhoneDesk's server elsewhere in the portal.
    m.server->script(
        QStringLiteral("/v2/rps/servers/") + serverId,
        {200,
         QByteArray("{\"id\":\"") + serverId.toUtf8() +
             "\",\"serverName\":\"PhoneDesk prov.example.com:8443\",\"url\":\"https://elsewhere/\"}",
         {},
         1},
        "GET");
    YealinkRpsService again(m.config);
    (void)answer([&](auto done) { again.registerDevices({device(2, 2)}, done); });
    const auto puts = m.server->requestsTo(QStringLiteral("/v2/rps/servers/") + serverId, "PUT");
    QCOMPARE(puts.size(), 1);
    QCOMPARE(puts.first().json.toObject().value(QLatin1String("url")).toString(), Url);
}

void TestRedirectionServices::yealinkCredentialsAndRetries()
{
    MockService m = mock(Flavour::YealinkRps);
    {
        RedirectionServiceConfig wrong = m.config;
        wrong.secret = QStringLiteral("not the secret");
        YealinkRpsService client(wrong);
        auto r = answer([&](auto done) { client.registerDevices({device(1, 1), device(2, 2)}, done); });
        QCOMPARE(r->outcomes.size(), 2);
        for (const RedirectionOutcome &o : r->outcomes)
            QCOMPARE(o.reason, RedirectionReason::Unauthorized);
        QVERIFY(r->pausedUntilReconfigured);
    }
    YealinkRpsService client(m.config);
    (void)answer([&](auto done) { client.registerDevices({device(1, 1)}, done); });
    // The token is revoked (the AccessKey was rotated in the portal): one new token, one retry.
    m.server->setCredentials(m.config.key, m.config.secret);
    auto r = answer([&](auto done) { client.registerDevices({device(2, 2)}, done); });
    QCOMPARE(r->outcomes.first().kind, Kind::Registered);
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v2/token")).size(), 3);

    m.server->script(QStringLiteral("/v2/rps/addDevicesByMac"), {429, "{\"code\":\"429\"}", "2", 1});
    r = answer([&](auto done) { client.registerDevices({device(3, 3)}, done); });
    QCOMPARE(r->outcomes.first().reason, RedirectionReason::RateLimited);
    QVERIFY(r->pausedUntil > QDateTime::currentDateTimeUtc().addMSecs(1000));
    m.server->script(QStringLiteral("/v2/rps/addDevicesByMac"),
                     {503, "{\"code\":\"503\",\"message\":\"busy\"}", {}, 1});
    r = answer([&](auto done) { client.registerDevices({device(3, 3)}, done); });
    QCOMPARE(r->outcomes.first().reason, RedirectionReason::ServerError);
    QVERIFY(r->outcomes.first().inDoubt);
    QVERIFY2(r->outcomes.first().detail.contains(QLatin1String("HTTP 503: busy")),
             qPrintable(r->outcomes.first().detail));
}

void TestRedirectionServices::yealinkRemoves()
{
    MockService m = mock(Flavour::YealinkRps);
    m.server->preregister(device(1, 1).mac, Url);
    m.server->preregister(device(2, 2).mac, Url);
    YealinkRpsService client(m.config);
    auto r = answer([&](auto done) {
        client.removeDevices({device(1, 1), device(2, 2), device(3, 3)}, done);
    });
    QCOMPARE(r->outcomes.size(), 3);
    for (const RedirectionOutcome &o : r->outcomes)
        QCOMPARE(o.kind, Kind::Removed); // the unknown one too
    const auto deletes = m.server->requestsTo(QStringLiteral("/v2/rps/delDevices"));
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(deletes.first().json.toObject().value(QLatin1String("deviceIdType")).toString(),
             QStringLiteral("mac"));
    QCOMPARE(deletes.first().json.toObject().value(QLatin1String("deviceIds")).toArray().size(), 3);
    QVERIFY(m.server->devices().isEmpty());
}

void TestRedirectionServices::connectionTests()
{
    for (const Flavour flavour : {Flavour::PolyZtp, Flavour::YealinkRps}) {
        MockService m = mock(flavour);
        auto client = RedirectionServices::create(m.config);
        std::optional<Result<QString>> tested;
        client->testConnection([&](const Result<QString> &r) { tested = r; });
        QTRY_VERIFY_WITH_TIMEOUT(tested.has_value(), 30000);
        QVERIFY2(tested->ok(), tested->ok() ? "" : qPrintable(tested->error().fullText()));
        QVERIFY(tested->value().contains(QLatin1String("accepted")));

        RedirectionServiceConfig wrong = m.config;
        wrong.key = QStringLiteral("wrong");
        auto refused = RedirectionServices::create(wrong);
        tested.reset();
        refused->testConnection([&](const Result<QString> &r) { tested = r; });
        QTRY_VERIFY_WITH_TIMEOUT(tested.has_value(), 30000);
        QVERIFY(!tested->ok());
        QCOMPARE(tested->error().code, Error::Code::Permission);
        QVERIFY2(tested->error().message.contains(QLatin1String("401")), qPrintable(tested->error().message));
    }
    // A service whose certificate is not trusted: no answer, nothing sent in clear.
    MockService m = mock(Flavour::PolyZtp);
    RedirectionServiceConfig untrusted = m.config;
    untrusted.caCertificates.clear();
    auto client = RedirectionServices::create(untrusted);
    std::optional<Result<QString>> tested;
    client->testConnection([&](const Result<QString> &r) { tested = r; });
    QTRY_VERIFY_WITH_TIMEOUT(tested.has_value(), 30000);
    QVERIFY(!tested->ok());
    QCOMPARE(tested->error().code, Error::Code::Network);
    QVERIFY(m.server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestRedirectionServices)
#include "tst_redirectionservices.moc"
