#include "connectionguard.h"

#include "changefeed.h"
#include "storage.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

// Each attempt is a debug line: shown when asked for (QT_LOGGING_RULES), not by default.
Q_LOGGING_CATEGORY(lcConnection, "phonedesk.storage.connection", QtInfoMsg)

namespace PhoneDesk {

namespace {
QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype newline = trimmed.indexOf(u'\n');
    return (newline < 0 ? trimmed : trimmed.left(newline)).trimmed();
}

// libpq's own view of a connection, from the library the QPSQL plugin loaded (PhoneDesk does not
// link libpq itself): PQstatus turns CONNECTION_BAD as soon as the driver has read the server's
// goodbye, and PQerrorMessage says why. Null where the library cannot be found.
struct LibPq
{
    using NoticeProcessor = void (*)(void *, const char *);
    int (*status)(const void *) = nullptr;
    const char *(*errorMessage)(const void *) = nullptr;
    NoticeProcessor (*setNoticeProcessor)(void *, NoticeProcessor, void *) = nullptr;
};

const LibPq &libPq()
{
    static const LibPq lib = [] {
        LibPq found;
#ifdef Q_OS_UNIX
        for (const char *name : {"libpq.so.5", "libpq.5.dylib", "libpq.dylib", "libpq.so"}) {
            void *handle = ::dlopen(name, RTLD_NOW | RTLD_NOLOAD);
            if (!handle)
                continue;
            found.status = reinterpret_cast<int (*)(const void *)>(::dlsym(handle, "PQstatus"));
            found.errorMessage =
                reinterpret_cast<const char *(*)(const void *)>(::dlsym(handle, "PQerrorMessage"));
            found.setNoticeProcessor =
                reinterpret_cast<decltype(found.setNoticeProcessor)>(::dlsym(handle, "PQsetNoticeProcessor"));
            break;
        }
#endif
        return found;
    }();
    return lib;
}

constexpr int ConnectionBad = 1; // libpq's CONNECTION_BAD

const void *pgConnection(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<void *const *>(handle.constData());
}

// libpq writes what the server says outside a query to stderr by default: the server's "FATAL:
// terminating connection" as it shuts down among it, which the guard's own line already says.
// Into the log instead, that one at debug level.
void logNotice(void *, const char *message)
{
    const QString text = QString::fromLocal8Bit(message).trimmed();
    if (text.startsWith(QLatin1String("FATAL:")))
        qCDebug(lcConnection).noquote() << "PostgreSQL:" << text;
    else
        qCWarning(lcConnection).noquote() << "PostgreSQL:" << text;
}

void routeNotices(const QSqlDatabase &db)
{
    if (const void *connection = pgConnection(db); connection && libPq().setNoticeProcessor)
        libPq().setNoticeProcessor(const_cast<void *>(connection), &logNotice, nullptr);
}

QString reasonOf(const QSqlDatabase &db, const QSqlError &error)
{
    if (const void *connection = pgConnection(db); connection && libPq().errorMessage) {
        const QString text = firstLine(QString::fromLocal8Bit(libPq().errorMessage(connection)))
                                 .remove(QRegularExpression(QStringLiteral("^FATAL:\\s*")));
        if (!text.isEmpty())
            return text;
    }
    const QString text = firstLine(error.databaseText().isEmpty() ? error.text() : error.databaseText());
    return text.isEmpty() ? QStringLiteral("no answer from the server") : text;
}
} // namespace

ConnectionGuard::ConnectionGuard(Storage &storage, const QString &label)
    : ConnectionGuard(storage, label, Timing())
{ }

ConnectionGuard::ConnectionGuard(Storage &storage, const QString &label, Timing timing)
    : QObject(&storage)
    , m_storage(storage)
    , m_label(label)
    , m_timing(timing)
{
    m_retryTimer.setSingleShot(true);
    m_statusWatch.setInterval(250);
    connect(&m_statusWatch, &QTimer::timeout, this, [this] {
        const void *connection = pgConnection(m_storage.database());
        if (isConnected() && (!connection || libPq().status(connection) == ConnectionBad))
            probe();
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &ConnectionGuard::attemptReconnect);
    if (!m_storage.isPostgres())
        return;
    m_probeTimer.setInterval(m_timing.probeIntervalMs);
    connect(&m_probeTimer, &QTimer::timeout, this, [this] {
        if (isConnected())
            probe();
    });
    m_probeTimer.start();
    routeNotices(m_storage.database());
    watchConnectionStatus();
}

ConnectionGuard::~ConnectionGuard() = default;

ConnectionGuard *ConnectionGuard::of(const Storage &storage)
{
    return storage.findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly);
}

int ConnectionGuard::backoffDelayMs(int attempt, const Timing &timing, QRandomGenerator &random)
{
    const double base = std::min(double(timing.maxDelayMs),
                                 double(timing.initialDelayMs) * std::pow(2.0, std::min(attempt, 30)));
    const double jitter = base / 4;
    const double delay = base - jitter + random.bounded(2 * jitter + 1);
    return int(std::max(1.0, std::min(delay, double(timing.maxDelayMs))));
}

bool ConnectionGuard::checkAfterFailure()
{
    if (!m_storage.isPostgres())
        return false;
    if (!isConnected())
        return true;
    return !probe();
}

bool ConnectionGuard::probe()
{
    if (!m_storage.isPostgres())
        return true;
    if (!isConnected())
        return false;
    if (m_storage.inTransactionScope())
        return true; // a statement of the open transaction would fail it; its caller finds out
    const QSqlDatabase db = m_storage.database();
    // The driver closes a connection whose server went away when a statement finds out.
    if (!db.isOpen()) {
        markLost(reasonOf(db, db.lastError()));
        return false;
    }
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT 1")))
        return true;
    markLost(reasonOf(db, q.lastError()));
    return false;
}

void ConnectionGuard::markLost(const QString &reason)
{
    if (m_down.exchange(true))
        return;
    m_downFor.start();
    m_attempt = 0;
    m_statusWatch.stop();
    qCWarning(lcConnection).noquote()
        << QStringLiteral("database connection lost: %1; reconnecting (%2 connection to %3)")
               .arg(reason, m_label, m_storage.spec().describe());
    emit lost(reason);
    m_retryTimer.start(backoffDelayMs(m_attempt, m_timing, *QRandomGenerator::global()));
}

void ConnectionGuard::attemptReconnect()
{
    if (isConnected())
        return;
    ++m_attempt;
    if (auto r = m_storage.reconnect(); !r) {
        const int delay = backoffDelayMs(m_attempt, m_timing, *QRandomGenerator::global());
        qCDebug(lcConnection).noquote()
            << QStringLiteral("%1 connection: attempt %2 failed (%3); next in %4 ms")
                   .arg(m_label)
                   .arg(m_attempt)
                   .arg(firstLine(r.error().message))
                   .arg(delay);
        m_retryTimer.start(delay);
        return;
    }
    const double seconds = double(m_downFor.elapsed()) / 1000.0;
    m_attempt = 0;
    m_down = false;
    routeNotices(m_storage.database());
    watchConnectionStatus();
    qCInfo(lcConnection).noquote() << QStringLiteral(
                                          "database connection restored after %1 s (%2 connection)")
                                          .arg(seconds, 0, 'f', 1)
                                          .arg(m_label);
    if (m_storage.spec().listenForChanges) {
        // What the notifications of the outage would have said: every view and cache reloads,
        // before anyone is told the database is back (a phone added meanwhile must be known by then).
        for (const auto entity :
             {ChangeEvent::Entity::Phone, ChangeEvent::Entity::Status, ChangeEvent::Entity::Quarantine,
              ChangeEvent::Entity::Audit, ChangeEvent::Entity::Setting})
            ChangeFeed::instance()->publish({entity, ChangeEvent::Kind::Reset, {}});
    }
    emit restored(seconds);
}

void ConnectionGuard::watchConnectionStatus()
{
    // The listening connection's socket is read by the QPSQL driver whenever something arrives;
    // when the server closes it, libpq marks the connection bad right then. Looking at that costs
    // no round trip, so it is done often: the loss is noticed within a fraction of a second.
    if (!m_storage.spec().listenForChanges || !libPq().status)
        return;
    m_statusWatch.start();
}

} // namespace PhoneDesk
