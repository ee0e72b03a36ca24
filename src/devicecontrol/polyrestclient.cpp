#include "polyrestclient.h"

#include "siptarget.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

namespace PhoneDesk {

namespace {

QString hostPortOf(const QHostAddress &address, quint16 port)
{
    return (address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                : address.toString()) +
        u':' + QString::number(port);
}

// A documentation address stands for a made-up phone: nothing is sent to it (see siptarget.h).
// Reported from the event loop, as every other outcome is.
template<typename Callback>
bool refuseDocumentationAddress(QObject *context, const QHostAddress &address, quint16 port,
                                Callback &callback)
{
    if (!isDocumentationAddress(address))
        return false;
    const QString message =
        QCoreApplication::translate("PhoneDesk::PolyRestClient", "%1: documentation address, not contacted")
            .arg(hostPortOf(address, port));
    QTimer::singleShot(0, context, [callback = std::move(callback), message] {
        callback(Error::make(Error::Code::Validation, message));
    });
    return true;
}
} // namespace

PolyRestClient::PolyRestClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Phones are on the organisation's own network: their admin password must never go to a
    // proxy the desktop is configured with (a PAC file, the system's proxy settings), and a
    // proxy could not reach them anyway.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void PolyRestClient::safeRestart(const PolyRestTarget &target, Callback callback)
{
    request(target, QByteArrayLiteral("POST"), QStringLiteral("/api/v1/mgmt/safeRestart"),
            std::move(callback));
}

void PolyRestClient::deviceInfo(const PolyRestTarget &target, Callback callback)
{
    request(target, QByteArrayLiteral("GET"), QStringLiteral("/api/v1/mgmt/device/info"),
            std::move(callback));
}

void PolyRestClient::fetchCertificate(const QHostAddress &address, quint16 port, CertificateCallback callback)
{
    if (refuseDocumentationAddress(this, address, port, callback))
        return;
    auto *socket = new QSslSocket(this);
    socket->setProxy(QNetworkProxy::NoProxy);
    const QString where = hostPortOf(address, port);
    auto done = std::make_shared<bool>(false);
    auto finish = [socket, done, callback = std::move(callback)](const Result<QSslCertificate> &result) {
        if (*done)
            return;
        *done = true;
        socket->abort();
        socket->deleteLater();
        callback(result);
    };
    // Self-signed is expected here: the point is to show the administrator what is presented.
    connect(socket, &QSslSocket::sslErrors, socket,
            [socket](const QList<QSslError> &errors) { socket->ignoreSslErrors(errors); });
    connect(socket, &QSslSocket::encrypted, socket, [socket, finish, where] {
        const QSslCertificate peer = socket->peerCertificate();
        if (peer.isNull())
            finish(Error::make(
                Error::Code::Network,
                QCoreApplication::translate("PhoneDesk::PolyRestClient", "%1 presented no certificate")
                    .arg(where)));
        else
            finish(peer);
    });
    connect(socket, &QAbstractSocket::errorOccurred, socket, [socket, finish, where] {
        finish(Error::make(
            Error::Code::Network,
            QCoreApplication::translate("PhoneDesk::PolyRestClient", "REST API of %1 unreachable: %2")
                .arg(where, socket->errorString())));
    });
    QTimer::singleShot(m_timeoutMs, socket, [finish, where] {
        finish(Error::make(
            Error::Code::Network,
            QCoreApplication::translate("PhoneDesk::PolyRestClient", "REST API of %1 unreachable: %2")
                .arg(where, QCoreApplication::translate("PhoneDesk::PolyRestClient", "no answer in time"))));
    });
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->connectToHostEncrypted(address.toString(), port);
}

void PolyRestClient::request(const PolyRestTarget &target, const QByteArray &verb, const QString &path,
                             Callback callback)
{
    if (refuseDocumentationAddress(this, target.address, target.port, callback))
        return;
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(target.address.toString());
    url.setPort(target.port);
    url.setPath(path);
    const QString where = url.authority();

    QNetworkRequest req(url);
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    // Sent up front: the password goes only over a connection whose certificate passed below.
    const QByteArray credentials = QByteArrayLiteral("Polycom:") + target.password.toUtf8();
    req.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    req.setSslConfiguration(ssl);

    QNetworkReply *reply =
        verb == "POST" ? m_network->post(req, QByteArrayLiteral("{}")) : m_network->get(req);
    auto pinFailure = std::make_shared<QString>();
    const QByteArray pin = target.pinnedSha256;
    connect(
        reply, &QNetworkReply::sslErrors, reply,
        [reply, pin, pinFailure, where](const QList<QSslError> &errors) {
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            if (pin.isEmpty()) {
                *pinFailure =
                    QCoreApplication::translate(
                        "PhoneDesk::PolyRestClient",
                        "%1 presents a certificate that does not verify and none is pinned for this phone")
                        .arg(where);
                return;
            }
            if (peer.isNull() || peer.digest(QCryptographicHash::Sha256) != pin) {
                *pinFailure =
                    QCoreApplication::translate(
                        "PhoneDesk::PolyRestClient",
                        "%1 presents a certificate that does not match the one pinned for this phone "
                        "(SHA-256 %2)")
                        .arg(where, QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex(':')));
                return;
            }
            // The pinned certificate itself: its chain and name errors are expected (self-signed).
            reply->ignoreSslErrors(errors);
        });
    connect(reply, &QNetworkReply::encrypted, reply, [reply, pin, pinFailure, where] {
        // A pin binds even a certificate that verifies against a CA.
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!pin.isEmpty() && peer.digest(QCryptographicHash::Sha256) != pin) {
            *pinFailure = QCoreApplication::translate(
                              "PhoneDesk::PolyRestClient",
                              "%1 presents a certificate that does not match the one pinned for this phone")
                              .arg(where);
            reply->abort();
        }
    });
    connect(
        reply, &QNetworkReply::finished, this, [reply, callback = std::move(callback), pinFailure, where] {
            reply->deleteLater();
            const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (!pinFailure->isEmpty()) {
                callback(Error::make(Error::Code::Network, *pinFailure));
                return;
            }
            if (http == 401 || http == 403) {
                // The password PhoneDesk sends is the one the phone's PhoneDesk configuration sets
                // (the device secret), so a refusal means the phone does not have that
                // configuration yet, its password was changed on the phone, or the address now
                // belongs to another phone.
                callback(Error::make(
                    Error::Code::Permission,
                    QCoreApplication::translate(
                        "PhoneDesk::PolyRestClient",
                        "%1 refused the admin password (HTTP %2): the phone does not have the admin "
                        "password its PhoneDesk configuration sets. Let it fetch its configuration "
                        "(Resync, or provision it from PhoneDesk) and try again; if another phone now "
                        "has this address, check the phone's network address and trust its web "
                        "certificate again (Phones > Trust Phone Web Certificate).")
                        .arg(where)
                        .arg(http)));
                return;
            }
            if (reply->error() != QNetworkReply::NoError && http == 0) {
                const QString why = reply->error() == QNetworkReply::OperationCanceledError
                    ? QCoreApplication::translate("PhoneDesk::PolyRestClient", "no answer in time")
                    : reply->errorString();
                callback(Error::make(
                    Error::Code::Network,
                    QCoreApplication::translate("PhoneDesk::PolyRestClient", "REST API of %1 unreachable: %2")
                        .arg(where, why)));
                return;
            }
            if (http < 200 || http >= 300) {
                callback(Error::make(
                    Error::Code::Network,
                    QCoreApplication::translate("PhoneDesk::PolyRestClient", "%1 answered HTTP %2")
                        .arg(where)
                        .arg(http)));
                return;
            }
            const QJsonObject json = QJsonDocument::fromJson(body).object();
            const QString status = json.value(QLatin1String("Status")).toString();
            if (status != QLatin1String("2000")) {
                callback(
                    Error::make(Error::Code::Network,
                                QCoreApplication::translate("PhoneDesk::PolyRestClient",
                                                            "%1 did not accept the request (status \"%2\")")
                                    .arg(where, status.left(40))));
                return;
            }
            callback(body);
        });
}

} // namespace PhoneDesk
