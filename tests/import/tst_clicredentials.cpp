// phonedesk-cli phones credentials as a registrar administrator uses it: the exported accounts are
// the ones the phones get (rendered files, the phone editor's registration data), only
// administrators may export them, every export is audited without a password, and the file is
// readable by its owner only.

#include "auditrepository.h"
#include "basesettingsrepository.h"
#include "configservice.h"
#include "csvreader.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "storage.h"
#include "testsupport.h"
#include "userrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
const QStringList Header = {QStringLiteral("phone"),
                            QStringLiteral("hardware_id"),
                            QStringLiteral("category"),
                            QStringLiteral("line"),
                            QStringLiteral("user_name"),
                            QStringLiteral("auth_id"),
                            QStringLiteral("password"),
                            QStringLiteral("display_name"),
                            QStringLiteral("registrar_primary"),
                            QStringLiteral("registrar_secondary"),
                            QStringLiteral("site")};
const QString Action = QStringLiteral("phone.credentials.export");

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QString err;
};

// One exported row, keyed by the CSV header.
using Row = QMap<QString, QString>;

// The "Line N" blocks of ConfigRenderer::registrationInstructions, keyed by their labels.
QList<Row> parseInstructions(const QString &text)
{
    QList<Row> lines;
    for (const QString &l : text.split(u'\n')) {
        if (l.startsWith(QLatin1String("Line "))) {
            lines.append({{QStringLiteral("Line"), l.mid(5)}});
        } else if (l.startsWith(QLatin1String("  ")) && !lines.isEmpty()) {
            const qsizetype colon = l.indexOf(QLatin1String(": "));
            lines.last().insert(l.mid(2, colon - 2), l.mid(colon + 2));
        }
    }
    return lines;
}

// Parameters of a rendered vendor file: Poly XML attributes or "key = value" lines.
QMap<QString, QString> parameters(const QByteArray &body)
{
    QMap<QString, QString> out;
    if (body.startsWith("<?xml")) {
        QXmlStreamReader xml(body);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                xml.name() == QLatin1String("polycomConfig")) {
                for (const QXmlStreamAttribute &a : xml.attributes())
                    out.insert(a.name().toString(), a.value().toString());
            }
        }
        return out;
    }
    for (const QString &line : QString::fromUtf8(body).split(u'\n')) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0 && !line.startsWith(u'#'))
            out.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return out;
}
} // namespace

class TestCliCredentials final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void csvIsWhatThePhonesGet();
    void jsonHasTheSameAccounts();
    void phoneWithoutLineIsReported();
    void filterBySite();
    void onlyAdministratorsMayExport_data();
    void onlyAdministratorsMayExport();
    void oneAuditEntryWithoutPasswords();
    void outputFileIsOwnerOnly();
    void formulaCellsAreNeutralizedUnlessRaw();
    void usageErrors_data();
    void usageErrors();

private:
    Run cli(const QStringList &args, const QString &role = QStringLiteral("administrator"));
    QList<Row> parseCsv(const QByteArray &data);
    QList<AuditEntry> exportEntries();
    int auditCount();

    Backend m_backend = Backend::Sqlite;
    TestDatabase m_db;
    QString m_url;
    QTemporaryDir m_files;
    Site m_berlin;
    Site m_paris;
    Id m_vvxSettings = 0;
    Id m_receptionId = 0;
    Id m_lobbyId = 0;
    Id m_parisId = 0;
};

void TestCliCredentials::initTestCase()
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

// Berlin: a Poly phone with two lines, an unmanaged phone, a WebRTC and a Remote phone.
// Paris: a Yealink phone with one line.
void TestCliCredentials::init()
{
    QString error;
    m_db = createDatabase(m_backend, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    Storage *s = m_db.storage.get();
    s->setActor(QStringLiteral("tester"), Role::Administrator);

    Site berlin;
    berlin.name = QStringLiteral("Berlin");
    berlin.primarySip = {QStringLiteral("sip1.example.net"), 5061, SipTransport::Tls};
    berlin.secondarySip = {QStringLiteral("sip2.example.net"), 5060, SipTransport::Udp};
    auto createdBerlin = s->sites().create(berlin);
    QVERIFY2(createdBerlin.ok(),
             qPrintable(createdBerlin.ok() ? QString() : createdBerlin.error().fullText()));
    m_berlin = *createdBerlin;
    Site paris;
    paris.name = QStringLiteral("Paris");
    paris.primarySip = {QStringLiteral("sip.paris.example.net"), 5060, SipTransport::Tcp};
    m_paris = s->sites().create(paris).value();

    const Id ada =
        s->users().create({0, QStringLiteral("Ada Lovelace"), {}, QStringLiteral("2001"), 1}).value().id;
    const Id bob =
        s->users().create({0, QStringLiteral("Bob Martin"), {}, QStringLiteral("3001"), 1}).value().id;
    // A display name that needs RFC 4180 quoting: a comma and quotes.
    const Id max =
        s->users().create({0, QStringLiteral("Müller, \"Max\""), {}, QStringLiteral("2050"), 1}).value().id;

    auto profile = [&](const QString &name, const QString &model) {
        return s->baseSettings().create({0, name, model, {}, {}, 1}).value().id;
    };
    m_vvxSettings = profile(QStringLiteral("VVX 450"), QStringLiteral("poly-vvx-450"));
    const Id yealink = profile(QStringLiteral("T46U"), QStringLiteral("yealink-t46u"));
    const Id generic = profile(QStringLiteral("Generic"), QStringLiteral("generic-sip"));
    const Id webrtc = profile(QStringLiteral("WebRTC"), QStringLiteral("webrtc"));
    const Id remote = profile(QStringLiteral("Remote"), QStringLiteral("remote"));

    auto phone = [&](const QString &name, PhoneCategory category, Id baseSettings, Id site, const QString &hw,
                     Id user) {
        Phone p;
        p.name = name;
        p.category = category;
        p.baseSettingsId = baseSettings;
        p.siteId = site;
        p.hardwareId = hw;
        p.userId = user;
        return p;
    };
    Phone reception = phone(QStringLiteral("Reception"), PhoneCategory::Managed, m_vvxSettings, m_berlin.id,
                            QStringLiteral("0004f2000001"), ada);
    reception.lineKeys = {LineKey {1, LineKeyType::Line, QStringLiteral("Main"), QStringLiteral("2001")},
                          LineKey {2, LineKeyType::Blf, QStringLiteral("Boss"), QStringLiteral("2002")},
                          LineKey {3, LineKeyType::Line, QStringLiteral("Hotline"), QStringLiteral("2099")}};
    auto created = s->phones().create(reception);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().fullText()));
    m_receptionId = created->id;
    created = s->phones().create(
        phone(QStringLiteral("Lobby"), PhoneCategory::Unmanaged, generic, m_berlin.id, QString(), max));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().fullText()));
    m_lobbyId = created->id;
    created = s->phones().create(phone(QStringLiteral("Paris desk"), PhoneCategory::Managed, yealink,
                                       m_paris.id, QStringLiteral("805ec0000003"), bob));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().fullText()));
    m_parisId = created->id;
    created = s->phones().create(
        phone(QStringLiteral("Softphone"), PhoneCategory::WebRtc, webrtc, m_berlin.id, QString(), ada));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().fullText()));
    Phone field =
        phone(QStringLiteral("Field worker"), PhoneCategory::Remote, remote, m_berlin.id, QString(), 0);
    field.remoteAddress = QStringLiteral("+4930123456");
    created = s->phones().create(field);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().fullText()));

    const ConnectionSpec &spec = m_db.spec;
    m_url = spec.kind == ConnectionSpec::Kind::Sqlite ? QStringLiteral("sqlite:") + spec.sqlitePath
                                                      : QStringLiteral("postgresql://%1@%2:%3/%4")
                                                            .arg(spec.user, spec.host)
                                                            .arg(spec.port)
                                                            .arg(spec.database);
}

void TestCliCredentials::cleanup()
{
    m_db = TestDatabase();
}

Run TestCliCredentials::cli(const QStringList &args, const QString &role)
{
    QProcess p;
    // --actor names the actor on SQLite only; PostgreSQL records the login (and says so).
    const QStringList actor = m_backend == Backend::Sqlite
        ? QStringList {QStringLiteral("--actor"), QStringLiteral("script")}
        : QStringList();
    p.start(QStringLiteral(PHONEDESK_CLI_PATH),
            QStringList {QStringLiteral("--database"), m_url} + actor +
                QStringList {QStringLiteral("--role"), role, QStringLiteral("phones"),
                             QStringLiteral("credentials")} +
                args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QList<Row> TestCliCredentials::parseCsv(const QByteArray &data)
{
    const Csv::Document doc = Csv::read(data);
    if (doc.error) {
        qWarning("CSV error: %s", qPrintable(doc.error->text()));
        return {};
    }
    if (doc.records.isEmpty() || doc.records.first().fields != Header) {
        qWarning("unexpected CSV header");
        return {};
    }
    QList<Row> rows;
    for (qsizetype i = 1; i < doc.records.size(); ++i) {
        Row row;
        const QStringList &fields = doc.records.at(i).fields;
        for (qsizetype c = 0; c < Header.size(); ++c)
            row.insert(Header.at(c), fields.value(c));
        rows.append(row);
    }
    return rows;
}

QList<AuditEntry> TestCliCredentials::exportEntries()
{
    AuditQuery query;
    query.action = Action;
    return m_db.storage->audit().query(query).value();
}

int TestCliCredentials::auditCount()
{
    QSqlQuery q(m_db.storage->database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestCliCredentials::csvIsWhatThePhonesGet()
{
    const Run r = cli({});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err,
             QStringLiteral("SIP lines exported: 4 (phones: 3).\n"
                            "WebRTC or Remote phones skipped (they have no SIP lines): 2.\n"));
    // RFC 4180: CRLF line ends, a field with a comma and quotes is quoted and its quotes doubled.
    QVERIFY(r.out.startsWith("phone,hardware_id,category,line,user_name,auth_id,password,display_name,"
                             "registrar_primary,registrar_secondary,site\r\n"));
    QVERIFY2(r.out.contains(",\"M\xC3\xBCller, \"\"Max\"\"\","), r.out.constData());

    const QList<Row> rows = parseCsv(r.out);
    QCOMPARE(rows.size(), 4);
    QStringList order;
    for (const Row &row : rows)
        order << row.value(QStringLiteral("phone")) + u'/' + row.value(QStringLiteral("line"));
    QCOMPARE(order,
             (QStringList {QStringLiteral("Lobby/1"), QStringLiteral("Paris desk/1"),
                           QStringLiteral("Reception/1"), QStringLiteral("Reception/2")}));

    // Unmanaged: exactly what the phone editor's Configuration tab shows.
    ConfigService service(*m_db.storage);
    const ConfigPreview preview = service.preview(m_lobbyId).value();
    QCOMPARE(preview.kind, ConfigPreview::Kind::Registration);
    const QList<Row> shown = parseInstructions(preview.registrationText);
    QCOMPARE(shown.size(), 1);
    const Row &lobby = rows.at(0);
    QCOMPARE(lobby.value(QStringLiteral("category")), QStringLiteral("unmanaged"));
    QCOMPARE(lobby.value(QStringLiteral("hardware_id")), QString());
    QCOMPARE(lobby.value(QStringLiteral("line")), shown.at(0).value(QStringLiteral("Line")));
    QCOMPARE(lobby.value(QStringLiteral("user_name")),
             shown.at(0).value(QStringLiteral("User name / extension")));
    QCOMPARE(lobby.value(QStringLiteral("user_name")), QStringLiteral("2050"));
    QCOMPARE(lobby.value(QStringLiteral("auth_id")), shown.at(0).value(QStringLiteral("Authentication ID")));
    QCOMPARE(lobby.value(QStringLiteral("password")), shown.at(0).value(QStringLiteral("Password")));
    QCOMPARE(lobby.value(QStringLiteral("password")).size(), 20);
    QCOMPARE(lobby.value(QStringLiteral("display_name")), shown.at(0).value(QStringLiteral("Display name")));
    QCOMPARE(lobby.value(QStringLiteral("display_name")), QStringLiteral("Müller, \"Max\""));
    QCOMPARE(lobby.value(QStringLiteral("registrar_primary")),
             shown.at(0).value(QStringLiteral("Registrar (primary)")));
    QCOMPARE(lobby.value(QStringLiteral("registrar_primary")), QStringLiteral("sip1.example.net:5061 (TLS)"));
    QCOMPARE(lobby.value(QStringLiteral("registrar_secondary")),
             shown.at(0).value(QStringLiteral("Registrar (secondary)")));
    QCOMPARE(lobby.value(QStringLiteral("registrar_secondary")),
             QStringLiteral("sip2.example.net:5060 (UDP)"));
    QCOMPARE(lobby.value(QStringLiteral("site")), QStringLiteral("Berlin"));

    // Managed: exactly what the phones fetch. Two line keys of type Line, two accounts, two passwords.
    const auto poly = service.render(m_receptionId).value();
    QVERIFY(poly);
    const QMap<QString, QString> reg = parameters(poly->files.at(1).body);
    for (int n = 1; n <= 2; ++n) {
        const Row &row = rows.at(1 + n);
        const QString p = QStringLiteral("reg.%1.").arg(n);
        QCOMPARE(row.value(QStringLiteral("hardware_id")), QStringLiteral("00:04:F2:00:00:01"));
        QCOMPARE(row.value(QStringLiteral("category")), QStringLiteral("managed"));
        QCOMPARE(row.value(QStringLiteral("user_name")), reg.value(p + QStringLiteral("address")));
        QCOMPARE(row.value(QStringLiteral("auth_id")), reg.value(p + QStringLiteral("auth.userId")));
        QCOMPARE(row.value(QStringLiteral("password")), reg.value(p + QStringLiteral("auth.password")));
        QCOMPARE(row.value(QStringLiteral("display_name")), reg.value(p + QStringLiteral("displayName")));
        QCOMPARE(row.value(QStringLiteral("registrar_primary")),
                 reg.value(p + QStringLiteral("server.1.address")) + u':' +
                     reg.value(p + QStringLiteral("server.1.port")) + QStringLiteral(" (TLS)"));
    }
    QCOMPARE(rows.at(2).value(QStringLiteral("user_name")), QStringLiteral("2001"));
    QCOMPARE(rows.at(3).value(QStringLiteral("user_name")), QStringLiteral("2099"));
    QVERIFY(rows.at(2).value(QStringLiteral("password")) != rows.at(3).value(QStringLiteral("password")));

    const auto yealink = service.render(m_parisId).value();
    QVERIFY(yealink);
    const QMap<QString, QString> account = parameters(yealink->files.at(0).body);
    const Row &paris = rows.at(1);
    QCOMPARE(paris.value(QStringLiteral("user_name")), account.value(QStringLiteral("account.1.user_name")));
    QCOMPARE(paris.value(QStringLiteral("auth_id")), account.value(QStringLiteral("account.1.auth_name")));
    QCOMPARE(paris.value(QStringLiteral("password")), account.value(QStringLiteral("account.1.password")));
    QCOMPARE(paris.value(QStringLiteral("registrar_primary")),
             QStringLiteral("sip.paris.example.net:5060 (TCP)"));
    QCOMPARE(paris.value(QStringLiteral("registrar_secondary")), QString());
    // Per-device secrets: no two phones share a password.
    QVERIFY(paris.value(QStringLiteral("password")) != rows.at(2).value(QStringLiteral("password")));
}

void TestCliCredentials::jsonHasTheSameAccounts()
{
    const Run csv = cli({QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QList<Row> rows = parseCsv(csv.out);
    QCOMPARE(rows.size(), 4);

    const Run r = cli({QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), rows.size());
    const QHash<QString, Site> sites = {{m_berlin.name, m_berlin}, {m_paris.name, m_paris}};
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const Row &row = rows.at(i);
        QCOMPARE(o.value(QLatin1String("phone")).toString(), row.value(QStringLiteral("phone")));
        QCOMPARE(o.value(QLatin1String("hardwareId")).toString(), row.value(QStringLiteral("hardware_id")));
        QCOMPARE(o.value(QLatin1String("category")).toString(), row.value(QStringLiteral("category")));
        QCOMPARE(QString::number(o.value(QLatin1String("line")).toInt()), row.value(QStringLiteral("line")));
        QCOMPARE(o.value(QLatin1String("userName")).toString(), row.value(QStringLiteral("user_name")));
        QCOMPARE(o.value(QLatin1String("authId")).toString(), row.value(QStringLiteral("auth_id")));
        QCOMPARE(o.value(QLatin1String("password")).toString(), row.value(QStringLiteral("password")));
        QCOMPARE(o.value(QLatin1String("displayName")).toString(), row.value(QStringLiteral("display_name")));
        QCOMPARE(o.value(QLatin1String("site")).toString(), row.value(QStringLiteral("site")));
        const Site site = sites.value(row.value(QStringLiteral("site")));
        const QJsonObject primary = o.value(QLatin1String("registrarPrimary")).toObject();
        QCOMPARE(primary.value(QLatin1String("host")).toString(), site.primarySip.host);
        QCOMPARE(primary.value(QLatin1String("port")).toInt(), int(site.primarySip.port));
        QCOMPARE(primary.value(QLatin1String("transport")).toString(), toKey(site.primarySip.transport));
        if (site.secondarySip.isSet())
            QCOMPARE(o.value(QLatin1String("registrarSecondary"))
                         .toObject()
                         .value(QLatin1String("host"))
                         .toString(),
                     site.secondarySip.host);
        else
            QVERIFY(o.value(QLatin1String("registrarSecondary")).isNull());
    }
}

void TestCliCredentials::phoneWithoutLineIsReported()
{
    // No user and no line key with an extension: nothing to register.
    Phone spare;
    spare.name = QStringLiteral("Spare");
    spare.category = PhoneCategory::Managed;
    spare.baseSettingsId = m_vvxSettings;
    spare.siteId = m_berlin.id;
    spare.hardwareId = QStringLiteral("0004f2000009");
    QVERIFY(m_db.storage->phones().create(spare).ok());

    const Run r = cli({});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("Spare: no line is assigned")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Phones that could not be exported (see above): 1.")),
             qPrintable(r.err));
    // The others are still exported.
    QCOMPARE(parseCsv(r.out).size(), 4);
    const QList<AuditEntry> entries = exportEntries();
    QCOMPARE(entries.size(), 1);
    QVERIFY2(entries.first().details.startsWith(QStringLiteral("SIP lines: 4; phones: 3; not exported: 1;")),
             qPrintable(entries.first().details));
}

void TestCliCredentials::filterBySite()
{
    const Run r = cli({QStringLiteral("--site"), QStringLiteral("paris")});
    QCOMPARE(r.exitCode, 0);
    const QList<Row> rows = parseCsv(r.out);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().value(QStringLiteral("phone")), QStringLiteral("Paris desk"));
    QCOMPARE(rows.first().value(QStringLiteral("site")), QStringLiteral("Paris"));
    QCOMPARE(r.err, QStringLiteral("SIP lines exported: 1 (phones: 1).\n"));

    const QList<AuditEntry> entries = exportEntries();
    QCOMPARE(entries.size(), 1);
    QVERIFY2(entries.first().details.contains(QStringLiteral("--site \"paris\"")),
             qPrintable(entries.first().details));

    // Unmanaged only, by category: the same filter options as "phones list".
    const Run unmanaged = cli({QStringLiteral("--category"), QStringLiteral("unmanaged")});
    QCOMPARE(unmanaged.exitCode, 0);
    const QList<Row> lobby = parseCsv(unmanaged.out);
    QCOMPARE(lobby.size(), 1);
    QCOMPARE(lobby.first().value(QStringLiteral("phone")), QStringLiteral("Lobby"));
}

void TestCliCredentials::onlyAdministratorsMayExport_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("viewer") << QStringLiteral("viewer");
    QTest::newRow("operator") << QStringLiteral("operator");
    QTest::newRow("editor") << QStringLiteral("editor");
}

void TestCliCredentials::onlyAdministratorsMayExport()
{
    QFETCH(QString, role);
    const QString path = m_files.filePath(role + QStringLiteral("-credentials.csv"));
    QFile::remove(path);
    const int before = auditCount();
    const Run r = cli({QStringLiteral("--output"), path}, role);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith(
                 QStringLiteral("phonedesk-cli: %1 may not export SIP credentials")
                     .arg(m_backend == Backend::Postgres ? m_db.spec.user : QStringLiteral("script"))),
             qPrintable(r.err));
    QCOMPARE(r.out, QByteArray());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(auditCount(), before);
    QVERIFY(exportEntries().isEmpty());
}

void TestCliCredentials::oneAuditEntryWithoutPasswords()
{
    const int before = auditCount();
    const Run r = cli({QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(auditCount(), before + 1);
    const QList<AuditEntry> entries = exportEntries();
    QCOMPARE(entries.size(), 1);
    const AuditEntry &e = entries.first();
    // PostgreSQL records the login, whatever --actor says; the embedded database the name given.
    QCOMPARE(e.actor, m_backend == Backend::Postgres ? m_db.spec.user : QStringLiteral("script"));
    QCOMPARE(e.action, Action);
    QVERIFY2(e.details.startsWith(
                 QStringLiteral("SIP lines: 4; phones: 3; not exported: 0; as json to standard output;")),
             qPrintable(e.details));
    QVERIFY2(e.details.contains(QStringLiteral("filter: none")), qPrintable(e.details));

    const QJsonArray array = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(array.size(), 4);
    const QString secret = m_db.storage->phones().deviceSecret(m_receptionId).value();
    for (const QJsonValue &v : array) {
        const QString password = v.toObject().value(QLatin1String("password")).toString();
        QCOMPARE(password.size(), 20);
        QVERIFY(!e.details.contains(password));
        QVERIFY(!e.entityName.contains(password));
    }
    QVERIFY(!e.details.contains(secret));
}

void TestCliCredentials::outputFileIsOwnerOnly()
{
    // An earlier, world-readable file of the same name is replaced, not reused with its mode. The
    // "%1" in the name must reach the audit entry as it is.
    const QString path = m_files.filePath(QStringLiteral("credentials %1.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old\n");
    }
    QVERIFY(QFile::setPermissions(path,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ReadOther));

    const Run r = cli({QStringLiteral("--output"), path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out),
             QStringLiteral("SIP lines exported: 4 (phones: 3), to %1.\n"
                            "WebRTC or Remote phones skipped (they have no SIP lines): 2.\n")
                 .arg(path));
    QCOMPARE(r.err, QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(parseCsv(written).size(), 4);
    QCOMPARE(written, cli({}).out); // the same bytes as on stdout
#ifdef Q_OS_UNIX
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
#endif
    QVERIFY(!(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

    const QList<AuditEntry> entries = exportEntries();
    QCOMPARE(entries.size(), 2); // the file, then the stdout comparison
    bool namesTheFile = false;
    for (const AuditEntry &e : entries)
        namesTheFile = namesTheFile || e.details.contains(path);
    QVERIFY(namesTheFile);
}

void TestCliCredentials::formulaCellsAreNeutralizedUnlessRaw()
{
    // A user name a spreadsheet would run becomes the display name of the Paris desk's line.
    Storage *s = m_db.storage.get();
    const QList<User> users = s->users().list().value();
    const auto bob = std::find_if(users.cbegin(), users.cend(),
                                  [](const User &u) { return u.name == QLatin1String("Bob Martin"); });
    QVERIFY(bob != users.cend());
    User renamed = *bob;
    renamed.name = QStringLiteral("=HYPERLINK(\"http://198.51.100.7/\",\"Bob\")");
    QVERIFY(s->users().update(renamed).ok());

    const Run r = cli({});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(",\"'=HYPERLINK(\"\"http://198.51.100.7/\"\",\"\"Bob\"\")\","),
             r.out.constData());
    const Run raw = cli({QStringLiteral("--raw")});
    QCOMPARE(raw.exitCode, 0);
    QVERIFY2(raw.out.contains(",\"=HYPERLINK(\"\"http://198.51.100.7/\"\",\"\"Bob\"\")\","),
             raw.out.constData());
    // Nothing else differs; the passwords (PhoneDesk's base64url) are exact either way.
    const QList<Row> neutralised = parseCsv(r.out);
    const QList<Row> plain = parseCsv(raw.out);
    QCOMPARE(neutralised.size(), 4);
    QCOMPARE(plain.size(), neutralised.size());
    for (qsizetype i = 0; i < plain.size(); ++i) {
        QCOMPARE(neutralised.at(i).value(QStringLiteral("password")),
                 plain.at(i).value(QStringLiteral("password")));
        QCOMPARE(neutralised.at(i).value(QStringLiteral("password")).size(), 20);
        const QString name = plain.at(i).value(QStringLiteral("display_name"));
        QCOMPARE(neutralised.at(i).value(QStringLiteral("display_name")),
                 name.startsWith(u'=') ? u'\'' + name : name);
    }
}

void TestCliCredentials::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("format") << QStringList {QStringLiteral("--format"), QStringLiteral("xml")} << 2
                            << QStringLiteral("unknown format \"xml\"");
    QTest::newRow("positional") << QStringList {QStringLiteral("extra")} << 2
                                << QStringLiteral("unexpected argument \"extra\"");
    QTest::newRow("site") << QStringList {QStringLiteral("--site"), QStringLiteral("Nowhere")} << 2
                          << QStringLiteral("there is no site named \"Nowhere\"");
    QTest::newRow("category") << QStringList {QStringLiteral("--category"), QStringLiteral("fax")} << 2
                              << QStringLiteral("unknown category \"fax\"");
    QTest::newRow("folder") << QStringList {QStringLiteral("--output"), QStringLiteral("FOLDER")} << 2
                            << QStringLiteral("is a folder");
    QTest::newRow("missing folder") << QStringList {QStringLiteral("--output"), QStringLiteral("MISSING")}
                                    << 2 << QStringLiteral("Cannot create");
}

void TestCliCredentials::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    for (QString &a : args) {
        if (a == QLatin1String("FOLDER"))
            a = m_files.path();
        else if (a == QLatin1String("MISSING"))
            a = m_files.filePath(QStringLiteral("no/such/folder/out.csv"));
    }
    // Where no --output is tested, one is given: a refused export creates no file.
    const QString untouched = m_files.filePath(QStringLiteral("untouched.csv"));
    if (!args.contains(QStringLiteral("--output")))
        args << QStringLiteral("--output") << untouched;
    const Run r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.out, QByteArray());
    QVERIFY(!QFile::exists(untouched));
    QVERIFY(exportEntries().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCredentials)
#include "tst_clicredentials.moc"
