#include "cli.h"

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
        m_err << QCoreApplication::translate("PhoneDesk::Cli", "phonedesk-cli: cannot open %1: %2")
                     .arg(m_spec.describe(), storage.error().fullText())
              << Qt::endl;
        return nullptr;
    }
    m_storage = std::move(storage).value();
    m_storage->setActor(m_actor, m_role);
    return m_storage.get();
}

bool Context::isTerminal() const
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stderr));
#else
    return false;
#endif
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

} // namespace PhoneDesk::Cli
