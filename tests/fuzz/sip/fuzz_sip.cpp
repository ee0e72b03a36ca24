// libFuzzer target: arbitrary bytes as a SIP datagram, a TCP stream buffer and a phone address.
// Aborts (besides sanitizer reports) when a property fails:
//  - a parsed message has a branch-carrying top Via, a CSeq method and a status in 100..699;
//  - a response built to a parsed request parses again with the same branch, Call-ID and CSeq;
//  - stream framing never claims more bytes than the buffer holds or than MaxSize;
//  - a parsed target gives a Request-URI that parses back to the same address and port.

#include "sipmessage.h"
#include "siptarget.h"

#include <QString>

#include <cstdlib>

using namespace PhoneDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    if (const auto m = SipMessage::parse(bytes)) {
        if (m->vias.isEmpty() || m->cseqMethod.isEmpty())
            std::abort();
        if (m->isResponse && (m->statusCode < 100 || m->statusCode > 699))
            std::abort();
        if (!m->isResponse) {
            const QByteArray answer = SipWire::buildResponse(*m, 200, "OK", "fuzz");
            const auto r = SipMessage::parse(answer);
            if (!r || !r->isResponse || r->topBranch != m->topBranch || r->callId != m->callId ||
                r->cseqMethod != m->cseqMethod || r->cseqNumber != m->cseqNumber)
                std::abort();
        }
    }

    const qsizetype frame = SipWire::streamFrameLength(bytes);
    if (frame > bytes.size() || frame > SipMessage::MaxSize)
        std::abort();

    if (size < 512) {
        const QString text = QString::fromUtf8(bytes);
        if (const auto t = SipTarget::parse(text)) {
            const auto again = SipTarget::parse(QString::fromLatin1(t->requestUri()));
            if (!again || again->address != t->address || again->port != t->port ||
                again->transport != t->transport)
                std::abort();
        }
    }
    return 0;
}
