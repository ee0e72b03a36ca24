// SIP client against sipp playing phones: OPTIONS answers mapped to statuses, check-sync NOTIFY
// whose headers sipp itself verifies, and a phone that never answers.

#include "checksync.h"
#include "processguard.h"
#include "sipclient.h"
#include "sipp.h"
#include "statusmapping.h"

#include <QTest>

using namespace PhoneDesk;

class TestSipp final : public QObject
{
    Q_OBJECT

public:
    // Before any socket, as in every PhoneDesk executable: a peer that resets cannot end the run.
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private:
    // Sends one request and waits for its outcome.
    static std::optional<SipResult> exchange(SipClient &client, const SipTarget &target,
                                             const SipRequestSpec &spec)
    {
        std::optional<SipResult> outcome;
        client.send(target, spec, [&outcome](const SipResult &r) { outcome = r; });
        QDeadlineTimer deadline(10000);
        while (!outcome && !deadline.hasExpired())
            QTest::qWait(10);
        return outcome;
    }
    static SipRequestSpec options(const SipTarget &target)
    {
        SipRequestSpec spec;
        spec.method = QByteArrayLiteral("OPTIONS");
        spec.requestUri = target.requestUri();
        return spec;
    }
    static SipTarget loopback(quint16 port, SipTransport transport = SipTransport::Udp)
    {
        SipTarget t;
        t.address = QHostAddress(QHostAddress::LocalHost);
        t.port = port;
        t.transport = transport;
        t.user = QByteArrayLiteral("1001");
        return t;
    }

private slots:
    void initTestCase()
    {
        if (!SippPeer::available())
            QSKIP("sipp (Debian package sip-tester) is not installed");
    }

    void optionsAnswer_data()
    {
        QTest::addColumn<bool>("tcp");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<PhoneStatus>("expected");
        QTest::newRow("200 udp") << false << 200 << QStringLiteral("OK") << PhoneStatus::Online;
        QTest::newRow("200 tcp") << true << 200 << QStringLiteral("OK") << PhoneStatus::Online;
        QTest::newRow("401 challenge is alive")
            << false << 401 << QStringLiteral("Unauthorized") << PhoneStatus::Online;
        QTest::newRow("404 is alive") << false << 404 << QStringLiteral("Not Found") << PhoneStatus::Online;
        QTest::newRow("405 is alive")
            << false << 405 << QStringLiteral("Method Not Allowed") << PhoneStatus::Online;
        QTest::newRow("503 degraded")
            << false << 503 << QStringLiteral("Service Unavailable") << PhoneStatus::Degraded;
        QTest::newRow("503 degraded tcp")
            << true << 503 << QStringLiteral("Service Unavailable") << PhoneStatus::Degraded;
        QTest::newRow("603 degraded") << false << 603 << QStringLiteral("Decline") << PhoneStatus::Degraded;
    }

    void optionsAnswer()
    {
        QFETCH(bool, tcp);
        QFETCH(int, code);
        QFETCH(QString, reason);
        QFETCH(PhoneStatus, expected);

        SippPeer phone;
        QVERIFY2(
            phone.start(QStringLiteral("options_uas.xml"),
                        {QStringLiteral("code"), QString::number(code), QStringLiteral("reason"), reason}, 1,
                        tcp),
            qPrintable(phone.why()));
        SipClient client;
        QVERIFY(client.start().ok());
        const SipTarget target = loopback(phone.port(), tcp ? SipTransport::Tcp : SipTransport::Udp);
        const auto result = exchange(client, target, options(target));
        QVERIFY(result);
        QCOMPARE(result->outcome, SipResult::Outcome::Response);
        QCOMPARE(result->statusCode, code);
        QCOMPARE(result->reason, reason.toLatin1());
        QVERIFY(result->rttUs >= 0);
        QCOMPARE(result->response.header("Server"), QByteArrayLiteral("sipp-phone/1.0"));
        QCOMPARE(mapProbeResult(*result).status, expected);
        const int exitCode = phone.waitForExit();
        QVERIFY2(exitCode == 0,
                 QByteArray(QByteArray::number(exitCode) + phone.output().left(600)).constData());
        // sipp saw a well-formed request: it parsed our OPTIONS and answered it.
        QVERIFY(phone.messageLog().contains(
            QByteArray("OPTIONS sip:1001@127.0.0.1:" + QByteArray::number(phone.port()))));
    }

    void notifyHeadersCheckedBySipp_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QByteArray>("event");
        QTest::addColumn<bool>("withSubscriptionState");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("reboot ok") << QStringLiteral("notify_reboot_uas.xml")
                                   << QByteArray("check-sync;reboot=true") << true << true;
        QTest::newRow("reboot without reboot=true")
            << QStringLiteral("notify_reboot_uas.xml") << QByteArray("check-sync") << true << false;
        QTest::newRow("reboot without Subscription-State")
            << QStringLiteral("notify_reboot_uas.xml") << QByteArray("check-sync;reboot=true") << false
            << false;
        QTest::newRow("resync plain")
            << QStringLiteral("notify_resync_uas.xml") << QByteArray("check-sync") << true << true;
        QTest::newRow("resync reboot=false") << QStringLiteral("notify_resync_uas.xml")
                                             << QByteArray("check-sync;reboot=false") << true << true;
        QTest::newRow("resync must not reboot") << QStringLiteral("notify_resync_uas.xml")
                                                << QByteArray("check-sync;reboot=true") << true << false;
    }

    void notifyHeadersCheckedBySipp()
    {
        QFETCH(QString, scenario);
        QFETCH(QByteArray, event);
        QFETCH(bool, withSubscriptionState);
        QFETCH(bool, accepted);

        SippPeer phone;
        QVERIFY2(phone.start(scenario, {}, 1, false, {QStringLiteral("-timeout"), QStringLiteral("4s")}),
                 qPrintable(phone.why()));
        SipClientConfig config;
        config.timeoutMs = 2000;
        SipClient client(config);
        QVERIFY(client.start().ok());
        const SipTarget target = loopback(phone.port());
        SipRequestSpec spec = checkSyncNotify(target, event, client.contactFor(target));
        if (!withSubscriptionState) {
            spec.headers.removeIf([](const SipHeader &h) { return h.first == "Subscription-State"; });
            QCOMPARE(spec.headers.size(), 2);
        }
        const auto result = exchange(client, target, spec);
        QVERIFY(result);
        const int exitCode = phone.waitForExit();
        if (accepted) {
            QCOMPARE(result->outcome, SipResult::Outcome::Response);
            QCOMPARE(result->statusCode, 200);
            QVERIFY2(exitCode == 0, phone.output().right(3000).constData());
        } else {
            // sipp's header check failed: it still answers, but counts the call as failed and
            // exits with 1.
            QCOMPARE(result->outcome, SipResult::Outcome::Response);
            QVERIFY2(exitCode == 1, phone.output().right(500).constData());
        }
        QVERIFY(phone.messageLog().contains(QByteArray("Event: " + event)));
    }

    void deadPhoneTimesOutAfterRetransmissions()
    {
        SippPeer phone;
        QVERIFY2(phone.start(QStringLiteral("options_dead.xml"),
                             {QStringLiteral("silence_ms"), QStringLiteral("3000")}),
                 qPrintable(phone.why()));
        SipClientConfig config;
        config.timeoutMs = 2000; // Timer E fires at 0.5 s and 1.5 s before Timer F at 2 s
        SipClient client(config);
        QVERIFY(client.start().ok());
        const SipTarget target = loopback(phone.port());
        const auto result = exchange(client, target, options(target));
        QVERIFY(result);
        QCOMPARE(result->outcome, SipResult::Outcome::Timeout);
        QCOMPARE(result->transmissions, 3);
        QCOMPARE(mapProbeResult(*result).status, PhoneStatus::Offline);
        phone.waitForExit();
        // sipp itself counted the same request three times (original + 2 retransmissions).
        const QByteArray log = phone.messageLog();
        QCOMPARE(log.count("OPTIONS sip:1001@"), 3);
        QCOMPARE(client.stats().retransmissions, quint64(2));
    }
};

QTEST_GUILESS_MAIN(TestSipp)
#include "tst_sipp.moc"
