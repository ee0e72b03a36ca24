// The RedirectionWorker on a real database (SQLite or PostgreSQL: PHONEDESK_TEST_BACKEND) against
// local HTTPS stand-ins of Poly ZTP and Yealink RPS: an import of 1,000 phones is registered in
// the batches each service takes; a second run, a restart in the middle of a batch and retries after
// 5xx answers register nothing twice; refusals name each phone; 401 and 429 pause the service;
// deleted phones and changed MACs are removed; an unconfigured service gets nothing; and only one
// worker per database works at a time.

#include "basesettingsrepository.h"
#include "phoneimport.h"
#include "phonerepository.h"
#include "redirectionrepository.h"
#include "redirectiontestenv.h"
#include "redirectionworker.h"
#include "siterepository.h"
#include "storage.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QSqlQuery>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {

const QString Url = QStringLiteral("https://prov.example.com:8443/");

QString macOf(int vendor, int n)
{
    return QStringLiteral("%1%2")
        .arg(vendor == 0 ? QStringLiteral("0004f2") : QStringLiteral("805ec0"))
        .arg(n, 6, 16, QLatin1Char('0'));
}

// The worker's warnings (phonedesk.redirection), from whichever thread logs them.
QMutex warningsMutex;
QStringList warnings;
QtMessageHandler previousHandler = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg && qstrcmp(context.category, "phonedesk.redirection") == 0) {
        const QMutexLocker lock(&warningsMutex);
        warnings.append(text);
    }
    previousHandler(type, context, text);
}

} // namespace

class TestRedirectionWorker final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importRegistersInTheServicesBatches_data();
    void importRegistersInTheServicesBatches();
    void secondRunRegistersNothingTwice();
    void restartInTheMiddleOfABatchDoesNotRegisterTwice_data();
    void restartInTheMiddleOfABatchDoesNotRegisterTwice();
    void serverErrorsAreRetriedWithoutRegisteringTwice();
    void refusedPhonesAreNamedOneByOne();
    void importWithRefusalsNamesEachRefusedPhone();
    void refusedCredentialsPauseUntilChanged();
    void forbiddenRequestsFailEachPhone();
    void rateLimitWaitsForRetryAfter();
    void deletedAndChangedPhonesAreRemoved();
    void unconfiguredServiceGetsNothing();
    void siteWithoutProvisioningHostFails();
    void serialNumberAddsWhereMacAloneIsForbidden();
    void oneWorkerPerDatabase();
    void serverRoleRegistersInATeamDatabase();

private:
    MockService mock(Flavour flavour)
    {
        QString error;
        MockService m = startMock(m_pki, flavour, &error);
        if (!m.server)
            qFatal("%s", qPrintable(error));
        return m;
    }
    std::unique_ptr<RedirectionWorker> worker(const QList<RedirectionServiceConfig> &services,
                                              const ConnectionSpec &spec = {});
    QList<Phone> addPhones(int vendor, int count, int first = 1);
    QByteArray csv(int vendor, int count) const;
    QList<RedirectionRecord> rows();
    int rowsIn(RedirectionState state);
    // Waits until `done` holds and the worker has nothing left to send.
    bool settled(RedirectionWorker &w, const std::function<bool()> &done, int timeoutMs = 120000);

    Backend m_backend = Backend::Sqlite;
    TestPki m_pki;
    TestDatabase m_db;
    Storage *s = nullptr;
    Site m_site;
    Id m_poly = 0;
    Id m_yealink = 0;
};

void TestRedirectionWorker::initTestCase()
{
    const QString backend = qEnvironmentVariable("PHONEDESK_TEST_BACKEND", QStringLiteral("sqlite"));
    m_backend = backend == QLatin1String("postgres") ? Backend::Postgres : Backend::Sqlite;
    if (m_backend == Backend::Postgres && !postgresAvailable()) {
        if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
            QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test cluster is configured "
                  "(PHONEDESK_TEST_PG_PORT)");
        QSKIP("No PostgreSQL test cluster (set PHONEDESK_TEST_PG_PORT; scripts/test starts one)");
    }
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
}

void TestRedirectionWorker::init()
{
    QString error;
    m_db = createDatabase(m_backend, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    s = m_db.storage.get();
    s->setActor(QStringLiteral("tester"), Role::Administrator);
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    site.provisioningHost = QStringLiteral("prov.example.com:8443");
    m_site = *s->sites().create(site);
    m_poly = s->baseSettings()
                 .create({0, QStringLiteral("VVX 450"), QStringLiteral("poly-vvx-450"), {}, {}, 1})
                 ->id;
    m_yealink =
        s->baseSettings().create({0, QStringLiteral("T54W"), QStringLiteral("yealink-t54w"), {}, {}, 1})->id;
}

void TestRedirectionWorker::cleanup()
{
    s = nullptr;
    m_db = {};
}

std::unique_ptr<RedirectionWorker>
TestRedirectionWorker::worker(const QList<RedirectionServiceConfig> &services, const ConnectionSpec &spec)
{
    RedirectionWorkerConfig c;
    c.spec = spec.database.isEmpty() && spec.sqlitePath.isEmpty() ? m_db.spec : spec;
    c.services = services;
    c.pollMs = 100;
    c.reconcileDelayMs = 20;
    c.lockRetryMs = 100;
    auto w = std::make_unique<RedirectionWorker>(c);
    w->start();
    return w;
}

QList<Phone> TestRedirectionWorker::addPhones(int vendor, int count, int first)
{
    QList<Phone> phones;
    for (int i = first; i < first + count; ++i) {
        Phone p;
        p.name = QStringLiteral("%1 %2")
                     .arg(vendor == 0 ? QStringLiteral("Poly") : QStringLiteral("Yealink"))
                     .arg(i);
        p.baseSettingsId = vendor == 0 ? m_poly : m_yealink;
        p.siteId = m_site.id;
        p.hardwareId = macOf(vendor, i);
        phones.append(p);
    }
    auto saved = s->phones().saveMany(phones, {}, QStringLiteral("phone.create"));
    if (!saved)
        qFatal("%s", qPrintable(saved.error().fullText()));
    return *saved;
}

QByteArray TestRedirectionWorker::csv(int vendor, int count) const
{
    QByteArray out = "name,category,base_settings,site,hardware_id,serial_number\n";
    for (int i = 1; i <= count; ++i)
        out += QStringLiteral("Desk %1,managed,%2,Berlin,%3,SN%4\n")
                   .arg(i)
                   .arg(vendor == 0 ? QStringLiteral("VVX 450") : QStringLiteral("T54W"), macOf(vendor, i))
                   .arg(i)
                   .toUtf8();
    return out;
}

QList<RedirectionRecord> TestRedirectionWorker::rows()
{
    auto all = RedirectionRepository(*s).all();
    return all ? *all : QList<RedirectionRecord>();
}

int TestRedirectionWorker::rowsIn(RedirectionState state)
{
    int n = 0;
    for (const RedirectionRecord &r : rows())
        n += r.state == state;
    return n;
}

bool TestRedirectionWorker::settled(RedirectionWorker &w, const std::function<bool()> &done, int timeoutMs)
{
    return waitFor([&] { return done() && w.isIdle(); }, timeoutMs);
}

// --- registering --------------------------------------------------------------------------

void TestRedirectionWorker::importRegistersInTheServicesBatches_data()
{
    QTest::addColumn<int>("vendor");
    QTest::addColumn<int>("batch");
    QTest::newRow("Poly ZTP: one device per request") << 0 << 1;
    QTest::newRow("Yealink RPS: 100 devices per request") << 1 << 100;
}

void TestRedirectionWorker::importRegistersInTheServicesBatches()
{
    QFETCH(int, vendor);
    QFETCH(int, batch);
    const Flavour flavour = vendor == 0 ? Flavour::PolyZtp : Flavour::YealinkRps;
    MockService m = mock(flavour);
    auto w = worker({m.config});

    // The CSV import, as the console and the CLI run it.
    PhoneImporter importer(*s);
    auto plan = importer.prepare(csv(vendor, 1000), ImportMode::CreateOnly);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().fullText()));
    QCOMPARE(plan->issues.size(), 0);
    auto imported = importer.commit(*plan, false, QStringLiteral("phones.csv"));
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().fullText()));
    QCOMPARE(imported->created, 1000);

    QVERIFY(settled(*w, [&] { return m.server->devices().size() == 1000; }));
    QCOMPARE(rowsIn(RedirectionState::Registered), 1000);
    const QString endpoint =
        vendor == 0 ? QStringLiteral("/v1/devices") : QStringLiteral("/v2/rps/addDevicesByMac");
    const auto adds = m.server->requestsTo(endpoint, "POST");
    QCOMPARE(adds.size(), 1000 / batch);
    for (const auto &request : adds)
        QCOMPARE(vendor == 0 ? 1 : request.json.toArray().size(), batch);
    for (int i = 1; i <= 1000; ++i) {
        QCOMPARE(m.server->registrations().value(macOf(vendor, i)), 1);
        QCOMPARE(m.server->devices().value(macOf(vendor, i)), Url);
    }
    // Every row says so, with what the service calls the phone.
    for (const RedirectionRecord &r : rows()) {
        QVERIFY(r.phoneId != 0);
        QCOMPARE(r.url, Url);
        QVERIFY(!r.remoteId.isEmpty());
        QVERIFY(!r.sentAt.isValid());
    }
    // The Phones table's row carries the state.
    const QList<PhoneRow> table = *s->phones().list();
    QCOMPARE(table.first().redirection, RedirectionState::Registered);
    QCOMPARE(table.first().redirectionService, serviceOf(flavour));
}

void TestRedirectionWorker::secondRunRegistersNothingTwice()
{
    MockService poly = mock(Flavour::PolyZtp);
    MockService yealink = mock(Flavour::YealinkRps);
    addPhones(0, 20);
    addPhones(1, 150);
    {
        auto w = worker({poly.config, yealink.config});
        QVERIFY(settled(*w, [&] {
            return poly.server->devices().size() == 20 && yealink.server->devices().size() == 150;
        }));
    }
    const qsizetype polyRequests = poly.server->requests().size();
    const qsizetype yealinkAdds =
        yealink.server->requestsTo(QStringLiteral("/v2/rps/addDevicesByMac")).size();
    QCOMPARE(yealinkAdds, 2); // 100 + 50
    // A new worker (a restart of the console) finds everything registered: it sends nothing.
    auto w = worker({poly.config, yealink.config});
    QVERIFY(settled(*w, [&] { return true; }));
    QTest::qWait(300); // a few rounds of the worker's timer
    QVERIFY(w->isIdle());
    QCOMPARE(poly.server->requests().size(), polyRequests);
    QCOMPARE(yealink.server->requestsTo(QStringLiteral("/v2/rps/addDevicesByMac")).size(), yealinkAdds);
    for (int n : poly.server->registrations())
        QCOMPARE(n, 1);
    for (int n : yealink.server->registrations())
        QCOMPARE(n, 1);
    // Saving a phone without a change that matters sends nothing either.
    Phone p = *s->phones().findByHardwareId(macOf(1, 7)).value();
    p.description = QStringLiteral("moved to the second floor");
    QVERIFY(s->phones().update(p));
    QTest::qWait(300);
    QVERIFY(settled(*w, [&] { return true; }));
    QCOMPARE(yealink.server->requestsTo(QStringLiteral("/v2/rps/addDevicesByMac")).size(), yealinkAdds);
}

void TestRedirectionWorker::restartInTheMiddleOfABatchDoesNotRegisterTwice_data()
{
    QTest::addColumn<int>("vendor");
    QTest::newRow("Poly ZTP") << 0;
    QTest::newRow("Yealink RPS") << 1;
}

void TestRedirectionWorker::restartInTheMiddleOfABatchDoesNotRegisterTwice()
{
    QFETCH(int, vendor);
    MockService m = mock(vendor == 0 ? Flavour::PolyZtp : Flavour::YealinkRps);
    const int count = vendor == 0 ? 3 : 250;
    addPhones(vendor, count);
    // The third registration request is carried out by the service, but its answer never comes:
    // the process is stopped while it waits.
    const QString endpoint =
        vendor == 0 ? QStringLiteral("/v1/devices") : QStringLiteral("/v2/rps/addDevicesByMac");
    QString held;
    connect(m.server.get(), &MockRedirectionServer::heldRequest, this,
            [&](const QString &path) { held = path; });
    m.server->holdNext(endpoint, 2);
    auto w = worker({m.config});
    QVERIFY(waitFor([&] { return !held.isEmpty(); }));
    QCOMPARE(m.server->requestsTo(endpoint, "POST").size(), 3);
    const qsizetype registeredAtStop = m.server->devices().size();
    w.reset();
    // The rows of the lost answer are marked sent: in doubt.
    int inDoubt = 0;
    for (const RedirectionRecord &r : rows())
        inDoubt += r.sentAt.isValid();
    QCOMPARE(inDoubt, vendor == 0 ? 1 : 50);
    QCOMPARE(registeredAtStop, qsizetype(count)); // the held request took effect

    auto again = worker({m.config});
    QVERIFY(settled(*again, [&] {
        return m.server->devices().size() == count && rowsIn(RedirectionState::Registered) == count;
    }));
    // Looked up, not sent again: every phone registered once.
    for (int i = 1; i <= count; ++i)
        QCOMPARE(m.server->registrations().value(macOf(vendor, i)), 1);
    if (vendor == 0)
        QVERIFY(!m.server->requestsTo(QStringLiteral("/v1/devices/") + macOf(0, 3), "GET").isEmpty());
    else
        QCOMPARE(m.server->requestsTo(QStringLiteral("/v2/rps/listDevices")).size(), 50);
    const auto adds = m.server->requestsTo(endpoint, "POST");
    qsizetype sent = 0;
    for (const auto &request : adds)
        sent += vendor == 0 ? 1 : request.json.toArray().size();
    QCOMPARE(sent, qsizetype(count)); // the held one included, none twice
}

void TestRedirectionWorker::serverErrorsAreRetriedWithoutRegisteringTwice()
{
    MockService m = mock(Flavour::YealinkRps);
    addPhones(1, 120);
    // Two 500s in a row, then a 503 that the service carried out before failing: each batch is
    // looked up before it goes again.
    m.server->script(QStringLiteral("/v2/rps/addDevicesByMac"),
                     {500, "{\"code\":\"500\",\"message\":\"Internal error\"}", {}, 2});
    m.server->script(QStringLiteral("/v2/rps/addDevicesByMac"),
                     {503, "{\"code\":\"503\",\"message\":\"Busy\"}", {}, 1, true});
    auto w = worker({m.config});
    QVERIFY(settled(*w, [&] { return rowsIn(RedirectionState::Registered) == 120; }));
    for (int i = 1; i <= 120; ++i)
        QCOMPARE(m.server->registrations().value(macOf(1, i)), 1);
    // The batch that failed after it was carried out was looked up, not added again.
    QVERIFY(!m.server->requestsTo(QStringLiteral("/v2/rps/listDevices")).isEmpty());
    qsizetype sent = 0;
    for (const auto &request : m.server->requestsTo(QStringLiteral("/v2/rps/addDevicesByMac")))
        sent += request.json.toArray().size();
    QCOMPARE(sent, qsizetype(3 * 100 + 20)); // three tries of the first batch, then the second
    // What the rows said while they waited is gone once they are registered; the batch the service
    // had carried out says it was found registered.
    int found = 0;
    for (const RedirectionRecord &r : rows()) {
        QVERIFY2(r.reason.isEmpty() || r.reason == RedirectionReason::AlreadyRegistered,
                 qPrintable(r.reason));
        found += r.reason == RedirectionReason::AlreadyRegistered;
        QCOMPARE(r.attempts, 0);
    }
    QCOMPARE(found, 100);
}

void TestRedirectionWorker::refusedPhonesAreNamedOneByOne()
{
    MockService m = mock(Flavour::YealinkRps);
    const QList<Phone> phones = addPhones(1, 10);
    m.server->refuseDevice(macOf(1, 3), QStringLiteral("The device model is not supported by RPS"));
    m.server->addForeignDevice(macOf(1, 7));
    auto w = worker({m.config});
    QVERIFY(settled(*w, [&] {
        return rowsIn(RedirectionState::Registered) == 8 && rowsIn(RedirectionState::Failed) == 2;
    }));
    for (const Phone &p : phones) {
        const auto r = RedirectionRepository(*s).forPhone(p.id);
        QVERIFY(r && r->has_value());
        const RedirectionRecord &row = **r;
        if (p.hardwareId == macOf(1, 3)) {
            QCOMPARE(row.state, RedirectionState::Failed);
            QCOMPARE(row.reason, RedirectionReason::Refused);
            const QString text = RedirectionRepository::describe(row);
            QVERIFY2(text.contains(QLatin1String("Yealink RPS refused this phone")) &&
                         text.contains(QLatin1String("The device model is not supported by RPS")),
                     qPrintable(text));
        } else if (p.hardwareId == macOf(1, 7)) {
            QCOMPARE(row.reason, RedirectionReason::OtherAccount);
            QVERIFY(
                RedirectionRepository::describe(row).contains(QLatin1String("another Yealink RPS account")));
        } else {
            QCOMPARE(row.state, RedirectionState::Registered);
        }
    }
    // A refused phone is not sent again by itself.
    const qsizetype adds = m.server->requestsTo(QStringLiteral("/v2/rps/addDevicesByMac")).size();
    QTest::qWait(300);
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v2/rps/addDevicesByMac")).size(), adds);
}

void TestRedirectionWorker::importWithRefusalsNamesEachRefusedPhone()
{
    MockService m = mock(Flavour::YealinkRps);
    // Of 1,000 imported phones the service refuses every 40th and another account has every 97th:
    // they are spread over the batches, which the service otherwise carries out.
    QSet<QString> refused;
    QSet<QString> foreign;
    for (int i = 1; i <= 1000; ++i) {
        if (i % 40 == 0) {
            m.server->refuseDevice(macOf(1, i), QStringLiteral("Device model not supported"));
            refused.insert(macOf(1, i));
        } else if (i % 97 == 0) {
            m.server->addForeignDevice(macOf(1, i));
            foreign.insert(macOf(1, i));
        }
    }
    {
        const QMutexLocker lock(&warningsMutex);
        warnings.clear();
    }
    previousHandler = qInstallMessageHandler(collectWarnings);
    auto w = worker({m.config});
    PhoneImporter importer(*s);
    auto plan = importer.prepare(csv(1, 1000), ImportMode::CreateOnly);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().fullText()));
    auto imported = importer.commit(*plan, false, QStringLiteral("phones.csv"));
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().fullText()));
    const int failing = int(refused.size() + foreign.size());
    const bool done = settled(*w, [&] {
        return rowsIn(RedirectionState::Registered) == 1000 - failing &&
            rowsIn(RedirectionState::Failed) == failing;
    });
    qInstallMessageHandler(previousHandler);
    QVERIFY(done);
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v2/rps/addDevicesByMac")).size(), 10);
    QCOMPARE(m.server->devices().size(), qsizetype(1000 - failing));

    // Each refused phone says so in its row (the editor and the Phones table's column) ...
    const QList<PhoneRow> table = *s->phones().list();
    QHash<Id, QString> macOfPhone;
    for (const PhoneRow &row : table)
        macOfPhone.insert(row.id, row.hardwareId);
    for (const RedirectionRecord &r : rows()) {
        const QString mac = macOfPhone.value(r.phoneId);
        QCOMPARE(r.mac, mac);
        const QString text = RedirectionRepository::describe(r);
        if (refused.contains(mac)) {
            QCOMPARE(r.state, RedirectionState::Failed);
            QCOMPARE(r.reason, RedirectionReason::Refused);
            QVERIFY2(text.contains(QLatin1String("Device model not supported")), qPrintable(text));
        } else if (foreign.contains(mac)) {
            QCOMPARE(r.state, RedirectionState::Failed);
            QCOMPARE(r.reason, RedirectionReason::OtherAccount);
        } else {
            QCOMPARE(r.state, RedirectionState::Registered);
        }
    }
    for (const PhoneRow &row : table) {
        const bool fails = refused.contains(row.hardwareId) || foreign.contains(row.hardwareId);
        QCOMPARE(row.redirection, fails ? RedirectionState::Failed : RedirectionState::Registered);
    }
    // ... and the log names each of them once, by MAC.
    const QMutexLocker lock(&warningsMutex);
    for (const QString &mac : refused + foreign) {
        int named = 0;
        for (const QString &line : std::as_const(warnings))
            named += line.contains(mac);
        QVERIFY2(named == 1, qPrintable(QStringLiteral("%1 named %2 times").arg(mac).arg(named)));
    }
}

void TestRedirectionWorker::forbiddenRequestsFailEachPhone()
{
    MockService m = mock(Flavour::PolyZtp);
    const QList<Phone> phones = addPhones(0, 3);
    // The key may read but not add devices: every request for a device is refused.
    m.server->script(QStringLiteral("/v1/devices"),
                     {403, "{\"message\":\"API key lacks the devices:write permission\"}", {}, 3}, "POST");
    auto w = worker({m.config});
    QVERIFY(settled(*w, [&] { return rowsIn(RedirectionState::Failed) == 3; }));
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v1/devices"), "POST").size(), 3);
    QVERIFY(m.server->devices().isEmpty());
    for (const Phone &p : phones) {
        const RedirectionRecord r = **RedirectionRepository(*s).forPhone(p.id);
        QCOMPARE(r.reason, RedirectionReason::Forbidden);
        const QString text = RedirectionRepository::describe(r);
        QVERIFY2(text.contains(QLatin1String("HTTP 403")) &&
                     text.contains(QLatin1String("devices:write permission")),
                 qPrintable(text));
    }
    // A refusal is final: nothing is sent again until someone retries the failed phones.
    QTest::qWait(300);
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v1/devices"), "POST").size(), 3);
    QCOMPARE(RedirectionRepository(*s).retryFailed(serviceOf(Flavour::PolyZtp)).value(), 3);
    QVERIFY(settled(*w, [&] { return rowsIn(RedirectionState::Registered) == 3; }));
    QCOMPARE(m.server->devices().size(), 3);
}

void TestRedirectionWorker::refusedCredentialsPauseUntilChanged()
{
    MockService m = mock(Flavour::PolyZtp);
    addPhones(0, 4);
    RedirectionServiceConfig wrong = m.config;
    wrong.key = QStringLiteral("an old key");
    auto w = worker({wrong});
    QVERIFY(settled(*w, [&] { return rowsIn(RedirectionState::Failed) == 4; }));
    // One request told it all: the service is paused, every phone says why.
    QCOMPARE(m.server->requests().size(), 1);
    for (const RedirectionRecord &r : rows()) {
        QCOMPARE(r.reason, RedirectionReason::Unauthorized);
        QVERIFY(RedirectionRepository::describe(r).contains(QLatin1String("HTTP 401")));
    }
    QVERIFY2(w->status(serviceOf(Flavour::PolyZtp)).contains(QLatin1String("refused the credentials")),
             qPrintable(w->status(serviceOf(Flavour::PolyZtp))));
    QTest::qWait(300);
    QCOMPARE(m.server->requests().size(), 1);
    // The right key: everything goes.
    w->setServices({m.config});
    QVERIFY(settled(*w, [&] { return rowsIn(RedirectionState::Registered) == 4; }));
    QCOMPARE(m.server->devices().size(), 4);
}

void TestRedirectionWorker::rateLimitWaitsForRetryAfter()
{
    MockService m = mock(Flavour::YealinkRps);
    addPhones(1, 3);
    m.server->script(QStringLiteral("/v2/rps/addDevicesByMac"),
                     {429, "{\"code\":\"429\",\"message\":\"Too many requests\"}", "1", 1});
    auto w = worker({m.config});
    // The rows wait with the reason, until the time the service named.
    QVERIFY(waitFor(
        [&] {
            const auto all = rows();
            return all.size() == 3 && all.first().reason == RedirectionReason::RateLimited;
        },
        30000));
    const RedirectionRecord waiting = rows().first();
    QCOMPARE(waiting.state, RedirectionState::Pending);
    QVERIFY(waiting.nextAttemptAt.isValid());
    QVERIFY(!waiting.sentAt.isValid()); // a 429 was not carried out: nothing to look up
    QVERIFY(RedirectionRepository::describe(waiting).contains(QLatin1String("slow down (HTTP 429)")));
    QVERIFY(settled(*w, [&] { return rowsIn(RedirectionState::Registered) == 3; }));
    const auto adds = m.server->requestsTo(QStringLiteral("/v2/rps/addDevicesByMac"));
    QCOMPARE(adds.size(), 2);
    QCOMPARE(adds.first().status, 429);
    // The second request was not sent before the time the 429 asked for.
    QVERIFY(QDateTime::fromMSecsSinceEpoch(adds.last().headers.value("timestamp").toLongLong(), Qt::UTC) >=
            waiting.nextAttemptAt);
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v2/rps/listDevices")).size(), 0);
}

void TestRedirectionWorker::deletedAndChangedPhonesAreRemoved()
{
    MockService m = mock(Flavour::PolyZtp);
    const QList<Phone> phones = addPhones(0, 5);
    auto w = worker({m.config});
    QVERIFY(settled(*w, [&] { return m.server->devices().size() == 5; }));
    // Deleted: removed from the service, the row goes.
    QVERIFY(s->phones().remove({phones.at(0).id, phones.at(1).id}));
    // A new MAC (a replaced phone): the old one removed, the new one registered.
    Phone replaced = *s->phones().get(phones.at(2).id);
    replaced.hardwareId = macOf(0, 99);
    QVERIFY(s->phones().update(replaced));
    QVERIFY(settled(*w, [&] {
        const auto devices = m.server->devices();
        return devices.size() == 3 && devices.contains(macOf(0, 99)) && !devices.contains(macOf(0, 3));
    }));
    QVERIFY(!m.server->devices().contains(macOf(0, 1)));
    QVERIFY(!m.server->devices().contains(macOf(0, 2)));
    QCOMPARE(rows().size(), 3);
    QCOMPARE(rowsIn(RedirectionState::Registered), 3);
    QCOMPARE(m.server->requestsTo(QStringLiteral("/v1/devices/") + macOf(0, 1), "DELETE").size(), 1);
    // Another vendor's base settings: removed from Poly ZTP too.
    const Id audiocodes =
        s->baseSettings()
            .create({0, QStringLiteral("450HD"), QStringLiteral("audiocodes-450hd"), {}, {}, 1})
            ->id;
    Phone other = *s->phones().get(phones.at(4).id);
    other.baseSettingsId = audiocodes;
    QVERIFY(s->phones().update(other));
    QVERIFY(settled(*w, [&] { return m.server->devices().size() == 2; }));
    QVERIFY(!RedirectionRepository(*s).forPhone(other.id)->has_value());
}

void TestRedirectionWorker::unconfiguredServiceGetsNothing()
{
    MockService m = mock(Flavour::YealinkRps);
    addPhones(1, 30);
    RedirectionServiceConfig off = m.config;
    off.enabled = false;
    auto w = worker({off});
    QVERIFY(settled(*w, [&] { return rowsIn(RedirectionState::NotConfigured) == 30; }));
    QTest::qWait(300);
    QVERIFY(m.server->requests().isEmpty());
    QVERIFY(RedirectionRepository::describe(rows().first()).contains(QLatin1String("not set up")));
    // Deleting a phone whose service never knew it leaves nothing behind either.
    const Phone p = *s->phones().findByHardwareId(macOf(1, 1)).value();
    QVERIFY(s->phones().remove({p.id}));
    QVERIFY(settled(*w, [&] { return rows().size() == 29; }));
    QVERIFY(m.server->requests().isEmpty());
    // Set up: the waiting phones go.
    w->setServices({m.config});
    QVERIFY(settled(*w, [&] { return rowsIn(RedirectionState::Registered) == 29; }));
}

void TestRedirectionWorker::siteWithoutProvisioningHostFails()
{
    MockService m = mock(Flavour::PolyZtp);
    Site bare;
    bare.name = QStringLiteral("Hamburg");
    bare.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    bare = *s->sites().create(bare);
    Phone p;
    p.name = QStringLiteral("Hamburg 1");
    p.baseSettingsId = m_poly;
    p.siteId = bare.id;
    p.hardwareId = macOf(0, 1);
    p = *s->phones().create(p);
    auto w = worker({m.config});
    QVERIFY(settled(*w, [&] { return rowsIn(RedirectionState::Failed) == 1; }));
    QCOMPARE(rows().first().reason, RedirectionReason::NoUrl);
    QVERIFY(m.server->requests().isEmpty());
    // The site gets its provisioning host: the phone goes there.
    bare.provisioningHost = QStringLiteral("hamburg.example.com");
    QVERIFY(s->sites().update(bare));
    QVERIFY(settled(*w, [&] { return rowsIn(RedirectionState::Registered) == 1; }));
    QCOMPARE(m.server->devices().value(macOf(0, 1)), QStringLiteral("https://hamburg.example.com/"));
}

void TestRedirectionWorker::serialNumberAddsWhereMacAloneIsForbidden()
{
    MockService m = mock(Flavour::YealinkRps);
    m.server->setAddByMacForbidden(true);
    QList<Phone> phones = addPhones(1, 3);
    Phone withSerial = phones.at(0);
    withSerial.serialNumber = QStringLiteral("8012345678901234");
    QVERIFY(s->phones().update(withSerial));
    auto w = worker({m.config});
    QVERIFY(settled(*w, [&] {
        return rowsIn(RedirectionState::Registered) == 1 && rowsIn(RedirectionState::Failed) == 2;
    }));
    QCOMPARE(m.server->serialOf(macOf(1, 1)), QStringLiteral("8012345678901234"));
    const RedirectionRecord failed = **RedirectionRepository(*s).forPhone(phones.at(1).id);
    QCOMPARE(failed.reason, RedirectionReason::NeedsSerial);
    QVERIFY(RedirectionRepository::describe(failed).contains(QLatin1String("serial number")));
    // The serial number entered in the editor: the phone is added.
    Phone later = *s->phones().get(phones.at(1).id);
    later.serialNumber = QStringLiteral("8012345678900002");
    QVERIFY(s->phones().update(later));
    QVERIFY(settled(*w, [&] { return rowsIn(RedirectionState::Registered) == 2; }));
    QCOMPARE(m.server->serialOf(macOf(1, 2)), QStringLiteral("8012345678900002"));
}

void TestRedirectionWorker::oneWorkerPerDatabase()
{
    MockService m = mock(Flavour::YealinkRps);
    addPhones(1, 10);
    auto first = worker({m.config});
    QVERIFY(waitFor([&] { return first->holdsLock(); }, 30000));
    auto second = worker({m.config});
    QVERIFY(settled(*first, [&] { return rowsIn(RedirectionState::Registered) == 10; }));
    QVERIFY(!second->holdsLock());
    QVERIFY2(second->status(serviceOf(Flavour::YealinkRps)).contains(QLatin1String("Another PhoneDesk")),
             qPrintable(second->status(serviceOf(Flavour::YealinkRps))));
    // The first one stops: the second takes over and does the next phone's work.
    first.reset();
    QVERIFY(waitFor([&] { return second->holdsLock(); }, 30000));
    addPhones(1, 1, 11);
    QVERIFY(settled(*second, [&] { return rowsIn(RedirectionState::Registered) == 11; }));
    for (int n : m.server->registrations())
        QCOMPARE(n, 1);
}

void TestRedirectionWorker::serverRoleRegistersInATeamDatabase()
{
    if (m_backend != Backend::Postgres)
        QSKIP("Team databases are PostgreSQL databases");
    MockService m = mock(Flavour::PolyZtp);
    addPhones(0, 3);
    QVERIFY(s->team().setup());
    QString error;
    QVERIFY2(addTeamMember(*s, teamLogin(m_db, QStringLiteral("server")), TeamRole::Server,
                           QStringLiteral("pw-server"), &error),
             qPrintable(error));
    QVERIFY2(addTeamMember(*s, teamLogin(m_db, QStringLiteral("viewer")), TeamRole::Viewer,
                           QStringLiteral("pw-viewer"), &error),
             qPrintable(error));
    // phonedesk-server's login: its grants are enough to register and record.
    auto w =
        worker({m.config},
               asLogin(m_db.spec, teamLogin(m_db, QStringLiteral("server")), QStringLiteral("pw-server")));
    QVERIFY(settled(*w, [&] { return rowsIn(RedirectionState::Registered) == 3; }));
    // A viewer sees the states and may not change them.
    auto viewer = Storage::open(
        asLogin(m_db.spec, teamLogin(m_db, QStringLiteral("viewer")), QStringLiteral("pw-viewer")));
    QVERIFY2(viewer, viewer ? "" : qPrintable(viewer.error().fullText()));
    auto seen = RedirectionRepository(**viewer).all();
    QVERIFY(seen);
    QCOMPARE(seen->size(), 3);
    auto refused = RedirectionRepository(**viewer).retryFailed();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Permission);
}

QTEST_GUILESS_MAIN(TestRedirectionWorker)
#include "tst_redirectionworker.moc"
