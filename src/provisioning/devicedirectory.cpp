#include "devicedirectory.h"

#include "configrenderer.h"

namespace PhoneDesk {

std::shared_ptr<const DeviceEntry> DeviceDirectory::find(const QString &mac) const
{
    QReadLocker lock(&m_lock);
    return m_byMac.value(mac);
}

std::optional<RenderedFile> DeviceDirectory::sharedFile(const QString &name) const
{
    QReadLocker lock(&m_lock);
    const auto it = m_shared.constFind(name);
    if (it == m_shared.constEnd())
        return std::nullopt;
    return *it;
}

std::shared_ptr<const DeviceEntry> DeviceDirectory::entryFor(const PhoneConfig &config)
{
    auto entry = std::make_shared<DeviceEntry>();
    entry->phoneId = config.phoneId;
    entry->name = config.name;
    entry->mac = config.mac;
    entry->modelId = config.modelId;
    entry->renderer = config.renderer;
    entry->secret = config.deviceSecret;
    entry->hash = config.hash;
    for (const RenderedFile &f : config.files)
        entry->files.insert(f.name, f);
    return entry;
}

void DeviceDirectory::insertLocked(const PhoneConfig &config)
{
    const auto old = m_macById.constFind(config.phoneId);
    if (old != m_macById.constEnd() && *old != config.mac) {
        const auto previous = m_byMac.value(*old);
        if (previous && previous->phoneId == config.phoneId)
            m_byMac.remove(*old);
    }
    m_byMac.insert(config.mac, entryFor(config));
    m_macById.insert(config.phoneId, config.mac);
}

void DeviceDirectory::replaceAll(const QList<PhoneConfig> &configs)
{
    QHash<QString, RenderedFile> shared;
    for (const QString &renderer : ConfigRenderer::renderers()) {
        for (const RenderedFile &f : ConfigRenderer::sharedFiles(renderer))
            shared.insert(f.name, f);
    }
    QWriteLocker lock(&m_lock);
    m_byMac.clear();
    m_macById.clear();
    m_shared = shared;
    for (const PhoneConfig &c : configs)
        insertLocked(c);
}

void DeviceDirectory::upsert(const QList<PhoneConfig> &configs)
{
    QWriteLocker lock(&m_lock);
    for (const PhoneConfig &c : configs)
        insertLocked(c);
}

void DeviceDirectory::remove(const QList<Id> &phoneIds)
{
    QWriteLocker lock(&m_lock);
    for (Id id : phoneIds) {
        const QString mac = m_macById.take(id);
        const auto entry = m_byMac.value(mac);
        if (entry && entry->phoneId == id) // the MAC may have moved to another phone meanwhile
            m_byMac.remove(mac);
    }
}

qsizetype DeviceDirectory::size() const
{
    QReadLocker lock(&m_lock);
    return m_byMac.size();
}

} // namespace PhoneDesk
