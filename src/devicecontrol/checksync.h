#pragma once

// The check-sync NOTIFY that makes a phone re-fetch its configuration or reboot (Asterisk,
// FusionPBX and wazo send the same): unsolicited NOTIFY, Event: check-sync[;reboot=...],
// Subscription-State: terminated (RFC 6665 makes the header mandatory).

#include "sipmessage.h"
#include "siptarget.h"

namespace PhoneDesk {

// `event` is the model's rebootEvent or resyncEvent ("check-sync;reboot=true"); `contact` is the
// client's own Contact (SipClient::contactFor()).
SipRequestSpec checkSyncNotify(const SipTarget &target, const QByteArray &event, const QByteArray &contact);

} // namespace PhoneDesk
