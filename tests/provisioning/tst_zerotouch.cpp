// Zero-touch end to end with the real phonedesk-server binary: a phone known only by its MAC
// (no user, no line keys) fetches its configuration on first contact and turns Online, with the
// fetch in its status record. curl plays one phone with its device certificate; phonedesk-phonesim
// plays a small fleet that authenticates with HTTP Digest and checks the server's certificate.

#include "configrenderer.h"
#include "processguard.h"
#include "provisioningtestenv.h"
#include "quarantinerepository.h"
#include "statusrepository.h"

#include <QDir>
#include <QSettings>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

class TestZeroTouch final : public QObject
{
    Q_OBJECT

public:
    // Before any socket, as in every PhoneDesk executable: a peer that resets cannot end the run.
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void firstContactTurnsOnline();
    void simulatedFleetFetchesOnFirstContact();
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
    QByteArray log;
    const int port = startProvisioningOnly(server, QStringLiteral(PHONEDESK_SERVER_BINARY), configPath, log);
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

    QVERIFY2(stopProvisioningOnly(server, log), log.constData());
    QVERIFY2(log.contains("phonedesk.provisioning.access"), log.constData());
    QVERIFY(log.contains(mac.toLatin1()));
    // The log names the request, never what was served.
    QVERIFY(!log.contains(db.storage->phones().deviceSecret(phoneId).value().toUtf8()));
    QVERIFY(!log.contains("localAdminPassword"));
    QVERIFY(!log.contains("polycomConfig"));
}

void TestZeroTouch::simulatedFleetFetchesOnFirstContact()
{
#ifndef PHONEDESK_PHONESIM_BINARY
    QSKIP("phonedesk-phonesim is not built");
#else
    TestPki pki;
    QString error;
    QVERIFY2(pki.create(&error), qPrintable(error));
    TestDatabase db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(db.storage, qPrintable(error));
    Site site;
    site.name = QStringLiteral("Branch");
    site.primarySip = {QStringLiteral("sip.example.net"), 5061, SipTransport::Tls};
    const Id siteId = db.storage->sites().create(site).value().id;
    BaseSettings bs;
    bs.name = QStringLiteral("VVX 450 default");
    bs.modelId = QStringLiteral("poly-vvx-450");
    const Id bsId = db.storage->baseSettings().create(bs).value().id;
    // The simulator's phones 0 and 1 are on record by MAC only; phone 2 is not.
    QList<Id> phoneIds;
    QByteArray secrets = "mac,secret\n";
    for (const char *mac : {"0004f2000000", "0004f2000001"}) {
        Phone phone;
        phone.name = QStringLiteral("Unboxed ") + QLatin1String(mac);
        phone.baseSettingsId = bsId;
        phone.siteId = siteId;
        phone.hardwareId = QString::fromLatin1(mac);
        const Id id = db.storage->phones().create(phone).value().id;
        phoneIds.append(id);
        secrets += QByteArray(mac) + ',' + db.storage->phones().deviceSecret(id).value().toUtf8() + '\n';
    }
    // An unknown phone that believes it has a secret: refused like any unknown MAC.
    secrets += "00:04:f2:00:00:02,not-a-secret-the-server-knows\n";
    const QString secretsPath = db.dir->filePath(QStringLiteral("secrets.csv"));
    {
        QFile f(secretsPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(secrets);
    }

    const QString configPath = writeSqliteServerConfig(db, pki);
    QProcess server;
    QByteArray log;
    const int port = startProvisioningOnly(server, QStringLiteral(PHONEDESK_SERVER_BINARY), configPath, log);
    QVERIFY2(port > 0, log.constData());

    const QString received = db.dir->filePath(QStringLiteral("received"));
    const QString reportPath = db.dir->filePath(QStringLiteral("report.csv"));
    const ProcessResult fleet = runProcess(
        QStringLiteral(PHONEDESK_PHONESIM_BINARY),
        {QStringLiteral("--phones"), QStringLiteral("3"), QStringLiteral("--base-port"), QStringLiteral("0"),
         QStringLiteral("--no-rest"), QStringLiteral("--provision-on-boot"),
         QStringLiteral("--exit-after-provisioning"), QStringLiteral("--fetch-concurrency"),
         QStringLiteral("2"), QStringLiteral("--provisioning-url"),
         QStringLiteral("https://127.0.0.1:%1/").arg(port), QStringLiteral("--ca"),
         pki.path(QStringLiteral("server-ca.pem")), QStringLiteral("--digest-secrets"), secretsPath,
         QStringLiteral("--save-configs"), received, QStringLiteral("--fetch-report"), reportPath},
        {}, 60000);
    QVERIFY2(fleet.finished, fleet.err.constData());
    // Exit status 3: not every phone got a configuration (the unknown one).
    QCOMPARE(fleet.exitCode, 3);
    QVERIFY2(fleet.out.contains("first-contact phones 3 configured 2 failed 1 statuses 200:2,404:1"),
             fleet.out.constData());
    QVERIFY2(fleet.out.contains("fetch-failed 0004f2000002 404"), fleet.out.constData());
    QFile report(reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = report.readAll().trimmed().split('\n');
    QCOMPARE(rows.size(), 4);
    QVERIFY2(rows.at(1).startsWith("0,0004f2000000,200,1,0,0004f2000000.cfg;0004f2000000-phonedesk.cfg,"),
             rows.at(1).constData());

    std::unique_ptr<Storage> reader = openAgain(db, &error);
    QVERIFY2(reader, qPrintable(error));
    for (int i = 0; i < phoneIds.size(); ++i) {
        const QString mac = QStringLiteral("0004f20000%1").arg(i, 2, 10, QLatin1Char('0'));
        StatusRecord status;
        QDeadlineTimer recorded(10000);
        while (!recorded.hasExpired()) {
            status = reader->status().get(phoneIds.at(i)).value();
            if (status.status == PhoneStatus::Online && status.lastFetch.time.isValid())
                break;
            QTest::qWait(100);
        }
        QCOMPARE(status.status, PhoneStatus::Online);
        QCOMPARE(status.lastFetch.ip, QStringLiteral("127.1.0.%1").arg(i + 1));
        QCOMPARE(status.lastFetch.userAgent,
                 QStringLiteral("FileTransport PolycomVVX-VVX_450-UA/6.4.3.2000 Type/Application"));
        QCOMPARE(status.lastFetch.firmware, QStringLiteral("6.4.3.2000"));
        // The hash the server recorded is the hash of exactly what the phone stored: the master file
        // and the settings file it names.
        QList<RenderedFile> stored;
        const QStringList names {mac + QStringLiteral(".cfg"), mac + QStringLiteral("-phonedesk.cfg")};
        for (const QString &name : names) {
            QFile f(received + u'/' + mac + u'/' + name);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            stored.append({name, "application/xml", f.readAll()});
        }
        QVERIFY(stored.at(1).body.contains("<polycomConfig"));
        QCOMPARE(ConfigRenderer::hash(stored), status.lastFetch.configHash);
    }

    // The unknown MAC got nothing, is in the quarantine and did not become a phone.
    QVERIFY(!QFileInfo::exists(received + QStringLiteral("/0004f2000002")));
    QDeadlineTimer quarantined(10000);
    QList<QuarantineEntry> entries;
    while (!quarantined.hasExpired()) {
        entries = QuarantineRepository(*reader).list().value();
        if (!entries.isEmpty())
            break;
        QTest::qWait(100);
    }
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().mac, QStringLiteral("0004f2000002"));
    QCOMPARE(entries.first().ip, QStringLiteral("127.1.0.3"));
    QVERIFY(!reader->phones().findByHardwareId(QStringLiteral("0004f2000002")).value().has_value());
    QCOMPARE(reader->phones().list().value().size(), 2);

    // A phone told to trust another CA refuses the server and asks for nothing.
    const ProcessResult distrust = runProcess(
        QStringLiteral(PHONEDESK_PHONESIM_BINARY),
        {QStringLiteral("--phones"), QStringLiteral("1"), QStringLiteral("--base-port"), QStringLiteral("0"),
         QStringLiteral("--no-rest"), QStringLiteral("--provision-on-boot"),
         QStringLiteral("--exit-after-provisioning"), QStringLiteral("--provisioning-url"),
         QStringLiteral("https://127.0.0.1:%1/").arg(port), QStringLiteral("--ca"),
         pki.path(QStringLiteral("other-ca.pem")), QStringLiteral("--digest-secrets"), secretsPath},
        {}, 60000);
    QVERIFY2(distrust.finished, distrust.err.constData());
    QCOMPARE(distrust.exitCode, 3);
    QVERIFY2(distrust.out.contains("first-contact phones 1 configured 0 failed 1 statuses 0:1"),
             distrust.out.constData());
    QVERIFY2(distrust.out.contains("not trusted"), distrust.out.constData());

    QVERIFY2(stopProvisioningOnly(server, log), log.constData());
    // Neither the secrets nor the served files reach the log.
    for (const QByteArray &line : secrets.split('\n').mid(1)) {
        if (!line.isEmpty())
            QVERIFY(!log.contains(line.mid(line.indexOf(',') + 1)));
    }
    QVERIFY(!log.contains("polycomConfig"));
#endif
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
