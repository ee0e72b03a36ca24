// Several phonedesk-server processes on one PostgreSQL database share the fleet and ride out a
// restart of the database: the real binary three times over (the server role's login of a team
// database), a simulated fleet of 2,000 phones in this process that counts every OPTIONS per source
// port, a 4-second poll interval (500 phones and 8 seconds in a sanitizer build), and a PostgreSQL
// cluster of the test's own (it is stopped and started, so it cannot be the shared test cluster).
// - Each phone is probed by exactly one server per interval, the server whose shards (as its health
//   endpoint reports them) hold the phone; a server killed with SIGKILL has all its phones probed by
//   the others within two intervals; a server that joins takes a share without the others being
//   restarted.
// - PostgreSQL goes away in the middle of a sweep and of a Restart the three servers are running:
//   no fetch record, status change or command result is lost, and a phone created as the database
//   comes back is served by every server.
// Skipped without the PostgreSQL tests' switch (PHONEDESK_TEST_PG_PORT) or PostgreSQL's server
// binaries, failed instead with PHONEDESK_REQUIRE_PG=1.

#include "auditrepository.h"
#include "commandqueue.h"
#include "demodata.h"
#include "fleet.h"
#include "pgcluster.h"
#include "phonerepository.h"
#include "provisioningtestenv.h"
#include "shard.h"
#include "shardcoordinator.h"
#include "siptarget.h"
#include "statusrepository.h"
#include "teamrepository.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <memory>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
#ifdef PHONEDESK_SANITIZED
// Sanitized servers and a sanitized simulated fleet run several times slower: the same checks on a
// quarter of the fleet, with a longer interval and more time to settle.
constexpr int Phones = 500;
constexpr int IntervalSeconds = 8;
constexpr int SettleMs = 90000;
constexpr int Restarted = 50; // of the fleet's ~80 Yealink phones
#else
constexpr int Phones = 2000;
constexpr int IntervalSeconds = 4;
constexpr int SettleMs = 30000;
constexpr int Restarted = 150;
#endif
constexpr int IntervalMs = IntervalSeconds * 1000;
const QString Password = QStringLiteral("Servers share the fleet 1");
const QString ServerLogin = QStringLiteral("shards_server");
const QString OperatorLogin = QStringLiteral("shards_operator");

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

struct Server
{
    QString name;
    QString configPath;
    quint16 healthPort = 0;
    int provisioningPort = 0;
    std::unique_ptr<QProcess> process;
    QByteArray log;
    QString sipSource; // "127.0.0.1:port" as the fleet sees its probes

    void drain()
    {
        if (process)
            log += process->readAll();
    }
    bool running() const { return process && process->state() == QProcess::Running; }
};

// Waits (the fleet answering meanwhile) until `done` or the time is up.
template<typename F> bool waitUntil(F done, int timeoutMs, QList<Server *> servers = {})
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (Server *s : servers)
            s->drain();
        if (done())
            return true;
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50);
    }
}

// GET /status from a server's health endpoint, without blocking the event loop (the fleet must
// keep answering).
QJsonObject status(Server &server)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.healthPort);
    QByteArray reply;
    QObject::connect(&socket, &QTcpSocket::connected, &socket,
                     [&socket] { socket.write("GET /status HTTP/1.0\r\n\r\n"); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { reply += socket.readAll(); });
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&closed] { closed = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [&closed] { closed = true; });
    waitUntil([&closed] { return closed; }, 5000);
    reply += socket.readAll();
    const qsizetype body = reply.indexOf("\r\n\r\n");
    if (body < 0)
        return {};
    return QJsonDocument::fromJson(reply.mid(body + 4)).object();
}

quint64 heldMask(const QJsonObject &status)
{
    quint64 mask = 0;
    for (const QJsonValue &v :
         status.value(QLatin1String("shards")).toObject().value(QLatin1String("list")).toArray())
        mask |= quint64(1) << v.toInt();
    return mask;
}
} // namespace

class TestServerShards final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serversShareTheFleet();
    void databaseRestartMidSweepAndMidCommand();

private:
    Server *startServer(const QString &name);
    void stopServers(const QList<Server *> &servers);
    // Probes per phone (fleet index) and source since the last call.
    QList<QHash<QString, int>> probesSince(QList<QHash<QString, int>> &last);
    // Every phone probed by the one server that holds its shard, `intervals` times (one more or
    // less at the window's edges), and by no other.
    void checkOneProberPerPhone(const QList<Server *> &servers, int intervals);

    QTemporaryDir m_dir; // configuration files
    TestPki m_pki;
    PgCluster m_cluster;
    ConnectionSpec m_spec; // the owner's (postgres) connection
    std::unique_ptr<Storage> m_storage;
    PhoneSim::Fleet m_fleet;
    QHash<int, Id> m_idOf; // fleet index -> phone id
    QString m_url;
    std::list<Server> m_servers;
};

void TestServerShards::initTestCase()
{
    PHONEDESK_REQUIRE_OWN_CLUSTERS();
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QFAIL("curl is needed to fetch as a phone");
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    QVERIFY2(m_cluster.create(&error), qPrintable(error));
    const QString database = QStringLiteral("pdshards");
    m_storage = m_cluster.createAndOpen(database, &error);
    QVERIFY2(m_storage, qPrintable(error));
    m_spec = m_cluster.spec(database);

    PhoneSim::FleetConfig config;
    config.phones = Phones;
    config.rest = false;
    // A restarted phone is silent for a while (a real one for a minute or two): long enough that
    // the server's watch, probing every 2 s, sees it go and come back.
    config.rebootSilenceMs = 8000;
    auto started = m_fleet.start(config);
    QVERIFY2(started, started ? "" : qPrintable(started.error().fullText()));
    DemoOptions demo;
    demo.managedPhones = Phones;
    demo.unmanagedPhones = 0;
    demo.webRtcPhones = 0;
    demo.remotePhones = 0;
    demo.quarantinedPhones = 0;
    demo.users = 10;
    demo.networkAddress = [this](int index) { return m_fleet.sipAddress(index); };
    auto populated = populateDemoData(*m_storage, demo);
    QVERIFY2(populated, populated ? "" : qPrintable(populated.error().fullText()));
    auto rows = m_storage->phones().list();
    QVERIFY(rows);
    for (const PhoneRow &row : std::as_const(*rows)) {
        const int index = PhoneSim::Fleet::indexOf(SipTarget::parse(row.networkAddress)->address);
        QVERIFY(index >= 0);
        m_idOf.insert(index, row.id);
    }
    QCOMPARE(m_idOf.size(), Phones);
    // A team database: the servers log in with the server role, commands come from an Operator.
    auto setup = m_storage->team().setup();
    QVERIFY2(setup, setup ? "" : qPrintable(setup.error().fullText()));
    QVERIFY2(addTeamMember(*m_storage, ServerLogin, TeamRole::Server, Password, &error), qPrintable(error));
    QVERIFY2(addTeamMember(*m_storage, OperatorLogin, TeamRole::Operator, Password, &error),
             qPrintable(error));
    m_url = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(ServerLogin).arg(m_spec.port).arg(database);
}

Server *TestServerShards::startServer(const QString &name)
{
    Server &s = m_servers.emplace_back();
    s.name = name;
    s.healthPort = freePort();
    s.configPath = m_dir.filePath(name + QStringLiteral(".conf"));
    {
        QSettings ini(s.configPath, QSettings::IniFormat);
        ini.setValue(QStringLiteral("database/url"), m_url);
        setServerProvisioning(ini, m_pki);
        ini.setValue(QStringLiteral("provisioning/accessLog"), false);
        // Every fetch of this test comes from 127.0.0.1: room for the refused ones.
        ini.setValue(QStringLiteral("provisioning/failureBurst"), 1000);
        ini.setValue(QStringLiteral("provisioning/failuresPerSecond"), 100);
        ini.setValue(QStringLiteral("deviceControl/bindAddress"), QStringLiteral("127.0.0.1"));
        ini.setValue(QStringLiteral("deviceControl/pollInterval"), IntervalSeconds);
        ini.setValue(QStringLiteral("health/port"), s.healthPort);
        ini.setValue(QStringLiteral("logging/syslog"), false);
    }
    s.process = std::make_unique<QProcess>();
    s.process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), Password);
    s.process->setProcessEnvironment(env);
    s.process->start(QStringLiteral(PHONEDESK_SERVER_BINARY), {QStringLiteral("--config"), s.configPath});
    if (!s.process->waitForStarted(10000))
        return nullptr;
    static const QRegularExpression socket(
        QStringLiteral("status polling: SIP socket on (\\S+) port (\\d+)"));
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch m;
    QRegularExpressionMatch port;
    const bool bound = waitUntil(
        [&] {
            m = socket.match(QString::fromUtf8(s.log));
            port = listening.match(QString::fromUtf8(s.log));
            return (m.hasMatch() && port.hasMatch()) || !s.running();
        },
        2 * SettleMs, {&s});
    if (!bound || !m.hasMatch() || !port.hasMatch()) {
        qWarning().noquote() << s.log;
        return nullptr;
    }
    s.sipSource = QStringLiteral("%1:%2").arg(m.captured(1), m.captured(2));
    s.provisioningPort = port.captured(1).toInt();
    return &s;
}

QList<QHash<QString, int>> TestServerShards::probesSince(QList<QHash<QString, int>> &last)
{
    QList<QHash<QString, int>> diff(Phones);
    if (last.size() != Phones)
        last = QList<QHash<QString, int>>(Phones);
    for (int i = 0; i < Phones; ++i) {
        const QHash<QString, int> now = m_fleet.phone(i).optionsFrom;
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const int n = it.value() - last[i].value(it.key());
            if (n > 0)
                diff[i].insert(it.key(), n);
        }
        last[i] = now;
    }
    return diff;
}

void TestServerShards::checkOneProberPerPhone(const QList<Server *> &servers, int intervals)
{
    // Settled: every server reports the same number of servers and together they hold 64 shards,
    // none twice.
    const bool settled = waitUntil(
        [&] {
            quint64 all = 0;
            int total = 0;
            for (Server *s : servers) {
                const QJsonObject st = status(*s);
                if (st.value(QLatin1String("shards")).toObject().value(QLatin1String("servers")).toInt() !=
                    servers.size())
                    return false;
                const quint64 mask = heldMask(st);
                if (all & mask)
                    return false;
                all |= mask;
                total += Sharding::count(mask);
            }
            return total == ShardCount;
        },
        SettleMs, servers);
    QVERIFY2(settled, "the servers did not settle on a division of the shards");
    // The phones of shards taken a moment ago are probed at once: one interval for that to pass.
    QTest::qWait(IntervalMs + 500);
    QHash<QString, quint64> maskOf; // SIP source -> shards
    for (Server *s : servers)
        maskOf.insert(s->sipSource, heldMask(status(*s)));

    QList<QHash<QString, int>> last;
    probesSince(last);
    waitUntil([] { return false; }, intervals * IntervalMs, servers);
    const auto probes = probesSince(last);
    QHash<QString, int> phonesPer;
    for (int i = 0; i < Phones; ++i) {
        const Id id = m_idOf.value(i);
        const QHash<QString, int> &from = probes[i];
        QVERIFY2(from.size() == 1,
                 qPrintable(QStringLiteral("phone %1 (shard %2) was probed by %3 servers: %4")
                                .arg(id)
                                .arg(shardOf(id))
                                .arg(from.size())
                                .arg(QStringList(from.keys()).join(u' '))));
        const QString source = from.cbegin().key();
        const int count = from.cbegin().value();
        QVERIFY2(maskOf.contains(source), qPrintable(source));
        QVERIFY2(maskOf.value(source) >> shardOf(id) & 1,
                 qPrintable(QStringLiteral("phone %1 probed from %2, which does not hold shard %3")
                                .arg(id)
                                .arg(source)
                                .arg(shardOf(id))));
        QVERIFY2(
            count >= intervals - 1 && count <= intervals + 1,
            qPrintable(
                QStringLiteral("phone %1: %2 probes in %3 intervals").arg(id).arg(count).arg(intervals)));
        ++phonesPer[source];
    }
    for (Server *s : servers)
        QVERIFY2(phonesPer.value(s->sipSource) > 0, qPrintable(s->name));
    qInfo().noquote() << QStringLiteral("%1 servers, phones probed each:").arg(servers.size()) << phonesPer;
}

void TestServerShards::serversShareTheFleet()
{
    Server *a = startServer(QStringLiteral("a"));
    QVERIFY(a);
    Server *b = startServer(QStringLiteral("b"));
    QVERIFY(b);
    Server *c = startServer(QStringLiteral("c"));
    QVERIFY(c);

    // 1. Three servers: one prober per phone, the holder of its shard.
    checkOneProberPerPhone({a, b, c}, 3);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(a->log.contains("servers"), a->log.constData());
    QVERIFY2(QRegularExpression(QStringLiteral("holding 2[12] of 64 shards, 3 servers"))
                 .match(QString::fromUtf8(c->log))
                 .hasMatch(),
             c->log.constData());

    // 2. kill -9: its session ends, the others take its shards; every one of its phones is
    // probed by them within two intervals.
    const quint64 bShards = heldMask(status(*b));
    QVERIFY(bShards != 0);
    QList<int> bPhones;
    for (int i = 0; i < Phones; ++i) {
        if (bShards >> shardOf(m_idOf.value(i)) & 1)
            bPhones.append(i);
    }
    QList<QHash<QString, int>> last;
    probesSince(last);
    QList<QHash<QString, int>> seen(Phones);
    ::kill(pid_t(b->process->processId()), SIGKILL);
    QVERIFY(b->process->waitForFinished(5000));
    const bool takenOver = waitUntil(
        [&] {
            const auto probes = probesSince(last);
            for (int i = 0; i < Phones; ++i) {
                for (auto it = probes[i].cbegin(); it != probes[i].cend(); ++it)
                    seen[i][it.key()] += it.value();
            }
            return std::all_of(bPhones.cbegin(), bPhones.cend(), [&](int i) {
                return seen[i].value(a->sipSource) + seen[i].value(c->sipSource) > 0;
            });
        },
        2 * IntervalMs, {a, c});
    int missing = 0;
    for (const int i : std::as_const(bPhones))
        missing += seen[i].value(a->sipSource) + seen[i].value(c->sipSource) == 0;
    QVERIFY2(takenOver,
             qPrintable(QStringLiteral("%1 of the killed server's %2 phones not probed by the others "
                                       "within two intervals")
                            .arg(missing)
                            .arg(bPhones.size())));
    checkOneProberPerPhone({a, c}, 2);
    if (QTest::currentTestFailed())
        return;

    // 3. A server that joins takes a share; the others go on, never restarted.
    const qint64 aPid = a->process->processId();
    const qint64 cPid = c->process->processId();
    Server *d = startServer(QStringLiteral("d"));
    QVERIFY(d);
    checkOneProberPerPhone({a, c, d}, 2);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(a->running() && c->running());
    QCOMPARE(a->process->processId(), aPid);
    QCOMPARE(c->process->processId(), cPid);
    QVERIFY(Sharding::count(heldMask(status(*d))) >= 21);

    stopServers({a, c, d});
}

void TestServerShards::stopServers(const QList<Server *> &servers)
{
    for (Server *s : servers) {
        ::kill(pid_t(s->process->processId()), SIGTERM);
        QVERIFY(s->process->waitForFinished(15000));
        s->drain();
        QCOMPARE(s->process->exitCode(), 0);
    }
}

void TestServerShards::databaseRestartMidSweepAndMidCommand()
{
    Server *a = startServer(QStringLiteral("e"));
    QVERIFY(a);
    Server *b = startServer(QStringLiteral("f"));
    QVERIFY(b);
    Server *c = startServer(QStringLiteral("g"));
    QVERIFY(c);
    const QList<Server *> servers {a, b, c};
    auto logs = qScopeGuard([&] {
        if (!QTest::currentTestFailed())
            return;
        for (Server *s : servers) {
            s->drain();
            qInfo().noquote() << "phonedesk-server" << s->name << "log (the end):\n"
                              << QString::fromUtf8(s->log.right(100000));
        }
    });
    checkOneProberPerPhone(servers, 2);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(waitUntil(
        [&] {
            return std::all_of(servers.cbegin(), servers.cend(), [](Server *s) {
                return s->log.contains("phone commands: taking the commands of");
            });
        },
        SettleMs, servers));

    // What happens while the database is gone: 20 phones fall silent (status changes), 150 phones
    // (50 in a sanitizer build)
    // are being restarted by the three servers (command results), and three phones fetch their
    // configuration, one from each server (fetch records).
    QList<int> silent;
    QList<int> restarted;
    QList<int> fetching;
    for (int i = 0; i < Phones; ++i) {
        if (i % 100 == 7)
            silent.append(i);
    }
    QList<QString> fetchSecrets;
    QList<QString> fetchMacs;
    {
        auto rows = m_storage->phones().list();
        QVERIFY(rows);
        for (const PhoneRow &row : std::as_const(*rows)) {
            const int index = PhoneSim::Fleet::indexOf(SipTarget::parse(row.networkAddress)->address);
            // Yealink phones: restarted with check-sync;reboot=true, which the simulated phones
            // carry out (a plain check-sync, Poly's, makes them fetch their files instead).
            if (row.modelId.startsWith(QLatin1String("yealink-")) && !silent.contains(index) &&
                restarted.size() < Restarted)
                restarted.append(index);
            else if (fetching.size() < servers.size() && row.modelId == QLatin1String("poly-vvx-450") &&
                     !silent.contains(index)) {
                fetching.append(index);
                fetchMacs.append(row.hardwareId);
                fetchSecrets.append(m_storage->phones().deviceSecret(row.id).value());
            }
        }
    }
    QCOMPARE(fetching.size(), servers.size());
    QCOMPARE(restarted.size(), Restarted);
    // Each of them (a VVX 450: the User-Agent digestFetch sends) has fetched from its server
    // before, as a phone in service has.
    for (qsizetype k = 0; k < servers.size(); ++k) {
        const Fetch f =
            digestFetch(m_pki, servers.at(k)->provisioningPort, fetchMacs.at(k), fetchSecrets.at(k));
        QVERIFY2(f.status == 200,
                 qPrintable(QStringLiteral("server %1 before the outage: %2\n%3")
                                .arg(servers.at(k)->name)
                                .arg(f.status)
                                .arg(QString::fromUtf8(servers.at(k)->log))));
    }
    QList<Id> silentIds;
    for (const int i : std::as_const(silent))
        silentIds.append(m_idOf.value(i));
    QList<Id> restartIds;
    for (const int i : std::as_const(restarted))
        restartIds.append(m_idOf.value(i));
    for (const Id id : std::as_const(silentIds))
        QVERIFY(m_storage->status().get(id).value().status == PhoneStatus::Online);

    auto op = Storage::open(asLogin(m_spec, OperatorLogin, Password));
    QVERIFY2(op, op ? "" : qPrintable(op.error().fullText()));
    auto submitted = CommandQueue(**op).submit(QStringLiteral("restart"), restartIds);
    QVERIFY2(submitted, submitted ? "" : qPrintable(submitted.error().fullText()));
    op->reset();
    // Mid-command: the servers have sent the first restarts and the phones are rebooting (silent
    // for 8 s), their results not yet known.
    QVERIFY(waitUntil(
        [&] {
            return std::any_of(restarted.cbegin(), restarted.cend(),
                               [&](int i) { return m_fleet.phone(i).reboots > 0; });
        },
        SettleMs, servers));
    for (const int i : std::as_const(silent))
        m_fleet.setDead(i, true);
    QString error;
    QVERIFY2(m_cluster.stop(QStringLiteral("fast"), &error), qPrintable(error));
    m_storage.reset();
    const QDateTime outageStart = QDateTime::currentDateTimeUtc();

    // Each server still serves a phone it knows, and records the fetch once the database is back.
    for (qsizetype k = 0; k < servers.size(); ++k) {
        const Fetch f =
            digestFetch(m_pki, servers.at(k)->provisioningPort, fetchMacs.at(k), fetchSecrets.at(k));
        QVERIFY2(f.status == 200,
                 qPrintable(QStringLiteral("server %1: %2\n%3")
                                .arg(servers.at(k)->name)
                                .arg(f.status)
                                .arg(QString::fromUtf8(f.headers))));
    }
    // Away for two poll intervals and more: the silent phones' probes time out, the restarted
    // phones come back, every sweep meanwhile finds what it cannot write.
    waitUntil([] { return false; }, 2 * IntervalMs + 2000, servers);
    for (Server *s : servers)
        QVERIFY2(s->running(), s->log.constData());
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    const QDateTime outageEnd = QDateTime::currentDateTimeUtc();

    // A phone created as the database comes back, before the servers are connected again.
    auto reopened = Storage::open(m_spec);
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().fullText()));
    m_storage = std::move(reopened).value();
    auto rows = m_storage->phones().list();
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().fullText()));
    const auto model = std::find_if(rows->cbegin(), rows->cend(), [](const PhoneRow &r) {
        return r.modelId == QLatin1String("poly-vvx-450");
    });
    QVERIFY(model != rows->cend());
    Phone added;
    added.name = QStringLiteral("Created during the outage");
    added.category = PhoneCategory::Managed;
    added.siteId = model->siteId;
    added.baseSettingsId = model->baseSettingsId;
    added.hardwareId = QStringLiteral("0004f2ee0001");
    auto addedPhone = m_storage->phones().create(added);
    QVERIFY2(addedPhone, addedPhone ? "" : qPrintable(addedPhone.error().fullText()));
    const auto addedSecretResult = m_storage->phones().deviceSecret(addedPhone->id);
    QVERIFY(addedSecretResult);
    const QString addedSecret = *addedSecretResult;
    for (Server *s : servers) {
        QList<int> answers;
        QDeadlineTimer servedBy(2 * SettleMs);
        while (!servedBy.hasExpired()) {
            answers.append(digestFetch(m_pki, s->provisioningPort, added.hardwareId, addedSecret).status);
            if (answers.constLast() == 200)
                break;
            waitUntil([] { return false; }, 250, servers);
        }
        QStringList text;
        for (const int status : std::as_const(answers))
            text.append(QString::number(status));
        QVERIFY2(answers.constLast() == 200 && !answers.contains(404),
                 qPrintable(s->name + u' ' + text.join(u' ')));
    }

    // No status change lost: every silent phone is Offline, with its transition in the activity log.
    QHash<Id, StatusRecord> status;
    QVERIFY(waitUntil(
        [&] {
            auto read = m_storage->status().getMany(silentIds);
            if (!read)
                return false;
            status = *read;
            return std::all_of(silentIds.cbegin(), silentIds.cend(),
                               [&](Id id) { return status.value(id).status == PhoneStatus::Offline; });
        },
        2 * SettleMs, servers));
    AuditQuery changes;
    changes.action = QStringLiteral("status.change");
    const auto auditRead = m_storage->audit().query(changes);
    QVERIFY(auditRead);
    const auto &audit = *auditRead;
    for (const Id id : std::as_const(silentIds))
        QVERIFY2(std::any_of(audit.cbegin(), audit.cend(),
                             [&](const AuditEntry &e) {
                                 return e.entityId == id &&
                                     e.details.startsWith(QLatin1String("online -> offline"));
                             }),
                 qPrintable(QString::number(id)));

    // No fetch record lost: each fetch served during the outage is on record with its time.
    for (qsizetype k = 0; k < fetching.size(); ++k) {
        const Id id = m_idOf.value(fetching.at(k));
        StatusRecord record;
        QVERIFY2(
            waitUntil(
                [&] {
                    auto read = m_storage->status().get(id);
                    if (!read)
                        return false;
                    record = *read;
                    return record.lastFetch.time.isValid() &&
                        record.lastFetch.time >= outageStart.addSecs(-1);
                },
                SettleMs, servers),
            qPrintable(QStringLiteral("the fetch from server %1 is not on record").arg(servers.at(k)->name)));
        QVERIFY2(record.lastFetch.time <= outageEnd,
                 qPrintable(record.lastFetch.time.toString(Qt::ISODateWithMs)));
    }

    for (const int i : std::as_const(silent))
        m_fleet.setDead(i, false);
    for (Server *s : servers)
        QVERIFY2(s->running(), qPrintable(s->name));

    // No command result lost: every restarted phone's result is final.
    QList<CommandResultRow> results;
    const bool final = waitUntil(
        [&] {
            auto read = CommandQueue(*m_storage).results(*submitted);
            if (!read)
                return false;
            results = *read;
            return std::none_of(results.cbegin(), results.cend(), [](const CommandResultRow &r) {
                return r.state == QLatin1String("queued") || r.state == QLatin1String("running");
            });
        },
        90000, servers);
    if (!final) {
        for (Server *s : servers)
            qInfo().noquote() << s->name << "log (end):" << QString::fromUtf8(s->log.right(3000));
        for (const CommandResultRow &r : std::as_const(results)) {
            if (r.state == QLatin1String("queued") || r.state == QLatin1String("running"))
                qInfo().noquote() << "open" << r.phoneId << r.state << r.server << r.detail;
        }
    }
    QVERIFY(final);
    stopServers(servers);
}

QTEST_GUILESS_MAIN(TestServerShards)
#include "tst_servershards.moc"
