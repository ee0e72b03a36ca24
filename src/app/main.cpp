#include "connectiondialog.h"
#include "consolesession.h"
#include "credentialstore.h"
#include "demofleet.h"
#include "devicecontrol.h"
#include "i18n.h"
#include "mainwindow.h"
#include "managedsettings.h"
#include "processguard.h"
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
            spec.user = ConsoleSession::currentUserName();
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

    ConsoleSession::Options options;
    options.role = *chosenRole;
    options.roleGiven = parser.isSet(role);
    if (parser.isSet(demo)) {
        options.demoFleet = &fleet;
        options.demoOptions = &demoOptions;
    }
    ConsoleSession session(managed, options);
    bool started = session.open(spec);
    while (!started && teamSignIn && ConnectionDialog::signIn(spec))
        started = session.open(spec);
    if (!started)
        return 1;
    if (!managed.problems().isEmpty())
        session.window()->statusBar()->showMessage(managed.problems().join(u' '));

    if (parser.isSet(screenshot)) {
        if (session.demoOpen() && fleet.isRunning()) {
            // Let the first status sweep finish so the pictures show live status.
            QEventLoop loop;
            QObject::connect(session.deviceControl(), &DeviceControl::sweepFinished, &loop,
                             &QEventLoop::quit);
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            loop.exec();
            QTimer::singleShot(1500, &loop, &QEventLoop::quit); // the poller's batch reaches the table
            loop.exec();
        }
        QString error;
        const QStringList files =
            takeScreenshots(*session.window(), *session.storage(), parser.value(screenshot), &error);
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
