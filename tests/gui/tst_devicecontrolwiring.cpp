// Tests the console's device-control wiring against a simulated fleet on loopback: live status in
// the table, Check Status and Restart on the selection with progress and a per-phone result list.
#include "demodata.h"
#include "devicecontrol.h"
#include "fleet.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "operation.h"
#include "operationresultsdialog.h"
#include "phonefilterproxymodel.h"
#include "phonerepository.h"
#include "phonetablemodel.h"
#include "processguard.h"
#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace PhoneDesk;

class TestDeviceControlWiring final : public QObject
{
    Q_OBJECT

public:
    // Before any socket, as in every PhoneDesk executable: a peer that resets cannot end the run.
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void liveStatusAndCheckStatus();
    void checkStatusCountsOfflineAndNotChecked();
    void failedRestartShowsPerPhoneResults();
    void logOutClearsTheUser();
    void viewerSeesNoCommands();
    void trustWebCertificate();

private:
    void selectAll();
    QAction *act(const char *name) const { return m_window->action(QString::fromLatin1(name)); }

    Test::TestDatabase m_db;
    std::unique_ptr<PhoneSim::Fleet> m_fleet;
    std::unique_ptr<DeviceControl> m_control;
    std::unique_ptr<MainWindow> m_window;
};

void TestDeviceControlWiring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PhoneDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_devicecontrolwiring"));
}

void TestDeviceControlWiring::init()
{
    QSettings().clear();
    m_fleet = std::make_unique<PhoneSim::Fleet>();
    PhoneSim::FleetConfig fleetConfig;
    fleetConfig.phones = 4;
    fleetConfig.rest = true; // HTTPS on every phone, for the certificate to trust
    fleetConfig.rebootSilenceMs = 60000; // a restarted phone stays away longer than the test waits
    auto started = m_fleet->start(fleetConfig);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().fullText()));
    QString error;
    m_db = Test::createDatabase(Test::Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    m_db.storage->setActor(QStringLiteral("tester"), Role::Administrator);
    DemoOptions demo;
    demo.managedPhones = 4;
    demo.unmanagedPhones = 0;
    demo.webRtcPhones = 0;
    demo.remotePhones = 0;
    demo.users = 4;
    demo.networkAddress = [this](int index) { return m_fleet->sipAddress(index); };
    QVERIFY(populateDemoData(*m_db.storage, demo).ok());

    DeviceControlConfig config;
    config.sip.timeoutMs = 400;
    config.sip.t1Ms = 100;
    config.poller.intervalMs = 600000; // no background sweep during the test beyond the first
    config.poller.attempts = 1;
    config.poller.probeTimeoutMs = 400;
    config.poller.batchIntervalMs = 50;
    config.commands.restTimeoutMs = 1000;
    config.polyRestPort = m_fleet->restPort();
    config.commands.notifyTimeoutMs = 500;
    config.commands.restartTimeoutMs = 1500; // so "did not come back" is reported quickly
    config.commands.restartProbeIntervalMs = 200;
    config.commands.ratePerSecond = 1000;
    m_control = std::make_unique<DeviceControl>(m_db.storage.get(), config);
    m_window = std::make_unique<MainWindow>(*m_db.storage);
    QVERIFY(m_control->startPolling().ok());
    m_window->setDeviceControl(m_control.get());
    m_window->show();
}

void TestDeviceControlWiring::cleanup()
{
    QVERIFY(!MessageBox::hasQueuedAnswers());
    m_window.reset();
    m_control.reset();
    m_fleet.reset();
    m_db = {};
}

void TestDeviceControlWiring::selectAll()
{
    m_window->phoneView()->selectAll();
    QCOMPARE(m_window->phoneView()->selectionModel()->selectedRows().size(), 4);
}

void TestDeviceControlWiring::liveStatusAndCheckStatus()
{
    PhoneTableModel *model = m_window->phoneModel();
    // The first sweep reaches the table without any reload.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->phoneProxy()->statusCounts()[size_t(PhoneStatus::Online)], 4, 10000);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("statusCount:online"))->text(),
             QStringLiteral("%1 4").arg(displayName(PhoneStatus::Online)));

    // One phone stops answering; Check Status on the selection finds it.
    m_fleet->setDead(0, true);
    selectAll();
    QVERIFY(act("actionCheckStatus")->isEnabled());
    act("actionCheckStatus")->trigger();
    Operation *operation = m_window->lastOperation();
    QVERIFY(operation);
    QCOMPARE(operation->kind(), Operation::Kind::CheckStatus);
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 10000);
    QCOMPARE(operation->total(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->phoneProxy()->statusCounts()[size_t(PhoneStatus::Offline)], 1, 10000);
    QCOMPARE(m_window->phoneProxy()->statusCounts()[size_t(PhoneStatus::Online)], 3);
    int offline = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        offline +=
            model->index(r, PhoneTableModel::Status).data().toString() == displayName(PhoneStatus::Offline)
            ? 1
            : 0;
    QCOMPARE(offline, 1);
}

void TestDeviceControlWiring::checkStatusCountsOfflineAndNotChecked()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->phoneProxy()->statusCounts()[size_t(PhoneStatus::Online)], 4, 10000);
    PhoneTableModel *model = m_window->phoneModel();
    // Phone 0 stops answering; another loses its address (nothing to probe: not monitored).
    m_fleet->setDead(0, true);
    QString deadName;
    Id unmonitored = 0;
    QString unmonitoredName;
    for (int r = 0; r < model->rowCount(); ++r) {
        const PhoneRow row = model->phoneRow(r);
        if (row.networkAddress == m_fleet->sipAddress(0))
            deadName = row.name;
        else if (!unmonitored) {
            unmonitored = row.id;
            unmonitoredName = row.name;
        }
    }
    QVERIFY(!deadName.isEmpty() && unmonitored);
    auto phone = m_db.storage->phones().get(unmonitored);
    QVERIFY(phone.ok());
    phone->networkAddress.clear();
    QVERIFY(m_db.storage->phones().update(*phone).ok());
    model->flushPendingChanges();

    selectAll();
    act("actionCheckStatus")->trigger();
    Operation *operation = m_window->lastOperation();
    QVERIFY(operation);
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 10000);
    // The phone that did not answer failed; the unmonitored one is neither online nor failed.
    QCOMPARE(operation->failed(), 1);
    QCOMPARE(operation->summary(), QStringLiteral("Check status: 2 online, 1 offline, 1 not checked"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("1 offline")));

    // A failure opens the result list: what each phone showed, sortable, failures on request.
    auto *dialog = m_window->findChild<OperationResultsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(), operation->summary());
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("resultList"));
    QCOMPARE(list->topLevelItemCount(), 4);
    QHash<QString, QString> results;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        results.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
    QCOMPARE(results.value(deadName), displayName(PhoneStatus::Offline));
    QCOMPARE(results.value(unmonitoredName), OperationResultsDialog::tr("Not checked"));
    QCOMPARE(results.values().count(displayName(PhoneStatus::Online)), 2);

    QVERIFY(list->isSortingEnabled());
    QTest::mouseClick(list->header()->viewport(), Qt::LeftButton, {},
                      QPoint(list->header()->sectionViewportPosition(1) + 5, list->header()->height() / 2));
    QCOMPARE(list->header()->sortIndicatorSection(), 1);
    QStringList column;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        column.append(list->topLevelItem(i)->text(1));
    QStringList sorted = column;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    if (list->header()->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(column, sorted);

    auto *failuresOnly = dialog->findChild<QCheckBox *>(QStringLiteral("failuresOnlyCheck"));
    QVERIFY(failuresOnly);
    failuresOnly->setChecked(true);
    QStringList visible;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (!list->topLevelItem(i)->isHidden())
            visible.append(list->topLevelItem(i)->text(0));
    }
    QCOMPARE(visible, QStringList {deadName});
    failuresOnly->setChecked(false);
    int shown = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        shown += list->topLevelItem(i)->isHidden() ? 0 : 1;
    QCOMPARE(shown, 4);
}

void TestDeviceControlWiring::failedRestartShowsPerPhoneResults()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->phoneProxy()->statusCounts()[size_t(PhoneStatus::Online)], 4, 10000);
    selectAll();
    MessageBox::queueChoice(0); // "Restart 4 phones: …?", the Restart button
    act("actionRestart")->trigger();
    Operation *operation = m_window->lastOperation();
    QVERIFY(operation);
    QCOMPARE(operation->kind(), Operation::Kind::Restart);
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 20000);
    QVERIFY(operation->failed() > 0);
    // Failures open the per-phone result list by themselves.
    auto *dialog = m_window->findChild<OperationResultsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("resultList"));
    QCOMPARE(list->topLevelItemCount(), 4);
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QVERIFY(!list->topLevelItem(i)->text(0).isEmpty());
        if (list->topLevelItem(i)->text(1) == OperationResultsDialog::tr("Failed"))
            QVERIFY(!list->topLevelItem(i)->text(2).isEmpty()); // says why
    }
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))
                ->text()
                .contains(QStringLiteral("failed")));
}

void TestDeviceControlWiring::logOutClearsTheUser()
{
    PhoneTableModel *model = m_window->phoneModel();
    Id withUser = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->phoneRow(r).userId)
            withUser = model->phoneRow(r).id;
    }
    QVERIFY(withUser);
    const QModelIndex index = m_window->phoneProxy()->mapFromSource(model->index(model->rowOf(withUser), 0));
    m_window->phoneView()->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(act("actionLogOut")->isEnabled());
    MessageBox::queueChoice(0); // the Log Out button
    act("actionLogOut")->trigger();
    Operation *operation = m_window->lastOperation();
    QVERIFY(operation);
    QCOMPARE(operation->kind(), Operation::Kind::LogOut);
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 10000);
    QCOMPARE(m_db.storage->phones().get(withUser)->userId, Id(0));
    QTRY_VERIFY(model->phoneRow(model->rowOf(withUser)).userName.isEmpty());
}

void TestDeviceControlWiring::trustWebCertificate()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->phoneProxy()->statusCounts()[size_t(PhoneStatus::Online)], 4, 10000);
    m_window->phoneView()->selectionModel()->select(
        m_window->phoneProxy()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const Id id =
        m_window->phoneModel()
            ->phoneRow(m_window->phoneProxy()->mapToSource(m_window->phoneProxy()->index(0, 0)).row())
            .id;
    QVERIFY(act("actionPinCertificate")->isEnabled());
    QVERIFY(m_control->restCertificatePin(id)->isEmpty());
    const QString fingerprint = QString::fromLatin1(m_fleet->certificateSha256().toHex(':')).toUpper();
    (void)MessageBox::takeShownTexts();

    // The certificate the phone presents is shown with its fingerprint; Yes trusts it.
    MessageBox::queueAnswer(QMessageBox::Yes);
    act("actionPinCertificate")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(*m_control->restCertificatePin(id), m_fleet->certificateSha256(), 10000);
    QStringList shown = MessageBox::takeShownTexts();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(fingerprint), qPrintable(shown.first()));

    // Asked again: already trusted, nothing to decide.
    MessageBox::queueAnswer(QMessageBox::Ok);
    act("actionPinCertificate")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!MessageBox::hasQueuedAnswers(), 10000);
    shown = MessageBox::takeShownTexts();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().contains(MainWindow::tr("It is already trusted for this phone.")));

    // Another certificate on record: the question says so, and No keeps the old pin.
    const QByteArray other(32, '\x11');
    QVERIFY(m_control->pinRestCertificate(id, other));
    MessageBox::queueAnswer(QMessageBox::No);
    act("actionPinCertificate")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!MessageBox::hasQueuedAnswers(), 10000);
    shown = MessageBox::takeShownTexts();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().contains(QLatin1String("DIFFERENT")));
    QCOMPARE(*m_control->restCertificatePin(id), other);

    // A phone that does not answer on its web port: a clear message, no pin.
    QVERIFY(m_control->pinRestCertificate(id, {}));
    m_fleet->stop();
    MessageBox::queueAnswer(QMessageBox::Ok);
    act("actionPinCertificate")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!MessageBox::hasQueuedAnswers(), 15000);
    shown = MessageBox::takeShownTexts();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QLatin1String("unreachable")), qPrintable(shown.first()));
    QVERIFY(m_control->restCertificatePin(id)->isEmpty());
}

void TestDeviceControlWiring::viewerSeesNoCommands()
{
    m_window.reset();
    m_db.storage->setActor(QStringLiteral("viewer"), Role::Viewer);
    m_window = std::make_unique<MainWindow>(*m_db.storage);
    m_window->setDeviceControl(m_control.get());
    selectAll();
    for (const char *name : {"actionRestart", "actionLogOut", "actionCheckStatus", "actionPinCertificate"})
        QVERIFY2(!act(name)->isVisible() && !act(name)->isEnabled(), name);
    // The facade refuses too.
    auto refused = m_control->restart({m_window->phoneModel()->phoneRow(0).id});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Permission);
    auto fetch = m_control->fetchRestCertificate(m_window->phoneModel()->phoneRow(0).id,
                                                 [](const Result<QSslCertificate> &) { QFAIL("no fetch"); });
    QVERIFY(!fetch.ok());
    QCOMPARE(fetch.error().code, Error::Code::Permission);
}

QTEST_MAIN(TestDeviceControlWiring)
#include "tst_devicecontrolwiring.moc"
