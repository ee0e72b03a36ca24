#include "redirectioncontrol.h"

#include "changefeed.h"
#include "tlsthreadstate.h"

namespace PhoneDesk {

RedirectionControl::RedirectionControl(RedirectionWorkerConfig config, QObject *parent)
    : QObject(parent)
    , m_worker(new RedirectionWorker(config))
    , m_services(config.services)
{
    m_thread.setObjectName(QStringLiteral("phonedesk-redirection"));
    freeTlsStateWhenFinished(m_thread); // the services are HTTPS
    m_worker->moveToThread(&m_thread);
    // Made here, in the feed's thread (see RedirectionWorker::onChange); queued to the worker.
    connect(ChangeFeed::instance(), &ChangeFeed::changed, m_worker, &RedirectionWorker::onChange);
    connect(m_worker, &RedirectionWorker::statusChanged, this,
            [this](const QString &service, const QString &text) {
                m_status.insert(service, text);
                emit statusChanged(service, text);
            });
    // The worker is deleted in its thread, by stop in the destructor.
}

RedirectionControl::~RedirectionControl()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker] {
                worker->stop();
                delete worker;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

void RedirectionControl::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &RedirectionWorker::start, Qt::QueuedConnection);
}

void RedirectionControl::setServices(const QList<RedirectionServiceConfig> &services)
{
    m_services = services;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, services] { worker->setServices(services); }, Qt::QueuedConnection);
}

void RedirectionControl::retryFailed(const QString &service)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, service] { worker->retryFailed(service); }, Qt::QueuedConnection);
}

} // namespace PhoneDesk
