// SIP client transactions against a scripted peer on loopback: what each kind of bad answer,
// silence or unreachable address does to the transaction and to the phone's status; datagrams from
// where no request went are dropped unread, and malformed answers are logged once per source and
// interval.

#include "logcapture.h"
#include "processguard.h"
#include "sipclient.h"
#include "statusmapping.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QUdpSocket>

#include <cstdio>

#include <unistd.h>

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

// A phone that never answers by itself: the test reads its requests and answers for it.
struct SilentPhone
{
    QUdpSocket socket;
    QHostAddress clientAddress;
    quint16 clientPort = 0;

    bool start(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
    {
        return socket.bind(address, 0, QAbstractSocket::DontShareAddress);
    }
    SipTarget target() const
    {
        SipTarget t;
        t.address = socket.localAddress();
        t.port = socket.localPort();
        return t;
    }
    // Waits for the next request and remembers where it came from.
    std::optional<SipMessage> nextRequest(int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!socket.hasPendingDatagrams() && !deadline.hasExpired())
            QTest::qWait(5);
        if (!socket.hasPendingDatagrams())
            return std::nullopt;
        const QNetworkDatagram in = socket.receiveDatagram();
        clientAddress = in.senderAddress();
        clientPort = quint16(in.senderPort());
        return SipMessage::parse(in.data());
    }
    void answer(const QByteArray &data) { socket.writeDatagram(data, clientAddress, clientPort); }
};

// Passes oSIP's own parse errors (and, where it traces them, its trace lines).
const QByteArray MalformedAnswer = QByteArrayLiteral("SIP/2.0 200 OK\r\nVia: garbage\r\nCSeq: x\r\n\r\n");

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

    void answersOnlyFromWhereTheRequestWent_data()
    {
        QTest::addColumn<QString>("from");
        // A valid answer with the right branch, from somewhere the request did not go: an
        // attacker guessing ports, another host on the path, a phone's second interface.
        QTest::newRow("same address, other port") << "otherPort";
        QTest::newRow("other address, same port") << "otherAddress";
        QTest::newRow("after the transaction ended") << "late";
    }

    void answersOnlyFromWhereTheRequestWent()
    {
        QFETCH(QString, from);
        SilentPhone phone;
        QVERIFY(phone.start());
        SipClientConfig config;
        config.timeoutMs = 5000;
        SipClient client(config);
        QVERIFY(client.start().ok());
        std::optional<SipResult> outcome;
        const SipTarget target = phone.target();
        const quint64 id = client.send(target, options(target), [&](const SipResult &r) { outcome = r; });
        const auto request = phone.nextRequest();
        QVERIFY(request);
        const QByteArray answer = SipWire::buildResponse(*request, 200, "OK", "spoof");

        QUdpSocket spoofer;
        if (from == QLatin1String("otherPort")) {
            QVERIFY(spoofer.bind(QHostAddress::LocalHost, 0));
        } else if (from == QLatin1String("otherAddress")) {
            QVERIFY(spoofer.bind(QHostAddress(QStringLiteral("127.0.0.2")), target.port,
                                 QAbstractSocket::DontShareAddress));
        } else {
            QVERIFY(client.cancel(id)); // no longer awaited
        }
        QUdpSocket &sender = from == QLatin1String("late") ? phone.socket : spoofer;
        QCOMPARE(sender.writeDatagram(answer, phone.clientAddress, phone.clientPort), qint64(answer.size()));
        QTest::qWait(300);
        QVERIFY2(!outcome, "an answer from where the request did not go completed the transaction");
        QCOMPARE(client.stats().unsolicited, quint64(1));
        QCOMPARE(client.stats().responses, quint64(0));
        QCOMPARE(client.stats().stray, quint64(0));
        QCOMPARE(client.stats().malformed, quint64(0));
        if (from == QLatin1String("late"))
            return;
        // The same answer from the phone's own address and port is the phone's answer.
        phone.answer(answer);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 2000);
        QCOMPARE(outcome->outcome, SipResult::Outcome::Response);
        QCOMPARE(outcome->statusCode, 200);
        QCOMPARE(client.stats().unsolicited, quint64(1));
    }

    void unprobedSourcesAreDroppedBeforeParsing()
    {
        // With oSIP's traces switched on, they show whether a datagram reached the parser.
        QLoggingCategory::setFilterRules(QStringLiteral("phonedesk.sip.osip.debug=true"));
        Test::LogCapture log({QStringLiteral("phonedesk.sip"), QStringLiteral("phonedesk.sip.osip")});
        SilentPhone phone;
        QVERIFY(phone.start());
        SipClientConfig config;
        config.timeoutMs = 10000;
        SipClient client(config);
        QVERIFY(client.start().ok());
        const SipTarget target = phone.target();
        client.send(target, options(target), [](const SipResult &) {});
        QVERIFY(phone.nextRequest());

        QUdpSocket otherAddress;
        QVERIFY(otherAddress.bind(QHostAddress(QStringLiteral("127.0.0.2")), target.port,
                                  QAbstractSocket::DontShareAddress));
        QUdpSocket otherPort;
        QVERIFY(otherPort.bind(QHostAddress::LocalHost, 0));
        for (QUdpSocket *s : {&otherAddress, &otherPort})
            s->writeDatagram(MalformedAnswer, phone.clientAddress, phone.clientPort);
        QTest::qWait(300);
        QCOMPARE(client.stats().malformed, quint64(0)); // the parser never saw them
        QCOMPARE(log.count("phonedesk.sip.osip"), 0);
        QCOMPARE(log.count("phonedesk.sip"), 0);
        QCOMPARE(client.stats().unsolicited, quint64(2));

        // The same bytes from the probed phone reach the parser: counted as malformed, oSIP's
        // complaints in their category, one line of ours.
        phone.answer(MalformedAnswer);
        QTRY_COMPARE_WITH_TIMEOUT(client.stats().malformed, quint64(1), 2000);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(log.count("phonedesk.sip.osip") >= 1);
        for (const auto &line : log.lines("phonedesk.sip.osip"))
            QCOMPARE(line.type, QtDebugMsg);
        const auto ours = log.lines("phonedesk.sip");
        QCOMPARE(ours.size(), 1);
        QVERIFY2(ours.first().text.contains(QLatin1String("127.0.0.1")), qPrintable(ours.first().text));
        QCOMPARE(client.stats().unsolicited, quint64(2));
    }

    void osipTracesAreOffByDefault()
    {
        // Without a rule, oSIP's complaints go nowhere: not to the log, and not to stdout or
        // stderr (the CLI's JSON output and phonedesk-server's log; tst_clicontrol and
        // tst_serverpolling run those binaries).
        Test::LogCapture log({QStringLiteral("phonedesk.sip.osip")});
        QTemporaryFile out;
        QTemporaryFile err;
        QVERIFY(out.open() && err.open());
        std::fflush(stdout);
        std::fflush(stderr);
        const int savedOut = ::dup(1);
        const int savedErr = ::dup(2);
        ::dup2(out.handle(), 1);
        ::dup2(err.handle(), 2);
        const bool refused = !SipMessage::parse(MalformedAnswer) &&
            !SipMessage::parse(QByteArrayLiteral("SIP/2.0 abc OK\r\n\r\n")) &&
            !SipMessage::parse(QByteArrayLiteral("OPTIONS sip:a SIP/2.0\r\nContact: <<<\r\n\r\n"));
        std::fflush(stdout);
        std::fflush(stderr);
        ::dup2(savedOut, 1);
        ::dup2(savedErr, 2);
        ::close(savedOut);
        ::close(savedErr);
        QVERIFY(refused);
        // Read through new handles: the redirected writes moved the shared file offset.
        QFile outFile(out.fileName());
        QFile errFile(err.fileName());
        QVERIFY(outFile.open(QIODevice::ReadOnly) && errFile.open(QIODevice::ReadOnly));
        const QByteArray printed = outFile.readAll() + errFile.readAll();
        QVERIFY2(printed.isEmpty(), printed.constData());
        QCOMPARE(log.count("phonedesk.sip.osip"), 0);
    }

    void malformedAnswersAreLoggedOncePerSourceAndInterval()
    {
        Test::LogCapture log({QStringLiteral("phonedesk.sip")});
        SilentPhone first;
        QVERIFY(first.start());
        SilentPhone second;
        QVERIFY(second.start(QHostAddress(QStringLiteral("127.0.0.2"))));
        SipClientConfig config;
        config.timeoutMs = 60000;
        config.dropLogIntervalMs = 1000;
        config.dropLogMaxSources = 1; // the second source is summed up with "other addresses"
        SipClient client(config);
        QVERIFY(client.start().ok());
        for (SilentPhone *p : {&first, &second}) {
            const SipTarget t = p->target();
            client.send(t, options(t), [](const SipResult &) {});
            QVERIFY(p->nextRequest());
        }
        auto flood = [&client](SilentPhone &phone, int n) {
            const quint64 before = client.stats().malformed;
            for (int i = 0; i < n; ++i)
                phone.answer(MalformedAnswer);
            QTRY_COMPARE_WITH_TIMEOUT(client.stats().malformed, before + quint64(n), 5000);
        };

        // The first one at once, the rest summed up one interval later.
        flood(first, 50);
        QCOMPARE(log.count("phonedesk.sip"), 1);
        QVERIFY(log.lines().at(0).text.contains(QLatin1String("from 127.0.0.1 port")));
        QTRY_COMPARE_WITH_TIMEOUT(log.count("phonedesk.sip"), 2, 3000);
        QVERIFY2(
            log.lines().at(1).text.contains(QLatin1String("49 more malformed SIP datagrams from 127.0.0.1")),
            qPrintable(log.lines().at(1).text));
        // Within the next interval: counted, summed up when it is over.
        flood(first, 10);
        flood(second, 7);
        QTRY_COMPARE_WITH_TIMEOUT(log.count("phonedesk.sip"), 4, 3000);
        QStringList texts;
        for (const auto &line : log.lines())
            texts.append(line.text);
        QVERIFY2(texts.filter(QStringLiteral("10 more malformed SIP datagrams from 127.0.0.1")).size() == 1,
                 qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.filter(QStringLiteral("7 more malformed SIP datagrams from other addresses")).size() ==
                     1,
                 qPrintable(texts.join(u'\n')));
        // A source quiet for a whole interval is forgotten: its next one is logged at once.
        QTest::qWait(2500);
        QCOMPARE(log.count("phonedesk.sip"), 4);
        flood(first, 1);
        QCOMPARE(log.count("phonedesk.sip"), 5);
        QVERIFY(log.lines().at(4).text.contains(QLatin1String("from 127.0.0.1 port")));

        // Never two lines about one source within an interval.
        qint64 lastAt = -1;
        for (const auto &line : log.lines()) {
            if (!line.text.contains(QLatin1String("127.0.0.1")))
                continue;
            if (lastAt >= 0)
                QVERIFY2(line.atMs - lastAt >= 1000, qPrintable(QString::number(line.atMs - lastAt)));
            lastAt = line.atMs;
        }
        QCOMPARE(client.stats().malformed, quint64(68));
        QCOMPARE(client.stats().unsolicited, quint64(0));
    }

    void boundToOneAddress()
    {
        // A specific address: only that one, for sending and receiving.
        SipClientConfig config;
        config.bindAddress = QHostAddress(QStringLiteral("127.0.0.3"));
        config.timeoutMs = 1500;
        SipClient client(config);
        QVERIFY(client.start().ok());
        QCOMPARE(client.localAddress(), QHostAddress(QStringLiteral("127.0.0.3")));
        // The port is free on the other addresses: nothing listens there.
        QUdpSocket other;
        QVERIFY2(other.bind(QHostAddress::LocalHost, client.localPort(), QAbstractSocket::DontShareAddress),
                 qPrintable(other.errorString()));

        SilentPhone phone;
        QVERIFY(phone.start());
        std::optional<SipResult> outcome;
        const SipTarget target = phone.target();
        client.send(target, options(target), [&](const SipResult &r) { outcome = r; });
        const auto request = phone.nextRequest();
        QVERIFY(request);
        QCOMPARE(phone.clientAddress, QHostAddress(QStringLiteral("127.0.0.3")));
        const QByteArray sentBy = "127.0.0.3:" + QByteArray::number(client.localPort());
        QVERIFY2(request->vias.value(0).contains(sentBy), request->vias.value(0).constData());
        phone.answer(SipWire::buildResponse(*request, 200, "OK", "b"));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 2000);
        QCOMPARE(outcome->statusCode, 200);

        // TCP connections come from there too.
        QTcpServer tcpPhone;
        QVERIFY(tcpPhone.listen(QHostAddress::LocalHost, 0));
        QHostAddress tcpPeer;
        connect(&tcpPhone, &QTcpServer::newConnection, this,
                [&] { tcpPeer = tcpPhone.nextPendingConnection()->peerAddress(); });
        const SipTarget tcpTarget = loopback(tcpPhone.serverPort(), SipTransport::Tcp);
        const quint64 tcpId = client.send(tcpTarget, options(tcpTarget), [](const SipResult &) {});
        QTRY_VERIFY_WITH_TIMEOUT(!tcpPeer.isNull(), 2000);
        QCOMPARE(tcpPeer, QHostAddress(QStringLiteral("127.0.0.3")));
        client.cancel(tcpId);

        // An IPv6 phone cannot be reached from an IPv4 address: said so, not sent elsewhere.
        SipTarget v6;
        v6.address = QHostAddress(QHostAddress::LocalHostIPv6);
        v6.port = 5060;
        outcome.reset();
        client.send(v6, options(v6), [&](const SipResult &r) { outcome = r; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 2000);
        QCOMPARE(outcome->outcome, SipResult::Outcome::TransportError);
        QVERIFY2(outcome->error.contains(QLatin1String("127.0.0.3")), qPrintable(outcome->error));
    }
};

QTEST_GUILESS_MAIN(TestSipClient)
#include "tst_sipclient.moc"
