#pragma once

// A local stand-in for the vendors' redirection services, for the tests (the real ones cannot be
// reached from a test): an HTTPS server on 127.0.0.1 with real TLS (a certificate of TestPki) that
// implements the endpoints PhoneDesk uses, as docs/redirection.md describes them, with the
// answers the services give: Poly ZTP (API-KEY, profiles, one device per request, 409 for a MAC
// it knows, 404/409 for another account's) or Yealink RPS (OAuth token, timestamp and nonce
// required and never reused, servers, batches of at most 100, 403 on addDevicesByMac for an
// ordinary account, per-device errors 800003/800004). Failures are scripted per endpoint: a status
// (401, 429 with Retry-After, 500) for the next N requests, or a request held unanswered (its
// effect applied) until the test lets it go or drops the connection. Every request is logged.

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>

#include <functional>

class QSslSocket;

namespace PhoneDesk::Test {

class MockRedirectionServer final : public QObject
{
    Q_OBJECT

public:
    enum class Flavour { PolyZtp, YealinkRps };

    struct Request
    {
        QByteArray method;
        QString path; // without the query
        QString query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QJsonValue json;
        int status = 0; // what was answered (0: held, not answered)
    };

    struct Scripted
    {
        int status = 500;
        QByteArray body;
        QByteArray retryAfter; // Retry-After header value, if any
        int count = 1; // for this many requests
        bool takeEffect = false; // the request is carried out all the same (a 5xx after the work)
    };

    MockRedirectionServer(Flavour flavour, QObject *parent = nullptr);
    ~MockRedirectionServer() override;

    // Listens on 127.0.0.1 (ephemeral port) with this certificate and key. False with why.
    bool listen(const QString &certificatePath, const QString &keyPath, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    // https://127.0.0.1:<port> plus the vendor's path prefix (Poly: /v1).
    QString baseUrl() const;

    // --- credentials and account ---
    void setCredentials(const QString &key, const QString &secret = {});
    // Yealink: the account may not add by MAC alone (403 on addDevicesByMac).
    void setAddByMacForbidden(bool forbidden) { m_addByMacForbidden = forbidden; }
    // MACs another account has (Poly: 409 on POST, 404 on GET; Yealink: error 800004).
    void addForeignDevice(const QString &mac) { m_foreign.insert(mac.toLower()); }
    // MACs the service refuses with this text (Poly: 400; Yealink: a per-device error).
    void refuseDevice(const QString &mac, const QString &text) { m_refused.insert(mac.toLower(), text); }
    // A device already registered at the service, pointing at `url` (its profile or server made).
    void preregister(const QString &mac, const QString &url, const QString &serial = {});

    // --- failures ---
    // The next requests whose path ends with `pathSuffix` (and method, if given) get this answer
    // instead, without any effect unless `takeEffect`.
    void script(const QString &pathSuffix, const Scripted &answer, const QByteArray &method = {});
    // The request whose path ends with `pathSuffix` after `after` more such requests takes effect
    // but is not answered until release() (or never, if the client goes away): heldRequest() says
    // it arrived.
    void holdNext(const QString &pathSuffix, int after = 0);
    void release();

    // --- what happened ---
    const QList<Request> &requests() const { return m_requests; }
    QList<Request> requestsTo(const QString &pathSuffix, const QByteArray &method = {}) const;
    // Devices registered now: MAC -> provisioning URL they are sent to.
    QHash<QString, QString> devices() const;
    // How often each MAC was newly registered (a second registration of the same phone counts).
    const QHash<QString, int> &registrations() const { return m_registrations; }
    int serverOrProfileCount() const { return int(m_targets.size()); }
    // Yealink: the serial number a device was added with.
    QString serialOf(const QString &mac) const { return m_devices.value(mac.toLower()).serial; }

signals:
    void heldRequest(const QString &path);

private:
    struct Connection;
    struct Device
    {
        QString id;
        QString target; // profile or server id
        QString serial;
    };
    struct Target
    {
        QString name;
        QString url;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray retryAfter;
    };

    void onConnection();
    void onReadable(QSslSocket *socket);
    Answer handle(Request &request);
    Answer handlePoly(const Request &request);
    Answer handleYealink(Request &request);
    Answer yealinkAdd(const Request &request, bool withSerial);
    Answer yealinkDelete(const Request &request);
    Answer yealinkServers(const Request &request);
    void respond(QSslSocket *socket, const Answer &answer);
    QString targetFor(const QString &url);
    void registerDevice(const QString &mac, const QString &target, const QString &serial);

    Flavour m_flavour;
    QSslServer m_server;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_key1;
    QString m_secret;
    QSet<QString> m_tokens;
    QSet<QByteArray> m_nonces;
    bool m_addByMacForbidden = false;
    QSet<QString> m_foreign;
    QHash<QString, QString> m_refused;
    QHash<QString, Device> m_devices; // by MAC
    QHash<QString, Target> m_targets; // profiles (Poly) or servers (Yealink) by id
    int m_nextId = 1;
    QHash<QString, int> m_registrations;
    struct Script
    {
        QString suffix;
        QByteArray method;
        Scripted answer;
    };
    QList<Script> m_scripts;
    QString m_holdSuffix;
    int m_holdAfter = 0;
    QList<std::pair<QSslSocket *, Answer>> m_held;
    QList<Request> m_requests;
    QHash<QSslSocket *, QByteArray> m_buffers;
};

} // namespace PhoneDesk::Test
