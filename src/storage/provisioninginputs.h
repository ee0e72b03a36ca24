#pragma once

// Bulk read of what the provisioning renderers need for many phones at once: the managed phones
// with their line keys, overrides and device secret, in one query (100k phones without 200k
// round trips).

#include "entities.h"
#include "result.h"

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
} // namespace ProvisioningInputs

} // namespace PhoneDesk
