// Simulated phones updating their firmware from the provisioning server (in-process, TLS on
// loopback, Digest): a phone whose configuration names a newer image downloads it with its own
// credentials, reboots and comes back announcing the new version (the server's fetch record shows
// it); one whose first download is cut resumes with a Range request (two download rows, the second
// ranged); one whose update fails comes back on the old version. Yealink phones get a .rom file;
// Poly phones the application of their part number out of a UC Software package.

#include "firmwarecache.h"
#include "firmwarefiles.h"
#include "fleet.h"
#include "processguard.h"
#include "provisioningtestenv.h"
#include "statusrepository.h"

#include <QCryptographicHash>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
const QString Running = QStringLiteral("108.86.0.45");
const QString Wanted = QStringLiteral("108.86.0.90");
const QString PolyRunning = QStringLiteral("6.4.3.2000");
const QString PolyWanted = QStringLiteral("6.4.6");
constexpr qint64 CutAfter = 300 * 1000;
} // namespace

class TestPhonesimFirmware final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void initTestCase();
    void updateResumeAndFailure();
    void polyPhonesUpdateFromAPackage();

private:
    // A database and a provisioning server with its site; addPhones() adds a profile of `modelId`
    // set to update automatically to `version` (once the image is in the library) and its phones.
    struct Lab
    {
        TestDatabase db;
        QTemporaryDir files;
        std::unique_ptr<ProvisioningServer> server;
        Id siteId = 0;
        QString modelId;
        QString version;
        Id baseId = 0;
        QList<Id> phoneIds;
    };
    bool startLab(Lab &lab, const QString &modelId, const QString &version, QString *error);
    // `config.phones` managed phones of the lab's profile, their Digest secrets in `config`.
    bool addPhones(Lab &lab, PhoneSim::FleetConfig &config, QString *error);
    // Waits until every phone of `fleet` took one update and fetched again; false on timeout.
    static bool settle(PhoneSim::Fleet &fleet, int phones, QString *state);
    // Caches the image `sha256` in the server, starts `fleet` with phone 1's first download cut
    // and phone 2's update failing, has every phone fetch, and waits until they settle with no
    // download error; false (with `error`) otherwise.
    static bool runUpdates(Lab &lab, PhoneSim::Fleet &fleet, const PhoneSim::FleetConfig &config,
                           const QString &sha256, QString *error);

    TestPki m_pki;
};

bool TestPhonesimFirmware::startLab(Lab &lab, const QString &modelId, const QString &version, QString *error)
{
    lab.db = createDatabase(Backend::Sqlite, error);
    if (!lab.db.storage || !lab.files.isValid())
        return false;
    Storage &storage = *lab.db.storage;
    storage.setActor(QStringLiteral("tester"), Role::Administrator);
    ProvisioningSettings settings;
    settings.address = QHostAddress(QHostAddress::LocalHost);
    settings.port = 0;
    settings.certificatePath = m_pki.path(QStringLiteral("server.pem"));
    settings.keyPath = m_pki.path(QStringLiteral("server.key"));
    settings.clientCertificates = ClientCertificateMode::Off;
    settings.digest = true;
    settings.workerThreads = 2;
    settings.failureBurst = 1000;
    settings.firmwareCacheDir = lab.files.filePath(QStringLiteral("cache"));
    lab.server = std::make_unique<ProvisioningServer>(storage, settings);
    if (auto r = lab.server->start(); !r) {
        *error = r.error().fullText();
        return false;
    }
    Site site;
    site.name = QStringLiteral("Lab");
    site.primarySip = {QStringLiteral("sip1.example.net"), 5061, SipTransport::Tls};
    site.provisioningHost = QStringLiteral("127.0.0.1:%1").arg(lab.server->serverPort());
    auto s = storage.sites().create(site);
    if (!s) {
        *error = s.error().fullText();
        return false;
    }
    lab.siteId = s->id;
    lab.modelId = modelId;
    lab.version = version;
    return true;
}

bool TestPhonesimFirmware::addPhones(Lab &lab, PhoneSim::FleetConfig &config, QString *error)
{
    Storage &storage = *lab.db.storage;
    BaseSettings bs;
    bs.name = QStringLiteral("Automatic");
    bs.modelId = lab.modelId;
    bs.values = {{QStringLiteral("provisioning.firmwarePolicy"), QStringLiteral("automatic")},
                 {QStringLiteral("provisioning.firmwareVersion"), lab.version}};
    auto b = storage.baseSettings().create(bs);
    if (!b) {
        *error = b.error().fullText();
        return false;
    }
    lab.baseId = b->id;
    config.provisioningUrl = QStringLiteral("https://127.0.0.1:%1/").arg(lab.server->serverPort());
    config.caPath = m_pki.path(QStringLiteral("server-ca.pem"));
    config.rest = false;
    config.rebootSilenceMs = 300;
    for (int i = 0; i < config.phones; ++i) {
        Phone p;
        p.name = QStringLiteral("Phone %1").arg(i);
        p.category = PhoneCategory::Managed;
        p.baseSettingsId = lab.baseId;
        p.siteId = lab.siteId;
        p.hardwareId = PhoneSim::Fleet::macAddress(i);
        auto created = storage.phones().create(p);
        if (!created) {
            *error = created.error().fullText();
            return false;
        }
        lab.phoneIds.append(created->id);
        config.digestSecrets.insert(p.hardwareId, storage.phones().deviceSecret(created->id).value());
    }
    spin(200); // the server renders the new phones
    return true;
}

bool TestPhonesimFirmware::settle(PhoneSim::Fleet &fleet, int phones, QString *state)
{
    auto settled = [&](int i) {
        const PhoneSim::PhoneState st = fleet.phone(i);
        return st.firmwareUpdates == 1 && st.fetches >= 2 && !st.rebooting;
    };
    auto describe = [&] {
        QStringList out;
        for (int i = 0; i < phones; ++i) {
            const PhoneSim::PhoneState st = fleet.phone(i);
            out << QStringLiteral(
                       "phone %1: fetches %2 (%3 %4), firmware %5, requests %6, updates %7, error %8")
                       .arg(i)
                       .arg(st.fetches)
                       .arg(st.lastFetchStatus)
                       .arg(st.lastFetchError, st.firmware)
                       .arg(st.firmwareRequests)
                       .arg(st.firmwareUpdates)
                       .arg(st.lastFirmwareError);
        }
        return out.join(u'\n');
    };
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        bool all = true;
        for (int i = 0; i < phones; ++i)
            all = all && settled(i);
        if (all)
            return true;
        spin(50);
    }
    *state = describe();
    return false;
}

bool TestPhonesimFirmware::runUpdates(Lab &lab, PhoneSim::Fleet &fleet, const PhoneSim::FleetConfig &config,
                                      const QString &sha256, QString *error)
{
    // The image in the server's cache before the phones ask (else they are told 503 first).
    FirmwareCache &cache = *lab.server->firmwareCache();
    cache.request(sha256);
    QDeadlineTimer cached(60000);
    while (!cached.hasExpired() && cache.lookup(sha256)->state != FirmwareCache::State::Ready)
        spin(20);
    if (cache.lookup(sha256)->state != FirmwareCache::State::Ready) {
        *error = QStringLiteral("the image was not cached within 60 s");
        return false;
    }
    if (!fleet.start(config)) {
        *error = QStringLiteral("the fleet did not start");
        return false;
    }
    fleet.setFirmwareCutAfter(1, CutAfter);
    fleet.setFirmwareUpdateFails(2, true);
    for (int i = 0; i < config.phones; ++i)
        fleet.fetchConfiguration(i);
    // Each phone downloads, reboots and fetches again with the version it then runs.
    if (!settle(fleet, config.phones, error))
        return false;
    for (int i = 0; i < config.phones; ++i) {
        if (const QString e = fleet.phone(i).lastFirmwareError; !e.isEmpty()) {
            *error = QStringLiteral("phone %1: %2").arg(i).arg(e);
            return false;
        }
    }
    return true;
}

void TestPhonesimFirmware::initTestCase()
{
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
}

void TestPhonesimFirmware::updateResumeAndFailure()
{
    QString error;
    Lab lab;
    QVERIFY2(startLab(lab, QStringLiteral("yealink-t46u"), Wanted, &error), qPrintable(error));
    Storage &storage = *lab.db.storage;

    // The image: 2.5 MB of pseudo-random bytes under Yealink's name for 108.86.0.90.
    const QString rom = writeFile(lab.files.path(),
                                  QStringLiteral("T46U(T43U,T46U,T41U,T48U,T42U,T44U,T44W)-108.86.0.90.rom"),
                                  binaryImage(2500 * 1000 + 3, 88172645u));
    QVERIFY(!rom.isEmpty());
    auto image = FirmwareRepository(storage).add({rom, std::nullopt, {}, {}});
    QVERIFY2(image, image ? "" : qPrintable(image.error().fullText()));

    PhoneSim::FleetConfig config;
    config.phones = 3;
    config.provisioningUserAgent = QStringLiteral("Yealink SIP-T46U {version} {mac:}");
    config.firmwareVersion = Running;
    QVERIFY2(addPhones(lab, config, &error), qPrintable(error));
    const QList<Id> &ids = lab.phoneIds;

    PhoneSim::Fleet fleet;
    QVERIFY2(runUpdates(lab, fleet, config, image->sha256, &error), qPrintable(error));
    QCOMPARE(fleet.phone(0).firmware, Wanted);
    QCOMPARE(fleet.phone(1).firmware, Wanted);
    QCOMPARE(fleet.phone(2).firmware, Running);
    QCOMPARE(fleet.phone(0).firmwareRequests, 2); // the Digest challenge, then the bytes
    QVERIFY(fleet.provisioningUserAgent(0).contains(Wanted));
    spin(400);
    lab.server->flush();

    // The server's records: the fetch after the reboot announced the new version.
    QCOMPARE(storage.status().get(ids[0])->lastFetch.firmware, Wanted);
    QCOMPARE(storage.status().get(ids[1])->lastFetch.firmware, Wanted);
    QCOMPARE(storage.status().get(ids[2])->lastFetch.firmware, Running);

    // Downloads, newest first: one whole one; a cut one and its ranged continuation.
    FirmwareRepository repo(storage);
    const auto whole = repo.downloads(ids[0]);
    QVERIFY(whole);
    QCOMPARE(whole->size(), 1);
    QVERIFY(whole->at(0).complete && !whole->at(0).ranged);
    QCOMPARE(whole->at(0).bytesSent, image->size);
    const auto resumed = repo.downloads(ids[1]);
    QVERIFY(resumed);
    QCOMPARE(resumed->size(), 2);
    // The first answer may count as complete on the server: the kernel can take all of it on
    // loopback before the phone cuts; what the phone asks next shows where it stopped.
    QVERIFY(!resumed->at(1).ranged);
    QCOMPARE(resumed->at(1).firstByte, 0);
    QVERIFY(resumed->at(0).ranged && resumed->at(0).complete);
    QCOMPARE(resumed->at(0).firstByte, CutAfter);
    QCOMPARE(resumed->at(0).bytesSent, image->size - CutAfter);
    // The failed update was downloaded once and is not tried again.
    QCOMPARE(repo.downloads(ids[2])->size(), 1);
    fleet.stop();
}

// VVX 450s told to run a UC Software package: each asks for 3111-48840-001.sip.ld in the package's
// folder (the master file's APP_FILE_PATH), reads the version from its first bytes, installs it
// and comes back on it; one resumes after a cut; one comes back on the old version; and a phone
// whose part number the package does not hold falls back to sip.ld, which it does not hold either.
void TestPhonesimFirmware::polyPhonesUpdateFromAPackage()
{
    QString error;
    Lab lab;
    QVERIFY2(startLab(lab, QStringLiteral("poly-vvx-450"), PolyWanted, &error), qPrintable(error));
    Storage &storage = *lab.db.storage;
    const qint64 size = 1500 * 1000 + 11;
    const QString zip = writeFile(lab.files.path(), QStringLiteral("UC_Software_6_4_6_release_sig_split.zip"),
                                  polyPackage(size, 404, ZipMethod::Deflated, PolyWanted));
    FirmwareRepository repo(storage);
    auto package = repo.add({zip, std::nullopt, {}, {QStringLiteral("poly-vvx-450")}});
    QVERIFY2(package, package ? "" : qPrintable(package.error().fullText()));
    const FirmwareImage application = repo.applications(package->id)->at(1);
    QCOMPARE(application.fileName, QStringLiteral("3111-48840-001.sip.ld"));

    PhoneSim::FleetConfig config;
    config.phones = 3;
    config.provisioningUserAgent =
        QStringLiteral("FileTransport PolycomVVX-VVX_450-UA/{version} Type/Application");
    config.firmwareVersion = PolyRunning;
    config.polyPartNumber = QStringLiteral("3111-48840-001");
    QVERIFY2(addPhones(lab, config, &error), qPrintable(error));
    const QList<Id> &ids = lab.phoneIds;
    PhoneSim::Fleet fleet;
    QVERIFY2(runUpdates(lab, fleet, config, application.sha256, &error), qPrintable(error));
    QCOMPARE(fleet.phone(0).firmware, PolyWanted);
    QCOMPARE(fleet.phone(1).firmware, PolyWanted);
    QCOMPARE(fleet.phone(2).firmware, PolyRunning);
    spin(400);
    lab.server->flush();
    QCOMPARE(storage.status().get(ids[0])->lastFetch.firmware, PolyWanted);
    QCOMPARE(storage.status().get(ids[2])->lastFetch.firmware, PolyRunning);
    const auto whole = repo.downloads(ids[0]).value();
    QCOMPARE(whole.size(), 1);
    QCOMPARE(whole.at(0).imageId, application.id);
    QCOMPARE(whole.at(0).bytesSent, size);
    QVERIFY(whole.at(0).complete);
    const auto resumed = repo.downloads(ids[1]).value();
    QCOMPARE(resumed.size(), 2);
    QVERIFY(resumed.at(0).ranged && resumed.at(0).complete);
    QCOMPARE(resumed.at(0).firstByte, CutAfter);

    // Fetching again: the phones on the new version do not download it again, nor does the one
    // whose update failed.
    const int requestsBefore = fleet.phone(0).firmwareRequests;
    for (int i = 0; i < config.phones; ++i)
        fleet.fetchConfiguration(i);
    QTRY_VERIFY_WITH_TIMEOUT(fleet.phone(0).fetches >= 3 && fleet.phone(2).fetches >= 3, 20000);
    spin(300);
    QCOMPARE(fleet.phone(0).firmwareRequests, requestsBefore);
    QCOMPARE(fleet.phone(0).firmwareUpdates, 1);
    QCOMPARE(fleet.phone(2).firmwareUpdates, 1);
    fleet.stop();

    // Another part number (a VVX 350's application is there, a VVX 250's is not): 404, then the
    // combined sip.ld, which a split package does not hold: no update, and it says why.
    PhoneSim::FleetConfig other = config;
    other.phones = 1;
    other.polyPartNumber = QStringLiteral("3111-48820-001");
    PhoneSim::Fleet stranger;
    QVERIFY(stranger.start(other));
    stranger.fetchConfiguration(0);
    QTRY_VERIFY_WITH_TIMEOUT(!stranger.phone(0).lastFirmwareError.isEmpty(), 20000);
    QCOMPARE(stranger.phone(0).lastFirmwareError, QStringLiteral("HTTP 404 for the firmware"));
    QCOMPARE(stranger.phone(0).firmware, PolyRunning);
    stranger.stop();
}

QTEST_GUILESS_MAIN(TestPhonesimFirmware)
#include "tst_phonesimfirmware.moc"
