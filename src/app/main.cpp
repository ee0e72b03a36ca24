#include "connectiondialog.h"
#include "connectionguard.h"
#include "credentialstore.h"
#include "demofleet.h"
#include "devicecontrol.h"
#include "devicecontrolsettings.h"
#include "i18n.h"
#include "mainwindow.h"
#include "managedsettings.h"
#include "messagebox.h"
#include "processguard.h"
#include "provisioningcontroller.h"
#include "screenshottour.h"
#include "storage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace PhoneDesk;

namespace {

QString currentUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("console") : name;
}

// Fills in a PostgreSQL password from PGPASSWORD or the keychain when the URL carries none.
void completePassword(ConnectionSpec &spec)
{
    if (spec.kind != ConnectionSpec::Kind::Postgres || !spec.password.isEmpty())
        return;
    spec.password = qEnvironmentVariable("PGPASSWORD");
    if (!spec.password.isEmpty())
        return;
    QString password;
    if (CredentialStore::load(CredentialStore::keyFor(spec.host, spec.port, spec.database, spec.user),
                              &password, nullptr))
        spec.password = password;
}
} // namespace

int main(int argc, char *argv[])
{
    PhoneDesk::ProcessGuard::install(); // before any socket: no peer can end this process
    // --help and --version only print: they work over SSH and in scripts, where no display is.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        for (int i = 1; i < argc; ++i) {
            const QByteArrayView arg(argv[i]);
            if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
                qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PhoneDesk"));
    QApplication::setOrganizationName(QStringLiteral("PhoneDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PHONEDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/phonedesk/icons/phonedesk.svg")));
    I18n::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desk phone management console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open a demo organisation in a temporary database."));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QApplication::translate("main",
                                "Database to open: sqlite:/path/file.sqlite or "
                                "postgresql://user@host:5432/phonedesk (password from PGPASSWORD or "
                                "the system keychain)."),
        QApplication::translate("main", "url"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        QApplication::translate("main",
                                "Role: viewer, operator, editor or administrator. Embedded database: default "
                                "administrator. Team database: your role in the database, which this may "
                                "only lower."),
        QApplication::translate("main", "role"), QStringLiteral("administrator"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Write screenshots of the console into a folder and exit."),
        QApplication::translate("main", "folder"));
    parser.addOptions({demo, database, role, screenshot});
    parser.process(app);

    const auto chosenRole = roleFromKey(parser.value(role));
    if (!chosenRole) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate(
                           "main", "Unknown role \"%1\": use viewer, operator, editor or administrator.")
                           .arg(parser.value(role))));
        return 2;
    }
    // What the organisation deployed (Group Policy, MDM profile, /etc/xdg): role ceiling, team
    // database, extra CA certificates. See docs/packaging.md.
    const ManagedSettings managed = ManagedSettings::load();
    for (const QString &problem : managed.problems())
        std::fprintf(stderr, "%s\n", qPrintable(problem));
    if (parser.isSet(role)) {
        if (auto allowed = managed.checkRequestedRole(*chosenRole); !allowed) {
            std::fprintf(stderr, "%s\n", qPrintable(allowed.error().fullText()));
            return 2;
        }
    }
    managed.applyToDefaultSslConfiguration();

    ConnectionSpec spec = ConnectionSpec::defaultSqlite();
    QTemporaryDir demoDir;
    if (parser.isSet(demo)) {
        if (!demoDir.isValid()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate(
                             "main", "Could not create a temporary folder for the demo.")));
            return 1;
        }
        spec = ConnectionSpec::sqlite(demoDir.filePath(QStringLiteral("demo.sqlite")));
    } else {
        std::optional<ConnectionSpec> fromCommandLine;
        if (parser.isSet(database)) {
            QString error;
            if (!ConnectionSpec::fromUrl(parser.value(database), spec, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 2;
            }
            fromCommandLine = spec;
        }
        // A locked team database wins over the user's last choice and refuses another --database.
        auto chosen = managed.startupConnection(fromCommandLine, ConnectionDialog::savedConnection());
        if (!chosen) {
            std::fprintf(stderr, "%s\n", qPrintable(chosen.error().fullText()));
            return 2;
        }
        spec = *chosen;
    }
    completePassword(spec);
    // The managed team database: a new install signs in first (the password goes to the keychain),
    // and signs in again when the saved password no longer works.
    const bool teamSignIn =
        !parser.isSet(demo) && spec.kind == ConnectionSpec::Kind::Postgres && managed.isManagedDatabase(spec);
    if (teamSignIn && managed.needsSignIn(spec, ConnectionDialog::savedConnection())) {
        if (spec.user.isEmpty())
            spec.user = currentUserName();
        if (!ConnectionDialog::signIn(spec))
            return 0;
    }

    // The demo's phones are simulated on loopback, so status, Restart and Log Out really run.
    PhoneSim::DemoFleet fleet;
    DemoOptions demoOptions;
    if (parser.isSet(demo)) {
        if (auto started = fleet.start(demoOptions); !started)
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate(
                                        "main",
                                        "The simulated phones could not start: %1\nThe demo's phones "
                                        "are shown without status.")
                                        .arg(started.error().fullText())));
    }

    std::unique_ptr<Storage> storage;
    bool demoOpen = false; // the demo database is the one open (not one opened from the demo)
    std::unique_ptr<DeviceControl> control;
    std::unique_ptr<ProvisioningController> provisioning;
    std::unique_ptr<MainWindow> window;
    // Opens `next` and shows a window on it; keeps the current one when it fails.
    std::function<bool(ConnectionSpec)> open = [&](ConnectionSpec next) -> bool {
        // Managed extra CA certificates for TLS to PostgreSQL (libpq reads one bundle file).
        if (auto tls = managed.applyTo(next, QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
            !tls)
            std::fprintf(stderr, "%s\n", qPrintable(tls.error().fullText()));
        auto opened = Storage::open(next);
        if (!opened) {
            MessageBox::critical(window.get(), QApplication::translate("main", "PhoneDesk"),
                                 QApplication::translate("main", "Could not open %1:\n%2")
                                     .arg(next.describe(), opened.error().fullText()));
            return false;
        }
        // A team database says who this is; --role may only lower that (refused above it).
        if ((*opened)->identity().fromDatabase && parser.isSet(role)) {
            if (auto lowered = (*opened)->requestRole(*chosenRole); !lowered) {
                std::fprintf(stderr, "%s\n", qPrintable(lowered.error().fullText()));
                MessageBox::critical(
                    window.get(), QApplication::translate("main", "PhoneDesk"),
                    QApplication::translate("main", "Could not open %1 with --role %2:\n%3")
                        .arg(next.describe(), toKey(*chosenRole), lowered.error().fullText()));
                return false;
            }
        }
        const bool fillDemo = parser.isSet(demo) && !storage;
        if (fillDemo) {
            // Filled as administrator before the chosen role applies, so a Viewer demo has phones too.
            (*opened)->setActor(QStringLiteral("demo"), Role::Administrator);
            auto filled = fleet.populate(**opened, demoOptions);
            if (!filled) {
                MessageBox::critical(nullptr, QApplication::translate("main", "PhoneDesk"),
                                     filled.error().fullText());
                return false;
            }
        }
        window.reset();
        provisioning.reset();
        control.reset();
        if (demoOpen)
            fleet.detach(); // the simulated phones record nothing in the next database
        demoOpen = fillDemo;
        storage = std::move(*opened);
        // A team database: the console's connection notices a loss and reconnects by itself, and the
        // window says so meanwhile (the guard is owned by the Storage).
        if (storage->isPostgres())
            new ConnectionGuard(*storage, QStringLiteral("main"));
        DeviceControlConfig controlConfig;
        // Where the SIP socket is bound: this machine's setting (shared with phonedesk-cli); the
        // demo's phones are on loopback and keep the default. A bad setting leaves phone control
        // off rather than falling back to every address.
        QSettings userSettings;
        const Result<DeviceControlSettings> machineSettings = demoOpen && fleet.isRunning()
            ? Result<DeviceControlSettings>(DeviceControlSettings())
            : DeviceControlSettings::read(userSettings);
        if (machineSettings)
            machineSettings->applyTo(controlConfig);
        // The simulated fleet answers for the demo database only: another database opened from the
        // demo gets the usual settings and none of the demo's certificate pins.
        if (demoOpen && fleet.isRunning()) {
            fleet.configure(controlConfig);
            controlConfig.poller.intervalMs = 15000;
        }
        control = std::make_unique<DeviceControl>(storage.get(), controlConfig);
        if (demoOpen) {
            // The simulated phones' REST certificate is trusted like an installed phone's would be.
            if (auto trusted = fleet.trustCertificates(*control); !trusted)
                std::fprintf(stderr, "%s\n", qPrintable(trusted.error().fullText()));
        }
        if (!storage->identity().fromDatabase)
            storage->setActor(currentUserName(), *chosenRole);
        // The organisation's ceiling, on top of whatever role the database or --role gave.
        if (const Role ceiling = managed.clampRole(storage->role()); ceiling < storage->role())
            (void)storage->requestRole(ceiling);
        // In team mode (a member's login to a team database, or the owner's once the team has a
        // server login) phonedesk-server polls and runs the commands this console queues in the
        // database: the console sends no SIP and polls nothing; the table shows what the servers
        // record. The owner's console on a database without servers polls as before; a Viewer may
        // write no status and runs no commands, so it does not poll either.
        const bool teamMode = control->commandsThroughDatabase();
        const bool mayPoll = !teamMode &&
            (!storage->identity().fromDatabase || roleAllows(storage->role(), Permission::ControlPhones));
        window = std::make_unique<MainWindow>(*storage);
        // What opening changed (e.g. the file's permissions tightened): in the log and, until
        // something else is shown, in the status bar.
        for (const QString &notice : storage->notices())
            qWarning().noquote() << notice;
        if (!storage->notices().isEmpty()) {
            // After a message the window may have shown while loading (e.g. a damaged page).
            const QString shown = window->statusBar()->currentMessage();
            const QString notices = storage->notices().join(u' ');
            window->statusBar()->showMessage(shown.isEmpty() ? notices : shown + u' ' + notices);
        }
        if (!mayPoll) {
            // Nothing to start: the table shows the status others record. Commands go through the
            // database (DeviceControl queues them for phonedesk-server).
            if (teamMode && roleAllows(storage->role(), Permission::ControlPhones))
                window->setDeviceControl(control.get());
        } else if (!machineSettings) {
            window->statusBar()->showMessage(
                QApplication::translate("main", "Phone status is not available: %1 (in %2)")
                    .arg(machineSettings.error().fullText(), userSettings.fileName()));
        } else if (auto polling = control->startPolling(); polling) {
            window->setDeviceControl(control.get());
        } else {
            window->statusBar()->showMessage(
                QApplication::translate("main", "Phone status is not available: %1")
                    .arg(polling.error().fullText()));
        }
        // The in-process provisioning server (off unless enabled in Manage > Provisioning Server
        // Settings); it follows setting changes by itself. With dynamic reload, phones whose files
        // changed are told to fetch them again. It serves the phones' secrets: in a team database
        // only a console that may read them runs it (else phonedesk-server does).
        if (storage->canReadSecrets()) {
            provisioning = std::make_unique<ProvisioningController>(*storage);
            window->setProvisioningController(provisioning.get());
            QObject::connect(
                provisioning.get(), &ProvisioningController::resyncRequested, control.get(),
                [c = control.get(), w = window.get()](const QList<Id> &ids) {
                    if (auto op = c->resync(ids); !op)
                        w->statusBar()->showMessage(
                            QApplication::translate("main", "Resync after a configuration change failed: %1")
                                .arg(op.error().fullText()));
                });
            QObject::connect(
                provisioning.get(), &ProvisioningController::errorOccurred, window.get(),
                [w = window.get()](const QString &message) { w->statusBar()->showMessage(message); });
            if (auto started = provisioning->apply(); !started)
                window->statusBar()->showMessage(
                    QApplication::translate("main", "The provisioning server did not start: %1")
                        .arg(started.error().fullText()));
        }
        QObject::connect(window.get(), &MainWindow::connectionRequested, &app,
                         [&](const ConnectionSpec &chosen) {
                             // Replace the window after this signal returns, not from inside it.
                             QTimer::singleShot(0, &app, [&open, chosen] { open(chosen); });
                         });
        window->show();
        return true;
    };
    bool started = open(spec);
    while (!started && teamSignIn && ConnectionDialog::signIn(spec))
        started = open(spec);
    if (!started)
        return 1;
    if (!managed.problems().isEmpty())
        window->statusBar()->showMessage(managed.problems().join(u' '));

    if (parser.isSet(screenshot)) {
        if (demoOpen && fleet.isRunning()) {
            // Let the first status sweep finish so the pictures show live status.
            QEventLoop loop;
            QObject::connect(control.get(), &DeviceControl::sweepFinished, &loop, &QEventLoop::quit);
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            loop.exec();
            QTimer::singleShot(1500, &loop, &QEventLoop::quit); // the poller's batch reaches the table
            loop.exec();
        }
        QString error;
        const QStringList files = takeScreenshots(*window, *storage, parser.value(screenshot), &error);
        for (const QString &file : files)
            std::printf("%s\n", qPrintable(file));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    return app.exec();
}
