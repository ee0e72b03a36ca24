#pragma once

// The RedirectionWorker of a process in a thread of its own ("phonedesk-redirection"), driven from
// the main thread: started and stopped with this object, given new settings, asked to retry, and
// telling each service's status back (the console's settings page, phonedesk-server's log).

#include "redirectionworker.h"

#include <QHash>
#include <QObject>
#include <QThread>

namespace PhoneDesk {

class RedirectionControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedirectionControl)

public:
    explicit RedirectionControl(RedirectionWorkerConfig config, QObject *parent = nullptr);
    // Stops the worker (requests in flight are abandoned; their rows are checked next time).
    ~RedirectionControl() override;

    void start();
    void setServices(const QList<RedirectionServiceConfig> &services);
    const QList<RedirectionServiceConfig> &services() const { return m_services; }
    void retryFailed(const QString &service = {});
    // The worker's last word about `service` (RedirectionWorker::status()).
    QString status(const QString &service) const { return m_status.value(service); }

signals:
    void statusChanged(const QString &service, const QString &text);

private:
    QThread m_thread;
    RedirectionWorker *m_worker; // lives in m_thread
    QList<RedirectionServiceConfig> m_services;
    QHash<QString, QString> m_status;
};

} // namespace PhoneDesk
