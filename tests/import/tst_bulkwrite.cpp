// PhoneRepository::saveMany's bulk writes on a real database (SQLite, or PostgreSQL with
// PHONEDESK_TEST_BACKEND=postgres). On SQLite a batch goes over PhoneDesk's own sqlite3
// connection: it must write exactly the rows, audit entries and change events of the Qt Sql
// path, roll everything back on a refused row while naming it, and leave nothing on cancel.

#include "basesettingsrepository.h"
#include "changefeed.h"
#include "phoneimport.h"
#include "phonerepository.h"
#include "settingsschema.h"
#include "siterepository.h"
#include "sqlitedatabase.h"
#include "storage.h"
#include "testsupport.h"
#include "userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {

struct Fixture
{
    Site berlin;
    Site munich;
    BaseSettings vvx450;
    BaseSettings generic;
    BaseSettings webrtc;
    BaseSettings remote;
    User anna;
};

// The same records, with the same ids, in every database it is run on.
Fixture seed(Storage &s)
{
    Fixture f;
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    f.berlin = s.sites().create(site).value();
    site.name = QStringLiteral("München");
    site.mediaModel = MediaModel::Premises;
    f.munich = s.sites().create(site).value();
    f.vvx450 = s.baseSettings()
                   .create({0, QStringLiteral("VVX 450"), QStringLiteral("poly-vvx-450"), {}, {}, 1})
                   .value();
    f.generic = s.baseSettings()
                    .create({0, QStringLiteral("Generic"), QStringLiteral("generic-sip"), {}, {}, 1})
                    .value();
    f.webrtc =
        s.baseSettings().create({0, QStringLiteral("WebRTC"), QStringLiteral("webrtc"), {}, {}, 1}).value();
    f.remote =
        s.baseSettings().create({0, QStringLiteral("Remote"), QStringLiteral("remote"), {}, {}, 1}).value();
    f.anna = s.users().create({0, QStringLiteral("Anna"), QStringLiteral("anna@example.com"), {}, 1}).value();
    return f;
}

QString mac(int n)
{
    return QStringLiteral("0004f2%1").arg(n, 6, 16, QLatin1Char('0'));
}

Phone managed(const Fixture &f, int n)
{
    Phone p;
    p.name = QStringLiteral("Desk %1").arg(n);
    p.baseSettingsId = f.vvx450.id;
    p.siteId = f.berlin.id;
    p.hardwareId = mac(n);
    return p;
}

// Every category and the awkward text JSON and UTF-8 must carry: quotes, backslashes, control
// characters where they are allowed, non-Latin scripts and characters outside the BMP.
QList<Phone> awkwardBatch(const Fixture &f, int count)
{
    QList<Phone> phones;
    for (int i = 0; i < count; ++i) {
        Phone p = managed(f, i);
        switch (i % 4) {
        case 0:
            p.name = QStringLiteral("Empfang \"%1\" \\ Zoë 東京 \U0001F4DE").arg(i);
            p.description = QStringLiteral("Two\nlines,\ttab \"quoted\" %1").arg(i);
            p.userId = i % 8 == 0 ? f.anna.id : 0;
            p.networkAddress = QStringLiteral("10.0.%1.%2:5060").arg(i / 250).arg(i % 250);
            p.serialNumber = QStringLiteral("8012-%1/A.b_c").arg(i, 12, 10, QLatin1Char('0'));
            p.lineKeys = {
                {1, LineKeyType::Line, QStringLiteral("Main \"line\""), {}},
                {2, LineKeyType::Blf, QStringLiteral("Ben \\ Smith \U0001F600"), QStringLiteral("1002")},
                {3, LineKeyType::SpeedDial, QStringLiteral("Helpdesk/東京"), QStringLiteral("+4930123456")},
                {5, LineKeyType::Unassigned, {}, {}}};
            p.overrides = {{QStringLiteral("media.dscpRtp"), 40},
                           {QStringLiteral("general.dynamicReload"), false},
                           {QStringLiteral("codecs.preferred"),
                            QStringList {QStringLiteral("audio/G722"), QStringLiteral("audio/PCMU")}},
                           {QStringLiteral("e911.heldEnabled"), true},
                           {QStringLiteral("e911.lisUrl"),
                            QStringLiteral("https://lis.example.com/held?site=berlin&x=1")},
                           {QStringLiteral("advanced.rawParameters"),
                            QStringLiteral("feature.x=1\n# note \"quoted\"\nvoice.y=\\2")}};
            break;
        case 1:
            p.name = QStringLiteral("Küche %1").arg(i);
            p.category = PhoneCategory::Unmanaged;
            p.baseSettingsId = f.generic.id;
            p.siteId = f.munich.id;
            break;
        case 2:
            p.name = QStringLiteral("Softphone %1").arg(i);
            p.category = PhoneCategory::WebRtc;
            p.baseSettingsId = f.webrtc.id;
            p.userId = f.anna.id;
            p.hardwareId = QStringLiteral("soft-%1.example.com").arg(i);
            break;
        default:
            p.name = QStringLiteral("Home office %1").arg(i);
            p.category = PhoneCategory::Remote;
            p.baseSettingsId = f.remote.id;
            p.hardwareId.clear();
            p.remoteAddress = i % 8 == 3 ? QStringLiteral("sip:bob%1@example.com;transport=tls").arg(i)
                                         : QStringLiteral("+493012345%1").arg(i);
            break;
        }
        phones.append(p);
    }
    return phones;
}

// Every row of a query as text, for comparing two databases.
QStringList rowsOf(Storage &s, const QString &sql)
{
    QStringList rows;
    QSqlQuery q(s.database());
    if (!q.exec(sql))
        return {QStringLiteral("query failed: ") + q.lastError().text()};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values.append(q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        rows.append(values.join(u'|'));
    }
    return rows;
}

const QString PhoneRowsSql = QStringLiteral(
    "SELECT id, name, category, base_settings_id, site_id, hardware_id, user_id, remote_address, "
    "network_address, serial_number, description, overrides_json, line_keys_json, version, "
    "length(device_secret) FROM phones ORDER BY id");
const QString AuditRowsSql = QStringLiteral(
    "SELECT actor, action, entity_type, entity_id, entity_name, details FROM audit ORDER BY id");

// What QJsonDocument writes for these values: what both paths stored before they wrote JSON themselves.
QString qtLineKeysJson(const QList<LineKey> &keys)
{
    if (keys.isEmpty())
        return QStringLiteral("[]");
    QJsonArray array;
    for (const LineKey &k : keys) {
        QJsonObject o;
        o.insert(QStringLiteral("i"), k.index);
        o.insert(QStringLiteral("t"), toKey(k.type));
        if (!k.label.isEmpty())
            o.insert(QStringLiteral("l"), k.label);
        if (!k.value.isEmpty())
            o.insert(QStringLiteral("v"), k.value);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString qtOverridesJson(const QVariantMap &overrides)
{
    if (overrides.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(overrides)).toJson(QJsonDocument::Compact));
}

int countOf(Storage &s, const char *table)
{
    QSqlQuery q(s.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestBulkWrite final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void nativeWritesAreAvailable();
    void bothPathsWriteTheSameRows_data();
    void bothPathsWriteTheSameRows();
    void jsonIsWhatQJsonDocumentWrites();
    void deviceSecretsAreWellFormedAndDistinct();
    void refusedRowIsNamedAndNothingIsKept();
    void siteDeletedAfterPrepareIsRefusedByTheDatabase();
    void staleUpdateIsAConflict();
    void cancelHalfwayKeepsNothing();
    void rowsAddedByATriggerAreNotTakenForTheBatch();
    void changeEventsAfterTheCommit();
    void importSummaryInTheSameTransaction();
    void blocksAreOneTransaction_data();
    void blocksAreOneTransaction();

private:
    bool sqlite() const { return m_backend == Backend::Sqlite; }
    // Who the audit log names: setActor's name on SQLite, the login on PostgreSQL.
    QString actorName() const { return sqlite() ? QStringLiteral("tester") : m_db.spec.user; }

    Backend m_backend = Backend::Sqlite;
    TestDatabase m_db;
    Storage *s = nullptr;
    Fixture f;
};

void TestBulkWrite::initTestCase()
{
    qRegisterMetaType<ChangeEvent>();
    const QString backend = qEnvironmentVariable("PHONEDESK_TEST_BACKEND", QStringLiteral("sqlite"));
    m_backend = backend == QLatin1String("postgres") ? Backend::Postgres : Backend::Sqlite;
    if (m_backend == Backend::Postgres && !postgresAvailable()) {
        if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
            QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test cluster is configured "
                  "(PHONEDESK_TEST_PG_PORT)");
        QSKIP("No PostgreSQL test cluster (set PHONEDESK_TEST_PG_PORT; scripts/test starts one)");
    }
}

void TestBulkWrite::init()
{
    QString error;
    m_db = createDatabase(m_backend, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    s = m_db.storage.get();
    s->setActor(QStringLiteral("tester"), Role::Administrator);
    f = seed(*s);
}

void TestBulkWrite::cleanup()
{
    s = nullptr;
    m_db = TestDatabase();
}

void TestBulkWrite::nativeWritesAreAvailable()
{
    // Set by tests/import/CMakeLists.txt where the build found the sqlite3 library and Qt's
    // driver uses the system's SQLite (Linux distributions): there the fast path must be taken.
    if (!qEnvironmentVariableIntValue("PHONEDESK_EXPECT_NATIVE_SQLITE"))
        QSKIP("This build is not expected to write batches through the sqlite3 library");
    QVERIFY(SqliteDatabase::available());
    if (sqlite())
        QVERIFY(!SqliteDatabase::mainFile(s->database()).isEmpty());
}

void TestBulkWrite::bothPathsWriteTheSameRows_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("small batch: change event with ids") << 40;
    QTest::newRow("large batch: several progress reports, reset event") << 2600;
}

void TestBulkWrite::bothPathsWriteTheSameRows()
{
    if (!sqlite())
        QSKIP("The sqlite3 path is for SQLite only");
    if (!SqliteDatabase::available())
        QSKIP("No sqlite3 path in this build");
    QFETCH(int, count);
    QString error;
    TestDatabase other = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(other.storage, qPrintable(error));
    other.storage->setActor(QStringLiteral("tester"), Role::Administrator);
    const Fixture f2 = seed(*other.storage);
    QCOMPARE(f2.anna.id, f.anna.id);

    const QList<Phone> batch = awkwardBatch(f, count);
    QList<qsizetype> reports[2];
    SaveOptions qtOnly;
    qtOnly.nativeSqlite = false;
    auto native =
        s->phones().saveMany(batch, {}, QStringLiteral("phone.import"),
                             [&](qsizetype done, qsizetype) { return reports[0].append(done), true; });
    QVERIFY2(native, native ? "" : qPrintable(native.error().fullText()));
    auto qt = other.storage->phones().saveMany(
        batch, {}, QStringLiteral("phone.import"),
        [&](qsizetype done, qsizetype) { return reports[1].append(done), true; }, qtOnly);
    QVERIFY2(qt, qt ? "" : qPrintable(qt.error().fullText()));
    QCOMPARE(*native, *qt);
    QCOMPARE(native->size(), count);
    QCOMPARE(reports[0].constLast(), count);
    QCOMPARE(reports[1].constLast(), count);

    const QStringList phones = rowsOf(*s, PhoneRowsSql);
    QCOMPARE(phones.size(), count);
    QCOMPARE(phones, rowsOf(*other.storage, PhoneRowsSql));
    QCOMPARE(rowsOf(*s, AuditRowsSql), rowsOf(*other.storage, AuditRowsSql));

    // Updates: every other phone changed, both ways.
    QList<Phone> changed;
    for (qsizetype i = 0; i < native->size(); i += 2) {
        Phone p = native->at(i);
        p.description = QStringLiteral("changed \"%1\"\n").arg(i);
        if (p.category == PhoneCategory::Managed || p.category == PhoneCategory::Unmanaged)
            p.serialNumber = QStringLiteral("SN%1").arg(i);
        if (p.category == PhoneCategory::Managed) {
            p.lineKeys = {
                {1, LineKeyType::Blf, QStringLiteral("Watch \\ me"), QStringLiteral("sip:x@example.com")}};
            p.overrides.insert(QStringLiteral("general.dynamicReload"), true);
        }
        changed.append(p);
    }
    auto nativeUpdated = s->phones().saveMany({}, changed, QStringLiteral("phone.update"));
    QVERIFY2(nativeUpdated, nativeUpdated ? "" : qPrintable(nativeUpdated.error().fullText()));
    auto qtUpdated =
        other.storage->phones().saveMany({}, changed, QStringLiteral("phone.update"), {}, qtOnly);
    QVERIFY2(qtUpdated, qtUpdated ? "" : qPrintable(qtUpdated.error().fullText()));
    QCOMPARE(*nativeUpdated, *qtUpdated);
    QCOMPARE(nativeUpdated->first().version, 2);
    QCOMPARE(rowsOf(*s, PhoneRowsSql), rowsOf(*other.storage, PhoneRowsSql));
    QCOMPARE(rowsOf(*s, AuditRowsSql), rowsOf(*other.storage, AuditRowsSql));
    QCOMPARE(countOf(*s, "audit"), countOf(*other.storage, "audit"));
}

void TestBulkWrite::jsonIsWhatQJsonDocumentWrites()
{
    QList<Phone> batch = awkwardBatch(f, 12);
    // A lone surrogate is not valid UTF-16 but passes the label rules: JSON writes it escaped.
    batch[0].lineKeys[0].label = QStringLiteral("half ") + QChar(0xD83D) + QStringLiteral(" pair");
    batch[0].lineKeys[1].label = QString(QChar(0xDE00)) + QStringLiteral("low first");
    auto saved = s->phones().saveMany(batch, {}, QStringLiteral("phone.create"));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().fullText()));
    QSqlQuery q(s->database());
    QVERIFY(q.prepare(QStringLiteral("SELECT overrides_json, line_keys_json FROM phones WHERE id = ?")));
    for (const Phone &p : *saved) {
        q.addBindValue(p.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), qtOverridesJson(SettingsSchema::builtin().normalized(p.overrides)));
        QCOMPARE(q.value(1).toString(), qtLineKeysJson(p.lineKeys));
        // And they read back as what was saved (the first one's invalid UTF-16 aside).
        if (p.id == saved->first().id)
            continue;
        QCOMPARE(s->phones().get(p.id)->lineKeys, p.lineKeys);
        QCOMPARE(s->phones().get(p.id)->overrides, p.overrides);
    }
}

void TestBulkWrite::deviceSecretsAreWellFormedAndDistinct()
{
    auto saved = s->phones().saveMany(awkwardBatch(f, 600), {}, QStringLiteral("phone.create"));
    QVERIFY(saved);
    const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    QSet<QString> seen;
    QHash<QChar, int> counts;
    for (const Phone &p : *saved) {
        const QString secret = s->phones().deviceSecret(p.id).value();
        QCOMPARE(secret.size(), 24);
        for (const QChar c : secret) {
            QVERIFY2(alphabet.contains(c), qPrintable(secret));
            ++counts[c];
        }
        seen.insert(secret);
    }
    QCOMPARE(seen.size(), saved->size());
    // 14,400 characters over 57: every one appears (a generator stuck on some would not pass).
    QCOMPARE(counts.size(), alphabet.size());
}

void TestBulkWrite::refusedRowIsNamedAndNothingIsKept()
{
    QList<Phone> batch;
    for (int i = 1; i <= 600; ++i)
        batch.append(managed(f, i));
    QSqlQuery trigger(s->database());
    if (sqlite()) {
        QVERIFY2(
            trigger.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON phones WHEN NEW.name = "
                                        "'Desk 300' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")),
            qPrintable(trigger.lastError().text()));
    } else {
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN IF NEW.name = 'Desk 300' THEN RAISE "
            "EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql")));
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE TRIGGER refuse BEFORE INSERT ON phones FOR EACH ROW EXECUTE FUNCTION refuse()")));
    }
    QSignalSpy events(ChangeFeed::instance(), &ChangeFeed::changed);
    const int auditBefore = countOf(*s, "audit");
    auto r = s->phones().saveMany(batch, {}, QStringLiteral("phone.import"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Database);
    QVERIFY2(r.error().message.contains(QStringLiteral("refused by the test")),
             qPrintable(r.error().message));
    // The sqlite3 path names the very phone; Qt Sql's multi-row statements name the rows of one.
    const QString where = sqlite() && SqliteDatabase::available()
        ? QStringLiteral("Phone \"Desk 300\": ")
        : QStringLiteral("Phones 251 to 500 of the batch: ");
    QVERIFY2(r.error().message.startsWith(where), qPrintable(r.error().message));
    QCOMPARE(countOf(*s, "phones"), 0);
    QCOMPARE(countOf(*s, "audit"), auditBefore);
    QCOMPARE(events.size(), 0);
}

void TestBulkWrite::siteDeletedAfterPrepareIsRefusedByTheDatabase()
{
    Site temporary;
    temporary.name = QStringLiteral("Pop-up");
    temporary.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    temporary = s->sites().create(temporary).value();
    QByteArray csv = "name,category,base_settings,site,hardware_id\n";
    for (int i = 0; i < 1500; ++i)
        csv += "Desk " + QByteArray::number(i) + ",managed,VVX 450," + (i == 700 ? "Pop-up" : "Berlin") +
            "," + mac(i).toLatin1() + "\n";
    auto plan = PhoneImporter(*s).prepare(csv, ImportMode::CreateOnly);
    QVERIFY(plan);
    QCOMPARE(plan->issues, QList<ImportIssue>());
    // Deleted between reading the file and saving it: the plan's checks are out of date, the
    // database's foreign key is not.
    QVERIFY(s->sites().remove(temporary.id));
    const int auditBefore = countOf(*s, "audit");
    auto r = PhoneImporter(*s).commit(*plan, false, QStringLiteral("late.csv"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Database);
    QVERIFY2(r.error().message.contains(QStringLiteral("refers to a record that does not exist")),
             qPrintable(r.error().message));
    if (sqlite() && SqliteDatabase::available())
        QVERIFY2(r.error().message.startsWith(QStringLiteral("Phone \"Desk 700\": ")),
                 qPrintable(r.error().message));
    QCOMPARE(countOf(*s, "phones"), 0);
    QCOMPARE(countOf(*s, "audit"), auditBefore);
}

void TestBulkWrite::staleUpdateIsAConflict()
{
    auto saved = s->phones().saveMany(awkwardBatch(f, 20), {}, QStringLiteral("phone.create"));
    QVERIFY(saved);
    // Another console changes phone 7 after this one read it.
    Phone elsewhere = saved->at(7);
    elsewhere.description = QStringLiteral("edited elsewhere");
    QVERIFY(s->phones().update(elsewhere));
    QList<Phone> changed = *saved;
    for (Phone &p : changed)
        p.description = QStringLiteral("from the batch");
    const QStringList before = rowsOf(*s, PhoneRowsSql);
    const int auditBefore = countOf(*s, "audit");
    auto r = s->phones().saveMany({}, changed, QStringLiteral("phone.update"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Conflict);
    QVERIFY2(r.error().message.startsWith(
                 QStringLiteral("Phone \"%1\" was changed by %2 at ").arg(elsewhere.name, actorName())),
             qPrintable(r.error().message));
    QCOMPARE(rowsOf(*s, PhoneRowsSql), before);
    QCOMPARE(countOf(*s, "audit"), auditBefore);
}

void TestBulkWrite::cancelHalfwayKeepsNothing()
{
    QList<Phone> batch;
    for (int i = 1; i <= 1000; ++i)
        batch.append(managed(f, i));
    QSignalSpy events(ChangeFeed::instance(), &ChangeFeed::changed);
    QList<qsizetype> reports;
    auto r =
        s->phones().saveMany(batch, {}, QStringLiteral("phone.import"), [&](qsizetype done, qsizetype total) {
            reports.append(done);
            return done < total / 2;
        });
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    QCOMPARE(reports, (QList<qsizetype> {250, 500}));
    QCOMPARE(countOf(*s, "phones"), 0);
    QCOMPARE(events.size(), 0);
    // The same batch goes in afterwards: nothing of the cancelled one is in the way.
    QVERIFY(s->phones().saveMany(batch, {}, QStringLiteral("phone.import")));
    QCOMPARE(countOf(*s, "phones"), 1000);
}

void TestBulkWrite::rowsAddedByATriggerAreNotTakenForTheBatch()
{
    QSqlQuery trigger(s->database());
    if (sqlite()) {
        QVERIFY2(trigger.exec(QStringLiteral(
                     "CREATE TRIGGER twin AFTER INSERT ON phones WHEN NEW.name = 'Desk 5' BEGIN "
                     "INSERT INTO phones (name, category, base_settings_id, site_id) "
                     "VALUES ('Twin of Desk 5', 'remote', NEW.base_settings_id, NEW.site_id); END")),
                 qPrintable(trigger.lastError().text()));
    } else {
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE FUNCTION twin() RETURNS trigger AS $$ BEGIN IF NEW.name = 'Desk 5' THEN "
            "INSERT INTO phones (name, category, base_settings_id, site_id) VALUES ('Twin of Desk 5', "
            "'remote', "
            "NEW.base_settings_id, NEW.site_id); END IF; RETURN NEW; END $$ LANGUAGE plpgsql")));
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE TRIGGER twin AFTER INSERT ON phones FOR EACH ROW EXECUTE FUNCTION twin()")));
    }
    QList<Phone> batch;
    for (int i = 1; i <= 10; ++i)
        batch.append(managed(f, i));
    auto saved = s->phones().saveMany(batch, {}, QStringLiteral("phone.import"));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().fullText()));
    QCOMPARE(countOf(*s, "phones"), 11);
    for (const Phone &p : *saved)
        QCOMPARE(s->phones().get(p.id)->name, p.name);
    // One audit entry per phone of the batch, none for the trigger's.
    QSqlQuery q(s->database());
    QVERIFY(
        q.exec(QStringLiteral("SELECT entity_name FROM audit WHERE action = 'phone.import' ORDER BY id")));
    QStringList audited;
    while (q.next())
        audited.append(q.value(0).toString());
    QStringList names;
    for (const Phone &p : batch)
        names.append(p.name);
    QCOMPARE(audited, names);
}

void TestBulkWrite::changeEventsAfterTheCommit()
{
    if (!sqlite())
        QSKIP("PostgreSQL announces changes with NOTIFY; tst_storage covers it");
    QSignalSpy events(ChangeFeed::instance(), &ChangeFeed::changed);
    QList<Phone> batch;
    for (int i = 1; i <= 30; ++i)
        batch.append(managed(f, i));
    auto saved = s->phones().saveMany(batch, {}, QStringLiteral("phone.import"));
    QVERIFY(saved);
    QCOMPARE(events.size(), 2);
    const auto phones = events.at(0).at(0).value<ChangeEvent>();
    QCOMPARE(phones.entity, ChangeEvent::Entity::Phone);
    QCOMPARE(phones.kind, ChangeEvent::Kind::Upsert);
    QList<Id> ids;
    for (const Phone &p : *saved)
        ids.append(p.id);
    QCOMPARE(phones.ids, ids);
    QCOMPARE(events.at(1).at(0).value<ChangeEvent>().entity, ChangeEvent::Entity::Audit);

    events.clear();
    batch.clear();
    for (int i = 100; i < 2200; ++i)
        batch.append(managed(f, i));
    QVERIFY(s->phones().saveMany(batch, {}, QStringLiteral("phone.import")));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).at(0).value<ChangeEvent>().kind, ChangeEvent::Kind::Reset);
}

void TestBulkWrite::importSummaryInTheSameTransaction()
{
    QByteArray csv = "name,category,base_settings,site,hardware_id\n";
    for (int i = 0; i < 1200; ++i)
        csv += "Desk " + QByteArray::number(i) + ",managed,VVX 450,Berlin," + mac(i).toLatin1() + "\n";
    auto plan = PhoneImporter(*s).prepare(csv, ImportMode::CreateOnly);
    QVERIFY(plan);
    // A failure at the very end (the summary entry) takes the phones with it.
    QSqlQuery trigger(s->database());
    if (sqlite()) {
        QVERIFY(trigger.exec(
            QStringLiteral("CREATE TRIGGER no_summary BEFORE INSERT ON audit WHEN NEW.entity_id = 0 "
                           "BEGIN SELECT RAISE(ABORT, 'no summary today'); END")));
    } else {
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE FUNCTION no_summary() RETURNS trigger AS $$ BEGIN IF NEW.entity_id = 0 THEN RAISE "
            "EXCEPTION 'no summary today'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql")));
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE TRIGGER no_summary BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION no_summary()")));
    }
    auto r = PhoneImporter(*s).commit(*plan, false, QStringLiteral("/data/phones.csv"));
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("no summary today")), qPrintable(r.error().message));
    QCOMPARE(countOf(*s, "phones"), 0);

    QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER no_summary") +
                         (sqlite() ? QString() : QStringLiteral(" ON audit"))));
    r = PhoneImporter(*s).commit(*plan, false, QStringLiteral("/data/phones.csv"));
    QVERIFY2(r, r ? "" : qPrintable(r.error().fullText()));
    QCOMPARE(r->created, 1200);
    QCOMPARE(countOf(*s, "phones"), 1200);
    QStringList last = rowsOf(*s, AuditRowsSql + QStringLiteral(" DESC LIMIT 2"));
    QCOMPARE(last.at(0),
             QStringLiteral("%1|phone.import|phone|0|phones.csv|1200 created, 0 updated, 0 rows skipped")
                 .arg(actorName()));
    QCOMPARE(last.at(1),
             QStringLiteral("%1|phone.import|phone|%2|Desk 1199|managed")
                 .arg(actorName())
                 .arg(s->phones().findByName(QStringLiteral("Desk 1199"))->value().id));
}

QTEST_GUILESS_MAIN(TestBulkWrite)
void TestBulkWrite::blocksAreOneTransaction_data()
{
    QTest::addColumn<bool>("native"); // the sqlite3 path where there is one, else Qt Sql
    QTest::newRow("default path") << true;
    QTest::newRow("Qt Sql") << false;
}

void TestBulkWrite::blocksAreOneTransaction()
{
    // saveBlocks takes the phones a block at a time (the import does, for files larger than fit in
    // memory as phones): the same rows as one saveMany, and a block that fails undoes the blocks
    // before it.
    QFETCH(bool, native);
    if (!native && !sqlite())
        QSKIP("PostgreSQL has only the Qt Sql path");
    SaveOptions options;
    options.nativeSqlite = native;
    const QList<Phone> batch = awkwardBatch(f, 1800);
    auto blocksOf = [](const QList<Phone> &phones, qsizetype size) {
        auto next = std::make_shared<qsizetype>(0);
        return [phones, size, next](QList<Phone> &creates, QList<Phone> &updates) {
            if (*next >= phones.size())
                return false;
            creates = phones.mid(*next, size);
            // The updates of a block are of phones saved in the blocks before: none here.
            updates.clear();
            *next += size;
            return true;
        };
    };

    // A failing last block: a name of the first block again (only the database sees that), then
    // a phone the validation refuses.
    const int auditBefore = countOf(*s, "audit");
    QSignalSpy events(ChangeFeed::instance(), &ChangeFeed::changed);
    QList<Phone> duplicate = batch;
    duplicate[1200].name = batch.at(5).name;
    auto refused = s->phones().saveBlocks(blocksOf(duplicate, 600), duplicate.size(),
                                          QStringLiteral("phone.import"), {}, options);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Duplicate);
    const QString where = native && sqlite() && SqliteDatabase::available()
        ? u"Phone \"%1\": "_qs.arg(batch.at(5).name)
        : QStringLiteral("Phones 1201 to 1450 of the batch: ");
    QVERIFY2(refused.error().message.startsWith(where), qPrintable(refused.error().message));
    QCOMPARE(countOf(*s, "phones"), 0);
    QCOMPARE(countOf(*s, "audit"), auditBefore);
    QList<Phone> invalid = batch;
    invalid[1000].siteId = 0;
    auto notValid = s->phones().saveBlocks(blocksOf(invalid, 600), invalid.size(),
                                           QStringLiteral("phone.import"), {}, options);
    QVERIFY(!notValid);
    QCOMPARE(notValid.error().code, Error::Code::Validation);
    QVERIFY2(notValid.error().fullText().contains(invalid.at(1000).name),
             qPrintable(notValid.error().fullText()));
    QCOMPARE(countOf(*s, "phones"), 0);
    QCOMPARE(countOf(*s, "audit"), auditBefore);
    QCOMPARE(events.size(), 0);

    // Saved in blocks, with progress over all of them, and the summary in the same transaction.
    QList<qsizetype> reports;
    SaveOptions withSummary = options;
    withSummary.summary =
        SaveOptions::AuditNote {QStringLiteral("phone.import"), QStringLiteral("phone"), 0,
                                QStringLiteral("blocks.csv"), QStringLiteral("1800 created")};
    auto saved = s->phones().saveBlocks(
        blocksOf(batch, 600), batch.size(), QStringLiteral("phone.import"),
        [&](qsizetype done, qsizetype total) { return reports.append(done), total == 1800; }, withSummary);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().fullText()));
    QCOMPARE(*saved, 1800);
    QCOMPARE(reports.constLast(), 1800);
    QVERIFY(std::is_sorted(reports.cbegin(), reports.cend()));
    QCOMPARE(countOf(*s, "audit"), auditBefore + 1801);

    // The same rows as saveMany writes for the whole batch at once.
    QString error;
    TestDatabase other = createDatabase(m_backend, &error);
    QVERIFY2(other.storage, qPrintable(error));
    other.storage->setActor(QStringLiteral("tester"), Role::Administrator);
    seed(*other.storage);
    auto once = other.storage->phones().saveMany(batch, {}, QStringLiteral("phone.import"), {}, options);
    QVERIFY2(once, once ? "" : qPrintable(once.error().fullText()));
    const QString comparable = QStringLiteral(
        "SELECT name, category, base_settings_id, site_id, hardware_id, user_id, remote_address, "
        "network_address, serial_number, description, overrides_json, line_keys_json, version, "
        "length(device_secret) FROM phones ORDER BY name");
    QCOMPARE(rowsOf(*s, comparable), rowsOf(*other.storage, comparable));
}

#include "tst_bulkwrite.moc"
