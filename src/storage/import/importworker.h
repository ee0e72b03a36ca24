#pragma once

// Runs an import off the GUI thread: owns its own Storage (Qt Sql connections belong to the
// thread that opened them), opened from the console's ConnectionSpec, and reports progress.

#include "connectionspec.h"
#include "phoneimport.h"
#include "types.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace PhoneDesk {

class ImportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWorker)

public:
    enum class Phase { Reading, Saving };
    Q_ENUM(Phase)

    ImportWorker(const ConnectionSpec &spec, const QString &actor, Role role);
    ~ImportWorker() override;

    // Thread-safe: the running step stops at its next progress report (nothing is saved).
    void cancel() { m_cancelled = true; }
    // Thread-safe: called by whoever queues the next step, before queuing it.
    void resetCancel() { m_cancelled = false; }
    // Thread-safe: the plan of the last successful prepare().
    std::shared_ptr<const ImportPlan> plan() const;

    // Slots to call through a queued connection / QMetaObject::invokeMethod.
    Q_INVOKABLE void prepare(const QString &path, int mode);
    Q_INVOKABLE void commit(bool skipInvalid);
    // Closes the worker's database connection (call in the worker thread before it ends).
    Q_INVOKABLE void close();

Q_SIGNALS:
    void progress(PhoneDesk::ImportWorker::Phase phase, qint64 done, qint64 total);
    void prepared(bool ok, const QString &error);
    void committed(bool ok, bool cancelled, const QString &message, qint64 created, qint64 updated,
                   qint64 skipped);

private:
    Storage *storage(QString &error);
    ProgressCallback callback(Phase phase);

    ConnectionSpec m_spec;
    QString m_actor;
    Role m_role;
    std::unique_ptr<Storage> m_storage;
    std::atomic<bool> m_cancelled {false};
    mutable QMutex m_mutex;
    std::shared_ptr<const ImportPlan> m_plan;
    QString m_path;
};

// Owns the worker thread; destroying it cancels any running step and waits for the thread.
class ImportSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSession)

public:
    ImportSession(const ConnectionSpec &spec, const QString &actor, Role role, QObject *parent = nullptr);
    ~ImportSession() override;

    ImportWorker *worker() const { return m_worker; }
    void prepare(const QString &path, ImportMode mode);
    void commit(bool skipInvalid);
    void cancel() { m_worker->cancel(); }

private:
    QThread m_thread;
    ImportWorker *m_worker = nullptr;
};

} // namespace PhoneDesk
