// Zero-touch in the console, end to end: the real MainWindow with device control and the
// in-process provisioning server (turned on in Manage > Provisioning Server Settings), a phone on
// record by its MAC only, and the phonedesk-phonesim binary fetching on first contact with per-phone
// device certificates. The phone's row turns Online; an unknown MAC lands in the quarantine.

#include "../provisioning/provisioningtestenv.h"
#include "configrenderer.h"
#include "devicecontrol.h"
#include "guitest.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "pendingconfigwatcher.h"
#include "phoneeditor.h"
#include "phonefilterproxymodel.h"
#include "phonetablemodel.h"
#include "processguard.h"
#include "provisioningcontroller.h"
#include "quarantineview.h"
#include "statusicons.h"
#include "statusrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>

using namespace PhoneDesk;

namespace {
const QString KnownMac = QStringLiteral("0004f2000000"); // the simulator's phone 0
const QString UnknownMac = QStringLiteral("0004f2000001"); // its phone 1
const QString FleetUserAgent =
    QStringLiteral("FileTransport PolycomVVX-VVX_450-UA/6.4.3.2000 Type/Application");
} // namespace

class TestZeroTouchConsole final : public QObject
{
    Q_OBJECT

public:
    // Before any socket, as in every PhoneDesk executable: a peer that resets cannot end the run.
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unboxedPhoneTurnsOnline();
    void unknownMacIsQuarantined();
    void certificateServesOnlyThePhoneItNames();
    void serverThatCannotListenIsShown();
    void pendingConfigurationIsShown();
    void unauthenticatedServingIsAnnounced();

private:
    QAction *act(const char *name) const { return m_window->action(QString::fromLatin1(name)); }
    // The Phones tab's cell of the phone as the user sees it (through the filter proxy).
    QString cell(Id phoneId, int column) const;
    int statusCount(PhoneStatus status) const
    {
        return m_window->phoneProxy()->statusCounts()[size_t(status)];
    }
    // Turns the server on the way a user does: Manage > Provisioning Server Settings, Save;
    // `allowUnauthenticated` ticks serving without authentication too (the banner is kept).
    void enableProvisioningServer(bool allowUnauthenticated = false);
    // Runs phonedesk-phonesim with the first-contact fetch against the console's server; the console
    // keeps working while it runs. Phones present their own device certificate unless `identity`
    // says otherwise.
    void runFleet(int phones, QStringList identity = {});

    Test::TestPki m_pki;
    Test::TestDatabase m_db;
    Id m_phoneId = 0;
    std::unique_ptr<DeviceControl> m_control;
    std::unique_ptr<ProvisioningController> m_provisioning;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_provisioningErrors;
    // The settings page's warning banner when enableProvisioningServer() saved.
    QString m_bannerText;
    bool m_bannerShown = false;
    QColor m_bannerColour;
    QString m_received; // where the simulated phones store what they fetched
    int m_fleetExitCode = -1;
    QByteArray m_fleetOutput;
};

void TestZeroTouchConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PhoneDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_zerotouchconsole"));
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    // Device certificates as a phone maker installs them: the subject names the phone's MAC.
    for (const QString &mac : {KnownMac, UnknownMac})
        QVERIFY2(m_pki.issueClient(mac, mac.toUpper(), QStringLiteral("device-ca"), &error),
                 qPrintable(error));
}

void TestZeroTouchConsole::init()
{
    QSettings().clear();
    QString error;
    m_db = Test::createDatabase(Test::Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    m_db.storage->setActor(QStringLiteral("tester"), Role::Administrator);
    Site site;
    site.name = QStringLiteral("Branch");
    site.primarySip = {QStringLiteral("sip.example.net"), 5061, SipTransport::Tls};
    const Id siteId = m_db.storage->sites().create(site).value().id;
    BaseSettings bs;
    bs.name = QStringLiteral("VVX 450 default");
    bs.modelId = QStringLiteral("poly-vvx-450");
    const Id bsId = m_db.storage->baseSettings().create(bs).value().id;
    // Known by its MAC only: no user, no line keys, no network address.
    Phone phone;
    phone.name = QStringLiteral("Unboxed");
    phone.category = PhoneCategory::Managed;
    phone.baseSettingsId = bsId;
    phone.siteId = siteId;
    phone.hardwareId = KnownMac;
    m_phoneId = m_db.storage->phones().create(phone).value().id;
    m_received = m_db.dir->filePath(QStringLiteral("received"));
    m_provisioningErrors.clear();
    m_fleetExitCode = -1;
    m_fleetOutput.clear();

    // Wired as the console's main() wires them.
    DeviceControlConfig config;
    config.poller.intervalMs = 600000; // no background sweep beyond the first during the test
    m_control = std::make_unique<DeviceControl>(m_db.storage.get(), config);
    m_window = std::make_unique<MainWindow>(*m_db.storage);
    m_provisioning = std::make_unique<ProvisioningController>(*m_db.storage);
    connect(m_provisioning.get(), &ProvisioningController::errorOccurred, this,
            [this](const QString &message) { m_provisioningErrors.append(message); });
    m_window->setProvisioningController(m_provisioning.get());
    QVERIFY(m_provisioning->apply().ok());
    QVERIFY(!m_provisioning->isRunning()); // off until a user turns it on
    m_window->show();
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("provisioningLabel"))->isVisible());
}

void TestZeroTouchConsole::cleanup()
{
    QVERIFY(!MessageBox::hasQueuedAnswers());
    m_window.reset();
    m_provisioning.reset();
    m_control.reset();
    m_db = {};
}

QString TestZeroTouchConsole::cell(Id phoneId, int column) const
{
    const PhoneTableModel *model = m_window->phoneModel();
    const int row = model->rowOf(phoneId);
    if (row < 0)
        return QStringLiteral("<no row>");
    const QModelIndex shown = m_window->phoneProxy()->mapFromSource(model->index(row, column));
    return shown.isValid() ? shown.data().toString() : QStringLiteral("<filtered out>");
}

void TestZeroTouchConsole::enableProvisioningServer(bool allowUnauthenticated)
{
    // A free port for the server (the settings page takes 1..65535, no "any").
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const int port = probe.serverPort();
    probe.close();

    bool saved = false;
    QString pageErrors;
    Test::onModal<QDialog>(QStringLiteral("provisioningSettingsDialog"), [&](QDialog *dialog) {
        auto field = [dialog](const char *name) {
            return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
        };
        dialog->findChild<QCheckBox *>(QStringLiteral("provisioningEnabled"))->setChecked(true);
        field("provisioningAddress")->setText(QStringLiteral("127.0.0.1"));
        dialog->findChild<QSpinBox *>(QStringLiteral("provisioningPort"))->setValue(port);
        field("provisioningCertificate")->setText(m_pki.path(QStringLiteral("server.pem")));
        field("provisioningKey")->setText(m_pki.path(QStringLiteral("server.key")));
        field("provisioningDeviceCa")->setText(m_pki.path(QStringLiteral("device-ca.pem")));
        auto *mode = dialog->findChild<QComboBox *>(QStringLiteral("provisioningClientCertificates"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("required")));
        if (auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("provisioningAllowUnauthenticated")))
            box->setChecked(allowUnauthenticated);
        if (auto *banner =
                dialog->findChild<QLabel *>(QStringLiteral("provisioningUnauthenticatedWarning"))) {
            m_bannerShown = banner->isVisible();
            m_bannerText = banner->text();
            m_bannerColour = banner->palette().color(QPalette::WindowText);
        }
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Save)
            ->click();
        saved = dialog->result() == QDialog::Accepted;
        pageErrors = dialog->findChild<QLabel *>(QStringLiteral("provisioningErrors"))->text();
        if (!saved)
            dialog->reject();
    });
    act("actionProvisioningSettings")->trigger(); // returns when the dialog has closed
    QVERIFY2(saved, qPrintable(pageErrors));
    QTRY_VERIFY2_WITH_TIMEOUT(m_provisioning->isRunning(), qPrintable(m_provisioningErrors.join(u'\n')),
                              20000);
    QCOMPARE(int(m_provisioning->server()->serverPort()), port);
    // The status bar says where phones reach it.
    const auto *label = m_window->findChild<QLabel *>(QStringLiteral("provisioningLabel"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Provisioning: https://127.0.0.1:%1/").arg(port));
}

void TestZeroTouchConsole::runFleet(int phones, QStringList identity)
{
    if (identity.isEmpty())
        identity = {QStringLiteral("--client-cert-dir"),
                    QFileInfo(m_pki.path(KnownMac + QStringLiteral(".pem"))).absolutePath()};
    QProcess fleet;
    const QStringList arguments =
        QStringList {QStringLiteral("--phones"),
                     QString::number(phones),
                     QStringLiteral("--base-port"),
                     QStringLiteral("0"),
                     QStringLiteral("--no-rest"),
                     QStringLiteral("--provision-on-boot"),
                     QStringLiteral("--exit-after-provisioning"),
                     QStringLiteral("--provisioning-url"),
                     QStringLiteral("https://127.0.0.1:%1/").arg(m_provisioning->server()->serverPort()),
                     QStringLiteral("--ca"),
                     m_pki.path(QStringLiteral("server-ca.pem")),
                     QStringLiteral("--save-configs"),
                     m_received} +
        identity;
    fleet.start(QStringLiteral(PHONEDESK_PHONESIM_BINARY), arguments);
    QVERIFY2(fleet.waitForStarted(10000), qPrintable(fleet.errorString()));
    // The console's event loop keeps turning meanwhile: it records the fetches and updates the table.
    QTRY_COMPARE_WITH_TIMEOUT(fleet.state(), QProcess::NotRunning, 30000);
    QCOMPARE(fleet.exitStatus(), QProcess::NormalExit);
    m_fleetExitCode = fleet.exitCode();
    m_fleetOutput = fleet.readAllStandardOutput() + fleet.readAllStandardError();
}

void TestZeroTouchConsole::unboxedPhoneTurnsOnline()
{
    // Never seen: Unknown in the Phones tab. With device control attached the console says why it
    // cannot watch the phone yet (no address, no fetch).
    QCOMPARE(cell(m_phoneId, PhoneTableModel::Status), StatusIcons::label(PhoneStatus::Unknown));
    QCOMPARE(statusCount(PhoneStatus::Unknown), 1);
    QCOMPARE(statusCount(PhoneStatus::Online), 0);
    QVERIFY(m_control->startPolling().ok());
    m_window->setDeviceControl(m_control.get());
    QTRY_COMPARE_WITH_TIMEOUT(cell(m_phoneId, PhoneTableModel::Status),
                              StatusIcons::label(PhoneStatus::NotMonitored), 10000);
    QVERIFY(cell(m_phoneId, PhoneTableModel::Address).isEmpty());

    enableProvisioningServer();
    if (QTest::currentTestFailed())
        return;
    ConfigService &configs = m_provisioning->server()->configService();
    QVERIFY(!configs.pendingPhoneIds().value().contains(m_phoneId)); // nothing served yet

    runFleet(1);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_fleetOutput.contains("first-contact phones 1 configured 1 failed 0 statuses 200:1"),
             m_fleetOutput.constData());
    QCOMPARE(m_fleetExitCode, 0);

    // The row turns Online through the model and proxy the user sees, and so do the counts.
    QTRY_COMPARE_WITH_TIMEOUT(cell(m_phoneId, PhoneTableModel::Status),
                              StatusIcons::label(PhoneStatus::Online), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(statusCount(PhoneStatus::Online), 1, 5000);
    QCOMPARE(statusCount(PhoneStatus::Unknown), 0);
    QCOMPARE(statusCount(PhoneStatus::NotMonitored), 0);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("statusCount:online"))->text(),
             QStringLiteral("%1 1").arg(StatusIcons::label(PhoneStatus::Online)));
    QCOMPARE(cell(m_phoneId, PhoneTableModel::Address), QStringLiteral("127.1.0.1"));
    QCOMPARE(cell(m_phoneId, PhoneTableModel::Firmware), QStringLiteral("6.4.3.2000"));
    QVERIFY(!cell(m_phoneId, PhoneTableModel::LastSeen).isEmpty());

    // The status record holds the fetch: the phone's own address, its User-Agent, the served hash.
    const StatusRecord status = m_db.storage->status().get(m_phoneId).value();
    QCOMPARE(status.status, PhoneStatus::Online);
    QCOMPARE(status.lastFetch.ip, QStringLiteral("127.1.0.1"));
    QCOMPARE(status.lastFetch.userAgent, FleetUserAgent);
    QCOMPARE(status.lastFetch.firmware, QStringLiteral("6.4.3.2000"));
    QVERIFY(status.lastFetch.time.isValid());
    QCOMPARE(status.lastFetch.configHash, configs.currentHashes().value().value(m_phoneId));
    // ... which is the hash of exactly what the phone stored: the master file and the file it names.
    const auto rendered = configs.render(m_phoneId).value();
    QVERIFY(rendered);
    QList<RenderedFile> stored;
    for (const RenderedFile &file : rendered->files) {
        QFile f(m_received + u'/' + KnownMac + u'/' + file.name);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        stored.append({file.name, file.contentType, f.readAll()});
        QCOMPARE(stored.last().body, file.body);
    }
    QCOMPARE(stored.size(), 2);
    QCOMPARE(ConfigRenderer::hash(stored), status.lastFetch.configHash);
    // Served what the console would serve now: no configuration pending.
    QVERIFY(!configs.pendingPhoneIds().value().contains(m_phoneId));
    QVERIFY(m_provisioningErrors.isEmpty());
}

void TestZeroTouchConsole::unknownMacIsQuarantined()
{
    enableProvisioningServer();
    if (QTest::currentTestFailed())
        return;
    runFleet(2); // phone 0 is on record, phone 1 is not
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_fleetOutput.contains("first-contact phones 2 configured 1 failed 1 statuses 200:1,404:1"),
             m_fleetOutput.constData());
    QVERIFY2(m_fleetOutput.contains(QByteArray("fetch-failed " + UnknownMac.toLatin1() + " 404")),
             m_fleetOutput.constData());
    QCOMPARE(m_fleetExitCode, 3); // not every phone got a configuration
    QVERIFY(!QFileInfo::exists(m_received + u'/' + UnknownMac)); // nothing was served to it
    QTRY_COMPARE_WITH_TIMEOUT(cell(m_phoneId, PhoneTableModel::Status),
                              StatusIcons::label(PhoneStatus::Online), 15000);

    // Manage > Quarantine lists the MAC with the address it came from.
    QTRY_COMPARE_WITH_TIMEOUT(QuarantineRepository(*m_db.storage).count().value(), 1, 10000);
    QStringList listed;
    Test::onModal<QDialog>(QStringLiteral("quarantineDialog"), [&](QDialog *dialog) {
        const QuarantineModel *model = dialog->findChild<QuarantineView *>()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QuarantineEntry &e = model->entry(row);
            listed.append(e.mac + u' ' + e.ip + u' ' + e.userAgent);
        }
        dialog->reject();
    });
    act("actionQuarantine")->trigger();
    QCOMPARE(listed, QStringList {UnknownMac + QStringLiteral(" 127.1.0.2 ") + FleetUserAgent});

    // ... and it did not become a phone.
    m_window->phoneModel()->flushPendingChanges();
    QCOMPARE(m_window->phoneModel()->rowCount(), 1);
    QCOMPARE(m_window->phoneProxy()->rowCount(), 1);
    QVERIFY(!m_db.storage->phones().findByHardwareId(UnknownMac).value().has_value());
}

void TestZeroTouchConsole::certificateServesOnlyThePhoneItNames()
{
    // Both of the simulator's phones are on record, and both present phone 0's certificate: the
    // server ties a certificate to the MAC it names, so phone 1 gets nothing.
    Phone other = m_db.storage->phones().get(m_phoneId).value();
    other.id = 0;
    other.name = QStringLiteral("Unboxed too");
    other.hardwareId = UnknownMac;
    const Id otherId = m_db.storage->phones().create(other).value().id;
    enableProvisioningServer();
    if (QTest::currentTestFailed())
        return;
    runFleet(2,
             {QStringLiteral("--client-cert"), m_pki.path(KnownMac + QStringLiteral(".pem")),
              QStringLiteral("--client-key"), m_pki.path(KnownMac + QStringLiteral(".key"))});
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_fleetOutput.contains("first-contact phones 2 configured 1 failed 1 statuses 200:1,404:1"),
             m_fleetOutput.constData());
    QVERIFY2(m_fleetOutput.contains(QByteArray("fetch-failed " + UnknownMac.toLatin1() + " 404")),
             m_fleetOutput.constData());
    QTRY_COMPARE_WITH_TIMEOUT(cell(m_phoneId, PhoneTableModel::Status),
                              StatusIcons::label(PhoneStatus::Online), 15000);
    QCOMPARE(cell(otherId, PhoneTableModel::Status), StatusIcons::label(PhoneStatus::Unknown));
    QVERIFY(!m_db.storage->status().get(otherId).value().lastFetch.time.isValid());
    QCOMPARE(statusCount(PhoneStatus::Online), 1);
    QCOMPARE(statusCount(PhoneStatus::Unknown), 1);
    QCOMPARE(QuarantineRepository(*m_db.storage).count().value(), 0); // a known MAC is not quarantined
}

void TestZeroTouchConsole::serverThatCannotListenIsShown()
{
    // Another program holds the port: saving the settings works, the server cannot listen, and
    // the status bar says so with the reason, instead of a message that scrolls away.
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    ProvisioningSettings settings = ProvisioningSettings::fromStorage(*m_db.storage);
    settings.enabled = true;
    settings.address = QHostAddress::LocalHost;
    settings.port = holder.serverPort();
    settings.certificatePath = m_pki.path(QStringLiteral("server.pem"));
    settings.keyPath = m_pki.path(QStringLiteral("server.key"));
    settings.deviceCaPath = m_pki.path(QStringLiteral("device-ca.pem"));
    QVERIFY(settings.saveTo(*m_db.storage).ok());

    const auto *label = m_window->findChild<QLabel *>(QStringLiteral("provisioningLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_provisioningErrors.isEmpty(), 10000);
    QVERIFY(!m_provisioning->isRunning());
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Provisioning: not running"));
    QCOMPARE(label->toolTip(), m_provisioningErrors.constLast());
    QVERIFY2(label->toolTip().contains(QString::number(holder.serverPort())), qPrintable(label->toolTip()));

    // Once the port is free and the settings are saved again, it runs and the label follows.
    const quint16 port = holder.serverPort();
    holder.close();
    QVERIFY(settings.saveTo(*m_db.storage).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_provisioning->isRunning(), 10000);
    QCOMPARE(label->text(), QStringLiteral("Provisioning: https://127.0.0.1:%1/").arg(port));
}

void TestZeroTouchConsole::pendingConfigurationIsShown()
{
    // The phone fetches its files; then an administrator changes its base settings: the Phones
    // tab marks it "Pending" until it fetches again, and the editor says so too.
    enableProvisioningServer();
    if (QTest::currentTestFailed())
        return;
    runFleet(1);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_fleetExitCode, 0);
    const PendingConfigWatcher *watcher = m_window->pendingConfigWatcher();
    QTRY_VERIFY_WITH_TIMEOUT(m_db.storage->status().get(m_phoneId).value().lastFetch.configHash.size() > 0,
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(watcher->isReady(), 10000);
    QVERIFY(!watcher->pending().contains(m_phoneId));
    QCOMPARE(cell(m_phoneId, PhoneTableModel::Configuration), QString());

    const Id bsId = m_db.storage->phones().get(m_phoneId).value().baseSettingsId;
    BaseSettings bs = m_db.storage->baseSettings().get(bsId).value();
    bs.values.insert(QStringLiteral("media.dscpRtp"), 40);
    QVERIFY(m_db.storage->baseSettings().update(bs).ok());
    QTRY_COMPARE_WITH_TIMEOUT(cell(m_phoneId, PhoneTableModel::Configuration), PhoneTableModel::tr("Pending"),
                              10000);
    const PhoneTableModel *model = m_window->phoneModel();
    QVERIFY(model->index(model->rowOf(m_phoneId), PhoneTableModel::Configuration)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("next fetch")));
    {
        PhoneEditor editor(*m_db.storage, m_phoneId);
        QVERIFY2(editor.findChild<QLabel *>(QStringLiteral("statusSummary"))
                     ->text()
                     .contains(QStringLiteral("Configuration: pending")),
                 qPrintable(editor.findChild<QLabel *>(QStringLiteral("statusSummary"))->text()));
    }

    // It fetches again: up to date.
    runFleet(1);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(cell(m_phoneId, PhoneTableModel::Configuration), QString(), 10000);
    PhoneEditor editor(*m_db.storage, m_phoneId);
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("statusSummary"))
                ->text()
                .contains(QStringLiteral("Configuration: up to date")));
}

void TestZeroTouchConsole::unauthenticatedServingIsAnnounced()
{
    const QString warning = QStringLiteral(
        "allowUnauthenticated is on: anyone who can reach the provisioning server and names a known phone's "
        "MAC address with its vendor's User-Agent is served that phone's configuration, including its SIP "
        "passwords and local admin password. Use it in an isolated lab only.");
    // The in-process server logs it when it starts, as phonedesk-server does.
    QTest::ignoreMessage(QtWarningMsg, qPrintable(QStringLiteral("SECURITY WARNING: ") + warning));
    enableProvisioningServer(true);
    QVERIFY(m_bannerShown);
    QCOMPARE(m_bannerText, warning);
    QVERIFY2(m_bannerColour.red() > m_bannerColour.green() + 80, qPrintable(m_bannerColour.name()));
    QVERIFY(ProvisioningSettings::fromStorage(*m_db.storage).allowUnauthenticated);
    QVERIFY(m_provisioning->server()->settings().allowUnauthenticated);
}

QTEST_MAIN(TestZeroTouchConsole)
#include "tst_zerotouchconsole.moc"
