// phonedesk-cli phones restart, logout, resync and check: the console's phone commands for scripts.
// They run through DeviceControl as the console's do (same permissions, channels and audit entries),
// print one result per phone and end with an exit code a script can act on.

#include "cli.h"

#include "csvwriter.h"
#include "devicecontrol.h"
#include "devicecontrolsettings.h"
#include "macaddress.h"
#include "phonefilter.h"
#include "phonerepository.h"
#include "pollingworker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <optional>

using namespace PhoneDesk;

namespace {

const char *const FilterOptionNames[] = {"name", "site", "base-settings", "status", "category", "model"};
constexpr int MaxTimeoutSeconds = 86400;

// One phone's line in the results.
struct PhoneOutcome
{
    Id id = 0;
    QString name;
    QString hardwareId;
    Operation::State state = Operation::State::Cancelled;
    std::optional<PhoneStatus> status; // Check only: what the probe found
    QString reason;
};

QString commandName(Operation::Kind kind)
{
    switch (kind) {
    case Operation::Kind::Restart:
        return QStringLiteral("phones restart");
    case Operation::Kind::LogOut:
        return QStringLiteral("phones logout");
    case Operation::Kind::Resync:
        return QStringLiteral("phones resync");
    case Operation::Kind::CheckStatus:
        return QStringLiteral("phones check");
    }
    return {};
}

// For the refusal when the role does not allow it ("<actor> may not <action>: ...").
QString actionText(Operation::Kind kind)
{
    switch (kind) {
    case Operation::Kind::Restart:
        return QCoreApplication::translate("PhoneDesk::Cli", "restart phones");
    case Operation::Kind::LogOut:
        return QCoreApplication::translate("PhoneDesk::Cli", "log out phones");
    case Operation::Kind::Resync:
        return QCoreApplication::translate("PhoneDesk::Cli", "resync phones");
    case Operation::Kind::CheckStatus:
        return QCoreApplication::translate("PhoneDesk::Cli", "check phone status");
    }
    return {};
}

QString stateKey(Operation::State state)
{
    const QString key = Operation::stateKey(state);
    return key.isEmpty() ? QStringLiteral("cancelled")
                         : key; // never left unfinished: the deadline cancels what is open
}

QString stateText(Operation::State state)
{
    switch (state) {
    case Operation::State::Succeeded:
        return QCoreApplication::translate("PhoneDesk::Cli", "succeeded");
    case Operation::State::Failed:
        return QCoreApplication::translate("PhoneDesk::Cli", "failed");
    default:
        return QCoreApplication::translate("PhoneDesk::Cli", "cancelled");
    }
}

// The key of a hardware ID for matching: a MAC in any notation, else a WebRTC phone's host name.
QString hardwareKey(const QString &text)
{
    return MacAddress::normalize(text).value_or(text.trimmed().toLower());
}

// Runs the event loop until `operation` has finished or `deadline` has passed; then cancels what is
// still open. Returns whether the deadline cut it short.
bool waitFor(Operation *operation, QDeadlineTimer deadline)
{
    if (operation->isFinished())
        return false;
    QEventLoop loop;
    QObject::connect(operation, &Operation::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        operation->cancel(); // settles every open phone as Cancelled and finishes the operation
        loop.quit();
    });
    timer.start(int(qMax<qint64>(0, deadline.remainingTime())));
    if (!operation->isFinished())
        loop.exec();
    return timedOut;
}

void printResults(Cli::Context &ctx, const QList<PhoneOutcome> &outcomes, const QString &format,
                  bool withStatus, bool raw)
{
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const PhoneOutcome &o : outcomes) {
            QJsonObject entry {{QStringLiteral("id"), o.id},
                               {QStringLiteral("phone"), o.name},
                               {QStringLiteral("hardwareId"), o.hardwareId},
                               {QStringLiteral("state"), stateKey(o.state)},
                               {QStringLiteral("reason"), o.reason}};
            if (withStatus)
                entry.insert(QStringLiteral("status"),
                             o.status ? QJsonValue(toKey(*o.status)) : QJsonValue(QJsonValue::Null));
            array.append(entry);
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    if (format == QLatin1String("csv")) {
        Csv::WriteOptions options;
        options.neutralizeFormulas = !raw;
        QByteArray data;
        QStringList header {QStringLiteral("id"), QStringLiteral("phone"), QStringLiteral("hardware_id"),
                            QStringLiteral("state")};
        if (withStatus)
            header << QStringLiteral("status");
        header << QStringLiteral("reason");
        Csv::appendRecord(data, header, options);
        for (const PhoneOutcome &o : outcomes) {
            QStringList fields {QString::number(o.id), o.name, o.hardwareId, stateKey(o.state)};
            if (withStatus)
                fields << (o.status ? toKey(*o.status) : QString());
            fields << o.reason;
            Csv::appendRecord(data, fields, options);
        }
        ctx.out() << QString::fromUtf8(data);
        return;
    }
    QStringList headers {QCoreApplication::translate("PhoneDesk::Cli", "Phone"),
                         QCoreApplication::translate("PhoneDesk::Cli", "Hardware ID"),
                         QCoreApplication::translate("PhoneDesk::Cli", "Result")};
    if (withStatus)
        headers << QCoreApplication::translate("PhoneDesk::Cli", "Status");
    headers << QCoreApplication::translate("PhoneDesk::Cli", "Reason");
    QList<QStringList> rows;
    for (const PhoneOutcome &o : outcomes) {
        QStringList row {o.name, o.hardwareId, stateText(o.state)};
        if (withStatus)
            row << (o.status ? displayName(*o.status) : QString());
        row << o.reason;
        rows.append(row);
    }
    Cli::printTable(ctx.out(), headers, rows);
}

// The options of the phone commands besides the filter options (Cli::PhoneFilterOptions).
struct CommandOptions
{
    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({id, hardware, all, yes, timeout, format, raw});
    }

    const QCommandLineOption id {
        QStringLiteral("id"),
        QCoreApplication::translate("PhoneDesk::Cli",
                                    "The phone with database ID N; repeat for more phones."),
        QStringLiteral("N")};
    const QCommandLineOption hardware {
        QStringLiteral("hardware-id"),
        QCoreApplication::translate("PhoneDesk::Cli",
                                    "The phone with hardware ID MAC (any notation); repeat for more phones."),
        QStringLiteral("MAC")};
    const QCommandLineOption all {
        QStringLiteral("all"),
        QCoreApplication::translate("PhoneDesk::Cli", "Every phone (instead of naming or filtering them).")};
    const QCommandLineOption yes {
        QStringLiteral("yes"),
        QCoreApplication::translate(
            "PhoneDesk::Cli",
            "Go ahead when more than one phone is selected (restart and logout ask for it).")};
    const QCommandLineOption timeout {
        QStringLiteral("timeout"),
        QCoreApplication::translate("PhoneDesk::Cli",
                                    "Give up after SECONDS (default 300); phones not finished by then are "
                                    "reported as cancelled."),
        QStringLiteral("SECONDS"), QStringLiteral("300")};
    const QCommandLineOption format {
        QStringLiteral("format"),
        QCoreApplication::translate("PhoneDesk::Cli", "table (default), csv or json."),
        QStringLiteral("FORMAT"), QStringLiteral("table")};
    const QCommandLineOption raw {
        QStringLiteral("raw"),
        QCoreApplication::translate(
            "PhoneDesk::Cli",
            "With --format csv, write every cell as it is, without the ' before cells a "
            "spreadsheet would run as a formula.")};
};

// What the command line asks for, checked before the database is read.
struct CommandRequest
{
    QString format; // table, csv or json
    int timeoutSeconds = 0;
    QList<Id> wantedIds; // --id
    QStringList wantedHardware; // --hardware-id
    bool named = false; // phones are named (--id, --hardware-id), not only filtered
};

// The phones named with --id and --hardware-id. Returns the exit code when a value is not usable.
std::optional<int> readNamedPhones(Cli::Context &ctx, const QCommandLineParser &parser,
                                   const CommandOptions &options, CommandRequest &request)
{
    for (const QString &value : parser.values(options.id)) {
        bool ok = false;
        const Id id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return Cli::usageError(
                ctx,
                QCoreApplication::translate(
                    "PhoneDesk::Cli",
                    "phonedesk-cli: --id needs a phone's database ID (a number), not \"%1\".")
                    .arg(value));
        request.wantedIds.append(id);
    }
    request.wantedHardware = parser.values(options.hardware);
    for (const QString &value : std::as_const(request.wantedHardware)) {
        if (value.trimmed().isEmpty())
            return Cli::usageError(
                ctx,
                QCoreApplication::translate("PhoneDesk::Cli",
                                            "phonedesk-cli: --hardware-id needs a MAC address."));
    }
    request.named = !request.wantedIds.isEmpty() || !request.wantedHardware.isEmpty();
    return std::nullopt;
}

// Whether a filter option selects the phones (`filtered`). Returns the exit code when one is empty.
std::optional<int> checkFilterOptions(Cli::Context &ctx, const QCommandLineParser &parser, bool &filtered)
{
    for (const char *name : FilterOptionNames) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            continue;
        // "--site \"$SITE\"" with an empty variable must not widen the selection to every phone.
        if (parser.value(option).trimmed().isEmpty())
            return Cli::usageError(ctx,
                                   QCoreApplication::translate(
                                       "PhoneDesk::Cli", "phonedesk-cli: --%1 is empty; name what to select.")
                                       .arg(option));
        filtered = true;
    }
    if (parser.isSet(QStringLiteral("pending"))) // a flag: selects by itself
        filtered = true;
    return std::nullopt;
}

// Everything that can be checked without the database. Returns the exit code when the command
// line is not usable.
std::optional<int> readRequest(Operation::Kind kind, Cli::Context &ctx, const QCommandLineParser &parser,
                               const CommandOptions &options, CommandRequest &request)
{
    request.format = parser.value(options.format).toLower();
    if (request.format != QLatin1String("table") && request.format != QLatin1String("csv") &&
        request.format != QLatin1String("json"))
        return Cli::usageError(
            ctx,
            QCoreApplication::translate("PhoneDesk::Cli",
                                        "phonedesk-cli: unknown format \"%1\" (table, csv, json).")
                .arg(parser.value(options.format)));
    bool ok = false;
    request.timeoutSeconds = parser.value(options.timeout).toInt(&ok);
    if (!ok || request.timeoutSeconds < 1 || request.timeoutSeconds > MaxTimeoutSeconds)
        return Cli::usageError(
            ctx,
            QCoreApplication::translate("PhoneDesk::Cli",
                                        "phonedesk-cli: --timeout needs a number of seconds between 1 "
                                        "and %1, not \"%2\".")
                .arg(MaxTimeoutSeconds)
                .arg(parser.value(options.timeout)));
    if (const auto code = readNamedPhones(ctx, parser, options, request))
        return code;
    bool filtered = false;
    if (const auto code = checkFilterOptions(ctx, parser, filtered))
        return code;
    if (parser.isSet(options.all) && (request.named || filtered))
        return Cli::usageError(
            ctx,
            QCoreApplication::translate("PhoneDesk::Cli",
                                        "phonedesk-cli: --all cannot be combined with --id, "
                                        "--hardware-id or the filter options."));
    // Never "every phone" by leaving the selection out: a script with an empty variable would
    // otherwise restart the whole organisation.
    if (!parser.isSet(options.all) && !request.named && !filtered)
        return Cli::usageError(
            ctx,
            QCoreApplication::translate(
                "PhoneDesk::Cli",
                "phonedesk-cli: %1 needs the phones to act on: name them with --id or --hardware-id, "
                "select them with --name, --site, --base-settings, --status, --category, --model or "
                "--pending, or use --all.")
                .arg(commandName(kind)));
    return std::nullopt;
}

// The phones to select from, and the filter options. Returns the exit code when they cannot be
// read: no database, a role that may not run the command, a filter option that is not valid.
std::optional<int> readPhones(Operation::Kind kind, Cli::Context &ctx, const QCommandLineParser &parser,
                              const Cli::PhoneFilterOptions &filterOptions, Cli::PhoneSelection &filter,
                              QList<PhoneRow> &phones)
{
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    // Refused before the selection is read, so a role that may not act learns that and nothing else.
    if (auto allowed = storage->require(Permission::ControlPhones, actionText(kind)); !allowed) {
        ctx.err() << "phonedesk-cli: " << allowed.error().message << Qt::endl;
        return Cli::Failed;
    }
    if (const auto code = filterOptions.apply(parser, ctx, filter))
        return *code;
    auto rows = storage->phones().list();
    if (!rows) {
        ctx.err() << "phonedesk-cli: " << rows.error().fullText() << Qt::endl;
        return Cli::Failed;
    }
    phones = std::move(*rows);
    return std::nullopt;
}

// The phones named with --id and --hardware-id, each once, in the order named. Returns the exit
// code when one is not there.
std::optional<int> findNamedPhones(Cli::Context &ctx, const QList<PhoneRow> &rows,
                                   const CommandRequest &request, QList<const PhoneRow *> &selection)
{
    QHash<Id, const PhoneRow *> byId;
    QHash<QString, const PhoneRow *> byHardware;
    for (const PhoneRow &r : rows) {
        byId.insert(r.id, &r);
        if (!r.hardwareId.isEmpty())
            byHardware.insert(hardwareKey(r.hardwareId), &r);
    }
    QSet<Id> seen;
    const QString scope = ctx.scopeSites();
    auto add = [&](const PhoneRow *r) {
        if (!seen.contains(r->id)) {
            seen.insert(r->id);
            selection.append(r);
        }
    };
    for (const Id id : request.wantedIds) {
        const PhoneRow *r = byId.value(id);
        // A member limited to some sites sees no other phones (the database hides them).
        if (!r && !scope.isEmpty())
            return Cli::usageError(
                ctx,
                QCoreApplication::translate("PhoneDesk::Cli",
                                            "phonedesk-cli: there is no phone with ID %1 at your sites (%2).")
                    .arg(id)
                    .arg(scope));
        if (!r)
            return Cli::usageError(
                ctx,
                QCoreApplication::translate("PhoneDesk::Cli", "phonedesk-cli: there is no phone with ID %1.")
                    .arg(id));
        add(r);
    }
    for (const QString &value : request.wantedHardware) {
        const PhoneRow *r = byHardware.value(hardwareKey(value));
        if (!r && !scope.isEmpty())
            return Cli::usageError(
                ctx,
                QCoreApplication::translate(
                    "PhoneDesk::Cli",
                    "phonedesk-cli: there is no phone with hardware ID %1 at your sites (%2).")
                    .arg(value, scope));
        if (!r)
            return Cli::usageError(
                ctx,
                QCoreApplication::translate("PhoneDesk::Cli",
                                            "phonedesk-cli: there is no phone with hardware ID %1.")
                    .arg(value));
        add(r);
    }
    return std::nullopt;
}

// Named phones (all phones when none is named), narrowed by the filter options. Returns the exit
// code when the selection is not usable.
std::optional<int> selectPhones(Cli::Context &ctx, const QList<PhoneRow> &rows, const CommandRequest &request,
                                const Cli::PhoneSelection &filter, QList<const PhoneRow *> &selection)
{
    if (request.named) {
        if (const auto code = findNamedPhones(ctx, rows, request, selection))
            return code;
        selection.erase(std::remove_if(selection.begin(), selection.end(),
                                       [&](const PhoneRow *r) { return !filter.matches(*r); }),
                        selection.end());
    } else {
        for (const PhoneRow &r : rows) {
            if (filter.matches(r))
                selection.append(&r);
        }
    }
    if (selection.isEmpty())
        return Cli::usageError(
            ctx,
            QCoreApplication::translate("PhoneDesk::Cli",
                                        "phonedesk-cli: no phone matches the selection; nothing was done."));
    return std::nullopt;
}

// Restarting or logging out more than one phone needs --yes. Returns the exit code when it is missing.
std::optional<int> checkConfirmed(Operation::Kind kind, Cli::Context &ctx, bool yes, qsizetype selected)
{
    if ((kind != Operation::Kind::Restart && kind != Operation::Kind::LogOut) || selected <= 1 || yes)
        return std::nullopt;
    const int count = int(selected);
    return Cli::usageError(
        ctx,
        kind == Operation::Kind::Restart
            ? QCoreApplication::translate("PhoneDesk::Cli",
                                          "phonedesk-cli: this would restart %n phone(s). Add --yes "
                                          "to go ahead (phones list with the same options shows "
                                          "them).",
                                          nullptr, count)
            : QCoreApplication::translate("PhoneDesk::Cli",
                                          "phonedesk-cli: this would log out %n phone(s). Add --yes "
                                          "to go ahead (phones list with the same options shows "
                                          "them).",
                                          nullptr, count));
}

// The DeviceControl settings of this machine. Returns the exit code when they cannot be read.
std::optional<int> readControlConfig(Cli::Context &ctx, int timeoutSeconds, DeviceControlConfig &config)
{
    // Where the SIP socket is bound: the console's setting, from the settings file they share.
    QSettings userSettings;
    const auto machineSettings = DeviceControlSettings::read(userSettings);
    if (!machineSettings) {
        ctx.err() << "phonedesk-cli: " << machineSettings.error().fullText() << " ("
                  << userSettings.fileName() << ')' << Qt::endl;
        return Cli::UsageError;
    }
    machineSettings->applyTo(config);
    // A phone that does not come back in time is reported by the restart itself, not only cut off.
    config.commands.restartTimeoutMs = qMin(config.commands.restartTimeoutMs, timeoutSeconds * 1000);
    return std::nullopt;
}

// One run of a command on the selected phones, through a DeviceControl of its own, and what it
// saw on the way.
class CommandRun
{
public:
    CommandRun(Operation::Kind kind, Cli::Context &ctx, Storage *storage, const DeviceControlConfig &config)
        : m_kind(kind)
        , m_ctx(ctx)
        , m_control(storage, config)
        , m_progress(ctx)
    {
        QObject::connect(&m_control, &DeviceControl::pollingError, &m_control,
                         [this](const QString &message) {
                             m_ctx.err() << "phonedesk-cli: " << message << Qt::endl;
                             m_storageFailed = true;
                             // A check whose probes cannot be saved would wait for them in vain.
                             if (m_operation && m_kind == Operation::Kind::CheckStatus)
                                 m_operation->cancel();
                         });
        // What the probes of a check found (written before the check's results arrive).
        QObject::connect(&m_control, &DeviceControl::statusesChanged, &m_control,
                         [this](const QList<StatusRecord> &records) {
                             for (const StatusRecord &r : records)
                                 m_probed.insert(r.phoneId, r.status);
                         });
        QObject::connect(m_control.commands(), &CommandRunner::restartBegan, &m_control,
                         [this](Id id) { m_restarted.append(id); });
    }

    // Starts the command on the phones. Returns the exit code when it could not start.
    std::optional<int> start(const QList<Id> &ids)
    {
        Result<Operation *> started = m_kind == Operation::Kind::Restart ? m_control.restart(ids)
            : m_kind == Operation::Kind::LogOut                          ? m_control.logOut(ids)
            : m_kind == Operation::Kind::Resync                          ? m_control.resync(ids)
                                                                         : m_control.checkStatus(ids);
        if (!started) {
            m_ctx.err() << "phonedesk-cli: " << started.error().fullText() << Qt::endl;
            return Cli::Failed;
        }
        m_operation = *started;
        // Progress on stderr, one rewritten line, only when stderr is a terminal.
        if (m_ctx.isTerminal()) {
            QObject::connect(m_operation, &Operation::progress, &m_control, [this](int done, int total) {
                m_progress.show(QCoreApplication::translate("PhoneDesk::Cli", "%1: %2 of %3 phones done")
                                    .arg(Operation::kindName(m_kind))
                                    .arg(done)
                                    .arg(total));
            });
        }
        return std::nullopt;
    }

    // Waits until the command has finished or the deadline has passed (then cancels what is open).
    void wait(QDeadlineTimer deadline)
    {
        m_timedOut = waitFor(m_operation, deadline);
        m_progress.finish();
        // Results settled without a network step are audited through queued calls: let them run.
        QCoreApplication::processEvents();
        refreshRestarted(deadline);
    }

    // Each phone's result, in the order of the operation's results.
    QList<PhoneOutcome> outcomes(const QHash<Id, const PhoneRow *> &selected, int timeoutSeconds) const
    {
        QList<PhoneOutcome> outcomes;
        outcomes.reserve(m_operation->results().size());
        const QString timeoutText =
            QCoreApplication::translate("PhoneDesk::Cli", "not finished within %1 s").arg(timeoutSeconds);
        for (const Operation::PhoneResult &r : m_operation->results())
            outcomes.append(outcomeOf(r, selected.value(r.phoneId), timeoutText));
        return outcomes;
    }

    bool storageFailed() const { return m_storageFailed; }

private:
    // Without a running poller nobody probes a restarted phone again, and its recorded status would
    // stay Restarting: one check brings the record up to date (in what is left of the time).
    void refreshRestarted(QDeadlineTimer deadline)
    {
        if (m_kind != Operation::Kind::Restart || m_restarted.isEmpty() || deadline.hasExpired())
            return;
        if (auto refresh = m_control.checkStatus(m_restarted)) {
            if (waitFor(*refresh, deadline))
                m_ctx.err() << QCoreApplication::translate(
                                   "PhoneDesk::Cli",
                                   "phonedesk-cli: the status of the restarted phones could not be probed in "
                                   "time; the next status poll updates it.")
                            << Qt::endl;
        }
    }

    PhoneOutcome outcomeOf(const Operation::PhoneResult &r, const PhoneRow *row,
                           const QString &timeoutText) const
    {
        PhoneOutcome o;
        o.id = r.phoneId;
        o.name = r.phoneName;
        if (row)
            o.hardwareId = row->hardwareId;
        o.state = r.state >= Operation::State::Succeeded ? r.state : Operation::State::Cancelled;
        o.reason = r.reason;
        if (m_timedOut && o.state == Operation::State::Cancelled)
            o.reason =
                r.reason.isEmpty() ? timeoutText : timeoutText + QStringLiteral(" (") + r.reason + u')';
        if (m_kind == Operation::Kind::CheckStatus && o.state >= Operation::State::Succeeded &&
            o.state != Operation::State::Cancelled) {
            // As in the console: a phone passes if it answered (Online / Degraded) and fails if it
            // did not; a phone without a probe path is "not checked", no failure of its own.
            const bool probeable = row && probeTargetOf(*row);
            // A probed phone whose result was not saved (the error is printed) counts as unknown.
            o.status =
                m_probed.value(r.phoneId, probeable ? PhoneStatus::Unknown : PhoneStatus::NotMonitored);
            // In team mode the server probed and recorded what it found with the result.
            if (m_control.commandsThroughDatabase() && r.status)
                o.status = *r.status;
            if (*o.status != PhoneStatus::NotMonitored && !Operation::answered(*o.status))
                o.state = Operation::State::Failed;
        }
        return o;
    }

    const Operation::Kind m_kind;
    Cli::Context &m_ctx;
    DeviceControl m_control;
    bool m_storageFailed = false;
    Operation *m_operation = nullptr;
    QHash<Id, PhoneStatus> m_probed; // what the probes of a check found
    QList<Id> m_restarted;
    Cli::StatusLine m_progress;
    bool m_timedOut = false;
};

// Prints how many phones succeeded, failed and were cancelled (on stderr) and returns the exit code.
int reportSummary(Operation::Kind kind, Cli::Context &ctx, const QList<PhoneOutcome> &outcomes,
                  bool storageFailed)
{
    int succeeded = 0;
    int failed = 0;
    for (const PhoneOutcome &o : outcomes) {
        succeeded += o.state == Operation::State::Succeeded;
        failed += o.state == Operation::State::Failed;
    }
    const int cancelled = int(outcomes.size()) - succeeded - failed;
    if (kind == Operation::Kind::CheckStatus) {
        // The console's words: answered, did not answer, nothing to probe.
        int notChecked = 0;
        int degraded = 0;
        for (const PhoneOutcome &o : outcomes) {
            if (o.state == Operation::State::Succeeded && o.status == PhoneStatus::NotMonitored)
                ++notChecked;
            else if (o.state == Operation::State::Succeeded && o.status == PhoneStatus::Degraded)
                ++degraded;
        }
        ctx.err() << QCoreApplication::translate(
                         "PhoneDesk::Cli",
                         "%1: %2 online, %3 degraded, %4 offline, %5 not checked, %6 cancelled.")
                         .arg(Operation::kindName(kind))
                         .arg(succeeded - notChecked - degraded)
                         .arg(degraded)
                         .arg(failed)
                         .arg(notChecked)
                         .arg(cancelled)
                  << Qt::endl;
    } else {
        ctx.err() << QCoreApplication::translate("PhoneDesk::Cli",
                                                 "%1: %2 of %3 succeeded, %4 failed, %5 cancelled.")
                         .arg(Operation::kindName(kind))
                         .arg(succeeded)
                         .arg(outcomes.size())
                         .arg(failed)
                         .arg(cancelled)
                  << Qt::endl;
    }
    if (storageFailed)
        return Cli::Failed;
    return succeeded == outcomes.size() ? Cli::Success : Cli::Rejected;
}

int runCommand(Operation::Kind kind, Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const Cli::PhoneFilterOptions filterOptions;
    filterOptions.addTo(parser);
    const CommandOptions options;
    options.addTo(parser);
    if (const auto code = Cli::parseArguments(parser, args, ctx).exitCode)
        return *code;
    CommandRequest request;
    if (const auto code = readRequest(kind, ctx, parser, options, request))
        return *code;

    QList<PhoneRow> rows;
    Cli::PhoneSelection filter;
    if (const auto code = readPhones(kind, ctx, parser, filterOptions, filter, rows))
        return *code;
    QList<const PhoneRow *> selection;
    if (const auto code = selectPhones(ctx, rows, request, filter, selection))
        return *code;
    if (const auto code = checkConfirmed(kind, ctx, parser.isSet(options.yes), selection.size()))
        return *code;
    QList<Id> ids;
    ids.reserve(selection.size());
    QHash<Id, const PhoneRow *> selected;
    for (const PhoneRow *r : std::as_const(selection)) {
        ids.append(r->id);
        selected.insert(r->id, r);
    }

    const QDeadlineTimer deadline(qint64(request.timeoutSeconds) * 1000);
    DeviceControlConfig config;
    if (const auto code = readControlConfig(ctx, request.timeoutSeconds, config))
        return *code;
    CommandRun run(kind, ctx, ctx.storage(), config);
    if (const auto code = run.start(ids))
        return *code;
    run.wait(deadline);

    QList<PhoneOutcome> outcomes = run.outcomes(selected, request.timeoutSeconds);
    std::stable_sort(outcomes.begin(), outcomes.end(), [](const PhoneOutcome &a, const PhoneOutcome &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    printResults(ctx, outcomes, request.format, kind == Operation::Kind::CheckStatus,
                 parser.isSet(options.raw));
    ctx.out().flush();
    return reportSummary(kind, ctx, outcomes, run.storageFailed());
}

int restartPhones(Cli::Context &ctx, const QStringList &args)
{
    return runCommand(Operation::Kind::Restart, ctx, args);
}
int logOutPhones(Cli::Context &ctx, const QStringList &args)
{
    return runCommand(Operation::Kind::LogOut, ctx, args);
}
int resyncPhones(Cli::Context &ctx, const QStringList &args)
{
    return runCommand(Operation::Kind::Resync, ctx, args);
}
int checkPhones(Cli::Context &ctx, const QStringList &args)
{
    return runCommand(Operation::Kind::CheckStatus, ctx, args);
}
} // namespace

PHONEDESK_CLI_COMMAND(
    "phones restart",
    QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                      "Restart phones and wait until they are back: --id/--hardware-id and/or "
                      "the filter options, --yes for more than one phone"),
    restartPhones);
PHONEDESK_CLI_COMMAND("phones logout",
                      QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                                        "Remove the user from phones and make them fetch their configuration "
                                        "(--yes for more than one phone)"),
                      logOutPhones);
PHONEDESK_CLI_COMMAND("phones resync",
                      QT_TRANSLATE_NOOP("PhoneDesk::Cli", "Make phones fetch their configuration now"),
                      resyncPhones);
PHONEDESK_CLI_COMMAND("phones check",
                      QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                                        "Probe phones now; fails for phones that do not answer (degraded "
                                        "phones answered; phones with nothing to probe are not checked)"),
                      checkPhones);
