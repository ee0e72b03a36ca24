// The console's demo (`phonedesk --demo`) as the console builds it (PhoneSim::DemoFleet): every
// address it records is loopback or a documentation address, whether or not its simulated fleet
// starts, and Restart works on a phone of every model family against the demo's own fleet.

#include "demofleet.h"
#include "devicecontrol.h"
#include "modelcatalog.h"
#include "phonerepository.h"
#include "quarantinerepository.h"
#include "siterepository.h"
#include "statusrepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace PhoneDesk;

namespace {

// Loopback or a documentation range (RFC 5737 / RFC 3849): the only addresses the demo may hold.
bool safeAddress(const QHostAddress &address)
{
    return address.isLoopback() || isDocumentationAddress(address);
}

// The host part of a network address as a phone record or fetch holds it ("127.1.0.5:5062",
// "sip:1001@[::1]:5060", "192.0.2.7").
QString hostOf(QString text)
{
    text = text.section(u';', 0, 0);
    if (text.startsWith(QLatin1String("sip:")) || text.startsWith(QLatin1String("sips:")))
        text = text.section(u':', 1);
    text = text.section(u'@', -1);
    if (text.startsWith(u'['))
        return text.mid(1, text.indexOf(u']') - 1);
    return text.count(u':') == 1 ? text.section(u':', 0, 0) : text;
}

// An IP literal must be safe; a name must be a reserved example domain (RFC 2606), which resolves
// to nothing of anyone's. Returns what is wrong, or nothing.
QString checkHost(const QString &what, const QString &value)
{
    if (value.isEmpty())
        return {};
    const QString host = hostOf(value);
    const QHostAddress address(host);
    if (!address.isNull())
        return safeAddress(address) ? QString() : what + QStringLiteral(" = ") + value;
    if (host.startsWith(u'+') || host.front().isDigit())
        return {}; // a telephone number
    for (const char *domain : {"example.com", "example.net", "example.org"}) {
        if (host == QLatin1String(domain) || host.endsWith(u'.' + QLatin1String(domain)))
            return {};
    }
    return what + QStringLiteral(" = ") + value + QStringLiteral(" (not an example domain)");
}

// The demo as the console creates it, with or without its simulated fleet.
struct Demo
{
    Test::TestDatabase db;
    std::unique_ptr<PhoneSim::DemoFleet> fleet = std::make_unique<PhoneSim::DemoFleet>();
    DemoOptions options;
};

bool createDemo(Demo &demo, bool withFleet, QString *error)
{
    demo.db = Test::createDatabase(Test::Backend::Sqlite, error);
    if (!demo.db.storage)
        return false;
    demo.db.storage->setActor(QStringLiteral("demo"), Role::Administrator);
    if (withFleet) {
        if (auto started = demo.fleet->start(demo.options); !started) {
            *error = started.error().fullText();
            return false;
        }
    }
    auto populated = demo.fleet->populate(*demo.db.storage, demo.options);
    if (!populated) {
        *error = populated.error().fullText();
        return false;
    }
    return true;
}

} // namespace

class TestDemo final : public QObject
{
    Q_OBJECT

private slots:
    void addressesAreLoopbackOrDocumentation_data();
    void addressesAreLoopbackOrDocumentation();
    void restartWorksOnEveryModelFamily();
};

void TestDemo::addressesAreLoopbackOrDocumentation_data()
{
    QTest::addColumn<bool>("withFleet");
    QTest::newRow("simulated fleet running") << true;
    QTest::newRow("simulated fleet did not start") << false;
}

void TestDemo::addressesAreLoopbackOrDocumentation()
{
    QFETCH(bool, withFleet);
    Demo demo;
    QString error;
    QVERIFY2(createDemo(demo, withFleet, &error), qPrintable(error));
    Storage &storage = *demo.db.storage;

    QStringList unsafe;
    auto rows = storage.phones().list();
    QVERIFY(rows);
    QVERIFY(rows->size() > 100);
    QList<Id> ids;
    int withFetch = 0;
    for (const PhoneRow &row : std::as_const(*rows)) {
        ids.append(row.id);
        withFetch += row.lastFetchIp.isEmpty() ? 0 : 1;
        for (const QString &problem :
             {checkHost(row.name + QStringLiteral(" network address"), row.networkAddress),
              checkHost(row.name + QStringLiteral(" fetch IP"), row.lastFetchIp),
              checkHost(row.name + QStringLiteral(" remote address"), row.remoteAddress)}) {
            if (!problem.isEmpty())
                unsafe.append(problem);
        }
        if (withFleet && (row.category == PhoneCategory::Managed || row.category == PhoneCategory::Unmanaged))
            QVERIFY2(QHostAddress(hostOf(row.networkAddress)).isLoopback(), qPrintable(row.name));
    }
    QVERIFY(withFetch > 100); // the desk phones have fetched once

    auto statuses = storage.status().getMany(ids);
    QVERIFY(statuses);
    int fetchRecords = 0;
    for (auto it = statuses->cbegin(); it != statuses->cend(); ++it) {
        if (it->lastFetch.ip.isEmpty())
            continue;
        ++fetchRecords;
        if (const QString problem =
                checkHost(QStringLiteral("status of phone %1: fetch IP").arg(it.key()), it->lastFetch.ip);
            !problem.isEmpty())
            unsafe.append(problem);
    }
    QCOMPARE(fetchRecords, withFetch);

    auto quarantined = QuarantineRepository(storage).list();
    QVERIFY(quarantined);
    QVERIFY(!quarantined->isEmpty());
    for (const QuarantineEntry &entry : std::as_const(*quarantined)) {
        if (const QString problem = checkHost(QStringLiteral("quarantined ") + entry.mac, entry.ip);
            !problem.isEmpty())
            unsafe.append(problem);
    }

    auto sites = storage.sites().list();
    QVERIFY(sites);
    for (const Site &site : std::as_const(*sites)) {
        for (const QString &problem :
             {checkHost(site.name + QStringLiteral(" primary SIP server"), site.primarySip.host),
              checkHost(site.name + QStringLiteral(" secondary SIP server"), site.secondarySip.host),
              checkHost(site.name + QStringLiteral(" provisioning host"), site.provisioningHost)}) {
            if (!problem.isEmpty())
                unsafe.append(problem);
        }
    }
    QVERIFY2(unsafe.isEmpty(), qPrintable(unsafe.mid(0, 10).join(u'\n')));
}

void TestDemo::restartWorksOnEveryModelFamily()
{
    Demo demo;
    QString error;
    QVERIFY2(createDemo(demo, true, &error), qPrintable(error));
    Storage &storage = *demo.db.storage;
    PhoneSim::Fleet &fleet = demo.fleet->fleet();

    // One live phone of every model family the demo has (its unmanaged phones: generic SIP).
    auto rows = storage.phones().list();
    QVERIFY(rows);
    QMap<QString, std::pair<Id, int>> byFamily; // family -> phone, fleet index
    QHash<Id, const PhoneModel *> modelOf;
    for (const PhoneRow &row : std::as_const(*rows)) {
        const PhoneModel *model = ModelCatalog::builtin().find(row.modelId);
        if (!model || model->restartChannel == RestartChannel::None)
            continue;
        const QString family = model->vendor + u' ' + model->family;
        const int index = PhoneSim::Fleet::indexOf(QHostAddress(hostOf(row.networkAddress)));
        QVERIFY2(index >= 0, qPrintable(row.name));
        if (byFamily.contains(family) || fleet.phone(index).dead)
            continue;
        byFamily.insert(family, {row.id, index});
        modelOf.insert(row.id, model);
    }
    // Poly over REST (VVX, CCX, Edge E) and NOTIFY (SoundPoint, SoundStation), Spectralink,
    // Yealink, AudioCodes and generic SIP phones.
    QVERIFY2(byFamily.size() >= 9, qPrintable(QStringList(byFamily.keys()).join(u',')));

    // Device control as the console sets it up for the demo.
    DeviceControlConfig config;
    demo.fleet->configure(config);
    config.poller.intervalMs = 600000; // the first sweep only
    config.commands.restartTimeoutMs = 30000; // the demo's phones are back within ~6 s
    config.commands.ratePerSecond = 100;
    DeviceControl control(&storage, config);
    QVERIFY(demo.fleet->trustCertificates(control).ok());

    QList<Id> ids;
    for (const auto &[id, index] : std::as_const(byFamily))
        ids.append(id);
    auto operation = control.restart(ids);
    QVERIFY2(operation, operation ? "" : qPrintable(operation.error().fullText()));
    QSignalSpy finished(*operation, &Operation::finished);
    QVERIFY(finished.wait(45000));
    QStringList failures;
    for (const Operation::PhoneResult &r : (*operation)->results()) {
        if (r.state != Operation::State::Succeeded)
            failures.append(r.phoneName + QStringLiteral(": ") + r.reason);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    for (auto it = byFamily.cbegin(); it != byFamily.cend(); ++it) {
        const auto [id, index] = it.value();
        const Operation::PhoneResult &r = (*operation)->results().at((*operation)->indexOf(id));
        if (modelOf.value(id)->restartChannel == RestartChannel::PolyRest) {
            // Over the REST API, with the admin password the phone's configuration set.
            QCOMPARE(fleet.phone(index).restCalls, 1);
            QCOMPARE(fleet.phone(index).reboots, 1);
            QVERIFY2(!r.reason.contains(QLatin1String("REST API not used")), qPrintable(r.reason));
        } else {
            QCOMPARE(fleet.phone(index).restCalls, 0);
            QCOMPARE(fleet.phone(index).notifies, 1);
        }
    }
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
