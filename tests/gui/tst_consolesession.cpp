// The console as main() wires it, through ConsoleSession: the demo database filled and polled with
// the simulated fleet answering, a database that cannot be opened leaving the open one in place,
// another database replacing everything at once, and a team member's console that polls nothing
// and sends its commands through the database.

#include "consolesession.h"
#include "demodata.h"
#include "demofleet.h"
#include "devicecontrol.h"
#include "guitest.h"
#include "mainwindow.h"
#include "managedsettings.h"
#include "messagebox.h"
#include "phonerepository.h"
#include "phonetablemodel.h"
#include "processguard.h"
#include "storage.h"
#include "teamrepository.h"
#include "testsupport.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

class TestConsoleSession final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PhoneDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_consolesession"));
        QSettings().clear();
    }

    void demoIsPolledAndAnotherDatabaseReplacesIt()
    {
        PhoneSim::DemoFleet fleet;
        DemoOptions demo;
        demo.managedPhones = 12;
        demo.unmanagedPhones = 3;
        demo.webRtcPhones = 2;
        demo.remotePhones = 1;
        demo.users = 8;
        QVERIFY(fleet.start(demo).ok());
        const ManagedSettings managed;
        ConsoleSession::Options options;
        options.demoFleet = &fleet;
        options.demoOptions = &demo;
        ConsoleSession session(managed, options);
        QTemporaryDir dir;
        QVERIFY(session.open(ConnectionSpec::sqlite(dir.filePath(QStringLiteral("demo.sqlite")))));
        QVERIFY(session.demoOpen());
        QVERIFY(session.window()->isVisible());
        QVERIFY(session.deviceControl()->isPolling());
        QCOMPARE(session.window()->phoneModel()->rowCount(), 18);
        QCOMPARE(session.storage()->actor(), ConsoleSession::currentUserName());

        // A file that cannot be a database: said, and the demo stays open.
        QFile notAFolder(dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(notAFolder.open(QIODevice::WriteOnly));
        notAFolder.close();
        MainWindow *before = session.window();
        MessageBox::queueAnswer(QMessageBox::Ok);
        QVERIFY(!session.open(ConnectionSpec::sqlite(notAFolder.fileName() + QStringLiteral("/x.sqlite"))));
        const QStringList shown = MessageBox::takeShownTexts();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(QLatin1String("Could not open")), qPrintable(shown.first()));
        QCOMPARE(session.window(), before);
        QVERIFY(session.deviceControl()->isPolling());

        // Another database: a new window on it, polling its phones (none), not the demo's.
        QVERIFY(session.open(ConnectionSpec::sqlite(dir.filePath(QStringLiteral("other.sqlite")))));
        QVERIFY(!session.demoOpen());
        QVERIFY(session.window()->isVisible());
        QCOMPARE(session.window()->phoneModel()->rowCount(), 0);
        QVERIFY(session.storage()->phones().list()->isEmpty());
    }

    void teamMemberPollsNothing()
    {
        if (!postgresAvailable()) {
            if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
                QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test cluster is configured");
            QSKIP("Team mode needs PostgreSQL (set PHONEDESK_TEST_PG_PORT; scripts/test starts one)");
        }
        QString error;
        TestDatabase db = createDatabase(Backend::Postgres, &error);
        QVERIFY2(db.storage, qPrintable(error));
        QVERIFY(populateDemoData(*db.storage).ok());
        QVERIFY(db.storage->team().setup());
        const QString password = QStringLiteral("console session 1");
        const QString login = teamLogin(db, QStringLiteral("op"));
        QVERIFY(addTeamMember(*db.storage, login, TeamRole::Operator, password));

        const ManagedSettings managed;
        ConsoleSession session(managed, {});
        QVERIFY(session.open(asLogin(db.spec, login, password)));
        QCOMPARE(session.storage()->role(), Role::Operator);
        QVERIFY(session.deviceControl()->commandsThroughDatabase());
        QVERIFY(!session.deviceControl()->isPolling());
        QVERIFY(session.window()->action(QStringLiteral("actionRestart"))->isVisible());
        // The Operator may not read device secrets: no provisioning server in this console.
        QVERIFY(!session.provisioning());
        QVERIFY(session.window()->phoneModel()->rowCount() > 0);
    }
};

QTEST_MAIN(TestConsoleSession)
#include "tst_consolesession.moc"
