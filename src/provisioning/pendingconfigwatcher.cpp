#include "pendingconfigwatcher.h"

#include "changefeed.h"
#include "configservice.h"
#include "statusrepository.h"
#include "storage.h"
#include "threadpriority.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <utility>

#include <memory>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace PhoneDesk {

class PendingConfigWatcher::Worker final : public QObject
{
    Q_OBJECT

public:
    Worker(const ConnectionSpec &spec, const QString &actor, Role role, Storage *shared)
        : m_spec(spec)
        , m_actor(actor)
        , m_role(role)
        , m_shared(shared)
    { }

    // Runs in the worker's thread: opens the connection, renders every phone, reports.
    void start()
    {
        if (m_shared) {
            m_storage = m_shared;
        } else {
            lowerCurrentThreadPriority(); // the window first
            auto opened = Storage::openForWorker(m_spec, m_actor, m_role);
            if (!opened) {
                emit failed(opened.error().fullText());
                return;
            }
            m_own = std::move(*opened);
            m_storage = m_own.get();
        }
        m_configs = std::make_unique<ConfigService>(*m_storage);
        connect(m_configs.get(), &ConfigService::configurationsChanged, this, [this] { schedule(); });
        connect(ChangeFeed::instance(), &ChangeFeed::changed, this, &Worker::onChange);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Worker::recompute);
        m_reloadAllServed = true;
        recompute();
    }

    // Runs in the worker's thread: the connection closes where it was opened.
    void shutdown()
    {
        m_timer.stop();
        disconnect(ChangeFeed::instance(), nullptr, this, nullptr);
        m_configs.reset();
        m_storage = nullptr;
        m_own.reset();
    }

signals:
    void computed(const QSet<PhoneDesk::Id> &pending);
    void failed(const QString &message);

private:
    void onChange(const ChangeEvent &event)
    {
        switch (event.entity) {
        case ChangeEvent::Entity::Status:
            // Probe results travel with their records and never touch the served hash; a recorded
            // fetch (or another process's change) names its phones, a big batch resets.
            if (event.statuses)
                return;
            if (event.kind == ChangeEvent::Kind::Reset || event.ids.isEmpty())
                m_reloadAllServed = true;
            else
                m_dirtyServed.unite(QSet<Id>(event.ids.cbegin(), event.ids.cend()));
            schedule();
            return;
        case ChangeEvent::Entity::Phone:
        case ChangeEvent::Entity::Rollout: // a phone held at a firmware version, or let go
        case ChangeEvent::Entity::BaseSettings:
        case ChangeEvent::Entity::Site:
        case ChangeEvent::Entity::User:
        case ChangeEvent::Entity::Setting:
            schedule(); // the ConfigService re-renders what the change touched first
            return;
        case ChangeEvent::Entity::Audit:
        case ChangeEvent::Entity::Quarantine:
        case ChangeEvent::Entity::Firmware:
        case ChangeEvent::Entity::Redirection:
            return;
        }
    }

    void schedule()
    {
        if (m_timer.isActive())
            return;
        // Changes come in bursts (a fleet fetching after a base-settings save): gather them. Full
        // re-reads of the status table are spaced out further.
        const bool recentFullRead = m_sinceFullRead.isValid() && m_sinceFullRead.elapsed() < 5000;
        m_timer.start(m_reloadAllServed && recentFullRead ? 5000 : 250);
    }

    void recompute()
    {
        if (!m_storage)
            return;
        // After an outage the main connection publishes Reset events, which make this a full
        // reload: then (and only then, not on every recompute) this connection is checked and
        // reconnected.
        if (auto alive = m_reloadAllServed ? m_storage->ensureConnected() : Result<void>(); !alive) {
            emit failed(alive.error().fullText());
            return;
        }
        if (m_reloadAllServed) {
            auto status = m_storage->status().all();
            if (!status) {
                emit failed(status.error().fullText());
                return;
            }
            m_served.clear();
            for (auto it = status->cbegin(); it != status->cend(); ++it) {
                if (!it->lastFetch.configHash.isEmpty())
                    m_served.insert(it.key(), it->lastFetch.configHash);
            }
            m_reloadAllServed = false;
            m_dirtyServed.clear();
            m_sinceFullRead.start();
        } else if (!m_dirtyServed.isEmpty()) {
            const QList<Id> ids(m_dirtyServed.cbegin(), m_dirtyServed.cend());
            auto records = m_storage->status().getMany(ids);
            if (!records) {
                emit failed(records.error().fullText());
                return;
            }
            for (const Id id : ids) {
                const QString hash = records->value(id).lastFetch.configHash;
                if (hash.isEmpty())
                    m_served.remove(id);
                else
                    m_served.insert(id, hash);
            }
            m_dirtyServed.clear();
        }
        if (m_served.isEmpty()) {
            // Nothing fetched yet: nothing can be pending, and rendering every phone can wait.
            publish({});
            return;
        }
        const bool cold = !m_rendered;
        auto current = m_configs->currentHashes();
        m_rendered = bool(current);
#ifdef __GLIBC__
        // The first rendering of every phone is transient (layered settings, files): give it back
        // to the system instead of keeping it in this thread's heap for the console's lifetime.
        if (cold && m_rendered)
            malloc_trim(0);
#endif
        if (!current) {
            emit failed(current.error().fullText());
            return;
        }
        publish(ConfigService::outOfDate(m_served, *current));
    }

    void publish(const QSet<Id> &pending)
    {
        if (m_first || pending != m_last) {
            m_first = false;
            m_last = pending;
            emit computed(pending);
        }
    }

    const ConnectionSpec m_spec;
    const QString m_actor;
    const Role m_role;
    Storage *const m_shared;
    Storage *m_storage = nullptr;
    std::unique_ptr<Storage> m_own;
    std::unique_ptr<ConfigService> m_configs;
    QTimer m_timer {this}; // a child, so it moves to the worker's thread with it
    QElapsedTimer m_sinceFullRead;
    QHash<Id, QString> m_served;
    QSet<Id> m_dirtyServed;
    bool m_reloadAllServed = false;
    QSet<Id> m_last;
    bool m_first = true;
    bool m_rendered = false;
};

PendingConfigWatcher::PendingConfigWatcher(Storage *storage, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QSet<PhoneDesk::Id>>();
    const ConnectionSpec &spec = storage->spec();
    // A private database (in-memory SQLite) exists on this connection only: work on it here.
    const bool privateDatabase = spec.isPrivate();
    m_worker = new Worker(spec, storage->actor(), storage->role(), privateDatabase ? storage : nullptr);
    connect(m_worker, &Worker::computed, this, [this](const QSet<Id> &pending) {
        m_pending = pending;
        m_ready = true;
        emit pendingChanged(m_pending);
    });
    connect(m_worker, &Worker::failed, this, &PendingConfigWatcher::failed);
    if (privateDatabase)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("phonedesk-pending-config"));
    m_worker->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

void PendingConfigWatcher::start()
{
    if (std::exchange(m_started, true))
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->start(); }, Qt::QueuedConnection);
}

PendingConfigWatcher::~PendingConfigWatcher()
{
    if (m_thread) {
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    } else {
        m_worker->shutdown();
    }
    delete m_worker;
}

} // namespace PhoneDesk

#include "pendingconfigwatcher.moc"
