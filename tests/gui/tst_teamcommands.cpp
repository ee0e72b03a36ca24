// A team-mode console (an Operator's login to a team database) restarts 50 phones: the command
// goes into the database, the real phonedesk-server runs it, and the console's result list fills
// with a result per phone, while the console itself sends no SIP packet and binds no SIP socket.
// The phones are played on loopback by this test: each remembers where every request came from,
// so the test sees that every NOTIFY came from the server's command socket. The owner's console on a
// team database with a server login does the same.

#include "basesettingsrepository.h"
#include "devicecontrol.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "operation.h"
#include "operationresultsdialog.h"
#include "phonerepository.h"
#include "processguard.h"
#include "provisioningtestenv.h"
#include "scram.h"
#include "sipmessage.h"
#include "siterepository.h"
#include "teamrepository.h"
#include "testsupport.h"

#include <QAction>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUdpSocket>

#include <csignal>
#include <memory>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {

const QString Password = QStringLiteral("team console commands 1");
constexpr int Phones = 50;

// A phone on its own loopback port: answers OPTIONS and NOTIFY with 200, stays silent for a while
// after a reboot NOTIFY (as a restarting phone does), and remembers who sent each NOTIFY.
struct PlayedPhone
{
    QUdpSocket socket;
    QList<quint16> notifySenders;
    QElapsedTimer silence;
    int silentMs = 0;
    int reboots = 0;

    bool start()
    {
        if (!socket.bind(QHostAddress::LocalHost, 0))
            return false;
        QObject::connect(&socket, &QUdpSocket::readyRead, &socket, [this] {
            while (socket.hasPendingDatagrams()) {
                const QNetworkDatagram in = socket.receiveDatagram();
                const auto request = SipMessage::parse(in.data());
                if (!request || request->isResponse)
                    continue;
                if (silence.isValid() && silence.elapsed() < silentMs)
                    continue;
                if (request->method == "NOTIFY") {
                    notifySenders.append(quint16(in.senderPort()));
                    if (request->header("Event").contains("reboot=true")) {
                        ++reboots;
                        silence.start();
                        silentMs = 6000; // longer than a round of the restart watch (2 s)
                    }
                }
                socket.writeDatagram(SipWire::buildResponse(*request, 200, "OK", "t"), in.senderAddress(),
                                     quint16(in.senderPort()));
            }
        });
        return true;
    }
};

} // namespace

class TestTeamCommands final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void consoleRestartsFiftyPhonesThroughTheServer();
    void ownerConsoleGoesThroughTheServerToo();

private:
    // phonedesk-server in the server role on the test database.
    bool startServer(TeamServerProcess &server, const QString &configName)
    {
        return server.start(QStringLiteral(PHONEDESK_SERVER_BINARY), m_dir.filePath(configName),
                            QStringLiteral("postgresql://%1@%2:%3/%4")
                                .arg(m_serverLogin, m_db.spec.host)
                                .arg(m_db.spec.port)
                                .arg(m_db.spec.database),
                            Password, m_pki);
    }
    // Stops it when the test ends, and prints its log when the test failed.
    static auto stopAtEnd(TeamServerProcess &server)
    {
        return qScopeGuard([&server] {
            server.stop();
            if (QTest::currentTestFailed())
                qInfo().noquote() << "phonedesk-server's log:\n" << QString::fromUtf8(server.log);
        });
    }

    TestDatabase m_db;
    TestPki m_pki;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<PlayedPhone>> m_phones;
    QString m_operator;
    QString m_serverLogin;
};

void TestTeamCommands::initTestCase()
{
    if (!postgresAvailable()) {
        if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
            QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test cluster is configured "
                  "(PHONEDESK_TEST_PG_PORT)");
        QSKIP("Team mode needs PostgreSQL (set PHONEDESK_TEST_PG_PORT; scripts/test starts one)");
    }
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PhoneDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_teamcommands"));
    QSettings().clear();
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    m_db = createDatabase(Backend::Postgres, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    Storage &s = *m_db.storage;
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    const Id siteId = s.sites().create(site)->id;
    const Id yealink =
        s.baseSettings().create({0, QStringLiteral("T54W"), QStringLiteral("yealink-t54w"), {}, {}, 1})->id;
    for (int i = 0; i < Phones; ++i) {
        auto phone = std::make_unique<PlayedPhone>();
        QVERIFY(phone->start());
        Phone p;
        p.name = QStringLiteral("Desk %1").arg(i + 1, 2, 10, QLatin1Char('0'));
        p.category = PhoneCategory::Managed;
        p.baseSettingsId = yealink;
        p.siteId = siteId;
        p.hardwareId = QStringLiteral("805ec0%1").arg(i + 1, 6, 16, QLatin1Char('0'));
        p.networkAddress = QStringLiteral("127.0.0.1:%1").arg(phone->socket.localPort());
        auto created = s.phones().create(p);
        QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));
        m_phones.push_back(std::move(phone));
    }
    QVERIFY(s.team().setup());
    m_operator = teamLogin(m_db, QStringLiteral("op"));
    m_serverLogin = teamLogin(m_db, QStringLiteral("srv"));
    QVERIFY(addTeamMember(s, m_operator, TeamRole::Operator, Password));
    QVERIFY(addTeamMember(s, m_serverLogin, TeamRole::Server, Password));
}

void TestTeamCommands::cleanupTestCase()
{
    m_phones.clear();
    m_db = TestDatabase();
}

void TestTeamCommands::consoleRestartsFiftyPhonesThroughTheServer()
{
    // phonedesk-server in the server role.
    TeamServerProcess server;
    QVERIFY(startServer(server, QStringLiteral("server.conf")));
    auto stop = stopAtEnd(server);

    // The console as main.cpp builds it in team mode: device control without polling.
    auto opened = Storage::open(asLogin(m_db.spec, m_operator, Password));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().fullText()));
    std::unique_ptr<Storage> storage = std::move(opened).value();
    DeviceControl control(storage.get());
    QVERIFY(control.commandsThroughDatabase());
    MainWindow window(*storage);
    window.setDeviceControl(&control);
    window.show();

    window.phoneView()->selectAll();
    QVERIFY(window.action(QStringLiteral("actionRestart"))->isEnabled());
    MessageBox::queueChoice(0); // the Restart button
    window.action(QStringLiteral("actionRestart"))->trigger();
    Operation *operation = window.lastOperation();
    QVERIFY(operation);
    QCOMPARE(operation->total(), Phones);
    OperationResultsDialog results(operation, &window);
    results.show();
    auto *list = results.findChild<QTreeWidget *>(QStringLiteral("resultList"));
    QVERIFY(list);
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 90000);
    QCOMPARE(operation->state(), Operation::State::Succeeded);
    QCOMPARE(operation->done(), Phones);
    QTRY_COMPARE(list->topLevelItemCount(), Phones);
    for (int i = 0; i < Phones; ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        QVERIFY2(!item->text(2).isEmpty(), qPrintable(item->text(0)));
        QCOMPARE(item->data(1, Qt::UserRole).toBool(), false); // not failed
    }
    QVERIFY2(operation->summary().contains(QLatin1String("50 of 50 succeeded")),
             qPrintable(operation->summary()));

    // The console sent nothing and bound no SIP socket.
    QVERIFY(!control.sipClient()->isStarted());
    QVERIFY(control.pollingSocket().first.isNull());
    const SipClient::Stats sip = control.sipStats();
    QCOMPARE(sip.requests, quint64(0));
    QCOMPARE(sip.retransmissions, quint64(0));
    // Every NOTIFY came from the server's command socket.
    server.log += server.process->readAll();
    static const QRegularExpression socket(QStringLiteral("phone commands: SIP socket on \\S+ port (\\d+)"));
    const auto m = socket.match(QString::fromUtf8(server.log));
    QVERIFY2(m.hasMatch(), server.log.constData());
    const quint16 serverPort = quint16(m.captured(1).toUInt());
    int notifies = 0;
    for (const auto &phone : m_phones) {
        QCOMPARE(phone->reboots, 1);
        for (const quint16 port : std::as_const(phone->notifySenders)) {
            QCOMPARE(port, serverPort);
            ++notifies;
        }
    }
    QCOMPARE(notifies, Phones);
}

void TestTeamCommands::ownerConsoleGoesThroughTheServerToo()
{
    // The database owner is no team member, but once the team has a server login its console is
    // one of the team's: it neither polls nor sends SIP. On a team database without one it works
    // alone, as an administrator's console on a database of its own does.
    QString error;
    TestDatabase alone = createDatabase(Backend::Postgres, &error);
    QVERIFY2(alone.storage, qPrintable(error));
    QVERIFY(alone.storage->team().setup());
    QVERIFY(!DeviceControl(alone.storage.get()).commandsThroughDatabase());

    TeamServerProcess server;
    QVERIFY(startServer(server, QStringLiteral("server-owner.conf")));
    auto stop = stopAtEnd(server);
    auto opened = Storage::open(m_db.spec);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().fullText()));
    std::unique_ptr<Storage> storage = std::move(opened).value();
    QVERIFY(storage->identity().owner);
    DeviceControl control(storage.get());
    QVERIFY(control.commandsThroughDatabase());

    QList<Id> ids;
    QList<int> rebootsBefore;
    auto rows = storage->phones().list();
    QVERIFY(rows);
    for (int i = 0; i < 5; ++i) {
        ids.append(rows->at(i).id);
    }
    for (const auto &phone : m_phones)
        rebootsBefore.append(phone->reboots);
    auto operation = control.restart(ids);
    QVERIFY2(operation, operation ? "" : qPrintable(operation.error().fullText()));
    QTRY_VERIFY_WITH_TIMEOUT((*operation)->isFinished(), 60000);
    QVERIFY2((*operation)->state() == Operation::State::Succeeded, qPrintable((*operation)->summary()));
    QCOMPARE(control.sipStats().requests, quint64(0));
    QVERIFY(!control.sipClient()->isStarted());
    int restarted = 0;
    for (size_t i = 0; i < m_phones.size(); ++i)
        restarted += m_phones.at(i)->reboots - rebootsBefore.at(int(i));
    QCOMPARE(restarted, 5);
}

QTEST_MAIN(TestTeamCommands)
#include "tst_teamcommands.moc"
