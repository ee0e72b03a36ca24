#pragma once

// Poly UC Software REST API client (POST /api/v1/mgmt/safeRestart, GET .../device/info) over
// HTTPS with Basic auth as "Polycom".
//
// Certificate policy: Poly phones present self-signed certificates, so CA verification alone
// would always fail, and turning verification off would let anyone on the path collect the admin
// password. A request is sent only when the phone's certificate verifies normally or when its
// SHA-256 fingerprint equals the one pinned for that phone; without a pin nothing is sent (the
// caller falls back to SIP NOTIFY). Pins are set by an administrator (per phone).

#include "result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace PhoneDesk {

struct PolyRestTarget
{
    QHostAddress address;
    quint16 port = 443;
    QString password; // admin password (user "Polycom")
    QByteArray pinnedSha256; // DER certificate SHA-256 (raw 32 bytes); empty = CA verification only
};

class PolyRestClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolyRestClient)

public:
    using Callback = std::function<void(const Result<QByteArray> &body)>;

    explicit PolyRestClient(QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // The reply body on HTTP 2xx with {"Status":"2000"}; otherwise an Error whose message names
    // the phone address and says what went wrong (401, pin mismatch, unreachable, timeout).
    void safeRestart(const PolyRestTarget &target, Callback callback);
    void deviceInfo(const PolyRestTarget &target, Callback callback);

    // The certificate the phone's HTTPS server presents, for an administrator to compare and pin
    // (trust on first use). Only a TLS handshake: no request, no credentials are sent.
    using CertificateCallback = std::function<void(const Result<QSslCertificate> &certificate)>;
    void fetchCertificate(const QHostAddress &address, quint16 port, CertificateCallback callback);

private:
    void request(const PolyRestTarget &target, const QByteArray &verb, const QString &path,
                 Callback callback);

    QNetworkAccessManager *m_network;
    int m_timeoutMs = 10000;
};

} // namespace PhoneDesk
