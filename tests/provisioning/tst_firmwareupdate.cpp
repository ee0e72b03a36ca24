// Firmware updates from the library: a profile with the Automatic policy and no image or URL is
// refused; a phone whose firmware version names a library image gets a configuration pointing at
// this server's URL for it, and downloads the image through that URL (curl over TLS on loopback,
// the phone's own Digest credentials); changing the version re-renders the phone.

#include "firmwarecache.h"
#include "firmwarefiles.h"
#include "firmwareserving.h"
#include "processguard.h"
#include "provisioningtestenv.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
const QString YealinkRom = QStringLiteral("T46U(T43U,T46U,T41U,T48U,T42U,T44U,T44W)-108.86.0.90.rom");

QByteArray pseudoRandom(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out) {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        c = char(seed);
    }
    return out;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

struct TestPhone
{
    QString mac;
    Id id = 0;
    const char *userAgent = nullptr;
    QString configFile; // the file that names the firmware
    QRegularExpression parameter; // captures the firmware URL in it
};
} // namespace

class TestFirmwareUpdate final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void automaticWithoutImageOrUrlIsRefused();
    void configurationPointsAtTheLibraryImage_data();
    void configurationPointsAtTheLibraryImage();
    void changingTheVersionReRendersThePhone();

private:
    FirmwareImage addImage(const QString &name, const QByteArray &bytes, const QString &version = {},
                           const QStringList &models = {});
    Result<BaseSettings> setFirmware(Id phoneId, const QString &policy, const QString &version,
                                     const QString &url = {});
    bool startServer();
    QByteArray get(const TestPhone &phone, const QString &url, int *status);
    TestPhone phone(const QString &vendor) const;

    TestPki m_pki;
    TestDatabase m_db;
    TestFleet m_fleet;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<ProvisioningServer> m_server;
};

void TestFirmwareUpdate::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
}

void TestFirmwareUpdate::init()
{
    QString error;
    m_db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    m_db.storage->setActor(QStringLiteral("tester"), Role::Administrator);
    QVERIFY2(m_fleet.create(*m_db.storage, &error), qPrintable(error));
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
}

void TestFirmwareUpdate::cleanup()
{
    m_server.reset();
    m_db = TestDatabase();
    m_files.reset();
}

FirmwareImage TestFirmwareUpdate::addImage(const QString &name, const QByteArray &bytes,
                                           const QString &version, const QStringList &models)
{
    QFile file(m_files->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.close();
    auto added = FirmwareRepository(*m_db.storage).add({file.fileName(), std::nullopt, version, models});
    if (!added)
        qFatal("adding the image failed: %s", qPrintable(added.error().fullText()));
    return *added;
}

Result<BaseSettings> TestFirmwareUpdate::setFirmware(Id phoneId, const QString &policy,
                                                     const QString &version, const QString &url)
{
    auto p = m_db.storage->phones().get(phoneId);
    if (!p)
        return p.error();
    auto bs = m_db.storage->baseSettings().get(p->baseSettingsId);
    if (!bs)
        return bs.error();
    bs->values.insert(QStringLiteral("provisioning.firmwarePolicy"), policy);
    bs->values.insert(QStringLiteral("provisioning.firmwareVersion"), version);
    bs->values.insert(QStringLiteral("provisioning.firmwareUrl"), url);
    return m_db.storage->baseSettings().update(*bs);
}

bool TestFirmwareUpdate::startServer()
{
    ProvisioningSettings settings;
    settings.address = QHostAddress(QHostAddress::LocalHost);
    settings.port = 0;
    settings.certificatePath = m_pki.path(QStringLiteral("server.pem"));
    settings.keyPath = m_pki.path(QStringLiteral("server.key"));
    settings.clientCertificates = ClientCertificateMode::Off;
    settings.digest = true;
    settings.workerThreads = 2;
    settings.failureBurst = 1000;
    settings.firmwareCacheDir = m_files->filePath(QStringLiteral("cache"));
    m_server = std::make_unique<ProvisioningServer>(*m_db.storage, settings);
    if (const auto r = m_server->start(); !r) {
        qWarning().noquote() << r.error().fullText();
        return false;
    }
    // The phones fetch from this server: its address is the site's provisioning host.
    auto site = m_db.storage->sites().get(m_fleet.siteId);
    if (!site)
        return false;
    site->provisioningHost = QStringLiteral("127.0.0.1:%1").arg(m_server->serverPort());
    if (!m_db.storage->sites().update(*site))
        return false;
    spin(100);
    return true;
}

TestPhone TestFirmwareUpdate::phone(const QString &vendor) const
{
    if (vendor == QLatin1String("yealink"))
        return {m_fleet.yealinkMac, m_fleet.yealinkId, YealinkUserAgent,
                m_fleet.yealinkMac + QStringLiteral(".cfg"),
                QRegularExpression(QStringLiteral("^static\\.firmware\\.url = (.*)$"),
                                   QRegularExpression::MultilineOption)};
    if (vendor == QLatin1String("audiocodes"))
        return {m_fleet.audiocodesMac, m_fleet.audiocodesId, AudioCodesUserAgent,
                m_fleet.audiocodesMac + QStringLiteral(".cfg"),
                QRegularExpression(QStringLiteral("^provisioning/firmware/url=(.*)$"),
                                   QRegularExpression::MultilineOption)};
    return {m_fleet.polyMac, m_fleet.polyId, PolyUserAgent, m_fleet.polyMac + QStringLiteral(".cfg"),
            QRegularExpression(QStringLiteral("APP_FILE_PATH=\"([^\"]*)\""))};
}

// A GET with the phone's User-Agent and Digest credentials; the body, and the status in `status`.
QByteArray TestFirmwareUpdate::get(const TestPhone &phone, const QString &url, int *status)
{
    const QString secret = m_db.storage->phones().deviceSecret(phone.id).value();
    const QString body = m_files->filePath(QStringLiteral("body.bin"));
    QFile::remove(body);
    const ProcessResult r =
        runProcess(QStringLiteral("curl"),
                   {QStringLiteral("-sS"), QStringLiteral("-o"), body, QStringLiteral("-w"),
                    QStringLiteral("%{http_code}"), QStringLiteral("--max-time"), QStringLiteral("60"),
                    QStringLiteral("--cacert"), m_pki.path(QStringLiteral("server-ca.pem")),
                    QStringLiteral("-A"), QString::fromLatin1(phone.userAgent), QStringLiteral("--digest"),
                    QStringLiteral("-u"), phone.mac + u':' + secret, url});
    *status = r.out.trimmed().right(3).toInt();
    QFile f(body);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestFirmwareUpdate::automaticWithoutImageOrUrlIsRefused()
{
    // Nothing to update from: refused, naming the setting; nothing is written.
    auto refused = setFirmware(m_fleet.yealinkId, QStringLiteral("automatic"), QStringLiteral("108.86.0.90"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Validation);
    QCOMPARE(refused.error().fields.value(0).field, QStringLiteral("provisioning.firmwarePolicy"));
    QVERIFY2(refused.error().fullText().contains(QLatin1String("108.86.0.90")),
             qPrintable(refused.error().fullText()));
    const Id bsId = m_db.storage->phones().get(m_fleet.yealinkId)->baseSettingsId;
    const QVariantMap stored = m_db.storage->baseSettings().get(bsId)->values;
    QVERIFY(stored.value(QStringLiteral("provisioning.firmwarePolicy")).toString() !=
            QLatin1String("automatic"));
    QVERIFY(stored.value(QStringLiteral("provisioning.firmwareVersion")).toString().isEmpty());
    // An outside server is an alternative to the library.
    QVERIFY(setFirmware(m_fleet.yealinkId, QStringLiteral("automatic"), QStringLiteral("108.86.0.90"),
                        QStringLiteral("https://fw.example.net/yealink/")));
    // The image in the library, for the profile's model: accepted without a URL. An image of another
    // model does not count.
    addImage(QStringLiteral("440HD_3.4.8.216.img"), pseudoRandom(5000, 7));
    QVERIFY(!setFirmware(m_fleet.yealinkId, QStringLiteral("automatic"), QStringLiteral("3.4.8.216")));
    addImage(YealinkRom, pseudoRandom(5000, 9));
    auto accepted =
        setFirmware(m_fleet.yealinkId, QStringLiteral("automatic"), QStringLiteral("108.86.0.90"));
    QVERIFY2(accepted, accepted ? "" : qPrintable(accepted.error().fullText()));

    // A Poly package counts as its applications do: its version makes Automatic acceptable for its
    // models, not for another one.
    addImage(QStringLiteral("UC_Software_6_4_6_2156_release_sig_split.zip"), Test::polyPackage(4000, 3),
             QString(), {QStringLiteral("poly-vvx-350")});
    QVERIFY(!setFirmware(m_fleet.polyId, QStringLiteral("automatic"), QStringLiteral("6.4.6.2156")));
    addImage(QStringLiteral("UCS_6.4.6.2156.zip"), Test::polyPackage(4000, 5), QString(),
             {QStringLiteral("poly-vvx-450")});
    accepted = setFirmware(m_fleet.polyId, QStringLiteral("automatic"), QStringLiteral("6.4.6.2156"));
    QVERIFY2(accepted, accepted ? "" : qPrintable(accepted.error().fullText()));
}

void TestFirmwareUpdate::configurationPointsAtTheLibraryImage_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("models");
    QTest::addColumn<QString>("urlName");
    QTest::newRow("yealink") << "yealink" << YealinkRom << "108.86.0.90" << QStringList()
                             << "T46U_T43U_T46U_T41U_T48U_T42U_T44U_T44W_-108.86.0.90.rom";
    QTest::newRow("audiocodes") << "audiocodes"
                                << "440HD_3.4.8.216.img"
                                << "3.4.8.216" << QStringList() << "440HD_3.4.8.216.img";
    // A combined application: the phone asks for sip.ld (after <part number>.sip.ld, 404).
    QTest::newRow("poly") << "poly"
                          << "sip.ld"
                          << "6.4.6.2156" << QStringList {QStringLiteral("poly-vvx-450")} << "sip.ld";
}

void TestFirmwareUpdate::configurationPointsAtTheLibraryImage()
{
    QFETCH(QString, vendor);
    QFETCH(QString, fileName);
    QFETCH(QString, version);
    QFETCH(QStringList, models);
    QFETCH(QString, urlName);
    QVERIFY(startServer());
    const QByteArray bytes = pseudoRandom(3 * 1024 * 1024 + 17, 2463534242u);
    const FirmwareImage image = addImage(fileName, bytes, models.isEmpty() ? QString() : version, models);
    const TestPhone p = phone(vendor);
    QVERIFY(setFirmware(p.id, QStringLiteral("automatic"), version));
    spin(200);

    int status = 0;
    const QString base = QStringLiteral("https://127.0.0.1:%1/").arg(m_server->serverPort());
    const QByteArray config = get(p, base + p.configFile, &status);
    QCOMPARE(status, 200);
    const QRegularExpressionMatch m = p.parameter.match(QString::fromUtf8(config));
    QVERIFY2(m.hasMatch(), config.constData());
    const QString url = m.captured(1);
    QCOMPARE(url, base + QStringLiteral("firmware/%1/%2/%3").arg(p.mac, image.sha256, urlName));

    // Through that URL: first 503 while the server copies the image into its cache, then the bytes.
    QByteArray body;
    QDeadlineTimer deadline(60000);
    do {
        body = get(p, url, &status);
        if (status == 503)
            spin(100);
    } while (status == 503 && !deadline.hasExpired());
    QCOMPARE(status, 200);
    QCOMPARE(body.size(), bytes.size());
    QCOMPARE(sha256(body), image.sha256);

    // Another phone's credentials do not open it (the URL names the phone).
    const TestPhone other =
        phone(vendor == QLatin1String("yealink") ? QStringLiteral("audiocodes") : QStringLiteral("yealink"));
    TestPhone impostor = other;
    impostor.userAgent = p.userAgent;
    get(impostor, url, &status);
    QVERIFY2(status == 401 || status == 404, qPrintable(QString::number(status)));
}

void TestFirmwareUpdate::changingTheVersionReRendersThePhone()
{
    QVERIFY(startServer());
    const FirmwareImage first = addImage(YealinkRom, pseudoRandom(4000, 11));
    const FirmwareImage second = addImage(
        QStringLiteral("T46U(T43U,T46U,T41U,T48U,T42U,T44U,T44W)-108.86.0.118.rom"), pseudoRandom(4000, 12));
    const TestPhone p = phone(QStringLiteral("yealink"));
    QVERIFY(setFirmware(p.id, QStringLiteral("automatic"), first.version));
    spin(200);
    int status = 0;
    const QString base = QStringLiteral("https://127.0.0.1:%1/").arg(m_server->serverPort());
    QByteArray config = get(p, base + p.configFile, &status);
    QCOMPARE(status, 200);
    QCOMPARE(p.parameter.match(QString::fromUtf8(config)).captured(1),
             FirmwareServing::phoneUrl(base, p.mac, first));
    spin(400); // the fetch record is written
    m_server->flush();

    // A new version in the profile: the phone is told to resync and gets the new URL.
    QSignalSpy resync(m_server.get(), &ProvisioningServer::resyncRequested);
    QVERIFY(setFirmware(p.id, QStringLiteral("automatic"), second.version));
    QTRY_VERIFY(!resync.isEmpty());
    QVERIFY(resync.first().first().value<QList<Id>>().contains(p.id));
    QVERIFY(ConfigService(*m_db.storage).pendingPhoneIds()->contains(p.id));
    config = get(p, base + p.configFile, &status);
    QCOMPARE(status, 200);
    QCOMPARE(p.parameter.match(QString::fromUtf8(config)).captured(1),
             FirmwareServing::phoneUrl(base, p.mac, second));
}

QTEST_GUILESS_MAIN(TestFirmwareUpdate)
#include "tst_firmwareupdate.moc"
