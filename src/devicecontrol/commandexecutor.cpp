#include "commandexecutor.h"

#include "commandqueue.h"
#include "devicecontrol.h"
#include "operation.h"
#include "shard.h"
#include "sipclient.h"
#include "storage.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>

namespace PhoneDesk {

namespace {

Q_LOGGING_CATEGORY(lcCommands, "phonedesk.server.commands")

QString stateKey(Operation::State state)
{
    const QString key = Operation::stateKey(state);
    return key.isEmpty() ? QStringLiteral("running") : key;
}

constexpr int ClaimBatch = 1000;

} // namespace

CommandExecutor::CommandExecutor(ConnectionSpec spec, DeviceControl *control, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_control(control)
{
    for (int s = 0; s < ShardCount; ++s)
        m_shards.append(s);
    m_token = QStringLiteral("%1/%2/%3")
                  .arg(QHostInfo::localHostName())
                  .arg(QCoreApplication::applicationPid())
                  .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &CommandExecutor::tick);
    // Notifications come in bursts (one per command and transaction): one round for a burst.
    m_soon.setSingleShot(true);
    m_soon.setInterval(20);
    connect(&m_soon, &QTimer::timeout, this, &CommandExecutor::tick);
}

CommandExecutor::~CommandExecutor()
{
    m_poll.stop();
    m_soon.stop();
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        if (it->operation)
            disconnect(it->operation, nullptr, this, nullptr);
    }
    if (m_db && m_connected) {
        if (QSqlDatabase db = m_db->database(); db.isOpen() && db.driver())
            db.driver()->unsubscribeFromNotification(QString::fromLatin1(CommandQueue::Channel));
    }
}

Result<void> CommandExecutor::connectToDatabase()
{
    if (!m_db) {
        auto opened = Storage::openForWorker(m_spec, QStringLiteral("phonedesk-server"), Role::Administrator);
        if (!opened)
            return opened.error();
        m_db = std::move(opened).value();
        connect(m_db->database().driver(), &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                    // Our own result writes come back as notifications too: nothing to do for them.
                    if (name == QLatin1String(CommandQueue::Channel) && source != QSqlDriver::SelfSource &&
                        !m_soon.isActive())
                        m_soon.start();
                });
    } else if (auto r = m_db->reconnect(); !r) {
        return r;
    }
    QSqlDriver *driver = m_db->database().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(CommandQueue::Channel)))
        return Error::make(
            Error::Code::Database,
            QCoreApplication::translate("PhoneDesk::CommandExecutor", "Cannot listen for phone commands: %1")
                .arg(driver->lastError().text()));
    CommandQueue queue(*m_db);
    auto locked = queue.takeServerLock();
    if (!locked)
        return locked.error();
    // The rows this server still runs (from before a reconnect) are its own again.
    auto adopted = queue.adopt(m_token);
    if (!adopted)
        return adopted.error();
    if (*adopted)
        qCInfo(lcCommands) << "phone commands: kept" << *adopted << "phones this server still runs";
    m_connected = true;
    return {};
}

Result<void> CommandExecutor::start()
{
    // Also when the database cannot be reached now (it is starting, or restarting): every round
    // tries to connect, so the server takes commands as soon as it is back.
    m_poll.start();
    auto connected = connectToDatabase();
    if (connected)
        tick();
    return connected;
}

void CommandExecutor::fail(const Error &failure)
{
    qCWarning(lcCommands).noquote() << "phone commands:" << failure.fullText();
    emit error(failure.fullText());
    // The next round reconnects (the database may be restarting).
    m_connected = false;
}

void CommandExecutor::tick()
{
    if (!m_connected) {
        if (auto r = connectToDatabase(); !r) {
            qCWarning(lcCommands).noquote() << "phone commands: cannot reconnect:" << r.error().fullText();
            return;
        }
        qCInfo(lcCommands) << "phone commands: connected to the database again";
        // Results that came in while the database was away.
        const QList<quint64> keys = m_running.keys();
        for (const quint64 key : keys)
            flush(key);
    }
    if (!reclaimOrphans())
        return;
    CommandQueue queue(*m_db);
    // Cancels asked for by any process.
    QList<Id> commands;
    for (const Running &r : std::as_const(m_running))
        commands.append(r.commandId);
    auto cancelled = queue.cancelRequested(commands);
    if (!cancelled)
        return fail(cancelled.error());
    const QList<quint64> keys = m_running.keys();
    for (const quint64 key : keys) {
        const Running r = m_running.value(key);
        if (r.operation && cancelled->contains(r.commandId))
            r.operation->cancel(); // settles what is open as Cancelled: flush() writes it
    }
    if (auto settled = queue.settleCancelled(m_shards); !settled)
        return fail(settled.error());
    auto claimed = queue.claim(m_shards, m_token, ClaimBatch);
    if (!claimed)
        return fail(claimed.error());
    for (const ClaimedCommand &c : std::as_const(*claimed))
        startCommand(c.commandId, c.kind, c.phoneIds, c.requestedBy);
    if (auto finished = queue.finishCommands(); !finished)
        return fail(finished.error());
    // A full batch: there is more.
    int count = 0;
    for (const ClaimedCommand &c : std::as_const(*claimed))
        count += int(c.phoneIds.size());
    if (count >= ClaimBatch)
        m_soon.start();
}

bool CommandExecutor::reclaimOrphans()
{
    CommandQueue queue(*m_db);
    auto orphaned = queue.orphanedClaims();
    if (!orphaned) {
        fail(orphaned.error());
        return false;
    }
    QStringList due;
    QHash<QString, QDeadlineTimer> still;
    for (const QString &token : std::as_const(*orphaned)) {
        if (token == m_token)
            continue; // this server's own rows: adopted when it connected
        const QDeadlineTimer grace = m_orphans.value(token, QDeadlineTimer(ReclaimGraceMs));
        still.insert(token, grace);
        if (grace.hasExpired())
            due.append(token);
    }
    m_orphans = still; // a server that took its lock again is no longer waited for
    auto reclaimed = queue.reclaim(due);
    if (!reclaimed) {
        fail(reclaimed.error());
        return false;
    }
    for (const QString &token : std::as_const(due))
        m_orphans.remove(token);
    // Back to queued: claimed below, by this server or the one that holds the phone.
    if (*reclaimed)
        qCInfo(lcCommands) << "phone commands: took back" << *reclaimed << "phones of a stopped server";
    return true;
}

int CommandExecutor::phonesInProgress() const
{
    int phones = 0;
    for (const Running &r : m_running)
        phones += int(r.open.size());
    return phones;
}

void CommandExecutor::startCommand(Id commandId, const QString &kind, const QList<Id> &phoneIds,
                                   const QString &requestedBy)
{
    qCInfo(lcCommands).noquote() << QStringLiteral("phone commands: %1 (command %2) for %3 phones")
                                        .arg(kind)
                                        .arg(commandId)
                                        .arg(phoneIds.size());
    const auto parsed = commandKindFromKey(kind);
    Result<Operation *> started = parsed
        ? m_control->runHere(*parsed, phoneIds)
        : Result<Operation *>(Error::make(
              Error::Code::Unsupported,
              QCoreApplication::translate("PhoneDesk::CommandExecutor", "unknown command %1").arg(kind)));
    QList<CommandResultRow> immediate;
    if (!started) {
        for (const Id id : phoneIds)
            immediate.append({commandId, id, QStringLiteral("failed"), started.error().fullText(), {}, {}});
    } else {
        Operation *op = *started;
        op->setRequestedBy(requestedBy);
        if (!m_socketLogged && m_control->sipClient()->isStarted()) {
            // Where the phones' NOTIFYs come from (the poller's socket is another).
            qCInfo(lcCommands).noquote() << QStringLiteral("phone commands: SIP socket on %1 port %2")
                                                .arg(m_control->sipClient()->localAddress().toString())
                                                .arg(m_control->sipClient()->localPort());
            m_socketLogged = true;
        }
        const quint64 key = m_nextKey++;
        Running &r = m_running[key];
        r.commandId = commandId;
        r.operation = op;
        for (const Id id : phoneIds) {
            if (op->indexOf(id) >= 0) {
                r.open.insert(id);
            } else {
                // Deleted since it was asked for: nothing to send.
                immediate.append(
                    {commandId,
                     id,
                     QStringLiteral("failed"),
                     QCoreApplication::translate("PhoneDesk::CommandExecutor", "The phone no longer exists."),
                     {},
                     {}});
            }
        }
        connect(op, &Operation::progress, this, [this, key] { flush(key); });
        connect(op, &Operation::finished, this, [this, key] { flush(key); });
    }
    if (!immediate.isEmpty()) {
        CommandQueue queue(*m_db);
        if (auto w = queue.writeResults(m_token, immediate); !w)
            fail(w.error());
    }
}

void CommandExecutor::flush(quint64 key)
{
    auto it = m_running.find(key);
    if (it == m_running.end() || !it->operation)
        return;
    Operation *op = it->operation;
    QList<CommandResultRow> rows;
    QList<Id> written;
    for (const Id id : std::as_const(it->open)) {
        const int i = op->indexOf(id);
        const Operation::PhoneResult &r = op->results().at(i);
        if (r.state < Operation::State::Succeeded)
            continue;
        CommandResultRow row;
        row.commandId = it->commandId;
        row.phoneId = id;
        row.state = stateKey(r.state);
        row.detail = r.reason;
        if (r.status)
            row.status = toKey(*r.status);
        rows.append(row);
        written.append(id);
    }
    if (!rows.isEmpty()) {
        if (!m_connected)
            return; // written after the reconnect (the rows are adopted again)
        CommandQueue queue(*m_db);
        if (auto w = queue.writeResults(m_token, rows); !w) {
            fail(w.error());
            return;
        }
        for (const Id id : std::as_const(written))
            it->open.remove(id);
    }
    if (it->open.isEmpty() && op->isFinished()) {
        m_running.erase(it);
        // Not at once: queued calls about its last results (the audit log) may still be on their way.
        QTimer::singleShot(60000, op, &QObject::deleteLater);
        CommandQueue queue(*m_db);
        if (auto finished = queue.finishCommands(); !finished)
            fail(finished.error());
    }
}

} // namespace PhoneDesk
