#pragma once

// Bulk read of what the provisioning renderers need for many phones at once: the managed phones
// with their line keys, overrides and device secret, in one query (100k phones without 200k
// round trips).

#include "entities.h"
#include "result.h"

#include <functional>

namespace PhoneDesk {

class Storage;

struct ProvisioningInput
{
    Phone phone;
    QString deviceSecret;
};

namespace ProvisioningInputs {
// Managed phones with a hardware ID; only `ids` when given.
Result<QList<ProvisioningInput>> managedPhones(Storage &storage, const QList<Id> &ids = {});
// The same query, handed over `batchSize` phones at a time as it is read, so that a caller that
// works batch by batch never holds every phone at once. A sink error stops the read.
Result<void> managedPhonesInBatches(Storage &storage, const QList<Id> &ids, qsizetype batchSize,
                                    const std::function<Result<void>(QList<ProvisioningInput> &)> &sink);
} // namespace ProvisioningInputs

} // namespace PhoneDesk
