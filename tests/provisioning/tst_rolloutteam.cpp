// A firmware rollout run by a team: three phonedesk-server processes (the real binary, the server
// role's login) on one PostgreSQL database (a cluster of the test's own) and 30 simulated phones,
// ten on each of three sites whose provisioning host is one of the servers. Every server advances
// the rollout; each tells the phones of the shards it holds to resync (SIP NOTIFY check-sync);
// the phones fetch from their site's server, download the image, reboot and come back on the new
// version. At most 10 update at once across the three servers, sampled all along; one download
// cut and resumed, one phone coming back on the old version → Failed. The rollout starts while the
// servers still divide the shards among them: a check-sync no server sent (the phone's shard
// held by none at that moment) is sent again (rolloutResyncAfterMs).

#include "firmwarefiles.h"
#include "fleet.h"
#include "pgcluster.h"
#include "processguard.h"
#include "provisioningtestenv.h"
#include "rolloutrepository.h"
#include "statusrepository.h"
#include "teamrepository.h"

#include <QDeadlineTimer>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <list>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
const QString Running = QStringLiteral("108.86.0.45");
const QString Wanted = QStringLiteral("108.86.0.90");
const QString Password = QStringLiteral("Rollouts for the team 1");
const QString ServerLogin = QStringLiteral("rollout_server");
constexpr int Servers = 3;
constexpr int PhonesPerSite = 10;
constexpr int Phones = Servers * PhonesPerSite;
constexpr int Limit = 10;
constexpr qint64 CutAfter = 100 * 1000;

struct Server
{
    QString name;
    std::unique_ptr<QProcess> process;
    QByteArray log;
    int provisioningPort = 0;

    void read() { log += process->readAll(); }
};
} // namespace

class TestRolloutTeam final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void threeServersKeepTheLimit();

private:
    Server *startServer(const QString &name);
    // Runs the event loop (the fleet answers, the servers' logs are read) for `ms` or until `done`.
    bool waitUntil(const std::function<bool()> &done, int ms);

    TestPki m_pki;
    PgCluster m_cluster;
    ConnectionSpec m_spec;
    std::unique_ptr<Storage> m_storage;
    QTemporaryDir m_dir;
    QString m_url;
    std::list<Server> m_servers;
};

void TestRolloutTeam::initTestCase()
{
    PHONEDESK_REQUIRE_OWN_CLUSTERS();
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    QVERIFY2(m_cluster.create(&error), qPrintable(error));
    const QString database = QStringLiteral("pdrollouts");
    m_storage = m_cluster.createAndOpen(database, &error);
    QVERIFY2(m_storage, qPrintable(error));
    m_spec = m_cluster.spec(database);
    m_storage->setActor(QStringLiteral("tester"), Role::Administrator);
    auto setup = m_storage->team().setup();
    QVERIFY2(setup, setup ? "" : qPrintable(setup.error().fullText()));
    QVERIFY2(addTeamMember(*m_storage, ServerLogin, TeamRole::Server, Password, &error), qPrintable(error));
    m_url = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(ServerLogin).arg(m_spec.port).arg(database);
}

void TestRolloutTeam::cleanupTestCase()
{
    for (Server &s : m_servers) {
        if (s.process && s.process->state() == QProcess::Running) {
            s.process->terminate();
            s.process->waitForFinished(15000);
        }
    }
    m_servers.clear();
    m_storage.reset();
    m_cluster.stop(QStringLiteral("fast"));
}

bool TestRolloutTeam::waitUntil(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        for (Server &s : m_servers)
            s.read();
        if (done())
            return true;
        spin(20);
    }
    for (Server &s : m_servers)
        s.read();
    return done();
}

Server *TestRolloutTeam::startServer(const QString &name)
{
    Server &s = m_servers.emplace_back();
    s.name = name;
    const QString config = m_dir.filePath(name + QStringLiteral(".conf"));
    {
        QSettings ini(config, QSettings::IniFormat);
        ini.setValue(QStringLiteral("database/url"), m_url);
        setServerProvisioning(ini, m_pki);
        ini.setValue(QStringLiteral("provisioning/accessLog"), false);
        ini.setValue(QStringLiteral("provisioning/failureBurst"), 1000);
        ini.setValue(QStringLiteral("provisioning/failuresPerSecond"), 100);
        ini.setValue(QStringLiteral("provisioning/rolloutIntervalMs"), 250);
        // A check-sync lost while the servers divide the shards is sent again after 2 s.
        ini.setValue(QStringLiteral("provisioning/rolloutResyncAfterMs"), 2000);
        ini.setValue(QStringLiteral("provisioning/firmwareCacheDir"),
                     m_dir.filePath(name + QStringLiteral("-cache")));
        ini.setValue(QStringLiteral("deviceControl/bindAddress"), QStringLiteral("127.0.0.1"));
        ini.setValue(QStringLiteral("deviceControl/pollInterval"), 3600);
        ini.setValue(QStringLiteral("logging/syslog"), false);
    }
    s.process = std::make_unique<QProcess>();
    s.process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), Password);
    s.process->setProcessEnvironment(env);
    s.process->start(QStringLiteral(PHONEDESK_SERVER_BINARY), {QStringLiteral("--config"), config});
    if (!s.process->waitForStarted(10000))
        return nullptr;
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    static const QRegularExpression taking(QStringLiteral("phone commands: taking the commands of"));
    QRegularExpressionMatch port;
    const bool up = waitUntil(
        [&] {
            port = listening.match(QString::fromUtf8(s.log));
            return (port.hasMatch() && taking.match(QString::fromUtf8(s.log)).hasMatch()) ||
                s.process->state() != QProcess::Running;
        },
        60000);
    if (!up || !port.hasMatch()) {
        qWarning().noquote() << name << "did not come up:" << s.log;
        return nullptr;
    }
    s.provisioningPort = port.captured(1).toInt();
    return &s;
}

void TestRolloutTeam::threeServersKeepTheLimit()
{
    QVERIFY(m_dir.isValid());
    Storage &storage = *m_storage;
    const QString rom =
        writeFile(m_dir.path(), QStringLiteral("T46U(T43U,T46U,T41U,T48U,T42U,T44U,T44W)-%1.rom").arg(Wanted),
                  binaryImage(400 * 1000 + 7, 4343));
    QVERIFY(!rom.isEmpty());
    auto image = FirmwareRepository(storage).add({rom, std::nullopt, {}, {}});
    QVERIFY2(image, image ? "" : qPrintable(image.error().fullText()));

    QList<Server *> servers;
    for (int i = 0; i < Servers; ++i) {
        Server *s = startServer(QStringLiteral("server-%1").arg(i + 1));
        QVERIFY(s);
        servers.append(s);
    }

    BaseSettings bs;
    bs.name = QStringLiteral("T46U");
    bs.modelId = QStringLiteral("yealink-t46u");
    bs.values = {{QStringLiteral("general.dynamicReload"), false}}; // a turn resyncs anyway
    auto profile = storage.baseSettings().create(bs);
    QVERIFY2(profile, profile ? "" : qPrintable(profile.error().fullText()));

    PhoneSim::FleetConfig config;
    config.phones = Phones;
    config.rest = false;
    config.rebootSilenceMs = 300;
    config.caPath = m_pki.path(QStringLiteral("server-ca.pem"));
    config.provisioningUserAgent = QStringLiteral("Yealink SIP-T46U {version} {mac:}");
    config.firmwareVersion = Running;
    PhoneSim::Fleet fleet;
    QList<Id> ids;
    QHash<Id, int> indexOf;
    QList<Id> sites;
    for (int k = 0; k < Servers; ++k) {
        Site site;
        site.name = QStringLiteral("Site %1").arg(k + 1);
        site.primarySip = {QStringLiteral("sip1.example.net"), 5061, SipTransport::Tls};
        site.provisioningHost = QStringLiteral("127.0.0.1:%1").arg(servers.at(k)->provisioningPort);
        auto created = storage.sites().create(site);
        QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));
        sites.append(created->id);
    }
    // The phones' records name their SIP address (where the servers send check-sync): a port of
    // the fleet's chosen here.
    {
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        config.sipPort = probe.localPort();
    }
    for (int i = 0; i < Phones; ++i) {
        const int k = i / PhonesPerSite;
        Phone p;
        p.name = QStringLiteral("Phone %1").arg(i);
        p.category = PhoneCategory::Managed;
        p.baseSettingsId = profile->id;
        p.siteId = sites.at(k);
        p.hardwareId = PhoneSim::Fleet::macAddress(i);
        p.networkAddress =
            QStringLiteral("%1:%2").arg(PhoneSim::Fleet::addressOf(i).toString()).arg(config.sipPort);
        auto created = storage.phones().create(p);
        QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));
        ids.append(created->id);
        indexOf.insert(created->id, i);
        config.digestSecrets.insert(p.hardwareId, storage.phones().deviceSecret(created->id).value());
        config.provisioningUrls.insert(
            i, QStringLiteral("https://127.0.0.1:%1/").arg(servers.at(k)->provisioningPort));
    }
    auto started = fleet.start(config);
    QVERIFY2(started, started ? "" : qPrintable(started.error().fullText()));
    fleet.setFirmwareCutAfter(1, CutAfter);
    fleet.setFirmwareUpdateFails(2, true);
    for (int i = 0; i < Phones; ++i)
        fleet.fetchConfiguration(i);
    // Every phone fetched once from its site's server and announced the old version.
    const auto onOld = [&] {
        for (const Id id : std::as_const(ids)) {
            auto st = storage.status().get(id);
            if (!st || st->lastFetch.firmware != Running)
                return false;
        }
        return true;
    };
    QVERIFY2(waitUntil(onOld, 60000), "the phones did not all fetch their configuration");

    auto rollout = startRollout(storage, profile->id, Wanted, Limit);
    QVERIFY2(rollout, rollout ? "" : qPrintable(rollout.error().fullText()));
    QCOMPARE(rollout->waiting, Phones);

    RolloutSampler sampler(storage, rollout->id);
    const bool completed = waitUntil(
        [&] {
            auto r = RolloutRepository(storage).find(rollout->id);
            return r && *r && (*r)->state == RolloutState::Completed;
        },
        240000);
    sampler.stop();
    const FirmwareRollout done = RolloutRepository(storage).find(rollout->id).value().value();
    if (!completed) {
        for (const RolloutPhone &p : RolloutRepository(storage).phones(rollout->id).value()) {
            if (p.state != RolloutPhoneState::Updating)
                continue;
            const PhoneSim::PhoneState st = fleet.phone(indexOf.value(p.phoneId));
            qInfo().noquote() << QStringLiteral(
                                     "still updating: %1 (index %2): fetches %3, notifies %4, resyncs %5, "
                                     "firmware %6, updates %7, error %8 / %9")
                                     .arg(p.phoneName)
                                     .arg(indexOf.value(p.phoneId))
                                     .arg(st.fetches)
                                     .arg(st.notifies)
                                     .arg(st.resyncs)
                                     .arg(st.firmware)
                                     .arg(st.firmwareUpdates)
                                     .arg(st.lastFetchError, st.lastFirmwareError);
        }
        for (const Server *s : std::as_const(servers))
            qInfo().noquote() << s->name << "log (end):" << QString::fromUtf8(s->log.right(4000));
    }
    QVERIFY2(completed,
             qPrintable(QStringLiteral("waiting %1, updating %2, updated %3, failed %4")
                            .arg(done.waiting)
                            .arg(done.updating)
                            .arg(done.updated)
                            .arg(done.failed)));
    QVERIFY2(sampler.most <= Limit, qPrintable(QString::number(sampler.most)));
    QCOMPARE(sampler.most, Limit); // phones did update in parallel, up to the limit
    QVERIFY(sampler.samples > 20);
    QCOMPARE(done.updated, Phones - 1);
    QCOMPARE(done.failed, 1);
    const QString mismatch = rolloutOutcomeMismatch(storage, rollout->id, indexOf, 2, Running, Wanted,
                                                    [&fleet](int i) { return fleet.phone(i).firmware; });
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    // The cut download was resumed from where it stopped, from its site's server.
    QVERIFY(waitUntil([&] { return FirmwareRepository(storage).downloads(ids.at(1)).value().size() == 2; },
                      20000));
    const auto resumed = FirmwareRepository(storage).downloads(ids.at(1)).value();
    QVERIFY(resumed.at(0).ranged && resumed.at(0).complete);
    QCOMPARE(resumed.at(0).firstByte, CutAfter);
    // Each server told the phones of the shards it holds to resync; every server tried to advance
    // the rollout every 250 ms (which of them gave the turns varies from run to run).
    QStringList advancing;
    for (const Server *s : std::as_const(servers)) {
        if (s->log.contains("phones given their turn"))
            advancing.append(s->name);
    }
    QVERIFY(!advancing.isEmpty());
    qsizetype toldAgain = 0;
    for (const Server *s : std::as_const(servers))
        toldAgain += s->log.count("told to resync again");
    qInfo().noquote() << "turns given by" << advancing.join(QStringLiteral(", "))
                      << "; check-syncs sent again:" << toldAgain;
    for (const Server *s : std::as_const(servers)) {
        QVERIFY2(s->log.contains("resync sent to"),
                 qPrintable(s->name + QStringLiteral(": ") + QString::fromUtf8(s->log.right(3000))));
        QVERIFY2(s->process->state() == QProcess::Running, qPrintable(s->name));
    }
    fleet.stop();
}

QTEST_GUILESS_MAIN(TestRolloutTeam)
#include "tst_rolloutteam.moc"
