// SIP parsing and building: well-formed messages, and garbage that must be refused, never crash.

#include "sipmessage.h"
#include "siptarget.h"

#include <QTest>

using namespace PhoneDesk;

namespace {
QByteArray okResponse(const QByteArray &branch = "z9hG4bKabc123")
{
    return "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch=" + branch +
        ";rport=5070\r\nFrom: <sip:pd@127.0.0.1>;tag=1\r\nTo: <sip:1001@127.0.0.5>;tag=2\r\n"
        "Call-ID: abc@127.0.0.1\r\nCSeq: 1 OPTIONS\r\nUser-Agent: Test/1\r\nContent-Length: 0\r\n\r\n";
}
} // namespace

class TestSipMessage final : public QObject
{
    Q_OBJECT

private slots:
    void parsesResponse()
    {
        const auto m = SipMessage::parse(okResponse());
        QVERIFY(m);
        QVERIFY(m->isResponse);
        QCOMPARE(m->statusCode, 200);
        QCOMPARE(m->reason, QByteArray("OK"));
        QCOMPARE(m->topBranch, QByteArray("z9hG4bKabc123"));
        QCOMPARE(m->topViaTransport, QByteArray("UDP"));
        QCOMPARE(m->cseqMethod, QByteArray("OPTIONS"));
        QCOMPARE(m->cseqNumber, 1u);
        QCOMPARE(m->header("user-agent"), QByteArray("Test/1"));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray ok = okResponse();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("noise") << QByteArray("\x01\x02\xff\xfe garbage \r\n\r\n", 17);
        QTest::newRow("http") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("truncated status line") << QByteArray("SIP/2.0 2");
        QTest::newRow("truncated headers") << ok.left(ok.size() / 2);
        QTest::newRow("status 99") << QByteArray(ok).replace("200 OK", "099 Low");
        QTest::newRow("status 700") << QByteArray(ok).replace("200 OK", "700 High");
        QTest::newRow("no via") << QByteArray(ok).replace("Via:", "Xia:");
        QTest::newRow("no cseq") << QByteArray(ok).replace("CSeq:", "XSeq:");
        QTest::newRow("bad cseq number") << QByteArray(ok).replace("CSeq: 1 ", "CSeq: x ");
        QTest::newRow("no call-id") << QByteArray(ok).replace("Call-ID:", "Call-XX:");
        QTest::newRow("huge") << QByteArray(ok).replace("User-Agent: Test/1",
                                                        QByteArray("User-Agent: " + QByteArray(70000, 'a')));
        QTest::newRow("nul bytes") << QByteArray(100, '\0');
        QTest::newRow("only crlf") << QByteArray("\r\n\r\n\r\n");
    }

    void refusesBadInput()
    {
        QFETCH(QByteArray, data);
        QByteArray why;
        QVERIFY(!SipMessage::parse(data, &why));
        QVERIFY(!why.isEmpty());
    }

    void roundTripRequest()
    {
        SipRequestSpec spec;
        spec.method = "NOTIFY";
        spec.requestUri = "sip:1001@127.0.0.5:5060";
        spec.headers = {{"Event", "check-sync;reboot=true"},
                        {"Subscription-State", "terminated"},
                        {"Bad Name", "x"},
                        {"X-Injected", "a\r\nVia: SIP/2.0/UDP evil"}};
        const QByteArray wire = SipWire::buildRequest(spec, "UDP", "127.0.0.1:5070", "z9hG4bKx1", "cid@h",
                                                      "tag1", "sip:pd@127.0.0.1", "PhoneDesk/1");
        const auto m = SipMessage::parse(wire);
        QVERIFY2(m, wire.constData());
        QVERIFY(!m->isResponse);
        QCOMPARE(m->method, QByteArray("NOTIFY"));
        QCOMPARE(m->header("Event"), QByteArray("check-sync;reboot=true"));
        QCOMPARE(m->header("Subscription-State"), QByteArray("terminated"));
        QCOMPARE(m->vias.size(), 1); // the injected Via was not written
        QVERIFY(!wire.contains("evil"));
        QVERIFY(!wire.contains("Bad Name"));

        const QByteArray answer = SipWire::buildResponse(*m, 200, "OK", "tt");
        const auto r = SipMessage::parse(answer);
        QVERIFY(r);
        QCOMPARE(r->topBranch, QByteArray("z9hG4bKx1"));
        QCOMPARE(r->cseqMethod, QByteArray("NOTIFY"));
        QVERIFY(r->to.contains("tag=tt"));
    }

    void branchesAreUnique()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray b = SipWire::newBranch();
            QVERIFY(b.startsWith("z9hG4bK"));
            QVERIFY(!seen.contains(b));
            seen.insert(b);
        }
    }

    void streamFraming_data()
    {
        QTest::addColumn<QByteArray>("buffer");
        QTest::addColumn<int>("expected");
        const QByteArray ok = okResponse();
        QTest::newRow("complete") << ok << int(ok.size());
        QTest::newRow("two messages") << ok + ok << int(ok.size());
        QTest::newRow("partial") << ok.left(40) << 0;
        QTest::newRow("body pending")
            << QByteArray(ok).replace("Content-Length: 0", "Content-Length: 10") << 0;
        QTest::newRow("compact l") << QByteArray(ok).replace("Content-Length: 0", "l: 0")
                                   << int(ok.size() - 13);
        QTest::newRow("no length") << QByteArray(ok).replace("Content-Length: 0\r\n", "") << -1;
        QTest::newRow("negative length")
            << QByteArray(ok).replace("Content-Length: 0", "Content-Length: -5") << -1;
        QTest::newRow("huge length") << QByteArray(ok).replace("Content-Length: 0",
                                                               "Content-Length: 99999999")
                                     << -1;
        QTest::newRow("endless header") << QByteArray(70000, 'a') << -1;
    }

    void streamFraming()
    {
        QFETCH(QByteArray, buffer);
        QFETCH(int, expected);
        QCOMPARE(int(SipWire::streamFrameLength(buffer)), expected);
    }

    void targets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("hostPort");
        QTest::addColumn<QByteArray>("uri");
        QTest::newRow("ip") << "127.0.0.5" << true << "127.0.0.5:5060" << QByteArray("sip:127.0.0.5:5060");
        QTest::newRow("ip port") << "127.1.0.9:5062" << true << "127.1.0.9:5062"
                                 << QByteArray("sip:127.1.0.9:5062");
        QTest::newRow("v6") << "[::1]:5070" << true << "[::1]:5070" << QByteArray("sip:[::1]:5070");
        QTest::newRow("uri tcp") << "sip:1001@127.0.0.5:5080;transport=tcp" << true << "127.0.0.5:5080"
                                 << QByteArray("sip:1001@127.0.0.5:5080;transport=tcp");
        QTest::newRow("hostname") << "phone.example.com" << false << QString() << QByteArray();
        QTest::newRow("port 0") << "127.0.0.5:0" << false << QString() << QByteArray();
        QTest::newRow("port big") << "127.0.0.5:70000" << false << QString() << QByteArray();
        QTest::newRow("multicast") << "224.0.1.75" << false << QString() << QByteArray();
        QTest::newRow("any") << "0.0.0.0" << false << QString() << QByteArray();
        QTest::newRow("empty") << "" << false << QString() << QByteArray();
        QTest::newRow("v6 zone") << "[fe80::1%eth0]:5060" << false << QString() << QByteArray();
        QTest::newRow("v6 zone with nul (fuzz)")
            << QString::fromLatin1("[::9%\0\0]:1", 11) << false << QString() << QByteArray();
        QTest::newRow("bad user") << "sip:a b@127.0.0.1" << false << QString() << QByteArray();
    }

    void targets()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, hostPort);
        QFETCH(QByteArray, uri);
        QString error;
        const auto t = SipTarget::parse(text, SipTransport::Udp, &error);
        QCOMPARE(t.has_value(), valid);
        if (valid) {
            QCOMPARE(t->hostPort(), hostPort);
            QCOMPARE(t->requestUri(), uri);
        } else {
            QVERIFY(!error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSipMessage)
#include "tst_sipmessage.moc"
