#pragma once

// How one probe's outcome becomes a phone status: the single place that defines Online, Degraded
// and Offline, so the poller, the CLI and the tests agree.

#include "sipclient.h"
#include "types.h"

#include <QString>

namespace PhoneDesk {

struct StatusThresholds
{
    // An answer slower than this is Degraded (chan_sip's qualify limit is 2000 ms; a desk phone on
    // a LAN answers in a few ms, so a second already means trouble).
    int degradedRttMs = 1000;
};

struct StatusVerdict
{
    PhoneStatus status = PhoneStatus::Unknown;
    QString detail; // translated: "200 OK in 3 ms", "503 Service Unavailable", "no answer"
};

// Mapping (Asterisk qualify practice: any final answer means the phone is there):
//  - 2xx, 3xx, 4xx final answer      -> Online (401/403/404/405/481/489 included), or Degraded when
//                                       the RTT is above the threshold;
//  - 5xx, 6xx final answer           -> Degraded (reachable, but the phone says it is in trouble);
//  - timeout or transport error      -> Offline (the poller calls this only after its retries).
StatusVerdict mapProbeResult(const SipResult &result, const StatusThresholds &thresholds = {});

} // namespace PhoneDesk
