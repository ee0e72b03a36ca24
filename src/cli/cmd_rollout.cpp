// phonedesk-cli rollout start|list|show|pause|resume|rollback: firmware rollouts
// (RolloutRepository). The turns are given by whichever process runs the provisioning server.

#include "cli.h"

#include "basesettingsrepository.h"
#include "rolloutrepository.h"
#include "siterepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace PhoneDesk;

namespace {

// A refused rollout is the command refusing (1); a bad argument or an unknown id a usage error
// (2); the database failing a failure (3).
int fail(Cli::Context &ctx, const Error &error)
{
    ctx.err() << "phonedesk-cli: " << error.fullText() << Qt::endl;
    switch (error.code) {
    case Error::Code::Validation:
    case Error::Code::Conflict:
    case Error::Code::Permission:
        return Cli::Rejected;
    case Error::Code::NotFound:
        return Cli::UsageError;
    default:
        return Cli::Failed;
    }
}

int usage(Cli::Context &ctx, const QString &message)
{
    return Cli::usageError(ctx, QStringLiteral("phonedesk-cli: ") + message);
}

// An id, or a name of `names` (id -> name); 0 when neither.
Id idOrName(const QString &text, const QHash<Id, QString> &names)
{
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    if (ok && names.contains(id))
        return id;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.value().compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return 0;
}

QJsonObject toJson(const FirmwareRollout &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("baseSettingsId"), r.baseSettingsId},
            {QStringLiteral("baseSettings"), r.baseSettingsName},
            {QStringLiteral("from"), r.fromVersion},
            {QStringLiteral("to"), r.targetVersion},
            {QStringLiteral("scope"), toKey(r.scope)},
            {QStringLiteral("scopeDetail"), r.scopeDetail},
            {QStringLiteral("maxUpdating"), r.maxUpdating},
            {QStringLiteral("window"), r.window ? r.window->toText() : QString()},
            {QStringLiteral("timeoutMinutes"), r.timeoutMinutes},
            {QStringLiteral("state"), toKey(r.state)},
            {QStringLiteral("replaces"), r.replacesId},
            {QStringLiteral("waiting"), r.waiting},
            {QStringLiteral("updating"), r.updating},
            {QStringLiteral("updated"), r.updated},
            {QStringLiteral("failed"), r.failed},
            {QStringLiteral("skipped"), r.skipped}};
}

void printRollouts(Cli::Context &ctx, const QList<FirmwareRollout> &rollouts)
{
    QList<QStringList> rows;
    for (const FirmwareRollout &r : rollouts)
        rows.append(
            {QString::number(r.id), r.baseSettingsName,
             (r.fromVersion.isEmpty() ? QStringLiteral("-") : r.fromVersion) + QStringLiteral(" -> ") +
                 r.targetVersion,
             QString::number(r.phones()), QString::number(r.maxUpdating),
             r.window ? r.window->toText() : QCoreApplication::translate("PhoneDesk::Cli", "any time"),
             displayName(r.state), QString::number(r.waiting), QString::number(r.updating),
             QString::number(r.updated), QString::number(r.failed)});
    Cli::printTable(ctx.out(),
                    {QCoreApplication::translate("PhoneDesk::Cli", "ID"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Base settings"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Version"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Phones"),
                     QCoreApplication::translate("PhoneDesk::Cli", "At once"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Window"),
                     QCoreApplication::translate("PhoneDesk::Cli", "State"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Waiting"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Updating"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Up to date"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Failed")},
                    rows);
}

Result<RolloutRequest> requestFrom(Storage &storage, const QCommandLineParser &parser,
                                   const QHash<QString, QCommandLineOption> &o)
{
    RolloutRequest r;
    auto bases = storage.baseSettings().list();
    if (!bases)
        return bases.error();
    QHash<Id, QString> baseNames;
    for (const BaseSettingsSummary &b : std::as_const(*bases))
        baseNames.insert(b.settings.id, b.settings.name);
    const QString base = parser.value(*o.constFind(QStringLiteral("base-settings")));
    r.baseSettingsId = idOrName(base, baseNames);
    if (!r.baseSettingsId)
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate(
                "PhoneDesk::Cli", "--base-settings: there are no base settings \"%1\" (an ID or a name).")
                .arg(base));
    r.targetVersion = parser.value(*o.constFind(QStringLiteral("version")));
    auto number = [&](const QString &name, int fallback, int *out) -> Result<void> {
        if (!parser.isSet(*o.constFind(name))) {
            *out = fallback;
            return {};
        }
        bool ok = false;
        *out = parser.value(*o.constFind(name)).toInt(&ok);
        if (!ok)
            return Error::make(Error::Code::NotFound,
                               QCoreApplication::translate("PhoneDesk::Cli", "--%1: \"%2\" is not a number.")
                                   .arg(name, parser.value(*o.constFind(name))));
        return {};
    };
    for (const auto &[name, fallback, out] : {std::tuple {QStringLiteral("max"), 10, &r.maxUpdating},
                                              std::tuple {QStringLiteral("timeout"), 60, &r.timeoutMinutes},
                                              std::tuple {QStringLiteral("percent"), 100, &r.percent}}) {
        if (auto n = number(name, fallback, out); !n)
            return n.error();
    }
    const int scopes = int(parser.isSet(*o.constFind(QStringLiteral("sites")))) +
        int(parser.isSet(*o.constFind(QStringLiteral("percent")))) +
        int(parser.isSet(*o.constFind(QStringLiteral("phones"))));
    if (scopes > 1)
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("PhoneDesk::Cli", "Choose one of --sites, --percent and --phones."));
    if (parser.isSet(*o.constFind(QStringLiteral("sites")))) {
        r.scope = RolloutScope::Sites;
        auto sites = storage.sites().list();
        if (!sites)
            return sites.error();
        QHash<Id, QString> siteNames;
        for (const Site &s : std::as_const(*sites))
            siteNames.insert(s.id, s.name);
        for (const QString &text :
             parser.value(*o.constFind(QStringLiteral("sites"))).split(u',', Qt::SkipEmptyParts)) {
            const Id id = idOrName(text, siteNames);
            if (!id)
                return Error::make(
                    Error::Code::NotFound,
                    QCoreApplication::translate("PhoneDesk::Cli", "--sites: there is no site \"%1\".")
                        .arg(text.trimmed()));
            r.siteIds.append(id);
        }
    } else if (parser.isSet(*o.constFind(QStringLiteral("percent")))) {
        r.scope = RolloutScope::Percent;
    } else if (parser.isSet(*o.constFind(QStringLiteral("phones")))) {
        r.scope = RolloutScope::Selection;
        for (const QString &text :
             parser.value(*o.constFind(QStringLiteral("phones"))).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const Id id = text.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return Error::make(
                    Error::Code::NotFound,
                    QCoreApplication::translate("PhoneDesk::Cli", "--phones: \"%1\" is not a phone ID.")
                        .arg(text.trimmed()));
            r.phoneIds.append(id);
        }
    }
    if (parser.isSet(*o.constFind(QStringLiteral("window")))) {
        QString error;
        r.window = RolloutWindow::parse(parser.value(*o.constFind(QStringLiteral("window"))), &error);
        if (!r.window)
            return Error::make(Error::Code::NotFound, QStringLiteral("--window: ") + error);
    }
    return r;
}

int startRollout(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    QHash<QString, QCommandLineOption> o;
    const std::tuple<const char *, const char *, const char *> options[] = {
        {"base-settings",
         QT_TRANSLATE_NOOP("PhoneDesk::Cli", "The base settings whose phones move (ID or name)."), "PROFILE"},
        {"version",
         QT_TRANSLATE_NOOP("PhoneDesk::Cli", "The target firmware version (in the firmware library)."),
         "VERSION"},
        {"sites",
         QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                           "Only the phones at these sites (IDs or names, comma-separated)."),
         "SITES"},
        {"percent", QT_TRANSLATE_NOOP("PhoneDesk::Cli", "Only this share of the phones, 1-100."), "N"},
        {"phones", QT_TRANSLATE_NOOP("PhoneDesk::Cli", "Only these phones (IDs, comma-separated)."), "IDS"},
        {"max", QT_TRANSLATE_NOOP("PhoneDesk::Cli", "Phones updating at once, at most (default 10)."), "N"},
        {"window",
         QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                           "Give turns only between these times, server time (22:00-06:00)."),
         "HH:MM-HH:MM"},
        {"timeout",
         QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                           "Minutes a phone may take to come back on the target (default 60)."),
         "MINUTES"},
    };
    for (const auto &[name, help, value] : options) {
        const QCommandLineOption option(
            QLatin1String(name), QCoreApplication::translate("PhoneDesk::Cli", help), QLatin1String(value));
        parser.addOption(option);
        o.insert(QLatin1String(name), option);
    }
    if (const auto code = Cli::parseArguments(parser, args, ctx).exitCode)
        return *code;
    if (!parser.isSet(*o.constFind(QStringLiteral("base-settings"))) ||
        !parser.isSet(*o.constFind(QStringLiteral("version"))))
        return usage(
            ctx,
            QCoreApplication::translate("PhoneDesk::Cli",
                                        "name the base settings and the version: phonedesk-cli rollout start "
                                        "--base-settings PROFILE --version VERSION"));
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    auto request = requestFrom(*storage, parser, o);
    if (!request)
        return request.error().code == Error::Code::NotFound ? usage(ctx, request.error().message)
                                                             : fail(ctx, request.error());
    auto started = RolloutRepository(*storage).start(*request);
    if (!started)
        return fail(ctx, started.error());
    ctx.out() << QCoreApplication::translate("PhoneDesk::Cli",
                                             "Started rollout #%1: %2 phones of \"%3\" to %4, %5 at once.")
                     .arg(QString::number(started->id), QString::number(started->phones()),
                          started->baseSettingsName, started->targetVersion,
                          QString::number(started->maxUpdating))
              << Qt::endl;
    return Cli::Success;
}

int listRollouts(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("PhoneDesk::Cli", "table (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOption(format);
    if (const auto code = Cli::parseArguments(parser, args, ctx).exitCode)
        return *code;
    const QString fmt = parser.value(format).toLower();
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json"))
        return usage(ctx,
                     QCoreApplication::translate("PhoneDesk::Cli", "unknown format \"%1\" (table, json).")
                         .arg(parser.value(format)));
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    auto rollouts = RolloutRepository(*storage).list();
    if (!rollouts)
        return fail(ctx, rollouts.error());
    if (fmt == QLatin1String("json")) {
        QJsonArray array;
        for (const FirmwareRollout &r : std::as_const(*rollouts))
            array.append(toJson(r));
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Cli::Success;
    }
    if (rollouts->isEmpty()) {
        ctx.out() << QCoreApplication::translate(
                         "PhoneDesk::Cli",
                         "No firmware rollouts: start one with phonedesk-cli rollout start.")
                  << Qt::endl;
        return Cli::Success;
    }
    printRollouts(ctx, *rollouts);
    return Cli::Success;
}

// Commands that name one rollout by its ID.
Result<Id> rolloutId(Cli::Context &ctx, QCommandLineParser &parser, const QStringList &args, int *exitCode)
{
    parser.addPositionalArgument(
        QStringLiteral("id"),
        QCoreApplication::translate("PhoneDesk::Cli", "The rollout's ID (phonedesk-cli rollout list)."));
    if (const auto code = Cli::parseArguments(parser, args, ctx, 1).exitCode) {
        *exitCode = *code;
        return Error::make(Error::Code::Cancelled, {});
    }
    bool ok = false;
    const Id id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || id <= 0) {
        *exitCode = usage(
            ctx,
            QCoreApplication::translate("PhoneDesk::Cli", "name the rollout by its ID: phonedesk-cli %1 ID")
                .arg(ctx.commandName()));
        return Error::make(Error::Code::Cancelled, {});
    }
    return id;
}

int showRollout(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = 0;
    auto id = rolloutId(ctx, parser, args, &code);
    if (!id)
        return code;
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    RolloutRepository repo(*storage);
    auto rollout = repo.find(*id);
    if (!rollout)
        return fail(ctx, rollout.error());
    if (!*rollout)
        return usage(
            ctx, QCoreApplication::translate("PhoneDesk::Cli", "there is no firmware rollout #%1.").arg(*id));
    printRollouts(ctx, {**rollout});
    auto phones = repo.phones(*id);
    if (!phones)
        return fail(ctx, phones.error());
    QList<QStringList> rows;
    for (const RolloutPhone &p : std::as_const(*phones))
        rows.append({QString::number(p.phoneId), p.phoneName, displayName(p.state), p.runningBefore,
                     p.startedAt.isValid() ? p.startedAt.toLocalTime().toString(Qt::ISODate) : QString(),
                     p.finishedAt.isValid() ? p.finishedAt.toLocalTime().toString(Qt::ISODate) : QString(),
                     p.detail});
    ctx.out() << Qt::endl;
    Cli::printTable(ctx.out(),
                    {QCoreApplication::translate("PhoneDesk::Cli", "Phone ID"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Phone"),
                     QCoreApplication::translate("PhoneDesk::Cli", "State"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Ran before"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Turn"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Finished"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Detail")},
                    rows);
    return Cli::Success;
}

int changeRollout(Cli::Context &ctx, const QStringList &args, const char *done,
                  const std::function<Result<void>(RolloutRepository &, Id)> &change)
{
    QCommandLineParser parser;
    int code = 0;
    auto id = rolloutId(ctx, parser, args, &code);
    if (!id)
        return code;
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    RolloutRepository repo(*storage);
    if (auto r = change(repo, *id); !r)
        return fail(ctx, r.error());
    ctx.out() << QCoreApplication::translate("PhoneDesk::Cli", done).arg(*id) << Qt::endl;
    return Cli::Success;
}

int pauseRollout(Cli::Context &ctx, const QStringList &args)
{
    return changeRollout(ctx, args, QT_TRANSLATE_NOOP("PhoneDesk::Cli", "Paused rollout #%1."),
                         [](RolloutRepository &repo, Id id) { return repo.pause(id); });
}

int resumeRollout(Cli::Context &ctx, const QStringList &args)
{
    return changeRollout(ctx, args, QT_TRANSLATE_NOOP("PhoneDesk::Cli", "Resumed rollout #%1."),
                         [](RolloutRepository &repo, Id id) { return repo.resume(id); });
}

int rollBackRollout(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = 0;
    auto id = rolloutId(ctx, parser, args, &code);
    if (!id)
        return code;
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    auto back = RolloutRepository(*storage).rollBack(*id);
    if (!back)
        return fail(ctx, back.error());
    if (back->id == *id)
        ctx.out() << QCoreApplication::translate(
                         "PhoneDesk::Cli",
                         "Stopped rollout #%1 before any phone moved; \"%2\" names %3 again.")
                         .arg(QString::number(*id), back->baseSettingsName, back->fromVersion)
                  << Qt::endl;
    else
        ctx.out() << QCoreApplication::translate(
                         "PhoneDesk::Cli",
                         "Rolling back rollout #%1: rollout #%2 moves %3 phones back to %4.")
                         .arg(QString::number(*id), QString::number(back->id),
                              QString::number(back->phones()), back->targetVersion)
                  << Qt::endl;
    return Cli::Success;
}

} // namespace

PHONEDESK_CLI_COMMAND(
    "rollout start",
    QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                      "Start moving the phones of a base settings profile to a firmware version"),
    startRollout);
PHONEDESK_CLI_COMMAND("rollout list",
                      QT_TRANSLATE_NOOP("PhoneDesk::Cli", "List firmware rollouts with their progress"),
                      listRollouts);
PHONEDESK_CLI_COMMAND("rollout show",
                      QT_TRANSLATE_NOOP("PhoneDesk::Cli", "Show a rollout and where each phone stands"),
                      showRollout);
PHONEDESK_CLI_COMMAND("rollout pause",
                      QT_TRANSLATE_NOOP("PhoneDesk::Cli", "Pause a rollout: no phone gets its turn"),
                      pauseRollout);
PHONEDESK_CLI_COMMAND("rollout resume", QT_TRANSLATE_NOOP("PhoneDesk::Cli", "Resume a paused rollout"),
                      resumeRollout);
PHONEDESK_CLI_COMMAND(
    "rollout rollback",
    QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                      "Stop a rollout and move the phones it moved back to the earlier version"),
    rollBackRollout);
