// phonedesk-cli firmware add|list|remove end to end, as processes on SQLite and PostgreSQL: what it
// prints, the exit codes scripts rely on, and that the bytes it stored are the file's.

#include "basesettingsrepository.h"
#include "firmwarefiles.h"
#include "firmwarerepository.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "statusrepository.h"
#include "storage.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString YealinkName = QStringLiteral("T46U(T43U,T46U,T41U,T48U,T42U,T44U,T44W)-108.86.0.90.rom");

} // namespace

class TestCliFirmware final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addListRemove();
    void refusalsAndExitCodes();
    void removeInUseNamesTheProfile();
    void helpForEachCommand();

private:
    Run cli(const QStringList &args);
    qint64 rows(const QString &table);

    Backend m_backend = Backend::Sqlite;
    TestDatabase m_db;
    QString m_url;
    QTemporaryDir m_files;
};

void TestCliFirmware::initTestCase()
{
    const QString backend = qEnvironmentVariable("PHONEDESK_TEST_BACKEND", QStringLiteral("sqlite"));
    m_backend = backend == QLatin1String("postgres") ? Backend::Postgres : Backend::Sqlite;
    if (m_backend == Backend::Postgres && !postgresAvailable()) {
        if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
            QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test cluster is configured "
                  "(PHONEDESK_TEST_PG_PORT)");
        QSKIP("No PostgreSQL test cluster (set PHONEDESK_TEST_PG_PORT; scripts/test starts one)");
    }
    QVERIFY(QFile::exists(QStringLiteral(PHONEDESK_CLI_PATH)));
    QVERIFY(m_files.isValid());
}

void TestCliFirmware::init()
{
    QString error;
    m_db = createDatabase(m_backend, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    const ConnectionSpec &spec = m_db.spec;
    m_url = spec.kind == ConnectionSpec::Kind::Sqlite ? QStringLiteral("sqlite:") + spec.sqlitePath
                                                      : QStringLiteral("postgresql://%1@%2:%3/%4")
                                                            .arg(spec.user, spec.host)
                                                            .arg(spec.port)
                                                            .arg(spec.database);
}

void TestCliFirmware::cleanup()
{
    m_db = TestDatabase();
}

Run TestCliFirmware::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PHONEDESK_CLI_PATH), QStringList {QStringLiteral("--database"), m_url} + args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

qint64 TestCliFirmware::rows(const QString &table)
{
    QSqlQuery q(m_db.storage->database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestCliFirmware::addListRemove()
{
    const QByteArray rom = binaryImage(FirmwareRepository::ChunkSize + 500, 1);
    const QString romPath = writeFile(m_files.path(), YealinkName, rom);
    Run added = cli({QStringLiteral("firmware"), QStringLiteral("add"), romPath});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY2(added.out.contains(QLatin1String("108.86.0.90")) && added.out.contains(QLatin1String("T46U")),
             qPrintable(added.out));
    const QString package = writeFile(
        m_files.path(), QStringLiteral("UC_Software_6_4_6_release_sig_split.zip"), polyPackage(3000, 2));
    Run poly = cli({QStringLiteral("firmware"), QStringLiteral("add"), package, QStringLiteral("--vendor"),
                    QStringLiteral("poly"), QStringLiteral("--models"),
                    QStringLiteral("poly-vvx-450,poly-vvx-350")});
    QVERIFY2(poly.exitCode == 0, qPrintable(poly.err));
    QVERIFY2(poly.out.contains(QLatin1String("Its phone applications, each phone asks for its own: "
                                             "3111-48830-001.sip.ld, 3111-48840-001.sip.ld.")),
             qPrintable(poly.out));

    // A phone on the Yealink image's version.
    Storage &s = *m_db.storage;
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    const Site berlin = *s.sites().create(site);
    const BaseSettings t46u =
        *s.baseSettings().create({0, QStringLiteral("T46U"), QStringLiteral("yealink-t46u"), {}, {}, 1});
    Phone p;
    p.name = QStringLiteral("Desk 1");
    p.category = PhoneCategory::Managed;
    p.baseSettingsId = t46u.id;
    p.siteId = berlin.id;
    p.hardwareId = QStringLiteral("805ec0000001");
    const Phone phone = *s.phones().create(p);
    QVERIFY(s.status().recordFetch(phone.id,
                                   {QDateTime::currentDateTimeUtc(), QStringLiteral("192.0.2.7"),
                                    QStringLiteral("Yealink SIP-T46U 108.86.0.90 80:5e:c0:00:00:01"),
                                    QStringLiteral("108.86.0.90"), QStringLiteral("h")}));

    Run json = cli({QStringLiteral("firmware"), QStringLiteral("list"), QStringLiteral("--format"),
                    QStringLiteral("json")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonArray images = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(images.size(), 2);
    QJsonObject yealink;
    QJsonObject polyImage;
    for (const QJsonValue &v : images)
        (v[QStringLiteral("vendor")].toString() == QLatin1String("yealink") ? yealink : polyImage) =
            v.toObject();
    QCOMPARE(yealink[QStringLiteral("version")].toString(), QStringLiteral("108.86.0.90"));
    QCOMPARE(yealink[QStringLiteral("phones")].toInt(), 1);
    QCOMPARE(yealink[QStringLiteral("size")].toInteger(), rom.size());
    QCOMPARE(yealink[QStringLiteral("sha256")].toString(),
             QString::fromLatin1(QCryptographicHash::hash(rom, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(yealink[QStringLiteral("models")].toArray().size(), 3);
    QCOMPARE(polyImage[QStringLiteral("version")].toString(), QStringLiteral("6.4.6"));
    QCOMPARE(polyImage[QStringLiteral("phones")].toInt(), 0);
    QCOMPARE(polyImage[QStringLiteral("models")].toArray(),
             (QJsonArray {QStringLiteral("poly-vvx-350"), QStringLiteral("poly-vvx-450")}));
    const QJsonArray applications = polyImage[QStringLiteral("applications")].toArray();
    QCOMPARE(applications.size(), 2);
    QCOMPARE(applications.at(1)[QStringLiteral("fileName")].toString(),
             QStringLiteral("3111-48840-001.sip.ld"));
    QCOMPARE(applications.at(1)[QStringLiteral("size")].toInteger(), 3000);
    // What the CLI stored is the file, byte for byte.
    const Id romId = yealink[QStringLiteral("id")].toInteger();
    QCOMPARE(FirmwareRepository(s).read(romId, 0, rom.size()).value(), rom);

    Run table = cli({QStringLiteral("firmware"), QStringLiteral("list")});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).contains(QLatin1String("Phones on it")), qPrintable(table.out));
    const QString romLine = lines.at(1).contains(QLatin1String("Yealink")) ? lines.at(1) : lines.at(2);
    QVERIFY2(romLine.contains(QLatin1String("T43U, T46U, T48U")) && romLine.contains(YealinkName),
             qPrintable(romLine));
    const QString polyLine = lines.at(1).contains(QLatin1String("Yealink")) ? lines.at(2) : lines.at(1);
    QVERIFY2(polyLine.contains(QLatin1String("UC_Software_6_4_6_release_sig_split.zip (2 applications)")),
             qPrintable(polyLine));

    Run removed = cli({QStringLiteral("firmware"), QStringLiteral("remove"), QString::number(romId)});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QCOMPARE(FirmwareRepository(s).list()->size(), 1);
    QCOMPARE(rows(QStringLiteral("firmware_chunks")), 2); // the package's two applications
}

void TestCliFirmware::refusalsAndExitCodes()
{
    const QByteArray rom = binaryImage(4000, 3);
    const QString romPath = writeFile(m_files.path(), YealinkName, rom);
    QCOMPARE(cli({QStringLiteral("firmware"), QStringLiteral("add"), romPath}).exitCode, 0);

    Run duplicate = cli({QStringLiteral("firmware"), QStringLiteral("add"),
                         writeFile(m_files.path(), QStringLiteral("T46U-108.86.0.90.rom"), rom)});
    QCOMPARE(duplicate.exitCode, 1);
    QVERIFY2(duplicate.err.contains(QLatin1String("already in the firmware library as #")) &&
                 duplicate.err.contains(YealinkName),
             qPrintable(duplicate.err));

    Run wrongModel = cli(
        {QStringLiteral("firmware"), QStringLiteral("add"),
         writeFile(m_files.path(), QStringLiteral("T54W(T57W,T53W)-96.86.0.45.rom"), binaryImage(4000, 4)),
         QStringLiteral("--models"), QStringLiteral("yealink-t46u")});
    QCOMPARE(wrongModel.exitCode, 1);
    QVERIFY2(wrongModel.err.contains(QLatin1String("does not fit the Yealink T46U")),
             qPrintable(wrongModel.err));

    Run html = cli({QStringLiteral("firmware"), QStringLiteral("add"),
                    writeFile(m_files.path(), QStringLiteral("420HD_UC_3.4.8.M4.img"),
                              "<html><body>404</body></html>")});
    QCOMPARE(html.exitCode, 1);
    QVERIFY2(html.err.contains(QLatin1String("420HD_UC_3.4.8.M4.img")) &&
                 html.err.contains(QLatin1String("HTML")),
             qPrintable(html.err));

    Run vendor = cli({QStringLiteral("firmware"), QStringLiteral("add"), romPath, QStringLiteral("--vendor"),
                      QStringLiteral("cisco")});
    QCOMPARE(vendor.exitCode, 2);
    QVERIFY2(vendor.err.contains(QLatin1String("cisco")), qPrintable(vendor.err));
    Run missing = cli(
        {QStringLiteral("firmware"), QStringLiteral("add"), m_files.filePath(QStringLiteral("nope.rom"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QLatin1String("nope.rom")), qPrintable(missing.err));
    Run noFile = cli({QStringLiteral("firmware"), QStringLiteral("add")});
    QCOMPARE(noFile.exitCode, 2);
    Run badId = cli({QStringLiteral("firmware"), QStringLiteral("remove"), QStringLiteral("x")});
    QCOMPARE(badId.exitCode, 2);
    Run unknownId = cli({QStringLiteral("firmware"), QStringLiteral("remove"), QStringLiteral("999")});
    QCOMPARE(unknownId.exitCode, 2);
    QVERIFY2(unknownId.err.contains(QLatin1String("#999")), qPrintable(unknownId.err));
    Run format = cli({QStringLiteral("firmware"), QStringLiteral("list"), QStringLiteral("--format"),
                      QStringLiteral("xml")});
    QCOMPARE(format.exitCode, 2);

    QCOMPARE(rows(QStringLiteral("firmware_images")), 1);
    QCOMPARE(rows(QStringLiteral("firmware_chunks")), 1);
}

void TestCliFirmware::removeInUseNamesTheProfile()
{
    const QString romPath = writeFile(m_files.path(), YealinkName, binaryImage(4000, 5));
    QCOMPARE(cli({QStringLiteral("firmware"), QStringLiteral("add"), romPath}).exitCode, 0);
    const Id id = FirmwareRepository(*m_db.storage).list()->first().id;
    QVERIFY(m_db.storage->baseSettings().create(
        {0,
         QStringLiteral("Reception"),
         QStringLiteral("yealink-t48u"),
         {},
         {{QStringLiteral("provisioning.firmwareVersion"), QStringLiteral("108.86.0.90")}},
         1}));
    Run refused = cli({QStringLiteral("firmware"), QStringLiteral("remove"), QString::number(id)});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("\"Reception\"")), qPrintable(refused.err));
    QCOMPARE(rows(QStringLiteral("firmware_images")), 1);
}

void TestCliFirmware::helpForEachCommand()
{
    for (const char *command : {"add", "list", "remove"}) {
        Run help = cli({QStringLiteral("firmware"), QLatin1String(command), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("firmware ") + QLatin1String(command)),
                 qPrintable(help.out));
    }
    Run help = cli({QStringLiteral("firmware"), QStringLiteral("add"), QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QLatin1String("--models")) && help.out.contains(QLatin1String("--version")) &&
                 help.out.contains(QLatin1String("--vendor")),
             qPrintable(help.out));
}

QTEST_GUILESS_MAIN(TestCliFirmware)
#include "tst_clifirmware.moc"
