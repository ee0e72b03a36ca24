// phonedesk-cli db setup-team and team list|add|remove|set-role|set-sites|set-password: the
// PostgreSQL roles of a team database and the people in them (TeamRepository). Passwords are read
// from a file or from the terminal without echo, never from the command line, and only their
// SCRAM-SHA-256 verifier is sent to the server.

#include "cli.h"

#include "csvwriter.h"
#include "scram.h"
#include "siterepository.h"
#include "teamrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace PhoneDesk;

namespace {

int fail(Cli::Context &ctx, const Error &error)
{
    ctx.err() << "phonedesk-cli: " << error.fullText() << Qt::endl;
    return error.code == Error::Code::Validation || error.code == Error::Code::NotFound ||
            error.code == Error::Code::Unsupported
        ? Cli::UsageError
        : Cli::Failed;
}

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stdin));
#elif defined(Q_OS_WIN)
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode);
#else
    return false;
#endif
}

// One line from the terminal with echo off (restored even when reading fails).
std::optional<QString> readHidden(Cli::Context &ctx, const QString &prompt)
{
    // Echo goes off before the prompt appears, so nothing typed after it is ever shown.
#ifdef Q_OS_UNIX
    termios before {};
    const bool terminal = tcgetattr(fileno(stdin), &before) == 0;
    if (terminal) {
        termios silent = before;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(stdin), TCSAFLUSH, &silent);
    }
#elif defined(Q_OS_WIN)
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD before = 0;
    const bool terminal = GetConsoleMode(input, &before);
    if (terminal)
        SetConsoleMode(input, before & ~DWORD(ENABLE_ECHO_INPUT));
#endif
    ctx.err() << prompt << Qt::flush;
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
#ifdef Q_OS_UNIX
    if (terminal)
        tcsetattr(fileno(stdin), TCSAFLUSH, &before);
#elif defined(Q_OS_WIN)
    if (terminal)
        SetConsoleMode(input, before);
#endif
    ctx.err() << '\n' << Qt::flush;
    if (!got)
        return std::nullopt;
    QString text = QString::fromStdString(line);
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

// The password for `login`: the first line of `file` ("-": standard input), or typed twice at
// the terminal. nullopt after printing why there is none.
std::optional<QString> readPassword(Cli::Context &ctx, const QString &file, const QString &login)
{
    QString password;
    if (!file.isEmpty()) {
        QFile f;
        const bool opened = file == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                       : (f.setFileName(file), f.open(QIODevice::ReadOnly));
        if (!opened) {
            ctx.err() << QCoreApplication::translate(
                             "PhoneDesk::Cli", "phonedesk-cli: cannot read the password file \"%1\": %2")
                             .arg(file, f.errorString())
                      << Qt::endl;
            return std::nullopt;
        }
#ifdef Q_OS_UNIX
        if (file != QLatin1String("-") &&
            (QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)))
            ctx.err() << QCoreApplication::translate(
                             "PhoneDesk::Cli",
                             "phonedesk-cli: warning: the password file \"%1\" is readable by other users.")
                             .arg(file)
                      << Qt::endl;
#endif
        password = QString::fromUtf8(f.readLine());
        while (password.endsWith(u'\n') || password.endsWith(u'\r'))
            password.chop(1);
    } else {
        if (!stdinIsTerminal()) {
            ctx.err()
                << QCoreApplication::translate(
                       "PhoneDesk::Cli",
                       "phonedesk-cli: give the password of %1 with --password-file FILE (\"-\" for standard "
                       "input), or --no-password; it is never taken from the command line.")
                       .arg(login)
                << Qt::endl;
            return std::nullopt;
        }
        const auto first =
            readHidden(ctx, QCoreApplication::translate("PhoneDesk::Cli", "Password for %1: ").arg(login));
        if (!first)
            return std::nullopt;
        if (const QString problem = Scram::checkPassword(*first); !problem.isEmpty()) {
            ctx.err() << "phonedesk-cli: " << problem << Qt::endl;
            return std::nullopt;
        }
        const auto again = readHidden(
            ctx, QCoreApplication::translate("PhoneDesk::Cli", "Password for %1 again: ").arg(login));
        if (!again || *again != *first) {
            ctx.err() << QCoreApplication::translate(
                             "PhoneDesk::Cli", "phonedesk-cli: the passwords differ; nothing was changed.")
                      << Qt::endl;
            return std::nullopt;
        }
        password = *first;
    }
    if (const QString problem = Scram::checkPassword(password); !problem.isEmpty()) {
        ctx.err() << "phonedesk-cli: " << problem << Qt::endl;
        return std::nullopt;
    }
    return password;
}

// Site names (case-insensitive) to ids; nullopt after printing the unknown one.
std::optional<QList<Id>> siteIds(Cli::Context &ctx, Storage &storage, const QStringList &names)
{
    auto sites = storage.sites().list();
    if (!sites) {
        ctx.err() << "phonedesk-cli: " << sites.error().fullText() << Qt::endl;
        return std::nullopt;
    }
    QList<Id> ids;
    for (const QString &name : names) {
        const auto it = std::find_if(sites->cbegin(), sites->cend(), [&](const Site &s) {
            return s.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (it == sites->cend()) {
            ctx.err() << QCoreApplication::translate("PhoneDesk::Cli",
                                                     "phonedesk-cli: there is no site named \"%1\".")
                             .arg(name)
                      << Qt::endl;
            return std::nullopt;
        }
        if (!ids.contains(it->id))
            ids.append(it->id);
    }
    return ids;
}

std::optional<TeamRole> parseRole(Cli::Context &ctx, const QString &key)
{
    const auto role = teamRoleFromKey(key);
    if (!role)
        ctx.err()
            << QCoreApplication::translate(
                   "PhoneDesk::Cli",
                   "phonedesk-cli: unknown role \"%1\" (viewer, operator, editor, administrator, server).")
                   .arg(key)
            << Qt::endl;
    return role;
}

int setupTeam(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    if (const auto code = Cli::parseArguments(parser, args, ctx).exitCode)
        return *code;
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    auto report = storage->team().setup();
    if (!report)
        return fail(ctx, report.error());
    for (const TeamRole role : allTeamRoles()) {
        const QString name = report->groupRoles.value(role);
        ctx.out() << QCoreApplication::translate("PhoneDesk::Cli", "%1: PostgreSQL role %2%3")
                         .arg(displayName(role), name,
                              report->created.contains(name)
                                  ? QCoreApplication::translate("PhoneDesk::Cli", " (created)")
                                  : QString())
                  << '\n';
    }
    for (const QString &warning : std::as_const(report->warnings))
        ctx.err() << QCoreApplication::translate("PhoneDesk::Cli", "phonedesk-cli: warning: %1").arg(warning)
                  << Qt::endl;
    ctx.out() << QCoreApplication::translate(
                     "PhoneDesk::Cli",
                     "Team mode is set up in %1: every role has exactly its privileges. Add people with "
                     "phonedesk-cli team add LOGIN --role ROLE.")
                     .arg(storage->spec().describe())
              << '\n';
    return Cli::Success;
}

int listTeam(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("PhoneDesk::Cli", "table (default), csv or json."),
        QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOption(format);
    if (const auto code = Cli::parseArguments(parser, args, ctx).exitCode)
        return *code;
    const QString fmt = parser.value(format).toLower();
    if (fmt != QLatin1String("table") && fmt != QLatin1String("csv") && fmt != QLatin1String("json"))
        return Cli::usageError(
            ctx,
            QCoreApplication::translate("PhoneDesk::Cli",
                                        "phonedesk-cli: unknown format \"%1\" (table, csv, json).")
                .arg(parser.value(format)));
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    auto members = storage->team().list();
    if (!members)
        return fail(ctx, members.error());
    QHash<Id, QString> siteNames;
    if (auto sites = storage->sites().list()) {
        for (const Site &s : *sites)
            siteNames.insert(s.id, s.name);
    }
    auto sitesOf = [&](const TeamMember &m) {
        QStringList names;
        for (const Id id : m.sites.value_or(QList<Id>()))
            names.append(siteNames.value(id, QString::number(id)));
        return names;
    };
    if (fmt == QLatin1String("json")) {
        QJsonArray array;
        for (const TeamMember &m : std::as_const(*members)) {
            QJsonObject o;
            o.insert(QStringLiteral("login"), m.login);
            o.insert(QStringLiteral("role"), toKey(m.role));
            o.insert(QStringLiteral("sites"),
                     m.sites ? QJsonValue(QJsonArray::fromStringList(sitesOf(m)))
                             : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("canLogin"), m.canLogin);
            array.append(o);
        }
        ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Cli::Success;
    }
    if (fmt == QLatin1String("csv")) {
        // Through the project's CSV writer; sites separated by ';', "*" for every site.
        Csv::WriteOptions lf;
        lf.crlf = false;
        QByteArray data;
        Csv::appendRecord(data,
                          {QStringLiteral("login"), QStringLiteral("role"), QStringLiteral("sites"),
                           QStringLiteral("can_login")},
                          lf);
        for (const TeamMember &m : std::as_const(*members))
            Csv::appendRecord(data,
                              {m.login, toKey(m.role), m.sites ? sitesOf(m).join(u';') : QStringLiteral("*"),
                               m.canLogin ? QStringLiteral("yes") : QStringLiteral("no")},
                              lf);
        ctx.out() << QString::fromUtf8(data);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const TeamMember &m : std::as_const(*members))
        rows.append({m.login, displayName(m.role),
                     m.sites ? sitesOf(m).join(QStringLiteral(", "))
                             : QCoreApplication::translate("PhoneDesk::Cli", "all sites"),
                     m.canLogin ? QCoreApplication::translate("PhoneDesk::Cli", "yes")
                                : QCoreApplication::translate("PhoneDesk::Cli", "no")});
    Cli::printTable(ctx.out(),
                    {QCoreApplication::translate("PhoneDesk::Cli", "Login"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Role"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Sites"),
                     QCoreApplication::translate("PhoneDesk::Cli", "May log in")},
                    rows);
    return Cli::Success;
}

int addMember(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption role(
        QStringLiteral("role"),
        QCoreApplication::translate("PhoneDesk::Cli",
                                    "viewer, operator, editor, administrator or server (required)."),
        QStringLiteral("ROLE"));
    const QCommandLineOption site(
        QStringLiteral("site"),
        QCoreApplication::translate(
            "PhoneDesk::Cli",
            "Limit a viewer, operator or editor to site NAME (repeatable; default: every site)."),
        QStringLiteral("NAME"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QCoreApplication::translate(
            "PhoneDesk::Cli",
            "Read the password from the first line of FILE (\"-\": standard input) instead of the terminal."),
        QStringLiteral("FILE"));
    const QCommandLineOption noPassword(
        QStringLiteral("no-password"),
        QCoreApplication::translate(
            "PhoneDesk::Cli",
            "Give the login no password: it signs in with a certificate or peer authentication."));
    parser.addOptions({role, site, passwordFile, noPassword});
    if (const auto code = Cli::parseArguments(parser, args, ctx, 1).exitCode)
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(
            ctx,
            QCoreApplication::translate(
                "PhoneDesk::Cli",
                "phonedesk-cli: team add needs the login name: team add LOGIN --role ROLE."));
    const QString login = parser.positionalArguments().constFirst();
    if (!parser.isSet(role))
        return Cli::usageError(
            ctx,
            QCoreApplication::translate(
                "PhoneDesk::Cli",
                "phonedesk-cli: team add needs --role (viewer, operator, editor, administrator, "
                "server)."));
    const auto teamRole = parseRole(ctx, parser.value(role));
    if (!teamRole)
        return Cli::UsageError;
    if (parser.isSet(passwordFile) && parser.isSet(noPassword))
        return Cli::usageError(
            ctx,
            QCoreApplication::translate(
                "PhoneDesk::Cli", "phonedesk-cli: --password-file and --no-password exclude each other."));
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    // Refused before a password is asked for.
    if (auto allowed = storage->require(Permission::Administer,
                                        QCoreApplication::translate("PhoneDesk::Cli", "manage the team"));
        !allowed)
        return fail(ctx, allowed.error());
    TeamMember member;
    member.login = login;
    member.role = *teamRole;
    if (parser.isSet(site)) {
        auto ids = siteIds(ctx, *storage, parser.values(site));
        if (!ids)
            return Cli::UsageError;
        member.sites = *ids;
    }
    QString verifier;
    if (!parser.isSet(noPassword)) {
        const auto password = readPassword(ctx, parser.value(passwordFile), login);
        if (!password)
            return Cli::UsageError;
        verifier = Scram::verifier(*password);
    }
    auto added = storage->team().add(member, verifier);
    if (!added)
        return fail(ctx, added.error());
    ctx.out() << (*added ? QCoreApplication::translate("PhoneDesk::Cli",
                                                       "Login %1 created and added to the team as %2.")
                         : QCoreApplication::translate("PhoneDesk::Cli", "Login %1 added to the team as %2."))
                     .arg(login, displayName(member.role))
              << '\n';
    return Cli::Success;
}

int removeMember(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    if (const auto code = Cli::parseArguments(parser, args, ctx, 1).exitCode)
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(
            ctx,
            QCoreApplication::translate(
                "PhoneDesk::Cli", "phonedesk-cli: team remove needs the login name: team remove LOGIN."));
    const QString login = parser.positionalArguments().constFirst();
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    auto removed = storage->team().remove(login);
    if (!removed)
        return fail(ctx, removed.error());
    ctx.out() << (*removed
                      ? QCoreApplication::translate("PhoneDesk::Cli",
                                                    "%1 was removed from the team and the login was dropped.")
                      : QCoreApplication::translate(
                            "PhoneDesk::Cli",
                            "%1 was removed from the team; the login stays (it was not made for this team "
                            "or is used elsewhere) without access to this database."))
                     .arg(login)
              << '\n';
    return Cli::Success;
}

int setRole(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    if (const auto code = Cli::parseArguments(parser, args, ctx, 2).exitCode)
        return *code;
    if (parser.positionalArguments().size() != 2)
        return Cli::usageError(
            ctx,
            QCoreApplication::translate(
                "PhoneDesk::Cli",
                "phonedesk-cli: team set-role needs the login and the role: team set-role LOGIN ROLE."));
    const QString login = parser.positionalArguments().at(0);
    const auto role = parseRole(ctx, parser.positionalArguments().at(1));
    if (!role)
        return Cli::UsageError;
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    if (auto r = storage->team().setRole(login, *role); !r)
        return fail(ctx, r.error());
    ctx.out() << QCoreApplication::translate("PhoneDesk::Cli", "%1 now has the %2 role.")
                     .arg(login, displayName(*role))
              << '\n';
    return Cli::Success;
}

int setSites(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption site(
        QStringLiteral("site"),
        QCoreApplication::translate("PhoneDesk::Cli", "A site the member may touch (repeatable)."),
        QStringLiteral("NAME"));
    const QCommandLineOption all(QStringLiteral("all-sites"),
                                 QCoreApplication::translate("PhoneDesk::Cli", "Every site (no limit)."));
    parser.addOptions({site, all});
    if (const auto code = Cli::parseArguments(parser, args, ctx, 1).exitCode)
        return *code;
    if (parser.positionalArguments().size() != 1 || parser.isSet(site) == parser.isSet(all))
        return Cli::usageError(
            ctx,
            QCoreApplication::translate(
                "PhoneDesk::Cli",
                "phonedesk-cli: team set-sites needs the login and either --site NAME (repeatable) "
                "or --all-sites."));
    const QString login = parser.positionalArguments().constFirst();
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    std::optional<QList<Id>> sites;
    if (parser.isSet(site)) {
        sites = siteIds(ctx, *storage, parser.values(site));
        if (!sites)
            return Cli::UsageError;
    }
    if (auto r = storage->team().setSites(login, sites); !r)
        return fail(ctx, r.error());
    ctx.out() << (sites ? QCoreApplication::translate("PhoneDesk::Cli", "%1 may now touch the phones of: %2.")
                              .arg(login, parser.values(site).join(QStringLiteral(", ")))
                        : QCoreApplication::translate("PhoneDesk::Cli",
                                                      "%1 may now touch the phones of every site.")
                              .arg(login))
              << '\n';
    return Cli::Success;
}

int setPassword(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QCoreApplication::translate(
            "PhoneDesk::Cli",
            "Read the password from the first line of FILE (\"-\": standard input) instead of the terminal."),
        QStringLiteral("FILE"));
    const QCommandLineOption noPassword(
        QStringLiteral("no-password"),
        QCoreApplication::translate("PhoneDesk::Cli",
                                    "Remove the password (certificate or peer authentication only)."));
    parser.addOptions({passwordFile, noPassword});
    if (const auto code = Cli::parseArguments(parser, args, ctx, 1).exitCode)
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(
            ctx,
            QCoreApplication::translate("PhoneDesk::Cli",
                                        "phonedesk-cli: team set-password needs the login name."));
    if (parser.isSet(passwordFile) && parser.isSet(noPassword))
        return Cli::usageError(
            ctx,
            QCoreApplication::translate(
                "PhoneDesk::Cli", "phonedesk-cli: --password-file and --no-password exclude each other."));
    const QString login = parser.positionalArguments().constFirst();
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    if (auto allowed = storage->require(Permission::Administer,
                                        QCoreApplication::translate("PhoneDesk::Cli", "manage the team"));
        !allowed)
        return fail(ctx, allowed.error());
    QString verifier;
    if (!parser.isSet(noPassword)) {
        const auto password = readPassword(ctx, parser.value(passwordFile), login);
        if (!password)
            return Cli::UsageError;
        verifier = Scram::verifier(*password);
    }
    if (auto r = storage->team().setPassword(login, verifier); !r)
        return fail(ctx, r.error());
    ctx.out() << (verifier.isEmpty()
                      ? QCoreApplication::translate("PhoneDesk::Cli", "The password of %1 was removed.")
                      : QCoreApplication::translate("PhoneDesk::Cli", "The password of %1 was changed."))
                     .arg(login)
              << '\n';
    return Cli::Success;
}

} // namespace

PHONEDESK_CLI_COMMAND(
    "db setup-team",
    QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                      "PostgreSQL, database owner with CREATEROLE: create the team's roles and "
                      "grant each its privileges (idempotent)"),
    setupTeam);
PHONEDESK_CLI_COMMAND("team list",
                      QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                                        "List the team's members, roles and sites (administrators): "
                                        "[--format table|csv|json]"),
                      listTeam);
PHONEDESK_CLI_COMMAND("team add",
                      QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                                        "Add a member (administrators): LOGIN --role ROLE [--site NAME]... "
                                        "[--password-file FILE | --no-password]"),
                      addMember);
PHONEDESK_CLI_COMMAND("team remove",
                      QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                                        "Remove a member from the team (administrators): LOGIN"),
                      removeMember);
PHONEDESK_CLI_COMMAND("team set-role",
                      QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                                        "Change a member's role (administrators): LOGIN ROLE"),
                      setRole);
PHONEDESK_CLI_COMMAND("team set-sites",
                      QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                                        "Limit a member to sites (administrators): LOGIN --site NAME... | "
                                        "--all-sites"),
                      setSites);
PHONEDESK_CLI_COMMAND(
    "team set-password",
    QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                      "Change a member's password (administrators): LOGIN [--password-file FILE "
                      "| --no-password]"),
    setPassword);
