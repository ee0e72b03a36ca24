#include "cli.h"

#include "basesettingsrepository.h"
#include "configservice.h"
#include "modelcatalog.h"
#include "siterepository.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace PhoneDesk::Cli {

Context::Context(ConnectionSpec spec, QString actor, Role role)
    : m_spec(std::move(spec))
    , m_actor(std::move(actor))
    , m_role(role)
    , m_out(stdout)
    , m_err(stderr)
{ }

Storage *Context::storage()
{
    if (m_storage)
        return m_storage.get();
    auto storage = Storage::open(m_spec);
    if (!storage) {
        m_openError = storage.error();
        m_err << QCoreApplication::translate("PhoneDesk::Cli", "phonedesk-cli: cannot open %1: %2")
                     .arg(m_spec.describe(), storage.error().fullText())
              << Qt::endl;
        return nullptr;
    }
    std::unique_ptr<Storage> opened = std::move(storage).value();
    for (const QString &notice : opened->notices())
        m_err << "phonedesk-cli: " << notice << Qt::endl;
    const SessionIdentity &identity = opened->identity();
    if (identity.fromDatabase) {
        // The database says who this is; --role may only lower it, --actor changes nothing.
        if (m_actorGiven && m_actor != identity.login)
            m_err << QCoreApplication::translate("PhoneDesk::Cli",
                                                 "phonedesk-cli: --actor is ignored: the activity log of %1 "
                                                 "records your database login, %2.")
                         .arg(m_spec.describe(), identity.login)
                  << Qt::endl;
        if (m_requestedRole) {
            if (auto allowed = opened->requestRole(*m_requestedRole); !allowed) {
                m_err << QCoreApplication::translate(
                             "PhoneDesk::Cli",
                             "phonedesk-cli: your role in %2 is %1 (login %3); --role %4 "
                             "refused: --role may only lower your role.")
                             .arg(displayName(identity.role), m_spec.describe(), identity.login,
                                  toKey(*m_requestedRole))
                      << Qt::endl;
                return nullptr;
            }
        }
    } else {
        opened->setActor(m_actor, m_role);
    }
    m_storage = std::move(opened);
    return m_storage.get();
}

void Context::setCommand(const QString &name, const QString &summary)
{
    m_commandName = name;
    m_commandSummary = summary;
}

QString Context::scopeSites()
{
    if (!m_storage || !m_storage->identity().sites)
        return {};
    QStringList names;
    if (auto sites = m_storage->sites().list()) {
        for (const Site &site : *sites) {
            if (m_storage->mayTouchSite(site.id))
                names.append(site.name);
        }
    }
    return names.isEmpty() ? QCoreApplication::translate("PhoneDesk::Cli", "none")
                           : names.join(QStringLiteral(", "));
}

void Context::setRequested(std::optional<Role> role, bool actorGiven)
{
    m_requestedRole = role;
    m_actorGiven = actorGiven;
}

bool Context::isTerminal() const
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stderr));
#else
    return false;
#endif
}

PhoneFilterOptions::PhoneFilterOptions()
    : m_name(QStringLiteral("name"),
             QCoreApplication::translate("PhoneDesk::Cli", "Name or hardware ID contains TEXT."),
             QStringLiteral("TEXT"))
    , m_site(QStringLiteral("site"),
             QCoreApplication::translate("PhoneDesk::Cli", "Only phones at site NAME."),
             QStringLiteral("NAME"))
    , m_baseSettings(QStringLiteral("base-settings"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Only phones using base settings NAME."),
                     QStringLiteral("NAME"))
    , m_status(QStringLiteral("status"),
               QCoreApplication::translate(
                   "PhoneDesk::Cli",
                   "Only phones with STATUS (online, degraded, offline, unknown, restarting, "
                   "not-monitored; comma-separated)."),
               QStringLiteral("STATUS"))
    , m_category(QStringLiteral("category"),
                 QCoreApplication::translate("PhoneDesk::Cli", "managed, unmanaged, webrtc or remote."),
                 QStringLiteral("CATEGORY"))
    , m_model(QStringLiteral("model"),
              QCoreApplication::translate("PhoneDesk::Cli", "Model id, e.g. poly-vvx-450."),
              QStringLiteral("ID"))
    , m_pending(QStringLiteral("pending"),
                QCoreApplication::translate("PhoneDesk::Cli",
                                            "Only phones whose last fetched configuration is out of date."))
{ }

void PhoneFilterOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_name, m_site, m_baseSettings, m_status, m_category, m_model, m_pending});
}

std::optional<int> PhoneFilterOptions::apply(const QCommandLineParser &parser, Context &ctx,
                                             PhoneSelection &selection) const
{
    PhoneFilter &filter = selection.filter;
    auto usage = [&](const QString &message) {
        ctx.err() << message << Qt::endl;
        return std::optional<int>(UsageError);
    };
    Storage *storage = ctx.storage();
    if (!storage)
        return UsageError;
    filter.setNameFilter(parser.value(m_name));
    if (parser.isSet(m_site)) {
        auto sites = storage->sites().list();
        if (!sites) {
            ctx.err() << sites.error().fullText() << Qt::endl;
            return Failed;
        }
        const QString wanted = parser.value(m_site);
        const auto it = std::find_if(sites->cbegin(), sites->cend(), [&](const Site &s) {
            return s.name.compare(wanted, Qt::CaseInsensitive) == 0;
        });
        if (it == sites->cend())
            return usage(
                QCoreApplication::translate("PhoneDesk::Cli", "phonedesk-cli: there is no site named \"%1\".")
                    .arg(wanted));
        filter.setSite(it->id);
    }
    if (parser.isSet(m_baseSettings)) {
        auto profile = storage->baseSettings().findByName(parser.value(m_baseSettings));
        if (!profile)
            return usage(QStringLiteral("phonedesk-cli: ") + profile.error().message);
        filter.setBaseSettings(profile->id);
    }
    if (parser.isSet(m_status)) {
        QSet<PhoneStatus> statuses;
        for (const QString &s : parser.value(m_status).split(u',', Qt::SkipEmptyParts)) {
            const auto parsed = phoneStatusFromKey(s);
            if (!parsed)
                return usage(
                    QCoreApplication::translate("PhoneDesk::Cli", "phonedesk-cli: unknown status \"%1\".")
                        .arg(s));
            statuses.insert(*parsed);
        }
        filter.setStatuses(statuses);
    }
    if (parser.isSet(m_category)) {
        const auto parsed = phoneCategoryFromKey(parser.value(m_category));
        if (!parsed)
            return usage(
                QCoreApplication::translate("PhoneDesk::Cli", "phonedesk-cli: unknown category \"%1\".")
                    .arg(parser.value(m_category)));
        filter.setCategory(*parsed);
    }
    if (parser.isSet(m_model)) {
        if (!ModelCatalog::builtin().find(parser.value(m_model)))
            return usage(QCoreApplication::translate("PhoneDesk::Cli", "phonedesk-cli: unknown model \"%1\".")
                             .arg(parser.value(m_model)));
        filter.setModel(parser.value(m_model));
    }
    if (parser.isSet(m_pending)) {
        // Renders every provisioned phone once to compare with what each last fetched.
        auto pending = ConfigService(*storage).pendingPhoneIds();
        if (!pending) {
            ctx.err() << pending.error().fullText() << Qt::endl;
            return Failed;
        }
        selection.only = *pending;
    }
    return std::nullopt;
}

QList<Command> &registry()
{
    static QList<Command> commands;
    return commands;
}

Registrar::Registrar(const char *name, const char *summary, CommandFunction run)
{
    registry().append({QString::fromLatin1(name), QString::fromLatin1(summary), std::move(run)});
}

ArgumentCheck parseArguments(QCommandLineParser &parser, const QStringList &args, Context &ctx,
                             int maxPositional)
{
    const QCommandLineOption help(QStringLiteral("help"),
                                  QCoreApplication::translate("PhoneDesk::Cli", "Show this help and exit."));
    parser.addOption(help);
    if (!ctx.commandSummary().isEmpty())
        parser.setApplicationDescription(
            QCoreApplication::translate("PhoneDesk::Cli", ctx.commandSummary().toUtf8().constData()));
    if (!parser.parse(QStringList {QStringLiteral("phonedesk-cli")} + args)) {
        ctx.err() << "phonedesk-cli: " << parser.errorText() << Qt::endl;
        return {UsageError};
    }
    if (parser.isSet(help)) {
        // Qt's usage line starts with the program as it was started (a path); the command's own
        // usage names the program and the command as they are typed.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype firstLineEnd = text.indexOf(u'\n');
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        const QString command = QStringLiteral("phonedesk-cli ") +
            QCoreApplication::translate("PhoneDesk::Cli", "[global options]") + u' ' + ctx.commandName();
        if (at >= 0 && (firstLineEnd < 0 || at < firstLineEnd))
            text.replace(at, program.size(), command);
        ctx.out() << text << '\n'
                  << QCoreApplication::translate("PhoneDesk::Cli",
                                                 "Global options (--database, --role, --actor) come before "
                                                 "the command; see phonedesk-cli --help.")
                  << Qt::endl;
        return {Success};
    }
    if (parser.positionalArguments().size() > maxPositional) {
        ctx.err() << QCoreApplication::translate("PhoneDesk::Cli",
                                                 "phonedesk-cli: unexpected argument \"%1\".")
                         .arg(parser.positionalArguments().constLast())
                  << Qt::endl;
        return {UsageError};
    }
    return {};
}

void StatusLine::show(const QString &text)
{
    m_ctx.err() << '\r' << text << "   " << Qt::flush;
    m_open = true;
}

void StatusLine::finish()
{
    if (m_open)
        m_ctx.err() << '\n' << Qt::flush;
    m_open = false;
}

int usageError(Context &ctx, const QString &message)
{
    ctx.err() << message << Qt::endl;
    return UsageError;
}

void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths.at(c), row.at(c).size());
    }
    auto print = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c)
                line += QStringLiteral("  ");
            line += c + 1 < cells.size() && c < widths.size() ? cells.at(c).leftJustified(widths.at(c))
                                                              : cells.at(c);
        }
        out << line << '\n';
    };
    print(headers);
    for (const QStringList &row : rows)
        print(row);
}

} // namespace PhoneDesk::Cli
