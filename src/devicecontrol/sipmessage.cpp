#include "sipmessage.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <osipparser2/osip_parser.h>
#include <osipparser2/osip_port.h>

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>

Q_LOGGING_CATEGORY(lcOsip, "phonedesk.sip.osip", QtWarningMsg)

namespace PhoneDesk {

namespace {

const char *osipLevelName(osip_trace_level_t level)
{
    switch (level) {
    case OSIP_FATAL:
        return "fatal";
    case OSIP_BUG:
        return "bug";
    case OSIP_ERROR:
        return "error";
    case OSIP_WARNING:
        return "warning";
    default:
        return "info";
    }
}

// Where oSIP's traces go: the phonedesk.sip.osip category at debug level, off unless asked for
// (QT_LOGGING_RULES="phonedesk.sip.osip.debug=true"). Every malformed datagram makes oSIP trace a
// few lines, so anything louder would let a sender fill the log.
void osipTrace(const char *file, int line, osip_trace_level_t level, const char *format, va_list ap)
{
    if (!lcOsip().isDebugEnabled())
        return;
    char text[512];
    std::vsnprintf(text, sizeof text, format, ap);
    QByteArray message(text);
    while (message.endsWith('\n') || message.endsWith('\r'))
        message.chop(1);
    QMessageLogger(file, line, nullptr, lcOsip().categoryName())
        .debug("oSIP %s: %s", osipLevelName(level), message.constData());
}

void ensureParserReady()
{
    // oSIP's header dispatch table is global; it must be built once before any parse.
    static std::once_flag once;
    std::call_once(once, [] {
        // Before anything else of oSIP runs: its first trace, when no trace function, file or
        // syslog is set up, sets up stdout with the error levels on by itself (libosip2 5.x), so
        // merely disabling levels does not last. A trace function stops that; every level goes to
        // it, and it drops what the logging category does not want.
        osip_trace_initialize_func(END_TRACE_LEVEL, &osipTrace);
        parser_init();
    });
}

struct MessageDeleter
{
    void operator()(osip_message_t *m) const { osip_message_free(m); }
};

// Takes ownership of a string oSIP allocated.
QByteArray takeOsipString(char *s)
{
    if (!s)
        return {};
    QByteArray result(s);
    osip_free(s);
    return result;
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            std::strchr("-.!%*_+`'~", c) != nullptr;
        if (!ok)
            return false;
    }
    return true;
}

// oSIP's writer can produce header text its own parser refuses; what we keep must read back, or
// an answer echoing it would be malformed (found by fuzzing).
bool viaReadsBack(const QByteArray &text)
{
    osip_via_t *via = nullptr;
    if (osip_via_init(&via) != OSIP_SUCCESS)
        return false;
    const bool ok = osip_via_parse(via, text.constData()) == OSIP_SUCCESS && via->host && *via->host;
    osip_via_free(via);
    return ok;
}

bool fromReadsBack(const QByteArray &text)
{
    osip_from_t *from = nullptr;
    if (osip_from_init(&from) != OSIP_SUCCESS)
        return false;
    const bool ok = osip_from_parse(from, text.constData()) == OSIP_SUCCESS && from->url;
    osip_from_free(from);
    return ok;
}

bool hasLineBreak(QByteArrayView text)
{
    return text.contains('\r') || text.contains('\n') || text.contains('\0');
}

} // namespace

QByteArray SipMessage::header(QByteArrayView name) const
{
    for (const SipHeader &h : otherHeaders) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

namespace {

// The stages of SipMessage::parse: each returns why the message is refused, or nullptr.

// Before oSIP sees it: size, a start line, header bytes oSIP would accept but not write back.
const char *precheck(QByteArrayView data)
{
    if (data.isEmpty())
        return "empty";
    if (data.size() > SipMessage::MaxSize)
        return "too large";
    // oSIP copes with garbage, but a cheap look at the start line spares it most of the work.
    if (!data.startsWith("SIP/2.0 ") && !data.contains(" SIP/2.0\r\n") && !data.contains(" SIP/2.0\n"))
        return "not a SIP start line";
    // Header lines: no control characters besides CR, LF and HT, and valid UTF-8 (RFC 3261
    // allows UTF-8 text). oSIP accepts some bytes it cannot write back, and an answer built from
    // such a request would be malformed (found by fuzzing).
    const qsizetype headerEnd = data.indexOf(QByteArrayView("\r\n\r\n"));
    const QByteArrayView headers = headerEnd >= 0 ? data.first(headerEnd) : data;
    for (const char c : headers) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\r' && c != '\n' && c != '\t') || u == 0x7f)
            return "control character in headers";
    }
    if (!QtPrivate::isValidUtf8(headers))
        return "headers are not UTF-8";
    return nullptr;
}

const char *readStartLine(osip_message_t *msg, SipMessage &m)
{
    m.isResponse = MSG_IS_RESPONSE(msg);
    if (m.isResponse) {
        m.statusCode = msg->status_code;
        if (m.statusCode < 100 || m.statusCode > 699)
            return "status code out of range";
        m.reason = QByteArray(msg->reason_phrase ? msg->reason_phrase : "");
        return nullptr;
    }
    if (!msg->sip_method || !msg->req_uri)
        return "no method or Request-URI";
    m.method = QByteArray(msg->sip_method);
    if (!isToken(m.method))
        return "bad method";
    char *uri = nullptr;
    if (osip_uri_to_str(msg->req_uri, &uri) != OSIP_SUCCESS)
        return "bad Request-URI";
    m.requestUri = takeOsipString(uri);
    return nullptr;
}

const char *readVias(osip_message_t *msg, SipMessage &m)
{
    const int viaCount = osip_list_size(&msg->vias);
    for (int i = 0; i < viaCount; ++i) {
        auto *via = static_cast<osip_via_t *>(osip_list_get(&msg->vias, i));
        char *text = nullptr;
        if (!via || !via->host || !*via->host || !via->protocol || !via->version ||
            std::strcmp(via->version, "2.0") != 0 || osip_via_to_str(via, &text) != OSIP_SUCCESS)
            return "bad Via";
        m.vias.append(takeOsipString(text));
        if (!viaReadsBack(m.vias.constLast()))
            return "bad Via";
        if (i > 0)
            continue;
        m.topViaTransport = QByteArray(via->protocol).toUpper();
        osip_generic_param_t *branch = nullptr;
        if (osip_via_param_get_byname(via, const_cast<char *>("branch"), &branch) == OSIP_SUCCESS && branch &&
            branch->gvalue)
            m.topBranch = QByteArray(branch->gvalue);
    }
    return m.vias.isEmpty() ? "no Via" : nullptr;
}

const char *readCallIdAndCSeq(osip_message_t *msg, SipMessage &m)
{
    if (!msg->call_id || !msg->cseq || !msg->cseq->number || !msg->cseq->method)
        return "no Call-ID or CSeq";
    char *text = nullptr;
    if (osip_call_id_to_str(msg->call_id, &text) != OSIP_SUCCESS)
        return "bad Call-ID";
    m.callId = takeOsipString(text);
    bool numberOk = false;
    m.cseqNumber = QByteArray(msg->cseq->number).toUInt(&numberOk);
    if (!numberOk)
        return "bad CSeq number";
    m.cseqMethod = QByteArray(msg->cseq->method);
    if (!isToken(m.cseqMethod))
        return "bad CSeq method";
    m.cseq = QByteArray::number(m.cseqNumber) + ' ' + m.cseqMethod;
    return nullptr;
}

const char *readFromAndTo(osip_message_t *msg, SipMessage &m)
{
    if ((msg->from && !msg->from->url) || (msg->to && !msg->to->url))
        return "From or To without a URI";
    char *text = nullptr;
    if (msg->from) {
        if (osip_from_to_str(msg->from, &text) != OSIP_SUCCESS)
            return "bad From";
        m.from = takeOsipString(text);
    }
    if (msg->to) {
        text = nullptr;
        if (osip_to_to_str(msg->to, &text) != OSIP_SUCCESS)
            return "bad To";
        m.to = takeOsipString(text);
    }
    if (!m.isResponse && (m.from.isEmpty() || m.to.isEmpty()))
        return "request without From or To";
    if ((!m.from.isEmpty() && !fromReadsBack(m.from)) || (!m.to.isEmpty() && !fromReadsBack(m.to)))
        return "bad From or To";
    return nullptr;
}

} // namespace

std::optional<SipMessage> SipMessage::parse(QByteArrayView data, QByteArray *why)
{
    auto fail = [why](const char *reason) -> std::optional<SipMessage> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (const char *refused = precheck(data))
        return fail(refused);
    ensureParserReady();
    osip_message_t *raw = nullptr;
    if (osip_message_init(&raw) != OSIP_SUCCESS || !raw)
        return fail("out of memory");
    std::unique_ptr<osip_message_t, MessageDeleter> msg(raw);
    if (osip_message_parse(msg.get(), data.data(), size_t(data.size())) != OSIP_SUCCESS)
        return fail("malformed");

    SipMessage m;
    for (const auto stage : {readStartLine, readVias, readCallIdAndCSeq, readFromAndTo}) {
        if (const char *refused = stage(msg.get(), m))
            return fail(refused);
    }
    const int headerCount = osip_list_size(&msg->headers);
    for (int i = 0; i < headerCount; ++i) {
        auto *h = static_cast<osip_header_t *>(osip_list_get(&msg->headers, i));
        if (h && h->hname)
            m.otherHeaders.append({QByteArray(h->hname), QByteArray(h->hvalue ? h->hvalue : "")});
    }
    const qsizetype headerEnd = data.indexOf(QByteArrayView("\r\n\r\n"));
    if (headerEnd >= 0)
        m.body = data.sliced(headerEnd + 4).toByteArray();
    return m;
}

namespace SipWire {

QByteArray buildRequest(const SipRequestSpec &spec, QByteArrayView transport, QByteArrayView sentBy,
                        QByteArrayView branch, QByteArrayView callId, QByteArrayView fromTag,
                        QByteArrayView fromUri, QByteArrayView userAgent)
{
    QByteArray out;
    out.reserve(420 + spec.body.size());
    out.append(spec.method).append(' ').append(spec.requestUri).append(" SIP/2.0\r\n");
    out.append("Via: SIP/2.0/").append(transport).append(' ').append(sentBy);
    out.append(";branch=").append(branch).append(";rport\r\n");
    out.append("Max-Forwards: 70\r\n");
    out.append("From: <").append(fromUri).append(">;tag=").append(fromTag).append("\r\n");
    out.append("To: <").append(spec.requestUri).append(">\r\n");
    out.append("Call-ID: ").append(callId).append("\r\n");
    out.append("CSeq: 1 ").append(spec.method).append("\r\n");
    if (!userAgent.isEmpty())
        out.append("User-Agent: ").append(userAgent).append("\r\n");
    for (const SipHeader &h : spec.headers) {
        // Header injection through a value with a line break would forge a different request.
        if (!isToken(h.first) || hasLineBreak(h.second))
            continue;
        out.append(h.first).append(": ").append(h.second).append("\r\n");
    }
    if (!spec.body.isEmpty() && !spec.contentType.isEmpty() && !hasLineBreak(spec.contentType))
        out.append("Content-Type: ").append(spec.contentType).append("\r\n");
    out.append("Content-Length: ").append(QByteArray::number(spec.body.size())).append("\r\n\r\n");
    out.append(spec.body);
    return out;
}

QByteArray buildResponse(const SipMessage &request, int code, QByteArrayView reason, QByteArrayView toTag,
                         const QList<SipHeader> &extraHeaders)
{
    QByteArray out;
    out.reserve(400);
    out.append("SIP/2.0 ").append(QByteArray::number(code)).append(' ').append(reason).append("\r\n");
    for (const QByteArray &via : request.vias)
        out.append("Via: ").append(via).append("\r\n");
    out.append("From: ").append(request.from).append("\r\n");
    out.append("To: ").append(request.to);
    if (!toTag.isEmpty() && !request.to.contains(";tag="))
        out.append(";tag=").append(toTag);
    out.append("\r\n");
    out.append("Call-ID: ").append(request.callId).append("\r\n");
    out.append("CSeq: ").append(request.cseq).append("\r\n");
    for (const SipHeader &h : extraHeaders)
        out.append(h.first).append(": ").append(h.second).append("\r\n");
    out.append("Content-Length: 0\r\n\r\n");
    return out;
}

QByteArray newToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    for (int i = (bytes / 4) * 4; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::global()->bounded(256));
    return raw.toHex();
}

QByteArray newBranch()
{
    return QByteArrayLiteral("z9hG4bK") + newToken(8);
}

qsizetype streamFrameLength(QByteArrayView buffer)
{
    const qsizetype headerEnd = buffer.indexOf(QByteArrayView("\r\n\r\n"));
    if (headerEnd < 0)
        return buffer.size() > SipMessage::MaxSize ? -1 : 0;
    // Content-Length (or its compact form "l") is mandatory on stream transports.
    qint64 contentLength = -1;
    qsizetype lineStart = buffer.indexOf('\n') + 1;
    while (lineStart > 0 && lineStart < headerEnd) {
        qsizetype lineEnd = buffer.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > headerEnd)
            lineEnd = headerEnd;
        const QByteArrayView line = buffer.sliced(lineStart, lineEnd - lineStart);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            const QByteArrayView name = line.first(colon).trimmed();
            if (name.compare("content-length", Qt::CaseInsensitive) == 0 ||
                name.compare("l", Qt::CaseInsensitive) == 0) {
                bool ok = false;
                contentLength = line.sliced(colon + 1).trimmed().toLongLong(&ok);
                if (!ok || contentLength < 0)
                    return -1;
            }
        }
        lineStart = lineEnd + 1;
    }
    if (contentLength < 0)
        return -1;
    const qint64 total = headerEnd + 4 + contentLength;
    if (total > SipMessage::MaxSize)
        return -1;
    return buffer.size() >= total ? qsizetype(total) : 0;
}

} // namespace SipWire
} // namespace PhoneDesk
