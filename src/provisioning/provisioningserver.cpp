#include "provisioningserver.h"

#include "abuseguard.h"
#include "connectionguard.h"
#include "devicedirectory.h"
#include "digestauth.h"
#include "firmwarecache.h"
#include "httprequestparser.h"
#include "requesthandler.h"
#include "rolloutrepository.h"
#include "statusrepository.h"
#include "storage.h"
#include "tlsthreadstate.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QPointer>
#include <QScopeGuard>
#include <QSocketNotifier>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTcpServer>
#include <QThread>

#ifdef PHONEDESK_PROVISIONING_OPENSSL
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcProvisioning, "phonedesk.provisioning")
Q_LOGGING_CATEGORY(lcAccess, "phonedesk.provisioning.access")

namespace PhoneDesk {

namespace {
// The cipher policy of both TLS layers (OpenSSL context and QSslSocket): TLS 1.2 with
// forward-secret AEAD suites only (ECDHE with AES-GCM or ChaCha20-Poly1305; no CBC, no SHA-1 MAC,
// no static RSA key exchange), and TLS 1.3, whose suites are all AEAD. Every phone model in the
// catalog speaks at least one of them.
constexpr char Tls12Ciphers[] = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";
constexpr char Tls13Ciphers[] = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";

// While a body is streamed (firmware), the connection is cut when none of its bytes move for this
// long (nginx's send_timeout): hundreds of phones downloading at once, or one on a slow link, may
// take longer than the idle deadline to drain a piece, and are not idle.
constexpr int SendTimeoutMs = 60000;
} // namespace

// ---------------------------------------------------------------- request loop (both TLS layers)

// Answers every complete request in `buffer` (pipelining allowed). Returns the bytes to send and
// whether the connection closes after them.
// A firmware body being sent from the server's cache, a piece at a time as the socket drains:
// at most one piece of it is in memory per connection.
class BodyStream final
{
public:
    static constexpr qint64 PieceSize = 64 * 1024;

    BodyStream(const RequestOutcome &outcome, const QString &ip, const QString &server)
        : m_file(outcome.response.filePath)
        , m_remaining(outcome.response.fileLength)
    {
        m_record.phoneId = outcome.phoneId;
        m_record.imageId = outcome.firmwareImageId;
        m_record.sha256 = outcome.firmwareSha256;
        m_record.version = outcome.firmwareVersion;
        m_record.started = QDateTime::currentDateTimeUtc();
        m_record.firstByte = outcome.response.fileOffset;
        m_record.ranged = outcome.response.status == 206;
        m_record.ip = ip;
        m_record.server = server;
        // Unbuffered: the piece read is the only copy (the page cache holds the file, shared by all).
        m_ok = m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) &&
            m_file.seek(outcome.response.fileOffset);
    }

    bool atEnd() const { return m_remaining == 0; }
    // The next piece; empty when the file cannot be read (the connection must close: the length
    // was promised).
    QByteArray next()
    {
        if (!m_ok)
            return {};
        QByteArray piece = m_file.read(std::min(m_remaining, PieceSize));
        m_remaining -= piece.size();
        m_record.bytesSent += piece.size(); // handed to TLS; a cut connection loses at most a piece
        return piece;
    }
    FirmwareDownload finish(bool complete)
    {
        m_record.finished = QDateTime::currentDateTimeUtc();
        m_record.complete = complete && m_remaining == 0;
        return m_record;
    }

private:
    QFile m_file;
    qint64 m_remaining;
    FirmwareDownload m_record;
    bool m_ok = false;
};

struct PumpResult
{
    QByteArray out;
    bool close = false;
    bool answered = false;
    std::unique_ptr<BodyStream> stream; // the last answer's body, to send after `out`
};

PumpResult pumpRequests(HttpRequestParser &parser, QByteArray &buffer, RequestHandler &handler,
                        AbuseGuard &guard, const ClientIdentity &client, ProvisioningServer *server)
{
    PumpResult result;
    const QString address = client.address.toString();
    while (!result.close) {
        const HttpRequestParser::State state = parser.feed(buffer);
        if (state == HttpRequestParser::State::NeedMore)
            break;
        result.answered = true;
        if (state == HttpRequestParser::State::Error) {
            const int status = parser.errorStatus();
            qCInfo(lcAccess).noquote() << address << "-"
                                       << "-" << status << "bad-request";
            guard.recordFailure(client.address);
            result.out += HttpResponse::error(status).serialize(false, false);
            result.close = true;
            break;
        }
        const HttpRequest request = parser.take();
        const RequestOutcome outcome = handler.handle(request, client);
        const bool keepAlive = request.keepAlive() && !outcome.response.close;
        const QString userAgent = QString::fromUtf8(request.header("user-agent").left(256));
        qCInfo(lcAccess).noquote() << address << (outcome.mac.isEmpty() ? QStringLiteral("-") : outcome.mac)
                                   << request.method << outcome.response.status << outcome.result
                                   << (userAgent.isEmpty() ? QStringLiteral("-")
                                                           : QLatin1Char('"') + userAgent + QLatin1Char('"'));
        const bool head = request.method == "HEAD";
        const bool firmware = outcome.firmwareImageId != 0;
        if (((outcome.phoneId != 0 && !firmware) || outcome.quarantine) && server)
            server->post(outcome, address, userAgent);
        const bool streamed = outcome.response.fileLength >= 0 && !head;
        result.out += outcome.response.serialize(head || streamed, keepAlive);
        result.close = !keepAlive;
        if (streamed) {
            // The body follows from the file; later requests wait in the buffer until it is sent.
            result.stream =
                std::make_unique<BodyStream>(outcome, address, server ? server->hostName() : QString());
            break;
        }
    }
    return result;
}

// ---------------------------------------------------------------- one client connection

class ProvisioningConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvisioningConnection)

public:
    ProvisioningConnection(QSslSocket *socket, RequestHandler &handler, AbuseGuard &guard,
                           ProvisioningServer *server, int timeoutMs, QObject *parent)
        : QObject(parent)
        , m_socket(socket)
        , m_handler(handler)
        , m_guard(guard)
        , m_server(server)
        , m_timeoutMs(timeoutMs)
    {
        m_socket->setParent(this);
        m_address = m_socket->peerAddress();
        m_client.address = m_address;
        m_deadline.setSingleShot(true);
        m_deadline.setInterval(timeoutMs);
        // One deadline for the handshake and each request's headers, not reset by a trickle of
        // bytes: a slow client is cut off, however patient.
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            qCDebug(lcProvisioning) << "closing idle or slow connection from" << m_address.toString();
            m_socket->abort();
        });
        connect(m_socket, &QSslSocket::encrypted, this, &ProvisioningConnection::onEncrypted);
        connect(m_socket, &QSslSocket::readyRead, this, &ProvisioningConnection::onReadyRead);
        connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &ProvisioningConnection::feedStream);
        connect(m_socket, &QSslSocket::disconnected, this, &ProvisioningConnection::finish);
        connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                qCDebug(lcProvisioning)
                    << "connection from" << m_address.toString() << "failed:" << m_socket->errorString();
            finish();
        });
        connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            qCInfo(lcProvisioning).noquote()
                << "TLS handshake with" << m_address.toString()
                << "refused:" << (errors.isEmpty() ? QString() : errors.first().errorString());
        });
        m_deadline.start(m_timeoutMs);
        m_socket->startServerEncryption();
    }

    ~ProvisioningConnection() override
    {
        endStream(false);
        m_guard.releaseConnection(m_address);
    }

private:
    void onEncrypted()
    {
        const QSslCertificate certificate = m_socket->peerCertificate();
        if (certificate.isNull())
            return;
        m_client.hasCertificate = true;
        // Required mode: the handshake already failed for anything the device CA did not issue.
        // Optional mode: Qt reports, but does not act on, verification errors; act on them here.
        m_client.certificateValid = m_socket->sslHandshakeErrors().isEmpty();
        m_client.certificateNames = certificate.subjectInfo(QSslCertificate::CommonName) +
            certificate.subjectInfo(QSslCertificate::SerialNumber);
        const auto alternatives = certificate.subjectAlternativeNames();
        for (auto it = alternatives.constBegin(); it != alternatives.constEnd(); ++it)
            m_client.certificateNames.append(it.value());
    }

    void onReadyRead()
    {
        if (m_closing)
            return;
        if (m_buffer.size() < 64 * 1024)
            m_buffer += m_socket->read(64 * 1024 - m_buffer.size());
        if (m_stream)
            return; // answered once the body is sent
        PumpResult result = pumpRequests(m_parser, m_buffer, m_handler, m_guard, m_client, m_server);
        if (result.stream) {
            m_stream = std::move(result.stream);
            m_streamKeepAlive = !result.close;
            m_socket->write(result.out);
            m_deadline.start(m_timeoutMs);
            feedStream();
            return;
        }
        if (!result.out.isEmpty())
            send(result.out, !result.close);
    }

    // Keeps at most two pieces queued in the socket.
    void feedStream()
    {
        if (m_stream) // bytes of the body moved (encryptedBytesWritten)
            m_deadline.start(std::max(m_timeoutMs, SendTimeoutMs));
        while (m_stream &&
               m_socket->encryptedBytesToWrite() + m_socket->bytesToWrite() < 2 * BodyStream::PieceSize) {
            if (m_stream->atEnd()) {
                endStream(true);
                if (!m_streamKeepAlive) {
                    m_closing = true;
                    m_socket->disconnectFromHost();
                    return;
                }
                m_deadline.start(m_timeoutMs);
                if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
                    QMetaObject::invokeMethod(this, &ProvisioningConnection::onReadyRead,
                                              Qt::QueuedConnection);
                return;
            }
            const QByteArray piece = m_stream->next();
            if (piece.isEmpty()) {
                endStream(false);
                m_socket->abort();
                return;
            }
            m_socket->write(piece);
            m_deadline.start(std::max(m_timeoutMs, SendTimeoutMs)); // a download is not idle
        }
    }

    void endStream(bool complete)
    {
        if (!m_stream)
            return;
        if (m_server)
            m_server->postDownload(m_stream->finish(complete));
        m_stream.reset();
    }

    void send(const QByteArray &bytes, bool keepAlive)
    {
        m_socket->write(bytes);
        if (!keepAlive) {
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        }
        m_deadline.start(m_timeoutMs); // next request (or idle keep-alive) within the deadline
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_deadline.stop();
        endStream(false);
        deleteLater();
    }

    QSslSocket *m_socket;
    RequestHandler &m_handler;
    AbuseGuard &m_guard;
    ProvisioningServer *m_server; // outlives every connection: stop() joins the worker threads first
    QHostAddress m_address;
    ClientIdentity m_client;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QTimer m_deadline;
    const int m_timeoutMs;
    std::unique_ptr<BodyStream> m_stream;
    bool m_streamKeepAlive = false;
    bool m_closing = false;
    bool m_finished = false;
};

#ifdef PHONEDESK_PROVISIONING_OPENSSL
// ---------------------------------------------------------------- OpenSSL connection

namespace {
QString asn1Text(const ASN1_STRING *value)
{
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QStringList certificateNames(X509 *certificate)
{
    QStringList names;
    const X509_NAME *subject = X509_get_subject_name(certificate);
    for (int nid : {NID_commonName, NID_serialNumber}) {
        for (int i = X509_NAME_get_index_by_NID(subject, nid, -1); i >= 0;
             i = X509_NAME_get_index_by_NID(subject, nid, i))
            names.append(asn1Text(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, i))));
    }
    auto *alternatives =
        static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr));
    if (alternatives) {
        for (int i = 0; i < sk_GENERAL_NAME_num(alternatives); ++i) {
            const GENERAL_NAME *name = sk_GENERAL_NAME_value(alternatives, i);
            if (name->type == GEN_DNS || name->type == GEN_EMAIL || name->type == GEN_URI)
                names.append(asn1Text(name->d.ia5));
        }
        GENERAL_NAMES_free(alternatives);
    }
    return names;
}

// Optional client certificates: the handshake goes on whatever the certificate; the verification
// result is read afterwards and an invalid certificate identifies no one.
int acceptAnyCertificate(int, X509_STORE_CTX *)
{
    return 1;
}

// A socket BIO that writes with send(MSG_NOSIGNAL). OpenSSL's own socket BIO (SSL_set_fd) writes
// with write(), which raises SIGPIPE when the peer has reset the connection: a client that
// pipelines requests and resets without reading would end the process. Here such a write fails
// with EPIPE and the connection closes like any other broken one. (The executables also ignore
// SIGPIPE process-wide; this keeps the server safe inside any process that embeds it.)
#ifndef MSG_NOSIGNAL
#define MSG_NOSIGNAL 0 // macOS: SO_NOSIGPIPE on the socket instead
#endif

struct SocketBioState
{
    int fd = -1;
    bool eof = false;
};

SocketBioState *bioState(BIO *bio)
{
    return static_cast<SocketBioState *>(BIO_get_data(bio));
}

bool shouldRetry(int error)
{
    return error == EAGAIN || error == EWOULDBLOCK || error == EINTR;
}

int socketBioWrite(BIO *bio, const char *data, int length)
{
    BIO_clear_retry_flags(bio);
    const ssize_t n = ::send(bioState(bio)->fd, data, size_t(length), MSG_NOSIGNAL);
    if (n < 0 && shouldRetry(errno))
        BIO_set_retry_write(bio);
    return int(n);
}

int socketBioRead(BIO *bio, char *data, int length)
{
    BIO_clear_retry_flags(bio);
    const ssize_t n = ::recv(bioState(bio)->fd, data, size_t(length), 0);
    if (n < 0 && shouldRetry(errno))
        BIO_set_retry_read(bio);
    else if (n == 0)
        bioState(bio)->eof = true;
    return int(n);
}

int socketBioPuts(BIO *bio, const char *text)
{
    return socketBioWrite(bio, text, int(qstrlen(text)));
}

long socketBioCtrl(BIO *bio, int command, long, void *pointer)
{
    switch (command) {
    case BIO_CTRL_FLUSH:
        return 1; // nothing is buffered here
    case BIO_CTRL_EOF:
        return bioState(bio)->eof ? 1 : 0;
    case BIO_C_GET_FD:
        if (pointer)
            *static_cast<int *>(pointer) = bioState(bio)->fd;
        return bioState(bio)->fd;
    default:
        return 0; // the descriptor is closed by the connection, not by the BIO
    }
}

int socketBioCreate(BIO *bio)
{
    BIO_set_data(bio, new SocketBioState);
    BIO_set_init(bio, 1);
    return 1;
}

int socketBioDestroy(BIO *bio)
{
    delete bioState(bio);
    BIO_set_data(bio, nullptr);
    return 1;
}

BIO *newSocketBio(int fd)
{
    static BIO_METHOD *const method = [] {
        BIO_METHOD *m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK | BIO_TYPE_DESCRIPTOR,
                                     "phonedesk socket (no SIGPIPE)");
        BIO_meth_set_write(m, socketBioWrite);
        BIO_meth_set_read(m, socketBioRead);
        BIO_meth_set_puts(m, socketBioPuts);
        BIO_meth_set_ctrl(m, socketBioCtrl);
        BIO_meth_set_create(m, socketBioCreate);
        BIO_meth_set_destroy(m, socketBioDestroy);
        return m;
    }();
    BIO *bio = BIO_new(method);
    if (bio)
        bioState(bio)->fd = fd;
    return bio;
}
} // namespace

class OpenSslConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenSslConnection)

public:
    OpenSslConnection(qintptr descriptor, SSL_CTX *context, const QHostAddress &address,
                      RequestHandler &handler, AbuseGuard &guard, ProvisioningServer *server, int timeoutMs,
                      QObject *parent)
        : QObject(parent)
        , m_fd(int(descriptor))
        , m_ssl(SSL_new(context))
        , m_handler(handler)
        , m_guard(guard)
        , m_server(server)
        , m_read(new QSocketNotifier(descriptor, QSocketNotifier::Read, this))
        , m_write(new QSocketNotifier(descriptor, QSocketNotifier::Write, this))
        , m_timeoutMs(timeoutMs)
    {
        m_client.address = address;
        // Partial writes, so a slow reader's progress is seen before a whole piece has gone.
        SSL_set_mode(m_ssl, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
#ifdef SO_NOSIGPIPE
        ::setsockopt(m_fd, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one);
#endif
        if (BIO *bio = newSocketBio(m_fd))
            SSL_set_bio(m_ssl, bio, bio); // the SSL owns the BIO from here
        m_write->setEnabled(false);
        connect(m_read, &QSocketNotifier::activated, this, &OpenSslConnection::service);
        connect(m_write, &QSocketNotifier::activated, this, &OpenSslConnection::service);
        m_deadline.setSingleShot(true);
        m_deadline.setInterval(timeoutMs);
        // One deadline for the handshake and each request's headers, not reset by a trickle of bytes.
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            qCDebug(lcProvisioning) << "closing idle or slow connection from" << m_client.address.toString();
            close(false);
        });
        m_deadline.start(m_timeoutMs);
        service();
    }

    ~OpenSslConnection() override
    {
        endStream(false);
        if (m_ssl)
            SSL_free(m_ssl);
        if (m_fd >= 0)
            ::close(m_fd);
        m_guard.releaseConnection(m_client.address);
    }

private:
    // Drives the handshake, reads, writes and shutdown; called whenever the socket is ready.
    void service()
    {
        if (m_closed)
            return;
        if (!m_handshakeDone) {
            ERR_clear_error();
            const int r = SSL_accept(m_ssl);
            if (r != 1) {
                const int error = SSL_get_error(m_ssl, r);
                if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) {
                    m_write->setEnabled(error == SSL_ERROR_WANT_WRITE);
                    return;
                }
                char text[256] = {};
                ERR_error_string_n(ERR_peek_last_error(), text, sizeof text);
                qCInfo(lcProvisioning).noquote() << "TLS handshake with" << m_client.address.toString()
                                                 << "failed:" << QString::fromLatin1(text);
                close(false);
                return;
            }
            m_handshakeDone = true;
            if (X509 *certificate = SSL_get1_peer_certificate(m_ssl)) {
                m_client.hasCertificate = true;
                m_client.certificateValid = SSL_get_verify_result(m_ssl) == X509_V_OK;
                m_client.certificateNames = certificateNames(certificate);
                X509_free(certificate);
            }
        }
        if (!flush())
            return;
        if (m_closing) {
            close(true);
            return;
        }
        char chunk[16384];
        for (;;) {
            ERR_clear_error();
            const int n = SSL_read(m_ssl, chunk, int(sizeof chunk));
            if (n > 0) {
                m_buffer.append(chunk, n);
                if (m_buffer.size() > 64 * 1024)
                    break; // the parser refuses such heads anyway; do not buffer more
                continue;
            }
            const int error = SSL_get_error(m_ssl, n);
            if (error == SSL_ERROR_WANT_READ)
                break;
            if (error == SSL_ERROR_WANT_WRITE) {
                m_write->setEnabled(true);
                break;
            }
            if (m_stream)
                qCDebug(lcProvisioning).nospace() << "firmware download to " << m_client.address.toString()
                                                  << " ended by the peer or a TLS "
                                                  << "error (SSL error " << error << ", "
                                                  << ERR_error_string(ERR_peek_error(), nullptr) << ")";
            close(false); // closed by the peer, or a TLS error
            return;
        }
        if (m_buffer.isEmpty())
            return;
        PumpResult result = pumpRequests(m_parser, m_buffer, m_handler, m_guard, m_client, m_server);
        if (result.out.isEmpty())
            return;
        m_pending += result.out;
        m_stream = std::move(result.stream);
        m_closing = result.close;
        if (!m_closing)
            m_deadline.start(m_timeoutMs); // next request (or idle keep-alive) within the deadline
        if (flush() && m_closing)
            close(true);
    }

    // Writes what is pending, then a streamed body a piece at a time; false while the socket
    // cannot take more (or on error). Only one piece of a body is in memory at a time.
    bool flush()
    {
        for (;;) {
            while (!m_pending.isEmpty()) {
                ERR_clear_error();
                const int n = SSL_write(m_ssl, m_pending.constData(), int(m_pending.size()));
                if (n > 0) {
                    m_pending.remove(0, n);
                    if (m_stream) // bytes of the body moved
                        m_deadline.start(std::max(m_timeoutMs, SendTimeoutMs));
                    continue;
                }
                const int error = SSL_get_error(m_ssl, n);
                if (error == SSL_ERROR_WANT_WRITE || error == SSL_ERROR_WANT_READ) {
                    m_write->setEnabled(error == SSL_ERROR_WANT_WRITE);
                    // While a body waits for the peer, what it sends is not read: the read notifier
                    // would fire on it without end.
                    m_read->setEnabled(!m_stream || error == SSL_ERROR_WANT_READ);
                    return false;
                }
                const int saved = errno;
                qCDebug(lcProvisioning).nospace()
                    << "closing connection from " << m_client.address.toString()
                    << ": TLS write failed (SSL error " << error << ", errno " << saved << ", "
                    << ERR_error_string(ERR_peek_error(), nullptr) << ")"
                    << (m_stream ? " during a firmware download" : "");
                close(false);
                return false;
            }
            if (!m_stream)
                break;
            if (m_stream->atEnd()) {
                endStream(true);
                if (!m_closing)
                    m_deadline.start(m_timeoutMs);
                break;
            }
            m_pending = m_stream->next();
            if (m_pending.isEmpty()) { // the cached file cannot be read: the promised length is not kept
                qCWarning(lcProvisioning) << "closing a firmware download to" << m_client.address.toString()
                                          << "early: the cached image cannot be read";
                close(false);
                return false;
            }
            m_deadline.start(std::max(m_timeoutMs, SendTimeoutMs)); // a download is not idle
        }
        m_write->setEnabled(false);
        m_read->setEnabled(true);
        return true;
    }

    void endStream(bool complete)
    {
        if (!m_stream)
            return;
        if (m_server)
            m_server->postDownload(m_stream->finish(complete));
        m_stream.reset();
    }

    void close(bool graceful)
    {
        if (m_closed)
            return;
        m_closed = true;
        m_deadline.stop();
        m_read->setEnabled(false);
        m_write->setEnabled(false);
        endStream(false);
        if (graceful && m_handshakeDone)
            SSL_shutdown(m_ssl); // close_notify; the peer's answer is not waited for
        deleteLater();
    }

    int m_fd;
    SSL *m_ssl;
    RequestHandler &m_handler;
    AbuseGuard &m_guard;
    ProvisioningServer *m_server; // outlives every connection: stop() joins the worker threads first
    QSocketNotifier *m_read;
    QSocketNotifier *m_write;
    QTimer m_deadline;
    const int m_timeoutMs;
    ClientIdentity m_client;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QByteArray m_pending;
    std::unique_ptr<BodyStream> m_stream;
    bool m_handshakeDone = false;
    bool m_closing = false;
    bool m_closed = false;
};
#endif

// ---------------------------------------------------------------- worker thread

class ProvisioningWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvisioningWorker)

public:
    ProvisioningWorker(QSslConfiguration ssl, void *sslContext, RequestHandler &handler, AbuseGuard &guard,
                       ProvisioningServer *server, int timeoutMs)
        : m_ssl(std::move(ssl))
        , m_sslContext(sslContext)
        , m_handler(handler)
        , m_guard(guard)
        , m_server(server)
        , m_timeoutMs(timeoutMs)
    {
        freeTlsStateWhenFinished(thread);
    }

    void adopt(qintptr descriptor)
    {
#ifdef PHONEDESK_PROVISIONING_OPENSSL
        if (m_sslContext) {
            sockaddr_storage peer = {};
            socklen_t length = sizeof peer;
            QHostAddress address;
            if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&peer), &length) == 0)
                address.setAddress(reinterpret_cast<const sockaddr *>(&peer));
            if (!m_guard.acquireConnection(address)) {
                qCInfo(lcProvisioning) << "connection limit reached; refusing" << address.toString();
                ::close(int(descriptor));
                return;
            }
            new OpenSslConnection(descriptor, static_cast<SSL_CTX *>(m_sslContext), address, m_handler,
                                  m_guard, m_server, m_timeoutMs, this);
            return;
        }
#endif
        auto *socket = new QSslSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (!m_guard.acquireConnection(socket->peerAddress())) {
            qCInfo(lcProvisioning) << "connection limit reached; refusing"
                                   << socket->peerAddress().toString();
            socket->abort();
            delete socket;
            return;
        }
        // Handshake and response are a few small writes: Nagle's algorithm against the client's
        // delayed ACK would stall each of them.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->setSslConfiguration(m_ssl);
        new ProvisioningConnection(socket, m_handler, m_guard, m_server, m_timeoutMs, this);
    }

    QThread thread;

private:
    QSslConfiguration m_ssl;
    void *m_sslContext;
    RequestHandler &m_handler;
    AbuseGuard &m_guard;
    ProvisioningServer *m_server;
    int m_timeoutMs;
};

// ---------------------------------------------------------------- listening socket

class ProvisioningListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvisioningListener)

public:
    explicit ProvisioningListener(QList<ProvisioningWorker *> workers)
        : m_workers(std::move(workers))
    {
        setProxy(QNetworkProxy::NoProxy); // phones connect to this host itself
    }

protected:
    // Hands the raw descriptor to a worker thread: TLS handshakes run in parallel there.
    void incomingConnection(qintptr descriptor) override
    {
        ProvisioningWorker *worker = m_workers.at(m_next++ % m_workers.size());
        QMetaObject::invokeMethod(
            worker, [worker, descriptor] { worker->adopt(descriptor); }, Qt::QueuedConnection);
    }

private:
    QList<ProvisioningWorker *> m_workers;
    qsizetype m_next = 0;
};

// ---------------------------------------------------------------- server

ProvisioningServer::ProvisioningServer(Storage &storage, ProvisioningSettings settings, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_settings(std::move(settings))
    , m_configs(std::make_unique<ConfigService>(storage))
    , m_directory(std::make_unique<DeviceDirectory>())
    , m_pendingBudget(quarantineLimits())
    , m_hostName(QSysInfo::machineHostName())
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(250);
    connect(&m_flushTimer, &QTimer::timeout, this, &ProvisioningServer::flush);
    m_dropLogTimer.setSingleShot(true);
    connect(&m_dropLogTimer, &QTimer::timeout, this, &ProvisioningServer::logQuarantineDrops);
    connect(&m_rolloutTimer, &QTimer::timeout, this, &ProvisioningServer::advanceRollouts);
    connect(m_configs.get(), &ConfigService::phonesRendered, this, &ProvisioningServer::onPhonesRendered);
    connect(m_configs.get(), &ConfigService::resyncRequested, this, &ProvisioningServer::resyncRequested);
    if (ConnectionGuard *guard = ConnectionGuard::of(m_storage)) {
        connect(guard, &ConnectionGuard::lost, this, &ProvisioningServer::onDatabaseLost);
        connect(guard, &ConnectionGuard::restored, this, &ProvisioningServer::onDatabaseRestored);
    }
}

ProvisioningServer::~ProvisioningServer()
{
    stop();
}

Result<QSslConfiguration> ProvisioningServer::sslConfiguration() const
{
    if (!QSslSocket::supportsSsl())
        return Error::make(
            Error::Code::Unsupported,
            QCoreApplication::translate("PhoneDesk::ProvisioningServer",
                                        "This system has no TLS support (the OpenSSL library is missing)."));
    QFile certFile(m_settings.certificatePath);
    if (!certFile.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("PhoneDesk::ProvisioningServer",
                                                       "Cannot read the server certificate \"%1\": %2")
                               .arg(m_settings.certificatePath, certFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return Error::make(
            Error::Code::Validation,
            QCoreApplication::translate("PhoneDesk::ProvisioningServer",
                                        "The server certificate \"%1\" holds no PEM certificate.")
                .arg(m_settings.certificatePath));
    QFile keyFile(m_settings.keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("PhoneDesk::ProvisioningServer",
                                                       "Cannot read the private key \"%1\": %2")
                               .arg(m_settings.keyPath, keyFile.errorString()));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Error::make(
            Error::Code::Validation,
            QCoreApplication::translate("PhoneDesk::ProvisioningServer",
                                        "The private key \"%1\" is not an unencrypted PEM RSA or EC key.")
                .arg(m_settings.keyPath));

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    // Phones fetch a handful of files per boot; a TLS 1.3 session ticket per connection is work
    // (and bytes) for nothing: they do not resume.
    ssl.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
    QList<QSslCipher> ciphers;
    for (const QString &name :
         QString::fromLatin1(QByteArray(Tls13Ciphers) + ':' + Tls12Ciphers).split(u':')) {
        if (const QSslCipher cipher(name); !cipher.isNull())
            ciphers.append(cipher);
    }
    if (ciphers.isEmpty()) // an empty list would mean the backend's defaults, CBC suites and all
        return Error::make(Error::Code::Unsupported,
                           QCoreApplication::translate("PhoneDesk::ProvisioningServer",
                                                       "TLS could not be limited to AEAD cipher suites"));
    ssl.setCiphers(ciphers);
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    ssl.setCaCertificates({});
    switch (m_settings.clientCertificates) {
    case ClientCertificateMode::Off:
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        break;
    case ClientCertificateMode::Optional:
    case ClientCertificateMode::Required: {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_settings.deviceCaPath, QSsl::Pem);
        if (cas.isEmpty())
            return Error::make(
                Error::Code::Validation,
                QCoreApplication::translate("PhoneDesk::ProvisioningServer",
                                            "The device CA file \"%1\" holds no PEM certificate.")
                    .arg(m_settings.deviceCaPath));
        ssl.setCaCertificates(cas);
        ssl.setPeerVerifyMode(m_settings.clientCertificates == ClientCertificateMode::Required
                                  ? QSslSocket::VerifyPeer
                                  : QSslSocket::QueryPeer);
        break;
    }
    }
    return ssl;
}

Result<void> ProvisioningServer::createOpenSslContext()
{
#ifdef PHONEDESK_PROVISIONING_OPENSSL
    if (qEnvironmentVariable("PHONEDESK_PROVISIONING_TLS") == QLatin1String("qt"))
        return {};
    auto fail = [](const QString &what) {
        char text[256] = {};
        ERR_error_string_n(ERR_peek_last_error(), text, sizeof text);
        ERR_clear_error();
        return Error::make(Error::Code::Validation,
                           what + QStringLiteral(" (") + QString::fromLatin1(text) + u')');
    };
    SSL_CTX *context = SSL_CTX_new(TLS_server_method());
    if (!context)
        return fail(QCoreApplication::translate("PhoneDesk::ProvisioningServer", "TLS could not be set up"));
    auto cleanup = qScopeGuard([&] { SSL_CTX_free(context); });
    SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
    // Phones do not resume sessions: no tickets, no cache.
    SSL_CTX_set_options(context,
                        SSL_OP_NO_TICKET | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    SSL_CTX_set_session_cache_mode(context, SSL_SESS_CACHE_OFF);
    if (SSL_CTX_set_cipher_list(context, Tls12Ciphers) != 1 ||
        SSL_CTX_set_ciphersuites(context, Tls13Ciphers) != 1)
        return fail(QCoreApplication::translate("PhoneDesk::ProvisioningServer",
                                                "TLS could not be limited to AEAD cipher suites"));
    const QByteArray certificate = QFile::encodeName(m_settings.certificatePath);
    const QByteArray key = QFile::encodeName(m_settings.keyPath);
    if (SSL_CTX_use_certificate_chain_file(context, certificate.constData()) != 1)
        return fail(QCoreApplication::translate("PhoneDesk::ProvisioningServer",
                                                "The server certificate \"%1\" cannot be used")
                        .arg(m_settings.certificatePath));
    if (SSL_CTX_use_PrivateKey_file(context, key.constData(), SSL_FILETYPE_PEM) != 1)
        return fail(QCoreApplication::translate("PhoneDesk::ProvisioningServer",
                                                "The private key \"%1\" cannot be used")
                        .arg(m_settings.keyPath));
    if (SSL_CTX_check_private_key(context) != 1)
        return fail(QCoreApplication::translate("PhoneDesk::ProvisioningServer",
                                                "The private key \"%1\" does not belong to the certificate")
                        .arg(m_settings.keyPath));
    if (m_settings.clientCertificates != ClientCertificateMode::Off) {
        const QByteArray ca = QFile::encodeName(m_settings.deviceCaPath);
        if (SSL_CTX_load_verify_locations(context, ca.constData(), nullptr) != 1)
            return fail(QCoreApplication::translate("PhoneDesk::ProvisioningServer",
                                                    "The device CA file \"%1\" cannot be used")
                            .arg(m_settings.deviceCaPath));
        if (STACK_OF(X509_NAME) *names = SSL_load_client_CA_file(ca.constData()))
            SSL_CTX_set_client_CA_list(context, names);
        if (m_settings.clientCertificates == ClientCertificateMode::Required)
            SSL_CTX_set_verify(context, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
        else
            SSL_CTX_set_verify(context, SSL_VERIFY_PEER, acceptAnyCertificate);
    } else {
        SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nullptr);
    }
    cleanup.dismiss();
    m_sslContext = context;
#endif
    return {};
}

Result<void> ProvisioningServer::start()
{
    if (isRunning())
        return {};
    if (auto r = m_settings.validate(); !r)
        return r;
    auto ssl = sslConfiguration();
    if (!ssl)
        return ssl.error();
    if (auto context = createOpenSslContext(); !context)
        return context;

    auto configs = m_configs->renderAll();
    if (!configs)
        return configs.error();
    m_directory->replaceAll(*configs);
    m_configs->seedHashes(*configs);

    AbuseGuard::Limits limits;
    limits.failureBurst = m_settings.failureBurst;
    limits.failuresPerSecond = m_settings.failuresPerSecond;
    limits.maxConnections = m_settings.maxConnections;
    limits.maxConnectionsPerAddress = m_settings.maxConnectionsPerAddress;
    m_guard = std::make_unique<AbuseGuard>(limits);
    m_digest = std::make_unique<DigestAuthenticator>("PhoneDesk provisioning");
    m_firmware = std::make_unique<FirmwareCache>(m_storage, firmwareCacheDirectory());
    if (auto cache = m_firmware->load(); !cache)
        return cache.error();
    m_handler =
        std::make_unique<RequestHandler>(m_settings, *m_directory, *m_guard, *m_digest, m_firmware.get());

    const int threads =
        m_settings.workerThreads > 0 ? m_settings.workerThreads : std::max(1, QThread::idealThreadCount());
    for (int i = 0; i < threads; ++i) {
        auto *worker =
            new ProvisioningWorker(*ssl, m_sslContext, *m_handler, *m_guard, this, m_settings.idleTimeoutMs);
        worker->thread.setObjectName(QStringLiteral("provisioning-%1").arg(i + 1));
        worker->moveToThread(&worker->thread);
        worker->thread.start();
        m_workers.append(worker);
    }
    // Accepting runs on the first worker thread, not on this one: database writes here (fetch
    // records) must never hold up new connections.
    m_listener = std::make_unique<ProvisioningListener>(m_workers);
    m_listener->setMaxPendingConnections(1024);
    m_listener->moveToThread(&m_workers.first()->thread);
    bool listening = false;
    QString message;
    QMetaObject::invokeMethod(
        m_listener.get(),
        [&] {
            listening = m_listener->listen(m_settings.address, m_settings.port);
            message = m_listener->errorString();
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        stop();
        return Error::make(
            Error::Code::Network,
            QCoreApplication::translate("PhoneDesk::ProvisioningServer", "Cannot listen on %1 port %2: %3")
                .arg(m_settings.address.toString())
                .arg(m_settings.port)
                .arg(message));
    }
    m_rolloutTimer.start(std::max(200, m_settings.rolloutIntervalMs));
    // At every start, in the server's log and the console's: this setting hands out passwords.
    if (const QString warning = m_settings.unauthenticatedWarning(); !warning.isEmpty())
        qCWarning(lcProvisioning).noquote() << QStringLiteral("SECURITY WARNING:") << warning;
    qCInfo(lcProvisioning).noquote()
        << QStringLiteral("provisioning server listening on %1:%2 for %3 phones "
                          "(%4 threads, client certificates %5, digest %6, TLS by %7)")
               .arg(m_settings.address.toString())
               .arg(m_listener->serverPort())
               .arg(m_directory->size())
               .arg(threads)
               .arg(toKey(m_settings.clientCertificates),
                    m_settings.digest ? QStringLiteral("on") : QStringLiteral("off"),
                    m_sslContext ? QStringLiteral("OpenSSL") : QStringLiteral("QSslSocket"));
    return {};
}

void ProvisioningServer::advanceRollouts()
{
    if (databaseLost())
        return; // the next tick after the connection is back catches up
    auto progress =
        RolloutRepository(m_storage).advance(QDateTime::currentDateTime(), m_settings.rolloutResyncAfterMs);
    if (!progress) {
        const QString message = progress.error().fullText();
        if (message != m_rolloutError)
            qCWarning(lcProvisioning).noquote() << "firmware rollouts did not advance:" << message;
        m_rolloutError = message;
        return;
    }
    m_rolloutError.clear();
    // Phones whose turn came but that have not fetched since, or were served files made before
    // their turn (their files have changed since): told again, at most once per
    // rolloutResyncAfterMs each (every server computes the same list; the one holding a phone
    // sends it its check-sync).
    QList<Id> remind = progress->silent;
    if (!progress->servedSinceTurn.isEmpty()) {
        if (auto current = m_configs->currentHashes()) {
            for (auto it = progress->servedSinceTurn.cbegin(); it != progress->servedSinceTurn.cend(); ++it) {
                if (const auto files = current->constFind(it.key());
                    files != current->cend() && *files != it.value())
                    remind.append(it.key());
            }
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Id> again;
    QHash<Id, qint64> reminded;
    for (const Id id : std::as_const(remind)) {
        const qint64 last = m_rolloutResyncs.value(id, 0);
        if (now - last >= m_settings.rolloutResyncAfterMs) {
            again.append(id);
            reminded.insert(id, now);
        } else {
            reminded.insert(id, last);
        }
    }
    m_rolloutResyncs = reminded; // phones no longer silent are forgotten
    if (!again.isEmpty()) {
        qCInfo(lcProvisioning).noquote()
            << QStringLiteral(
                   "firmware rollouts: %1 phones given their turn have not fetched their new files "
                   "since: told to resync again")
                   .arg(again.size());
        emit resyncRequested(again);
    }
    if (!progress->admitted.isEmpty() || !progress->updated.isEmpty() || !progress->failed.isEmpty())
        qCInfo(lcProvisioning).noquote()
            << QStringLiteral("firmware rollouts: %1 phones given their turn, %2 up to date, %3 failed")
                   .arg(progress->admitted.size())
                   .arg(progress->updated.size())
                   .arg(progress->failed.size());
}

void ProvisioningServer::stop()
{
    m_rolloutTimer.stop();
    if (m_listener) {
        ProvisioningListener *listener = m_listener.release();
        // Close and delete it in its own thread.
        QMetaObject::invokeMethod(
            listener,
            [listener] {
                listener->close();
                delete listener;
            },
            Qt::BlockingQueuedConnection);
    }
    for (ProvisioningWorker *worker : std::as_const(m_workers)) {
        // Connections live in the worker's thread: delete them there, then stop the thread.
        QMetaObject::invokeMethod(
            worker,
            [worker] { qDeleteAll(worker->findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly)); },
            Qt::BlockingQueuedConnection);
        worker->thread.quit();
        worker->thread.wait();
        delete worker;
    }
    m_workers.clear();
#ifdef PHONEDESK_PROVISIONING_OPENSSL
    if (m_sslContext)
        SSL_CTX_free(static_cast<SSL_CTX *>(m_sslContext));
#endif
    m_sslContext = nullptr;
    if (!m_pendingFetches.isEmpty() || !m_pendingQuarantine.isEmpty() || !m_downloadInbox.isEmpty() ||
        !m_pendingDownloads.isEmpty())
        flush();
    if (databaseLost() && (!m_pendingFetches.isEmpty() || !m_pendingQuarantine.isEmpty()))
        qCWarning(lcProvisioning).noquote()
            << QStringLiteral("stopping without the database: %1 configuration fetches and %2 unknown "
                              "devices were not recorded")
                   .arg(m_pendingFetches.size())
                   .arg(m_pendingQuarantine.size());
    logQuarantineDrops(); // what the interval held back
}

bool ProvisioningServer::isRunning() const
{
    return m_listener && m_listener->isListening();
}

quint16 ProvisioningServer::serverPort() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

qsizetype ProvisioningServer::knownDevices() const
{
    return m_directory->size();
}

QString ProvisioningServer::firmwareCacheDirectory() const
{
    if (!m_settings.firmwareCacheDir.isEmpty())
        return m_settings.firmwareCacheDir;
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
        QStringLiteral("/firmware-cache");
}

QString ProvisioningServer::hostName() const
{
    return m_hostName;
}

void ProvisioningServer::postDownload(const FirmwareDownload &download)
{
    QMutexLocker lock(&m_inboxMutex);
    m_downloadInbox.append(download);
    if (m_drainScheduled)
        return;
    m_drainScheduled = true;
    QMetaObject::invokeMethod(this, &ProvisioningServer::drainInbox, Qt::QueuedConnection);
}

void ProvisioningServer::flushDownloads()
{
    if (m_pendingDownloads.isEmpty())
        return;
    const QList<FirmwareDownload> downloads = std::exchange(m_pendingDownloads, {});
    auto r = FirmwareRepository(m_storage).recordDownloads(downloads);
    if (r)
        return;
    if (connectionLost()) {
        // Kept for when the database is back, within a bound (the newest give way).
        m_pendingDownloads = downloads.mid(std::max<qsizetype>(0, downloads.size() - MaxKeptDownloads));
        return;
    }
    qCWarning(lcProvisioning).noquote() << "recording firmware downloads failed:" << r.error().fullText();
    emit storageError(r.error().fullText());
}

struct ProvisioningServer::Posted
{
    RequestOutcome outcome;
    QString ip;
    QString userAgent;
};

void ProvisioningServer::post(const RequestOutcome &outcome, const QString &ip, const QString &userAgent)
{
    Posted posted {outcome, ip, userAgent};
    posted.outcome.response = HttpResponse(); // the body is not needed here
    QMutexLocker lock(&m_inboxMutex);
    m_inbox.append(std::move(posted));
    if (m_drainScheduled)
        return;
    m_drainScheduled = true;
    QMetaObject::invokeMethod(this, &ProvisioningServer::drainInbox, Qt::QueuedConnection);
}

void ProvisioningServer::drainInbox()
{
    QList<Posted> inbox;
    QList<FirmwareDownload> downloads;
    {
        QMutexLocker lock(&m_inboxMutex);
        inbox.swap(m_inbox);
        downloads.swap(m_downloadInbox);
        m_drainScheduled = false;
    }
    for (const Posted &p : std::as_const(inbox))
        onOutcome(p.outcome, p.ip, p.userAgent);
    if (!downloads.isEmpty()) {
        m_pendingDownloads += downloads;
        if (m_pendingDownloads.size() > MaxKeptDownloads)
            m_pendingDownloads.remove(0, m_pendingDownloads.size() - MaxKeptDownloads);
        if (!m_flushTimer.isActive())
            m_flushTimer.start();
    }
}

namespace {
// Fetch records kept while the database is gone (one per phone, the newest).
constexpr qsizetype MaxKeptFetches = 100000;
} // namespace

void ProvisioningServer::onOutcome(const RequestOutcome &outcome, const QString &ip, const QString &userAgent)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (outcome.phoneId != 0) {
        const ProvisioningFetch fetch {now, ip, userAgent, outcome.firmware, outcome.hash};
        if (databaseLost() && !m_pendingFetches.contains(outcome.phoneId))
            keepFailed({{outcome.phoneId, fetch}}, {}, {}); // within the bound
        else
            m_pendingFetches.insert(outcome.phoneId, fetch);
    } else if (outcome.quarantine && !outcome.mac.isEmpty() && m_settings.quarantineCapacity > 0) {
        auto it = m_pendingQuarantine.find(outcome.mac);
        if (it != m_pendingQuarantine.end()) {
            it->lastSeen = now;
            it->ip = ip;
            ++it->requests;
        } else {
            // Bounded like the stored quarantine, by the same rule: a flood between two flushes
            // crowds out neither the phones of other addresses nor the memory.
            if (const QString victim = m_pendingBudget.victimFor(ip); !victim.isEmpty()) {
                ++m_pendingDrops[m_pendingBudget.addressOf(victim)];
                m_pendingBudget.remove(victim);
                m_pendingQuarantine.remove(victim);
            }
            m_pendingQuarantine.insert(
                outcome.mac, QuarantineEntry {outcome.mac, now, now, ip, userAgent, outcome.modelId, 1});
        }
        m_pendingBudget.insert(outcome.mac, ip, now);
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

bool ProvisioningServer::databaseLost() const
{
    const ConnectionGuard *guard = ConnectionGuard::of(m_storage);
    return guard && !guard->isConnected();
}

void ProvisioningServer::onDatabaseLost()
{
    m_directory->setDatabaseReachable(false);
    m_flushTimer.stop();
}

void ProvisioningServer::onDatabaseRestored()
{
    // The notifications of the outage are lost: the Reset events the guard publishes next make
    // the configuration service re-render every phone. When it holds no hashes to compare (a
    // refresh failed as the connection went) it would ignore them: reload the directory here.
    if (!m_configs->hashesCached()) {
        if (auto configs = m_configs->renderAll(); configs) {
            m_directory->replaceAll(*configs);
            m_configs->seedHashes(*configs);
        } else {
            qCWarning(lcProvisioning).noquote()
                << "reloading the phones after the database came back failed:" << configs.error().fullText();
        }
    }
    m_directory->setDatabaseReachable(true);
    if (!m_pendingFetches.isEmpty() || !m_pendingQuarantine.isEmpty())
        qCInfo(lcProvisioning).noquote()
            << QStringLiteral("writing %1 configuration fetches and %2 unknown devices kept while the "
                              "database was gone")
                   .arg(m_pendingFetches.size())
                   .arg(m_pendingQuarantine.size());
    m_pendingFullLogged = false;
    flush();
}

void ProvisioningServer::keepFailed(const QHash<Id, ProvisioningFetch> &fetches,
                                    const QList<QuarantineEntry> &sightings, const QHash<QString, int> &drops)
{
    for (auto it = fetches.constBegin(); it != fetches.constEnd(); ++it) {
        if (m_pendingFetches.contains(it.key()))
            continue; // a newer fetch of the same phone
        if (m_pendingFetches.size() >= MaxKeptFetches) {
            if (!m_pendingFullLogged)
                qCWarning(lcProvisioning).noquote()
                    << QStringLiteral("the database is still gone and %1 configuration fetches wait for it: "
                                      "fetches of further phones are not recorded")
                           .arg(MaxKeptFetches);
            m_pendingFullLogged = true;
            break;
        }
        m_pendingFetches.insert(it.key(), it.value());
    }
    // The quarantine's own limits bound what waits of it.
    for (const QuarantineEntry &entry : sightings) {
        const auto pending = m_pendingQuarantine.find(entry.mac);
        if (pending != m_pendingQuarantine.end()) {
            pending->firstSeen = std::min(pending->firstSeen, entry.firstSeen);
            pending->requests += entry.requests;
            continue;
        }
        if (const QString victim = m_pendingBudget.victimFor(entry.ip); !victim.isEmpty()) {
            ++m_pendingDrops[m_pendingBudget.addressOf(victim)];
            m_pendingBudget.remove(victim);
            m_pendingQuarantine.remove(victim);
        }
        m_pendingQuarantine.insert(entry.mac, entry);
        m_pendingBudget.insert(entry.mac, entry.ip, entry.lastSeen);
    }
    for (auto it = drops.constBegin(); it != drops.constEnd(); ++it)
        m_pendingDrops[it.key()] += it.value();
}

void ProvisioningServer::flush()
{
    drainInbox();
    m_flushTimer.stop();
    if (databaseLost())
        return; // kept until the connection is back (onDatabaseRestored)
    flushDownloads();
    const QHash<Id, ProvisioningFetch> fetches = std::exchange(m_pendingFetches, {});
    const QList<QuarantineEntry> sightings = std::exchange(m_pendingQuarantine, {}).values();
    const QHash<QString, int> pendingDrops = std::exchange(m_pendingDrops, {});
    m_pendingBudget = QuarantineBudget(quarantineLimits());
    if (!fetches.isEmpty())
        flushFetches(fetches);
    if (!sightings.isEmpty() && m_settings.quarantineCapacity > 0)
        flushSightings(sightings, pendingDrops);
}

bool ProvisioningServer::connectionLost() const
{
    ConnectionGuard *guard = ConnectionGuard::of(m_storage);
    return guard && guard->checkAfterFailure();
}

void ProvisioningServer::flushFetches(const QHash<Id, ProvisioningFetch> &fetches)
{
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        for (auto it = fetches.constBegin(); it != fetches.constEnd(); ++it) {
            if (auto e = m_storage.status().recordFetch(it.key(), it.value());
                !e && e.error().code != Error::Code::NotFound) // deleted meanwhile
                return e;
        }
        return {};
    });
    if (r)
        r = markFetchersOnline(fetches);
    if (!r && connectionLost()) {
        keepFailed(fetches, {}, {});
    } else if (!r) {
        qCWarning(lcProvisioning).noquote()
            << "recording configuration fetches failed:" << r.error().fullText();
        emit storageError(r.error().fullText());
    } else {
        for (auto it = fetches.constBegin(); it != fetches.constEnd(); ++it)
            emit phoneFetched(it.key());
    }
}

// A phone that fetches its configuration is up: zero-touch phones turn Online on first contact,
// also when the console's device control marked them Not monitored for want of an address (the
// fetch is the first address it has). Restarting is left to the command runner, which confirms
// restarts itself.
Result<void> ProvisioningServer::markFetchersOnline(const QHash<Id, ProvisioningFetch> &fetches)
{
    QList<StatusRecord> online;
    for (auto it = fetches.constBegin(); it != fetches.constEnd(); ++it) {
        auto current = m_storage.status().get(it.key());
        if (!current ||
            (current->status != PhoneStatus::Unknown && current->status != PhoneStatus::Offline &&
             current->status != PhoneStatus::NotMonitored))
            continue;
        StatusRecord record = *current;
        record.status = PhoneStatus::Online;
        record.lastSeen = it->time;
        record.detail =
            QCoreApplication::translate("PhoneDesk::ProvisioningServer", "fetched its configuration");
        online.append(record);
    }
    if (online.isEmpty())
        return {};
    if (auto changed = m_storage.status().applyProbeResults(online); !changed)
        return changed.error();
    return {};
}

void ProvisioningServer::flushSightings(const QList<QuarantineEntry> &sightings,
                                        const QHash<QString, int> &pendingDrops)
{
    int droppedBefore = 0;
    for (const int n : pendingDrops)
        droppedBefore += n;
    auto r = QuarantineRepository(m_storage).record(sightings, quarantineLimits(), droppedBefore);
    if (!r && connectionLost()) {
        keepFailed({}, sightings, pendingDrops);
    } else if (!r) {
        qCWarning(lcProvisioning).noquote() << "recording unknown devices failed:" << r.error().fullText();
        emit storageError(r.error().fullText());
        noteQuarantineDrops(pendingDrops, m_droppedInAll + droppedBefore);
    } else {
        QHash<QString, int> drops = pendingDrops;
        for (auto it = r->droppedByAddress.constBegin(); it != r->droppedByAddress.constEnd(); ++it)
            drops[it.key()] += it.value();
        noteQuarantineDrops(drops, r->droppedInAll);
        emit quarantineChanged();
    }
}

QuarantineLimits ProvisioningServer::quarantineLimits() const
{
    return {m_settings.quarantineCapacity, m_settings.quarantinePerAddress};
}

void ProvisioningServer::noteQuarantineDrops(const QHash<QString, int> &byAddress, qint64 droppedInAll)
{
    if (byAddress.isEmpty())
        return;
    for (auto it = byAddress.constBegin(); it != byAddress.constEnd(); ++it)
        m_dropsToLog[it.key()] += it.value();
    m_droppedInAll = droppedInAll;
    // The first drop is logged at once, later ones at most once per interval with their count.
    constexpr qint64 IntervalMs = 10000;
    if (!m_dropLogClock.isValid() || m_dropLogClock.elapsed() >= IntervalMs)
        logQuarantineDrops();
    else if (!m_dropLogTimer.isActive())
        m_dropLogTimer.start(int(IntervalMs - m_dropLogClock.elapsed()));
}

void ProvisioningServer::logQuarantineDrops()
{
    m_dropLogTimer.stop();
    if (m_dropsToLog.isEmpty())
        return;
    int dropped = 0;
    QString top;
    int topCount = 0;
    for (auto it = m_dropsToLog.constBegin(); it != m_dropsToLog.constEnd(); ++it) {
        dropped += it.value();
        if (it.value() > topCount || (it.value() == topCount && it.key() < top)) {
            top = it.key();
            topCount = it.value();
        }
    }
    m_dropsToLog.clear();
    m_dropLogClock.start();
    qCWarning(lcProvisioning).noquote()
        << QStringLiteral("quarantine: %1 unknown devices dropped to make room for newer ones (at most %2 "
                          "per address, %3 in all); most from %4 (%5); %6 dropped in all")
               .arg(dropped)
               .arg(m_settings.quarantinePerAddress)
               .arg(m_settings.quarantineCapacity)
               .arg(top)
               .arg(topCount)
               .arg(m_droppedInAll);
}

void ProvisioningServer::onPhonesRendered(const QList<PhoneConfig> &configs, const QList<Id> &removed)
{
    m_directory->upsert(configs);
    m_directory->remove(removed);
}

} // namespace PhoneDesk

#include "provisioningserver.moc"
