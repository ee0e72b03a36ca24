#pragma once

// phonedesk-cli's command registry: each cmd_*.cpp registers its commands with PHONEDESK_CLI_COMMAND.
// Exit codes are part of the interface for scripts.

#include "phonefilter.h"
#include "storage.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSet>

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace PhoneDesk::Cli {

class Context;

enum ExitCode {
    Success = 0,
    Rejected = 1, // the command ran but some items failed/rejected (e.g. rows of an import)
    UsageError = 2, // bad arguments, unreadable file, database cannot be opened
    Failed = 3, // the operation failed as a whole (e.g. database error, phone unreachable)
};

// Parses a command's arguments into `parser` (with its options and positional arguments already
// added), allowing at most `maxPositional` positional arguments. Every command parses with it, so
// every command answers --help: it adds that option itself and, when it is given, prints the
// command's usage (ctx.command()'s name and summary, the parser's options and arguments) to
// stdout. Returns the exit code to end the command with — Success after the usage was printed,
// UsageError after a problem was printed to stderr — or no exit code when the command goes on:
//     if (const auto code = Cli::parseArguments(parser, args, ctx, 1).exitCode)
//         return *code;
// (A struct rather than an optional, so that a caller cannot test it as a bool by mistake.)
struct ArgumentCheck
{
    std::optional<int> exitCode;
};
[[nodiscard]] ArgumentCheck parseArguments(QCommandLineParser &parser, const QStringList &args, Context &ctx,
                                           int maxPositional = 0);

// One progress line on stderr, rewritten in place; finish() (or the destructor) ends it with a
// newline once something was shown. Callers decide whether stderr is a terminal worth it.
class StatusLine final
{
public:
    explicit StatusLine(Context &ctx)
        : m_ctx(ctx)
    { }
    ~StatusLine() { finish(); }
    void show(const QString &text);
    void finish();

private:
    Context &m_ctx;
    bool m_open = false;
};

// Prints a plain-text table: every column as wide as its widest cell (header included, so
// translated headers and values fit), two spaces between columns, the last column not padded.
void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows);

class Context
{
public:
    Context(ConnectionSpec spec, QString actor, Role role);

    // Opens the database on first use; on failure prints the error and returns nullptr. What
    // opening changed (Storage::notices(), e.g. permissions tightened) is printed on stderr. On
    // PostgreSQL the role and the actor are the database's; a --role above it is refused there.
    Storage *storage();
    // Why storage() returned nullptr.
    const std::optional<Error> &openError() const { return m_openError; }
    // What the global options asked for: --role (nullopt: not given) and whether --actor was given.
    void setRequested(std::optional<Role> role, bool actorGiven);
    // The names of the sites a member limited to some sites may touch, comma-separated; empty
    // when every site (or before the database is open).
    QString scopeSites();
    const ConnectionSpec &spec() const { return m_spec; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool isTerminal() const; // stderr is a terminal (show progress)

    // The command being run ("phones import") and its untranslated summary, for its --help.
    void setCommand(const QString &name, const QString &summary);
    const QString &commandName() const { return m_commandName; }
    const QString &commandSummary() const { return m_commandSummary; }

private:
    ConnectionSpec m_spec;
    QString m_actor;
    Role m_role;
    std::optional<Role> m_requestedRole;
    bool m_actorGiven = false;
    std::unique_ptr<Storage> m_storage;
    std::optional<Error> m_openError;
    QTextStream m_out;
    QTextStream m_err;
    QString m_commandName;
    QString m_commandSummary;
};

// Prints a usage problem (a bad argument, an unknown id) on stderr; the exit code for it.
int usageError(Context &ctx, const QString &message);

// What the filter options select: the filter, and with --pending only the phones whose fetched
// configuration is out of date.
struct PhoneSelection
{
    PhoneFilter filter;
    std::optional<QSet<Id>> only;

    bool matches(const PhoneRow &row) const
    {
        return (!only || only->contains(row.id)) && filter.matches(row);
    }
};

// The phone filter options shared by the commands that select phones (list, export, credentials,
// restart/resync/logout/check): --name, --site, --base-settings, --status, --category, --model,
// --pending.
class PhoneFilterOptions
{
public:
    PhoneFilterOptions();
    void addTo(QCommandLineParser &parser) const;
    // Fills `filter` from the parsed options. On a bad value prints the problem and returns the
    // exit code to end with; nullopt when the filter is ready.
    std::optional<int> apply(const QCommandLineParser &parser, Context &ctx, PhoneSelection &selection) const;

private:
    QCommandLineOption m_name;
    QCommandLineOption m_site;
    QCommandLineOption m_baseSettings;
    QCommandLineOption m_status;
    QCommandLineOption m_category;
    QCommandLineOption m_model;
    QCommandLineOption m_pending;
};

// Runs the integrity check (IntegrityCheck::run) and prints its report: on stdout when the
// database is intact, on stderr when it is damaged. Returns the exit code: Success, or Failed
// when the database is damaged or could not be checked (cmd_db.cpp; used by db check and db info).
int reportIntegrity(Context &ctx, Storage &storage);

using CommandFunction = std::function<int(Context &, const QStringList &args)>;

struct Command
{
    QString name; // "phones list"
    QString summary; // one line for --help
    CommandFunction run;
};

QList<Command> &registry();

struct Registrar
{
    Registrar(const char *name, const char *summary, CommandFunction run);
};

} // namespace PhoneDesk::Cli

#define PHONEDESK_CLI_CONCAT2(a, b) a##b
#define PHONEDESK_CLI_CONCAT(a, b) PHONEDESK_CLI_CONCAT2(a, b)
// Registers a command, e.g. PHONEDESK_CLI_COMMAND("phones list", "List phones", listPhones);
#define PHONEDESK_CLI_COMMAND(name, summary, function)                                                       \
    static const PhoneDesk::Cli::Registrar PHONEDESK_CLI_CONCAT(s_cliRegistrar_, __LINE__)(name, summary,    \
                                                                                           function)
