// phonedesk-server through a PostgreSQL outage, with the real binary and a PostgreSQL cluster of
// the test's own (PgCluster: it is stopped and started, so it cannot be the shared test cluster):
// while the database is gone, provisioning answers what it cannot decide with 503 and Retry-After and still
// serves the phones it has cached; the status change the poller sees meanwhile and the fetches it serves
// reach the database once it is back; a phone added after the restart is served; the same process does all of
// it and says so in its log. Skipped without PHONEDESK_TEST_PG_PORT (the PostgreSQL tests' switch), failed
// with PHONEDESK_REQUIRE_PG=1.

#include "auditrepository.h"
#include "pgcluster.h"
#include "provisioningtestenv.h"
#include "statusrepository.h"

#include <QDir>
#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {

void readLog(QProcess &server, QByteArray &log)
{
    log += server.readAll();
}

} // namespace

class TestServerOutage final : public QObject
{
    Q_OBJECT

private slots:
    void serverRidesOutARestartOfPostgres();
};

void TestServerOutage::serverRidesOutARestartOfPostgres()
{
    if (!postgresAvailable()) {
        if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
            QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test environment is configured "
                  "(PHONEDESK_TEST_PG_PORT)");
        QSKIP("no PostgreSQL test environment (PHONEDESK_TEST_PG_PORT)");
    }
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("psql")).isEmpty())
        QFAIL("curl and psql are needed");
    QString error;
    TestPki pki;
    QVERIFY2(pki.create(&error), qPrintable(error));
    PgCluster cluster;
    QVERIFY2(cluster.create(&error), qPrintable(error));
    const QString database = QStringLiteral("pdoutage_%1").arg(QCoreApplication::applicationPid());
    QVERIFY2(cluster.createDatabase(database, &error), qPrintable(error));
    const ConnectionSpec spec = cluster.spec(database);

    // The fleet, and ten phones the poller probes that stop answering: on record as Online, they
    // are silent from the start, so the poller's first sweep finds them Offline while the database
    // is gone (what was measured: 10 of 10 such changes lost).
    constexpr int SilentPhones = 10;
    std::vector<std::unique_ptr<QUdpSocket>> silentPhones;
    int probesSeen = 0;
    for (int i = 0; i < SilentPhones; ++i) {
        auto socket = std::make_unique<QUdpSocket>();
        QVERIFY(socket->bind(QHostAddress::LocalHost, 0));
        QUdpSocket *phone = socket.get();
        connect(phone, &QUdpSocket::readyRead, phone, [&probesSeen, phone] {
            while (phone->hasPendingDatagrams()) {
                phone->receiveDatagram();
                ++probesSeen;
            }
        });
        silentPhones.push_back(std::move(socket));
    }
    TestFleet fleet;
    QList<Id> silentIds;
    QString polySecret;
    {
        auto opened = Storage::open(spec);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().fullText()));
        Storage &storage = **opened;
        QVERIFY2(fleet.create(storage, &error), qPrintable(error));
        QList<StatusRecord> online;
        for (int i = 0; i < SilentPhones; ++i) {
            Phone silent;
            silent.name = QStringLiteral("Silent desk phone %1").arg(i + 1);
            silent.category = PhoneCategory::Managed;
            silent.siteId = fleet.siteId;
            silent.baseSettingsId = storage.phones().get(fleet.yealinkId).value().baseSettingsId;
            silent.hardwareId = QStringLiteral("805ec09999%1").arg(i, 2, 10, QLatin1Char('0'));
            silent.networkAddress =
                QStringLiteral("127.0.0.1:%1").arg(silentPhones.at(size_t(i))->localPort());
            auto created = storage.phones().create(silent);
            QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));
            silentIds.append(created->id);
            StatusRecord record;
            record.phoneId = created->id;
            record.status = PhoneStatus::Online;
            record.lastSeen = QDateTime::currentDateTimeUtc();
            online.append(record);
        }
        QVERIFY(storage.status().applyProbeResults(online).ok());
        polySecret = storage.phones().deviceSecret(fleet.polyId).value();
    }

    QTemporaryDir configDir;
    const QString configPath = configDir.filePath(QStringLiteral("server.conf"));
    {
        QSettings ini(configPath, QSettings::IniFormat);
        ini.setValue(QStringLiteral("database/url"),
                     QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(spec.port).arg(database));
        setServerProvisioning(ini, pki);
        ini.setValue(QStringLiteral("provisioning/workerThreads"), 2);
        // Every refused request of this test comes from 127.0.0.1: room for all of them.
        ini.setValue(QStringLiteral("provisioning/failureBurst"), 1000);
        ini.setValue(QStringLiteral("provisioning/failuresPerSecond"), 100);
        ini.setValue(QStringLiteral("deviceControl/bindAddress"), QStringLiteral("127.0.0.1"));
        ini.setValue(QStringLiteral("logging/syslog"), false);
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral(PHONEDESK_SERVER_BINARY), {QStringLiteral("--config"), configPath});
    QVERIFY(server.waitForStarted(10000));
    const qint64 pid = server.processId();
    QByteArray log;
    auto cleanup = qScopeGuard([&] {
#ifdef Q_OS_UNIX
        if (server.state() == QProcess::Running)
            ::kill(pid_t(server.processId()), SIGTERM);
#endif
        server.waitForFinished(15000);
        log += server.readAll();
        if (QTest::currentTestFailed())
            qInfo().noquote() << "phonedesk-server's log:\n" << QString::fromUtf8(log);
    });
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    int port = 0;
    QDeadlineTimer startup(30000);
    while (port == 0 && !startup.hasExpired() && server.state() == QProcess::Running) {
        spin(50);
        readLog(server, log);
        if (const auto m = listening.match(QString::fromUtf8(log)); m.hasMatch())
            port = m.captured(1).toInt();
    }
    QVERIFY2(port > 0, log.constData());
    QCOMPARE(digestFetch(pki, port, fleet.polyMac, polySecret).status, 200);
    // The poller has read the phones and probes the silent ones: now the database goes.
    QTRY_VERIFY_WITH_TIMEOUT(probesSeen >= SilentPhones, 20000);
    spin(300); // the fetch above is recorded (the server writes fetches every 250 ms)
    QVERIFY2(cluster.stop(QStringLiteral("fast"), &error), qPrintable(error));
    const QDateTime outageStart = QDateTime::currentDateTimeUtc();

    // What the server cannot decide without the database: 503 and Retry-After, never 404. A MAC
    // it does not know may be a phone added meanwhile.
    const QString newMac = QStringLiteral("0004f2aa0001");
    QTRY_VERIFY_WITH_TIMEOUT(log.contains("database connection lost: ") || (readLog(server, log), false),
                             10000);
    const Fetch unknown = digestFetch(pki, port, newMac, QStringLiteral("a-secret-it-cannot-check"));
    QCOMPARE(unknown.status, 503);
    QVERIFY2(unknown.headers.contains("Retry-After: 30"), unknown.headers.constData());
    // A phone it has cached and can authenticate is still served; its fetch waits for the database.
    QCOMPARE(digestFetch(pki, port, fleet.polyMac, polySecret).status, 200);
    const QDateTime servedDuringOutage = QDateTime::currentDateTimeUtc();
    // Wrong credentials for a cached phone: perhaps changed meanwhile, so not decided either.
    QCOMPARE(digestFetch(pki, port, fleet.polyMac, QStringLiteral("wrong")).status, 503);

    // The silent phones' three probes time out (3 x 2 s) while the database is gone.
    const QDateTime firstProbe = QDateTime::currentDateTimeUtc();
    while (firstProbe.msecsTo(QDateTime::currentDateTimeUtc()) < 9000) {
        spin(100);
        readLog(server, log);
    }
    QVERIFY2(server.state() == QProcess::Running, log.constData());
    QVERIFY2(cluster.start(&error), qPrintable(error));
    const QDateTime outageEnd = QDateTime::currentDateTimeUtc();

    // A phone added right after the restart (by another console, say) is served once the server
    // is back, without restarting it; until then it is told to come back later, never 404.
    auto reopened = Storage::open(spec);
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().fullText()));
    Storage &storage = **reopened;
    Phone added;
    added.name = QStringLiteral("Added after the restart");
    added.category = PhoneCategory::Managed;
    added.siteId = fleet.siteId;
    added.baseSettingsId = storage.phones().get(fleet.polyId).value().baseSettingsId;
    added.hardwareId = newMac;
    auto addedPhone = storage.phones().create(added);
    QVERIFY2(addedPhone, addedPhone ? "" : qPrintable(addedPhone.error().fullText()));
    const QString addedSecret = storage.phones().deviceSecret(addedPhone->id).value();
    QList<int> answers;
    QDeadlineTimer servedBy(60000);
    while (!servedBy.hasExpired()) {
        const int status = digestFetch(pki, port, newMac, addedSecret).status;
        answers.append(status);
        readLog(server, log);
        if (status == 200)
            break;
        spin(250);
    }
    QStringList answerText;
    for (const int status : std::as_const(answers))
        answerText.append(QString::number(status));
    QVERIFY2(answers.constLast() == 200, qPrintable(answerText.join(u' ')));
    QVERIFY2(!answers.contains(404), qPrintable(answerText.join(u' ')));

    // What happened during the outage reached the database.
    QDeadlineTimer writtenBy(30000);
    QHash<Id, StatusRecord> silent;
    StatusRecord poly;
    auto allOffline = [&] {
        return std::all_of(silentIds.cbegin(), silentIds.cend(),
                           [&](Id id) { return silent.value(id).status == PhoneStatus::Offline; });
    };
    while (!writtenBy.hasExpired()) {
        silent = storage.status().getMany(silentIds).value();
        poly = storage.status().get(fleet.polyId).value();
        if (allOffline() && poly.lastFetch.time >= servedDuringOutage.addSecs(-1))
            break;
        spin(250);
        readLog(server, log);
    }
    int offline = 0;
    for (const Id id : std::as_const(silentIds))
        offline += silent.value(id).status == PhoneStatus::Offline ? 1 : 0;
    QVERIFY2(offline == SilentPhones,
             qPrintable(QStringLiteral("%1 of %2 Offline").arg(offline).arg(SilentPhones)));
    QVERIFY2(poly.lastFetch.time.isValid() && poly.lastFetch.time >= outageStart.addSecs(-1) &&
                 poly.lastFetch.time <= outageEnd,
             qPrintable(poly.lastFetch.time.toString(Qt::ISODateWithMs)));
    // Each transition is in the activity log, as if the database had never been gone.
    AuditQuery statusChanges;
    statusChanges.action = QStringLiteral("status.change");
    auto audit = storage.audit().query(statusChanges);
    QVERIFY(audit.ok());
    for (const Id id : std::as_const(silentIds))
        QVERIFY(std::any_of(audit->cbegin(), audit->cend(), [&](const AuditEntry &e) {
            return e.entityId == id && e.details.startsWith(QLatin1String("online -> offline"));
        }));

    // The same process, and a log that says what happened: each connection's loss once, its return.
    readLog(server, log);
    QCOMPARE(server.state(), QProcess::Running);
    QCOMPARE(server.processId(), pid);
    const QString text = QString::fromUtf8(log);
    static const QRegularExpression lostLine(
        QStringLiteral("database connection lost: [^\\n]+; reconnecting \\((main|status poller) connection"));
    QSet<QString> lostConnections;
    int lostLines = 0;
    for (auto it = lostLine.globalMatch(text); it.hasNext(); ++lostLines)
        lostConnections.insert(it.next().captured(1));
    QVERIFY2(lostConnections == QSet<QString>({QStringLiteral("main"), QStringLiteral("status poller")}),
             qPrintable(text));
    QCOMPARE(lostLines, 2);
    static const QRegularExpression restoredLine(QStringLiteral(
        "database connection restored after ([0-9.]+) s \\((main|status poller) connection\\)"));
    QSet<QString> restoredConnections;
    for (auto it = restoredLine.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        restoredConnections.insert(m.captured(2));
        QVERIFY2(m.captured(1).toDouble() >= 5, qPrintable(m.captured(0))); // the outage lasted 9 s and more
    }
    QVERIFY2(restoredConnections == QSet<QString>({QStringLiteral("main"), QStringLiteral("status poller")}),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestServerOutage)
#include "tst_serveroutage.moc"
