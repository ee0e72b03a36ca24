#include "httprequestparser.h"

namespace PhoneDesk {

namespace {
bool isToken(char c)
{
    // RFC 9110 tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool validToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isToken(c))
            return false;
    }
    return true;
}

// Visible ASCII only in the request target: no spaces, no controls, nothing above 0x7e.
bool validTarget(const QByteArray &s)
{
    if (s.isEmpty() || s.at(0) != '/')
        return false;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

bool validFieldValue(const QByteArray &s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}
} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

HttpRequestParser::State HttpRequestParser::fail(int status)
{
    m_errorStatus = status;
    return State::Error;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArray &buffer)
{
    if (m_errorStatus)
        return State::Error;
    if (!m_headerDone) {
        // Tolerate the empty lines some clients send between requests (RFC 9112 §2.2).
        while (m_seen == 0 && (buffer.startsWith("\r\n") || buffer.startsWith('\n')))
            buffer.remove(0, buffer.startsWith("\r\n") ? 2 : 1);
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            // A line ended by a bare LF: refused now (as parseHead does in a complete head), not
            // left waiting for a CRLF CRLF that such a client never sends.
            for (qsizetype lf = buffer.indexOf('\n'); lf >= 0; lf = buffer.indexOf('\n', lf + 1)) {
                if (lf == 0 || buffer.at(lf - 1) != '\r')
                    return fail(400);
            }
            const qsizetype firstLine = buffer.indexOf('\n');
            if (firstLine < 0 && buffer.size() > m_limits.maxRequestLine)
                return fail(414);
            if (buffer.size() > m_limits.maxHeaderBytes)
                return fail(431);
            m_seen = buffer.size();
            return State::NeedMore;
        }
        if (end + 4 > m_limits.maxHeaderBytes) {
            const qsizetype firstLine = buffer.indexOf("\r\n");
            return fail(firstLine > m_limits.maxRequestLine ? 414 : 431);
        }
        const QByteArray head = buffer.left(end + 2); // every line keeps its CRLF
        buffer.remove(0, end + 4);
        if (const State s = parseHead(head); s == State::Error)
            return s;
        m_headerDone = true;
    }
    if (m_bodyRemaining > 0) {
        const qsizetype take = qsizetype(std::min<qint64>(m_bodyRemaining, buffer.size()));
        m_request.body.append(buffer.left(take));
        buffer.remove(0, take);
        m_bodyRemaining -= take;
        if (m_bodyRemaining > 0)
            return State::NeedMore;
    }
    return State::Complete;
}

HttpRequestParser::State HttpRequestParser::parseHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    lines.removeLast(); // after the final CRLF
    QByteArray requestLine = lines.first();
    if (!requestLine.endsWith('\r'))
        return fail(400);
    requestLine.chop(1);
    if (requestLine.size() > m_limits.maxRequestLine)
        return fail(414);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3)
        return fail(400);
    m_request.method = parts.at(0);
    m_request.target = parts.at(1);
    m_request.version = parts.at(2);
    if (!validToken(m_request.method))
        return fail(400);
    if (m_request.version != "HTTP/1.1" && m_request.version != "HTTP/1.0")
        return fail(m_request.version.startsWith("HTTP/") ? 505 : 400);
    if (!validTarget(m_request.target))
        return fail(400);

    if (lines.size() - 1 > m_limits.maxHeaders)
        return fail(431);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (!line.endsWith('\r'))
            return fail(400); // bare LF: refuse, it is how request smuggling starts
        line.chop(1);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400); // obsolete line folding
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400);
        const QByteArray name = line.left(colon).toLower();
        if (!validToken(name))
            return fail(400);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!validFieldValue(value))
            return fail(400);
        m_request.headers.append({name, value});
    }

    const bool http11 = m_request.version == "HTTP/1.1";
    if (http11 && m_request.header("host").isEmpty())
        return fail(400);
    if (!m_request.header("transfer-encoding").isEmpty())
        return fail(501); // phones send no chunked bodies; refusing it closes the smuggling door
    int lengths = 0;
    qint64 length = 0;
    for (const auto &[name, value] : m_request.headers) {
        if (name != "content-length")
            continue;
        ++lengths;
        bool ok = false;
        length = value.toLongLong(&ok);
        if (!ok || length < 0 || value.isEmpty() || value.startsWith('+'))
            return fail(400);
    }
    if (lengths > 1)
        return fail(400);
    if (length > m_limits.maxBody)
        return fail(413);
    m_bodyRemaining = length;
    return State::NeedMore;
}

HttpRequest HttpRequestParser::take()
{
    HttpRequest out = std::move(m_request);
    m_request = HttpRequest();
    m_headerDone = false;
    m_bodyRemaining = 0;
    m_seen = 0;
    return out;
}

} // namespace PhoneDesk
