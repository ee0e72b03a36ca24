#pragma once

// HTTP Digest access authentication (RFC 7616) for phones, with server-issued nonces tracked in
// memory: a nonce expires, and each nonce-count may be used once (no replay). Thread-safe.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace PhoneDesk {

class DigestAuthenticator final
{
public:
    struct Credentials
    {
        QByteArray username;
        QByteArray realm;
        QByteArray nonce;
        QByteArray uri;
        QByteArray response;
        QByteArray algorithm; // "MD5" (default) or "SHA-256"
        QByteArray cnonce;
        QByteArray nc;
        QByteArray qop;
        QByteArray opaque;
    };
    enum class Verdict { Ok, Stale, Bad };

    explicit DigestAuthenticator(QByteArray realm, int nonceLifetimeSeconds = 300, int maxNonces = 50000);

    // WWW-Authenticate values, strongest first (SHA-256, then MD5 for older phones).
    QList<QByteArray> challenges(bool stale = false);

    static std::optional<Credentials> parse(const QByteArray &authorization);
    // Checks `credentials` for `method` and `requestTarget` against `password`.
    Verdict verify(const Credentials &credentials, const QByteArray &method, const QByteArray &requestTarget,
                   const QString &password);

    const QByteArray &realm() const { return m_realm; }
    qsizetype trackedNonces() const;

private:
    struct NonceState
    {
        QDeadlineTimer expiry;
        quint64 lastCount = 0;
    };
    QByteArray newNonce();
    void prune();

    QByteArray m_realm;
    int m_lifetimeMs;
    int m_maxNonces;
    QByteArray m_opaque;
    mutable QMutex m_mutex;
    QHash<QByteArray, NonceState> m_nonces;
};

} // namespace PhoneDesk
