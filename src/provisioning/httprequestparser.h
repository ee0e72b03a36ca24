#pragma once

// An incremental HTTP/1.1 request parser with hard limits, for the provisioning server. It never
// allocates more than the limits allow and reports the status code to answer bad input with.

#include <QByteArray>
#include <QList>

#include <utility>

namespace PhoneDesk {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: never decoded, never used to build a path
    QByteArray version; // "HTTP/1.1"
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
    bool keepAlive() const;
};

class HttpRequestParser final
{
public:
    struct Limits
    {
        int maxRequestLine = 2048;
        int maxHeaderBytes = 8192; // request line + headers
        int maxHeaders = 64;
        qint64 maxBody = 0; // request bodies beyond this are refused with 413
    };
    enum class State { NeedMore, Complete, Error };

    HttpRequestParser() = default;
    explicit HttpRequestParser(Limits limits)
        : m_limits(limits)
    { }

    // Consumes bytes from `buffer` (leaves what belongs to the next request).
    State feed(QByteArray &buffer);
    // The request after Complete; resets the parser for the next one.
    HttpRequest take();
    // After Error: the status to answer (400, 413, 414, 431, 501, 505).
    int errorStatus() const { return m_errorStatus; }
    bool inProgress() const { return m_headerDone || m_seen > 0; }

private:
    State fail(int status);
    State parseHead(const QByteArray &head);

    Limits m_limits;
    HttpRequest m_request;
    bool m_headerDone = false;
    qint64 m_bodyRemaining = 0;
    qint64 m_seen = 0;
    int m_errorStatus = 0;
};

} // namespace PhoneDesk
