// phonedesk-cli phones check, restart, logout and resync as a helpdesk script runs them: the built
// CLI against a database whose phones are answered by a simulated fleet on loopback. Results per
// phone, exit codes, the --yes guard, roles, and what reached the phones and the database; clean
// JSON when a phone answers garbage, and the SIP socket where the settings put it.

#include "auditrepository.h"
#include "changefeed.h"
#include "configservice.h"
#include "csvreader.h"
#include "demodata.h"
#include "demofetches.h"
#include "fleet.h"
#include "macaddress.h"
#include "modelcatalog.h"
#include "phonerepository.h"
#include "processguard.h"
#include "sipmessage.h"
#include "siptarget.h"
#include "siterepository.h"
#include "statusrepository.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <memory>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QString err;
};

// The JSON results by phone id; empty (with a warning) when the output is not a JSON array.
QHash<Id, QJsonObject> parseResults(const QByteArray &out, qsizetype *entries = nullptr)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        qWarning("not a JSON array: %s", qPrintable(error.errorString()));
        return {};
    }
    QHash<Id, QJsonObject> byId;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        byId.insert(Id(o.value(QStringLiteral("id")).toInteger()), o);
    }
    if (entries)
        *entries = doc.array().size();
    return byId;
}

// A phone the test plays: answers every request with what `reply` makes of it and remembers
// where the requests came from.
struct PlayedPhone
{
    QUdpSocket socket;
    std::function<QByteArray(const SipMessage &)> reply;
    QList<QHostAddress> senders;

    bool start()
    {
        if (!socket.bind(QHostAddress::LocalHost, 0))
            return false;
        QObject::connect(&socket, &QUdpSocket::readyRead, &socket, [this] {
            while (socket.hasPendingDatagrams()) {
                const QNetworkDatagram in = socket.receiveDatagram();
                const auto request = SipMessage::parse(in.data());
                if (!request)
                    continue;
                senders.append(in.senderAddress());
                socket.writeDatagram(reply(*request), in.senderAddress(), quint16(in.senderPort()));
            }
        });
        return true;
    }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(socket.localPort()); }
};

// What GNU oSIP prints when it traces ("| ERROR | <osip_message_parse.c: 663> ...").
bool hasOsipText(const QByteArray &text)
{
    return text.contains("| ERROR |") || text.contains("|WARNING|") || text.contains("osip_") ||
        text.contains("oSIP");
}
} // namespace

class TestCliControl final : public QObject
{
    Q_OBJECT

public:
    // Before any socket, as in every PhoneDesk executable: a peer that resets cannot end the run.
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void checkSiteReportsDeadPhone();
    void restartOnePhoneWaitsUntilItIsBack();
    void restartOfSeveralPhonesNeedsYes();
    void restartCutShortByTimeout();
    void logOutClearsTheUser();
    void resyncResultsAsJsonAndCsv();
    void resyncOnlyPendingPhones();
    void viewerIsRefused_data();
    void viewerIsRefused();
    void badSelection_data();
    void badSelection();
    void checkAgainstMalformedAnswersPrintsCleanJson();
    void checkUsesTheConfiguredBindAddress();

private:
    Run cli(const QStringList &args, const QString &role = QStringLiteral("operator"));
    QList<PhoneRow> rows();
    int fleetIndex(const PhoneRow &row) const;
    const PhoneRow *findRow(const QList<PhoneRow> &all,
                            const std::function<bool(const PhoneRow &)> &pred) const;
    int notifiesSent() const;
    Id addPhone(const QString &name, const QString &address);

    Backend m_backend = Backend::Sqlite;
    TestDatabase m_db;
    QString m_url;
    std::unique_ptr<PhoneSim::Fleet> m_fleet; // a new one per test: fresh counters
    // The CLI's settings folder (XDG_CONFIG_HOME): the user's own settings stay out of the tests.
    std::unique_ptr<QTemporaryDir> m_configHome;
};

void TestCliControl::initTestCase()
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
}

// 10 managed and 3 unmanaged phones, each answered by its own fleet phone; 2 WebRTC phones and a
// Remote phone, which have nothing to probe.
void TestCliControl::init()
{
    QString error;
    m_db = createDatabase(m_backend, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    m_configHome = std::make_unique<QTemporaryDir>();
    QVERIFY(m_configHome->isValid());
    m_fleet = std::make_unique<PhoneSim::Fleet>();
    PhoneSim::FleetConfig config;
    config.phones = 13;
    config.rest = false;
    // The restart watch probes every 2 s with a 1.9 s transaction: a phone has to stay silent
    // longer than one round for its restart to be seen at all.
    config.rebootSilenceMs = 5000;
    QVERIFY(m_fleet->start(config).ok());
    DemoOptions demo;
    demo.managedPhones = 10;
    demo.unmanagedPhones = 3;
    demo.webRtcPhones = 2;
    demo.remotePhones = 1;
    demo.users = 10;
    demo.networkAddress = [this](int index) { return m_fleet->sipAddress(index); };
    auto populated = populateDemoData(*m_db.storage, demo);
    QVERIFY2(populated, populated ? "" : qPrintable(populated.error().fullText()));

    const ConnectionSpec &spec = m_db.spec;
    m_url = spec.kind == ConnectionSpec::Kind::Sqlite ? QStringLiteral("sqlite:") + spec.sqlitePath
                                                      : QStringLiteral("postgresql://%1@%2:%3/%4")
                                                            .arg(spec.user, spec.host)
                                                            .arg(spec.port)
                                                            .arg(spec.database);
}

void TestCliControl::cleanup()
{
    m_fleet.reset();
    m_db = TestDatabase();
}

// Runs the CLI while this process's event loop keeps serving the fleet's phones.
Run TestCliControl::cli(const QStringList &args, const QString &role)
{
    QProcess p;
    QEventLoop loop;
    connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configHome->path());
    p.setProcessEnvironment(environment);
    // --actor names the actor on SQLite only; PostgreSQL records the login (and says so).
    const QStringList actor = m_backend == Backend::Sqlite
        ? QStringList {QStringLiteral("--actor"), QStringLiteral("script")}
        : QStringList();
    p.start(QStringLiteral(PHONEDESK_CLI_PATH),
            QStringList {QStringLiteral("--database"), m_url} + actor +
                QStringList {QStringLiteral("--role"), role} + args);
    guard.start(120000);
    loop.exec();
    Run r;
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        qWarning("phonedesk-cli did not finish in time");
        return r;
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QList<PhoneRow> TestCliControl::rows()
{
    auto all = m_db.storage->phones().list();
    if (!all) {
        qWarning("%s", qPrintable(all.error().fullText()));
        return {};
    }
    return *all;
}

int TestCliControl::fleetIndex(const PhoneRow &row) const
{
    const auto target = SipTarget::parse(row.networkAddress);
    return target ? PhoneSim::Fleet::indexOf(target->address) : -1;
}

const PhoneRow *TestCliControl::findRow(const QList<PhoneRow> &all,
                                        const std::function<bool(const PhoneRow &)> &pred) const
{
    for (const PhoneRow &row : all) {
        if (pred(row))
            return &row;
    }
    return nullptr;
}

int TestCliControl::notifiesSent() const
{
    int n = 0;
    for (int i = 0; i < m_fleet->size(); ++i)
        n += m_fleet->phone(i).notifies;
    return n;
}

void TestCliControl::checkSiteReportsDeadPhone()
{
    // London Office: the unmanaged phones and the managed models that cannot use cloud media.
    const QList<PhoneRow> all = rows();
    QList<const PhoneRow *> london;
    for (const PhoneRow &row : all) {
        if (row.siteName == QLatin1String("London Office"))
            london.append(&row);
    }
    QVERIFY(london.size() >= 4);
    const auto firstProbed = std::find_if(london.cbegin(), london.cend(),
                                          [this](const PhoneRow *row) { return fleetIndex(*row) >= 0; });
    QVERIFY(firstProbed != london.cend());
    const PhoneRow *dead = *firstProbed;
    m_fleet->setDead(fleetIndex(*dead), true);

    const Run r = cli({QStringLiteral("phones"), QStringLiteral("check"), QStringLiteral("--site"),
                       QStringLiteral("London Office"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1); // one phone failed
    qsizetype entries = 0;
    const QHash<Id, QJsonObject> results = parseResults(r.out, &entries);
    QCOMPARE(entries, london.size());
    QCOMPARE(results.size(), london.size());
    int online = 0;
    int notMonitored = 0;
    for (const PhoneRow *row : std::as_const(london)) {
        const QJsonObject o = results.value(row->id);
        QCOMPARE(o.value(QStringLiteral("phone")).toString(), row->name);
        QCOMPARE(o.value(QStringLiteral("hardwareId")).toString(), row->hardwareId);
        const StatusRecord stored = m_db.storage->status().get(row->id).value();
        if (fleetIndex(*row) < 0) {
            // A WebRTC phone: nothing to probe, which is no failure of its own.
            QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("not-monitored"));
            ++notMonitored;
        } else if (row == dead) {
            QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("offline"));
            QVERIFY(!o.value(QStringLiteral("reason")).toString().isEmpty());
            QCOMPARE(stored.status, PhoneStatus::Offline);
        } else {
            QVERIFY2(o.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                     qPrintable(row->name + u' ' + o.value(QStringLiteral("reason")).toString()));
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("online"));
            QCOMPARE(stored.status, PhoneStatus::Online);
            QVERIFY(m_fleet->phone(fleetIndex(*row)).options >= 1);
            ++online;
        }
    }
    QCOMPARE(online + notMonitored, london.size() - 1);
    QVERIFY(online >= 3);
    QVERIFY2(r.err.contains(QLatin1String("1 offline")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("%1 not checked").arg(notMonitored)), qPrintable(r.err));

    // Once the phone answers again, the same check passes.
    m_fleet->setDead(fleetIndex(*dead), false);
    const Run again = cli({QStringLiteral("phones"), QStringLiteral("check"), QStringLiteral("--site"),
                           QStringLiteral("London Office")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err + QString::fromUtf8(again.out)));
    QCOMPARE(m_db.storage->status().get(dead->id)->status, PhoneStatus::Online);
    QCOMPARE(notifiesSent(), 0); // a check only probes
}

void TestCliControl::restartOnePhoneWaitsUntilItIsBack()
{
    const QList<PhoneRow> all = rows();
    // A model that reboots on "check-sync;reboot=true" (Yealink, AudioCodes, generic SIP).
    const PhoneRow *phone = findRow(all, [&](const PhoneRow &row) {
        const PhoneModel *model = ModelCatalog::builtin().find(row.modelId);
        return model && model->rebootEvent.contains(QLatin1String("reboot=true")) && fleetIndex(row) >= 0;
    });
    QVERIFY(phone);
    const int index = fleetIndex(*phone);

    const Run r = cli({QStringLiteral("phones"), QStringLiteral("restart"), QStringLiteral("--id"),
                       QString::number(phone->id), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
    qsizetype entries = 0;
    const QJsonObject result = parseResults(r.out, &entries).value(phone->id);
    QCOMPARE(entries, 1);
    QCOMPARE(result.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QVERIFY2(result.value(QStringLiteral("reason")).toString().contains(QLatin1String("back")),
             qPrintable(result.value(QStringLiteral("reason")).toString()));

    const PhoneSim::PhoneState state = m_fleet->phone(index);
    QCOMPARE(state.reboots, 1);
    QCOMPARE(state.notifies, 1);
    QCOMPARE(state.lastEvent, QByteArrayLiteral("check-sync;reboot=true"));
    QCOMPARE(notifiesSent(), 1); // no other phone was touched
    // The record does not stay at Restarting once the phone is back.
    QCOMPARE(m_db.storage->status().get(phone->id)->status, PhoneStatus::Online);
    AuditQuery q;
    q.action = QStringLiteral("phone.restart");
    const QList<AuditEntry> audit = m_db.storage->audit().query(q).value();
    QCOMPARE(audit.size(), 1);
    // PostgreSQL records the login, whatever --actor says; the embedded database the name given.
    QCOMPARE(audit.first().actor, m_backend == Backend::Postgres ? m_db.spec.user : QStringLiteral("script"));
    QCOMPARE(audit.first().entityId, phone->id);
    QVERIFY(audit.first().details.startsWith(QLatin1String("succeeded")));
}

void TestCliControl::restartOfSeveralPhonesNeedsYes()
{
    const QList<PhoneRow> all = rows();
    QList<const PhoneRow *> unmanaged;
    for (const PhoneRow &row : all) {
        if (row.category == PhoneCategory::Unmanaged)
            unmanaged.append(&row);
    }
    QCOMPARE(unmanaged.size(), 3);

    const Run refused = cli({QStringLiteral("phones"), QStringLiteral("restart"),
                             QStringLiteral("--category"), QStringLiteral("unmanaged")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("--yes")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("3")), qPrintable(refused.err)); // how many
    QVERIFY(refused.out.isEmpty());
    // Also when the phones are named one by one.
    const Run named = cli({QStringLiteral("phones"), QStringLiteral("logout"), QStringLiteral("--id"),
                           QString::number(unmanaged.at(0)->id), QStringLiteral("--id"),
                           QString::number(unmanaged.at(1)->id)});
    QCOMPARE(named.exitCode, 2);
    QCOMPARE(notifiesSent(), 0);
    QCOMPARE(m_fleet->stats().received, quint64(0));

    // With --yes, two of them (named by ID and by hardware ID in another notation).
    const Run done = cli({QStringLiteral("phones"), QStringLiteral("restart"), QStringLiteral("--yes"),
                          QStringLiteral("--id"), QString::number(unmanaged.at(0)->id),
                          QStringLiteral("--hardware-id"), MacAddress::format(unmanaged.at(1)->hardwareId),
                          QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(done.exitCode == 0, qPrintable(done.err + QString::fromUtf8(done.out)));
    QCOMPARE(m_fleet->phone(fleetIndex(*unmanaged.at(0))).reboots, 1);
    QCOMPARE(m_fleet->phone(fleetIndex(*unmanaged.at(1))).reboots, 1);
    QCOMPARE(m_fleet->phone(fleetIndex(*unmanaged.at(2))).notifies, 0);
    const Csv::Document csv = Csv::read(done.out);
    QVERIFY(!csv.error);
    QCOMPARE(csv.records.size(), 3);
    QCOMPARE(csv.records.at(0).fields,
             (QStringList {QStringLiteral("id"), QStringLiteral("phone"), QStringLiteral("hardware_id"),
                           QStringLiteral("state"), QStringLiteral("reason")}));
    for (qsizetype i = 1; i < csv.records.size(); ++i)
        QCOMPARE(csv.records.at(i).fields.at(3), QStringLiteral("succeeded"));
}

void TestCliControl::restartCutShortByTimeout()
{
    const QList<PhoneRow> all = rows();
    const PhoneRow *phone = findRow(all, [&](const PhoneRow &row) {
        const PhoneModel *model = ModelCatalog::builtin().find(row.modelId);
        return model && model->rebootEvent.contains(QLatin1String("reboot=true")) && fleetIndex(row) >= 0;
    });
    QVERIFY(phone);
    // A dead phone: the NOTIFY transaction alone outlasts a 1 s limit.
    m_fleet->setDead(fleetIndex(*phone), true);
    const Run r = cli({QStringLiteral("phones"), QStringLiteral("restart"), QStringLiteral("--id"),
                       QString::number(phone->id), QStringLiteral("--timeout"), QStringLiteral("1"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject result = parseResults(r.out).value(phone->id);
    QCOMPARE(result.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QVERIFY2(result.value(QStringLiteral("reason")).toString().contains(QLatin1String("1 s")),
             qPrintable(result.value(QStringLiteral("reason")).toString()));
    AuditQuery q;
    q.action = QStringLiteral("phone.restart");
    const QList<AuditEntry> audit = m_db.storage->audit().query(q).value();
    QCOMPARE(audit.size(), 1);
    QVERIFY(audit.first().details.startsWith(QLatin1String("cancelled")));
}

void TestCliControl::logOutClearsTheUser()
{
    const QList<PhoneRow> all = rows();
    const PhoneRow *phone = findRow(all, [&](const PhoneRow &row) {
        return row.category == PhoneCategory::Managed && row.userId != 0 && fleetIndex(row) >= 0;
    });
    QVERIFY(phone);
    const PhoneRow *other = findRow(all, [&](const PhoneRow &row) {
        return row.category == PhoneCategory::Managed && row.userId != 0 && row.id != phone->id;
    });
    QVERIFY(other);
    const PhoneModel *model = ModelCatalog::builtin().find(phone->modelId);
    QVERIFY(model);

    // What the CLI changes reaches this process's views (a console open on the same database):
    // through NOTIFY on PostgreSQL, through the change_events table on a SQLite file.
    QSignalSpy changes(ChangeFeed::instance(), &ChangeFeed::changed);
    auto announced = [&] {
        for (const QList<QVariant> &args : std::as_const(changes)) {
            const auto event = args.first().value<ChangeEvent>();
            if (event.entity == ChangeEvent::Entity::Phone &&
                (event.ids.contains(phone->id) || event.kind == ChangeEvent::Kind::Reset))
                return true;
        }
        return false;
    };

    // Named by its MAC in upper case with colons.
    const Run r = cli({QStringLiteral("phones"), QStringLiteral("logout"), QStringLiteral("--hardware-id"),
                       MacAddress::format(phone->hardwareId)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
    QVERIFY(QString::fromUtf8(r.out).contains(phone->name));
    QTRY_VERIFY_WITH_TIMEOUT(announced(), 5000);
    QCOMPARE(m_db.storage->phones().get(phone->id)->userId, Id(0));
    QCOMPARE(m_db.storage->phones().get(other->id)->userId, other->userId);
    const PhoneSim::PhoneState state = m_fleet->phone(fleetIndex(*phone));
    QCOMPARE(state.notifies, 1);
    QCOMPARE(QString::fromLatin1(state.lastEvent), model->resyncEvent);
    QCOMPARE(state.reboots, 0);
    QCOMPARE(notifiesSent(), 1);
}

void TestCliControl::resyncResultsAsJsonAndCsv()
{
    const QList<PhoneRow> all = rows();
    QSet<Id> managed;
    for (const PhoneRow &row : all) {
        if (row.category == PhoneCategory::Managed)
            managed.insert(row.id);
    }
    QCOMPARE(managed.size(), 10);
    // Resync needs no --yes: it changes nothing on the phone but what it fetches.
    const Run r = cli({QStringLiteral("phones"), QStringLiteral("resync"), QStringLiteral("--category"),
                       QStringLiteral("managed"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
    qsizetype entries = 0;
    const QHash<Id, QJsonObject> results = parseResults(r.out, &entries);
    QCOMPARE(entries, 10);
    QCOMPARE(QSet<Id>(results.keyBegin(), results.keyEnd()), managed);
    for (const QJsonObject &o : results) {
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QVERIFY(!o.contains(QStringLiteral("status"))); // only a check reports what it found
    }
    QCOMPARE(notifiesSent(), 10);
    for (int i = 0; i < m_fleet->size(); ++i)
        QCOMPARE(m_fleet->phone(i).reboots, 0);

    // The table names every phone once, with its result.
    const Run table = cli({QStringLiteral("phones"), QStringLiteral("resync"), QStringLiteral("--id"),
                           QString::number(*managed.cbegin())});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains(QLatin1String("succeeded")));
}

void TestCliControl::resyncOnlyPendingPhones()
{
    // Every managed phone has fetched once; a few have not fetched their current files yet.
    const auto fetched = recordDemoFetches(*m_db.storage);
    QVERIFY2(fetched, fetched ? "" : qPrintable(fetched.error().fullText()));
    QCOMPARE(*fetched, 10);
    const QSet<Id> pending = ConfigService(*m_db.storage).pendingPhoneIds().value();
    QVERIFY(!pending.isEmpty());
    QVERIFY(pending.size() < 10);

    const Run list = cli({QStringLiteral("phones"), QStringLiteral("list"), QStringLiteral("--pending"),
                          QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QSet<Id> listed;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
        listed.insert(v.toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(listed, pending);

    // Resync exactly those: one NOTIFY each, no other phone touched.
    const Run r = cli({QStringLiteral("phones"), QStringLiteral("resync"), QStringLiteral("--pending"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
    const QHash<Id, QJsonObject> results = parseResults(r.out, nullptr);
    QCOMPARE(QSet<Id>(results.keyBegin(), results.keyEnd()), pending);
    QCOMPARE(notifiesSent(), int(pending.size()));

    // Narrowed further by the other options, as any selection.
    const Run none = cli({QStringLiteral("phones"), QStringLiteral("list"), QStringLiteral("--pending"),
                          QStringLiteral("--category"), QStringLiteral("webrtc")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.err.contains(QStringLiteral("0 phone")), qPrintable(none.err));
}

void TestCliControl::viewerIsRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("restart") << QStringLiteral("restart");
    QTest::newRow("logout") << QStringLiteral("logout");
    QTest::newRow("resync") << QStringLiteral("resync");
    QTest::newRow("check") << QStringLiteral("check");
}

void TestCliControl::viewerIsRefused()
{
    QFETCH(QString, command);
    const QList<PhoneRow> all = rows();
    const PhoneRow *phone =
        findRow(all, [&](const PhoneRow &row) { return row.userId != 0 && fleetIndex(row) >= 0; });
    QVERIFY(phone);
    const Run r = cli({QStringLiteral("phones"), command, QStringLiteral("--id"), QString::number(phone->id)},
                      QStringLiteral("viewer"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("Viewer")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_fleet->stats().received, quint64(0)); // not even a probe
    QCOMPARE(m_db.storage->phones().get(phone->id)->userId, phone->userId);
    // An operator may.
    const Run allowed = cli({QStringLiteral("phones"), QStringLiteral("check"), QStringLiteral("--id"),
                             QString::number(phone->id)});
    QCOMPARE(allowed.exitCode, 0);
}

void TestCliControl::badSelection_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing selected") << QStringList {QStringLiteral("restart")} << QStringLiteral("--all");
    QTest::newRow("no match") << QStringList {QStringLiteral("check"), QStringLiteral("--name"),
                                              QStringLiteral("no such phone")}
                              << QStringLiteral("no phone matches");
    QTest::newRow("filter excludes the named phone")
        << QStringList {QStringLiteral("restart"), QStringLiteral("--id"), QStringLiteral("MANAGED"),
                        QStringLiteral("--category"), QStringLiteral("remote")}
        << QStringLiteral("no phone matches");
    QTest::newRow("empty filter value")
        << QStringList {QStringLiteral("check"), QStringLiteral("--name"), QString()}
        << QStringLiteral("--name");
    QTest::newRow("unknown id") << QStringList {QStringLiteral("restart"), QStringLiteral("--id"),
                                                QStringLiteral("999999")}
                                << QStringLiteral("999999");
    QTest::newRow("id not a number") << QStringList {QStringLiteral("check"), QStringLiteral("--id"),
                                                     QStringLiteral("abc")}
                                     << QStringLiteral("\"abc\"");
    QTest::newRow("unknown hardware id")
        << QStringList {QStringLiteral("logout"), QStringLiteral("--hardware-id"),
                        QStringLiteral("00:11:22:33:44:55")}
        << QStringLiteral("00:11:22:33:44:55");
    QTest::newRow("unknown site") << QStringList {QStringLiteral("check"), QStringLiteral("--site"),
                                                  QStringLiteral("Atlantis")}
                                  << QStringLiteral("Atlantis");
    QTest::newRow("all with a filter")
        << QStringList {QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--category"),
                        QStringLiteral("managed")}
        << QStringLiteral("--all");
    QTest::newRow("timeout") << QStringList {QStringLiteral("check"), QStringLiteral("--all"),
                                             QStringLiteral("--timeout"), QStringLiteral("0")}
                             << QStringLiteral("--timeout");
    QTest::newRow("format") << QStringList {QStringLiteral("check"), QStringLiteral("--all"),
                                            QStringLiteral("--format"), QStringLiteral("xml")}
                            << QStringLiteral("xml");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("resync"), QStringLiteral("--all"),
                                                    QStringLiteral("--force")}
                                    << QStringLiteral("force");
}

void TestCliControl::badSelection()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QList<PhoneRow> all = rows();
    QVERIFY(!all.isEmpty());
    const PhoneRow *managed =
        findRow(all, [](const PhoneRow &row) { return row.category == PhoneCategory::Managed; });
    QVERIFY(managed);
    args.replaceInStrings(QStringLiteral("MANAGED"), QString::number(managed->id));
    const Run r = cli(QStringList {QStringLiteral("phones")} + args);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_fleet->stats().received, quint64(0));
    for (const PhoneRow &row : all)
        QCOMPARE(m_db.storage->phones().get(row.id)->userId, row.userId);
}

Id TestCliControl::addPhone(const QString &name, const QString &address)
{
    const QList<PhoneRow> all = rows();
    const PhoneRow *managed =
        findRow(all, [](const PhoneRow &row) { return row.category == PhoneCategory::Managed; });
    if (!managed)
        return 0;
    Phone phone;
    phone.name = name;
    phone.baseSettingsId = managed->baseSettingsId;
    phone.siteId = managed->siteId;
    phone.hardwareId = QStringLiteral("0004f2ab%1").arg(qHash(name) & 0xffff, 4, 16, QLatin1Char('0'));
    phone.networkAddress = address;
    auto created = m_db.storage->phones().create(phone);
    if (!created)
        qWarning("%s", qPrintable(created.error().fullText()));
    return created ? created->id : 0;
}

void TestCliControl::checkAgainstMalformedAnswersPrintsCleanJson()
{
    // A phone (or someone on its address) answering with broken SIP: every answer reaches the
    // parser, which refuses it. The JSON on stdout stays JSON, and oSIP says nothing.
    PlayedPhone phone;
    int answered = 0;
    phone.reply = [&answered](const SipMessage &request) -> QByteArray {
        const QByteArray good = SipWire::buildResponse(request, 200, "OK", "x");
        // In turn: headers oSIP cannot read, truncated headers, a start line it refuses.
        switch (answered++ % 3) {
        case 0:
            return QByteArray("SIP/2.0 200 OK\r\nVia: garbage\r\nCSeq: x\r\n\r\n");
        case 1:
            return good.left(good.indexOf("\r\nCall-ID"));
        default:
            return QByteArray("SIP/2.0 abc OK\r\n") + good.mid(good.indexOf("\r\n") + 2);
        }
    };
    QVERIFY(phone.start());
    const Id id = addPhone(QStringLiteral("Broken answers"), phone.address());
    QVERIFY(id);

    const Run r = cli({QStringLiteral("phones"), QStringLiteral("check"), QStringLiteral("--id"),
                       QString::number(id), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(!hasOsipText(r.out), r.out.constData());
    QVERIFY2(!hasOsipText(r.err.toUtf8()), qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError && doc.isArray(),
             qPrintable(error.errorString() + u'\n' + QString::fromUtf8(r.out)));
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject result = doc.array().first().toObject();
    QCOMPARE(result.value(QStringLiteral("id")).toInteger(), qint64(id));
    QCOMPARE(result.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("offline"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(answered >= 3, qPrintable(QString::number(answered))); // every probe got a broken answer
    // One line about them on stderr, naming the source, not one per answer.
    QCOMPARE(r.err.count(QLatin1String("malformed SIP datagram")), 1);
    QVERIFY2(r.err.contains(QStringLiteral("from 127.0.0.1 port %1").arg(phone.socket.localPort())),
             qPrintable(r.err));
    QCOMPARE(m_db.storage->status().get(id)->status, PhoneStatus::Offline);
}

void TestCliControl::checkUsesTheConfiguredBindAddress()
{
    // The console's setting, in the settings file the CLI shares with it.
    PlayedPhone phone;
    phone.reply = [](const SipMessage &request) { return SipWire::buildResponse(request, 200, "OK", "b"); };
    QVERIFY(phone.start());
    const Id id = addPhone(QStringLiteral("Bound"), phone.address());
    QVERIFY(id);
    const QString settingsPath = m_configHome->filePath(QStringLiteral("PhoneDesk/PhoneDesk.conf"));
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        settings.setValue(QStringLiteral("deviceControl/bindAddress"), QStringLiteral("127.0.0.3"));
    }
    const QStringList check {QStringLiteral("phones"), QStringLiteral("check"),    QStringLiteral("--id"),
                             QString::number(id),      QStringLiteral("--format"), QStringLiteral("json")};
    const Run r = cli(check);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
    QCOMPARE(parseResults(r.out).value(id).value(QStringLiteral("status")).toString(),
             QStringLiteral("online"));
    QVERIFY(!phone.senders.isEmpty());
    for (const QHostAddress &sender : std::as_const(phone.senders))
        QCOMPARE(sender, QHostAddress(QStringLiteral("127.0.0.3")));

    // A bad value stops the command before any phone is contacted, naming the setting.
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        settings.setValue(QStringLiteral("deviceControl/bindAddress"), QStringLiteral("sip.example.com"));
    }
    phone.senders.clear();
    const Run bad = cli(check);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QLatin1String("deviceControl/bindAddress")) &&
                 bad.err.contains(QLatin1String("sip.example.com")),
             qPrintable(bad.err));
    QVERIFY(bad.out.isEmpty());
    QVERIFY(phone.senders.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliControl)
#include "tst_clicontrol.moc"
