#include "connectiondialog.h"
#include "credentialstore.h"
#include "demodata.h"
#include "demofetches.h"
#include "devicecontrol.h"
#include "fleet.h"
#include "i18n.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "phonerepository.h"
#include "provisioningcontroller.h"
#include "screenshottour.h"
#include "storage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QPointer>
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
    } else if (parser.isSet(database)) {
        QString error;
        if (!ConnectionSpec::fromUrl(parser.value(database), spec, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
    } else if (const auto saved = ConnectionDialog::savedConnection()) {
        spec = *saved;
    }
    completePassword(spec);

    // The demo's phones are simulated on loopback, so status, Restart and Log Out really run.
    PhoneSim::Fleet fleet;
    DemoOptions demoOptions;
    if (parser.isSet(demo)) {
        PhoneSim::FleetConfig fleetConfig;
        fleetConfig.phones = demoOptions.managedPhones + demoOptions.unmanagedPhones;
        fleetConfig.dead = 0.04; // a few phones that never answer, as in any real fleet
        fleetConfig.latencyMs = 3;
        if (auto started = fleet.start(fleetConfig); !started) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QApplication::translate("main", "The simulated phones could not start: %1")
                               .arg(started.error().fullText())));
        } else {
            demoOptions.networkAddress = [&fleet](int index) { return fleet.sipAddress(index); };
        }
    }

    std::unique_ptr<Storage> storage;
    std::unique_ptr<DeviceControl> control;
    std::unique_ptr<ProvisioningController> provisioning;
    std::unique_ptr<MainWindow> window;
    // Opens `next` and shows a window on it; keeps the current one when it fails.
    std::function<bool(ConnectionSpec)> open = [&](ConnectionSpec next) -> bool {
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
        if (parser.isSet(demo) && !storage) {
            // Filled as administrator before the chosen role applies, so a Viewer demo has phones too.
            (*opened)->setActor(QStringLiteral("demo"), Role::Administrator);
            auto filled = populateDemoData(**opened, demoOptions);
            if (!filled) {
                MessageBox::critical(nullptr, QApplication::translate("main", "PhoneDesk"),
                                     filled.error().fullText());
                return false;
            }
            // The desk phones have fetched their files once (a few since changed: "Pending").
            if (auto fetched = recordDemoFetches(**opened); !fetched)
                std::fprintf(stderr, "%s\n", qPrintable(fetched.error().fullText()));
        }
        window.reset();
        provisioning.reset();
        control.reset();
        storage = std::move(*opened);
        DeviceControlConfig controlConfig;
        if (fleet.isRunning()) {
            controlConfig.polyRestPort = fleet.restPort();
            controlConfig.poller.intervalMs = 15000;
        }
        control = std::make_unique<DeviceControl>(storage.get(), controlConfig);
        if (fleet.isRunning()) {
            // The simulated phones' REST certificate is trusted like an installed phone's would be.
            if (auto phones = storage->phones().list()) {
                for (const PhoneRow &row : *phones) {
                    if (!row.networkAddress.isEmpty())
                        (void)control->pinRestCertificate(row.id, fleet.certificateSha256());
                }
            }
        }
        if (!storage->identity().fromDatabase)
            storage->setActor(currentUserName(), *chosenRole);
        // In a team database status comes from whoever polls (phonedesk-server, the consoles of
        // Operators and up); a Viewer may write no status and runs no commands, so it does not poll.
        const bool mayPoll =
            !storage->identity().fromDatabase || roleAllows(storage->role(), Permission::ControlPhones);
        window = std::make_unique<MainWindow>(*storage);
        if (!mayPoll) {
            // Nothing to start: the table shows the status others record.
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
    if (!open(spec))
        return 1;

    if (parser.isSet(screenshot)) {
        if (fleet.isRunning()) {
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
