#pragma once

// The provisioning server's in-memory view of what it may serve: rendered files per known MAC and
// the shared files. Written by the server's thread, read by every worker thread.

#include "configservice.h"

#include <QHash>
#include <QReadWriteLock>

#include <atomic>
#include <memory>

namespace PhoneDesk {

struct DeviceEntry
{
    Id phoneId = 0;
    QString name;
    QString mac;
    QString modelId;
    QString renderer;
    QString secret;
    QString hash;
    QHash<QString, RenderedFile> files; // by exact file name (lower-case MAC)
};

class DeviceDirectory final
{
public:
    std::shared_ptr<const DeviceEntry> find(const QString &mac) const;
    std::optional<RenderedFile> sharedFile(const QString &name) const;

    void replaceAll(const QList<PhoneConfig> &configs);
    void upsert(const QList<PhoneConfig> &configs);
    void remove(const QList<Id> &phoneIds);
    qsizetype size() const;

    // False while the database cannot be reached: what the directory does not know (an unknown
    // MAC, credentials that do not match) cannot be decided then. Any thread.
    bool databaseReachable() const { return m_databaseReachable.load(); }
    void setDatabaseReachable(bool reachable) { m_databaseReachable = reachable; }

private:
    static std::shared_ptr<const DeviceEntry> entryFor(const PhoneConfig &config);
    void insertLocked(const PhoneConfig &config);

    mutable QReadWriteLock m_lock;
    QHash<QString, std::shared_ptr<const DeviceEntry>> m_byMac;
    QHash<Id, QString> m_macById;
    QHash<QString, RenderedFile> m_shared;
    std::atomic<bool> m_databaseReachable {true};
};

} // namespace PhoneDesk
