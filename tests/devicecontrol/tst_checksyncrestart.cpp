// Restart over SIP of Poly phones, end to end: phonedesk-server serves the files (provisioning only,
// on the test's SQLite file), simulated phones fetch them over HTTPS with Digest and act on a plain
// check-sync as their files say, and device control runs Restart in-process as the console does.
// A VVX that PhoneDesk cannot restart over REST re-reads its files and restarts only when they
// changed: Restart must not be reported done when it did not happen. A SoundPoint (no REST API)
// gets files that make check-sync always reboot it.

#include "devicecontrol.h"
#include "fleet.h"
#include "processguard.h"
#include "provisioningtestenv.h"
#include "statusrepository.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

class TestCheckSyncRestart final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void restartIsReportedAsItHappened();
};

namespace {

Id createPhone(Storage &storage, const QString &name, Id siteId, Id baseSettingsId, int index,
               const PhoneSim::Fleet &fleet)
{
    Phone phone;
    phone.name = name;
    phone.siteId = siteId;
    phone.baseSettingsId = baseSettingsId;
    phone.hardwareId = PhoneSim::Fleet::macAddress(index);
    phone.networkAddress = fleet.sipAddress(index);
    auto created = storage.phones().create(phone);
    if (!created)
        qWarning("%s", qPrintable(created.error().fullText()));
    return created ? created->id : 0;
}

// Restart of one phone, run to its end.
Operation::PhoneResult restart(DeviceControl &control, Id phoneId)
{
    auto op = control.restart({phoneId});
    if (!op) {
        qWarning("%s", qPrintable(op.error().fullText()));
        return {};
    }
    QSignalSpy done(*op, &Operation::finished);
    if (!done.wait(60000))
        return {};
    return (*op)->results().constFirst();
}

} // namespace

void TestCheckSyncRestart::restartIsReportedAsItHappened()
{
    TestPki pki;
    QString error;
    QVERIFY2(pki.create(&error), qPrintable(error));
    TestDatabase db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(db.storage, qPrintable(error));
    Storage &s = *db.storage;

    PhoneSim::Fleet fleet;
    PhoneSim::FleetConfig config;
    config.phones = 2;
    config.rest = false;
    config.rebootSilenceMs = 1500;

    Site site;
    site.name = QStringLiteral("Branch");
    site.primarySip = {QStringLiteral("sip.example.net"), 5061, SipTransport::Tls};
    const Id siteId = s.sites().create(site).value().id;
    BaseSettings vvx;
    vvx.name = QStringLiteral("VVX 450 default");
    vvx.modelId = QStringLiteral("poly-vvx-450");
    vvx = s.baseSettings().create(vvx).value();
    BaseSettings soundPoint;
    soundPoint.name = QStringLiteral("SoundPoint default");
    soundPoint.modelId = QStringLiteral("poly-soundpoint-ip");
    soundPoint = s.baseSettings().create(soundPoint).value();

    // The records need the fleet's SIP port, the fleet the phones' Digest secrets: a first start
    // picks the port, the second one (with the secrets) takes it again.
    QVERIFY(fleet.start(config).ok());
    const Id vvxPhone = createPhone(s, QStringLiteral("Reception VVX"), siteId, vvx.id, 0, fleet);
    const Id soundPointPhone =
        createPhone(s, QStringLiteral("Lobby SoundPoint"), siteId, soundPoint.id, 1, fleet);
    QVERIFY(vvxPhone && soundPointPhone);
    const quint16 sipPort = fleet.sipPort();
    fleet.stop();

    const QString configPath = writeSqliteServerConfig(db, pki);
    QProcess server;
    QByteArray log;
    const int port = startProvisioningOnly(server, QStringLiteral(PHONEDESK_SERVER_BINARY), configPath, log);
    QVERIFY2(port > 0, log.constData());

    config.sipPort = sipPort; // where the records say the phones are
    config.provisioningUrl = QStringLiteral("https://127.0.0.1:%1/").arg(port);
    config.caPath = pki.path(QStringLiteral("server-ca.pem"));
    config.fetchOnStart = true;
    config.provisioningUserAgents.insert(
        1, QStringLiteral("FileTransport PolycomSoundPointIP-SPIP_650-UA/4.0.15.1009 Type/Application"));
    for (const Id id : {vvxPhone, soundPointPhone}) {
        const Phone p = s.phones().get(id).value();
        config.digestSecrets.insert(p.hardwareId, s.phones().deviceSecret(id).value());
    }
    QVERIFY(fleet.start(config).ok());
    QTRY_VERIFY_WITH_TIMEOUT(fleet.firstContactFinished(), 20000);
    for (int i = 0; i < 2; ++i)
        QVERIFY2(fleet.phone(i).fetches == 1,
                 qPrintable(QStringLiteral("phone %1: HTTP %2 %3")
                                .arg(i)
                                .arg(fleet.phone(i).lastFetchStatus)
                                .arg(fleet.phone(i).lastFetchError)));
    // Both fetches are on record before the restarts (the server writes them within 250 ms).
    QTRY_VERIFY_WITH_TIMEOUT(s.status().get(vvxPhone).value().lastFetch.time.isValid() &&
                                 s.status().get(soundPointPhone).value().lastFetch.time.isValid(),
                             10000);

    DeviceControlConfig c;
    c.sip.timeoutMs = 800;
    c.commands.notifyTimeoutMs = 800;
    c.commands.restartProbeIntervalMs = 300;
    c.commands.restartTimeoutMs = 30000;
    c.commands.restartAfterFetchMs = 4000;
    DeviceControl control(&s, c);

    // Unchanged files: the VVX re-reads them and stays up. Not a success, and the result says why
    // and what restarts it.
    const Operation::PhoneResult same = restart(control, vvxPhone);
    QVERIFY2(same.state == Operation::State::Failed, qPrintable(same.reason));
    QVERIFY2(same.reason.contains(QLatin1String("re-read its configuration but did not restart")),
             qPrintable(same.reason));
    QVERIFY2(same.reason.contains(QLatin1String("Trust Phone Web Certificate")), qPrintable(same.reason));
    QCOMPARE(fleet.phone(0).fetches, 2);
    QCOMPARE(fleet.phone(0).reboots, 0);

    // The SoundPoint's files make check-sync a reboot.
    const Operation::PhoneResult sp = restart(control, soundPointPhone);
    QVERIFY2(sp.state == Operation::State::Succeeded, qPrintable(sp.reason));
    QCOMPARE(fleet.phone(1).reboots, 1);
    QTRY_COMPARE_WITH_TIMEOUT(fleet.phone(1).fetches, 2, 10000); // as it booted

    // Changed files: the VVX restarts to apply them, and that is a success.
    vvx.values.insert(QStringLiteral("provisioning.resyncPeriod"), 720);
    QVERIFY(s.baseSettings().update(vvx));
    // phonedesk-server learns of the change from the database file (it looks twice a second) and
    // renders the phone's files anew.
    QTest::qWait(2000);
    const Operation::PhoneResult changed = restart(control, vvxPhone);
    QVERIFY2(changed.state == Operation::State::Succeeded, qPrintable(changed.reason));
    QCOMPARE(fleet.phone(0).reboots, 1);

    fleet.stop();
    QVERIFY2(stopProvisioningOnly(server, log), log.constData());
}

QTEST_GUILESS_MAIN(TestCheckSyncRestart)
#include "tst_checksyncrestart.moc"
