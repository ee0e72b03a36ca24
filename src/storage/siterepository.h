#pragma once

// Sites: create, read, update (optimistic), delete (refused while phones use the site).

#include "entities.h"
#include "result.h"

namespace PhoneDesk {

class Storage;

class SiteRepository final
{
public:
    explicit SiteRepository(Storage &storage)
        : m_storage(storage)
    { }

    Result<QList<Site>> list();
    Result<Site> get(Id id);
    Result<Site> create(Site site);
    Result<Site> update(Site site); // refused with Conflict when site.version is stale
    Result<void> remove(Id id);
    Result<int> phoneCount(Id id);

private:
    Storage &m_storage;
};

} // namespace PhoneDesk
