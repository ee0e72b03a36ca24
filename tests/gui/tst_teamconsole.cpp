// The console in a team database (PostgreSQL), signed in with logins of different roles: an
// Operator for Berlin sees and restarts Berlin's phones only (a London phone gets nothing), the
// status bar says who is signed in with which role and sites, a Viewer's console shows the status
// phonedesk-server's login records without running commands or errors, and an Administrator adds,
// edits and removes people in Manage > Team Members…. The phones are a simulated fleet on loopback.

#include "activitypage.h"
#include "auditrepository.h"
#include "basesettingsrepository.h"
#include "devicecontrol.h"
#include "fleet.h"
#include "guitest.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "operation.h"
#include "phonerepository.h"
#include "phonetablemodel.h"
#include "provisioningtestenv.h"
#include "scram.h"
#include "siterepository.h"
#include "statusrepository.h"
#include "teammembersdialog.h"
#include "teamrepository.h"
#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
const QString Password = QStringLiteral("console password 1");
}

class TestTeamConsole final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void operatorForBerlinRestartsBerlinOnly();
    void viewerConsoleShowsStatusWithoutErrors();
    void administratorManagesTheTeam();

private:
    std::unique_ptr<Storage> openAs(const QString &name);
    DeviceControlConfig controlConfig() const;

    TestDatabase m_db;
    std::unique_ptr<PhoneSim::Fleet> m_fleet;
    Id m_berlinSite = 0;
    Id m_londonSite = 0;
    QList<Id> m_berlin;
    QList<Id> m_london;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<DeviceControl> m_control;
    std::unique_ptr<MainWindow> m_window;
};

void TestTeamConsole::initTestCase()
{
    if (!postgresAvailable()) {
        if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
            QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test cluster is configured "
                  "(PHONEDESK_TEST_PG_PORT)");
        QSKIP("Team mode needs PostgreSQL (set PHONEDESK_TEST_PG_PORT; scripts/test starts one)");
    }
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PhoneDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_teamconsole"));
    QSettings().clear();
    QString error;
    m_db = createDatabase(Backend::Postgres, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    Storage &s = *m_db.storage;
    m_fleet = std::make_unique<PhoneSim::Fleet>();
    PhoneSim::FleetConfig fleet;
    fleet.phones = 4;
    fleet.rest = false;
    fleet.rebootSilenceMs = 6000; // longer than a round of the restart watch of phonedesk-server (2 s)
    QVERIFY(m_fleet->start(fleet).ok());
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    m_berlinSite = s.sites().create(site)->id;
    site.name = QStringLiteral("London");
    m_londonSite = s.sites().create(site)->id;
    const Id yealink =
        s.baseSettings().create({0, QStringLiteral("T54W"), QStringLiteral("yealink-t54w"), {}, {}, 1})->id;
    for (int i = 0; i < 4; ++i) {
        Phone p;
        p.name = QStringLiteral("%1 %2")
                     .arg(i < 2 ? QStringLiteral("Berlin") : QStringLiteral("London"))
                     .arg(i % 2 + 1);
        p.category = PhoneCategory::Managed;
        p.baseSettingsId = yealink;
        p.siteId = i < 2 ? m_berlinSite : m_londonSite;
        p.hardwareId = QStringLiteral("805ec000010%1").arg(i + 1);
        p.networkAddress = m_fleet->sipAddress(i);
        auto created = s.phones().create(p);
        QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));
        (i < 2 ? m_berlin : m_london).append(created->id);
    }
    QVERIFY(s.team().setup());
    const struct
    {
        const char *name;
        TeamRole role;
        bool berlinOnly;
    } people[] = {{"op_berlin", TeamRole::Operator, true},
                  {"viewer", TeamRole::Viewer, false},
                  {"admin", TeamRole::Administrator, false},
                  {"server", TeamRole::Server, false}};
    for (const auto &person : people) {
        TeamMember m;
        m.login = teamLogin(m_db, QString::fromLatin1(person.name));
        m.role = person.role;
        if (person.berlinOnly)
            m.sites = QList<Id> {m_berlinSite};
        QVERIFY(s.team().add(m, Scram::verifier(Password)));
    }
}

void TestTeamConsole::cleanupTestCase()
{
    m_fleet.reset();
    m_db = TestDatabase();
}

void TestTeamConsole::cleanup()
{
    QVERIFY(!MessageBox::hasQueuedAnswers());
    m_window.reset();
    m_control.reset();
    m_storage.reset();
}

std::unique_ptr<Storage> TestTeamConsole::openAs(const QString &name)
{
    auto opened = Storage::open(asLogin(m_db.spec, teamLogin(m_db, name), Password));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().fullText()));
        return nullptr;
    }
    return std::move(opened).value();
}

DeviceControlConfig TestTeamConsole::controlConfig() const
{
    DeviceControlConfig config;
    config.sip.timeoutMs = 400;
    config.sip.t1Ms = 100;
    config.poller.intervalMs = 600000;
    config.poller.attempts = 1;
    config.poller.probeTimeoutMs = 400;
    config.poller.batchIntervalMs = 50;
    config.commands.notifyTimeoutMs = 500;
    config.commands.restartTimeoutMs = 3000;
    config.commands.restartProbeIntervalMs = 200;
    config.commands.ratePerSecond = 1000;
    return config;
}

void TestTeamConsole::operatorForBerlinRestartsBerlinOnly()
{
    m_storage = openAs(QStringLiteral("op_berlin"));
    QVERIFY(m_storage);
    m_control = std::make_unique<DeviceControl>(m_storage.get(), controlConfig());
    m_window = std::make_unique<MainWindow>(*m_storage);
    QVERIFY(m_control->startPolling().ok());
    m_window->setDeviceControl(m_control.get());
    m_window->show();

    // Who is signed in, with which role and sites.
    const QString label = m_window->findChild<QLabel *>(QStringLiteral("roleLabel"))->text();
    QVERIFY2(label.contains(teamLogin(m_db, QStringLiteral("op_berlin"))) &&
                 label.contains(displayName(Role::Operator)) && label.contains(QLatin1String("Berlin")) &&
                 !label.contains(QLatin1String("London")),
             qPrintable(label));
    QVERIFY(!m_window->action(QStringLiteral("actionTeamMembers"))->isVisible());
    QVERIFY(!m_window->action(QStringLiteral("actionAddPhone"))->isVisible());
    QVERIFY(m_window->action(QStringLiteral("actionRestart"))->isVisible());

    // Only Berlin's phones are in the table.
    PhoneTableModel *model = m_window->phoneModel();
    QCOMPARE(model->rowCount(), 2);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->phoneRow(r).siteId, m_berlinSite);

    // Restart every phone shown: Berlin's phones get their NOTIFY (from phonedesk-server, which
    // runs the team's commands), London's nothing.
    TestPki pki;
    QString error;
    QVERIFY2(pki.create(&error), qPrintable(error));
    QTemporaryDir serverDir;
    TeamServerProcess server;
    QVERIFY(server.start(QStringLiteral(PHONEDESK_SERVER_BINARY),
                         serverDir.filePath(QStringLiteral("server.conf")),
                         QStringLiteral("postgresql://%1@%2:%3/%4")
                             .arg(teamLogin(m_db, QStringLiteral("server")), m_db.spec.host)
                             .arg(m_db.spec.port)
                             .arg(m_db.spec.database),
                         Password, pki));
    const auto serverLog = qScopeGuard([&server] {
        if (QTest::currentTestFailed()) {
            server.stop();
            qInfo().noquote() << "phonedesk-server's log:\n" << QString::fromUtf8(server.log);
        }
    });
    m_window->phoneView()->selectAll();
    QVERIFY(m_window->action(QStringLiteral("actionRestart"))->isEnabled());
    MessageBox::queueChoice(0); // the Restart button
    m_window->action(QStringLiteral("actionRestart"))->trigger();
    Operation *operation = m_window->lastOperation();
    QVERIFY(operation);
    QCOMPARE(operation->total(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(m_fleet->phone(0).notifies >= 1 && m_fleet->phone(1).notifies >= 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 40000);
    for (const Operation::PhoneResult &result : operation->results())
        QVERIFY2(result.state == Operation::State::Succeeded, qPrintable(result.reason));
    QCOMPARE(m_fleet->phone(2).notifies, 0);
    QCOMPARE(m_fleet->phone(3).notifies, 0);

    // A London phone by id (as a script or a stale selection would name it): refused, nothing sent.
    auto refused = m_control->restart({m_london.first()});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Permission);
    QVERIFY2(refused.error().message.contains(QLatin1String("Berlin")), qPrintable(refused.error().message));
    auto mixed = m_control->restart({m_berlin.first(), m_london.first()});
    QVERIFY(!mixed);
    QTest::qWait(300);
    QCOMPARE(m_fleet->phone(2).notifies, 0);
    // An administrator moves a Berlin phone to London: it leaves the Operator's table, and comes
    // back when it is moved back.
    Phone moved = *m_db.storage->phones().get(m_berlin.last());
    moved.siteId = m_londonSite;
    QVERIFY(m_db.storage->phones().update(moved));
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(model->rowOf(m_berlin.last()) < 0);
    moved = *m_db.storage->phones().get(m_berlin.last());
    moved.siteId = m_berlinSite;
    QVERIFY(m_db.storage->phones().update(moved));
    QTRY_COMPARE(model->rowCount(), 2);
    // The restarts are in the activity log: written by the server that ran them, for the Operator.
    AuditQuery q;
    q.action = QStringLiteral("phone.restart");
    QList<AuditEntry> entries;
    auto restarts = [&] {
        auto found = m_db.storage->audit().query(q);
        entries = found ? *found : QList<AuditEntry>();
        return entries.size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(restarts(), qsizetype(2), 10000);
    for (const AuditEntry &e : std::as_const(entries)) {
        QCOMPARE(e.actor, teamLogin(m_db, QStringLiteral("server")));
        QVERIFY2(e.details.endsWith(QStringLiteral("(requested by %1)").arg(m_storage->identity().login)),
                 qPrintable(e.details));
    }
}

void TestTeamConsole::viewerConsoleShowsStatusWithoutErrors()
{
    // phonedesk-server's login records status; the Viewer's console polls nothing and shows it.
    auto server = openAs(QStringLiteral("server"));
    QVERIFY(server);
    m_storage = openAs(QStringLiteral("viewer"));
    QVERIFY(m_storage);
    QCOMPARE(m_storage->role(), Role::Viewer);
    m_window = std::make_unique<MainWindow>(*m_storage);
    m_window->show();
    QVERIFY(!m_window->pendingConfigWatcher()); // needs device secrets
    QCOMPARE(m_window->phoneModel()->rowCount(), 4);
    QVERIFY(!m_window->action(QStringLiteral("actionRestart"))->isVisible());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("roleLabel"))
                ->text()
                .contains(QLatin1String("all sites")));

    StatusRecord record;
    record.phoneId = m_london.last();
    record.status = PhoneStatus::Offline;
    record.detail = QStringLiteral("no answer");
    auto written = server->status().applyProbeResults({record});
    QVERIFY2(written, written ? "" : qPrintable(written.error().fullText()));
    PhoneTableModel *model = m_window->phoneModel();
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(model->rowOf(m_london.last()), PhoneTableModel::Status).data().toString(),
        displayName(PhoneStatus::Offline), 10000);
    // The activity tab lists the server's entry.
    auto *activity = m_window->findChild<ActivityPage *>();
    QVERIFY(activity);
    activity->showPhone(QStringLiteral("London 2"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(activity);
    QTreeView *view = activity->view();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 1, 10000);
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
}

void TestTeamConsole::administratorManagesTheTeam()
{
    m_storage = openAs(QStringLiteral("admin"));
    QVERIFY(m_storage);
    m_window = std::make_unique<MainWindow>(*m_storage);
    m_window->show();
    QAction *team = m_window->action(QStringLiteral("actionTeamMembers"));
    QVERIFY(team->isVisible() && team->isEnabled());

    const QString login = teamLogin(m_db, QStringLiteral("dora"));
    bool checked = false;
    onModal<TeamMembersDialog>(QStringLiteral("teamMembersDialog"), [&](TeamMembersDialog *dialog) {
        const int before = int(dialog->members().size());
        // Add: an Operator for London with a password.
        onModal<TeamMemberEditor>(QStringLiteral("teamMemberEditor"), [&](TeamMemberEditor *editor) {
            QPushButton *ok = editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                                  ->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // no login yet
            editor->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText(login);
            auto *role = editor->findChild<QComboBox *>(QStringLiteral("roleCombo"));
            role->setCurrentIndex(role->findData(QStringLiteral("operator")));
            editor->findChild<QCheckBox *>(QStringLiteral("allSitesCheck"))->setChecked(false);
            QVERIFY(!ok->isEnabled()); // no site chosen
            auto *sites = editor->findChild<QListWidget *>(QStringLiteral("sitesList"));
            for (int i = 0; i < sites->count(); ++i) {
                if (sites->item(i)->text() == QLatin1String("London"))
                    sites->item(i)->setCheckState(Qt::Checked);
            }
            editor->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(Password);
            editor->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->setText(Password + u'x');
            QVERIFY(!ok->isEnabled()); // the two passwords differ
            editor->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->setText(Password);
            QVERIFY2(ok->isEnabled(), qPrintable(editor->problem()));
            ok->click();
        });
        dialog->addMember();
        QCOMPARE(int(dialog->members().size()), before + 1);
        auto *view = dialog->findChild<QTreeWidget *>(QStringLiteral("membersView"));
        QTreeWidgetItem *item = nullptr;
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            if (view->topLevelItem(i)->text(0) == login)
                item = view->topLevelItem(i);
        }
        QVERIFY(item);
        QCOMPARE(item->text(1), displayName(TeamRole::Operator));
        QCOMPARE(item->text(2), QStringLiteral("London"));

        // Edit: make them an Editor for every site.
        view->setCurrentItem(item);
        QCOMPARE(dialog->currentLogin(), login);
        onModal<TeamMemberEditor>(QStringLiteral("teamMemberEditor"), [&](TeamMemberEditor *editor) {
            QVERIFY(editor->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->isReadOnly());
            auto *role = editor->findChild<QComboBox *>(QStringLiteral("roleCombo"));
            role->setCurrentIndex(role->findData(QStringLiteral("editor")));
            editor->findChild<QCheckBox *>(QStringLiteral("allSitesCheck"))->setChecked(true);
            editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                ->button(QDialogButtonBox::Ok)
                ->click();
        });
        dialog->editMember();
        checked = true;
        dialog->reject();
    });
    team->trigger();
    QVERIFY(checked);

    // The login works with the password typed in the dialog, with the role and sites chosen there.
    auto dora = Storage::open(asLogin(m_db.spec, login, Password));
    QVERIFY2(dora, dora ? "" : qPrintable(dora.error().fullText()));
    QCOMPARE((*dora)->role(), Role::Editor);
    QVERIFY(!(*dora)->identity().sites);
    dora->reset();

    // Remove.
    bool removed = false;
    onModal<TeamMembersDialog>(QStringLiteral("teamMembersDialog"), [&](TeamMembersDialog *dialog) {
        auto *view = dialog->findChild<QTreeWidget *>(QStringLiteral("membersView"));
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            if (view->topLevelItem(i)->text(0) == login)
                view->setCurrentItem(view->topLevelItem(i));
        }
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("removeButton"))->isEnabled());
        MessageBox::queueAnswer(QMessageBox::Yes);
        dialog->findChild<QPushButton *>(QStringLiteral("removeButton"))->click();
        for (const TeamMember &m : dialog->members())
            QVERIFY(m.login != login);
        removed = true;
        dialog->reject();
    });
    team->trigger();
    QVERIFY(removed);
    QVERIFY(!Storage::open(asLogin(m_db.spec, login, Password)));
}

QTEST_MAIN(TestTeamConsole)
#include "tst_teamconsole.moc"
