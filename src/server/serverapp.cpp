#include "serverapp.h"

#include "commandexecutor.h"
#include "connectionguard.h"
#include "connectionspec.h"
#include "devicecontrol.h"
#include "devicecontrolsettings.h"
#include "integritycheck.h"
#include "provisioningserver.h"
#include "serverlog.h"
#include "storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QSocketNotifier>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace PhoneDesk {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "phonedesk-server: %s\n", qPrintable(message));
}

#ifdef Q_OS_UNIX
int s_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here; the event loop reads the pipe.
    [[maybe_unused]] const auto written = ::write(s_signalPipe[1], &byte, 1);
}
#endif
} // namespace

int runServer(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("PhoneDesk::Server",
                                    "PhoneDesk server: HTTPS provisioning, SIP status polling and phone "
                                    "commands for a shared database."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("PhoneDesk::Server",
                                    "Database URL: sqlite:/path/file.sqlite or "
                                    "postgresql://user@host:port/db (password from PGPASSWORD)."),
        QCoreApplication::translate("PhoneDesk::Server", "url"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QCoreApplication::translate("PhoneDesk::Server", "INI configuration file (default %1).")
            .arg(QStringLiteral("/etc/phonedesk/phonedesk-server.conf")),
        QCoreApplication::translate("PhoneDesk::Server", "file"),
        QStringLiteral("/etc/phonedesk/phonedesk-server.conf"));
    const QCommandLineOption noDeviceControl(
        QStringLiteral("no-device-control"),
        QCoreApplication::translate("PhoneDesk::Server",
                                    "Serve provisioning only: no status polling and no commands."));
    const QCommandLineOption checkOption(
        QStringLiteral("check"),
        QCoreApplication::translate("PhoneDesk::Server",
                                    "Check the configuration and the database, then exit."));
    parser.addOptions({databaseOption, configOption, noDeviceControl, checkOption});
    parser.process(app);

    const QString configPath = parser.value(configOption);
    if (parser.isSet(configOption) && !QFileInfo(configPath).isReadable()) {
        printError(
            QCoreApplication::translate("PhoneDesk::Server", "The configuration file \"%1\" cannot be read.")
                .arg(configPath));
        return 1;
    }
    QSettings ini(configPath, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        printError(QCoreApplication::translate("PhoneDesk::Server",
                                               "The configuration file \"%1\" is not a valid INI file.")
                       .arg(configPath));
        return 1;
    }

    ServerLog::install(ini.value(QStringLiteral("logging/syslog"), true).toBool());
    if (!ini.value(QStringLiteral("logging/accessLog"), true).toBool())
        QLoggingCategory::setFilterRules(QStringLiteral("phonedesk.provisioning.access.info=false"));

    const QString url = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                     : ini.value(QStringLiteral("database/url")).toString();
    if (url.isEmpty()) {
        printError(QCoreApplication::translate("PhoneDesk::Server",
                                               "No database: give --database or set [database] url in %1.")
                       .arg(configPath));
        return 1;
    }
    ConnectionSpec spec;
    QString specError;
    if (!ConnectionSpec::fromUrl(url, spec, &specError)) {
        printError(QCoreApplication::translate("PhoneDesk::Server", "The database URL is not valid: %1")
                       .arg(specError));
        return 1;
    }
    if (spec.kind == ConnectionSpec::Kind::Postgres && spec.password.isEmpty())
        spec.password = qEnvironmentVariable("PGPASSWORD");

    const auto controlSettings = DeviceControlSettings::read(ini);
    if (!controlSettings) {
        printError(QCoreApplication::translate("PhoneDesk::Server",
                                               "The [deviceControl] settings in %1 are not valid:\n%2")
                       .arg(configPath, controlSettings.error().fullText()));
        return 1;
    }

    ProvisioningSettings settings = ProvisioningSettings::fromIni(ini);
    if (auto valid = settings.validate(); !valid) {
        printError(QCoreApplication::translate("PhoneDesk::Server",
                                               "The [provisioning] settings in %1 are not valid:\n%2")
                       .arg(configPath, valid.error().fullText()));
        return 1;
    }
    // --check names what is valid but unsafe (the server itself logs it at every start).
    if (const QString warning = settings.unauthenticatedWarning();
        parser.isSet(checkOption) && !warning.isEmpty())
        std::printf("%s\n",
                    qPrintable(QCoreApplication::translate("PhoneDesk::Server", "Warning: %1").arg(warning)));

    auto opened = Storage::open(spec);
    if (!opened) {
        printError(QCoreApplication::translate("PhoneDesk::Server", "Cannot open the database %1: %2")
                       .arg(spec.describe(), opened.error().fullText()));
        // --check: damaged is its answer (3), like a file that opens and fails the integrity check.
        return parser.isSet(checkOption) && opened.error().code == Error::Code::Damaged ? 3 : 2;
    }
    std::unique_ptr<Storage> storage = std::move(opened).value();
    // In a team database the login decides (the server role: secrets, status, fetches, quarantine).
    storage->setActor(QStringLiteral("phonedesk-server"), Role::Administrator);
    for (const QString &notice : storage->notices())
        qWarning().noquote() << notice;
    const SessionIdentity &identity = storage->identity();
    if (identity.fromDatabase && (!storage->canReadSecrets() || identity.role < Role::Operator)) {
        printError(QCoreApplication::translate(
                       "PhoneDesk::Server",
                       "The login %1 has the %2 role in %3, which may not read the phones' secrets or "
                       "record their status. Connect with a login in the server role (phonedesk-cli team add "
                       "LOGIN --role server).")
                       .arg(identity.login, displayName(identity.role), spec.describe()));
        return 2;
    }
    if (parser.isSet(checkOption)) {
        // A file with damaged pages opens: only the integrity check can call the database fine.
        const auto integrity = IntegrityCheck::run(*storage);
        if (!integrity) {
            printError(QCoreApplication::translate("PhoneDesk::Server", "Cannot check the database %1: %2")
                           .arg(spec.describe(), integrity.error().fullText()));
            return 2;
        }
        if (!integrity->ok) {
            printError(IntegrityCheck::describe(*integrity, spec.describe()));
            return 3;
        }
        std::printf("%s\n",
                    qPrintable(QCoreApplication::translate("PhoneDesk::Server",
                                                           "Configuration and database %1 are fine.")
                                   .arg(spec.describe())));
        return 0;
    }

    // Notices when PostgreSQL goes away, reconnects and LISTENs again (the poller's connection has
    // a guard of its own); the provisioning server answers 503 meanwhile and keeps its records.
    if (storage->isPostgres())
        new ConnectionGuard(*storage, QStringLiteral("main")); // owned by the Storage

    ProvisioningServer server(*storage, settings);
    if (auto started = server.start(); !started) {
        printError(started.error().fullText());
        return 3;
    }

    std::unique_ptr<DeviceControl> deviceControl;
    std::unique_ptr<CommandExecutor> commandExecutor;
    if (!parser.isSet(noDeviceControl) && controlSettings->enabled) {
        DeviceControlConfig controlConfig;
        controlSettings->applyTo(controlConfig);
        // The server sends what the consoles of a team database queue: its own commands run here.
        controlConfig.commandRouting = DeviceControlConfig::CommandRouting::Local;
        deviceControl = std::make_unique<DeviceControl>(storage.get(), controlConfig);
        if (auto polling = deviceControl->startPolling(); !polling) {
            qWarning().noquote() << "status polling is off:" << polling.error().fullText();
        } else {
            const auto [address, port] = deviceControl->pollingSocket();
            qInfo().noquote() << QStringLiteral("status polling: SIP socket on %1 port %2")
                                     .arg(address.toString())
                                     .arg(port);
        }
        // What reached the poller's socket without being an answer, once per sweep that saw any.
        QObject::connect(deviceControl.get(), &DeviceControl::sweepFinished, deviceControl.get(),
                         [last = SweepStats()](const SweepStats &sweep) mutable {
                             if (sweep.unsolicited == last.unsolicited && sweep.malformed == last.malformed)
                                 return;
                             qInfo().noquote()
                                 << QStringLiteral("status polling sweep (probed: %1, %2 ms): dropped "
                                                   "since the last sweep: %3 unsolicited and %4 malformed "
                                                   "SIP datagrams (since start: %5 and %6)")
                                        .arg(sweep.probed)
                                        .arg(sweep.elapsedMs)
                                        .arg(sweep.unsolicited - last.unsolicited)
                                        .arg(sweep.malformed - last.malformed)
                                        .arg(sweep.unsolicited)
                                        .arg(sweep.malformed);
                             last = sweep;
                         });
        // Team mode: the commands consoles and phonedesk-cli queue in the database (CommandQueue).
        if (storage->isPostgres()) {
            commandExecutor = std::make_unique<CommandExecutor>(spec, deviceControl.get());
            if (auto taken = commandExecutor->start(); !taken) {
                qWarning().noquote() << "phone commands from consoles are off:" << taken.error().fullText();
                commandExecutor.reset();
            } else {
                qInfo().noquote() << QStringLiteral("phone commands: taking the commands of %1 shards as %2")
                                         .arg(commandExecutor->shards().size())
                                         .arg(commandExecutor->token());
            }
        }
        // Dynamic reload: phones whose files changed are told to re-fetch them.
        QObject::connect(&server, &ProvisioningServer::resyncRequested, deviceControl.get(),
                         [dc = deviceControl.get()](const QList<Id> &ids) {
                             if (auto op = dc->resync(ids); !op)
                                 qWarning().noquote() << "resync after a configuration change failed:"
                                                      << op.error().fullText();
                             else
                                 qInfo() << "resync sent to" << ids.size()
                                         << "phones after a configuration change";
                         });
    }

#ifdef Q_OS_UNIX
    std::unique_ptr<QSocketNotifier> signalNotifier;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) == 0) {
        signalNotifier = std::make_unique<QSocketNotifier>(s_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(signalNotifier.get(), &QSocketNotifier::activated, &app, [] {
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(s_signalPipe[0], &byte, 1);
            qInfo() << "stopping on signal";
            QCoreApplication::quit();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGTERM, &action, nullptr);
        sigaction(SIGINT, &action, nullptr);
    }
#endif

    const int code = app.exec();
    commandExecutor.reset();
    if (deviceControl) {
        deviceControl->stopPolling();
        const SipClient::Stats sip = deviceControl->sipStats();
        qInfo().noquote() << QStringLiteral(
                                 "SIP: %1 requests, %2 answers, %3 timeouts; dropped %4 unsolicited, "
                                 "%5 malformed and %6 stray datagrams")
                                 .arg(sip.requests)
                                 .arg(sip.responses)
                                 .arg(sip.timeouts)
                                 .arg(sip.unsolicited)
                                 .arg(sip.malformed)
                                 .arg(sip.stray);
    }
    server.stop();
    qInfo() << "stopped";
    return code;
}

} // namespace PhoneDesk
