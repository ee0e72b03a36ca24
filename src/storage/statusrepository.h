#pragma once

// Live status of phones and their last provisioning fetch. Written in batches by the poller and
// the provisioning server: one transaction and one change event per batch, an audit entry per transition.

#include "entities.h"
#include "result.h"

#include <QHash>

namespace PhoneDesk {

class Storage;

class StatusRepository final
{
public:
    explicit StatusRepository(Storage &storage)
        : m_storage(storage)
    { }

    Result<QHash<Id, StatusRecord>> all();
    Result<StatusRecord> get(Id phoneId); // Unknown when never probed
    // The records of these phones in a few statements; phones never probed or fetched are absent.
    Result<QHash<Id, StatusRecord>> getMany(const QList<Id> &phoneIds);

    // Saves probe results (status, RTT, last seen, detail; the fetch fields are left alone). Records
    // whose status differs from the stored one get lastChange = now and a "status.change" audit entry.
    // Returns the phone ids whose status changed.
    Result<QList<Id>> applyProbeResults(const QList<StatusRecord> &records);

    // Saves a provisioning fetch (time, IP, User-Agent, firmware, served hash) and marks the phone seen.
    Result<void> recordFetch(Id phoneId, const ProvisioningFetch &fetch);

private:
    Storage &m_storage;
};

} // namespace PhoneDesk
