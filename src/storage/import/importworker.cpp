#include "importworker.h"

#include "storage.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace PhoneDesk {

ImportWorker::ImportWorker(const ConnectionSpec &spec, const QString &actor, Role role)
    : m_spec(spec)
    , m_actor(actor)
    , m_role(role)
{ }

ImportWorker::~ImportWorker() = default;

std::shared_ptr<const ImportPlan> ImportWorker::plan() const
{
    QMutexLocker lock(&m_mutex);
    return m_plan;
}

Storage *ImportWorker::storage(QString &error)
{
    if (!m_storage) {
        // A worker's connection does not LISTEN: the console's main connection already hears
        // every change, this one's included, once.
        auto opened = Storage::openForWorker(m_spec, m_actor, m_role);
        if (!opened) {
            error = opened.error().fullText();
            return nullptr;
        }
        m_storage = std::move(opened.value());
    } else if (auto alive = m_storage->ensureConnected(); !alive) {
        // The database went away since the file was read (it restarted, or is still down).
        error = alive.error().fullText();
        return nullptr;
    }
    return m_storage.get();
}

ProgressCallback ImportWorker::callback(Phase phase)
{
    return [this, phase](qsizetype done, qsizetype total) {
        Q_EMIT progress(phase, done, total);
        return !m_cancelled.load();
    };
}

void ImportWorker::prepare(const QString &path, int mode)
{
    QString error;
    Storage *db = storage(error);
    if (!db) {
        Q_EMIT prepared(false, error);
        return;
    }
    auto plan = PhoneImporter(*db).prepareFile(path, static_cast<ImportMode>(mode), callback(Phase::Reading));
    if (!plan) {
        Q_EMIT prepared(false, plan.error().fullText());
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_plan = std::make_shared<const ImportPlan>(std::move(plan.value()));
        m_path = path;
    }
    Q_EMIT prepared(true, QString());
}

void ImportWorker::commit(bool skipInvalid)
{
    // A cancel that arrived before this queued call ran (the user closed the wizard at once) wins.
    if (m_cancelled.load()) {
        Q_EMIT committed(false, true,
                         QCoreApplication::translate("PhoneDesk::Storage", "Cancelled; nothing was saved."),
                         0, 0, 0);
        return;
    }
    QString error;
    Storage *db = storage(error);
    const std::shared_ptr<const ImportPlan> current = plan();
    if (!db || !current) {
        Q_EMIT committed(
            false, false,
            db ? QCoreApplication::translate("PhoneDesk::Import", "Nothing to import: read a file first.")
               : error,
            0, 0, 0);
        return;
    }
    auto result = PhoneImporter(*db).commit(*current, skipInvalid, m_path, callback(Phase::Saving));
    if (!result) {
        Q_EMIT committed(false, result.error().code == Error::Code::Cancelled, result.error().fullText(), 0,
                         0, 0);
        return;
    }
    Q_EMIT committed(true, false, QString(), result->created, result->updated, result->skipped);
}

void ImportWorker::close()
{
    m_storage.reset();
}

ImportSession::ImportSession(const ConnectionSpec &spec, const QString &actor, Role role, QObject *parent)
    : QObject(parent)
    , m_worker(new ImportWorker(spec, actor, role))
{
    m_thread.setObjectName(QStringLiteral("phonedesk-import"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

ImportSession::~ImportSession()
{
    m_worker->cancel();
    QMetaObject::invokeMethod(m_worker, &ImportWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void ImportSession::prepare(const QString &path, ImportMode mode)
{
    // The flag is cleared here, in the requesting thread, so a cancel() issued after this request
    // but before the worker picks it up is not lost.
    m_worker->resetCancel();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, path, mode] { w->prepare(path, int(mode)); }, Qt::QueuedConnection);
}

void ImportSession::commit(bool skipInvalid)
{
    m_worker->resetCancel();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, skipInvalid] { w->commit(skipInvalid); }, Qt::QueuedConnection);
}

} // namespace PhoneDesk
