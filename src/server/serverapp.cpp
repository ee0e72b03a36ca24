#include "serverapp.h"

#include "connectionspec.h"
#include "devicecontrol.h"
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

    ProvisioningSettings settings = ProvisioningSettings::fromIni(ini);
    if (auto valid = settings.validate(); !valid) {
        printError(QCoreApplication::translate("PhoneDesk::Server",
                                               "The [provisioning] settings in %1 are not valid:\n%2")
                       .arg(configPath, valid.error().fullText()));
        return 1;
    }

    auto opened = Storage::open(spec);
    if (!opened) {
        printError(QCoreApplication::translate("PhoneDesk::Server", "Cannot open the database %1: %2")
                       .arg(spec.describe(), opened.error().fullText()));
        return 2;
    }
    std::unique_ptr<Storage> storage = std::move(opened).value();
    // In a team database the login decides (the server role: secrets, status, fetches, quarantine).
    storage->setActor(QStringLiteral("phonedesk-server"), Role::Administrator);
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
        std::printf("%s\n",
                    qPrintable(QCoreApplication::translate("PhoneDesk::Server",
                                                           "Configuration and database %1 are fine.")
                                   .arg(spec.describe())));
        return 0;
    }

    ProvisioningServer server(*storage, settings);
    if (auto started = server.start(); !started) {
        printError(started.error().fullText());
        return 3;
    }

    std::unique_ptr<DeviceControl> deviceControl;
    if (!parser.isSet(noDeviceControl) && ini.value(QStringLiteral("deviceControl/enabled"), true).toBool()) {
        deviceControl = std::make_unique<DeviceControl>(storage.get());
        if (auto polling = deviceControl->startPolling(); !polling)
            qWarning().noquote() << "status polling is off:" << polling.error().fullText();
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
    if (deviceControl)
        deviceControl->stopPolling();
    server.stop();
    qInfo() << "stopped";
    return code;
}

} // namespace PhoneDesk
