// What PhoneDesk reads from a firmware file and its name (src/core/firmwareformat.h): the vendors'
// naming conventions, the zip central directory (with ZIP64), versions and "runs this version".

#include "firmwarefiles.h"
#include "firmwareformat.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace PhoneDesk;

class TestFirmwareFormat final : public QObject
{
    Q_OBJECT

private slots:
    void fileNames_data();
    void fileNames();
    void vendorOfExtension();
    void zipMembers();
    void zip64Directory();
    void damagedZipIsRefused();
    void versions();
    void runsVersion();
    void familyStandsForItsModels();
};

void TestFirmwareFormat::fileNames_data()
{
    QTest::addColumn<int>("vendor");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("models");
    const int y = int(FirmwareVendor::Yealink);
    const int a = int(FirmwareVendor::AudioCodes);
    const int p = int(FirmwareVendor::Poly);
    QTest::newRow("yealink family") << y << QStringLiteral("T46S(T48S,T42S,T41S)-66.86.0.15.rom")
                                    << QStringLiteral("66.86.0.15")
                                    << QStringList {QStringLiteral("T46S"), QStringLiteral("T48S"),
                                                    QStringLiteral("T42S"), QStringLiteral("T41S")};
    QTest::newRow("yealink lead repeated")
        << y << QStringLiteral("T46U(T43U,T46U)-108.86.0.90.rom") << QStringLiteral("108.86.0.90")
        << QStringList {QStringLiteral("T46U"), QStringLiteral("T43U")};
    QTest::newRow("yealink build date")
        << y << QStringLiteral("T54W(T57W,T53W)-96.86.0.45(20211130).rom") << QStringLiteral("96.86.0.45")
        << QStringList {QStringLiteral("T54W"), QStringLiteral("T57W"), QStringLiteral("T53W")};
    QTest::newRow("yealink variant") << y << QStringLiteral("T54W-ddphone-96.85.0.65.rom")
                                     << QStringLiteral("96.85.0.65") << QStringList {QStringLiteral("T54W")};
    QTest::newRow("yealink lower case")
        << y << QStringLiteral("t41s-66.81.0.110.rom") << QStringLiteral("66.81.0.110")
        << QStringList {QStringLiteral("T41S")};
    QTest::newRow("yealink renamed") << y << QStringLiteral("firmware.rom") << QString() << QStringList();
    QTest::newRow("audiocodes UC suffix")
        << a << QStringLiteral("420HD_UC_3.4.8.M4.img") << QStringLiteral("3.4.8.M4")
        << QStringList {QStringLiteral("420HD")};
    QTest::newRow("audiocodes UC prefix")
        << a << QStringLiteral("UCC450HD_3.4.4.1000.69.img") << QStringLiteral("3.4.4.1000.69")
        << QStringList {QStringLiteral("C450HD")};
    QTest::newRow("audiocodes generic")
        << a << QStringLiteral("440HD_2.2.16.501.img") << QStringLiteral("2.2.16.501")
        << QStringList {QStringLiteral("440HD")};
    QTest::newRow("audiocodes default name")
        << a << QStringLiteral("445HD.img") << QString() << QStringList {QStringLiteral("445HD")};
    QTest::newRow("poly underscores") << p << QStringLiteral("UC_Software_6_4_6_release_sig_split.zip")
                                      << QStringLiteral("6.4.6") << QStringList();
    QTest::newRow("poly build tag") << p
                                    << QStringLiteral("Polycom_UC_Software_5_4_3_rts16_release_sig_split.zip")
                                    << QStringLiteral("5.4.3") << QStringList();
    QTest::newRow("poly dashes") << p
                                 << QStringLiteral("Polycom-UC-Software-4-0-11-rts28-K-release-sig-split.zip")
                                 << QStringLiteral("4.0.11") << QStringList();
    QTest::newRow("poly dots") << p << QStringLiteral("Polycom-UC-Software-5.9.2-rts42-release-sig-split.zip")
                               << QStringLiteral("5.9.2") << QStringList();
    QTest::newRow("poly UCS") << p << QStringLiteral("UCS 6.4.3.zip") << QStringLiteral("6.4.3")
                              << QStringList();
    QTest::newRow("poly four parts") << p << QStringLiteral("UCS_6.4.3.5156.zip")
                                     << QStringLiteral("6.4.3.5156") << QStringList();
    QTest::newRow("poly application")
        << p << QStringLiteral("3111-48840-001.sip.ld") << QString() << QStringList();
    QTest::newRow("poly other zip") << p << QStringLiteral("VVX_UCS_release.zip") << QString()
                                    << QStringList();
}

void TestFirmwareFormat::fileNames()
{
    QFETCH(int, vendor);
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(QStringList, models);
    const Firmware::NameInfo info =
        Firmware::parseFileName(FirmwareVendor(vendor), QStringLiteral("/x/") + name);
    QCOMPARE(info.version, version);
    QCOMPARE(info.modelTokens, models);
}

void TestFirmwareFormat::vendorOfExtension()
{
    QCOMPARE(Firmware::vendorOfFileName(QStringLiteral("a.ZIP")), FirmwareVendor::Poly);
    QCOMPARE(Firmware::vendorOfFileName(QStringLiteral("sip.ld")), FirmwareVendor::Poly);
    QCOMPARE(Firmware::vendorOfFileName(QStringLiteral("T46U-1.2.3.4.rom")), FirmwareVendor::Yealink);
    QCOMPARE(Firmware::vendorOfFileName(QStringLiteral("420HD.img")), FirmwareVendor::AudioCodes);
    QCOMPARE(Firmware::vendorOfFileName(QStringLiteral("x.bin")), std::nullopt);
    QCOMPARE(firmwareVendorFromKey(QStringLiteral(" Polycom ")), FirmwareVendor::Poly);
    QCOMPARE(firmwareVendorFromKey(QStringLiteral("AudioCodes")), FirmwareVendor::AudioCodes);
    QCOMPARE(firmwareVendorFromKey(QStringLiteral("cisco")), std::nullopt);
}

void TestFirmwareFormat::zipMembers()
{
    QByteArray zip = Test::zipArchive({{QStringLiteral("a/sip.ld"), "x"}, {QStringLiteral("b.cfg"), "yy"}});
    zip.chop(2);
    zip.append("\x05\x00hello", 7); // an archive comment
    QBuffer buffer(&zip);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    auto names = Firmware::zipMemberNames(buffer);
    QVERIFY2(names, names ? "" : qPrintable(names.error().message));
    QCOMPARE(*names, (QStringList {QStringLiteral("a/sip.ld"), QStringLiteral("b.cfg")}));
}

// The same archive with its end record saying "see ZIP64" and the ZIP64 record and locator
// before it (APPNOTE 4.3.14, 4.3.15).
void TestFirmwareFormat::zip64Directory()
{
    const QByteArray plain = Test::zipArchive({{QStringLiteral("3111-48840-001.sip.ld"), "abc"}});
    const QByteArray end = plain.right(22);
    const quint32 dirSize = qFromLittleEndian<quint32>(end.constData() + 12);
    const quint32 dirOffset = qFromLittleEndian<quint32>(end.constData() + 16);
    QByteArray zip = plain.chopped(22);
    const auto zip64Offset = quint64(zip.size());
    auto put = [&](auto v) {
        char b[sizeof(v)];
        qToLittleEndian(v, b);
        zip.append(b, sizeof(v));
    };
    put(quint32(0x06064b50));
    put(quint64(44)); // size of the rest of the record
    put(quint16(45));
    put(quint16(45));
    put(quint32(0));
    put(quint32(0));
    put(quint64(1));
    put(quint64(1));
    put(quint64(dirSize));
    put(quint64(dirOffset));
    put(quint32(0x07064b50));
    put(quint32(0));
    put(quint64(zip64Offset));
    put(quint32(1));
    put(quint32(0x06054b50));
    put(quint16(0));
    put(quint16(0));
    put(quint16(0xffff));
    put(quint16(0xffff));
    put(quint32(0xffffffff));
    put(quint32(0xffffffff));
    put(quint16(0));
    QBuffer buffer(&zip);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    auto names = Firmware::zipMemberNames(buffer);
    QVERIFY2(names, names ? "" : qPrintable(names.error().message));
    QCOMPARE(*names, QStringList {QStringLiteral("3111-48840-001.sip.ld")});
}

void TestFirmwareFormat::damagedZipIsRefused()
{
    const QByteArray good = Test::zipArchive({{QStringLiteral("sip.ld"), "abc"}});
    QByteArray truncated = good.left(good.size() - 30); // the end record is gone
    QBuffer a(&truncated);
    QVERIFY(a.open(QIODevice::ReadOnly));
    QVERIFY(!Firmware::zipMemberNames(a));
    QByteArray wrongDirectory = good;
    wrongDirectory[good.size() - 6] = '\x01'; // the directory's offset points into a member
    QBuffer b(&wrongDirectory);
    QVERIFY(b.open(QIODevice::ReadOnly));
    auto r = Firmware::zipMemberNames(b);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QLatin1String("central directory")), qPrintable(r.error().message));
    QByteArray notZip("\x7f"
                      "ELF and more bytes than an end record needs");
    QBuffer c(&notZip);
    QVERIFY(c.open(QIODevice::ReadOnly));
    QVERIFY(!Firmware::zipMemberNames(c));
}

void TestFirmwareFormat::versions()
{
    QVERIFY(Firmware::checkVersion(QStringLiteral("6.4.3.5156")).isEmpty());
    QVERIFY(Firmware::checkVersion(QStringLiteral("3.4.8.M4")).isEmpty());
    QVERIFY(Firmware::checkVersion(QStringLiteral("96.86.0.45_rc-1")).isEmpty());
    QVERIFY(!Firmware::checkVersion(QString()).isEmpty());
    QVERIFY(!Firmware::checkVersion(QStringLiteral(".1")).isEmpty());
    QVERIFY(!Firmware::checkVersion(QStringLiteral("6.4 beta")).isEmpty());
    QVERIFY(!Firmware::checkVersion(QStringLiteral("1,2")).isEmpty());
    QVERIFY(!Firmware::checkVersion(QString(65, u'1')).isEmpty());
}

void TestFirmwareFormat::runsVersion()
{
    QVERIFY(Firmware::runsVersion(QStringLiteral("108.86.0.90"), QStringLiteral("108.86.0.90")));
    QVERIFY(Firmware::runsVersion(QStringLiteral("6.4.6.2156"), QStringLiteral("6.4.6")));
    QVERIFY(Firmware::runsVersion(QStringLiteral("3.4.8.m4"), QStringLiteral("3.4.8.M4")));
    QVERIFY(!Firmware::runsVersion(QStringLiteral("6.4.60"), QStringLiteral("6.4.6")));
    QVERIFY(!Firmware::runsVersion(QStringLiteral("6.4"), QStringLiteral("6.4.6")));
    QVERIFY(!Firmware::runsVersion(QString(), QStringLiteral("6.4.6")));
    QVERIFY(!Firmware::runsVersion(QStringLiteral("6.4.6"), QString()));
}

void TestFirmwareFormat::familyStandsForItsModels()
{
    QTemporaryDir dir;
    const QString path = Test::writeFile(dir.path(), QStringLiteral("T54W(T57W,T53W)-96.86.0.45.rom"),
                                         Test::binaryImage(100, 1));
    auto inspection = Firmware::inspect(path, std::nullopt);
    QVERIFY(inspection);
    const ModelCatalog &catalog = ModelCatalog::builtin();
    // The family names more models than the file fits: the family is refused as a whole.
    auto family = Firmware::chooseModels(*inspection, path, {QStringLiteral("yealink-t")}, catalog);
    QVERIFY(!family);
    QVERIFY2(family.error().message.contains(QLatin1String("T43U")), qPrintable(family.error().message));
    auto some = Firmware::chooseModels(
        *inspection, path, {QStringLiteral("YEALINK-T57W"), QStringLiteral("yealink-t53w")}, catalog);
    QVERIFY(some);
    QCOMPARE(some->modelIds, (QStringList {QStringLiteral("yealink-t53w"), QStringLiteral("yealink-t57w")}));
    auto all = Firmware::chooseModels(*inspection, path, {}, catalog);
    QVERIFY(all);
    QCOMPARE(all->modelIds.size(), 3);
}

QTEST_GUILESS_MAIN(TestFirmwareFormat)
#include "tst_firmwareformat.moc"
