// phonedesk-cli commands: phones list, db info, demo.

#include "cli.h"

#include "basesettingsrepository.h"
#include "csvwriter.h"
#include "demodata.h"
#include "phonefilter.h"
#include "phonerepository.h"
#include "siterepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace PhoneDesk;

namespace {

int listPhones(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("PhoneDesk::Cli", "table (default), csv or json."),
        QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption raw(
        QStringLiteral("raw"),
        QCoreApplication::translate(
            "PhoneDesk::Cli",
            "With --format csv, write every cell as it is, without the ' before cells a "
            "spreadsheet would run as a formula."));
    const Cli::PhoneFilterOptions filterOptions;
    filterOptions.addTo(parser);
    parser.addOptions({format, raw});
    if (const auto code = Cli::parseArguments(parser, args, ctx).exitCode)
        return *code;

    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;

    Cli::PhoneSelection filter;
    if (const auto code = filterOptions.apply(parser, ctx, filter))
        return *code;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("csv") && fmt != QLatin1String("json")) {
        ctx.err() << QCoreApplication::translate("PhoneDesk::Cli",
                                                 "phonedesk-cli: unknown format \"%1\" (table, csv, json).")
                         .arg(fmt)
                  << Qt::endl;
        return Cli::UsageError;
    }

    auto rows = storage->phones().list();
    if (!rows) {
        ctx.err() << rows.error().fullText() << Qt::endl;
        return Cli::Failed;
    }
    QList<const PhoneRow *> matching;
    for (const PhoneRow &r : std::as_const(*rows)) {
        if (filter.matches(r))
            matching.append(&r);
    }

    if (fmt == QLatin1String("json")) {
        QJsonArray array;
        for (const PhoneRow *r : std::as_const(matching)) {
            array.append(QJsonObject {{QStringLiteral("id"), r->id},
                                      {QStringLiteral("name"), r->name},
                                      {QStringLiteral("category"), toKey(r->category)},
                                      {QStringLiteral("model"), r->modelId},
                                      {QStringLiteral("site"), r->siteName},
                                      {QStringLiteral("baseSettings"), r->baseSettingsName},
                                      {QStringLiteral("hardwareId"), r->hardwareId},
                                      {QStringLiteral("user"), r->userName},
                                      {QStringLiteral("status"), toKey(r->status)}});
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (fmt == QLatin1String("csv")) {
        Csv::WriteOptions lf;
        lf.crlf = false;
        lf.neutralizeFormulas = !parser.isSet(raw);
        QByteArray data;
        Csv::appendRecord(data,
                          {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("category"),
                           QStringLiteral("model"), QStringLiteral("site"), QStringLiteral("base_settings"),
                           QStringLiteral("hardware_id"), QStringLiteral("user"), QStringLiteral("status")},
                          lf);
        for (const PhoneRow *r : std::as_const(matching)) {
            Csv::appendRecord(data,
                              {QString::number(r->id), r->name, toKey(r->category), r->modelId, r->siteName,
                               r->baseSettingsName, r->hardwareId, r->userName, toKey(r->status)},
                              lf);
        }
        ctx.out() << QString::fromUtf8(data);
    } else {
        QList<QStringList> rows;
        rows.reserve(matching.size());
        for (const PhoneRow *r : std::as_const(matching)) {
            rows.append({r->name, displayName(r->status), displayName(r->category), r->modelId, r->siteName,
                         r->hardwareId});
        }
        Cli::printTable(ctx.out(),
                        {QCoreApplication::translate("PhoneDesk::Cli", "Name"),
                         QCoreApplication::translate("PhoneDesk::Cli", "Status"),
                         QCoreApplication::translate("PhoneDesk::Cli", "Category"),
                         QCoreApplication::translate("PhoneDesk::Cli", "Model"),
                         QCoreApplication::translate("PhoneDesk::Cli", "Site"),
                         QCoreApplication::translate("PhoneDesk::Cli", "Hardware ID")},
                        rows);
        ctx.err() << QCoreApplication::translate("PhoneDesk::Cli", "%n phone(s)", nullptr,
                                                 int(matching.size()))
                  << Qt::endl;
    }
    return Cli::Success;
}

int databaseInfo(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    if (const auto code = Cli::parseArguments(parser, args, ctx).exitCode)
        return *code;
    Storage *storage = ctx.storage();
    if (!storage) {
        const auto &error = ctx.openError();
        return error && error->code == Error::Code::Damaged ? Cli::Failed : Cli::UsageError;
    }
    auto count = storage->phones().count();
    ctx.out()
        << QCoreApplication::translate("PhoneDesk::Cli", "Database: %1").arg(storage->spec().describe())
        << '\n'
        << QCoreApplication::translate("PhoneDesk::Cli", "Schema version: %1").arg(storage->schemaVersion())
        << '\n';
    if (count)
        ctx.out() << QCoreApplication::translate("PhoneDesk::Cli", "Phones: %1").arg(*count) << '\n';
    else
        ctx.err() << "phonedesk-cli: " << count.error().fullText() << Qt::endl;
    ctx.out().flush();
    // A file opens even with damaged pages further in: the info never calls it fine unchecked.
    const int integrity = Cli::reportIntegrity(ctx, *storage);
    return count ? integrity : Cli::Failed;
}

int demo(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption managed(
        QStringLiteral("managed"), QCoreApplication::translate("PhoneDesk::Cli", "Number of managed phones."),
        QStringLiteral("N"), QStringLiteral("120"));
    parser.addOption(managed);
    if (const auto code = Cli::parseArguments(parser, args, ctx).exitCode)
        return *code;
    bool ok = false;
    DemoOptions options;
    options.managedPhones = parser.value(managed).toInt(&ok);
    if (!ok || options.managedPhones < 0 || options.managedPhones > 1000000) {
        ctx.err() << QCoreApplication::translate(
                         "PhoneDesk::Cli", "phonedesk-cli: --managed needs a number between 0 and 1000000.")
                  << Qt::endl;
        return Cli::UsageError;
    }
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    auto summary = populateDemoData(*storage, options);
    if (!summary) {
        ctx.err() << "phonedesk-cli: " << summary.error().fullText() << Qt::endl;
        return Cli::Failed;
    }
    ctx.out() << QCoreApplication::translate("PhoneDesk::Cli",
                                             "Created %1 sites, %2 users, %3 base settings and %4 phones.")
                     .arg(summary->sites)
                     .arg(summary->users)
                     .arg(summary->baseSettings)
                     .arg(summary->phones)
              << '\n';
    if (summary->quarantined > 0)
        ctx.out() << QCoreApplication::translate("PhoneDesk::Cli",
                                                 "%n unknown phone(s) wait in the provisioning quarantine.",
                                                 nullptr, summary->quarantined)
                  << '\n';
    return Cli::Success;
}
} // namespace

PHONEDESK_CLI_COMMAND(
    "phones list",
    QT_TRANSLATE_NOOP(
        "PhoneDesk::Cli",
        "List phones, filtered by --name, --site, --base-settings, --status, --category, --model; "
        "--format table|csv|json [--raw]"),
    listPhones);
PHONEDESK_CLI_COMMAND(
    "db info",
    QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                      "Show the database, its schema version and size, and check that it is intact"),
    databaseInfo);
PHONEDESK_CLI_COMMAND("demo",
                      QT_TRANSLATE_NOOP("PhoneDesk::Cli", "Fill an empty database with a demo organisation"),
                      demo);
