// phonedesk-cli commands: db check.

#include "cli.h"

#include "integritycheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace PhoneDesk;

namespace PhoneDesk::Cli {

int reportIntegrity(Context &ctx, Storage &storage)
{
    auto report = IntegrityCheck::run(storage);
    if (!report) {
        ctx.err() << QCoreApplication::translate("PhoneDesk::Cli", "phonedesk-cli: cannot check %1: %2")
                         .arg(storage.spec().describe(), report.error().fullText())
                  << Qt::endl;
        return Failed;
    }
    const QString text = IntegrityCheck::describe(*report, storage.spec().describe());
    if (report->ok) {
        ctx.out() << text << Qt::endl;
        return Success;
    }
    ctx.err() << "phonedesk-cli: " << text << Qt::endl;
    return Failed;
}

} // namespace PhoneDesk::Cli

namespace {

int checkDatabase(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    if (const auto code = Cli::parseArguments(parser, args, ctx).exitCode)
        return *code;
    Storage *storage = ctx.storage();
    if (!storage) {
        // Too damaged to open is the check's answer, not a usage problem.
        const auto &error = ctx.openError();
        return error && error->code == Error::Code::Damaged ? Cli::Failed : Cli::UsageError;
    }
    return Cli::reportIntegrity(ctx, *storage);
}

} // namespace

PHONEDESK_CLI_COMMAND("db check",
                      QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                                        "Check that the database is intact (SQLite: PRAGMA integrity_check); "
                                        "exit code 3 when it is damaged"),
                      checkDatabase);
