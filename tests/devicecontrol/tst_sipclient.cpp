// SIP client transactions against a scripted peer on loopback: what each kind of bad answer,
// silence or unreachable address does to the transaction and to the phone's status.

#include "processguard.h"
#include "sipclient.h"
#include "statusmapping.h"

#include <QDeadlineTimer>
#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

using namespace PhoneDesk;

namespace {
// Answers each request with what `reply` returns (a list of datagrams; empty = silence).
class ScriptedPhone final
{
public:
    std::function<QList<QByteArray>(const SipMessage &)> reply;
    int requests = 0;

    bool start()
    {
        if (!m_socket.bind(QHostAddress::LocalHost, 0))
            return false;
        QObject::connect(&m_socket, &QUdpSocket::readyRead, &m_socket, [this] {
            while (m_socket.hasPendingDatagrams()) {
                const QNetworkDatagram in = m_socket.receiveDatagram();
                const auto request = SipMessage::parse(in.data());
                if (!request)
                    continue;
                ++requests;
                for (const QByteArray &out : reply(*request))
                    m_socket.writeDatagram(out, in.senderAddress(), quint16(in.senderPort()));
            }
        });
        return true;
    }
    quint16 port() const { return m_socket.localPort(); }

private:
    QUdpSocket m_socket;
};

SipTarget loopback(quint16 port, SipTransport transport = SipTransport::Udp)
{
    SipTarget t;
    t.address = QHostAddress(QHostAddress::LocalHost);
    t.port = port;
    t.transport = transport;
    return t;
}

SipRequestSpec options(const SipTarget &t)
{
    SipRequestSpec s;
    s.method = "OPTIONS";
    s.requestUri = t.requestUri();
    return s;
}

std::optional<SipResult> exchange(SipClient &client, const SipTarget &target)
{
    std::optional<SipResult> outcome;
    int calls = 0;
    client.send(target, options(target), [&](const SipResult &r) {
        outcome = r;
        ++calls;
    });
    QDeadlineTimer deadline(15000);
    while (!outcome && !deadline.hasExpired())
        QTest::qWait(5);
    QTest::qWait(50);
    if (calls > 1)
        return std::nullopt; // a callback must run exactly once
    return outcome;
}
} // namespace

class TestSipClient final : public QObject
{
    Q_OBJECT

public:
    // Before any socket, as in every PhoneDesk executable: a peer that resets cannot end the run.
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void answers_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("code");
        QTest::addColumn<PhoneStatus>("status");
        QTest::newRow("200") << "200" << int(SipResult::Outcome::Response) << 200 << PhoneStatus::Online;
        QTest::newRow("401") << "401" << int(SipResult::Outcome::Response) << 401 << PhoneStatus::Online;
        QTest::newRow("404") << "404" << int(SipResult::Outcome::Response) << 404 << PhoneStatus::Online;
        QTest::newRow("503") << "503" << int(SipResult::Outcome::Response) << 503 << PhoneStatus::Degraded;
        QTest::newRow("100 then 200")
            << "100+200" << int(SipResult::Outcome::Response) << 200 << PhoneStatus::Online;
        QTest::newRow("only 100") << "100" << int(SipResult::Outcome::Timeout) << 0 << PhoneStatus::Offline;
        QTest::newRow("garbage then 200")
            << "garbage+200" << int(SipResult::Outcome::Response) << 200 << PhoneStatus::Online;
        QTest::newRow("garbage only")
            << "garbage" << int(SipResult::Outcome::Timeout) << 0 << PhoneStatus::Offline;
        QTest::newRow("wrong branch")
            << "wrongbranch" << int(SipResult::Outcome::Timeout) << 0 << PhoneStatus::Offline;
        QTest::newRow("wrong method")
            << "wrongmethod" << int(SipResult::Outcome::Timeout) << 0 << PhoneStatus::Offline;
        QTest::newRow("truncated") << "truncated" << int(SipResult::Outcome::Timeout) << 0
                                   << PhoneStatus::Offline;
        // 64 kB fits a UDP datagram and SipMessage::MaxSize: big, but a valid answer.
        QTest::newRow("huge") << "huge" << int(SipResult::Outcome::Response) << 200 << PhoneStatus::Online;
        QTest::newRow("silence") << "silence" << int(SipResult::Outcome::Timeout) << 0
                                 << PhoneStatus::Offline;
        QTest::newRow("second try answered")
            << "second" << int(SipResult::Outcome::Response) << 200 << PhoneStatus::Online;
    }

    void answers()
    {
        QFETCH(QString, mode);
        QFETCH(int, outcome);
        QFETCH(int, code);
        QFETCH(PhoneStatus, status);

        ScriptedPhone phone;
        phone.reply = [&mode, &phone](const SipMessage &req) -> QList<QByteArray> {
            auto answer = [&req](int c, const char *reason) {
                return SipWire::buildResponse(req, c, reason, "t1");
            };
            if (mode == QLatin1String("200"))
                return {answer(200, "OK")};
            if (mode == QLatin1String("401"))
                return {answer(401, "Unauthorized")};
            if (mode == QLatin1String("404"))
                return {answer(404, "Not Found")};
            if (mode == QLatin1String("503"))
                return {answer(503, "Service Unavailable")};
            if (mode == QLatin1String("100+200"))
                return {answer(100, "Trying"), answer(200, "OK")};
            if (mode == QLatin1String("100"))
                return {answer(100, "Trying")};
            if (mode == QLatin1String("garbage+200"))
                return {QByteArray("\xde\xad\xbe\xef garbage"), answer(200, "OK")};
            if (mode == QLatin1String("garbage"))
                return {QByteArray("SIP/2.0 200 OK\r\n\x01\x02\r\n\r\n")};
            if (mode == QLatin1String("wrongbranch"))
                return {answer(200, "OK").replace(req.topBranch, "z9hG4bKnotyours")};
            if (mode == QLatin1String("wrongmethod"))
                return {answer(200, "OK").replace("CSeq: 1 OPTIONS", "CSeq: 1 INFO")};
            if (mode == QLatin1String("truncated"))
                return {answer(200, "OK").left(60)};
            if (mode == QLatin1String("huge"))
                return {answer(200, "OK").replace(
                    "Content-Length", QByteArray("X-Pad: " + QByteArray(64000, 'p') + "\r\nContent-Length"))};
            if (mode == QLatin1String("second"))
                return phone.requests >= 2 ? QList<QByteArray> {answer(200, "OK")} : QList<QByteArray> {};
            return {};
        };
        QVERIFY(phone.start());
        SipClientConfig config;
        config.timeoutMs = 1600; // transmissions at 0, 0.5 and 1.5 s
        SipClient client(config);
        QVERIFY(client.start().ok());
        const auto result = exchange(client, loopback(phone.port()));
        QVERIFY2(result, "no outcome, or the callback ran twice");
        QCOMPARE(int(result->outcome), outcome);
        QCOMPARE(result->statusCode, code);
        QCOMPARE(mapProbeResult(*result).status, status);
        QCOMPARE(client.inFlight(), 0);
        if (mode == QLatin1String("silence"))
            QCOMPARE(phone.requests, 3); // Timer E retransmissions reached the phone
        if (mode == QLatin1String("second"))
            QCOMPARE(result->transmissions, 2);
        if (mode == QLatin1String("wrongbranch") || mode == QLatin1String("wrongmethod"))
            QVERIFY(client.stats().stray >= 1);
        if (mode.startsWith(QLatin1String("garbage")) || mode == QLatin1String("truncated"))
            QVERIFY(client.stats().malformed >= 1);
    }

    void closedUdpPortTimesOut()
    {
        quint16 port = 0;
        {
            QUdpSocket s;
            QVERIFY(s.bind(QHostAddress::LocalHost, 0));
            port = s.localPort();
        } // closed: the kernel answers ICMP port unreachable, which an unconnected socket ignores
        SipClientConfig config;
        config.timeoutMs = 800;
        SipClient client(config);
        QVERIFY(client.start().ok());
        const auto result = exchange(client, loopback(port));
        QVERIFY(result);
        QCOMPARE(result->outcome, SipResult::Outcome::Timeout);
        QCOMPARE(mapProbeResult(*result).status, PhoneStatus::Offline);
    }

    void refusedTcpFailsFast()
    {
        quint16 port = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost, 0));
            port = s.serverPort();
        }
        SipClient client;
        QVERIFY(client.start().ok());
        QElapsedTimer clock;
        clock.start();
        const auto result = exchange(client, loopback(port, SipTransport::Tcp));
        QVERIFY(result);
        QCOMPARE(result->outcome, SipResult::Outcome::TransportError);
        QVERIFY2(result->error.contains(QLatin1String("refused")), qPrintable(result->error));
        QCOMPARE(mapProbeResult(*result).status, PhoneStatus::Offline);
    }

    void tcpAnswerSplitAcrossSegments()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            QTcpSocket *peer = server.nextPendingConnection();
            auto buffer = std::make_shared<QByteArray>();
            connect(peer, &QTcpSocket::readyRead, peer, [peer, buffer] {
                buffer->append(peer->readAll());
                const qsizetype n = SipWire::streamFrameLength(*buffer);
                if (n <= 0)
                    return;
                const auto req = SipMessage::parse(QByteArrayView(*buffer).first(n));
                buffer->remove(0, n);
                QVERIFY(req);
                const QByteArray answer = SipWire::buildResponse(*req, 200, "OK", "tcp");
                // CRLF keep-alive, then the answer in two pieces.
                peer->write("\r\n\r\n");
                peer->write(answer.left(30));
                peer->flush();
                QTimer::singleShot(50, peer, [peer, answer] { peer->write(answer.mid(30)); });
            });
        });
        SipClient client;
        QVERIFY(client.start().ok());
        const auto result = exchange(client, loopback(server.serverPort(), SipTransport::Tcp));
        QVERIFY(result);
        QCOMPARE(result->outcome, SipResult::Outcome::Response);
        QCOMPARE(result->statusCode, 200);
        QCOMPARE(result->transmissions, 1); // no retransmission on TCP
    }

    void manyTransactionsShareOneSocket()
    {
        ScriptedPhone phone;
        phone.reply = [](const SipMessage &req) -> QList<QByteArray> {
            return {SipWire::buildResponse(req, 200, "OK", "m")};
        };
        QVERIFY(phone.start());
        SipClient client;
        QVERIFY(client.start().ok());
        int answered = 0;
        int finished = 0;
        for (int i = 0; i < 500; ++i) {
            // Paced like the poller paces probes: a 500-datagram burst overflows a default socket
            // buffer, and the aligned retransmissions would overflow it again.
            if (i % 25 == 0)
                QTest::qWait(5);
            const SipTarget t = loopback(phone.port());
            client.send(t, options(t), [&](const SipResult &r) {
                answered += r.statusCode == 200;
                ++finished;
                if (r.statusCode != 200)
                    qWarning("outcome %d error %s tx %d", int(r.outcome), qPrintable(r.error),
                             r.transmissions);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 500, 10000);
        QCOMPARE(answered, 500);
        QCOMPARE(client.stats().stray, quint64(0));
        QCOMPARE(client.inFlight(), 0);
    }

    void cancelSuppressesCallback()
    {
        ScriptedPhone phone;
        phone.reply = [](const SipMessage &) -> QList<QByteArray> { return {}; };
        QVERIFY(phone.start());
        SipClient client;
        QVERIFY(client.start().ok());
        bool called = false;
        const SipTarget t = loopback(phone.port());
        const quint64 id = client.send(
            t, options(t), [&called](const SipResult &) { called = true; }, 300);
        QVERIFY(client.cancel(id));
        QTest::qWait(600);
        QVERIFY(!called);
        QCOMPARE(client.inFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSipClient)
#include "tst_sipclient.moc"
