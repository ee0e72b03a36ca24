// Several phonedesk-server processes on one PostgreSQL database share the fleet: the real binary
// three times over, a simulated fleet of 2,000 phones in this process that counts every OPTIONS per
// source port, a 4-second poll interval. Each phone is probed by exactly one server per interval,
// the server whose shards (as its health endpoint reports them) hold the phone; a server killed
// with SIGKILL has all its phones probed by the others within two intervals; a server that joins
// takes a share without the others being restarted.
// Skipped without PHONEDESK_TEST_PG_PORT (the PostgreSQL tests' switch), failed with PHONEDESK_REQUIRE_PG=1.

#include "demodata.h"
#include "fleet.h"
#include "phonerepository.h"
#include "shard.h"
#include "shardcoordinator.h"
#include "siptarget.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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
constexpr int Phones = 2000;
constexpr int IntervalSeconds = 4;
constexpr int IntervalMs = IntervalSeconds * 1000;

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

private:
    bool makeCertificate(QString *error);
    Server *startServer(const QString &name);
    // Probes per phone (fleet index) and source since the last call.
    QList<QHash<QString, int>> probesSince(QList<QHash<QString, int>> &last);
    // Every phone probed by the one server that holds its shard, `intervals` times (one more or
    // less at the window's edges), and by no other.
    void checkOneProberPerPhone(const QList<Server *> &servers, int intervals);

    QTemporaryDir m_dir; // configuration files, certificate
    TestDatabase m_db;
    PhoneSim::Fleet m_fleet;
    QHash<int, Id> m_idOf; // fleet index -> phone id
    QString m_url;
    std::list<Server> m_servers;
};

void TestServerShards::initTestCase()
{
    if (!postgresAvailable()) {
        if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
            QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test environment is configured "
                  "(PHONEDESK_TEST_PG_PORT)");
        QSKIP("no PostgreSQL test environment (PHONEDESK_TEST_PG_PORT)");
    }
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QFAIL("openssl is needed for the provisioning server's certificate");
    QString error;
    m_db = createDatabase(Backend::Postgres, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    QVERIFY2(makeCertificate(&error), qPrintable(error));

    PhoneSim::FleetConfig config;
    config.phones = Phones;
    config.rest = false;
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
    auto populated = populateDemoData(*m_db.storage, demo);
    QVERIFY2(populated, populated ? "" : qPrintable(populated.error().fullText()));
    auto rows = m_db.storage->phones().list();
    QVERIFY(rows);
    for (const PhoneRow &row : std::as_const(*rows)) {
        const int index = PhoneSim::Fleet::indexOf(SipTarget::parse(row.networkAddress)->address);
        QVERIFY(index >= 0);
        m_idOf.insert(index, row.id);
    }
    QCOMPARE(m_idOf.size(), Phones);
    const ConnectionSpec &spec = m_db.spec;
    m_url = QStringLiteral("postgresql://%1@%2:%3/%4")
                .arg(spec.user, spec.host)
                .arg(spec.port)
                .arg(spec.database);
}

bool TestServerShards::makeCertificate(QString *error)
{
    QProcess req;
    req.start(QStringLiteral("openssl"),
              {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
               QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
               QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
               QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
               QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"),
               m_dir.filePath(QStringLiteral("server.key")), QStringLiteral("-out"),
               m_dir.filePath(QStringLiteral("server.pem"))});
    if (req.waitForFinished(30000) && req.exitCode() == 0)
        return true;
    *error = QString::fromUtf8(req.readAllStandardError());
    return false;
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
        ini.setValue(QStringLiteral("provisioning/address"), QStringLiteral("127.0.0.1"));
        ini.setValue(QStringLiteral("provisioning/port"), 0);
        ini.setValue(QStringLiteral("provisioning/certificate"),
                     m_dir.filePath(QStringLiteral("server.pem")));
        ini.setValue(QStringLiteral("provisioning/key"), m_dir.filePath(QStringLiteral("server.key")));
        ini.setValue(QStringLiteral("provisioning/clientCertificates"), QStringLiteral("off"));
        ini.setValue(QStringLiteral("provisioning/accessLog"), false);
        ini.setValue(QStringLiteral("deviceControl/bindAddress"), QStringLiteral("127.0.0.1"));
        ini.setValue(QStringLiteral("deviceControl/pollInterval"), IntervalSeconds);
        ini.setValue(QStringLiteral("health/port"), s.healthPort);
        ini.setValue(QStringLiteral("logging/syslog"), false);
    }
    s.process = std::make_unique<QProcess>();
    s.process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), m_db.spec.password);
    s.process->setProcessEnvironment(env);
    s.process->start(QStringLiteral(PHONEDESK_SERVER_BINARY), {QStringLiteral("--config"), s.configPath});
    if (!s.process->waitForStarted(10000))
        return nullptr;
    const QRegularExpression socket(QStringLiteral("status polling: SIP socket on (\\S+) port (\\d+)"));
    QRegularExpressionMatch m;
    const bool bound = waitUntil(
        [&] {
            m = socket.match(QString::fromUtf8(s.log));
            return m.hasMatch() || !s.running();
        },
        60000, {&s});
    if (!bound || !m.hasMatch()) {
        qWarning().noquote() << s.log;
        return nullptr;
    }
    s.sipSource = QStringLiteral("%1:%2").arg(m.captured(1), m.captured(2));
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
        30000, servers);
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

    for (Server *s : {a, c, d}) {
        ::kill(pid_t(s->process->processId()), SIGTERM);
        QVERIFY(s->process->waitForFinished(15000));
        s->drain();
        QCOMPARE(s->process->exitCode(), 0);
    }
}

QTEST_GUILESS_MAIN(TestServerShards)
#include "tst_servershards.moc"
