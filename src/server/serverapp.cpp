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
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        QCoreApplication::translate("PhoneDesk::Server",
                                    "Ask the running service how it is (its [health] endpoint) and exit: 0 "
                                    "running and connected, 1 no endpoint configured, 2 the database is "
                                    "away, 4 no answer."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QCoreApplication::translate("PhoneDesk::Server", "With --status: text (default) or json."),
        QCoreApplication::translate("PhoneDesk::Server", "format"), QStringLiteral("text"));
    const QCommandLineOption waitOption(
        QStringLiteral("wait"),
        QCoreApplication::translate("PhoneDesk::Server",
                                    "With --status: wait up to this many seconds for the service to answer "
                                    "and exit 0 once it does (also when no endpoint is configured)."),
        QCoreApplication::translate("PhoneDesk::Server", "seconds"), QStringLiteral("0"));
    parser.addOptions(
        {databaseOption, configOption, noDeviceControl, checkOption, statusOption, formatOption, waitOption});
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

    const auto health = HealthSettings::read(ini);
    if (!health) {
        printError(
            QCoreApplication::translate("PhoneDesk::Server", "The [health] settings in %1 are not valid: %2")
                .arg(configPath, health.error().fullText()));
        return 1;
    }
    if (parser.isSet(statusOption)) {
        const QString format = parser.value(formatOption);
        bool waitOk = false;
        const int wait = parser.value(waitOption).toInt(&waitOk);
        if ((format != QLatin1String("text") && format != QLatin1String("json")) || !waitOk || wait < 0) {
            printError(QCoreApplication::translate("PhoneDesk::Server",
                                                   "--format is text or json, --wait a number of seconds."));
            return 1;
        }
        return queryStatus(*health, format == QLatin1String("json"), wait);
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
    // One sweep over the phones this server probes per interval (seconds).
    bool intervalOk = false;
    const int pollIntervalSeconds =
        ini.value(QStringLiteral("deviceControl/pollInterval"), 60).toString().toInt(&intervalOk);
    if (!intervalOk || pollIntervalSeconds < 1 || pollIntervalSeconds > 86400) {
        printError(QCoreApplication::translate("PhoneDesk::Server",
                                               "deviceControl/pollInterval in %1 must be a number of seconds "
                                               "from 1 to 86400.")
                       .arg(configPath));
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
    QDateTime databaseLostAt;
    if (storage->isPostgres()) {
        auto *guard = new ConnectionGuard(*storage, QStringLiteral("main")); // owned by the Storage
        QObject::connect(guard, &ConnectionGuard::lost, guard,
                         [&databaseLostAt] { databaseLostAt = QDateTime::currentDateTimeUtc(); });
        QObject::connect(guard, &ConnectionGuard::restored, guard,
                         [&databaseLostAt] { databaseLostAt = {}; });
    }

    ProvisioningServer server(*storage, settings);
    if (auto started = server.start(); !started) {
        printError(started.error().fullText());
        return 3;
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
    if (!parser.isSet(noDeviceControl) && controlSettings->enabled) {
        DeviceControlConfig controlConfig;
        controlSettings->applyTo(controlConfig);
        // The server sends what the consoles of a team database queue: its own commands run here.
        controlConfig.commandRouting = DeviceControlConfig::CommandRouting::Local;
        controlConfig.poller.intervalMs = pollIntervalSeconds * 1000;
        if (storage->isPostgres()) {
            shardScope.set(0);
            controlConfig.poller.shards = &shardScope;
        }
        deviceControl = std::make_unique<DeviceControl>(storage.get(), controlConfig);
        if (auto polling = deviceControl->startPolling(); !polling) {
            // Not a member then: shards it took would go unprobed.
            qWarning().noquote() << "status polling is off:" << polling.error().fullText();
        } else {
            const auto [address, port] = deviceControl->pollingSocket();
            qInfo().noquote() << QStringLiteral("status polling: SIP socket on %1 port %2")
                                     .arg(address.toString())
                                     .arg(port);
            ShardCoordinator::Options shardOptions;
            // At most a quarter of the poll interval: a shard left by a dead server is probed again
            // well within two intervals.
            shardOptions.tickMs = std::min(2000, pollIntervalSeconds * 1000 / 4);
            shards = std::make_unique<ShardCoordinator>(spec, shardOptions);
            QObject::connect(
                shards.get(), &ShardCoordinator::ownedShardsChanged, &shardScope,
                [&shardScope](const QSet<int> &owned) { shardScope.set(ShardScope::maskOf(owned)); });
            // Before a shard's lock is released, the poller has stopped probing its phones and
            // written what it collected for them.
            shards->addHandover([&shardScope](const QSet<int> &remaining, std::function<void()> done) {
                shardScope.set(ShardScope::maskOf(remaining), std::move(done));
            });
            if (auto started = shards->start(); !started) {
                printError(QCoreApplication::translate("PhoneDesk::Server",
                                                       "Cannot open the shard lock connection to %1: %2")
                               .arg(spec.describe(), started.error().fullText()));
                return 2;
            }
        }
        QObject::connect(deviceControl.get(), &DeviceControl::sweepFinished, deviceControl.get(),
                         [&lastSweep](const SweepStats &sweep) {
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
        // Team mode: the commands consoles and phonedesk-cli queue in the database (CommandQueue).
        if (storage->isPostgres()) {
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
        QObject::connect(
            &server, &ProvisioningServer::resyncRequested, deviceControl.get(),
            [dc = deviceControl.get(), coordinator = shards.get(), &operations](const QList<Id> &changed) {
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

    // `phonedesk-server --status` asks this (loopback only; off unless [health] port is set).
    std::unique_ptr<HealthEndpoint> healthEndpoint;
    if (health->enabled()) {
        healthEndpoint = std::make_unique<HealthEndpoint>([&] {
            const ConnectionGuard *mainGuard = ConnectionGuard::of(*storage);
            const bool databaseUp = !mainGuard || mainGuard->isConnected();
            QJsonObject database {
                {QStringLiteral("state"),
                 databaseUp ? QStringLiteral("connected") : QStringLiteral("reconnecting")},
                {QStringLiteral("since"),
                 databaseUp || !databaseLostAt.isValid()
                     ? QJsonValue()
                     : QJsonValue(databaseLostAt.toString(Qt::ISODateWithMs))},
                {QStringLiteral("describe"), spec.describe()},
            };
            QJsonArray held;
            for (int s = 0; s < ShardCount; ++s) {
                if (shards && (shards->ownedMask() >> s & 1))
                    held.append(s);
            }
            const bool locksUp = !shards || shards->isConnected();
            QJsonObject shardInfo {
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
            QJsonObject sweep;
            if (lastSweep.finishedAt.isValid()) {
                sweep.insert(QStringLiteral("finishedAt"), lastSweep.finishedAt.toString(Qt::ISODateWithMs));
                sweep.insert(QStringLiteral("durationMs"), lastSweep.stats.elapsedMs);
                sweep.insert(QStringLiteral("probed"), lastSweep.stats.probed);
            }
            // Phones of commands not finished: the consoles' (claimed from the queue) and this
            // server's own resyncs.
            int inProgress = commandExecutor ? commandExecutor->phonesInProgress() : 0;
            operations.removeAll(nullptr);
            for (const QPointer<Operation> &op : std::as_const(operations)) {
                if (!op->isFinished())
                    inProgress += op->total() - op->done();
            }
            return QJsonObject {
                {QStringLiteral("service"), QStringLiteral("phonedesk-server")},
                {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                {QStringLiteral("healthy"), databaseUp && locksUp},
                {QStringLiteral("database"), database},
                {QStringLiteral("polling"), deviceControl && deviceControl->isPolling()},
                {QStringLiteral("shards"), shardInfo},
                {QStringLiteral("lastSweep"), sweep},
                {QStringLiteral("backlog"),
                 QJsonObject {{QStringLiteral("statusPhones"), qint64(PollingWorker::waitingPhones())},
                              {QStringLiteral("fetchRecords"), qint64(server.pendingFetches())}}},
                {QStringLiteral("commands"), QJsonObject {{QStringLiteral("inProgress"), inProgress}}},
            };
        });
        if (auto listening = healthEndpoint->listen(*health); !listening) {
            printError(listening.error().fullText());
            return 3;
        }
        qInfo().noquote() << QStringLiteral("health endpoint on http://%1:%2/status")
                                 .arg(health->address.toString())
                                 .arg(healthEndpoint->port());
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
    healthEndpoint.reset();
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
    server.stop();
    qInfo() << "stopped";
    return code;
}

} // namespace PhoneDesk
