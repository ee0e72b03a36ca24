// Storage behaviour that must hold on every backend: runs once per backend (PHONEDESK_TEST_BACKEND).

#include "auditrepository.h"
#include "basesettingsrepository.h"
#include "migrations.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "statusrepository.h"
#include "storage.h"
#include "testsupport.h"
#include "userrepository.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

class TestStorage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void migratesEmptyDatabase();
    void createAndReadEveryEntity();
    void phoneRowsJoinNames();
    void validationErrorsNameFields();
    void duplicatesAreRefusedWithNames();
    void staleUpdateRefused();
    void deletedMeanwhileIsNotFound();
    void bulkSaveIsAllOrNothing();
    void bulkSaveCancelLeavesNothing();
    void bulkDatabaseFailureHalfwayLeavesNothing();
    void deleteInUseRefused();
    void permissionsEnforced();
    void migrateBaseSettings();
    void logOutClearsUser();
    void statusBatchesAndTransitions();
    void statusOfManyPhonesAtOnce();
    void recordFetch();
    void changeFeedAfterCommitOnly();
    void changeFeedOnceWithStatusRecords();
    void sqliteChangesOfOtherProcessesArrive();
    void bigStatusBatchNotifiesEveryPhone();
    void auditQuery();
    void settingsRoundTrip();

private:
    struct Fixture
    {
        Site site;
        BaseSettings vvx;
        BaseSettings vvx150;
        BaseSettings webrtc;
        User user;
    };
    Fixture seed();
    Phone managedPhone(const Fixture &f, int n);

    Backend m_backend = Backend::Sqlite;
    TestDatabase m_db;
    Storage *s = nullptr;
};

void TestStorage::initTestCase()
{
    const QString backend = qEnvironmentVariable("PHONEDESK_TEST_BACKEND", QStringLiteral("sqlite"));
    m_backend = backend == QLatin1String("postgres") ? Backend::Postgres : Backend::Sqlite;
    if (m_backend == Backend::Postgres && !postgresAvailable()) {
        if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
            QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test cluster is configured "
                  "(PHONEDESK_TEST_PG_PORT)");
        QSKIP("No PostgreSQL test cluster (set PHONEDESK_TEST_PG_PORT; scripts/test starts one)");
    }
    qInfo("storage tests run on %s", m_backend == Backend::Postgres ? "PostgreSQL" : "SQLite");
}

void TestStorage::init()
{
    QString error;
    m_db = createDatabase(m_backend, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    s = m_db.storage.get();
    s->setActor(QStringLiteral("tester"), Role::Administrator);
}

void TestStorage::cleanup()
{
    s = nullptr;
    m_db = TestDatabase();
}

TestStorage::Fixture TestStorage::seed()
{
    Fixture f;
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    auto createdSite = s->sites().create(site);
    if (!createdSite)
        qFatal("%s", qPrintable(createdSite.error().fullText()));
    f.site = *createdSite;
    f.vvx =
        *s->baseSettings().create({0, QStringLiteral("VVX 450"), QStringLiteral("poly-vvx-450"), {}, {}, 1});
    f.vvx150 =
        *s->baseSettings().create({0, QStringLiteral("VVX 150"), QStringLiteral("poly-vvx-150"), {}, {}, 1});
    f.webrtc = *s->baseSettings().create({0, QStringLiteral("WebRTC"), QStringLiteral("webrtc"), {}, {}, 1});
    f.user = *s->users().create(
        {0, QStringLiteral("Anna Keller"), QStringLiteral("anna@example.com"), QStringLiteral("1001"), 1});
    return f;
}

Phone TestStorage::managedPhone(const Fixture &f, int n)
{
    Phone p;
    p.name = QStringLiteral("Desk %1").arg(n);
    p.category = PhoneCategory::Managed;
    p.baseSettingsId = f.vvx.id;
    p.siteId = f.site.id;
    p.hardwareId = QStringLiteral("00:04:F2:00:%1:%2")
                       .arg(n / 256, 2, 16, QLatin1Char('0'))
                       .arg(n % 256, 2, 16, QLatin1Char('0'));
    return p;
}

void TestStorage::migratesEmptyDatabase()
{
    QCOMPARE(s->schemaVersion(), Storage::latestSchemaVersion());
    QSqlQuery q(s->database());
    for (const char *table :
         {"sites", "users", "base_settings", "phones", "phone_status", "audit", "app_settings"})
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), table);
    // Opening again does not migrate twice.
    auto again = openAgain(m_db);
    QVERIFY(again);
    QCOMPARE(again->schemaVersion(), Storage::latestSchemaVersion());
}

void TestStorage::createAndReadEveryEntity()
{
    const Fixture f = seed();
    Phone p = managedPhone(f, 1);
    p.userId = f.user.id;
    p.description = QStringLiteral("Reception, \"front\" desk\nsecond line");
    p.lineKeys = {{1, LineKeyType::Line, QStringLiteral("Line 1"), {}},
                  {2, LineKeyType::Blf, QStringLiteral("Ben"), QStringLiteral("1002")},
                  {3, LineKeyType::SpeedDial, QStringLiteral("Helpdesk"), QStringLiteral("+4930123456")}};
    p.overrides.insert(QStringLiteral("media.dscpRtp"), 40);
    p.overrides.insert(QStringLiteral("codecs.preferred"),
                       QStringList {QStringLiteral("audio/G722"), QStringLiteral("audio/PCMU")});
    auto created = s->phones().create(p);
    QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));
    QVERIFY(created->id > 0);
    QCOMPARE(created->hardwareId, QStringLiteral("0004f2000001"));

    auto loaded = s->phones().get(created->id);
    QVERIFY(loaded);
    QCOMPARE(*loaded, *created);
    QCOMPARE(loaded->overrides.value(QStringLiteral("media.dscpRtp")), QVariant(40));

    QCOMPARE(s->sites().get(f.site.id)->name, QStringLiteral("Berlin"));
    QCOMPARE(s->users().get(f.user.id)->email, QStringLiteral("anna@example.com"));
    auto profiles = s->baseSettings().list();
    QVERIFY(profiles);
    QCOMPARE(profiles->size(), 3);
    for (const BaseSettingsSummary &b : *profiles)
        QCOMPARE(b.phoneCount, b.settings.id == f.vvx.id ? 1 : 0);
}

void TestStorage::phoneRowsJoinNames()
{
    const Fixture f = seed();
    Phone p = managedPhone(f, 1);
    p.userId = f.user.id;
    QVERIFY(s->phones().create(p));
    auto rows = s->phones().list();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    const PhoneRow &r = rows->first();
    QCOMPARE(r.siteName, QStringLiteral("Berlin"));
    QCOMPARE(r.baseSettingsName, QStringLiteral("VVX 450"));
    QCOMPARE(r.modelId, QStringLiteral("poly-vvx-450"));
    QCOMPARE(r.userName, QStringLiteral("Anna Keller"));
    QCOMPARE(r.status, PhoneStatus::Unknown);
    QCOMPARE(s->phones().rows({r.id})->size(), 1);
}

void TestStorage::validationErrorsNameFields()
{
    const Fixture f = seed();
    Phone p = managedPhone(f, 1);
    p.hardwareId = QStringLiteral("00:04:F2:AB:CD");
    p.overrides.insert(QStringLiteral("dtmf.payloadType"), 200);
    auto r = s->phones().create(p);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Validation);
    QCOMPARE(r.error().fields.size(), 2);
    QVERIFY(r.error().fullText().contains(QStringLiteral("Hardware ID")));
    QVERIFY(r.error().fullText().contains(QStringLiteral("RTP event payload type")));
    QCOMPARE(*s->phones().count(), 0);
}

void TestStorage::duplicatesAreRefusedWithNames()
{
    const Fixture f = seed();
    QVERIFY(s->phones().create(managedPhone(f, 1)));
    Phone sameMac = managedPhone(f, 2);
    sameMac.hardwareId = QStringLiteral("0004.f200.0001"); // same MAC, other notation
    auto r = s->phones().create(sameMac);
    QVERIFY(!r);
    QVERIFY2(r.error().fullText().contains(QStringLiteral("already belongs to phone \"Desk 1\"")),
             qPrintable(r.error().fullText()));
    Phone sameName = managedPhone(f, 3);
    sameName.name = QStringLiteral("Desk 1");
    r = s->phones().create(sameName);
    QVERIFY(!r);
    QVERIFY2(r.error().fullText().contains(QStringLiteral("already called \"Desk 1\"")),
             qPrintable(r.error().fullText()));
    auto site = s->sites().create(f.site);
    QVERIFY(!site);
    QCOMPARE(site.error().code, Error::Code::Duplicate);
}

void TestStorage::staleUpdateRefused()
{
    const Fixture f = seed();
    const Phone original = *s->phones().create(managedPhone(f, 1));

    // A second console edits and saves first.
    QString error;
    auto other = openAgain(m_db, &error);
    QVERIFY2(other, qPrintable(error));
    other->setActor(QStringLiteral("colleague"), Role::Administrator);
    Phone theirs = *other->phones().get(original.id);
    theirs.description = QStringLiteral("changed by colleague");
    QVERIFY(other->phones().update(theirs));

    Phone mine = original;
    mine.description = QStringLiteral("my edit");
    auto r = s->phones().update(mine);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Conflict);
    // Named as the audit log has them: on PostgreSQL the colleague's login, whatever setActor said.
    const QString colleague = s->isPostgres() ? other->actor() : QStringLiteral("colleague");
    QVERIFY2(r.error().message.contains(colleague), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QStringLiteral("Desk 1")));
    // Their change is intact; mine is not silently written.
    QCOMPARE(s->phones().get(original.id)->description, QStringLiteral("changed by colleague"));
    // Re-applying on the fresh version works.
    Phone fresh = *s->phones().get(original.id);
    fresh.description = QStringLiteral("my edit");
    QVERIFY(s->phones().update(fresh));

    // Same for sites and base settings.
    Site site = f.site;
    site.description = QStringLiteral("x");
    QVERIFY(s->sites().update(site));
    site.description = QStringLiteral("y");
    QCOMPARE(s->sites().update(site).error().code, Error::Code::Conflict);
    BaseSettings b = f.vvx;
    b.description = QStringLiteral("x");
    QVERIFY(s->baseSettings().update(b));
    QCOMPARE(s->baseSettings().update(b).error().code, Error::Code::Conflict);
}

void TestStorage::deletedMeanwhileIsNotFound()
{
    const Fixture f = seed();
    const Phone p = *s->phones().create(managedPhone(f, 1));
    QVERIFY(s->phones().remove({p.id}));
    auto r = s->phones().update(p);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::NotFound);
}

void TestStorage::bulkSaveIsAllOrNothing()
{
    const Fixture f = seed();
    const int auditBefore = int(s->audit().query({})->size());
    QList<Phone> phones;
    for (int i = 1; i <= 50; ++i)
        phones.append(managedPhone(f, i));
    phones[30].hardwareId = QStringLiteral("not-a-mac");
    phones[40].name = phones[10].name; // duplicate inside the batch
    auto r = s->phones().saveMany(phones, {}, QStringLiteral("phone.import"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Validation);
    QVERIFY2(r.error().fullText().contains(QStringLiteral("Phone \"Desk 31\"")),
             qPrintable(r.error().fullText()));
    QVERIFY2(r.error().fullText().contains(QStringLiteral("used by two phones")),
             qPrintable(r.error().fullText()));
    QCOMPARE(*s->phones().count(), 0);
    QCOMPARE(int(s->audit().query({})->size()), auditBefore);

    phones[30].hardwareId = QStringLiteral("00-04-f2-99-99-99");
    phones[40].name = QStringLiteral("Desk 41");
    r = s->phones().saveMany(phones, {}, QStringLiteral("phone.import"));
    QVERIFY2(r, r ? "" : qPrintable(r.error().fullText()));
    QCOMPARE(*s->phones().count(), 50);
    AuditQuery q;
    q.action = QStringLiteral("phone.import");
    QCOMPARE(s->audit().query(q)->size(), 50);
}

void TestStorage::bulkSaveCancelLeavesNothing()
{
    const Fixture f = seed();
    QList<Phone> phones;
    for (int i = 1; i <= 600; ++i)
        phones.append(managedPhone(f, i));
    int calls = 0;
    auto r = s->phones().saveMany(phones, {}, QStringLiteral("phone.import"),
                                  [&](qsizetype done, qsizetype total) {
                                      ++calls;
                                      return done < total / 2; // cancel halfway
                                  });
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    QVERIFY(calls >= 2);
    QCOMPARE(*s->phones().count(), 0);
}

void TestStorage::bulkDatabaseFailureHalfwayLeavesNothing()
{
    const Fixture f = seed();
    // A phone already in the database clashes with row 299 of the batch: the batch is refused
    // as a whole and the message names the phone it clashes with.
    QSqlQuery q(s->database());
    QVERIFY(q.prepare(
        QStringLiteral("INSERT INTO phones (name, category, base_settings_id, site_id, hardware_id) "
                       "VALUES ('Existing', 'managed', ?, ?, ?)")));
    q.addBindValue(f.vvx.id);
    q.addBindValue(f.site.id);
    q.addBindValue(QStringLiteral("0004f200012b")); // = managedPhone(f, 299)
    QVERIFY(q.exec());
    QList<Phone> phones;
    for (int i = 1; i <= 400; ++i)
        phones.append(managedPhone(f, i));
    auto r = s->phones().saveMany(phones, {}, QStringLiteral("phone.import"));
    QVERIFY(!r);
    QVERIFY2(r.error().fullText().contains(QStringLiteral("Desk 299")), qPrintable(r.error().fullText()));
    QVERIFY2(r.error().fullText().contains(QStringLiteral("\"Existing\"")), qPrintable(r.error().fullText()));
    QCOMPARE(*s->phones().count(), 1); // only the row we put there

    // A constraint violation at write time (a racing console) rolls back everything written before it.
    QList<Phone> racing;
    for (int i = 500; i < 520; ++i)
        racing.append(managedPhone(f, i));
    QSqlQuery trigger(s->database());
    const QString createTrigger = s->isPostgres()
        ? QStringLiteral(
              "CREATE FUNCTION pd_fail() RETURNS trigger AS $$ BEGIN IF NEW.name = 'Desk 510' THEN "
              "RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql")
        : QStringLiteral("CREATE TRIGGER pd_fail BEFORE INSERT ON phones WHEN NEW.name = 'Desk 510' "
                         "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
    QVERIFY2(trigger.exec(createTrigger), qPrintable(trigger.lastError().text()));
    if (s->isPostgres())
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE TRIGGER pd_fail BEFORE INSERT ON phones FOR EACH ROW EXECUTE FUNCTION pd_fail()")));
    const int auditBefore = int(s->audit().query({})->size());
    r = s->phones().saveMany(racing, {}, QStringLiteral("phone.import"));
    QVERIFY(!r);
    QVERIFY2(r.error().fullText().contains(QStringLiteral("simulated failure")),
             qPrintable(r.error().fullText()));
    QCOMPARE(*s->phones().count(), 1);
    QCOMPARE(int(s->audit().query({})->size()), auditBefore);
}

void TestStorage::deleteInUseRefused()
{
    const Fixture f = seed();
    QVERIFY(s->phones().create(managedPhone(f, 1)));
    QVERIFY(s->phones().create(managedPhone(f, 2)));
    auto r = s->baseSettings().remove(f.vvx.id);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::InUse);
    QVERIFY2(r.error().message.contains(QStringLiteral("used by 2 phone")), qPrintable(r.error().message));
    QCOMPARE(s->sites().remove(f.site.id).error().code, Error::Code::InUse);
    QVERIFY(s->baseSettings().remove(f.vvx150.id));
    QCOMPARE(s->baseSettings().get(f.vvx150.id).error().code, Error::Code::NotFound);
}

void TestStorage::permissionsEnforced()
{
    const Fixture f = seed();
    const Phone p = *s->phones().create(managedPhone(f, 1));
    s->setActor(QStringLiteral("viewer"), Role::Viewer);
    QCOMPARE(s->phones().create(managedPhone(f, 2)).error().code, Error::Code::Permission);
    QCOMPARE(s->phones().remove({p.id}).error().code, Error::Code::Permission);
    QCOMPARE(s->phones().clearUser({p.id}).error().code, Error::Code::Permission);
    QVERIFY(s->phones().list()); // viewing is allowed
    s->setActor(QStringLiteral("operator"), Role::Operator);
    QVERIFY(s->phones().clearUser({p.id}));
    QCOMPARE(s->phones().update(p).error().code, Error::Code::Permission);
    s->setActor(QStringLiteral("editor"), Role::Editor);
    QVERIFY(s->phones().create(managedPhone(f, 3)));
    QCOMPARE(s->sites().create(Site {}).error().code, Error::Code::Permission);
    QCOMPARE(s->baseSettings().remove(f.vvx150.id).error().code, Error::Code::Permission);
    QCOMPARE(s->phones().migrateBaseSettings({p.id}, f.vvx150.id).error().code, Error::Code::Permission);
    QCOMPARE(s->setSetting(QStringLiteral("k"), QStringLiteral("v")).error().code, Error::Code::Permission);
}

void TestStorage::migrateBaseSettings()
{
    const Fixture f = seed();
    Phone p = managedPhone(f, 1);
    p.lineKeys = {{1, LineKeyType::Line, {}, {}},
                  {2, LineKeyType::Blf, {}, QStringLiteral("1002")},
                  {5, LineKeyType::SpeedDial, {}, QStringLiteral("1003")}};
    p.overrides.insert(QStringLiteral("e911.heldEnabled"), false);
    const Phone created = *s->phones().create(p);
    // VVX 150 has 2 line keys; key 5 goes. Both are HELD models, so the override stays.
    auto r = s->phones().migrateBaseSettings({created.id}, f.vvx150.id);
    QVERIFY2(r, r ? "" : qPrintable(r.error().fullText()));
    QCOMPARE(r->migrated, 1);
    QCOMPARE(r->lineKeysRemoved, 1);
    const Phone migrated = *s->phones().get(created.id);
    QCOMPARE(migrated.baseSettingsId, f.vvx150.id);
    QCOMPARE(migrated.lineKeys.size(), 2);
    AuditQuery q;
    q.action = QStringLiteral("phone.migrate-base-settings");
    QCOMPARE(s->audit().query(q)->size(), 1);
    // A managed phone cannot move to a WebRTC profile: refused, nothing changed.
    QVERIFY(!s->phones().migrateBaseSettings({created.id}, f.webrtc.id));
    QCOMPARE(s->phones().get(created.id)->baseSettingsId, f.vvx150.id);
}

void TestStorage::logOutClearsUser()
{
    const Fixture f = seed();
    Phone w;
    w.name = QStringLiteral("Soft Anna");
    w.category = PhoneCategory::WebRtc;
    w.baseSettingsId = f.webrtc.id;
    w.siteId = f.site.id;
    w.userId = f.user.id;
    const Phone created = *s->phones().create(w);
    QVERIFY(s->phones().clearUser({created.id}));
    Phone after = *s->phones().get(created.id);
    QCOMPARE(after.userId, Id(0));
    // A logged-out WebRTC phone can still be edited.
    after.description = QStringLiteral("hot desk");
    QVERIFY(s->phones().update(after));
    // The user can now be deleted; before, they could not.
    QVERIFY(s->users().remove(f.user.id));
}

void TestStorage::statusBatchesAndTransitions()
{
    const Fixture f = seed();
    const Phone a = *s->phones().create(managedPhone(f, 1));
    const Phone b = *s->phones().create(managedPhone(f, 2));
    QSignalSpy spy(ChangeFeed::instance(), &ChangeFeed::changed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto changed = s->status().applyProbeResults(
        {{a.id, PhoneStatus::Online, 12, now, {}, {}, {}},
         {b.id, PhoneStatus::Offline, -1, {}, {}, QStringLiteral("no answer"), {}}});
    QVERIFY(changed);
    QCOMPARE(changed->size(), 2);
    // Same status again: no transition, no new audit entries.
    changed = s->status().applyProbeResults({{a.id, PhoneStatus::Online, 9, now, {}, {}, {}}});
    QVERIFY(changed);
    QCOMPARE(changed->size(), 0);
    AuditQuery q;
    q.action = QStringLiteral("status.change");
    auto entries = s->audit().query(q);
    QCOMPARE(entries->size(), 2);
    const StatusRecord ra = *s->status().get(a.id);
    QCOMPARE(ra.status, PhoneStatus::Online);
    QCOMPARE(ra.rttMs, 9);
    QVERIFY(ra.lastChange.isValid());
    const StatusRecord rb = *s->status().get(b.id);
    QCOMPARE(rb.detail, QStringLiteral("no answer"));
    QCOMPARE(s->phones().list()->at(0).status, PhoneStatus::Online);
    if (!s->isPostgres()) {
        // One Status event per batch, not one per phone.
        int statusEvents = 0;
        for (const QList<QVariant> &args : std::as_const(spy)) {
            if (args.at(0).value<ChangeEvent>().entity == ChangeEvent::Entity::Status)
                ++statusEvents;
        }
        QCOMPARE(statusEvents, 2);
    }
}

void TestStorage::statusOfManyPhonesAtOnce()
{
    // More phones than one statement asks for: every probed one comes back, the rest do not.
    const Fixture f = seed();
    QList<Phone> phones;
    for (int i = 1; i <= 1203; ++i)
        phones.append(managedPhone(f, i));
    const auto saved = s->phones().saveMany(phones, {}, QStringLiteral("phone.import"));
    QVERIFY(saved);
    QList<Id> ids;
    QList<StatusRecord> probed;
    for (const Phone &p : *saved) {
        ids.append(p.id);
        if (p.id % 2 == 0)
            probed.append(
                {p.id, PhoneStatus::Online, int(p.id % 1000), QDateTime::currentDateTimeUtc(), {}, {}, {}});
    }
    QVERIFY(s->status().applyProbeResults(probed));
    const auto many = s->status().getMany(ids);
    QVERIFY(many);
    QCOMPARE(many->size(), probed.size());
    for (const StatusRecord &r : std::as_const(probed)) {
        QVERIFY(many->contains(r.phoneId));
        QCOMPARE(many->value(r.phoneId).rttMs, r.rttMs);
        QCOMPARE(many->value(r.phoneId).status, PhoneStatus::Online);
    }
    QVERIFY(s->status().getMany({})->isEmpty());
}

void TestStorage::recordFetch()
{
    const Fixture f = seed();
    const Phone a = *s->phones().create(managedPhone(f, 1));
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    QVERIFY(s->status().recordFetch(a.id,
                                    {t, QStringLiteral("192.0.2.10"),
                                     QStringLiteral("FileTransport PolycomVVX-VVX_450-UA/6.4.3"),
                                     QStringLiteral("6.4.3"), QStringLiteral("abc123")}));
    const StatusRecord r = *s->status().get(a.id);
    // Several at once: the same record, and nothing for a phone never probed or fetched.
    const Phone b = *s->phones().create(managedPhone(f, 2));
    const auto many = s->status().getMany({a.id, b.id, a.id});
    QVERIFY(many);
    QCOMPARE(many->size(), 1);
    QCOMPARE(many->value(a.id), r);
    QCOMPARE(r.lastFetch.time, t);
    QCOMPARE(r.lastFetch.ip, QStringLiteral("192.0.2.10"));
    QCOMPARE(r.lastFetch.configHash, QStringLiteral("abc123"));
    QCOMPARE(r.lastSeen, t);
    QCOMPARE(s->phones().list()->at(0).firmware, QStringLiteral("6.4.3"));
}

void TestStorage::changeFeedAfterCommitOnly()
{
    const Fixture f = seed();
    QSignalSpy spy(ChangeFeed::instance(), &ChangeFeed::changed);
    const Phone p = *s->phones().create(managedPhone(f, 1));
    auto hasPhoneEvent = [&](Id id) {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            const ChangeEvent e = args.at(0).value<ChangeEvent>();
            if (e.entity == ChangeEvent::Entity::Phone && e.ids.contains(id))
                return true;
        }
        return false;
    };
    // PostgreSQL delivers through LISTEN/NOTIFY: wait for the notification.
    QTRY_VERIFY_WITH_TIMEOUT(hasPhoneEvent(p.id), 5000);
    spy.clear();
    // A failed write publishes nothing.
    Phone bad = managedPhone(f, 2);
    bad.name = QStringLiteral("Desk 1");
    QVERIFY(!s->phones().create(bad));
    QTest::qWait(s->isPostgres() ? 300 : 10);
    for (const QList<QVariant> &args : std::as_const(spy))
        QVERIFY(args.at(0).value<ChangeEvent>().entity != ChangeEvent::Entity::Phone);
}

void TestStorage::sqliteChangesOfOtherProcessesArrive()
{
    if (s->isPostgres())
        QSKIP("PostgreSQL: NOTIFY (changeFeedAfterCommitOnly)");
    // Another process's commits, as they appear in the file: rows of another origin in
    // change_events (written here on a connection of its own, as that process's would be).
    const QString name = QStringLiteral("other-process");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(m_db.spec.sqlitePath);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_events")) && q.next());
        const qint64 last = q.value(0).toLongLong();
        QSignalSpy spy(ChangeFeed::instance(), &ChangeFeed::changed);
        auto insert = [&](qint64 seq, const QString &payload) {
            QSqlQuery i(other);
            i.prepare(QStringLiteral(
                "INSERT INTO change_events (seq, origin, payload, at) VALUES (?, 'elsewhere', ?, ?)"));
            i.addBindValue(seq);
            i.addBindValue(payload);
            i.addBindValue(QDateTime::currentMSecsSinceEpoch());
            return i.exec();
        };
        auto events = [&] {
            QList<ChangeEvent> out;
            for (const QList<QVariant> &args : std::as_const(spy))
                out.append(args.at(0).value<ChangeEvent>());
            return out;
        };
        QVERIFY(
            insert(last + 1,
                   ChangeEvent(ChangeEvent::Entity::Phone, ChangeEvent::Kind::Upsert, {41, 42}).toPayload()));
        QTRY_COMPARE_WITH_TIMEOUT(events().size(), 1, 5000);
        QCOMPARE(events().first(),
                 ChangeEvent(ChangeEvent::Entity::Phone, ChangeEvent::Kind::Upsert, {41, 42}));
        // Rows this process never read were deleted meanwhile (a gap in seq): everything reloads.
        spy.clear();
        QVERIFY(insert(last + 5,
                       ChangeEvent(ChangeEvent::Entity::Site, ChangeEvent::Kind::Remove, {7}).toPayload()));
        QTRY_VERIFY_WITH_TIMEOUT(events().size() >= 2, 5000);
        bool phoneReset = false;
        for (const ChangeEvent &e : events())
            phoneReset =
                phoneReset || (e.entity == ChangeEvent::Entity::Phone && e.kind == ChangeEvent::Kind::Reset);
        QVERIFY(phoneReset);
        QCOMPARE(events().last(), ChangeEvent(ChangeEvent::Entity::Site, ChangeEvent::Kind::Remove, {7}));
        // This process's own rows are not published twice.
        spy.clear();
        const Fixture f = seed();
        const Phone p = *s->phones().create(managedPhone(f, 1));
        QTest::qWait(1200);
        int phoneEvents = 0;
        for (const ChangeEvent &e : events())
            phoneEvents += e.entity == ChangeEvent::Entity::Phone && e.ids.contains(p.id) ? 1 : 0;
        QCOMPARE(phoneEvents, 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM change_events WHERE origin <> 'elsewhere'")) &&
                q.next());
        QVERIFY(q.value(0).toInt() >= 1); // recorded for the other processes
    }
    QSqlDatabase::removeDatabase(name);
}

void TestStorage::changeFeedOnceWithStatusRecords()
{
    const Fixture f = seed();
    const Phone a = *s->phones().create(managedPhone(f, 1));
    const Phone b = *s->phones().create(managedPhone(f, 2));
    QTest::qWait(s->isPostgres() ? 300 : 0); // the creations' notifications
    // A second connection as a worker thread opens it: it does not listen itself.
    ConnectionSpec spec = s->spec();
    spec.listenForChanges = false;
    auto second = Storage::open(spec);
    QVERIFY2(second, second ? "" : qPrintable(second.error().fullText()));
    (*second)->setActor(QStringLiteral("poller"), Role::Administrator);

    QSignalSpy spy(ChangeFeed::instance(), &ChangeFeed::changed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<StatusRecord> records {
        {a.id, PhoneStatus::Online, 12, now, {}, {}, {}},
        {b.id, PhoneStatus::Offline, -1, {}, {}, QStringLiteral("no answer"), {}}};
    QVERIFY((*second)->status().applyProbeResults(records));
    const Phone c = *s->phones().create(managedPhone(f, 3));
    // PostgreSQL echoes both changes back to the listening connection: they must not be published
    // a second time.
    QTest::qWait(s->isPostgres() ? 500 : 10);
    int statusEvents = 0;
    int phoneEvents = 0;
    for (const QList<QVariant> &args : std::as_const(spy)) {
        const ChangeEvent e = args.at(0).value<ChangeEvent>();
        if (e.entity == ChangeEvent::Entity::Status) {
            ++statusEvents;
            QCOMPARE(e.kind, ChangeEvent::Kind::Upsert);
            QCOMPARE(e.ids, (QList<Id> {a.id, b.id}));
            QVERIFY(e.statuses);
            QCOMPARE(e.statuses->size(), 2);
            QCOMPARE(e.statuses->at(0).status, PhoneStatus::Online);
            QCOMPARE(e.statuses->at(1).detail, QStringLiteral("no answer"));
        } else if (e.entity == ChangeEvent::Entity::Phone) {
            ++phoneEvents;
            QCOMPARE(e.ids, QList<Id> {c.id});
        }
    }
    QCOMPARE(statusEvents, 1);
    QCOMPARE(phoneEvents, 1);

    if (!s->isPostgres())
        return;
    // A change from another process arrives through NOTIFY, once, without records.
    spy.clear();
    {
        QSqlQuery notify(s->database());
        QVERIFY(notify.exec(
            QStringLiteral("SELECT pg_notify('phonedesk_changes', 'otherconsole/status:u:%1')").arg(a.id)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 5000);
    QTest::qWait(300);
    QCOMPARE(spy.size(), 1);
    const ChangeEvent remote = spy.at(0).at(0).value<ChangeEvent>();
    QCOMPARE(remote.entity, ChangeEvent::Entity::Status);
    QCOMPARE(remote.ids, QList<Id> {a.id});
    QVERIFY(!remote.statuses);
    // Garbage on the channel is ignored.
    spy.clear();
    {
        QSqlQuery notify(s->database());
        QVERIFY(notify.exec(QStringLiteral("SELECT pg_notify('phonedesk_changes', 'no origin here')")));
        QVERIFY(notify.exec(QStringLiteral("SELECT pg_notify('phonedesk_changes', 'x/phone:q:1')")));
    }
    QTest::qWait(300);
    QCOMPARE(spy.size(), 0);
}

void TestStorage::bigStatusBatchNotifiesEveryPhone()
{
    // A status batch of more phones than one NOTIFY payload holds reaches the other processes as
    // the ids of all its phones, over several payloads under PostgreSQL's 8000 bytes, not as a
    // reset (which made every console reload every phone once per server batch). A big change of
    // anything else is still one reset.
    if (!s->isPostgres())
        QSKIP("NOTIFY is PostgreSQL's");
    const Fixture f = seed();
    QList<Phone> phones;
    for (int i = 1; i <= 2000; ++i)
        phones.append(managedPhone(f, i));
    auto saved = s->phones().saveMany(phones, {}, QStringLiteral("phone.create"));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().fullText()));
    auto rows = s->phones().list();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2000);
    QList<StatusRecord> records;
    QSet<Id> all;
    for (const PhoneRow &row : std::as_const(*rows)) {
        StatusRecord r;
        r.phoneId = row.id;
        r.status = PhoneStatus::Online;
        r.lastSeen = QDateTime::currentDateTimeUtc();
        records.append(r);
        all.insert(row.id);
    }
    QStringList payloads;
    {
        // A listener of its own (Storage drops its own process's echoes).
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("rawListener"));
        raw.setHostName(m_db.spec.host);
        raw.setPort(m_db.spec.port);
        raw.setUserName(m_db.spec.user);
        raw.setPassword(m_db.spec.password);
        raw.setDatabaseName(m_db.spec.database);
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        connect(raw.driver(), &QSqlDriver::notification, this,
                [&payloads](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (name == QLatin1String("phonedesk_changes"))
                        payloads.append(payload.toString());
                });
        QVERIFY(raw.driver()->subscribeToNotification(QStringLiteral("phonedesk_changes")));
        QVERIFY(s->status().applyProbeResults(records));
        QList<Id> removed;
        for (qsizetype i = 0; i < 600; ++i)
            removed.append(rows->at(i).id);
        QVERIFY(s->phones().remove(removed));
        auto statusIds = [&payloads] {
            QSet<Id> ids;
            for (const QString &p : std::as_const(payloads)) {
                const auto event = ChangeEvent::fromPayload(p.mid(p.indexOf(u'/') + 1));
                if (event && event->entity == ChangeEvent::Entity::Status)
                    ids.unite(QSet<Id>(event->ids.cbegin(), event->ids.cend()));
            }
            return ids;
        };
        QTRY_VERIFY_WITH_TIMEOUT(statusIds() == all && payloads.filter(QStringLiteral("/phone:")).size() == 1,
                                 10000);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rawListener"));
    const QStringList status = payloads.filter(QStringLiteral("/status:"));
    QVERIFY2(status.size() >= 2, qPrintable(QString::number(status.size())));
    for (const QString &p : status) {
        QVERIFY(p.toUtf8().size() < 8000);
        QVERIFY(p.contains(QLatin1String("/status:u:")));
    }
    QVERIFY(payloads.filter(QStringLiteral("/phone:")).constFirst().endsWith(QLatin1String("/phone:r")));
}

void TestStorage::auditQuery()
{
    const Fixture f = seed();
    const Phone p = *s->phones().create(managedPhone(f, 1));
    // On PostgreSQL the database records the login, whatever setActor says.
    const QString first = s->isPostgres() ? s->actor() : QStringLiteral("tester");
    const QString second = s->isPostgres() ? s->actor() : QStringLiteral("second");
    s->setActor(QStringLiteral("second"), Role::Administrator);
    Phone edit = p;
    edit.description = QStringLiteral("x");
    QVERIFY(s->phones().update(edit));
    AuditQuery q;
    q.entityType = QStringLiteral("phone");
    q.entityId = p.id;
    auto entries = s->audit().query(q);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->first().action, QStringLiteral("phone.update")); // newest first
    QCOMPARE(entries->first().actor, second);
    q = {};
    q.actor = first;
    q.action = QStringLiteral("site.");
    QCOMPARE(s->audit().query(q)->size(), 1);
    q = {};
    q.text = QStringLiteral("desk 1");
    QCOMPARE(s->audit().query(q)->size(), 2);
    QVERIFY(s->audit().actors()->contains(second));
}

void TestStorage::settingsRoundTrip()
{
    QCOMPARE(*s->setting(QStringLiteral("provisioning.port"), QStringLiteral("8443")),
             QStringLiteral("8443"));
    QVERIFY(s->setSetting(QStringLiteral("provisioning.port"), QStringLiteral("9443")));
    QVERIFY(s->setSetting(QStringLiteral("provisioning.port"), QStringLiteral("10443")));
    QCOMPARE(*s->setting(QStringLiteral("provisioning.port")), QStringLiteral("10443"));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
