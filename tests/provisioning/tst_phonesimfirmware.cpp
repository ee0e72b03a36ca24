// Simulated phones updating their firmware from the provisioning server (in-process, TLS on
// loopback, Digest): a phone whose configuration names a newer image downloads it with its own
// credentials, reboots and comes back announcing the new version (the server's fetch record shows
// it); one whose first download is cut resumes with a Range request (two download rows, the second
// ranged); one whose update fails comes back on the old version.

#include "firmwarecache.h"
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

private:
    TestPki m_pki;
};

void TestPhonesimFirmware::initTestCase()
{
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
}

void TestPhonesimFirmware::updateResumeAndFailure()
{
    QString error;
    TestDatabase db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(db.storage, qPrintable(error));
    Storage &storage = *db.storage;
    storage.setActor(QStringLiteral("tester"), Role::Administrator);
    QTemporaryDir files;
    QVERIFY(files.isValid());

    // The image: 2.5 MB of pseudo-random bytes under Yealink's name for 108.86.0.90.
    const QString rom =
        files.filePath(QStringLiteral("T46U(T43U,T46U,T41U,T48U,T42U,T44U,T44W)-108.86.0.90.rom"));
    {
        QByteArray bytes(2500 * 1000 + 3, Qt::Uninitialized);
        quint32 x = 88172645u;
        for (char &c : bytes) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x);
        }
        QFile f(rom);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    auto image = FirmwareRepository(storage).add({rom, std::nullopt, {}, {}});
    QVERIFY2(image, image ? "" : qPrintable(image.error().fullText()));

    ProvisioningSettings settings;
    settings.address = QHostAddress(QHostAddress::LocalHost);
    settings.port = 0;
    settings.certificatePath = m_pki.path(QStringLiteral("server.pem"));
    settings.keyPath = m_pki.path(QStringLiteral("server.key"));
    settings.clientCertificates = ClientCertificateMode::Off;
    settings.digest = true;
    settings.workerThreads = 2;
    settings.failureBurst = 1000;
    settings.firmwareCacheDir = files.filePath(QStringLiteral("cache"));
    ProvisioningServer server(storage, settings);
    QVERIFY(server.start());
    const QString base = QStringLiteral("https://127.0.0.1:%1/").arg(server.serverPort());

    Site site;
    site.name = QStringLiteral("Lab");
    site.primarySip = {QStringLiteral("sip1.example.net"), 5061, SipTransport::Tls};
    site.provisioningHost = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
    auto s = storage.sites().create(site);
    QVERIFY2(s, s ? "" : qPrintable(s.error().fullText()));
    BaseSettings bs;
    bs.name = QStringLiteral("T46U");
    bs.modelId = QStringLiteral("yealink-t46u");
    bs.values = {{QStringLiteral("provisioning.firmwarePolicy"), QStringLiteral("automatic")},
                 {QStringLiteral("provisioning.firmwareVersion"), Wanted}};
    auto b = storage.baseSettings().create(bs);
    QVERIFY2(b, b ? "" : qPrintable(b.error().fullText()));

    PhoneSim::FleetConfig config;
    config.phones = 3;
    config.rest = false;
    config.rebootSilenceMs = 300;
    config.provisioningUrl = base;
    config.caPath = m_pki.path(QStringLiteral("server-ca.pem"));
    config.provisioningUserAgent = QStringLiteral("Yealink SIP-T46U {version} {mac:}");
    config.firmwareVersion = Running;
    QList<Id> ids;
    for (int i = 0; i < config.phones; ++i) {
        Phone p;
        p.name = QStringLiteral("Phone %1").arg(i);
        p.category = PhoneCategory::Managed;
        p.baseSettingsId = b->id;
        p.siteId = s->id;
        p.hardwareId = PhoneSim::Fleet::macAddress(i);
        auto created = storage.phones().create(p);
        QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));
        ids.append(created->id);
        config.digestSecrets.insert(p.hardwareId, storage.phones().deviceSecret(created->id).value());
    }
    spin(200); // the server renders the new phones

    // The image in the server's cache before the phones ask (else they are told 503 first).
    server.firmwareCache()->request(image->sha256);
    QTRY_COMPARE_WITH_TIMEOUT(server.firmwareCache()->lookup(image->sha256)->state,
                              FirmwareCache::State::Ready, 60000);

    PhoneSim::Fleet fleet;
    QVERIFY(fleet.start(config));
    fleet.setFirmwareCutAfter(1, CutAfter);
    fleet.setFirmwareUpdateFails(2, true);
    for (int i = 0; i < config.phones; ++i)
        fleet.fetchConfiguration(i);

    // Each phone downloads, reboots and fetches again with the version it then runs.
    auto settled = [&](int i) {
        const PhoneSim::PhoneState st = fleet.phone(i);
        return st.firmwareUpdates == 1 && st.fetches >= 2 && !st.rebooting;
    };
    auto describe = [&] {
        QStringList out;
        for (int i = 0; i < 3; ++i) {
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
    QTRY_VERIFY2_WITH_TIMEOUT(settled(0) && settled(1) && settled(2), qPrintable(describe()), 60000);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(fleet.phone(i).lastFirmwareError.isEmpty(), qPrintable(fleet.phone(i).lastFirmwareError));
    QCOMPARE(fleet.phone(0).firmware, Wanted);
    QCOMPARE(fleet.phone(1).firmware, Wanted);
    QCOMPARE(fleet.phone(2).firmware, Running);
    QCOMPARE(fleet.phone(0).firmwareRequests, 2); // the Digest challenge, then the bytes
    QVERIFY(fleet.provisioningUserAgent(0).contains(Wanted));
    spin(400);
    server.flush();

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

QTEST_GUILESS_MAIN(TestPhonesimFirmware)
#include "tst_phonesimfirmware.moc"
