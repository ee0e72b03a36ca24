// The poller and the command runner against the simulated fleet (phonesim library) on loopback:
// loss, garbage and dead phones; check-sync resync; restarts over SIP NOTIFY and Poly REST.

#include "commandrunner.h"
#include "fleet.h"
#include "polyrestclient.h"
#include "processguard.h"
#include "sipclient.h"
#include "statuspoller.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace PhoneDesk;
using PhoneSim::Fleet;
using PhoneSim::FleetConfig;

namespace {
QList<ProbeTarget> targetsOf(const Fleet &fleet)
{
    QList<ProbeTarget> targets;
    for (int i = 0; i < fleet.size(); ++i)
        targets.append({Id(i + 1), *SipTarget::parse(fleet.sipAddress(i))});
    return targets;
}

// One phone without the REST API, silent for `rebootSilenceMs` when it reboots.
FleetConfig onePhone(int rebootSilenceMs)
{
    FleetConfig config;
    config.phones = 1;
    config.rest = false;
    config.rebootSilenceMs = rebootSilenceMs;
    return config;
}

// A restart watch that looks often and gives a phone that only fetched `afterFetchMs`.
CommandConfig checkSyncWatch(int afterFetchMs)
{
    CommandConfig cc;
    cc.restartProbeIntervalMs = 200;
    cc.restartTimeoutMs = 20000;
    cc.restartAfterFetchMs = afterFetchMs;
    cc.notifyTimeoutMs = 800;
    return cc;
}

CommandTarget commandTarget(const Fleet &fleet, int index)
{
    CommandTarget t;
    t.phoneId = index + 1;
    t.name = QStringLiteral("phone %1").arg(index);
    t.sip = SipTarget::parse(fleet.sipAddress(index));
    return t;
}

// Phones with the Poly REST API, admin password RestPassword, silent for a second when they reboot.
const QString RestPassword = QStringLiteral("s3cret-admin");
FleetConfig restFleet(int phones)
{
    FleetConfig config;
    config.phones = phones;
    config.rebootSilenceMs = 1000;
    config.restPassword = RestPassword;
    return config;
}

// A restart of phone `index` through its REST API with `password`, trusting the certificate `pin`.
CommandTarget restTarget(const Fleet &fleet, int index, const QString &password, const QByteArray &pin)
{
    CommandTarget t = commandTarget(fleet, index);
    t.channel = RestartChannel::PolyRest;
    PolyRestTarget rest;
    rest.address = Fleet::addressOf(index);
    rest.port = fleet.restPort();
    rest.password = password;
    rest.pinnedSha256 = pin;
    t.rest = rest;
    return t;
}

// A restart watch for REST restarts: looks every 300 ms, gives up after 8 s.
CommandConfig restWatch()
{
    CommandConfig cc;
    cc.restartProbeIntervalMs = 300;
    cc.restartTimeoutMs = 8000;
    return cc;
}
} // namespace

class TestFleet final : public QObject
{
    Q_OBJECT

public:
    // Before any socket, as in every PhoneDesk executable: a peer that resets cannot end the run.
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void addressScheme()
    {
        QCOMPARE(Fleet::addressOf(0).toString(), QStringLiteral("127.1.0.1"));
        QCOMPARE(Fleet::addressOf(253).toString(), QStringLiteral("127.1.0.254"));
        QCOMPARE(Fleet::addressOf(254).toString(), QStringLiteral("127.1.1.1"));
        for (int i : {0, 1, 253, 254, 255, 49999})
            QCOMPARE(Fleet::indexOf(Fleet::addressOf(i)), i);
        QCOMPARE(Fleet::indexOf(QHostAddress(QStringLiteral("127.1.0.0"))), -1);
        QCOMPARE(Fleet::indexOf(QHostAddress(QStringLiteral("127.1.0.255"))), -1);
        QCOMPARE(Fleet::indexOf(QHostAddress(QStringLiteral("10.1.0.1"))), -1);
    }

    void sweepWithLossGarbageAndDeadPhones()
    {
        Fleet fleet;
        FleetConfig config;
        config.phones = 300;
        config.loss = 0.05;
        config.garbage = 0.05;
        config.dead = 0.05;
        config.rest = false;
        config.seed = 7;
        QVERIFY(fleet.start(config).ok());
        int dead = 0;
        for (int i = 0; i < fleet.size(); ++i)
            dead += fleet.phone(i).dead;
        QVERIFY(dead > 0);

        SipClientConfig sip;
        sip.timeoutMs = 1500;
        SipClient client(sip);
        QVERIFY(client.start().ok());
        PollerConfig pc;
        pc.intervalMs = 2000;
        pc.batchIntervalMs = 200;
        pc.probeTimeoutMs = 1500;
        pc.attempts = 3;
        StatusPoller poller(&client, pc);
        poller.setTargets(targetsOf(fleet));
        QSignalSpy batches(&poller, &StatusPoller::updatesReady);
        QSignalSpy sweeps(&poller, &StatusPoller::sweepFinished);
        QElapsedTimer clock;
        clock.start();
        poller.start();
        QVERIFY(sweeps.wait(20000));
        const qint64 elapsed = clock.elapsed();
        poller.stop();

        const auto stats = sweeps.first().first().value<SweepStats>();
        QCOMPARE(stats.probed, 300);
        QHash<Id, ProbeUpdate> last;
        for (const auto &args : std::as_const(batches)) {
            for (const ProbeUpdate &u : args.first().value<QList<ProbeUpdate>>())
                last.insert(u.phoneId, u);
        }
        QCOMPARE(last.size(), 300);
        // Batches, not one signal per phone: at most one per batch interval (+1 for stop()).
        QVERIFY2(batches.size() <= elapsed / pc.batchIntervalMs + 2,
                 qPrintable(QStringLiteral("%1 batches in %2 ms").arg(batches.size()).arg(elapsed)));
        for (int i = 0; i < fleet.size(); ++i) {
            const ProbeUpdate u = last.value(Id(i + 1));
            if (fleet.phone(i).dead) {
                QCOMPARE(u.status, PhoneStatus::Offline);
                QVERIFY(!u.lastSeen.isValid());
            } else {
                // 5 % loss and 5 % garbage are absorbed by retransmissions and retries.
                QVERIFY2(u.status == PhoneStatus::Online,
                         qPrintable(QStringLiteral("phone %1: %2").arg(i).arg(u.detail)));
                QVERIFY(u.rttMs >= 0);
                QCOMPARE(u.userAgent, QByteArray("PolycomVVX-VVX_450-UA/6.4.3.2000"));
            }
        }
        QCOMPARE(stats.offline, dead);
        QVERIFY(fleet.stats().garbage > 0);
    }

    void answerCodesAndCheckNow()
    {
        Fleet fleet;
        FleetConfig config;
        config.phones = 4;
        config.rest = false;
        QVERIFY(fleet.start(config).ok());
        fleet.setAnswerCode(1, 404);
        fleet.setAnswerCode(2, 503);
        fleet.setDead(3, true);
        SipClientConfig sip;
        sip.timeoutMs = 600;
        SipClient client(sip);
        QVERIFY(client.start().ok());
        PollerConfig pc;
        pc.probeTimeoutMs = 600;
        pc.attempts = 2;
        pc.batchIntervalMs = 100;
        StatusPoller poller(&client, pc);
        poller.setTargets(targetsOf(fleet));
        QSignalSpy batches(&poller, &StatusPoller::updatesReady);
        poller.probeNow({1, 2, 3, 4}); // "Check status" without a running sweep
        QHash<Id, ProbeUpdate> last;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (const auto &args : std::as_const(batches))
                                         for (const ProbeUpdate &u : args.first().value<QList<ProbeUpdate>>())
                                             last.insert(u.phoneId, u);
                                     return last.size() == 4;
                                 }()),
                                 10000);
        QCOMPARE(last.value(1).status, PhoneStatus::Online);
        QCOMPARE(last.value(2).status, PhoneStatus::Online); // 404: alive
        QCOMPARE(last.value(2).statusCode, 404);
        QCOMPARE(last.value(3).status, PhoneStatus::Degraded); // 503
        QCOMPARE(last.value(4).status, PhoneStatus::Offline);
        QCOMPARE(last.value(4).previous, PhoneStatus::Unknown);
        QCOMPARE(fleet.phone(3).options, 0); // dead phones do not even count the request
    }

    void resyncAndNotifyRestart()
    {
        Fleet fleet;
        FleetConfig config;
        config.phones = 3;
        config.rest = false;
        config.rebootSilenceMs = 1500;
        QVERIFY(fleet.start(config).ok());
        fleet.setDead(2, true);
        SipClient client;
        QVERIFY(client.start().ok());
        CommandConfig cc;
        cc.restartProbeIntervalMs = 300;
        cc.restartTimeoutMs = 8000;
        cc.notifyTimeoutMs = 800;
        CommandRunner runner(&client, cc);

        Operation *resync =
            runner.run(Operation::Kind::Resync, {commandTarget(fleet, 0), commandTarget(fleet, 2)});
        QSignalSpy resyncDone(resync, &Operation::finished);
        QVERIFY(resyncDone.wait(10000));
        QCOMPARE(resync->state(), Operation::State::Failed); // one phone is dead
        QCOMPARE(resync->results().at(0).state, Operation::State::Succeeded);
        QCOMPARE(resync->results().at(1).state, Operation::State::Failed);
        QVERIFY(resync->results().at(1).reason.contains(QLatin1String("did not answer")));
        QCOMPARE(fleet.phone(0).lastEvent, QByteArray("check-sync"));
        QCOMPARE(fleet.phone(0).reboots, 0);

        QSignalSpy began(&runner, &CommandRunner::restartBegan);
        QSignalSpy ended(&runner, &CommandRunner::restartEnded);
        Operation *restart = runner.run(Operation::Kind::Restart, {commandTarget(fleet, 1)});
        QSignalSpy restartDone(restart, &Operation::finished);
        QSignalSpy progress(restart, &Operation::progress);
        QVERIFY(restartDone.wait(15000));
        QCOMPARE(restart->state(), Operation::State::Succeeded);
        QVERIFY2(restart->results().at(0).reason.contains(QLatin1String("answers again")),
                 qPrintable(restart->results().at(0).reason));
        QCOMPARE(fleet.phone(1).lastEvent, QByteArray("check-sync;reboot=true"));
        QCOMPARE(fleet.phone(1).reboots, 1);
        QCOMPARE(began.size(), 1);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().at(1).toBool(), true);
        QCOMPARE(progress.last().at(0).toInt(), 1);
    }

    void checkSyncRestartThatOnlyResyncsIsNotASuccess()
    {
        // A Poly phone restarted with its plain check-sync re-reads its files and restarts only
        // when they changed: a fetch without going silent is not a restart, and the result says
        // what restarts it instead.
        Fleet fleet;
        QVERIFY(fleet.start(onePhone(1000)).ok());
        SipClient client;
        QVERIFY(client.start().ok());
        CommandRunner runner(&client, checkSyncWatch(1500));
        QDateTime fetchedAt;
        connect(&fleet, &Fleet::resyncRequested, this, [&] { fetchedAt = QDateTime::currentDateTimeUtc(); });
        runner.setFetchTimes([&](const QList<Id> &) {
            QHash<Id, QDateTime> times;
            if (fetchedAt.isValid())
                times.insert(1, fetchedAt);
            return times;
        });
        CommandTarget t = commandTarget(fleet, 0);
        t.channel = RestartChannel::PolyRest; // no REST target: no password or pin on record
        t.rebootEvent = t.resyncEvent = QStringLiteral("check-sync");
        QSignalSpy ended(&runner, &CommandRunner::restartEnded);
        Operation *op = runner.run(Operation::Kind::Restart, {t});
        QSignalSpy done(op, &Operation::finished);
        QVERIFY(done.wait(15000));
        QVERIFY(fetchedAt.isValid());
        const QString reason = op->results().at(0).reason;
        QCOMPARE(op->results().at(0).state, Operation::State::Failed);
        QVERIFY2(reason.contains(QLatin1String("did not restart")), qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("Trust Phone Web Certificate")), qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("REST API not used")), qPrintable(reason));
        QCOMPARE(fleet.phone(0).reboots, 0);
        QCOMPARE(fleet.phone(0).lastEvent, QByteArray("check-sync"));
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().at(1).toBool(), false);
    }

    void checkSyncRestartThatRebootsIsSeenBack()
    {
        // The same event on a phone whose files make it reboot: a fetch it made before going
        // silent does not count; it is back once it answers (or fetches) after the silence.
        Fleet fleet;
        QVERIFY(fleet.start(onePhone(2000)).ok());
        fleet.setCheckSyncReboots(0, true);
        SipClient client;
        QVERIFY(client.start().ok());
        CommandRunner runner(&client, checkSyncWatch(1000));
        QDateTime fetchedAt;
        QElapsedTimer sinceBack;
        connect(&fleet, &Fleet::rebooted, this, [&] { sinceBack.start(); });
        runner.setFetchTimes([&](const QList<Id> &) {
            // A fetch just before it went silent (the phone read its files, then rebooted).
            if (!fetchedAt.isValid() && fleet.phone(0).reboots > 0)
                fetchedAt = QDateTime::currentDateTimeUtc();
            QHash<Id, QDateTime> times;
            if (fetchedAt.isValid())
                times.insert(1, fetchedAt);
            return times;
        });
        CommandTarget t = commandTarget(fleet, 0);
        t.rebootEvent = t.resyncEvent = QStringLiteral("check-sync");
        t.channel = RestartChannel::SipNotify;
        Operation *op = runner.run(Operation::Kind::Restart, {t});
        QSignalSpy done(op, &Operation::finished);
        QVERIFY(done.wait(15000));
        const QString reason = op->results().at(0).reason;
        QVERIFY2(op->results().at(0).state == Operation::State::Succeeded, qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("answers again")), qPrintable(reason));
        QCOMPARE(fleet.phone(0).reboots, 1);
        // Not before the phone was back.
        QVERIFY(sinceBack.isValid());
    }

    void restRestartWithPinnedCertificate()
    {
        Fleet fleet;
        QVERIFY2(fleet.start(restFleet(2)).ok(), "phonesim needs openssl to make its certificate");
        SipClient client;
        QVERIFY(client.start().ok());
        CommandRunner runner(&client, restWatch());
        const QByteArray pin = fleet.certificateSha256();
        QByteArray wrongPin = pin;
        wrongPin[0] = char(wrongPin[0] ^ 0x5a);

        Operation *op = runner.run(
            Operation::Kind::Restart,
            {restTarget(fleet, 0, RestPassword, pin), restTarget(fleet, 1, RestPassword, wrongPin)});
        QSignalSpy done(op, &Operation::finished);
        QVERIFY(done.wait(15000));
        QCOMPARE(op->results().at(0).state, Operation::State::Succeeded);
        QCOMPARE(fleet.phone(0).restCalls, 1);
        QCOMPARE(fleet.phone(0).reboots, 1);
        QCOMPARE(op->results().at(1).state, Operation::State::Failed);
        QVERIFY2(op->results().at(1).reason.contains(QLatin1String("pinned")),
                 qPrintable(op->results().at(1).reason));
        // The wrong certificate never saw the password: no request reached the phone.
        QCOMPARE(fleet.phone(1).restCalls, 0);

        Operation *badPassword =
            runner.run(Operation::Kind::Restart, {restTarget(fleet, 1, QStringLiteral("wrong"), pin)});
        QSignalSpy done2(badPassword, &Operation::finished);
        QVERIFY(done2.wait(15000));
        QCOMPARE(badPassword->results().at(0).state, Operation::State::Failed);
        // Says what the refusal means and what to do about it.
        const QString reason = badPassword->results().at(0).reason;
        QVERIFY2(reason.contains(QLatin1String("refused the admin password (HTTP 401)")), qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("the admin password its PhoneDesk configuration sets")),
                 qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("Resync")), qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("Trust Phone Web Certificate")), qPrintable(reason));
        QCOMPARE(fleet.phone(1).restCalls, 1); // the phone did get the request
    }

    // A desktop configured with a proxy (the system's settings, a PAC file: Qt applies them to
    // every socket unless told otherwise) still reaches its phones directly. The SIP socket is
    // what this shows: an HTTP proxy cannot carry UDP, so with the proxy applied it would not even
    // bind ("Operation on socket is not supported"). Qt never proxies a connection to a loopback
    // peer, so for the Poly REST API (a phone on the LAN, where a proxy would get the admin
    // password) this shows only that it still works with a proxy set; PolyRestClient turns the
    // proxy off itself.
    void deviceTrafficNeverGoesThroughAProxy()
    {
        Fleet fleet;
        QVERIFY2(fleet.start(restFleet(1)).ok(), "phonesim needs openssl to make its certificate");
        quint16 nobody = 0; // a proxy address where nothing listens
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            nobody = probe.serverPort();
        }
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), nobody));
        const auto noProxyAgain =
            qScopeGuard([] { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); });

        SipClient client;
        const Result<void> started = client.start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().fullText()));
        PollerConfig pc;
        pc.probeTimeoutMs = 600;
        StatusPoller poller(&client, pc);
        poller.setTargets(targetsOf(fleet));
        QSignalSpy batches(&poller, &StatusPoller::updatesReady);
        poller.probeNow({1});
        QTRY_VERIFY_WITH_TIMEOUT(!batches.isEmpty(), 10000);
        QCOMPARE(batches.first().first().value<QList<ProbeUpdate>>().first().status, PhoneStatus::Online);

        PolyRestClient rest;
        std::optional<Result<QSslCertificate>> certificate;
        rest.fetchCertificate(Fleet::addressOf(0), fleet.restPort(),
                              [&certificate](const Result<QSslCertificate> &r) { certificate = r; });
        QTRY_VERIFY_WITH_TIMEOUT(certificate.has_value(), 15000);
        QVERIFY2(certificate->ok(), certificate->ok() ? "" : qPrintable(certificate->error().fullText()));

        CommandRunner runner(&client, restWatch());
        Operation *op = runner.run(Operation::Kind::Restart,
                                   {restTarget(fleet, 0, RestPassword, fleet.certificateSha256())});
        QSignalSpy done(op, &Operation::finished);
        QVERIFY(done.wait(15000));
        QVERIFY2(op->results().at(0).state == Operation::State::Succeeded,
                 qPrintable(op->results().at(0).reason));
        QCOMPARE(fleet.phone(0).restCalls, 1);
    }

    void cancelBulkRun()
    {
        Fleet fleet;
        FleetConfig config;
        config.phones = 40;
        config.rest = false;
        QVERIFY(fleet.start(config).ok());
        SipClient client;
        QVERIFY(client.start().ok());
        CommandConfig cc;
        cc.ratePerSecond = 10; // 40 phones take ~4 s: plenty of time to cancel
        CommandRunner runner(&client, cc);
        QList<CommandTarget> targets;
        for (int i = 0; i < fleet.size(); ++i)
            targets.append(commandTarget(fleet, i));
        Operation *op = runner.run(Operation::Kind::Resync, targets);
        QSignalSpy done(op, &Operation::finished);
        QTRY_VERIFY_WITH_TIMEOUT(op->done() >= 3, 5000);
        op->cancel();
        QVERIFY(done.count() == 1 || done.wait(5000));
        QCOMPARE(op->state(), Operation::State::Cancelled);
        int succeeded = 0;
        int cancelled = 0;
        for (const auto &r : op->results()) {
            succeeded += r.state == Operation::State::Succeeded;
            cancelled += r.state == Operation::State::Cancelled;
        }
        QVERIFY(succeeded >= 3);
        QVERIFY(cancelled > 0);
        QCOMPARE(succeeded + cancelled, 40);
        QTest::qWait(500);
        int notified = 0;
        for (int i = 0; i < fleet.size(); ++i)
            notified += fleet.phone(i).notifies;
        QVERIFY2(notified < 40, "cancelled phones must not be contacted");
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
