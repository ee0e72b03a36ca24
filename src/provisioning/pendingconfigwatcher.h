#pragma once

// Which phones have a configuration pending: the files they last fetched (their served hash) differ
// from what they would be served now. Rendering every provisioned phone takes seconds for 100,000
// phones, so the work runs in its own thread on its own database connection (in the caller's
// thread only for a private in-memory database) and follows changes: a saved base setting, site,
// user or phone re-renders the phones it touches; a recorded fetch re-reads that phone's served hash.

#include "entities.h"

#include <QObject>
#include <QSet>

class QThread;

namespace PhoneDesk {

class Storage;

class PendingConfigWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingConfigWatcher)

public:
    explicit PendingConfigWatcher(Storage *storage, QObject *parent = nullptr);
    ~PendingConfigWatcher() override;

    // Begins the work (once; later calls do nothing). The console calls it after its window is
    // first painted, so that starting does not compete with loading the Phones table.
    void start();

    // The phones with a configuration pending, as last computed.
    const QSet<Id> &pending() const { return m_pending; }
    bool isStarted() const { return m_started; }
    // True once the first computation has finished.
    bool isReady() const { return m_ready; }

signals:
    // The set changed (also emitted once after the first computation).
    void pendingChanged(const QSet<PhoneDesk::Id> &pending);
    void failed(const QString &message);

private:
    class Worker;
    Worker *m_worker = nullptr;
    QThread *m_thread = nullptr;
    QSet<Id> m_pending;
    bool m_ready = false;
    bool m_started = false;
};

} // namespace PhoneDesk
