// Zero-touch end to end with the real phonedesk-server binary: a phone known only by its MAC
// (no user, no line keys) fetches its configuration on first contact with its device certificate
// and turns Online, with the fetch in its status record. curl plays the phone.

#include "provisioningtestenv.h"
#include "statusrepository.h"

#include <QRegularExpression>
#include <QSettings>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

class TestZeroTouch final : public QObject
{
    Q_OBJECT

private slots:
    void firstContactTurnsOnline();
    void badConfigurationIsRefusedWithAClearMessage();
};

void TestZeroTouch::firstContactTurnsOnline()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");
    TestPki pki;
    QString error;
    QVERIFY2(pki.create(&error), qPrintable(error));
    const QString mac = QStringLiteral("0004f2c0ffee");
    QVERIFY2(pki.issueClient(QStringLiteral("phone"), QStringLiteral("0004F2C0FFEE"),
                             QStringLiteral("device-ca"), &error),
             qPrintable(error));

    TestDatabase db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(db.storage, qPrintable(error));
    Site site;
    site.name = QStringLiteral("Branch");
    site.primarySip = {QStringLiteral("sip.example.net"), 5061, SipTransport::Tls};
    const Id siteId = db.storage->sites().create(site).value().id;
    BaseSettings bs;
    bs.name = QStringLiteral("VVX 350 default");
    bs.modelId = QStringLiteral("poly-vvx-350");
    const Id bsId = db.storage->baseSettings().create(bs).value().id;
    Phone phone;
    phone.name = QStringLiteral("Unboxed");
    phone.baseSettingsId = bsId;
    phone.siteId = siteId;
    phone.hardwareId = mac;
    const Id phoneId = db.storage->phones().create(phone).value().id;
    QCOMPARE(db.storage->status().get(phoneId).value().status, PhoneStatus::Unknown);

    const QString configPath = db.dir->filePath(QStringLiteral("server.conf"));
    {
        QSettings ini(configPath, QSettings::IniFormat);
        ini.setValue(QStringLiteral("database/url"), QString(QStringLiteral("sqlite:") + db.spec.sqlitePath));
        ini.setValue(QStringLiteral("provisioning/address"), QStringLiteral("127.0.0.1"));
        ini.setValue(QStringLiteral("provisioning/port"), 0);
        ini.setValue(QStringLiteral("provisioning/certificate"), pki.path(QStringLiteral("server.pem")));
        ini.setValue(QStringLiteral("provisioning/key"), pki.path(QStringLiteral("server.key")));
        ini.setValue(QStringLiteral("provisioning/deviceCa"), pki.path(QStringLiteral("device-ca.pem")));
        ini.setValue(QStringLiteral("provisioning/clientCertificates"), QStringLiteral("required"));
        ini.setValue(QStringLiteral("logging/syslog"), false);
    }

    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral(PHONEDESK_SERVER_BINARY),
                 {QStringLiteral("--config"), configPath, QStringLiteral("--no-device-control")});
    QVERIFY(server.waitForStarted(10000));
    QByteArray log;
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    int port = 0;
    QDeadlineTimer startup(30000);
    while (port == 0 && !startup.hasExpired() && server.state() == QProcess::Running) {
        server.waitForReadyRead(200);
        log += server.readAll();
        if (const auto m = listening.match(QString::fromUtf8(log)); m.hasMatch())
            port = m.captured(1).toInt();
    }
    QVERIFY2(port > 0, log.constData());

    const ProcessResult fetch =
        runProcess(QStringLiteral("curl"),
                   {QStringLiteral("-sS"), QStringLiteral("-w"), QStringLiteral("\n%{http_code}"),
                    QStringLiteral("--cacert"), pki.path(QStringLiteral("server-ca.pem")),
                    QStringLiteral("--cert"), pki.path(QStringLiteral("phone.pem")), QStringLiteral("--key"),
                    pki.path(QStringLiteral("phone.key")), QStringLiteral("-A"),
                    QStringLiteral("FileTransport PolycomVVX-VVX_350-UA/6.4.6.2171 Type/Application"),
                    QStringLiteral("https://127.0.0.1:%1/%2-phonedesk.cfg").arg(port).arg(mac)});
    QVERIFY2(fetch.out.endsWith("\n200"), QByteArray(fetch.out + fetch.err).constData());
    QVERIFY(fetch.out.contains("<polycomConfig"));
    QVERIFY(fetch.out.contains("device.auth.localAdminPassword="));

    // The server records the fetch within its flush interval (250 ms).
    std::unique_ptr<Storage> reader = openAgain(db, &error);
    QVERIFY2(reader, qPrintable(error));
    StatusRecord status;
    QDeadlineTimer recorded(10000);
    while (!recorded.hasExpired()) {
        status = reader->status().get(phoneId).value();
        if (status.status == PhoneStatus::Online && status.lastFetch.time.isValid())
            break;
        QTest::qWait(100);
    }
    QCOMPARE(status.status, PhoneStatus::Online);
    QVERIFY(status.lastSeen.isValid());
    QCOMPARE(status.lastFetch.ip, QStringLiteral("127.0.0.1"));
    QCOMPARE(status.lastFetch.firmware, QStringLiteral("6.4.6.2171"));
    QVERIFY(!status.lastFetch.configHash.isEmpty());

#ifdef Q_OS_UNIX
    ::kill(pid_t(server.processId()), SIGTERM);
#endif
    QVERIFY(server.waitForFinished(15000));
    log += server.readAll();
    QCOMPARE(server.exitCode(), 0);
    QVERIFY2(log.contains("phonedesk.provisioning.access"), log.constData());
    QVERIFY(log.contains(mac.toLatin1()));
    // The log names the request, never what was served.
    QVERIFY(!log.contains(db.storage->phones().deviceSecret(phoneId).value().toUtf8()));
    QVERIFY(!log.contains("localAdminPassword"));
    QVERIFY(!log.contains("polycomConfig"));
}

void TestZeroTouch::badConfigurationIsRefusedWithAClearMessage()
{
    QTemporaryDir dir;
    const QString configPath = dir.filePath(QStringLiteral("server.conf"));
    {
        QSettings ini(configPath, QSettings::IniFormat);
        ini.setValue(QStringLiteral("database/url"),
                     QString(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("db.sqlite"))));
        ini.setValue(QStringLiteral("provisioning/certificate"), dir.filePath(QStringLiteral("missing.pem")));
        ini.setValue(QStringLiteral("logging/syslog"), false);
    }
    QProcess server;
    server.start(QStringLiteral(PHONEDESK_SERVER_BINARY),
                 {QStringLiteral("--config"), configPath, QStringLiteral("--check")});
    QVERIFY(server.waitForFinished(30000));
    QCOMPARE(server.exitCode(), 1);
    const QByteArray err = server.readAllStandardError();
    QVERIFY2(err.contains("missing.pem"), err.constData());
}

QTEST_GUILESS_MAIN(TestZeroTouch)
#include "tst_zerotouch.moc"
