// The firmware library on every backend (PHONEDESK_TEST_BACKEND): adding, refusals, range reads
// across chunks, removal, the phones running an image, and on PostgreSQL the team's grants.

#include "basesettingsrepository.h"
#include "firmwarefiles.h"
#include "firmwarerepository.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "statusrepository.h"
#include "storage.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {

const QString YealinkName = QStringLiteral("T46U(T43U,T46U,T41U,T48U,T42U,T44U,T44W)-108.86.0.90.rom");
constexpr qint64 Chunk = FirmwareRepository::ChunkSize;
const QString Password = QStringLiteral("Firmware f\u00fcr alle 1");

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestFirmware final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addReadsVersionAndModelsFromTheName();
    void addPolyPackageForAFamily();
    void deflatedPackageIsUnpacked();
    void damagedPackageIsRefused();
    void packageWithAnApplicationAlreadyKeptIsRefused();
    void removingAPackageRemovesItsApplications();
    void addApplicationNeedsVersionAndModels();
    void duplicateContentIsRefusedNamingTheEntry();
    void wrongVendorIsRefused_data();
    void wrongVendorIsRefused();
    void wrongModelIsRefused_data();
    void wrongModelIsRefused();
    void versionGivenMustAgreeWithTheName();
    void rangeReadsAcrossChunkBoundaries();
    void rangeReadDeliversAChunkAtATime();
    void interruptedAddLeavesNoRows();
    void fileChangedWhileAddingLeavesNoRows();
    void removeInUseIsRefusedNamingProfiles();
    void removeUnused();
    void phonesRunningEachImage();
    void onlyAdministratorsChangeTheLibrary();
    void teamGrants();

private:
    QString file(const QString &name, const QByteArray &bytes);
    Result<FirmwareImage> add(const QString &path, const QStringList &models = {},
                              const QString &version = {},
                              std::optional<FirmwareVendor> vendor = std::nullopt);
    qint64 rows(const QString &table);
    void expectEmpty();

    Backend m_backend = Backend::Sqlite;
    TestDatabase m_db;
    Storage *s = nullptr;
    std::unique_ptr<QTemporaryDir> m_files;
};

void TestFirmware::initTestCase()
{
    const QString backend = qEnvironmentVariable("PHONEDESK_TEST_BACKEND", QStringLiteral("sqlite"));
    m_backend = backend == QLatin1String("postgres") ? Backend::Postgres : Backend::Sqlite;
    if (m_backend == Backend::Postgres && !postgresAvailable()) {
        if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
            QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test cluster is configured "
                  "(PHONEDESK_TEST_PG_PORT)");
        QSKIP("No PostgreSQL test cluster (set PHONEDESK_TEST_PG_PORT; scripts/test starts one)");
    }
}

void TestFirmware::init()
{
    QString error;
    m_db = createDatabase(m_backend, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    s = m_db.storage.get();
    s->setActor(QStringLiteral("tester"), Role::Administrator);
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
}

void TestFirmware::cleanup()
{
    s = nullptr;
    m_db = TestDatabase();
    m_files.reset();
}

QString TestFirmware::file(const QString &name, const QByteArray &bytes)
{
    const QString path = writeFile(m_files->path(), name, bytes);
    if (path.isEmpty())
        qFatal("cannot write %s", qPrintable(name));
    return path;
}

Result<FirmwareImage> TestFirmware::add(const QString &path, const QStringList &models,
                                        const QString &version, std::optional<FirmwareVendor> vendor)
{
    return FirmwareRepository(*s).add({path, vendor, version, models});
}

qint64 TestFirmware::rows(const QString &table)
{
    QSqlQuery q(s->database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestFirmware::expectEmpty()
{
    QCOMPARE(rows(QStringLiteral("firmware_images")), 0);
    QCOMPARE(rows(QStringLiteral("firmware_chunks")), 0);
}

void TestFirmware::addReadsVersionAndModelsFromTheName()
{
    const QByteArray bytes = binaryImage(2 * Chunk + 12345, 1);
    QSignalSpy changes(ChangeFeed::instance(), &ChangeFeed::changed);
    auto added = add(file(YealinkName, bytes));
    QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
    QCOMPARE(added->vendor, FirmwareVendor::Yealink);
    QCOMPARE(added->kind, FirmwareKind::YealinkRom);
    QCOMPARE(added->version, QStringLiteral("108.86.0.90"));
    // The catalog's models among those the name lists (T41U, T42U, T44U, T44W are not in it).
    QCOMPARE(added->models,
             (QStringList {QStringLiteral("yealink-t43u"), QStringLiteral("yealink-t46u"),
                           QStringLiteral("yealink-t48u")}));
    QCOMPARE(added->families, QStringList {QStringLiteral("yealink-t")});
    QCOMPARE(added->fileName, YealinkName);
    QCOMPARE(added->size, bytes.size());
    QCOMPARE(added->sha256, hex(bytes));
    QCOMPARE(added->chunkSize, int(Chunk));
    QVERIFY(added->addedAt.isValid());
    QVERIFY(!added->addedBy.isEmpty());
    QCOMPARE(rows(QStringLiteral("firmware_chunks")), 3);
    QCOMPARE(FirmwareRepository(*s).read(added->id, 0, bytes.size()).value(), bytes);
    auto bySha = FirmwareRepository(*s).findBySha256(hex(bytes).toUpper());
    QVERIFY(bySha && *bySha);
    QCOMPARE(**bySha, *added);
    auto listed = FirmwareRepository(*s).list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first(), *added);
    bool announced = false;
    for (const QList<QVariant> &args : std::as_const(changes)) {
        const auto e = args.at(0).value<ChangeEvent>();
        announced |= e.entity == ChangeEvent::Entity::Firmware && e.ids == QList<Id> {added->id};
    }
    QVERIFY(announced);
    QSqlQuery audit(s->database());
    QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'firmware.add'")) &&
            audit.next());
    QCOMPARE(audit.value(0).toInt(), 1);
}

void TestFirmware::addPolyPackageForAFamily()
{
    const QByteArray bytes = polyPackage(Chunk / 2, 7);
    auto added = add(file(QStringLiteral("UC_Software_6_4_6_release_sig_split.zip"), bytes),
                     {QStringLiteral("poly-vvx")});
    QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
    QCOMPARE(added->kind, FirmwareKind::PolyPackage);
    QCOMPARE(added->version, QStringLiteral("6.4.6"));
    QCOMPARE(added->families, QStringList {QStringLiteral("poly-vvx")});
    QCOMPARE(added->models.size(), 6);
    QVERIFY(added->models.contains(QStringLiteral("poly-vvx-450")));
    // The package is kept as a row; its two phone applications are stored, byte for byte, for its
    // models and version; the configuration file and the dictionary in it are not.
    QCOMPARE(added->applications, 2);
    FirmwareRepository repo(*s);
    QVERIFY(!repo.read(added->id, 0, 10));
    auto applications = repo.applications(added->id);
    QVERIFY(applications);
    QCOMPARE(applications->size(), 2);
    QCOMPARE(applications->at(0).fileName, QStringLiteral("3111-48830-001.sip.ld"));
    QCOMPARE(applications->at(1).fileName, QStringLiteral("3111-48840-001.sip.ld"));
    for (int i = 0; i < 2; ++i) {
        const FirmwareImage &a = applications->at(i);
        const QByteArray expected = polyApplication(Chunk / 2, 7, 1 - i);
        QCOMPARE(a.kind, FirmwareKind::PolyApplication);
        QCOMPARE(a.packageId, added->id);
        QCOMPARE(a.version, added->version);
        QCOMPARE(a.models, added->models);
        QCOMPARE(a.size, expected.size());
        QCOMPARE(repo.read(a.id, 0, a.size).value(), expected);
    }
    // The library lists the package, not its applications; the whole of it lists both.
    QCOMPARE(repo.list()->size(), 1);
    QCOMPARE(repo.listAll()->size(), 3);
    QCOMPARE(rows(QStringLiteral("firmware_chunks")), 2);
}

void TestFirmware::deflatedPackageIsUnpacked()
{
    // Larger than a chunk, deflated: the application is inflated into whole chunks.
    const qint64 size = 2 * Chunk + 777;
    auto added = add(file(QStringLiteral("UCS_6.4.3.5156.zip"), polyPackage(size, 21, ZipMethod::Deflated)),
                     {QStringLiteral("poly-vvx-450")});
    QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
    FirmwareRepository repo(*s);
    const auto applications = repo.applications(added->id).value();
    QCOMPARE(applications.size(), 2);
    QCOMPARE(applications.at(1).fileName, QStringLiteral("3111-48840-001.sip.ld"));
    const QByteArray expected = polyApplication(size, 21, 0);
    QCOMPARE(applications.at(1).sha256,
             QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(repo.read(applications.at(1).id, 0, size).value(), expected);
    QCOMPARE(rows(QStringLiteral("firmware_chunks")), 2 * 3);
}

void TestFirmware::damagedPackageIsRefused()
{
    // One byte of the first application's data changed: its CRC-32 no longer matches.
    QByteArray bytes = polyPackage(5000, 5);
    const qsizetype at = bytes.indexOf("3111-48840-001.sip.ld") + 21 + 100;
    bytes[at] = char(bytes.at(at) ^ 0x55);
    auto damaged = add(file(QStringLiteral("UCS_6.4.3.zip"), bytes), {QStringLiteral("poly-vvx-450")});
    QVERIFY(!damaged);
    QVERIFY2(damaged.error().message.contains(QLatin1String("UCS_6.4.3.zip")) &&
                 damaged.error().message.contains(QLatin1String("3111-48840-001.sip.ld")) &&
                 damaged.error().message.contains(QLatin1String("CRC-32")),
             qPrintable(damaged.error().message));
    expectEmpty();
}

void TestFirmware::packageWithAnApplicationAlreadyKeptIsRefused()
{
    auto single = add(file(QStringLiteral("3111-48840-001.sip.ld"), polyApplication(4000, 9, 0)),
                      {QStringLiteral("poly-vvx-450")}, QStringLiteral("6.4.6"));
    QVERIFY2(single, single ? "" : qPrintable(single.error().fullText()));
    auto package =
        add(file(QStringLiteral("UCS_6.4.6.zip"), polyPackage(4000, 9)), {QStringLiteral("poly-vvx-450")});
    QVERIFY(!package);
    QCOMPARE(package.error().code, Error::Code::Duplicate);
    QVERIFY2(package.error().message.contains(QLatin1String("3111-48840-001.sip.ld (in UCS_6.4.6.zip)")),
             qPrintable(package.error().message));
    QCOMPARE(rows(QStringLiteral("firmware_images")), 1);
}

void TestFirmware::removingAPackageRemovesItsApplications()
{
    auto added =
        add(file(QStringLiteral("UCS_6.4.6.zip"), polyPackage(3000, 31)), {QStringLiteral("poly-vvx-450")});
    QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
    FirmwareRepository repo(*s);
    const auto applications = repo.applications(added->id).value();
    auto one = repo.remove(applications.first().id);
    QVERIFY(!one);
    QCOMPARE(one.error().code, Error::Code::InUse);
    QVERIFY2(one.error().message.contains(QLatin1String("remove the package instead")) &&
                 one.error().message.contains(QLatin1String("UCS_6.4.6.zip")),
             qPrintable(one.error().message));
    auto removed = repo.remove(added->id);
    QVERIFY2(removed, removed ? "" : qPrintable(removed.error().fullText()));
    expectEmpty();
}

void TestFirmware::addApplicationNeedsVersionAndModels()
{
    const QString path = file(QStringLiteral("3111-48840-001.sip.ld"), binaryImage(5000, 3));
    auto noVersion = add(path, {QStringLiteral("poly-vvx-450")});
    QVERIFY(!noVersion);
    QVERIFY2(noVersion.error().message.contains(QLatin1String("3111-48840-001.sip.ld")) &&
                 noVersion.error().message.contains(QLatin1String("version")),
             qPrintable(noVersion.error().message));
    auto noModels = add(path, {}, QStringLiteral("6.4.6.2156"));
    QVERIFY(!noModels);
    QVERIFY2(noModels.error().message.contains(QLatin1String("--models")),
             qPrintable(noModels.error().message));
    expectEmpty();
    auto added = add(path, {QStringLiteral("poly-vvx-450")}, QStringLiteral("6.4.6.2156"));
    QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
    QCOMPARE(added->kind, FirmwareKind::PolyApplication);
    QCOMPARE(added->models, QStringList {QStringLiteral("poly-vvx-450")});
    QCOMPARE(added->version, QStringLiteral("6.4.6.2156"));
}

void TestFirmware::duplicateContentIsRefusedNamingTheEntry()
{
    const QByteArray bytes = binaryImage(Chunk + 1, 11);
    auto first = add(file(YealinkName, bytes));
    QVERIFY2(first, first ? "" : qPrintable(first.error().fullText()));
    // The same bytes under another name are the same image.
    auto again = add(file(QStringLiteral("T46U-108.86.0.90.rom"), bytes));
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Duplicate);
    const QString message = again.error().message;
    QVERIFY2(message.contains(QLatin1String("T46U-108.86.0.90.rom")) &&
                 message.contains(QStringLiteral("#%1").arg(first->id)) && message.contains(YealinkName),
             qPrintable(message));
    QCOMPARE(rows(QStringLiteral("firmware_images")), 1);
    QCOMPARE(rows(QStringLiteral("firmware_chunks")), 2);
}

void TestFirmware::wrongVendorIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("vendor"); // empty: from the extension
    QTest::addColumn<QString>("expected"); // part of the message
    const QByteArray binary = binaryImage(4000, 5);
    QTest::newRow("zip without an application")
        << QStringLiteral("UCS 6.4.3.zip") << zipArchive({{QStringLiteral("readme.txt"), "hello"}})
        << QString() << QStringLiteral("no phone application");
    QTest::newRow("not a zip named .zip") << QStringLiteral("UC_Software_6_4_6.zip") << binary << QString()
                                          << QStringLiteral("not a zip archive");
    QTest::newRow("rom named as AudioCodes")
        << YealinkName << binary << QStringLiteral("audiocodes") << QStringLiteral("not AudioCodes firmware");
    QTest::newRow("img named as Yealink")
        << QStringLiteral("420HD_UC_3.4.8.M4.img") << binary << QStringLiteral("yealink")
        << QStringLiteral("not Yealink firmware");
    QTest::newRow("HTML page saved as rom")
        << YealinkName << QByteArray("\n<!DOCTYPE html><html><body>Login</body></html>") << QString()
        << QStringLiteral("HTML");
    QTest::newRow("PDF as img") << QStringLiteral("420HD_UC_3.4.8.M4.img")
                                << QByteArray("%PDF-1.7\n\x00\x01\x02", 13) << QString()
                                << QStringLiteral("PDF");
    QTest::newRow("text as sip.ld") << QStringLiteral("sip.ld") << QByteArray("APP_FILE_PATH=sip.ld\n")
                                    << QString() << QStringLiteral("text file");
    QTest::newRow("empty rom") << YealinkName << QByteArray() << QString() << QStringLiteral("empty");
    QTest::newRow("zip as rom") << YealinkName << zipArchive({{QStringLiteral("x.rom"), binary}}) << QString()
                                << QStringLiteral("unpack it");
    QTest::newRow("bootrom") << QStringLiteral("bootrom.ld") << binary << QString()
                             << QStringLiteral("not a Poly phone application");
    QTest::newRow("unknown extension")
        << QStringLiteral("firmware.bin") << binary << QString() << QStringLiteral("cannot tell");
}

void TestFirmware::wrongVendorIsRefused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, vendor);
    QFETCH(QString, expected);
    const auto v = vendor.isEmpty() ? std::nullopt : firmwareVendorFromKey(vendor);
    auto added = add(file(name, bytes), {QStringLiteral("poly-vvx-450")}, QStringLiteral("1.0"), v);
    QVERIFY(!added);
    const QString message = added.error().message;
    QVERIFY2(message.contains(name) && message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
    expectEmpty();
}

void TestFirmware::wrongModelIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("models");
    QTest::addColumn<QString>("expected");
    QTest::newRow("another Yealink model") << YealinkName << QStringList {QStringLiteral("yealink-t54w")}
                                           << QStringLiteral("does not fit the Yealink T54W");
    QTest::newRow("a Poly model") << YealinkName << QStringList {QStringLiteral("poly-vvx-450")}
                                  << QStringLiteral(
                                         "Poly VVX 450 is not a model of Yealink; this is Yealink firmware");
    QTest::newRow("unknown model") << YealinkName << QStringList {QStringLiteral("yealink-t99")}
                                   << QStringLiteral("no model or model family \"yealink-t99\"");
    QTest::newRow("models the catalog lacks") << QStringLiteral("T46S(T48S,T42S,T41S)-66.86.0.15.rom")
                                              << QStringList() << QStringLiteral("none of these models");
    QTest::newRow("AudioCodes of another model")
        << QStringLiteral("420HD_UC_3.4.8.M4.img") << QStringList {QStringLiteral("audiocodes-450hd")}
        << QStringLiteral("does not fit the AudioCodes 450HD");
}

void TestFirmware::wrongModelIsRefused()
{
    QFETCH(QString, name);
    QFETCH(QStringList, models);
    QFETCH(QString, expected);
    auto added = add(file(name, binaryImage(3000, 9)), models);
    QVERIFY(!added);
    const QString message = added.error().message;
    QVERIFY2(message.contains(name) && message.contains(expected), qPrintable(message));
    expectEmpty();
}

void TestFirmware::versionGivenMustAgreeWithTheName()
{
    const QString path = file(QStringLiteral("420HD_UC_3.4.8.M4.img"), binaryImage(3000, 13));
    auto wrong = add(path, {}, QStringLiteral("3.4.9"));
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().message.contains(QLatin1String("3.4.8.M4")), qPrintable(wrong.error().message));
    auto bad = add(file(QStringLiteral("420HD.img"), binaryImage(3000, 14)), {}, QStringLiteral("3.4 final"));
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(QLatin1String("3.4 final")), qPrintable(bad.error().message));
    expectEmpty();
    auto same = add(path, {}, QStringLiteral("3.4.8.M4"));
    QVERIFY2(same, same ? "" : qPrintable(same.error().fullText()));
    QCOMPARE(same->models, QStringList {QStringLiteral("audiocodes-420hd")});
    QCOMPARE(same->families, QStringList {QStringLiteral("audiocodes-hd")});
    auto named =
        add(file(QStringLiteral("420HD.img"), binaryImage(3000, 15)), {}, QStringLiteral("3.4.8.216"));
    QVERIFY2(named, named ? "" : qPrintable(named.error().fullText()));
    QCOMPARE(named->version, QStringLiteral("3.4.8.216"));
}

void TestFirmware::rangeReadsAcrossChunkBoundaries()
{
    const QByteArray bytes = binaryImage(3 * Chunk + 777, 21);
    auto added = add(file(YealinkName, bytes));
    QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
    FirmwareRepository repo(*s);
    const Id id = added->id;
    const qint64 size = bytes.size();
    QCOMPARE(repo.read(id, 0, 1).value(), bytes.left(1)); // first byte
    QCOMPARE(repo.read(id, size - 1, 1).value(), bytes.right(1)); // last byte
    QCOMPARE(repo.read(id, Chunk - 1, 1).value(), bytes.mid(Chunk - 1, 1)); // last byte of chunk 0
    QCOMPARE(repo.read(id, Chunk, 1).value(), bytes.mid(Chunk, 1)); // first byte of chunk 1
    QCOMPARE(repo.read(id, Chunk - 10, 20).value(), bytes.mid(Chunk - 10, 20)); // spans chunks 0 and 1
    QCOMPARE(repo.read(id, Chunk / 2, 2 * Chunk).value(), bytes.mid(Chunk / 2, 2 * Chunk)); // three chunks
    QCOMPARE(repo.read(id, 3 * Chunk + 700, 1000).value(), bytes.mid(3 * Chunk + 700)); // clipped at the end
    QCOMPARE(repo.read(id, 0, size).value(), bytes);
    QCOMPARE(repo.read(id, 5, 0).value(), QByteArray());
    auto past = repo.read(id, size, 1);
    QVERIFY(!past);
    QCOMPARE(past.error().code, Error::Code::Validation);
    auto missing = repo.read(id + 100, 0, 1);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void TestFirmware::rangeReadDeliversAChunkAtATime()
{
    const QByteArray bytes = binaryImage(2 * Chunk + 5, 22);
    auto added = add(file(YealinkName, bytes));
    QVERIFY(added);
    QList<qsizetype> pieces;
    QByteArray joined;
    auto r = FirmwareRepository(*s).readRange(added->id, 100, bytes.size(), [&](const QByteArray &piece) {
        pieces.append(piece.size());
        joined += piece;
        return true;
    });
    QVERIFY(r);
    QCOMPARE(pieces, (QList<qsizetype> {Chunk - 100, Chunk, 5}));
    QCOMPARE(joined, bytes.mid(100));
    // The sink can stop the read (a client that went away).
    int calls = 0;
    QVERIFY(FirmwareRepository(*s).readRange(added->id, 0, bytes.size(), [&](const QByteArray &) {
        ++calls;
        return false;
    }));
    QCOMPARE(calls, 1);
}

void TestFirmware::interruptedAddLeavesNoRows()
{
    const QByteArray bytes = binaryImage(3 * Chunk, 31);
    const QString path = file(YealinkName, bytes);
    qint64 lastDone = 0;
    qint64 total = 0;
    // Cancelled once two chunks are stored (the second pass: done past the size).
    auto cancelled = FirmwareRepository(*s).add({path, std::nullopt, {}, {}}, [&](qint64 done, qint64 all) {
        lastDone = done;
        total = all;
        return done < bytes.size() + 2 * Chunk;
    });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    QCOMPARE(total, 2 * bytes.size());
    QCOMPARE(lastDone, bytes.size() + 2 * Chunk);
    expectEmpty();
    // Nothing half-kept: the same file is added afterwards, not refused as a duplicate.
    auto added = add(path);
    QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
    QCOMPARE(rows(QStringLiteral("firmware_chunks")), 3);
}

void TestFirmware::fileChangedWhileAddingLeavesNoRows()
{
    const QByteArray bytes = binaryImage(2 * Chunk + 10, 41);
    const QString path = file(YealinkName, bytes);
    bool changed = false;
    auto added = FirmwareRepository(*s).add({path, std::nullopt, {}, {}}, [&](qint64 done, qint64) {
        // Once the first chunk is stored, something overwrites the file's tail.
        if (!changed && done > bytes.size()) {
            QFile f(path);
            if (f.open(QIODevice::ReadWrite) && f.seek(bytes.size() - 5))
                f.write("XXXXX");
            changed = true;
        }
        return true;
    });
    QVERIFY(changed);
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(QLatin1String("changed while")),
             qPrintable(added.error().message));
    expectEmpty();
}

void TestFirmware::removeInUseIsRefusedNamingProfiles()
{
    auto added = add(file(YealinkName, binaryImage(Chunk + 3, 51)));
    QVERIFY(added);
    auto &profiles = s->baseSettings();
    const QVariantMap wants {{QStringLiteral("provisioning.firmwareVersion"), QStringLiteral("108.86.0.90")}};
    auto lobby =
        profiles.create({0, QStringLiteral("Lobby T46U"), QStringLiteral("yealink-t46u"), {}, wants, 1});
    QVERIFY2(lobby, lobby ? "" : qPrintable(lobby.error().fullText()));
    // The same version on a model the image is not for does not use it.
    QVERIFY(profiles.create({0, QStringLiteral("Desk T54W"), QStringLiteral("yealink-t54w"), {}, wants, 1}));
    QVERIFY(profiles.create({0, QStringLiteral("Desk T48U"), QStringLiteral("yealink-t48u"), {}, {}, 1}));

    FirmwareRepository repo(*s);
    auto uses = repo.usedBy(*added);
    QVERIFY(uses);
    QCOMPARE(uses->size(), 1);
    QCOMPARE(uses->first().baseSettingsName, QStringLiteral("Lobby T46U"));
    auto refused = repo.remove(added->id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InUse);
    QVERIFY2(refused.error().message.contains(QLatin1String("\"Lobby T46U\"")) &&
                 !refused.error().message.contains(QLatin1String("Desk T54W")),
             qPrintable(refused.error().message));
    QCOMPARE(rows(QStringLiteral("firmware_images")), 1);
    QCOMPARE(rows(QStringLiteral("firmware_chunks")), 2);

    BaseSettings changed = *profiles.get(lobby->id);
    changed.values.insert(QStringLiteral("provisioning.firmwareVersion"), QStringLiteral("108.86.0.118"));
    QVERIFY(profiles.update(changed));
    auto removed = repo.remove(added->id);
    QVERIFY2(removed, removed ? "" : qPrintable(removed.error().fullText()));
    expectEmpty();
}

void TestFirmware::removeUnused()
{
    auto a = add(file(YealinkName, binaryImage(Chunk + 3, 61)));
    auto b = add(file(QStringLiteral("420HD_UC_3.4.8.M4.img"), binaryImage(2 * Chunk, 62)));
    QVERIFY(a && b);
    FirmwareRepository repo(*s);
    QVERIFY(repo.remove(a->id));
    QCOMPARE(repo.find(a->id).value(), std::nullopt);
    QCOMPARE(rows(QStringLiteral("firmware_chunks")), 2); // b's
    QVERIFY(!repo.read(a->id, 0, 1));
    QCOMPARE(repo.read(b->id, 0, 4).value(), binaryImage(2 * Chunk, 62).left(4));
    auto again = repo.remove(a->id);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::NotFound);
}

void TestFirmware::phonesRunningEachImage()
{
    auto yealink = add(file(YealinkName, binaryImage(2000, 71)));
    auto poly = add(file(QStringLiteral("UC_Software_6_4_6_release_sig_split.zip"), polyPackage(3000, 72)),
                    {QStringLiteral("poly-vvx-450")});
    QVERIFY2(yealink, yealink ? "" : qPrintable(yealink.error().fullText()));
    QVERIFY2(poly, poly ? "" : qPrintable(poly.error().fullText()));
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    const Site berlin = *s->sites().create(site);
    const BaseSettings t46u =
        *s->baseSettings().create({0, QStringLiteral("T46U"), QStringLiteral("yealink-t46u"), {}, {}, 1});
    const BaseSettings t54w =
        *s->baseSettings().create({0, QStringLiteral("T54W"), QStringLiteral("yealink-t54w"), {}, {}, 1});
    const BaseSettings vvx =
        *s->baseSettings().create({0, QStringLiteral("VVX 450"), QStringLiteral("poly-vvx-450"), {}, {}, 1});
    int n = 0;
    auto phone = [&](const BaseSettings &profile, const QString &firmware) {
        Phone p;
        p.name = QStringLiteral("Desk %1").arg(++n);
        p.category = PhoneCategory::Managed;
        p.baseSettingsId = profile.id;
        p.siteId = berlin.id;
        p.hardwareId = QStringLiteral("0004f20000%1").arg(n, 2, 10, QLatin1Char('0'));
        const Phone created = *s->phones().create(p);
        if (!firmware.isEmpty())
            QVERIFY(s->status().recordFetch(created.id,
                                            {QDateTime::currentDateTimeUtc(), QStringLiteral("192.0.2.5"),
                                             QStringLiteral("ua"), firmware, QStringLiteral("h")}));
    };
    phone(t46u, QStringLiteral("108.86.0.90"));
    phone(t46u, QStringLiteral("108.86.0.90"));
    phone(t46u, QStringLiteral("108.86.0.75")); // another version
    phone(t46u, {}); // never fetched
    phone(t54w, QStringLiteral("108.86.0.90")); // a model the image is not for
    phone(vvx, QStringLiteral("6.4.6.2156")); // the package's version with the build number
    phone(vvx, QStringLiteral("6.4.60.1")); // not 6.4.6
    FirmwareRepository repo(*s);
    auto counts = repo.phonesRunning(*repo.list());
    QVERIFY2(counts, counts ? "" : qPrintable(counts.error().fullText()));
    QCOMPARE(counts->value(yealink->id), 2);
    QCOMPARE(counts->value(poly->id), 1);
}

void TestFirmware::onlyAdministratorsChangeTheLibrary()
{
    const QString path = file(YealinkName, binaryImage(2000, 81));
    auto added = add(path);
    QVERIFY(added);
    s->setActor(QStringLiteral("editor"), Role::Editor);
    auto refused = add(file(QStringLiteral("420HD_UC_3.4.8.M4.img"), binaryImage(2000, 82)));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Permission);
    auto notRemoved = FirmwareRepository(*s).remove(added->id);
    QVERIFY(!notRemoved);
    QCOMPARE(notRemoved.error().code, Error::Code::Permission);
    // Everyone reads what is in the library.
    QCOMPARE(FirmwareRepository(*s).list()->size(), 1);
}

// PostgreSQL team mode: what the grants let each role do with the library.
void TestFirmware::teamGrants()
{
    if (m_backend != Backend::Postgres)
        QSKIP("team mode is PostgreSQL only");
    auto setup = s->team().setup();
    QVERIFY2(setup, setup ? "" : qPrintable(setup.error().fullText()));
    QString error;
    const QString admin = teamLogin(m_db, QStringLiteral("admin"));
    const QString viewer = teamLogin(m_db, QStringLiteral("viewer"));
    const QString server = teamLogin(m_db, QStringLiteral("server"));
    QVERIFY2(addTeamMember(*s, admin, TeamRole::Administrator, Password, &error), qPrintable(error));
    QVERIFY2(addTeamMember(*s, viewer, TeamRole::Viewer, Password, &error), qPrintable(error));
    QVERIFY2(addTeamMember(*s, server, TeamRole::Server, Password, &error), qPrintable(error));
    auto open = [&](const QString &login) {
        auto st = Storage::open(asLogin(m_db.spec, login, Password));
        if (!st)
            qFatal("%s", qPrintable(st.error().fullText()));
        return std::move(*st);
    };
    const QByteArray bytes = binaryImage(Chunk + 99, 91);
    auto asAdmin = open(admin);
    auto added = FirmwareRepository(*asAdmin).add({file(YealinkName, bytes), std::nullopt, {}, {}});
    QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
    QCOMPARE(added->addedBy, admin); // from the database's default, not the client
    QCOMPARE(FirmwareRepository(*asAdmin).read(added->id, Chunk - 1, 2).value(), bytes.mid(Chunk - 1, 2));

    auto asViewer = open(viewer);
    auto seen = FirmwareRepository(*asViewer).list();
    QVERIFY2(seen, seen ? "" : qPrintable(seen.error().fullText()));
    QCOMPARE(seen->size(), 1);
    QVERIFY(FirmwareRepository(*asViewer).phonesRunning(*seen));
    auto viewerRead = FirmwareRepository(*asViewer).read(added->id, 0, 10);
    QVERIFY(!viewerRead);
    QCOMPARE(viewerRead.error().code, Error::Code::Permission);
    // The database refuses a viewer's write even past the client's own check.
    QSqlQuery q(asViewer->database());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM firmware_images")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO firmware_chunks (image_id, seq, data) VALUES (%1, 5, 'x')")
                        .arg(added->id)));

    auto asServer = open(server);
    QCOMPARE(FirmwareRepository(*asServer).read(added->id, 0, bytes.size()).value(), bytes);
    QSqlQuery sq(asServer->database());
    QVERIFY(!sq.exec(QStringLiteral("DELETE FROM firmware_chunks")));
    QVERIFY(!sq.exec(QStringLiteral("UPDATE firmware_images SET version = 'x'")));

    QVERIFY(FirmwareRepository(*asAdmin).remove(added->id));
    expectEmpty();
}

QTEST_GUILESS_MAIN(TestFirmware)
#include "tst_firmware.moc"
