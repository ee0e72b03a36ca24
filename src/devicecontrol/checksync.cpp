#include "checksync.h"

namespace PhoneDesk {

SipRequestSpec checkSyncNotify(const SipTarget &target, const QByteArray &event, const QByteArray &contact)
{
    SipRequestSpec spec;
    spec.method = QByteArrayLiteral("NOTIFY");
    spec.requestUri = target.requestUri();
    spec.headers = {
        {QByteArrayLiteral("Contact"), contact},
        {QByteArrayLiteral("Event"), event.isEmpty() ? QByteArrayLiteral("check-sync") : event},
        {QByteArrayLiteral("Subscription-State"), QByteArrayLiteral("terminated")},
    };
    return spec;
}

} // namespace PhoneDesk
