#pragma once

// Where a SIP request for one phone goes: address, port, transport and optional user part, taken
// only from what the phone record says (its network address or last provisioning-fetch IP).

#include "types.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace PhoneDesk {

struct SipTarget
{
    QHostAddress address;
    quint16 port = 5060;
    SipTransport transport = SipTransport::Udp;
    QByteArray user; // Request-URI user part, may be empty

    // "sip:1001@127.0.0.5:5060;transport=tcp"
    QByteArray requestUri() const;
    // "127.0.0.5:5060" / "[::1]:5060"
    QString hostPort() const;

    bool operator==(const SipTarget &) const = default;

    // Accepts "127.0.0.5", "127.0.0.5:5062", "[::1]:5060", "sip:1001@127.0.0.5:5060;transport=tcp".
    // Only IP literals: a probe must not depend on (or leak through) name resolution. On failure
    // returns nullopt and a translated reason naming the address.
    static std::optional<SipTarget>
    parse(const QString &text, SipTransport defaultTransport = SipTransport::Udp, QString *error = nullptr);
};

} // namespace PhoneDesk
