#pragma once

// SIP message parsing (GNU oSIP underneath) and request/response building for the device-control
// client and the phone simulator. Parsing never trusts its input: anything malformed is refused.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace PhoneDesk {

using SipHeader = QPair<QByteArray, QByteArray>; // name as sent, value

struct SipMessage
{
    // Datagrams and TCP frames larger than this are refused before parsing (RFC 3261 needs no more).
    static constexpr qsizetype MaxSize = 65535;

    bool isResponse = false;
    int statusCode = 0; // responses
    QByteArray reason; // responses
    QByteArray method; // requests
    QByteArray requestUri; // requests
    QList<QByteArray> vias; // every Via value, top first
    QByteArray topViaTransport; // "UDP", "TCP", ...
    QByteArray topBranch;
    QByteArray from;
    QByteArray to;
    QByteArray callId;
    QByteArray cseq; // "1 OPTIONS"
    quint32 cseqNumber = 0;
    QByteArray cseqMethod;
    QList<SipHeader> otherHeaders; // headers oSIP does not model itself (Event, User-Agent, ...)
    QByteArray body;

    // First value of a header oSIP keeps as "other" (case-insensitive name), or empty.
    QByteArray header(QByteArrayView name) const;

    // Parses one complete message. On failure returns nullopt and, if asked, why (not translated:
    // for logs and statistics only).
    static std::optional<SipMessage> parse(QByteArrayView data, QByteArray *why = nullptr);
};

// What a client needs to send one non-INVITE request; the transaction layer adds Via and CSeq.
struct SipRequestSpec
{
    QByteArray method; // "OPTIONS", "NOTIFY"
    QByteArray requestUri; // "sip:1001@127.0.0.5:5060"
    QList<SipHeader> headers; // extra headers (Event, Subscription-State, ...)
    QByteArray body;
    QByteArray contentType;
};

namespace SipWire {

// Builds a request. `transport` is the Via token ("UDP"/"TCP"), `sentBy` "host:port".
QByteArray buildRequest(const SipRequestSpec &spec, QByteArrayView transport, QByteArrayView sentBy,
                        QByteArrayView branch, QByteArrayView callId, QByteArrayView fromTag,
                        QByteArrayView fromUri, QByteArrayView userAgent);

// Builds a response to `request`, copying Via/From/To/Call-ID/CSeq; adds `toTag` to To when it
// has none.
QByteArray buildResponse(const SipMessage &request, int code, QByteArrayView reason, QByteArrayView toTag,
                         const QList<SipHeader> &extraHeaders = {});

// Random tokens: "z9hG4bK" + 16 hex digits for branches (RFC 3261 magic cookie), hex for tags.
QByteArray newBranch();
QByteArray newToken(int bytes = 8);

// Length of the first complete message in a stream buffer (TCP framing by Content-Length), 0 if
// more bytes are needed, -1 if the stream is broken (no header end within MaxSize, bad length).
qsizetype streamFrameLength(QByteArrayView buffer);

} // namespace SipWire
} // namespace PhoneDesk
