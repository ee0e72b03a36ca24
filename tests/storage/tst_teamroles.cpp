// Team mode on the real PostgreSQL scripts/test starts: logins in each group role (with SCRAM
// passwords made by PhoneDesk) try what the role table of docs/user-guide.md allows and forbids,
// through Qt Sql and through psql; the database's privileges are compared with that table; the
// identity, site scope, audit stamps and team management of the storage layer; the upgrade of a
// team database of schema 2 or 3.

#include "auditrepository.h"
#include "basesettingsrepository.h"
#include "commandqueue.h"
#include "firmwarerepository.h"
#include "migrations.h"
#include "phonerepository.h"
#include "provisioninginputs.h"
#include "quarantinerepository.h"
#include "redirectionrepository.h"
#include "rolloutrepository.h"
#include "scram.h"
#include "siterepository.h"
#include "sqlutil.h"
#include "statusrepository.h"
#include "storage.h"
#include "teamrepository.h"
#include "testsupport.h"
#include "userrepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {

const QString Password = QStringLiteral("Gr\u00fc\u00dfe aus Berlin 1");

// The roles the matrix logs in as.
enum Login { Viewer, OperatorBerlin, EditorBerlin, Administrator, Server, LoginCount };
const char *const LoginNames[] = {"viewer", "op_berlin", "ed_berlin", "admin", "server"};

// Runs `sql` as one statement in a transaction that is rolled back: "42501" and the like for a
// refusal, else the one value it returns (a count), or "done" for a statement without rows.
QString runQt(QSqlDatabase &db, const QString &sql)
{
    db.transaction();
    QSqlQuery q(db);
    QString result;
    if (!q.exec(sql))
        result = q.lastError().nativeErrorCode();
    else if (q.isSelect() && q.next())
        result = q.value(0).toString();
    if (result.isEmpty()) // no rows, or a function returning void
        result = QStringLiteral("done");
    q.finish();
    db.rollback();
    return result;
}

QString runPsql(const ConnectionSpec &spec, const QString &sql)
{
    const PsqlResult r = psql(spec, {QStringLiteral("BEGIN"), sql, QStringLiteral("ROLLBACK")});
    if (!r.sqlState.isEmpty())
        return r.sqlState;
    if (r.exitCode != 0)
        return QStringLiteral("psql failed: ") + r.err;
    return r.out.isEmpty() ? QStringLiteral("done") : r.out;
}

} // namespace

class TestTeamRoles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void loginsUseScramVerifiers();
    void roleMatrix_data();
    void roleMatrix();
    void privilegesMatchTheRoleTable();
    void identityComesFromTheDatabase();
    void auditActorAndTimeFromTheDatabase();
    void siteScopeInTheStorageLayer();
    void refusalsNameThePermission();
    void editorsGetSecretsFromTheDatabase();
    void serverRoleDoesWhatPhonedeskServerDoes();
    void teamManagement();
    void setupIsIdempotentAndGuardsForeignRoles();
    void upgradeKeepsEveryRow_data();
    void upgradeKeepsEveryRow();

private:
    ConnectionSpec loginSpec(Login login) const;
    std::unique_ptr<Storage> openAs(Login login);
    QString substitute(QString sql, Login login) const;

    TestDatabase m_db;
    Storage *s = nullptr;
    Site m_berlin;
    Site m_london;
    Id m_berlinPhone = 0;
    Id m_berlinSpare = 0;
    Id m_londonPhone = 0;
    Id m_user = 0;
    Id m_opCommand = 0;
    QHash<TeamRole, QString> m_groups;
    bool m_passwordsEnforced = false;
};

void TestTeamRoles::initTestCase()
{
    if (!postgresAvailable()) {
        if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
            QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test cluster is configured "
                  "(PHONEDESK_TEST_PG_PORT)");
        QSKIP("Team mode needs PostgreSQL (set PHONEDESK_TEST_PG_PORT; scripts/test starts one)");
    }
    QString error;
    m_db = createDatabase(Backend::Postgres, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    s = m_db.storage.get();
    QVERIFY(s->identity().owner);

    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    m_berlin = *s->sites().create(site);
    site.name = QStringLiteral("London");
    m_london = *s->sites().create(site);
    const BaseSettings vvx =
        *s->baseSettings().create({0, QStringLiteral("VVX 450"), QStringLiteral("poly-vvx-450"), {}, {}, 1});
    m_user = s->users()
                 .create({0, QStringLiteral("Anna Keller"), QStringLiteral("anna@example.com"),
                          QStringLiteral("1001"), 1})
                 ->id;
    auto phone = [&](const QString &name, Id siteId, const QString &mac) {
        Phone p;
        p.name = name;
        p.category = PhoneCategory::Managed;
        p.baseSettingsId = vvx.id;
        p.siteId = siteId;
        p.hardwareId = mac;
        p.userId = m_user;
        auto created = s->phones().create(p);
        if (!created)
            qFatal("%s", qPrintable(created.error().fullText()));
        return created->id;
    };
    m_berlinPhone = phone(QStringLiteral("Berlin 1"), m_berlin.id, QStringLiteral("0004f2000001"));
    m_berlinSpare = phone(QStringLiteral("Berlin 2"), m_berlin.id, QStringLiteral("0004f2000002"));
    m_londonPhone = phone(QStringLiteral("London 1"), m_london.id, QStringLiteral("0004f2000003"));

    auto setup = s->team().setup();
    QVERIFY2(setup, setup ? "" : qPrintable(setup.error().fullText()));
    QCOMPARE(setup->created.size(), TeamRoleCount);
    m_groups = setup->groupRoles;
    QCOMPARE(m_groups.value(TeamRole::Viewer), m_db.spec.database + QStringLiteral("_viewer"));

    const TeamRole roles[] = {TeamRole::Viewer, TeamRole::Operator, TeamRole::Editor, TeamRole::Administrator,
                              TeamRole::Server};
    for (int i = 0; i < LoginCount; ++i) {
        TeamMember member;
        member.login = teamLogin(m_db, QString::fromLatin1(LoginNames[i]));
        member.role = roles[i];
        if (i == OperatorBerlin || i == EditorBerlin)
            member.sites = QList<Id> {m_berlin.id};
        auto added = s->team().add(member, Scram::verifier(Password));
        QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
        QVERIFY(*added);
    }
    // A command the Berlin operator queued (CommandQueue, as its console does) and a London phone
    // the owner added to it.
    {
        auto op = openAs(OperatorBerlin);
        QVERIFY(op);
        auto queued = CommandQueue(*op).submit(QStringLiteral("restart"), {m_berlinPhone});
        QVERIFY2(queued, queued ? "" : qPrintable(queued.error().fullText()));
        m_opCommand = *queued;
        auto refused = CommandQueue(*op).submit(QStringLiteral("restart"), {m_londonPhone});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Permission);
        QSqlQuery add(s->database());
        QVERIFY(add.exec(QStringLiteral("INSERT INTO command_results (command_id, phone_id) VALUES (%1, %2)")
                             .arg(m_opCommand)
                             .arg(m_londonPhone)));
    }
    // Is the test cluster checking passwords (scripts/test: scram-sha-256 for every login but the
    // test login)? A wrong password tells.
    const PsqlResult wrong =
        psql(asLogin(m_db.spec, teamLogin(m_db, QStringLiteral("viewer")), QStringLiteral("wrong")),
             {QStringLiteral("SELECT 1")});
    m_passwordsEnforced = wrong.exitCode != 0;
    if (!m_passwordsEnforced && qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
        QFAIL("the test cluster accepts team logins without their password; scripts/test configures "
              "scram-sha-256 for them");
}

void TestTeamRoles::cleanupTestCase()
{
    s = nullptr;
    m_db = TestDatabase();
}

ConnectionSpec TestTeamRoles::loginSpec(Login login) const
{
    return asLogin(m_db.spec, teamLogin(m_db, QString::fromLatin1(LoginNames[login])), Password);
}

std::unique_ptr<Storage> TestTeamRoles::openAs(Login login)
{
    auto opened = Storage::open(loginSpec(login));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().fullText()));
        return nullptr;
    }
    return std::move(opened).value();
}

QString TestTeamRoles::substitute(QString sql, Login login) const
{
    sql.replace(QLatin1String(":opCommand"), QString::number(m_opCommand));
    sql.replace(QLatin1String(":berlinSpare"), QString::number(m_berlinSpare));
    sql.replace(QLatin1String(":berlinSite"), QString::number(m_berlin.id));
    sql.replace(QLatin1String(":londonSite"), QString::number(m_london.id));
    sql.replace(QLatin1String(":berlin"), QString::number(m_berlinPhone));
    sql.replace(QLatin1String(":london"), QString::number(m_londonPhone));
    sql.replace(QLatin1String(":user"), QString::number(m_user));
    sql.replace(QLatin1String(":self"), teamLogin(m_db, QString::fromLatin1(LoginNames[login])));
    sql.replace(QLatin1String(":adminGroup"), m_groups.value(TeamRole::Administrator));
    sql.replace(QLatin1String(":newLogin"), teamLogin(m_db, QStringLiteral("intruder")));
    return sql;
}

void TestTeamRoles::loginsUseScramVerifiers()
{
    // The right password opens the database through psql and through Qt Sql.
    const PsqlResult ok = psql(loginSpec(Viewer), {QStringLiteral("SELECT session_user")});
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.out, teamLogin(m_db, QStringLiteral("viewer")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("scram-check"));
        const ConnectionSpec spec = loginSpec(OperatorBerlin);
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setDatabaseName(spec.database);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT session_user")) && q.next());
        QCOMPARE(q.value(0).toString(), spec.user);
        q.finish();
        db.close();
        if (m_passwordsEnforced) {
            db.setPassword(QStringLiteral("wrong password"));
            QVERIFY(!db.open());
            QVERIFY2(db.lastError().text().contains(QLatin1String("password authentication failed")),
                     qPrintable(db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scram-check"));
    if (!m_passwordsEnforced)
        QSKIP("the test cluster does not check passwords (trust): wrong passwords cannot be tried");
    const PsqlResult wrong = psql(
        asLogin(m_db.spec, teamLogin(m_db, QStringLiteral("viewer")), QStringLiteral("Grusse aus Berlin 1")),
        {QStringLiteral("SELECT 1")});
    QVERIFY(wrong.exitCode != 0);
    QVERIFY2(wrong.err.contains(QLatin1String("password authentication failed")), qPrintable(wrong.err));
}

// One row per attempt; the columns are what each login gets: a SQLSTATE for a refusal, the count
// a statement returns, or "done". Every attempt runs in a transaction that is rolled back.
void TestTeamRoles::roleMatrix_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>(
        "expected"); // viewer, operator (Berlin), editor (Berlin), administrator, server

    const char *const refused = "42501";
    auto row = [&](const char *name, const char *sql, const QList<const char *> &expected) {
        QStringList values;
        for (const char *v : expected)
            values.append(QString::fromLatin1(v));
        QTest::newRow(name) << QString::fromLatin1(sql) << values;
    };
    auto all = [&](const char *v) { return QList<const char *>(LoginCount, v); };
    // Reading.
    row("read the phones", "SELECT count(*) FROM phones", {"3", "2", "2", "3", "3"});
    row("read another site's phone", "SELECT count(*) FROM phones WHERE id = :london",
        {"1", "0", "0", "1", "1"});
    row("read device secrets", "SELECT count(device_secret) FROM phones",
        {refused, refused, refused, "3", "3"});
    row("read status of every phone", "SELECT count(*) FROM phone_status", all("0"));
    row("read the audit log of another site",
        "SELECT count(*) FROM audit WHERE entity_type = 'phone' "
        "AND entity_id = :london",
        {"1", "0", "0", "1", "1"});
    // Phones.
    row("log out a phone",
        "WITH x AS (UPDATE phones SET user_id = NULL, version = version + 1 "
        "WHERE id = :berlin RETURNING 1) SELECT count(*) FROM x",
        {refused, "1", "1", "1", refused});
    row("assign a user to a phone",
        "WITH x AS (UPDATE phones SET user_id = :user, version = version + 1 "
        "WHERE id = :berlinSpare RETURNING 1) SELECT count(*) FROM x",
        {refused, refused, "1", "1", refused});
    row("update a phone",
        "WITH x AS (UPDATE phones SET description = 'changed' WHERE id = :berlin "
        "RETURNING 1) SELECT count(*) FROM x",
        {refused, refused, "1", "1", refused});
    row("update another site's phone",
        "WITH x AS (UPDATE phones SET user_id = NULL WHERE id = :london "
        "RETURNING 1) SELECT count(*) FROM x",
        {refused, "0", "0", "1", refused});
    row("move a phone to another site",
        "WITH x AS (UPDATE phones SET site_id = :londonSite WHERE id = :berlin "
        "RETURNING 1) SELECT count(*) FROM x",
        {refused, refused, refused, "1", refused});
    row("add a phone at another site",
        "WITH x AS (INSERT INTO phones (name, category, base_settings_id, site_id) SELECT 'New', 'managed', "
        "base_settings_id, :londonSite FROM phones WHERE id = :berlin RETURNING 1) SELECT count(*) FROM x",
        {refused, refused, refused, "1", refused});
    row("add a phone at one's site",
        "WITH x AS (INSERT INTO phones (name, category, base_settings_id, site_id) SELECT 'New', 'managed', "
        "base_settings_id, :berlinSite FROM phones WHERE id = :berlin RETURNING 1) SELECT count(*) FROM x",
        {refused, refused, "1", "1", refused});
    row("choose a device secret",
        "WITH x AS (INSERT INTO phones (name, category, base_settings_id, site_id, device_secret) SELECT "
        "'New', "
        "'managed', base_settings_id, :berlinSite, 'chosen' FROM phones WHERE id = :berlin RETURNING 1) "
        "SELECT count(*) FROM x",
        {refused, refused, refused, "1", refused});
    row("delete a phone",
        "WITH x AS (DELETE FROM phones WHERE id = :berlinSpare RETURNING 1) SELECT count(*) FROM x",
        {refused, refused, "1", "1", refused});
    // Status.
    row("record status",
        "WITH x AS (INSERT INTO phone_status (phone_id, status) VALUES (:berlin, 'online') "
        "ON CONFLICT (phone_id) DO UPDATE SET status = excluded.status RETURNING 1) "
        "SELECT count(*) FROM x",
        {refused, "1", "1", "1", "1"});
    row("record status of another site's phone",
        "WITH x AS (INSERT INTO phone_status (phone_id, status) VALUES (:london, 'online') "
        "ON CONFLICT (phone_id) DO UPDATE SET status = excluded.status RETURNING 1) SELECT count(*) FROM x",
        {refused, refused, refused, "1", "1"});
    row("record a provisioning fetch",
        "WITH x AS (INSERT INTO phone_status (phone_id, fetch_ip) VALUES (:berlin, '192.0.2.10') "
        "ON CONFLICT (phone_id) DO UPDATE SET fetch_ip = excluded.fetch_ip RETURNING 1) SELECT count(*) FROM "
        "x",
        {refused, refused, refused, "1", "1"});
    // The audit log.
    row("append an audit entry",
        "WITH x AS (INSERT INTO audit (action, entity_type, entity_id) VALUES "
        "('test.note', 'phone', :berlin) RETURNING actor = session_user AS own) "
        "SELECT count(*) FROM x WHERE own",
        {refused, "1", "1", "1", "1"});
    row("append an audit entry about another site's phone",
        "WITH x AS (INSERT INTO audit (action, entity_type, entity_id) VALUES ('test.note', 'phone', "
        ":london) "
        "RETURNING 1) SELECT count(*) FROM x",
        {refused, refused, refused, "1", "1"});
    row("append an audit entry with a forged actor",
        "INSERT INTO audit (actor, action, entity_type) VALUES ('someone else', 'test.note', 'site')",
        all(refused));
    row("append an audit entry with a forged time",
        "INSERT INTO audit (at, action, entity_type) VALUES (0, 'test.note', 'site')", all(refused));
    row("alter audit entries", "UPDATE audit SET details = 'rewritten'", all(refused));
    row("delete audit entries", "DELETE FROM audit", all(refused));
    row("truncate the audit log", "TRUNCATE audit", all(refused));
    // Reference data and settings.
    row("add a site",
        "INSERT INTO sites (name, media_model, primary_host, primary_port, primary_transport) "
        "VALUES ('Paris', 'cloud', 'sip.example.com', 5061, 'tls')",
        {refused, refused, refused, "done", refused});
    row("change a setting", "INSERT INTO app_settings (key, value) VALUES ('test.key', 'x')",
        {refused, refused, refused, "done", refused});
    row("count the quarantine's drops",
        "INSERT INTO app_settings (key, value) VALUES ('provisioning.quarantineDropped', '1') "
        "ON CONFLICT (key) DO UPDATE SET value = '2'",
        {refused, refused, refused, "done", "done"});
    row("remove a quarantined device", "DELETE FROM provisioning_quarantine",
        {refused, refused, "done", "done", refused});
    // Roles.
    row("grant oneself the administrator role", "GRANT :adminGroup TO :self", all(refused));
    row("create a role", "CREATE ROLE :newLogin LOGIN", all(refused));
    row("give oneself a role through PhoneDesk",
        "SELECT count(*) FROM (SELECT phonedesk_team_set_role(':self', 'administrator')) x",
        {refused, refused, refused, "1", refused});
    row("add a login through PhoneDesk",
        "SELECT count(*) FROM (SELECT phonedesk_team_add(':newLogin', 'administrator', NULL, NULL)) x",
        {refused, refused, refused, "1", refused});
    row("read the team", "SELECT count(*) FROM team_members", all(refused));
    // Phone commands in team mode (initTestCase: the Berlin operator's command over a Berlin
    // phone; the owner added a London phone to it).
    row("queue a command",
        "WITH x AS (INSERT INTO commands (kind) VALUES ('restart') RETURNING requested_by = session_user AS "
        "own) "
        "SELECT count(*) FROM x WHERE own",
        {refused, "1", "1", "1", refused});
    row("queue a command in another's name",
        "INSERT INTO commands (kind, requested_by) VALUES ('restart', 'someone else')", all(refused));
    row("add a phone of one's site to one's command",
        "INSERT INTO command_results (command_id, phone_id) VALUES (:opCommand, :berlinSpare)",
        {refused, "done", refused, refused, refused});
    row("add another site's phone to one's command",
        "INSERT INTO command_results (command_id, phone_id) VALUES (:opCommand, :london)", all(refused));
    row("read command results", "SELECT count(*) FROM command_results", {"2", "1", "1", "2", "2"});
    row("record a command's results",
        "WITH x AS (UPDATE command_results SET state = 'succeeded' WHERE command_id = :opCommand "
        "RETURNING 1) SELECT count(*) FROM x",
        {refused, refused, refused, refused, "2"});
    row("claim queued results",
        "SELECT count(*) FROM (SELECT 1 FROM command_results WHERE state = 'queued' "
        "FOR UPDATE SKIP LOCKED) x",
        {refused, refused, refused, refused, "2"});
    row("cancel a command",
        "WITH x AS (UPDATE commands SET cancel_requested = true WHERE id = :opCommand RETURNING 1) "
        "SELECT count(*) FROM x",
        {refused, "1", "0", "1", refused});
    row("record a command's state",
        "WITH x AS (UPDATE commands SET state = 'done' WHERE id = :opCommand RETURNING 1) SELECT count(*) "
        "FROM x",
        {refused, refused, refused, refused, "1"});
}

void TestTeamRoles::roleMatrix()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    for (int i = 0; i < LoginCount; ++i) {
        const Login login = Login(i);
        const QString statement = substitute(sql, login);
        const QString connection = QStringLiteral("matrix-%1").arg(i);
        QString viaQt;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            const ConnectionSpec spec = loginSpec(login);
            db.setHostName(spec.host);
            db.setPort(spec.port);
            db.setDatabaseName(spec.database);
            db.setUserName(spec.user);
            db.setPassword(spec.password);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            viaQt = runQt(db, statement);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        const QString viaPsql = runPsql(loginSpec(login), statement);
        const QString who = QString::fromLatin1(LoginNames[i]);
        QVERIFY2(
            viaQt == expected.at(i),
            qPrintable(
                QStringLiteral("%1 through Qt Sql: got %2, expected %3").arg(who, viaQt, expected.at(i))));
        QVERIFY2(
            viaPsql == expected.at(i),
            qPrintable(
                QStringLiteral("%1 through psql: got %2, expected %3").arg(who, viaPsql, expected.at(i))));
    }
}

// Every cell of the role table in docs/user-guide.md against what the database grants each group:
// a privilege on the whole table, on the columns named, or on all columns but those named; and
// nothing that the table does not list.
void TestTeamRoles::privilegesMatchTheRoleTable()
{
    QFile guide(QStringLiteral(PHONEDESK_DOCS_DIR "/user-guide.md"));
    QVERIFY2(guide.open(QIODevice::ReadOnly), qPrintable(guide.fileName()));
    const QString text = QString::fromUtf8(guide.readAll());
    const qsizetype start = text.indexOf(QLatin1String("<!-- role-table -->"));
    const qsizetype end = text.indexOf(QLatin1String("<!-- /role-table -->"));
    QVERIFY2(start >= 0 && end > start,
             "docs/user-guide.md has no role table between <!-- role-table --> markers");
    const QStringList lines = text.mid(start, end - start).split(u'\n');
    const TeamRole order[] = {TeamRole::Viewer, TeamRole::Operator, TeamRole::Editor, TeamRole::Administrator,
                              TeamRole::Server};
    const QStringList privileges = {QStringLiteral("SELECT"), QStringLiteral("INSERT"),
                                    QStringLiteral("UPDATE"), QStringLiteral("DELETE")};
    static const QRegularExpression cellPart(
        QStringLiteral(R"((SELECT|INSERT|UPDATE|DELETE|EXECUTE)(?:\s*\((all but\s+)?([a-z0-9_, ]+)\))?)"));
    int checkedTables = 0;
    QStringList documentedFunctions;
    QSqlQuery q(s->database());
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("| `")))
            continue;
        QStringList cells = line.split(u'|');
        cells.removeFirst();
        cells.removeLast();
        QVERIFY2(cells.size() == 6, qPrintable(line));
        const QString object = cells.at(0).trimmed().remove(u'`');
        const bool function = object.contains(u'(');
        QStringList columns;
        if (!function) {
            QVERIFY(q.exec(QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = '%1'::regclass "
                                          "AND attnum > 0 AND NOT attisdropped")
                               .arg(object)));
            while (q.next())
                columns.append(q.value(0).toString());
            QVERIFY2(!columns.isEmpty(), qPrintable(object));
        }
        for (int r = 0; r < TeamRoleCount; ++r) {
            const QString group = m_groups.value(order[r]);
            const QString cell = cells.at(r + 1).trimmed();
            // What the cell grants: privilege -> columns (empty: the whole table).
            QHash<QString, QStringList> granted;
            auto it = cellPart.globalMatch(cell);
            while (it.hasNext()) {
                const auto m = it.next();
                QStringList named = m.captured(3).split(u',', Qt::SkipEmptyParts);
                for (QString &c : named)
                    c = c.trimmed();
                if (!m.captured(2).isEmpty()) {
                    QStringList rest = columns;
                    for (const QString &c : named)
                        rest.removeAll(c);
                    named = rest;
                }
                granted.insert(m.captured(1), named);
            }
            auto ask = [&](const QString &sql) {
                if (!q.exec(sql) || !q.next()) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                    return false;
                }
                return q.value(0).toBool();
            };
            if (function) {
                const bool expected = granted.contains(QStringLiteral("EXECUTE"));
                QVERIFY2(ask(QStringLiteral("SELECT has_function_privilege('%1', '%2', 'EXECUTE')")
                                 .arg(group, object)) == expected,
                         qPrintable(QStringLiteral("%1 EXECUTE on %2: the role table says \"%3\"")
                                        .arg(group, object, cell)));
                continue;
            }
            for (const QString &privilege : privileges) {
                const bool whole = granted.contains(privilege) && granted.value(privilege).isEmpty();
                QVERIFY2(ask(QStringLiteral("SELECT has_table_privilege('%1', '%2', '%3')")
                                 .arg(group, object, privilege)) == whole,
                         qPrintable(QStringLiteral("%1 %2 on %3: the role table says \"%4\"")
                                        .arg(group, privilege, object, cell)));
                if (privilege == QLatin1String("DELETE"))
                    continue; // no column privilege
                for (const QString &column : std::as_const(columns)) {
                    const bool expected =
                        granted.contains(privilege) && (whole || granted.value(privilege).contains(column));
                    QVERIFY2(ask(QStringLiteral("SELECT has_column_privilege('%1', '%2', '%3', '%4')")
                                     .arg(group, object, column, privilege)) == expected,
                             qPrintable(QStringLiteral("%1 %2 on %3.%4: the role table says \"%5\"")
                                            .arg(group, privilege, object, column, cell)));
                }
            }
            for (const char *other : {"TRUNCATE", "REFERENCES", "TRIGGER"})
                QVERIFY2(!ask(QStringLiteral("SELECT has_table_privilege('%1', '%2', '%3')")
                                  .arg(group, object, QLatin1String(other))),
                         qPrintable(QStringLiteral("%1 %2 on %3").arg(group, QLatin1String(other), object)));
        }
        if (function)
            documentedFunctions.append(object);
        else
            ++checkedTables;
    }
    // Functions the table does not list (the team functions' helpers) run for no group.
    QVERIFY(q.exec(QStringLiteral("SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON "
                                  "n.oid = p.pronamespace WHERE n.nspname = current_schema()")));
    QStringList undocumented;
    while (q.next()) {
        QString signature = q.value(0).toString();
        if (!documentedFunctions.contains(signature))
            undocumented.append(signature);
    }
    QVERIFY(undocumented.size() >= 5);
    for (const QString &f : std::as_const(undocumented)) {
        for (const TeamRole role : order)
            QVERIFY2(!(q.exec(QStringLiteral("SELECT has_function_privilege('%1', '%2', 'EXECUTE')")
                                  .arg(m_groups.value(role), f)) &&
                       q.next() && q.value(0).toBool()),
                     qPrintable(QStringLiteral("%1 may run %2, which the role table does not list")
                                    .arg(m_groups.value(role), f)));
    }
    // Every table of the schema is in the role table.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")) &&
            q.next());
    QCOMPARE(checkedTables, q.value(0).toInt());
    // PUBLIC has nothing: no table, no function, no connection.
    QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*) FROM pg_tables t WHERE schemaname = current_schema() AND "
                "(has_table_privilege('public', quote_ident(schemaname) || '.' || quote_ident(tablename), "
                "'SELECT') OR "
                "has_table_privilege('public', quote_ident(schemaname) || '.' || quote_ident(tablename), "
                "'INSERT'))")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = current_schema() AND has_function_privilege('public', p.oid, "
                "'EXECUTE')")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(
        q.exec(QStringLiteral("SELECT has_database_privilege('public', current_database(), 'CONNECT')")) &&
        q.next());
    QVERIFY(!q.value(0).toBool());
}

void TestTeamRoles::identityComesFromTheDatabase()
{
    auto op = openAs(OperatorBerlin);
    QVERIFY(op);
    const SessionIdentity &id = op->identity();
    QVERIFY(id.fromDatabase);
    QCOMPARE(id.login, teamLogin(m_db, QStringLiteral("op_berlin")));
    QCOMPARE(id.role, Role::Operator);
    QVERIFY(!id.owner);
    QVERIFY(!id.server);
    QCOMPARE(id.sites, std::optional<QList<Id>>(QList<Id> {m_berlin.id}));
    QCOMPARE(op->actor(), id.login);
    QCOMPARE(op->role(), Role::Operator);
    QVERIFY(!op->canReadSecrets());
    QVERIFY(op->mayTouchSite(m_berlin.id));
    QVERIFY(!op->mayTouchSite(m_london.id));

    // --role may lower, never raise; setActor caps silently and keeps the login as the actor.
    auto refused = op->requestRole(Role::Administrator);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Permission);
    QVERIFY2(refused.error().message.contains(displayName(Role::Operator)) &&
                 refused.error().message.contains(displayName(Role::Administrator)),
             qPrintable(refused.error().message));
    QCOMPARE(op->role(), Role::Operator);
    QVERIFY(op->requestRole(Role::Viewer));
    QCOMPARE(op->role(), Role::Viewer);
    op->setActor(QStringLiteral("someone else"), Role::Administrator);
    QCOMPARE(op->role(), Role::Operator);
    QCOMPARE(op->actor(), id.login);

    auto server = openAs(Server);
    QVERIFY(server);
    QVERIFY(server->identity().server);
    QCOMPARE(server->role(), Role::Operator);
    QVERIFY(server->canReadSecrets());
    QVERIFY(!server->identity().sites);
    auto admin = openAs(Administrator);
    QVERIFY(admin);
    QCOMPARE(admin->role(), Role::Administrator);
    QVERIFY(admin->canReadSecrets());
    auto viewer = openAs(Viewer);
    QVERIFY(viewer);
    QCOMPARE(viewer->role(), Role::Viewer);
    QVERIFY(!viewer->identity().sites);

    // A login outside the team is told so, not shown a driver error.
    QSqlQuery q(s->database());
    const QString stranger = teamLogin(m_db, QStringLiteral("stranger"));
    QVERIFY2(
        q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(stranger, Scram::verifier(Password))),
        qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(m_db.spec.database, stranger)));
    auto outsider = Storage::open(asLogin(m_db.spec, stranger, Password));
    QVERIFY(!outsider);
    QCOMPARE(outsider.error().code, Error::Code::Permission);
    QVERIFY2(outsider.error().message.contains(QLatin1String("not a member")),
             qPrintable(outsider.error().message));
    QVERIFY(
        q.exec(QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM %2").arg(m_db.spec.database, stranger)));
    QVERIFY(q.exec(QStringLiteral("DROP ROLE %1").arg(stranger)));
}

void TestTeamRoles::auditActorAndTimeFromTheDatabase()
{
    auto op = openAs(OperatorBerlin);
    QVERIFY(op);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(op->phones().clearUser({m_berlinPhone}));
    auto entries = s->audit().query({});
    QVERIFY(entries);
    const AuditEntry &e = entries->first();
    QCOMPARE(e.action, QStringLiteral("phone.logout"));
    QCOMPARE(e.actor, op->identity().login);
    QVERIFY(qAbs(e.time.toMSecsSinceEpoch() - before) < 60000);
    // The owner's own writes get its login too: setActor's name counts only on SQLite.
    s->setActor(QStringLiteral("someone else"), Role::Administrator);
    QVERIFY(s->writeAudit(QStringLiteral("test.owner"), QStringLiteral("site"), 0, QStringLiteral("x")));
    entries = s->audit().query({});
    QCOMPARE(entries->first().actor, m_db.spec.user);
    // Back as it was for the other tests.
    Phone p = *s->phones().get(m_berlinPhone);
    p.userId = m_user;
    QVERIFY(s->phones().update(p));
}

void TestTeamRoles::siteScopeInTheStorageLayer()
{
    auto editor = openAs(EditorBerlin);
    QVERIFY(editor);
    auto rows = editor->phones().list();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    for (const PhoneRow &r : *rows)
        QCOMPARE(r.siteId, m_berlin.id);
    QCOMPARE(editor->phones().get(m_londonPhone).error().code, Error::Code::NotFound);

    // Moving a phone to a site outside the scope is refused before the database is asked, naming the field.
    Phone p = *editor->phones().get(m_berlinSpare);
    p.siteId = m_london.id;
    auto moved = editor->phones().update(p);
    QVERIFY(!moved);
    QVERIFY2(moved.error().code == Error::Code::Validation, qPrintable(moved.error().fullText()));
    QCOMPARE(moved.error().fields.value(0).field, QStringLiteral("site"));
    // Status: only the scope's phones are read and written.
    StatusRecord r;
    r.phoneId = m_berlinPhone;
    r.status = PhoneStatus::Online;
    auto op = openAs(OperatorBerlin);
    QVERIFY(op);
    auto applied = op->status().applyProbeResults({r});
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().fullText()));
    QCOMPARE(*applied, QList<Id> {m_berlinPhone});
    QCOMPARE(s->status().get(m_berlinPhone)->status, PhoneStatus::Online);
    QCOMPARE(op->status().all()->size(), 1);
    // A London record is dropped (the phone is not visible), not written.
    r.phoneId = m_londonPhone;
    applied = op->status().applyProbeResults({r});
    QVERIFY(applied);
    QVERIFY(applied->isEmpty());
    QCOMPARE(s->status().get(m_londonPhone)->status, PhoneStatus::Unknown);
    // The audit log: entries about London phones are not shown.
    auto audit = op->audit().query({});
    QVERIFY(audit);
    for (const AuditEntry &e : *audit)
        QVERIFY2(!(e.entityType == QLatin1String("phone") && e.entityId == m_londonPhone),
                 qPrintable(e.action));
    QVERIFY(s->audit().query({})->size() > audit->size());
}

void TestTeamRoles::refusalsNameThePermission()
{
    // What the database refuses reaches people as a message naming the permission, never the
    // driver's text (these go around the storage layer's own checks on purpose).
    auto viewer = openAs(Viewer);
    QVERIFY(viewer);
    QSqlQuery q(viewer->database());
    QVERIFY(!q.exec(QStringLiteral("UPDATE phones SET description = 'x'")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    Error e = Sql::toError(q.lastError(), QStringLiteral("saving phone \"Berlin 1\""));
    QCOMPARE(e.code, Error::Code::Permission);
    QVERIFY2(e.message.contains(QLatin1String("Editor")) && e.message.contains(QLatin1String("saving phone")),
             qPrintable(e.message));
    for (const char *raw : {"ERROR", "QPSQL", "42501", "permission denied for"})
        QVERIFY2(!e.message.contains(QLatin1String(raw)), qPrintable(e.message));

    auto op = openAs(OperatorBerlin);
    QVERIFY(op);
    QSqlQuery o(op->database());
    QVERIFY(
        !o.exec(QStringLiteral("INSERT INTO audit (action, entity_type, entity_id) VALUES ('x', 'phone', %1)")
                    .arg(m_londonPhone)));
    e = Sql::toError(o.lastError(), QStringLiteral("writing the audit log"));
    QCOMPARE(e.code, Error::Code::Permission);
    QVERIFY2(e.message.contains(QLatin1String("site")), qPrintable(e.message));
    QVERIFY2(!e.message.contains(QLatin1String("row-level")), qPrintable(e.message));

    // The storage layer's own checks come first and name role and scope.
    auto exported = op->phones().deviceSecret(m_berlinPhone);
    QVERIFY(!exported);
    QCOMPARE(exported.error().code, Error::Code::Permission);
    auto listed = op->team().list();
    QVERIFY(!listed);
    QCOMPARE(listed.error().code, Error::Code::Permission);
    QVERIFY(!op->sites().create(m_berlin));
}

void TestTeamRoles::editorsGetSecretsFromTheDatabase()
{
    auto editor = openAs(EditorBerlin);
    QVERIFY(editor);
    Phone p = *s->phones().get(m_berlinPhone);
    p.id = 0;
    p.name = QStringLiteral("Berlin new");
    p.hardwareId = QStringLiteral("0004f2000009");
    auto created = editor->phones().create(p);
    QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));
    auto secret = s->phones().deviceSecret(created->id);
    QVERIFY(secret);
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-HJ-NP-Za-km-z2-9]{24}$")).match(*secret).hasMatch(),
             qPrintable(*secret));
    QVERIFY(*secret != *s->phones().deviceSecret(m_berlinPhone));
    QVERIFY(editor->phones().remove({created->id}));
    // The deletion's audit entry is the editor's (written while the phone still existed).
    AuditQuery query;
    query.action = QStringLiteral("phone.delete");
    auto deleted = s->audit().query(query);
    QVERIFY(deleted && !deleted->isEmpty());
    QCOMPARE(deleted->first().actor, editor->identity().login);
}

// What the provisioning server and the status poller do, as the server role's login: render
// (device secrets included), record fetches and probes, fill the quarantine, read settings and
// write the activity log; and nothing an Administrator does.
void TestTeamRoles::serverRoleDoesWhatPhonedeskServerDoes()
{
    auto server = openAs(Server);
    QVERIFY(server);
    auto inputs = ProvisioningInputs::managedPhones(*server, {});
    QVERIFY2(inputs, inputs ? "" : qPrintable(inputs.error().fullText()));
    QCOMPARE(inputs->size(), 3);
    QCOMPARE(inputs->first().deviceSecret.size(), 24);
    ProvisioningFetch fetch;
    fetch.time = QDateTime::currentDateTimeUtc();
    fetch.ip = QStringLiteral("192.0.2.20");
    fetch.userAgent = QStringLiteral("Yealink SIP-T54W");
    fetch.configHash = QStringLiteral("abc");
    auto fetched = server->status().recordFetch(m_londonPhone, fetch);
    QVERIFY2(fetched, fetched ? "" : qPrintable(fetched.error().fullText()));
    QCOMPARE(s->status().get(m_londonPhone)->lastFetch.ip, fetch.ip);
    StatusRecord probe;
    probe.phoneId = m_londonPhone;
    probe.status = PhoneStatus::Degraded;
    QVERIFY(server->status().applyProbeResults({probe}));
    QuarantineEntry unknown;
    unknown.mac = QStringLiteral("0004f20000aa");
    unknown.lastSeen = QDateTime::currentDateTimeUtc();
    unknown.ip = QStringLiteral("192.0.2.21");
    auto quarantined = QuarantineRepository(*server).record({unknown, unknown}, 1000);
    QVERIFY2(quarantined, quarantined ? "" : qPrintable(quarantined.error().fullText()));
    QCOMPARE(*quarantined, 1);
    QVERIFY(s->setSetting(QStringLiteral("provisioning.port"), QStringLiteral("9443")));
    QCOMPARE(*server->setting(QStringLiteral("provisioning.port")), QStringLiteral("9443"));
    QVERIFY(server->writeAudit(QStringLiteral("phone.resync"), QStringLiteral("phone"), m_londonPhone,
                               QStringLiteral("London 1"), QStringLiteral("succeeded")));
    // Not an administrator: no settings, no phones, no team.
    QCOMPARE(server->setSetting(QStringLiteral("provisioning.port"), QStringLiteral("1")).error().code,
             Error::Code::Permission);
    QCOMPARE(server->phones().remove({m_londonPhone}).error().code, Error::Code::Permission);
    QCOMPARE(server->team().list().error().code, Error::Code::Permission);
    // Others may not render: the files hold the phones' passwords.
    auto op = openAs(OperatorBerlin);
    QVERIFY(op);
    auto refused = ProvisioningInputs::managedPhones(*op, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Permission);
    QVERIFY(QuarantineRepository(*s).remove({unknown.mac}));
}

void TestTeamRoles::teamManagement()
{
    auto admin = openAs(Administrator);
    QVERIFY(admin);
    TeamMember m;
    m.login = teamLogin(m_db, QStringLiteral("carol"));
    m.role = TeamRole::Operator;
    m.sites = QList<Id> {m_london.id};
    auto added = admin->team().add(m, Scram::verifier(QStringLiteral("carol's password")));
    QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
    QVERIFY(*added);
    auto carol = Storage::open(asLogin(m_db.spec, m.login, QStringLiteral("carol's password")));
    QVERIFY2(carol, carol ? "" : qPrintable(carol.error().fullText()));
    QCOMPARE((*carol)->identity().sites, m.sites);
    QCOMPARE((*carol)->phones().list()->size(), 1);
    carol->reset();

    auto members = admin->team().list();
    QVERIFY(members);
    QStringList logins;
    for (const TeamMember &t : *members)
        logins.append(t.login);
    QVERIFY2(logins.contains(m.login) && logins.size() == LoginCount + 1, qPrintable(logins.join(u',')));
    QVERIFY(!logins.contains(m_db.spec.user)); // the owner is no member

    // Adding twice, a site that does not exist, sites for an administrator: refused with a reason.
    auto again = admin->team().add(m, {});
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QLatin1String("already")), qPrintable(again.error().message));
    QVERIFY(!admin->team().setSites(m.login, QList<Id> {999999}));
    for (const QString &bad : {QStringLiteral("pg_evil"), QStringLiteral("two words"), QString()}) {
        TeamMember wrong = m;
        wrong.login = bad;
        auto refused = admin->team().add(wrong, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().fields.value(0).field, QStringLiteral("login"));
    }
    TeamMember scopedAdmin = m;
    scopedAdmin.login = teamLogin(m_db, QStringLiteral("scoped_admin"));
    scopedAdmin.role = TeamRole::Administrator;
    QCOMPARE(admin->team().add(scopedAdmin, {}).error().fields.value(0).field, QStringLiteral("sites"));
    QVERIFY(admin->team().setRole(m.login, TeamRole::Administrator));
    auto scoped = admin->team().setSites(m.login, QList<Id> {m_london.id});
    QVERIFY(!scoped);
    QCOMPARE(scoped.error().code, Error::Code::Validation);
    QVERIFY(admin->team().setRole(m.login, TeamRole::Editor));
    QVERIFY(admin->team().setSites(m.login, QList<Id> {m_berlin.id, m_london.id}));
    QVERIFY(admin->team().setPassword(m.login, Scram::verifier(QStringLiteral("another password"))));
    carol = Storage::open(asLogin(m_db.spec, m.login, QStringLiteral("another password")));
    QVERIFY(carol);
    QCOMPARE((*carol)->role(), Role::Editor);
    QCOMPARE((*carol)->phones().list()->size(), 3);
    // A member who is not an administrator cannot manage the team, even through the functions.
    auto refused = (*carol)->team().setRole(m.login, TeamRole::Administrator);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Permission);
    carol->reset();

    // Logins that were not made for this team keep their password; the owner is not a member.
    QVERIFY(!admin->team().setPassword(m_db.spec.user, Scram::verifier(Password)));
    QVERIFY(!admin->team().setRole(m_db.spec.user, TeamRole::Viewer));

    // Removed: the login is dropped; the audit log has every step, by the administrator.
    auto removed = admin->team().remove(m.login);
    QVERIFY2(removed, removed ? "" : qPrintable(removed.error().fullText()));
    QVERIFY(*removed);
    QVERIFY(!Storage::open(asLogin(m_db.spec, m.login, QStringLiteral("another password"))));
    AuditQuery query;
    query.entityType = QStringLiteral("team");
    auto steps = s->audit().query(query);
    QVERIFY(steps);
    QStringList actions;
    for (const AuditEntry &e : *steps) {
        if (e.entityName == m.login) {
            actions.prepend(e.action);
            QCOMPARE(e.actor, admin->identity().login);
        }
    }
    QCOMPARE(actions,
             (QStringList {QStringLiteral("team.add"), QStringLiteral("team.set-role"),
                           QStringLiteral("team.set-role"), QStringLiteral("team.set-sites"),
                           QStringLiteral("team.set-password"), QStringLiteral("team.remove")}));
    // Nobody removes themselves.
    QVERIFY(!admin->team().remove(admin->identity().login));
}

void TestTeamRoles::setupIsIdempotentAndGuardsForeignRoles()
{
    // Again: nothing created, the same grants.
    auto again = s->team().setup();
    QVERIFY2(again, again ? "" : qPrintable(again.error().fullText()));
    QVERIFY(again->created.isEmpty());
    QCOMPARE(again->groupRoles, m_groups);
    auto viewer = openAs(Viewer);
    QVERIFY(viewer);
    QCOMPARE(viewer->phones().list()->size(), 3);

    // Only the owner sets up, and only its own roles: a role of the same name made by someone else
    // is not taken over.
    auto admin = openAs(Administrator);
    QVERIFY(admin);
    QCOMPARE(admin->team().setup().error().code, Error::Code::Permission);
    QString error;
    TestDatabase other = createDatabase(Backend::Postgres, &error);
    QVERIFY2(other.storage, qPrintable(error));
    QSqlQuery q(other.storage->database());
    const QString squatter = TeamRepository::groupRoleName(other.spec.database, TeamRole::Administrator);
    QVERIFY(q.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(squatter)));
    auto refused = other.storage->team().setup();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY2(refused.error().message.contains(squatter), qPrintable(refused.error().message));
    QVERIFY(other.storage->team().groupRoles()->isEmpty()); // nothing was changed
    QVERIFY(q.exec(QStringLiteral("DROP ROLE %1").arg(squatter)));
    // Names stay within PostgreSQL's 63 bytes and differ per database.
    const QString longName = QString(80, u'x');
    QVERIFY(TeamRepository::groupRoleName(longName, TeamRole::Administrator).size() <= 63);
    QVERIFY(TeamRepository::groupRoleName(longName, TeamRole::Viewer) !=
            TeamRepository::groupRoleName(longName + u'y', TeamRole::Viewer));
    QCOMPARE(TeamRepository::groupRoleName(QStringLiteral("Phone-Desk"), TeamRole::Server),
             QStringLiteral("phone_desk_server"));
}

void TestTeamRoles::upgradeKeepsEveryRow_data()
{
    QTest::addColumn<int>("backend");
    QTest::addColumn<int>("from");
    QTest::newRow("postgres from 2") << int(Backend::Postgres) << 2;
    QTest::newRow("sqlite from 2") << int(Backend::Sqlite) << 2;
    QTest::newRow("postgres from 3") << int(Backend::Postgres) << 3;
    QTest::newRow("sqlite from 3") << int(Backend::Sqlite) << 3;
    QTest::newRow("postgres from 4") << int(Backend::Postgres) << 4;
    QTest::newRow("sqlite from 4") << int(Backend::Sqlite) << 4;
}

// A database of the schema an earlier release wrote (2, or 3 before phone commands went through
// the database), with phones, secrets, status and history: opened by this release it reaches the
// latest schema with every row as it was; on PostgreSQL the team is then set up and a scoped
// member works on it, queueing a command too.
void TestTeamRoles::upgradeKeepsEveryRow()
{
    QFETCH(int, backend);
    QFETCH(int, from);
    // An empty database of either kind, filled here with the statements of schema `from`.
    TestDatabase db;
    QString error;
    if (Backend(backend) == Backend::Postgres) {
        TestDatabase fresh = createDatabase(Backend::Postgres, &error);
        QVERIFY2(fresh.storage, qPrintable(error));
        db.spec = fresh.spec;
        QSqlQuery drop(fresh.storage->database());
        // Start over: the same database without PhoneDesk's objects.
        QVERIFY(drop.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
        QVERIFY(drop.exec(QStringLiteral("CREATE SCHEMA public")));
    } else {
        db.dir = std::make_unique<QTemporaryDir>();
        db.spec = ConnectionSpec::sqlite(db.dir->filePath(QStringLiteral("old.sqlite")));
    }
    const bool postgres = Backend(backend) == Backend::Postgres;
    const QString connection = QStringLiteral("schema2");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(
            postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), connection);
        if (postgres) {
            raw.setHostName(db.spec.host);
            raw.setPort(db.spec.port);
            raw.setUserName(db.spec.user);
            raw.setPassword(db.spec.password);
            raw.setDatabaseName(db.spec.database);
        } else {
            raw.setDatabaseName(db.spec.sqlitePath);
        }
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
        for (const Migrations::Migration &m : Migrations::all()) {
            if (m.version > from)
                continue;
            for (const QString &statement : m.statements) {
                const QString sql = Migrations::dialect(statement, postgres);
                if (!sql.isEmpty())
                    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
        }
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1)").arg(from)));
        const char *const rows[] = {
            "INSERT INTO sites (name, media_model, primary_host, primary_port, primary_transport) VALUES "
            "('Berlin', 'cloud', 'sip.example.com', 5061, 'tls'), ('London', 'cloud', 'sip.example.com', "
            "5061, 'tls')",
            "INSERT INTO users (name) VALUES ('Anna Keller')",
            "INSERT INTO base_settings (name, model_id) VALUES ('VVX 450', 'poly-vvx-450')",
            "INSERT INTO phones (name, category, base_settings_id, site_id, hardware_id, user_id, "
            "device_secret) "
            "VALUES ('Berlin 1', 'managed', 1, 1, '0004f2000001', 1, 'SecretOfBerlinPhone0001'), "
            "('London 1', 'managed', 1, 2, '0004f2000002', NULL, 'SecretOfLondonPhone0002')",
            "INSERT INTO phone_status (phone_id, status, fetch_ip, served_hash) VALUES (1, 'online', "
            "'192.0.2.1', "
            "'abc'), (2, 'offline', '', '')",
            "INSERT INTO audit (at, actor, action, entity_type, entity_id, entity_name, details) VALUES "
            "(1000, 'old-admin', 'phone.create', 'phone', 1, 'Berlin 1', 'managed'), "
            "(2000, 'old-admin', 'phone.create', 'phone', 2, 'London 1', 'managed'), "
            "(3000, 'old-admin', 'site.create', 'site', 1, 'Berlin', '')",
            "INSERT INTO app_settings (key, value) VALUES ('provisioning.port', '8443')",
            "INSERT INTO provisioning_quarantine (mac, first_seen, last_seen) VALUES ('0004f2000099', 1, 2)",
        };
        for (const char *sql : rows)
            QVERIFY2(q.exec(QString::fromLatin1(sql)),
                     qPrintable(QString::fromLatin1(sql) + u' ' + q.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);

    auto opened = Storage::open(db.spec);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().fullText()));
    Storage &st = **opened;
    QCOMPARE(st.schemaVersion(), Storage::latestSchemaVersion());
    QCOMPARE(st.schemaVersion(), 9);
    QCOMPARE(st.sites().list()->size(), 2);
    QCOMPARE(st.users().list()->size(), 1);
    QCOMPARE(st.phones().count().value(), 2);
    QCOMPARE(*st.phones().deviceSecret(1), QStringLiteral("SecretOfBerlinPhone0001"));
    QCOMPARE(*st.phones().deviceSecret(2), QStringLiteral("SecretOfLondonPhone0002"));
    QCOMPARE(st.phones().get(1)->userId, Id(1));
    QCOMPARE(st.status().get(1)->status, PhoneStatus::Online);
    QCOMPARE(st.status().get(1)->lastFetch.ip, QStringLiteral("192.0.2.1"));
    auto history = st.audit().query({});
    QVERIFY(history);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->last().actor, QStringLiteral("old-admin"));
    QCOMPARE(history->last().time.toMSecsSinceEpoch(), qint64(1000));
    QCOMPARE(*st.setting(QStringLiteral("provisioning.port")), QStringLiteral("8443"));
    auto firmware = FirmwareRepository(st).list(); // schema 5's library, empty
    QVERIFY2(firmware && firmware->isEmpty(), firmware ? "" : qPrintable(firmware.error().fullText()));
    auto rollouts = RolloutRepository(st).list(); // schema 8's rollouts, none yet
    QVERIFY2(rollouts && rollouts->isEmpty(), rollouts ? "" : qPrintable(rollouts.error().fullText()));
    // Before schema 7 the phones had no serial number yet and no redirection state.
    QCOMPARE(st.phones().get(1)->serialNumber, QString());
    QCOMPARE(RedirectionRepository(st).all()->size(), 0);
    Phone withSerial = *st.phones().get(1);
    withSerial.serialNumber = QStringLiteral("8012345678901234");
    QVERIFY(st.phones().update(withSerial));
    QCOMPARE(st.phones().get(1)->serialNumber, QStringLiteral("8012345678901234"));
    if (!postgres) {
        QVERIFY(QFile::exists(db.spec.sqlitePath + QStringLiteral(".schema%1.bak").arg(from)));
        return;
    }

    // The team on the upgraded database: a London operator sees London's phone and its history.
    auto setup = st.team().setup();
    QVERIFY2(setup, setup ? "" : qPrintable(setup.error().fullText()));
    TeamMember member;
    member.login = db.spec.database + QStringLiteral("_op_london");
    member.role = TeamRole::Operator;
    member.sites = QList<Id> {2};
    QVERIFY(st.team().add(member, Scram::verifier(Password)));
    auto op = Storage::open(asLogin(db.spec, member.login, Password));
    QVERIFY2(op, op ? "" : qPrintable(op.error().fullText()));
    auto rows = (*op)->phones().list();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().name, QStringLiteral("London 1"));
    auto visible = (*op)->audit().query({});
    QVERIFY(visible);
    QStringList names;
    for (const AuditEntry &e : *visible)
        names.append(e.entityName);
    QVERIFY2(names.contains(QStringLiteral("London 1")) && !names.contains(QStringLiteral("Berlin 1")),
             qPrintable(names.join(u',')));
    // The upgraded database takes the London operator's commands for London only.
    CommandQueue queue(**op);
    auto command = queue.submit(QStringLiteral("resync"), {2});
    QVERIFY2(command, command ? "" : qPrintable(command.error().fullText()));
    QCOMPARE(queue.results(*command)->size(), 1);
    QVERIFY(!queue.submit(QStringLiteral("resync"), {1}));
    // Every row is still there for the owner.
    QCOMPARE(st.phones().count().value(), 2);
    QVERIFY(st.audit().query({})->size() >= 3);
}

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
