// phonedesk-cli commands: phones import, phones export (CSV, docs/csv-format.md).

#include "cli.h"

#include "checkedfile.h"
#include "phoneexport.h"
#include "phonefilter.h"
#include "phoneimport.h"
#include "phonerepository.h"
#include "siterepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace PhoneDesk;

namespace {
// Progress on stderr: a rewritten line on a terminal, plain lines when forced with --progress.
class Progress
{
public:
    Progress(Cli::Context &ctx, bool forced)
        : m_ctx(ctx)
        , m_terminal(ctx.isTerminal())
        , m_enabled(m_terminal || forced)
        , m_line(ctx)
    {
        m_timer.start();
    }

    ProgressCallback callback(const QString &phase)
    {
        return [this, phase](qsizetype done, qsizetype total) {
            if (!m_enabled)
                return true;
            // At most ~10 updates a second on a terminal; every report when forced (scripts, tests).
            if (m_terminal && done != total && m_timer.elapsed() - m_last < 100)
                return true;
            m_last = m_timer.elapsed();
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (m_terminal) {
                m_line.show(QCoreApplication::translate("PhoneDesk::Cli", "%1: %2%").arg(phase).arg(percent));
            } else {
                m_ctx.err() << QCoreApplication::translate("PhoneDesk::Cli", "progress: %1 %2/%3")
                                   .arg(phase)
                                   .arg(done)
                                   .arg(total)
                            << Qt::endl;
            }
            return true;
        };
    }
    void finish() { m_line.finish(); }

private:
    Cli::Context &m_ctx;
    bool m_terminal;
    bool m_enabled;
    Cli::StatusLine m_line;
    QElapsedTimer m_timer;
    qint64 m_last = -1000;
};

int importPhones(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("PhoneDesk::Cli", "The CSV file to import."));
    const QCommandLineOption mode(
        QStringLiteral("mode"),
        QCoreApplication::translate(
            "PhoneDesk::Cli",
            "create (default): only new phones; upsert-hardware-id or upsert-name: update "
            "the phone with the same hardware ID / name, create the others."),
        QStringLiteral("MODE"), QStringLiteral("create"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("PhoneDesk::Cli", "Check the file; save nothing."));
    const QCommandLineOption skip(
        QStringLiteral("skip-invalid"),
        QCoreApplication::translate(
            "PhoneDesk::Cli",
            "Save the valid rows and skip the others (default: save nothing if any row "
            "is invalid)."));
    const QCommandLineOption report(
        QStringLiteral("report"),
        QCoreApplication::translate("PhoneDesk::Cli", "Write every problem to FILE as CSV."),
        QStringLiteral("FILE"));
    const QCommandLineOption progress(
        QStringLiteral("progress"),
        QCoreApplication::translate("PhoneDesk::Cli",
                                    "Report progress on stderr even when it is not a terminal."));
    parser.addOptions({mode, dryRun, skip, report, progress});
    if (const auto code = Cli::parseArguments(parser, args, ctx, 1).exitCode)
        return *code;
    if (parser.positionalArguments().isEmpty()) {
        ctx.err() << QCoreApplication::translate("PhoneDesk::Cli",
                                                 "phonedesk-cli: phones import needs the CSV file to import.")
                  << Qt::endl;
        return Cli::UsageError;
    }
    const auto importMode = importModeFromKey(parser.value(mode));
    if (!importMode) {
        ctx.err() << QCoreApplication::translate(
                         "PhoneDesk::Cli",
                         "phonedesk-cli: unknown mode \"%1\" (create, upsert-hardware-id, upsert-name).")
                         .arg(parser.value(mode))
                  << Qt::endl;
        return Cli::UsageError;
    }
    const QString path = parser.positionalArguments().first();
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;

    Progress bar(ctx, parser.isSet(progress));
    PhoneImporter importer(*storage);
    auto plan = importer.prepareFile(path, *importMode,
                                     bar.callback(QCoreApplication::translate("PhoneDesk::Cli", "checking")));
    bar.finish();
    if (!plan) {
        ctx.err() << "phonedesk-cli: " << plan.error().fullText() << Qt::endl;
        return plan.error().code == Error::Code::Io ? Cli::UsageError : Cli::Failed;
    }
    for (const ImportIssue &w : std::as_const(plan->warnings))
        ctx.err() << QCoreApplication::translate("PhoneDesk::Cli", "%1: warning: %2").arg(path, w.text())
                  << '\n';
    for (const ImportIssue &i : std::as_const(plan->issues))
        ctx.err() << path << ": " << i.text() << '\n';
    ctx.err().flush();
    if (parser.isSet(report)) {
        const QByteArray csv = PhoneImporter::reportCsv(plan->issues);
        if (auto written = CheckedFile::writeAll(parser.value(report), csv); !written) {
            ctx.err() << QCoreApplication::translate("PhoneDesk::Cli",
                                                     "phonedesk-cli: the report was not written: %1")
                             .arg(written.error().fullText())
                      << Qt::endl;
            // A folder that does not exist is the caller's mistake; a disk that filled up is a failure.
            return written.error().code == Error::Code::Io ? Cli::UsageError : Cli::Failed;
        }
    }
    if (plan->fatal) {
        ctx.err() << QCoreApplication::translate("PhoneDesk::Cli",
                                                 "phonedesk-cli: %1 cannot be imported; nothing was saved.")
                         .arg(path)
                  << Qt::endl;
        return Cli::UsageError;
    }
    const qsizetype rejected = plan->rejectedRows();
    ctx.out() << QCoreApplication::translate("PhoneDesk::Cli",
                                             "%1 rows checked: %2 to create, %3 to update, %4 rejected.")
                     .arg(plan->dataRows)
                     .arg(plan->creates())
                     .arg(plan->updates())
                     .arg(rejected)
              << Qt::endl;
    if (parser.isSet(dryRun)) {
        ctx.out() << QCoreApplication::translate("PhoneDesk::Cli", "Dry run: nothing was saved.") << Qt::endl;
        return rejected > 0 ? Cli::Rejected : Cli::Success;
    }
    if (rejected > 0 && !parser.isSet(skip)) {
        ctx.out()
            << QCoreApplication::translate(
                   "PhoneDesk::Cli",
                   "Nothing was saved: fix the rows above, or use --skip-invalid to import the valid ones.")
            << Qt::endl;
        return Cli::Rejected;
    }
    auto result = importer.commit(*plan, parser.isSet(skip), path,
                                  bar.callback(QCoreApplication::translate("PhoneDesk::Cli", "saving")));
    bar.finish();
    if (!result) {
        ctx.err() << "phonedesk-cli: " << result.error().fullText() << Qt::endl;
        return Cli::Failed;
    }
    ctx.out() << QCoreApplication::translate("PhoneDesk::Cli",
                                             "Imported: %1 created, %2 updated, %3 skipped.")
                     .arg(result->created)
                     .arg(result->updated)
                     .arg(result->skipped)
              << Qt::endl;
    return rejected > 0 ? Cli::Rejected : Cli::Success;
}

int exportPhones(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("PhoneDesk::Cli", "Where to write the CSV (default or \"-\": stdout)."));
    const QCommandLineOption delimiter(
        QStringLiteral("delimiter"),
        QCoreApplication::translate("PhoneDesk::Cli", "comma (default) or semicolon."),
        QStringLiteral("CHAR"), QStringLiteral("comma"));
    const QCommandLineOption bom(
        QStringLiteral("bom"),
        QCoreApplication::translate("PhoneDesk::Cli", "Start the file with a UTF-8 BOM (for spreadsheets)."));
    const QCommandLineOption raw(
        QStringLiteral("raw"),
        QCoreApplication::translate(
            "PhoneDesk::Cli",
            "Write every cell as it is, without the ' before cells a spreadsheet would "
            "run as a formula (= + - @ first): for programs, not spreadsheets."));
    const Cli::PhoneFilterOptions filterOptions;
    filterOptions.addTo(parser);
    parser.addOptions({delimiter, bom, raw});
    if (const auto code = Cli::parseArguments(parser, args, ctx, 1).exitCode)
        return *code;

    Csv::WriteOptions options;
    const QString d = parser.value(delimiter).toLower();
    if (d == QLatin1String("semicolon") || d == QLatin1String(";"))
        options.delimiter = ';';
    else if (d != QLatin1String("comma") && d != QLatin1String(",")) {
        ctx.err() << QCoreApplication::translate(
                         "PhoneDesk::Cli", "phonedesk-cli: unknown delimiter \"%1\" (comma or semicolon).")
                         .arg(parser.value(delimiter))
                  << Qt::endl;
        return Cli::UsageError;
    }
    options.bom = parser.isSet(bom);
    options.neutralizeFormulas = !parser.isSet(raw);

    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    Cli::PhoneSelection filter;
    if (const auto code = filterOptions.apply(parser, ctx, filter))
        return *code;
    auto rows = storage->phones().list();
    if (!rows) {
        ctx.err() << rows.error().fullText() << Qt::endl;
        return Cli::Failed;
    }
    QList<std::pair<QString, Id>> matching;
    for (const PhoneRow &r : std::as_const(*rows)) {
        if (filter.matches(r))
            matching.append({r.name, r.id});
    }
    std::sort(matching.begin(), matching.end());
    QList<Id> ids;
    ids.reserve(matching.size());
    for (const auto &m : std::as_const(matching))
        ids.append(m.second);

    const QString path = parser.positionalArguments().value(0, QStringLiteral("-"));
    Result<qsizetype> written = qsizetype(0);
    if (path == QLatin1String("-")) {
        auto phones = storage->phones().getMany(ids);
        if (!phones) {
            ctx.err() << "phonedesk-cli: " << phones.error().fullText() << Qt::endl;
            return Cli::Failed;
        }
        ctx.out().flush();
        // Checked like a file: with `> file.csv` on a full disk, stdout is that file.
        const auto out = CheckedFile::standardOutput();
        if (auto opened = out->open(); !opened) {
            ctx.err() << "phonedesk-cli: " << opened.error().fullText() << Qt::endl;
            return Cli::UsageError;
        }
        written = PhoneExport::write(*storage, *phones, out->device(), options);
        if (auto failure = out->failure())
            written = *failure;
        else if (auto finished = out->finish(); written && !finished)
            written = finished.error();
    } else {
        written = PhoneExport::exportToFile(*storage, ids, path, options);
    }
    if (!written) {
        ctx.err() << "phonedesk-cli: " << written.error().fullText() << Qt::endl;
        return written.error().code == Error::Code::Io ? Cli::UsageError : Cli::Failed;
    }
    if (path != QLatin1String("-"))
        ctx.out() << QCoreApplication::translate("PhoneDesk::Cli", "Exported %1 phones to %2.")
                         .arg(*written)
                         .arg(path)
                  << Qt::endl;
    return Cli::Success;
}
} // namespace

PHONEDESK_CLI_COMMAND(
    "phones import",
    QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                      "Import phones from CSV: FILE [--mode MODE] [--dry-run] [--skip-invalid] "
                      "[--report FILE]"),
    importPhones);
PHONEDESK_CLI_COMMAND(
    "phones export",
    QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                      "Export phones to CSV: [FILE] "
                      "[--name/--site/--base-settings/--status/--category/--model] [--delimiter] [--bom] "
                      "[--raw]"),
    exportPhones);
