#pragma once

// Where a SIP request for one phone goes: address, port, transport and optional user part, taken
// only from what the phone record says (its network address or last provisioning-fetch IP).
//
// Addresses in the documentation ranges (RFC 5737: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24;
// RFC 3849: 2001:db8::/32) are refused here: they stand for made-up phones (the demo, examples,
// tests) and no request is ever sent to one. Every probe and command target passes through here.

#include "types.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace PhoneDesk {

// True for an address in a documentation range (see above), also written IPv4-mapped.
bool isDocumentationAddress(const QHostAddress &address);

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
    // Only IP literals: a probe must not depend on (or leak through) name resolution. Refuses
    // documentation addresses. On failure returns nullopt and a translated reason naming the address.
    static std::optional<SipTarget>
    parse(const QString &text, SipTransport defaultTransport = SipTransport::Udp, QString *error = nullptr);
};

} // namespace PhoneDesk
