// phonedesk-cli: scripting front end. Global options, then a command ("phones list", ...).

#include "cli.h"
#include "i18n.h"
#include "processguard.h"

#include <QCoreApplication>

#include <algorithm>

using namespace PhoneDesk;

namespace {

// The commands of a group ("phones": phones list, phones import, …); false when there is none.
bool printGroup(QTextStream &out, const QString &group)
{
    QList<Cli::Command> commands;
    for (const Cli::Command &c : Cli::registry()) {
        if (c.name.section(u' ', 0, 0) == group && c.name.contains(u' '))
            commands.append(c);
    }
    if (commands.isEmpty())
        return false;
    std::sort(commands.begin(), commands.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    out << QCoreApplication::translate("PhoneDesk::Cli",
                                       "Usage: phonedesk-cli [global options] %1 COMMAND [ARGS]")
               .arg(group)
        << "\n\n"
        << QCoreApplication::translate("PhoneDesk::Cli", "Commands:") << '\n';
    for (const Cli::Command &c : std::as_const(commands))
        out << "  " << c.name.leftJustified(22) << ' '
            << QCoreApplication::translate("PhoneDesk::Cli", c.summary.toUtf8().constData()) << '\n';
    out << '\n'
        << QCoreApplication::translate("PhoneDesk::Cli",
                                       "Each command answers --help with its own options: %1")
               .arg(QStringLiteral("phonedesk-cli ") + commands.first().name + QStringLiteral(" --help"))
        << '\n';
    return true;
}

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate(
               "PhoneDesk::Cli",
               "Usage: phonedesk-cli [--database URL] [--role ROLE] [--actor NAME] COMMAND [ARGS]")
        << '\n'
        << QCoreApplication::translate("PhoneDesk::Cli", "       phonedesk-cli --version | --help") << "\n\n"
        << QCoreApplication::translate("PhoneDesk::Cli", "Global options:") << '\n'
        << QCoreApplication::translate(
               "PhoneDesk::Cli",
               "  --database URL   sqlite:/path/file.sqlite or postgresql://user@host:port/db (password from "
               "PGPASSWORD); default: the console's embedded database")
        << '\n'
        << QCoreApplication::translate(
               "PhoneDesk::Cli",
               "  --role ROLE      viewer, operator, editor or administrator (embedded database: default "
               "administrator; PostgreSQL: your role in the database, which --role may only lower)")
        << '\n'
        << QCoreApplication::translate(
               "PhoneDesk::Cli",
               "  --actor NAME     name recorded in the audit log of the embedded database (default: the "
               "login name; PostgreSQL records your database login)")
        << "\n\n"
        << QCoreApplication::translate("PhoneDesk::Cli", "Commands:") << '\n';
    QList<Cli::Command> commands = Cli::registry();
    std::sort(commands.begin(), commands.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    for (const Cli::Command &c : std::as_const(commands))
        out << "  " << c.name.leftJustified(22) << ' '
            << QCoreApplication::translate("PhoneDesk::Cli", c.summary.toUtf8().constData()) << '\n';
    out << '\n'
        << QCoreApplication::translate(
               "PhoneDesk::Cli",
               "Exit codes: 0 success, 1 some items rejected, 2 usage or file error, 3 failure.")
        << '\n';
}
} // namespace

int main(int argc, char *argv[])
{
    PhoneDesk::ProcessGuard::install(); // before any socket: no peer can end this process
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("PhoneDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("PhoneDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHONEDESK_VERSION));
    I18n::install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    ConnectionSpec spec = ConnectionSpec::defaultSqlite();
    Role role = Role::Administrator;
    std::optional<Role> requestedRole;
    bool actorGiven = false;
    QString actor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("cli")));

    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--version")) {
            out << "phonedesk-cli " << QCoreApplication::applicationVersion() << '\n';
            return Cli::Success;
        }
        if (option == QLatin1String("--help")) {
            printUsage(out);
            return Cli::Success;
        }
        if (args.isEmpty()) {
            err << QCoreApplication::translate("PhoneDesk::Cli", "phonedesk-cli: %1 needs a value.")
                       .arg(option)
                << '\n';
            return Cli::UsageError;
        }
        const QString value = args.takeFirst();
        if (option == QLatin1String("--database")) {
            QString error;
            if (!ConnectionSpec::fromUrl(value, spec, &error)) {
                err << "phonedesk-cli: " << error << '\n';
                return Cli::UsageError;
            }
            if (spec.kind == ConnectionSpec::Kind::Postgres && spec.password.isEmpty())
                spec.password = qEnvironmentVariable("PGPASSWORD");
        } else if (option == QLatin1String("--role")) {
            const auto parsed = roleFromKey(value);
            if (!parsed) {
                err << QCoreApplication::translate(
                           "PhoneDesk::Cli",
                           "phonedesk-cli: unknown role \"%1\" (viewer, operator, editor, administrator).")
                           .arg(value)
                    << '\n';
                return Cli::UsageError;
            }
            role = *parsed;
            requestedRole = *parsed;
        } else if (option == QLatin1String("--actor")) {
            actor = value;
            actorGiven = true;
        } else {
            err << QCoreApplication::translate("PhoneDesk::Cli",
                                               "phonedesk-cli: unknown option %1 (see --help).")
                       .arg(option)
                << '\n';
            return Cli::UsageError;
        }
    }
    if (args.isEmpty()) {
        printUsage(err);
        return Cli::UsageError;
    }

    // Longest command name that prefixes the arguments ("phones list" before "phones").
    const Cli::Command *best = nullptr;
    qsizetype bestWords = 0;
    for (const Cli::Command &c : Cli::registry()) {
        const QStringList words = c.name.split(u' ');
        if (words.size() <= args.size() && args.mid(0, words.size()) == words && words.size() > bestWords) {
            best = &c;
            bestWords = words.size();
        }
    }
    if (!best) {
        // A group's name alone, or with --help: its commands ("phonedesk-cli phones --help").
        const bool help = args.size() == 2 && (args.at(1) == QLatin1String("--help") || args.at(1) == u"-h");
        if ((args.size() == 1 || help) && printGroup(help ? out : err, args.first()))
            return help ? Cli::Success : Cli::UsageError;
        err << QCoreApplication::translate("PhoneDesk::Cli",
                                           "phonedesk-cli: unknown command \"%1\" (see --help).")
                   .arg(args.join(u' '))
            << '\n';
        return Cli::UsageError;
    }
    Cli::Context context(spec, actor, role);
    context.setCommand(best->name, best->summary);
    context.setRequested(requestedRole, actorGiven);
    const int code = best->run(context, args.mid(bestWords));
    context.out().flush();
    context.err().flush();
    return code;
}
