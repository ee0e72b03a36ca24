#pragma once

// What a provisioning request's User-Agent says about the phone: vendor family (renderer id),
// the model token, firmware and, where the vendor sends it, the MAC.

#include <QString>

namespace PhoneDesk {

struct UserAgentInfo
{
    QString renderer; // "poly-ucs", "yealink", "audiocodes"; empty when not a known phone
    QString modelToken; // "VVX_450", "SIP-T46U", "440HDG"
    QString firmware; // "6.4.3.5156"
    QString mac; // normalised, when the User-Agent carries one
    QString modelId; // catalog model matched, if any
};

UserAgentInfo parseUserAgent(const QString &userAgent);

} // namespace PhoneDesk
