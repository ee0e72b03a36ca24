#pragma once

// Demo data: sites, users, base settings for many models and phones of every category, so the
// console, the tests and the benchmarks have a realistic organisation to work with.

#include "result.h"

#include <functional>

namespace PhoneDesk {

class Storage;

struct DemoOptions
{
    int managedPhones = 120;
    int unmanagedPhones = 20;
    int webRtcPhones = 30;
    int remotePhones = 15;
    int users = 80;
    // Unboxed phones that asked the provisioning server before anyone added them: they wait in the
    // provisioning quarantine for an administrator to claim them (at most 3).
    int quarantinedPhones = 3;
    // Optional SIP address for managed/unmanaged phone number `index` (0-based across both), so a
    // simulated fleet can answer for them. Empty = the phone is probed at its fetch address.
    std::function<QString(int index)> networkAddress;
};

struct DemoSummary
{
    int sites = 0;
    int users = 0;
    int baseSettings = 0;
    int phones = 0;
    int quarantined = 0;
};

// Fills an empty database. Refuses (Error::Code::InUse) when phones already exist.
Result<DemoSummary> populateDemoData(Storage &storage, const DemoOptions &options = {});

} // namespace PhoneDesk
