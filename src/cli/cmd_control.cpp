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

int runCommand(Operation::Kind kind, Cli::Context &ctx, const QStringList &args)
{
    const QString command = commandName(kind);
    QCommandLineParser parser;
    const Cli::PhoneFilterOptions filterOptions;
    filterOptions.addTo(parser);
    const QCommandLineOption idOption(
        QStringLiteral("id"),
        QCoreApplication::translate("PhoneDesk::Cli",
                                    "The phone with database ID N; repeat for more phones."),
        QStringLiteral("N"));
    const QCommandLineOption hardwareOption(
        QStringLiteral("hardware-id"),
        QCoreApplication::translate("PhoneDesk::Cli",
                                    "The phone with hardware ID MAC (any notation); repeat for more phones."),
        QStringLiteral("MAC"));
    const QCommandLineOption allOption(
        QStringLiteral("all"),
        QCoreApplication::translate("PhoneDesk::Cli", "Every phone (instead of naming or filtering them)."));
    const QCommandLineOption yesOption(
        QStringLiteral("yes"),
        QCoreApplication::translate(
            "PhoneDesk::Cli",
            "Go ahead when more than one phone is selected (restart and logout ask for it)."));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        QCoreApplication::translate("PhoneDesk::Cli",
                                    "Give up after SECONDS (default 300); phones not finished by then are "
                                    "reported as cancelled."),
        QStringLiteral("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QCoreApplication::translate("PhoneDesk::Cli", "table (default), csv or json."),
        QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption rawOption(
        QStringLiteral("raw"),
        QCoreApplication::translate(
            "PhoneDesk::Cli",
            "With --format csv, write every cell as it is, without the ' before cells a "
            "spreadsheet would run as a formula."));
    parser.addOptions(
        {idOption, hardwareOption, allOption, yesOption, timeoutOption, formatOption, rawOption});
    if (const auto code = Cli::parseArguments(parser, args, ctx).exitCode)
        return *code;
    auto usage = [&](const QString &message) {
        ctx.err() << message << Qt::endl;
        return int(Cli::UsageError);
    };

    // Everything that can be checked without the database first.
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return usage(QCoreApplication::translate("PhoneDesk::Cli",
                                                 "phonedesk-cli: unknown format \"%1\" (table, csv, json).")
                         .arg(parser.value(formatOption)));
    bool ok = false;
    const int timeoutSeconds = parser.value(timeoutOption).toInt(&ok);
    if (!ok || timeoutSeconds < 1 || timeoutSeconds > MaxTimeoutSeconds)
        return usage(
            QCoreApplication::translate("PhoneDesk::Cli",
                                        "phonedesk-cli: --timeout needs a number of seconds between 1 "
                                        "and %1, not \"%2\".")
                .arg(MaxTimeoutSeconds)
                .arg(parser.value(timeoutOption)));
    QList<Id> wantedIds;
    for (const QString &value : parser.values(idOption)) {
        const Id id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(QCoreApplication::translate(
                             "PhoneDesk::Cli",
                             "phonedesk-cli: --id needs a phone's database ID (a number), not \"%1\".")
                             .arg(value));
        wantedIds.append(id);
    }
    const QStringList wantedHardware = parser.values(hardwareOption);
    for (const QString &value : wantedHardware) {
        if (value.trimmed().isEmpty())
            return usage(QCoreApplication::translate("PhoneDesk::Cli",
                                                     "phonedesk-cli: --hardware-id needs a MAC address."));
    }
    bool filtered = false;
    for (const char *name : FilterOptionNames) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            continue;
        // "--site \"$SITE\"" with an empty variable must not widen the selection to every phone.
        if (parser.value(option).trimmed().isEmpty())
            return usage(QCoreApplication::translate("PhoneDesk::Cli",
                                                     "phonedesk-cli: --%1 is empty; name what to select.")
                             .arg(option));
        filtered = true;
    }
    if (parser.isSet(QStringLiteral("pending"))) // a flag: selects by itself
        filtered = true;
    const bool named = !wantedIds.isEmpty() || !wantedHardware.isEmpty();
    if (parser.isSet(allOption) && (named || filtered))
        return usage(QCoreApplication::translate(
            "PhoneDesk::Cli",
            "phonedesk-cli: --all cannot be combined with --id, --hardware-id or the filter options."));
    // Never "every phone" by leaving the selection out: a script with an empty variable would
    // otherwise restart the whole organisation.
    if (!parser.isSet(allOption) && !named && !filtered)
        return usage(
            QCoreApplication::translate(
                "PhoneDesk::Cli",
                "phonedesk-cli: %1 needs the phones to act on: name them with --id or --hardware-id, "
                "select them with --name, --site, --base-settings, --status, --category, --model or "
                "--pending, or use --all.")
                .arg(command));

    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    // Refused before the selection is read, so a role that may not act learns that and nothing else.
    if (auto allowed = storage->require(Permission::ControlPhones, actionText(kind)); !allowed) {
        ctx.err() << "phonedesk-cli: " << allowed.error().message << Qt::endl;
        return Cli::Failed;
    }
    Cli::PhoneSelection filter;
    if (const auto code = filterOptions.apply(parser, ctx, filter))
        return *code;
    auto rows = storage->phones().list();
    if (!rows) {
        ctx.err() << "phonedesk-cli: " << rows.error().fullText() << Qt::endl;
        return Cli::Failed;
    }

    // Named phones (all phones when none is named), narrowed by the filter options.
    QList<const PhoneRow *> selection;
    if (named) {
        QHash<Id, const PhoneRow *> byId;
        QHash<QString, const PhoneRow *> byHardware;
        for (const PhoneRow &r : std::as_const(*rows)) {
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
        for (const Id id : std::as_const(wantedIds)) {
            const PhoneRow *r = byId.value(id);
            // A member limited to some sites sees no other phones (the database hides them).
            if (!r && !scope.isEmpty())
                return usage(
                    QCoreApplication::translate(
                        "PhoneDesk::Cli", "phonedesk-cli: there is no phone with ID %1 at your sites (%2).")
                        .arg(id)
                        .arg(scope));
            if (!r)
                return usage(QCoreApplication::translate("PhoneDesk::Cli",
                                                         "phonedesk-cli: there is no phone with ID %1.")
                                 .arg(id));
            add(r);
        }
        for (const QString &value : wantedHardware) {
            const PhoneRow *r = byHardware.value(hardwareKey(value));
            if (!r && !scope.isEmpty())
                return usage(QCoreApplication::translate(
                                 "PhoneDesk::Cli",
                                 "phonedesk-cli: there is no phone with hardware ID %1 at your sites (%2).")
                                 .arg(value, scope));
            if (!r)
                return usage(QCoreApplication::translate(
                                 "PhoneDesk::Cli", "phonedesk-cli: there is no phone with hardware ID %1.")
                                 .arg(value));
            add(r);
        }
        selection.erase(std::remove_if(selection.begin(), selection.end(),
                                       [&](const PhoneRow *r) { return !filter.matches(*r); }),
                        selection.end());
    } else {
        for (const PhoneRow &r : std::as_const(*rows)) {
            if (filter.matches(r))
                selection.append(&r);
        }
    }
    if (selection.isEmpty())
        return usage(QCoreApplication::translate(
            "PhoneDesk::Cli", "phonedesk-cli: no phone matches the selection; nothing was done."));
    if ((kind == Operation::Kind::Restart || kind == Operation::Kind::LogOut) && selection.size() > 1 &&
        !parser.isSet(yesOption)) {
        const int count = int(selection.size());
        return usage(
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
    QList<Id> ids;
    ids.reserve(selection.size());
    QHash<Id, const PhoneRow *> selected;
    for (const PhoneRow *r : std::as_const(selection)) {
        ids.append(r->id);
        selected.insert(r->id, r);
    }

    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    DeviceControlConfig config;
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
    DeviceControl control(storage, config);

    bool storageFailed = false;
    Operation *operation = nullptr;
    QObject::connect(&control, &DeviceControl::pollingError, &control, [&](const QString &message) {
        ctx.err() << "phonedesk-cli: " << message << Qt::endl;
        storageFailed = true;
        // A check whose probes cannot be saved would wait for them in vain.
        if (operation && kind == Operation::Kind::CheckStatus)
            operation->cancel();
    });
    // What the probes of a check found (written before the check's results arrive).
    QHash<Id, PhoneStatus> probed;
    QObject::connect(&control, &DeviceControl::statusesChanged, &control,
                     [&](const QList<StatusRecord> &records) {
                         for (const StatusRecord &r : records)
                             probed.insert(r.phoneId, r.status);
                     });
    QList<Id> restarted;
    QObject::connect(control.commands(), &CommandRunner::restartBegan, &control,
                     [&](Id id) { restarted.append(id); });

    Result<Operation *> started = kind == Operation::Kind::Restart ? control.restart(ids)
        : kind == Operation::Kind::LogOut                          ? control.logOut(ids)
        : kind == Operation::Kind::Resync                          ? control.resync(ids)
                                                                   : control.checkStatus(ids);
    if (!started) {
        ctx.err() << "phonedesk-cli: " << started.error().fullText() << Qt::endl;
        return Cli::Failed;
    }
    operation = *started;
    // Progress on stderr, one rewritten line, only when stderr is a terminal.
    Cli::StatusLine progress(ctx);
    if (ctx.isTerminal()) {
        QObject::connect(operation, &Operation::progress, &control, [&](int done, int total) {
            progress.show(QCoreApplication::translate("PhoneDesk::Cli", "%1: %2 of %3 phones done")
                              .arg(Operation::kindName(kind))
                              .arg(done)
                              .arg(total));
        });
    }
    const bool timedOut = waitFor(operation, deadline);
    progress.finish();
    // Results settled without a network step are audited through queued calls: let them run.
    QCoreApplication::processEvents();

    // Without a running poller nobody probes a restarted phone again, and its recorded status would
    // stay Restarting: one check brings the record up to date (in what is left of the time).
    if (kind == Operation::Kind::Restart && !restarted.isEmpty() && !deadline.hasExpired()) {
        if (auto refresh = control.checkStatus(restarted)) {
            if (waitFor(*refresh, deadline))
                ctx.err() << QCoreApplication::translate(
                                 "PhoneDesk::Cli",
                                 "phonedesk-cli: the status of the restarted phones could not be probed in "
                                 "time; the next status poll updates it.")
                          << Qt::endl;
        }
    }

    QList<PhoneOutcome> outcomes;
    outcomes.reserve(operation->results().size());
    const QString timeoutText =
        QCoreApplication::translate("PhoneDesk::Cli", "not finished within %1 s").arg(timeoutSeconds);
    for (const Operation::PhoneResult &r : operation->results()) {
        PhoneOutcome o;
        o.id = r.phoneId;
        o.name = r.phoneName;
        if (const PhoneRow *row = selected.value(r.phoneId))
            o.hardwareId = row->hardwareId;
        o.state = r.state >= Operation::State::Succeeded ? r.state : Operation::State::Cancelled;
        o.reason = r.reason;
        if (timedOut && o.state == Operation::State::Cancelled)
            o.reason =
                r.reason.isEmpty() ? timeoutText : timeoutText + QStringLiteral(" (") + r.reason + u')';
        if (kind == Operation::Kind::CheckStatus && o.state >= Operation::State::Succeeded &&
            o.state != Operation::State::Cancelled) {
            // As in the console: a phone passes if it answered (Online / Degraded) and fails if it
            // did not; a phone without a probe path is "not checked", no failure of its own.
            const PhoneRow *row = selected.value(r.phoneId);
            const bool probeable = row && probeTargetOf(*row);
            // A probed phone whose result was not saved (the error is printed) counts as unknown.
            o.status = probed.value(r.phoneId, probeable ? PhoneStatus::Unknown : PhoneStatus::NotMonitored);
            // In team mode the server probed and recorded what it found with the result.
            if (control.commandsThroughDatabase() && r.status)
                o.status = *r.status;
            if (*o.status != PhoneStatus::NotMonitored && !Operation::answered(*o.status))
                o.state = Operation::State::Failed;
        }
        outcomes.append(o);
    }
    std::stable_sort(outcomes.begin(), outcomes.end(), [](const PhoneOutcome &a, const PhoneOutcome &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    printResults(ctx, outcomes, format, kind == Operation::Kind::CheckStatus, parser.isSet(rawOption));
    ctx.out().flush();

    int succeeded = 0;
    int failed = 0;
    for (const PhoneOutcome &o : std::as_const(outcomes)) {
        succeeded += o.state == Operation::State::Succeeded;
        failed += o.state == Operation::State::Failed;
    }
    const int cancelled = int(outcomes.size()) - succeeded - failed;
    if (kind == Operation::Kind::CheckStatus) {
        // The console's words: answered, did not answer, nothing to probe.
        int notChecked = 0;
        int degraded = 0;
        for (const PhoneOutcome &o : std::as_const(outcomes)) {
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
