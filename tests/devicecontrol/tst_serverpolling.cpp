// phonedesk-server's status polling as an attacker meets it: the real binary, its poller's socket
// bound where [deviceControl] bindAddress says, a phone that answers with broken SIP and floods the
// socket with junk. Its log (stdout) carries no oSIP text, one line about the flooding source and
// the counters in its summaries.

#include "basesettingsrepository.h"
#include "phonerepository.h"
#include "sipmessage.h"
#include "siterepository.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <csignal>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

class TestServerPolling final : public QObject
{
    Q_OBJECT

private slots:
    void floodedPollerKeepsTheLogShort();
    void badBindAddressIsRefused();
};

namespace {
// Reads the server's merged output until `pattern` matches or the time is up.
QRegularExpressionMatch waitFor(QProcess &server, QByteArray &log, const QRegularExpression &pattern,
                                int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const auto m = pattern.match(QString::fromUtf8(log));
        if (m.hasMatch() || deadline.hasExpired() || server.state() != QProcess::Running)
            return m;
        QTest::qWait(20); // the played phone answers meanwhile
        log += server.readAll();
    }
}
} // namespace

void TestServerPolling::floodedPollerKeepsTheLogShort()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed");
    QString error;
    TestDatabase db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(db.storage, qPrintable(error));
    // The provisioning server needs a certificate to start; it is not what is tested here.
    QProcess req;
    req.start(openssl,
              {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
               QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
               QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
               QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
               QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"),
               db.dir->filePath(QStringLiteral("server.key")), QStringLiteral("-out"),
               db.dir->filePath(QStringLiteral("server.pem"))});
    QVERIFY(req.waitForFinished(30000));
    QVERIFY2(req.exitCode() == 0, req.readAllStandardError().constData());

    // The phone: every probe gets a broken answer and, the first time, a flood of junk from the
    // phone's own address and port, sent while the probe is awaited.
    QUdpSocket phone;
    QVERIFY(phone.bind(QHostAddress::LocalHost, 0));
    QList<QHostAddress> senders;
    int junkSent = 0;
    QTimer flood;
    QHostAddress pollerAddress;
    quint16 pollerPort = 0;
    connect(&flood, &QTimer::timeout, &phone, [&] {
        for (int i = 0; i < 50 && junkSent < 5000; ++i, ++junkSent)
            phone.writeDatagram(i % 2 ? QByteArrayLiteral("SIP/2.0 200 OK\r\nVia: junk\r\n\r\n")
                                      : QByteArrayLiteral("\x01\x02 junk"),
                                pollerAddress, pollerPort);
        if (junkSent >= 5000)
            flood.stop();
    });
    connect(&phone, &QUdpSocket::readyRead, &phone, [&] {
        while (phone.hasPendingDatagrams()) {
            const QNetworkDatagram in = phone.receiveDatagram();
            if (!SipMessage::parse(in.data()))
                continue;
            senders.append(in.senderAddress());
            pollerAddress = in.senderAddress();
            pollerPort = quint16(in.senderPort());
            phone.writeDatagram(QByteArrayLiteral("SIP/2.0 200 OK\r\nVia: garbage\r\nCSeq: x\r\n\r\n"),
                                pollerAddress, pollerPort);
            if (junkSent == 0 && !flood.isActive())
                flood.start(5);
        }
    });

    Site site;
    site.name = QStringLiteral("Branch");
    site.primarySip = {QStringLiteral("sip.example.net"), 5061, SipTransport::Tls};
    BaseSettings bs;
    bs.name = QStringLiteral("T54W default");
    bs.modelId = QStringLiteral("yealink-t54w");
    Phone record;
    record.name = QStringLiteral("Flooding phone");
    record.siteId = db.storage->sites().create(site).value().id;
    record.baseSettingsId = db.storage->baseSettings().create(bs).value().id;
    record.hardwareId = QStringLiteral("805ec0000001");
    record.networkAddress = QStringLiteral("127.0.0.1:%1").arg(phone.localPort());
    auto created = db.storage->phones().create(record);
    QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));

    const QString configPath = db.dir->filePath(QStringLiteral("server.conf"));
    {
        QSettings ini(configPath, QSettings::IniFormat);
        ini.setValue(QStringLiteral("database/url"), QString(QStringLiteral("sqlite:") + db.spec.sqlitePath));
        ini.setValue(QStringLiteral("provisioning/address"), QStringLiteral("127.0.0.1"));
        ini.setValue(QStringLiteral("provisioning/port"), 0);
        ini.setValue(QStringLiteral("provisioning/certificate"),
                     db.dir->filePath(QStringLiteral("server.pem")));
        ini.setValue(QStringLiteral("provisioning/key"), db.dir->filePath(QStringLiteral("server.key")));
        ini.setValue(QStringLiteral("provisioning/clientCertificates"), QStringLiteral("off"));
        ini.setValue(QStringLiteral("deviceControl/bindAddress"), QStringLiteral("127.0.0.3"));
        ini.setValue(QStringLiteral("logging/syslog"), false);
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral(PHONEDESK_SERVER_BINARY), {QStringLiteral("--config"), configPath});
    QVERIFY(server.waitForStarted(10000));
    QByteArray log;
    const auto bound = waitFor(
        server, log, QRegularExpression(QStringLiteral("status polling: SIP socket on (\\S+) port (\\d+)")),
        30000);
    QVERIFY2(bound.hasMatch(), log.constData());
    QCOMPARE(bound.captured(1), QStringLiteral("127.0.0.3"));

    // Three attempts of 2 s each, then the sweep is over and summed up.
    const auto summary =
        waitFor(server, log,
                QRegularExpression(
                    QStringLiteral("dropped since the last sweep: (\\d+) unsolicited and (\\d+) malformed")),
                40000);
    QVERIFY2(summary.hasMatch(), log.constData());
    QVERIFY(summary.captured(2).toInt() > 100); // broken answers and junk reached the parser
    QVERIFY(!senders.isEmpty());
    for (const QHostAddress &sender : std::as_const(senders))
        QCOMPARE(sender, QHostAddress(QStringLiteral("127.0.0.3")));
    QCOMPARE(quint16(bound.captured(2).toInt()), pollerPort);

    ::kill(pid_t(server.processId()), SIGTERM);
    QVERIFY(server.waitForFinished(15000));
    log += server.readAll();
    QCOMPARE(server.exitCode(), 0);
    QVERIFY2(log.contains("SIP: ") && log.contains("malformed"), log.constData());

    // No oSIP text; one line about the flooding source (this run is far shorter than a minute);
    // the whole log a few lines long although thousands of datagrams were dropped.
    QVERIFY2(!log.contains("| ERROR |") && !log.contains("|WARNING|") && !log.contains("osip_") &&
                 !log.contains("oSIP"),
             log.constData());
    QCOMPARE(log.count("dropped a malformed SIP datagram from 127.0.0.1"), 1);
    QCOMPARE(log.count("malformed SIP datagram from"), 1);
    QVERIFY2(log.count('\n') < 30, log.constData());
    QVERIFY2(junkSent > 1000, qPrintable(QString::number(junkSent)));
}

void TestServerPolling::badBindAddressIsRefused()
{
    QTemporaryDir dir;
    const QString configPath = dir.filePath(QStringLiteral("server.conf"));
    {
        QSettings ini(configPath, QSettings::IniFormat);
        ini.setValue(QStringLiteral("database/url"),
                     QString(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("db.sqlite"))));
        ini.setValue(QStringLiteral("deviceControl/bindAddress"), QStringLiteral("10.0.0.300"));
        ini.setValue(QStringLiteral("logging/syslog"), false);
    }
    QProcess server;
    server.start(QStringLiteral(PHONEDESK_SERVER_BINARY),
                 {QStringLiteral("--config"), configPath, QStringLiteral("--check")});
    QVERIFY(server.waitForFinished(30000));
    const QString err = QString::fromUtf8(server.readAllStandardError());
    QCOMPARE(server.exitCode(), 1);
    QVERIFY2(err.contains(QLatin1String("[deviceControl]")) &&
                 err.contains(QLatin1String("deviceControl/bindAddress")) &&
                 err.contains(QLatin1String("10.0.0.300")),
             qPrintable(err));
}

QTEST_GUILESS_MAIN(TestServerPolling)
#include "tst_serverpolling.moc"
