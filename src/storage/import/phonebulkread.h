#pragma once

// Reads many full phone records in a few queries (export and bulk upserts would otherwise need
// one query per phone).

#include "entities.h"
#include "result.h"

namespace PhoneDesk {

class Storage;

namespace PhoneBulkRead {

// The phones with `ids`, in that order; ids that no longer exist are left out.
Result<QList<Phone>> byIds(Storage &storage, const QList<Id> &ids);
// Every phone, ordered by name.
Result<QList<Phone>> all(Storage &storage);

} // namespace PhoneBulkRead
} // namespace PhoneDesk
