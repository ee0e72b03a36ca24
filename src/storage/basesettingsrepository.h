#pragma once

// Base Settings profiles: reusable per-model configuration, with the number of phones using each.

#include "entities.h"
#include "result.h"

namespace PhoneDesk {

class Storage;

struct BaseSettingsSummary
{
    BaseSettings settings;
    int phoneCount = 0;
};

class BaseSettingsRepository final
{
public:
    explicit BaseSettingsRepository(Storage &storage)
        : m_storage(storage)
    { }

    Result<QList<BaseSettingsSummary>> list();
    Result<BaseSettings> get(Id id);
    Result<BaseSettings> findByName(const QString &name);
    Result<BaseSettings> create(BaseSettings settings);
    Result<BaseSettings> update(BaseSettings settings); // Conflict when stale
    Result<BaseSettings> duplicate(Id id, const QString &newName);
    Result<void> remove(Id id); // InUse while phones use it, saying how many
    Result<int> phoneCount(Id id);

private:
    Storage &m_storage;
};

} // namespace PhoneDesk
