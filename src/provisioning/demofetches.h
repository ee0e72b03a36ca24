#pragma once

// The demo organisation only: its managed phones have fetched their files once, as after a first
// boot, so the Phones tab shows firmware, last fetch and "Configuration: Pending" as it would for a
// real fleet. Each phone gets the hash of what it would be served now, except every seventh, which
// holds the hash of an earlier version (a change it has not fetched yet).

#include "entities.h"
#include "result.h"

namespace PhoneDesk {

class Storage;

// Records the fetches in one transaction; returns how many phones got one. A phone's fetch IP is
// the host of its network address when that is loopback (a simulated phone), otherwise a made-up
// address from the documentation ranges (RFC 5737), which device control never probes.
Result<int> recordDemoFetches(Storage &storage);

// One demo phone fetches its current files now, from `ip` (a simulated phone on loopback, after a
// check-sync or a reboot: the demo has no provisioning server to fetch from). Returns false when
// the phone is not provisioned (not managed, or no renderer for its model).
Result<bool> recordDemoFetch(Storage &storage, Id phoneId, const QString &ip);

} // namespace PhoneDesk
