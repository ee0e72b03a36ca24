#pragma once

// The demo organisation only: its managed phones have fetched their files once, as after a first
// boot, so the Phones tab shows firmware, last fetch and "Configuration: Pending" as it would for a
// real fleet. Each phone gets the hash of what it would be served now, except every seventh, which
// holds the hash of an earlier version (a change it has not fetched yet).

#include "result.h"

namespace PhoneDesk {

class Storage;

// Records the fetches in one transaction; returns how many phones got one.
Result<int> recordDemoFetches(Storage &storage);

} // namespace PhoneDesk
