#include "consolesession.h"

#include "connectionguard.h"
#include "demofleet.h"
#include "devicecontrol.h"
#include "devicecontrolsettings.h"
#include "mainwindow.h"
#include "managedsettings.h"
#include "messagebox.h"
#include "provisioningcontroller.h"
#include "redirectionconsolesettings.h"
#include "redirectioncontrol.h"
#include "storage.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace PhoneDesk {

ConsoleSession::ConsoleSession(const ManagedSettings &managed, Options options, QObject *parent)
    : QObject(parent)
    , m_managed(managed)
    , m_options(options)
{ }

ConsoleSession::~ConsoleSession()
{
    // The window and the provisioning server use device control and the storage: they go first.
    m_window.reset();
    m_redirection.reset();
    m_provisioning.reset();
    m_control.reset();
    m_storage.reset();
}

QString ConsoleSession::currentUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("console") : name;
}

Result<std::unique_ptr<Storage>> ConsoleSession::openStorage(ConnectionSpec next)
{
    // Managed extra CA certificates for TLS to PostgreSQL (libpq reads one bundle file).
    if (auto tls = m_managed.applyTo(next, QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
        !tls)
        std::fprintf(stderr, "%s\n", qPrintable(tls.error().fullText()));
    auto opened = Storage::open(next);
    if (!opened) {
        MessageBox::critical(m_window.get(), QApplication::translate("main", "PhoneDesk"),
                             QApplication::translate("main", "Could not open %1:\n%2")
                                 .arg(next.describe(), opened.error().fullText()));
        return opened.error();
    }
    // A team database says who this is; --role may only lower that (refused above it).
    if ((*opened)->identity().fromDatabase && m_options.roleGiven) {
        if (auto lowered = (*opened)->requestRole(m_options.role); !lowered) {
            std::fprintf(stderr, "%s\n", qPrintable(lowered.error().fullText()));
            MessageBox::critical(
                m_window.get(), QApplication::translate("main", "PhoneDesk"),
                QApplication::translate("main", "Could not open %1 with --role %2:\n%3")
                    .arg(next.describe(), toKey(m_options.role), lowered.error().fullText()));
            return lowered.error();
        }
    }
    return opened;
}

bool ConsoleSession::open(ConnectionSpec spec)
{
    auto opened = openStorage(std::move(spec));
    if (!opened)
        return false;
    PhoneSim::DemoFleet *fleet = m_options.demoFleet;
    const bool fillDemo = fleet && !m_storage;
    if (fillDemo) {
        // Filled as administrator before the chosen role applies, so a Viewer demo has phones too.
        (*opened)->setActor(QStringLiteral("demo"), Role::Administrator);
        DemoOptions none;
        auto filled = fleet->populate(**opened, m_options.demoOptions ? *m_options.demoOptions : none);
        if (!filled) {
            MessageBox::critical(nullptr, QApplication::translate("main", "PhoneDesk"),
                                 filled.error().fullText());
            return false;
        }
    }
    m_window.reset();
    m_redirection.reset();
    m_provisioning.reset();
    m_control.reset();
    if (m_demoOpen)
        fleet->detach(); // the simulated phones record nothing in the next database
    m_demoOpen = fillDemo;
    m_storage = std::move(*opened);
    // A team database: the console's connection notices a loss and reconnects by itself, and the
    // window says so meanwhile (the guard is owned by the Storage).
    if (m_storage->isPostgres())
        new ConnectionGuard(*m_storage, QStringLiteral("main"));
    makeDeviceControl();
    if (!m_storage->identity().fromDatabase)
        m_storage->setActor(currentUserName(), m_options.role);
    // The organisation's ceiling, on top of whatever role the database or --role gave.
    if (const Role ceiling = m_managed.clampRole(m_storage->role()); ceiling < m_storage->role())
        (void)m_storage->requestRole(ceiling);
    makeWindow();
    startProvisioning();
    startRedirection();
    connect(m_window.get(), &MainWindow::connectionRequested, this, [this](const ConnectionSpec &chosen) {
        // Replace the window after this signal returns, not from inside it.
        QTimer::singleShot(0, this, [this, chosen] { open(chosen); });
    });
    m_window->show();
    return true;
}

void ConsoleSession::makeDeviceControl()
{
    PhoneSim::DemoFleet *fleet = m_options.demoFleet;
    const bool demoFleet = m_demoOpen && fleet && fleet->isRunning();
    DeviceControlConfig config;
    // Where the SIP socket is bound: this machine's setting (shared with phonedesk-cli); the
    // demo's phones are on loopback and keep the default. A bad setting leaves phone control off
    // rather than falling back to every address (makeWindow says so).
    QSettings userSettings;
    const Result<DeviceControlSettings> machine = demoFleet
        ? Result<DeviceControlSettings>(DeviceControlSettings())
        : DeviceControlSettings::read(userSettings);
    if (machine)
        machine->applyTo(config);
    // The simulated fleet answers for the demo database only: another database opened from the
    // demo gets the usual settings and none of the demo's certificate pins.
    if (demoFleet) {
        fleet->configure(config);
        config.poller.intervalMs = 15000;
    }
    m_control = std::make_unique<DeviceControl>(m_storage.get(), config);
    m_settingsError = machine ? QString() : machine.error().fullText();
    m_settingsFile = userSettings.fileName();
    if (demoFleet) {
        // The simulated phones' REST certificate is trusted like an installed phone's would be.
        if (auto trusted = fleet->trustCertificates(*m_control); !trusted)
            std::fprintf(stderr, "%s\n", qPrintable(trusted.error().fullText()));
    }
}

void ConsoleSession::makeWindow()
{
    Storage &storage = *m_storage;
    // In team mode (a member's login to a team database, or the owner's once the team has a
    // server login) phonedesk-server polls and runs the commands this console queues in the
    // database: the console sends no SIP and polls nothing; the table shows what the servers
    // record. The owner's console on a database without servers polls as before; a Viewer may
    // write no status and runs no commands, so it does not poll either.
    const bool teamMode = m_control->commandsThroughDatabase();
    const bool mayPoll = !teamMode &&
        (!storage.identity().fromDatabase || roleAllows(storage.role(), Permission::ControlPhones));
    m_window = std::make_unique<MainWindow>(storage);
    // What opening changed (e.g. the file's permissions tightened): in the log and, until
    // something else is shown, in the status bar.
    for (const QString &notice : storage.notices())
        qWarning().noquote() << notice;
    if (!storage.notices().isEmpty()) {
        // After a message the window may have shown while loading (e.g. a damaged page).
        const QString shown = m_window->statusBar()->currentMessage();
        const QString notices = storage.notices().join(u' ');
        m_window->statusBar()->showMessage(shown.isEmpty() ? notices : shown + u' ' + notices);
    }
    if (!mayPoll) {
        // Nothing to start: the table shows the status others record. Commands go through the
        // database (DeviceControl queues them for phonedesk-server).
        if (teamMode && roleAllows(storage.role(), Permission::ControlPhones))
            m_window->setDeviceControl(m_control.get());
    } else if (!m_settingsError.isEmpty()) {
        m_window->statusBar()->showMessage(
            QApplication::translate("main", "Phone status is not available: %1 (in %2)")
                .arg(m_settingsError, m_settingsFile));
    } else if (auto polling = m_control->startPolling(); polling) {
        m_window->setDeviceControl(m_control.get());
    } else {
        m_window->statusBar()->showMessage(
            QApplication::translate("main", "Phone status is not available: %1")
                .arg(polling.error().fullText()));
    }
}

void ConsoleSession::startRedirection()
{
    // The console registers the phones of the databases it does the phone work for (see
    // makeWindow()); in team mode phonedesk-server does. A Viewer's console (--role viewer on an
    // embedded database, too) changes nothing at the services. Never the demo's made-up MACs, and
    // never from an in-memory database, which a worker's connection could not reach.
    const Storage &storage = *m_storage;
    const bool works =
        !m_control->commandsThroughDatabase() && roleAllows(storage.role(), Permission::ControlPhones);
    if (!works || m_demoOpen || storage.spec().isPrivate())
        return;
    QString warning;
    RedirectionWorkerConfig config;
    config.spec = storage.spec();
    config.actor = storage.actor();
    config.role = storage.role();
    config.services = RedirectionConsoleSettings::load(&warning).services;
    if (!warning.isEmpty())
        m_window->statusBar()->showMessage(
            QApplication::translate("main", "Redirection services: %1").arg(warning));
    m_redirection = std::make_unique<RedirectionControl>(config);
    m_redirection->start();
    m_window->setRedirection(m_redirection.get());
}

void ConsoleSession::startProvisioning()
{
    // The in-process provisioning server (off unless enabled in Manage > Provisioning Server
    // Settings); it follows setting changes by itself. With dynamic reload, phones whose files
    // changed are told to fetch them again. It serves the phones' secrets: in a team database
    // only a console that may read them runs it (else phonedesk-server does).
    if (!m_storage->canReadSecrets())
        return;
    m_provisioning = std::make_unique<ProvisioningController>(*m_storage);
    MainWindow *window = m_window.get();
    window->setProvisioningController(m_provisioning.get());
    connect(m_provisioning.get(), &ProvisioningController::resyncRequested, m_control.get(),
            [control = m_control.get(), window](const QList<Id> &ids) {
                if (auto op = control->resync(ids); !op)
                    window->statusBar()->showMessage(
                        QApplication::translate("main", "Resync after a configuration change failed: %1")
                            .arg(op.error().fullText()));
            });
    connect(m_provisioning.get(), &ProvisioningController::errorOccurred, window,
            [window](const QString &message) { window->statusBar()->showMessage(message); });
    if (auto started = m_provisioning->apply(); !started)
        window->statusBar()->showMessage(
            QApplication::translate("main", "The provisioning server did not start: %1")
                .arg(started.error().fullText()));
}

} // namespace PhoneDesk
