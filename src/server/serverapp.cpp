#include "serverapp.h"

#include "commandexecutor.h"
#include "connectionguard.h"
#include "connectionspec.h"
#include "devicecontrol.h"
#include "devicecontrolsettings.h"
#include "health.h"
#include "integritycheck.h"
#include "pollingworker.h"
#include "provisioningserver.h"
#include "redirectioncontrol.h"
#include "redirectionsettings.h"
#include "serverlog.h"
#include "shard.h"
#include "shardcoordinator.h"
#include "storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSocketNotifier>

#include <cstdio>
#include <optional>

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

// The options of phonedesk-server.
struct ServerOptions
{
    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({database, config, noDeviceControl, check, status, format, wait});
    }

    const QCommandLineOption database {
        QStringLiteral("database"),
        QCoreApplication::translate("PhoneDesk::Server",
                                    "Database URL: sqlite:/path/file.sqlite or "
                                    "postgresql://user@host:port/db (password from PGPASSWORD)."),
        QCoreApplication::translate("PhoneDesk::Server", "url")};
    const QCommandLineOption config {
        QStringLiteral("config"),
        QCoreApplication::translate("PhoneDesk::Server", "INI configuration file (default %1).")
            .arg(QStringLiteral("/etc/phonedesk/phonedesk-server.conf")),
        QCoreApplication::translate("PhoneDesk::Server", "file"),
        QStringLiteral("/etc/phonedesk/phonedesk-server.conf")};
    const QCommandLineOption noDeviceControl {
        QStringLiteral("no-device-control"),
        QCoreApplication::translate("PhoneDesk::Server",
                                    "Serve provisioning only: no status polling and no commands.")};
    const QCommandLineOption check {
        QStringLiteral("check"),
        QCoreApplication::translate("PhoneDesk::Server",
                                    "Check the configuration and the database, then exit.")};
    const QCommandLineOption status {
        QStringLiteral("status"),
        QCoreApplication::translate("PhoneDesk::Server",
                                    "Ask the running service how it is (its [health] endpoint) and exit: 0 "
                                    "running and connected, 1 no endpoint configured, 2 the database is "
                                    "away, 4 no answer.")};
    const QCommandLineOption format {
        QStringLiteral("format"),
        QCoreApplication::translate("PhoneDesk::Server", "With --status: text (default) or json."),
        QCoreApplication::translate("PhoneDesk::Server", "format"), QStringLiteral("text")};
    const QCommandLineOption wait {
        QStringLiteral("wait"),
        QCoreApplication::translate("PhoneDesk::Server",
                                    "With --status: wait up to this many seconds for the service to answer "
                                    "and exit 0 once it does (also when no endpoint is configured)."),
        QCoreApplication::translate("PhoneDesk::Server", "seconds"), QStringLiteral("0")};
};

// What the configuration file says besides the database and the health endpoint.
struct ServerSettings
{
    DeviceControlSettings control;
    int pollIntervalSeconds = 0; // one sweep over the phones this server probes per interval
    ProvisioningSettings provisioning;
    // [redirection] and the keys from the environment file (PHONEDESK_POLY_ZTP_API_KEY …).
    QList<RedirectionServiceConfig> redirection;
};

// --status: asks the running service how it is. Returns the exit code.
int runStatusQuery(const QCommandLineParser &parser, const ServerOptions &options,
                   const HealthSettings &health)
{
    const QString format = parser.value(options.format);
    bool waitOk = false;
    const int wait = parser.value(options.wait).toInt(&waitOk);
    if ((format != QLatin1String("text") && format != QLatin1String("json")) || !waitOk || wait < 0) {
        printError(QCoreApplication::translate("PhoneDesk::Server",
                                               "--format is text or json, --wait a number of seconds."));
        return 1;
    }
    return queryStatus(health, format == QLatin1String("json"), wait);
}

void installLogging(QSettings &ini)
{
    ServerLog::install(ini.value(QStringLiteral("logging/syslog"), true).toBool());
    if (!ini.value(QStringLiteral("logging/accessLog"), true).toBool())
        QLoggingCategory::setFilterRules(QStringLiteral("phonedesk.provisioning.access.info=false"));
}

// The database to serve: --database, else [database] url. Returns the exit code when there is
// none or it is not valid.
std::optional<int> readConnection(const QCommandLineParser &parser, const ServerOptions &options,
                                  QSettings &ini, const QString &configPath, ConnectionSpec &spec)
{
    const QString url = parser.isSet(options.database) ? parser.value(options.database)
                                                       : ini.value(QStringLiteral("database/url")).toString();
    if (url.isEmpty()) {
        printError(QCoreApplication::translate("PhoneDesk::Server",
                                               "No database: give --database or set [database] url in %1.")
                       .arg(configPath));
        return 1;
    }
    QString specError;
    if (!ConnectionSpec::fromUrl(url, spec, &specError)) {
        printError(QCoreApplication::translate("PhoneDesk::Server", "The database URL is not valid: %1")
                       .arg(specError));
        return 1;
    }
    if (spec.kind == ConnectionSpec::Kind::Postgres && spec.password.isEmpty())
        spec.password = qEnvironmentVariable("PGPASSWORD");
    return std::nullopt;
}

// [deviceControl] and [provisioning]. Returns the exit code when they are not valid.
std::optional<int> readSettings(QSettings &ini, const QString &configPath, ServerSettings &settings)
{
    auto controlSettings = DeviceControlSettings::read(ini);
    if (!controlSettings) {
        printError(QCoreApplication::translate("PhoneDesk::Server",
                                               "The [deviceControl] settings in %1 are not valid:\n%2")
                       .arg(configPath, controlSettings.error().fullText()));
        return 1;
    }
    settings.control = std::move(*controlSettings);
    bool intervalOk = false;
    settings.pollIntervalSeconds =
        ini.value(QStringLiteral("deviceControl/pollInterval"), 60).toString().toInt(&intervalOk);
    if (!intervalOk || settings.pollIntervalSeconds < 1 || settings.pollIntervalSeconds > 86400) {
        printError(QCoreApplication::translate("PhoneDesk::Server",
                                               "deviceControl/pollInterval in %1 must be a number of seconds "
                                               "from 1 to 86400.")
                       .arg(configPath));
        return 1;
    }
    settings.provisioning = ProvisioningSettings::fromIni(ini);
    if (auto valid = settings.provisioning.validate(); !valid) {
        printError(QCoreApplication::translate("PhoneDesk::Server",
                                               "The [provisioning] settings in %1 are not valid:\n%2")
                       .arg(configPath, valid.error().fullText()));
        return 1;
    }
    auto redirection = RedirectionSettings::fromServer(ini, QProcessEnvironment::systemEnvironment());
    if (!redirection) {
        printError(QCoreApplication::translate(
                       "PhoneDesk::Server", "The [redirection] settings in %1 or its keys are not valid:\n%2")
                       .arg(configPath, redirection.error().fullText()));
        return 1;
    }
    settings.redirection = std::move(*redirection);
    return std::nullopt;
}

// Team mode: the server registers the database's managed phones with the vendors' redirection
// services (on SQLite the console does; docs/redirection.md). One server of the database at a
// time does the work (an advisory lock); the others wait to take over.
std::unique_ptr<RedirectionControl> startRedirection(Storage &storage, const ServerSettings &settings)
{
    if (!storage.isPostgres())
        return nullptr;
    RedirectionWorkerConfig config;
    config.spec = storage.spec();
    config.actor = QStringLiteral("phonedesk-server");
    config.services = settings.redirection;
    auto control = std::make_unique<RedirectionControl>(config);
    QObject::connect(control.get(), &RedirectionControl::statusChanged, control.get(),
                     [](const QString &service, const QString &text) {
                         qInfo().noquote() << QStringLiteral("redirection %1: %2").arg(service, text);
                     });
    for (const RedirectionServiceConfig &c : settings.redirection) {
        const QString where = c.baseUrl.isEmpty() ? RedirectionServices::defaultBaseUrl(c.service).toString()
                                                  : c.baseUrl.toString();
        qInfo().noquote() << QStringLiteral("redirection %1: %2")
                                 .arg(c.service,
                                      c.configured() ? QStringLiteral("on, at ") + where
                                                     : QStringLiteral("off (no key in the environment)"));
    }
    control->start();
    return control;
}

// Opens the database as the server and checks that the login may do the server's work. Returns
// the exit code when it cannot be used.
std::optional<int> openStorage(const ConnectionSpec &spec, bool check, std::unique_ptr<Storage> &storage)
{
    auto opened = Storage::open(spec);
    if (!opened) {
        printError(QCoreApplication::translate("PhoneDesk::Server", "Cannot open the database %1: %2")
                       .arg(spec.describe(), opened.error().fullText()));
        // --check: damaged is its answer (3), like a file that opens and fails the integrity check.
        return check && opened.error().code == Error::Code::Damaged ? 3 : 2;
    }
    storage = std::move(opened).value();
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
    return std::nullopt;
}

// --check: a file with damaged pages opens: only the integrity check can call the database fine.
// Returns the exit code.
int checkDatabase(Storage &storage, const ConnectionSpec &spec)
{
    const auto integrity = IntegrityCheck::run(storage);
    if (!integrity) {
        printError(QCoreApplication::translate("PhoneDesk::Server", "Cannot check the database %1: %2")
                       .arg(spec.describe(), integrity.error().fullText()));
        return 2;
    }
    if (!integrity->ok) {
        printError(IntegrityCheck::describe(*integrity, spec.describe()));
        return 3;
    }
    std::printf(
        "%s\n",
        qPrintable(QCoreApplication::translate("PhoneDesk::Server", "Configuration and database %1 are fine.")
                       .arg(spec.describe())));
    return 0;
}

// Notices when PostgreSQL goes away, reconnects and LISTENs again (the poller's connection has
// a guard of its own); the provisioning server answers 503 meanwhile and keeps its records.
void watchConnection(Storage &storage, QDateTime &databaseLostAt)
{
    if (!storage.isPostgres())
        return;
    auto *guard = new ConnectionGuard(storage, QStringLiteral("main")); // owned by the Storage
    QObject::connect(guard, &ConnectionGuard::lost, guard,
                     [&databaseLostAt] { databaseLostAt = QDateTime::currentDateTimeUtc(); });
    QObject::connect(guard, &ConnectionGuard::restored, guard, [&databaseLostAt] { databaseLostAt = {}; });
}

// Status polling, the shards of a team database and the commands its consoles queue: what the
// server runs unless it serves provisioning only.
struct PhoneControl
{
    // Starts polling and what goes with it. Returns the exit code when the server cannot run.
    std::optional<int> start(Storage &storage, const ConnectionSpec &spec, const ServerSettings &settings,
                             ProvisioningServer &server)
    {
        DeviceControlConfig controlConfig;
        settings.control.applyTo(controlConfig);
        // The server sends what the consoles of a team database queue: its own commands run here.
        controlConfig.commandRouting = DeviceControlConfig::CommandRouting::Local;
        controlConfig.poller.intervalMs = settings.pollIntervalSeconds * 1000;
        if (storage.isPostgres()) {
            shardScope.set(0);
            controlConfig.poller.shards = &shardScope;
        }
        deviceControl = std::make_unique<DeviceControl>(&storage, controlConfig);
        if (auto polling = deviceControl->startPolling(); !polling) {
            // Not a member then: shards it took would go unprobed.
            qWarning().noquote() << "status polling is off:" << polling.error().fullText();
        } else if (const auto code = startShards(spec, settings.pollIntervalSeconds)) {
            return code;
        }
        recordSweeps();
        // Team mode: the commands consoles and phonedesk-cli queue in the database (CommandQueue).
        if (storage.isPostgres())
            startCommands(spec);
        resyncOnChange(server);
        return std::nullopt;
    }

    // Stops polling (and reports what the SIP socket saw), then leaves the shards.
    void stop()
    {
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
        if (shards)
            shards->stop(); // after polling stopped: the others take these shards at their next tick
    }

    // Which phones this server probes (and, later, runs commands for) when several servers share
    // a PostgreSQL database: it starts with none and widens as it locks shards (ShardCoordinator).
    // Declared before the DeviceControl that uses it, so it outlives its poller.
    ShardScope shardScope;
    std::unique_ptr<ShardCoordinator> shards;
    std::unique_ptr<DeviceControl> deviceControl;
    std::unique_ptr<CommandExecutor> commandExecutor;
    struct LastSweep
    {
        QDateTime finishedAt;
        SweepStats stats;
    } lastSweep;
    QList<QPointer<Operation>> operations; // commands this server started (resyncs)

private:
    // Takes part in sharing the phones out among the servers. Returns the exit code when the
    // lock connection cannot be opened.
    std::optional<int> startShards(const ConnectionSpec &spec, int pollIntervalSeconds)
    {
        const auto [address, port] = deviceControl->pollingSocket();
        qInfo().noquote()
            << QStringLiteral("status polling: SIP socket on %1 port %2").arg(address.toString()).arg(port);
        ShardCoordinator::Options shardOptions;
        // At most a quarter of the poll interval: a shard left by a dead server is probed again
        // well within two intervals.
        shardOptions.tickMs = std::min(2000, pollIntervalSeconds * 1000 / 4);
        shards = std::make_unique<ShardCoordinator>(spec, shardOptions);
        QObject::connect(shards.get(), &ShardCoordinator::ownedShardsChanged, &shardScope,
                         [this](const QSet<int> &owned) { shardScope.set(ShardScope::maskOf(owned)); });
        // Before a shard's lock is released, the poller has stopped probing its phones and
        // written what it collected for them.
        shards->addHandover([this](const QSet<int> &remaining, std::function<void()> done) {
            shardScope.set(ShardScope::maskOf(remaining), std::move(done));
        });
        if (auto started = shards->start(); !started) {
            printError(QCoreApplication::translate("PhoneDesk::Server",
                                                   "Cannot open the shard lock connection to %1: %2")
                           .arg(spec.describe(), started.error().fullText()));
            return 2;
        }
        return std::nullopt;
    }

    void recordSweeps()
    {
        QObject::connect(deviceControl.get(), &DeviceControl::sweepFinished, deviceControl.get(),
                         [this](const SweepStats &sweep) {
                             lastSweep = {QDateTime::currentDateTimeUtc(), sweep};
                         });
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
    }

    void startCommands(const ConnectionSpec &spec)
    {
        commandExecutor = std::make_unique<CommandExecutor>(spec, deviceControl.get());
        // Commands run on the server that holds the phone: the executor claims the result rows
        // of the shards this server holds, and follows them as they move.
        if (shards) {
            auto claimOwned = [executor = commandExecutor.get()](const QSet<int> &owned) {
                QList<int> list(owned.cbegin(), owned.cend());
                std::sort(list.begin(), list.end());
                executor->setShards(list);
            };
            claimOwned(shards->ownedShards());
            QObject::connect(shards.get(), &ShardCoordinator::ownedShardsChanged, commandExecutor.get(),
                             claimOwned);
        }
        if (auto taken = commandExecutor->start(); !taken) {
            qWarning().noquote() << "phone commands from consoles: cannot take them yet:"
                                 << taken.error().fullText() << "(retrying)";
        } else {
            qInfo().noquote() << QStringLiteral("phone commands: taking the commands of %1 shards as %2")
                                     .arg(commandExecutor->shards().size())
                                     .arg(commandExecutor->token());
        }
    }

    // Dynamic reload: phones whose files changed are told to re-fetch them.
    // Every server sharing the database sees the change; each resyncs the phones it holds.
    void resyncOnChange(ProvisioningServer &server)
    {
        QObject::connect(
            &server, &ProvisioningServer::resyncRequested, deviceControl.get(),
            [dc = deviceControl.get(), coordinator = shards.get(), this](const QList<Id> &changed) {
                QList<Id> ids;
                for (const Id id : changed) {
                    if (!coordinator || coordinator->owns(id))
                        ids.append(id);
                }
                if (ids.isEmpty())
                    return;
                if (auto op = dc->resync(ids); !op) {
                    qWarning().noquote()
                        << "resync after a configuration change failed:" << op.error().fullText();
                } else {
                    operations.removeAll(nullptr);
                    operations.append(*op);
                    qInfo() << "resync sent to" << ids.size() << "phones after a configuration change";
                }
            });
    }
};

// The shards this server holds; `locksUp`: their lock connection is up (or there is none).
QJsonObject shardReport(const ShardCoordinator *shards, bool locksUp)
{
    QJsonArray held;
    for (int s = 0; s < ShardCount; ++s) {
        if (shards && (shards->ownedMask() >> s & 1))
            held.append(s);
    }
    return QJsonObject {
        {QStringLiteral("held"), shards ? shards->ownedCount() : 0},
        {QStringLiteral("total"), ShardCount},
        {QStringLiteral("servers"), shards ? shards->serversSeen() : 0},
        {QStringLiteral("list"), held},
        {QStringLiteral("locks"),
         !shards                  ? QStringLiteral("none")
             : !shards->sharing() ? QStringLiteral("single")
             : locksUp            ? QStringLiteral("connected")
                                  : QStringLiteral("reconnecting")},
    };
}

// What `phonedesk-server --status` is told (the health endpoint's answer).
QJsonObject healthReport(const Storage &storage, const QDateTime &databaseLostAt, const ConnectionSpec &spec,
                         PhoneControl &control, const ProvisioningServer &server)
{
    const ConnectionGuard *mainGuard = ConnectionGuard::of(storage);
    const bool databaseUp = !mainGuard || mainGuard->isConnected();
    QJsonObject database {
        {QStringLiteral("state"), databaseUp ? QStringLiteral("connected") : QStringLiteral("reconnecting")},
        {QStringLiteral("since"),
         databaseUp || !databaseLostAt.isValid() ? QJsonValue()
                                                 : QJsonValue(databaseLostAt.toString(Qt::ISODateWithMs))},
        {QStringLiteral("describe"), spec.describe()},
    };
    const ShardCoordinator *shards = control.shards.get();
    const bool locksUp = !shards || shards->isConnected();
    const QJsonObject shardInfo = shardReport(shards, locksUp);
    QJsonObject sweep;
    if (control.lastSweep.finishedAt.isValid()) {
        sweep.insert(QStringLiteral("finishedAt"), control.lastSweep.finishedAt.toString(Qt::ISODateWithMs));
        sweep.insert(QStringLiteral("durationMs"), control.lastSweep.stats.elapsedMs);
        sweep.insert(QStringLiteral("probed"), control.lastSweep.stats.probed);
    }
    // Phones of commands not finished: the consoles' (claimed from the queue) and this
    // server's own resyncs.
    int inProgress = control.commandExecutor ? control.commandExecutor->phonesInProgress() : 0;
    control.operations.removeAll(nullptr);
    for (const QPointer<Operation> &op : std::as_const(control.operations)) {
        if (!op->isFinished())
            inProgress += op->total() - op->done();
    }
    return QJsonObject {
        {QStringLiteral("service"), QStringLiteral("phonedesk-server")},
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("healthy"), databaseUp && locksUp},
        {QStringLiteral("database"), database},
        {QStringLiteral("polling"), control.deviceControl && control.deviceControl->isPolling()},
        {QStringLiteral("shards"), shardInfo},
        {QStringLiteral("lastSweep"), sweep},
        {QStringLiteral("backlog"),
         QJsonObject {{QStringLiteral("statusPhones"), qint64(PollingWorker::waitingPhones())},
                      {QStringLiteral("fetchRecords"), qint64(server.pendingFetches())}}},
        {QStringLiteral("commands"), QJsonObject {{QStringLiteral("inProgress"), inProgress}}},
    };
}

#ifdef Q_OS_UNIX
// SIGTERM and SIGINT end the event loop (through a socket pair: the handler may do little).
std::unique_ptr<QSocketNotifier> quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return nullptr;
    auto signalNotifier = std::make_unique<QSocketNotifier>(s_signalPipe[0], QSocketNotifier::Read);
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
    return signalNotifier;
}
#endif

// Runs the server until it is told to stop. Returns the exit code.
int serve(QCoreApplication &app, Storage &storage, const ConnectionSpec &spec, const ServerSettings &settings,
          bool withDeviceControl, const HealthSettings &health)
{
    QDateTime databaseLostAt;
    watchConnection(storage, databaseLostAt);

    ProvisioningServer server(storage, settings.provisioning);
    if (auto started = server.start(); !started) {
        printError(started.error().fullText());
        return 3;
    }

    PhoneControl control;
    if (withDeviceControl) {
        if (const auto code = control.start(storage, spec, settings, server))
            return *code;
    }
    std::unique_ptr<RedirectionControl> redirection = startRedirection(storage, settings);

    // `phonedesk-server --status` asks this (loopback only; off unless [health] port is set).
    std::unique_ptr<HealthEndpoint> healthEndpoint;
    if (health.enabled()) {
        healthEndpoint = std::make_unique<HealthEndpoint>(
            [&] { return healthReport(storage, databaseLostAt, spec, control, server); });
        if (auto listening = healthEndpoint->listen(health); !listening) {
            printError(listening.error().fullText());
            return 3;
        }
        qInfo().noquote() << QStringLiteral("health endpoint on http://%1:%2/status")
                                 .arg(health.address.toString())
                                 .arg(healthEndpoint->port());
    }

#ifdef Q_OS_UNIX
    const std::unique_ptr<QSocketNotifier> signalNotifier = quitOnSignals(app);
#endif

    const int code = app.exec();
    redirection.reset();
    control.commandExecutor.reset();
    healthEndpoint.reset();
    control.stop();
    server.stop();
    qInfo() << "stopped";
    return code;
}
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
    const ServerOptions options;
    options.addTo(parser);
    parser.process(app);

    const QString configPath = parser.value(options.config);
    if (parser.isSet(options.config) && !QFileInfo(configPath).isReadable()) {
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

    const auto health = HealthSettings::read(ini);
    if (!health) {
        printError(
            QCoreApplication::translate("PhoneDesk::Server", "The [health] settings in %1 are not valid: %2")
                .arg(configPath, health.error().fullText()));
        return 1;
    }
    if (parser.isSet(options.status))
        return runStatusQuery(parser, options, *health);

    installLogging(ini);
    ConnectionSpec spec;
    if (const auto code = readConnection(parser, options, ini, configPath, spec))
        return *code;
    ServerSettings settings;
    if (const auto code = readSettings(ini, configPath, settings))
        return *code;
    // --check names what is valid but unsafe (the server itself logs it at every start).
    if (const QString warning = settings.provisioning.unauthenticatedWarning();
        parser.isSet(options.check) && !warning.isEmpty())
        std::printf("%s\n",
                    qPrintable(QCoreApplication::translate("PhoneDesk::Server", "Warning: %1").arg(warning)));

    std::unique_ptr<Storage> storage;
    if (const auto code = openStorage(spec, parser.isSet(options.check), storage))
        return *code;
    if (parser.isSet(options.check))
        return checkDatabase(*storage, spec);
    return serve(app, *storage, spec, settings,
                 !parser.isSet(options.noDeviceControl) && settings.control.enabled, *health);
}

} // namespace PhoneDesk
