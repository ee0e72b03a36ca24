#include "digestauth.h"

#include "digestparams.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace PhoneDesk {

namespace {
QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toHex();
}

QByteArray digest(const QByteArray &algorithm, const QByteArray &data)
{
    const auto method = algorithm == "SHA-256" ? QCryptographicHash::Sha256 : QCryptographicHash::Md5;
    return QCryptographicHash::hash(data, method).toHex();
}

// Constant time: how long a comparison takes must not tell how much of a guess was right.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}
} // namespace

DigestAuthenticator::DigestAuthenticator(QByteArray realm, int nonceLifetimeSeconds, int maxNonces)
    : m_realm(std::move(realm))
    , m_lifetimeMs(nonceLifetimeSeconds * 1000)
    , m_maxNonces(maxNonces)
    , m_opaque(randomHex(16))
{ }

QByteArray DigestAuthenticator::newNonce()
{
    const QByteArray nonce = randomHex(16);
    QMutexLocker lock(&m_mutex);
    if (m_nonces.size() >= m_maxNonces)
        prune();
    if (m_nonces.size() >= m_maxNonces)
        m_nonces.erase(m_nonces.begin()); // still full: an arbitrary old nonce goes (it then reads as stale)
    m_nonces.insert(nonce, NonceState {QDeadlineTimer(m_lifetimeMs), 0});
    return nonce;
}

void DigestAuthenticator::prune()
{
    for (auto it = m_nonces.begin(); it != m_nonces.end();) {
        if (it->expiry.hasExpired())
            it = m_nonces.erase(it);
        else
            ++it;
    }
}

qsizetype DigestAuthenticator::trackedNonces() const
{
    QMutexLocker lock(&m_mutex);
    return m_nonces.size();
}

QList<QByteArray> DigestAuthenticator::challenges(bool stale)
{
    const QByteArray nonce = newNonce();
    QList<QByteArray> out;
    for (const char *algorithm : {"SHA-256", "MD5"}) {
        QByteArray v = "Digest realm=\"" + m_realm + "\", qop=\"auth\", algorithm=" + QByteArray(algorithm) +
            ", nonce=\"" + nonce + "\", opaque=\"" + m_opaque + '"';
        if (stale)
            v += ", stale=true";
        out.append(v);
    }
    return out;
}

std::optional<DigestAuthenticator::Credentials> DigestAuthenticator::parse(const QByteArray &authorization)
{
    const auto params = parseDigestParams(authorization);
    if (!params)
        return std::nullopt;
    Credentials c;
    for (const auto &[name, value] : *params) {
        if (name == "username")
            c.username = value;
        else if (name == "realm")
            c.realm = value;
        else if (name == "nonce")
            c.nonce = value;
        else if (name == "uri")
            c.uri = value;
        else if (name == "response")
            c.response = value.toLower();
        else if (name == "algorithm")
            c.algorithm = value.toUpper();
        else if (name == "cnonce")
            c.cnonce = value;
        else if (name == "nc")
            c.nc = value;
        else if (name == "qop")
            c.qop = value;
        else if (name == "opaque")
            c.opaque = value;
    }
    if (c.username.isEmpty() || c.nonce.isEmpty() || c.uri.isEmpty() || c.response.isEmpty())
        return std::nullopt;
    if (c.algorithm.isEmpty())
        c.algorithm = "MD5";
    return c;
}

DigestAuthenticator::Verdict DigestAuthenticator::verify(const Credentials &c, const QByteArray &method,
                                                         const QByteArray &requestTarget,
                                                         const QString &password)
{
    if (c.realm != m_realm || c.uri != requestTarget || (c.algorithm != "MD5" && c.algorithm != "SHA-256"))
        return Verdict::Bad;
    // qop=auth is required: without it there is no nonce count and so no replay protection.
    if (c.qop != "auth" || c.cnonce.isEmpty() || c.nc.size() != 8)
        return Verdict::Bad;
    bool ok = false;
    const quint64 count = c.nc.toULongLong(&ok, 16);
    if (!ok || count == 0)
        return Verdict::Bad;

    const QByteArray ha1 = digest(c.algorithm, c.username + ':' + m_realm + ':' + password.toUtf8());
    const QByteArray ha2 = digest(c.algorithm, method + ':' + c.uri);
    const QByteArray expected =
        digest(c.algorithm, ha1 + ':' + c.nonce + ':' + c.nc + ':' + c.cnonce + ':' + c.qop + ':' + ha2);
    const bool match = sameBytes(expected, c.response);

    QMutexLocker lock(&m_mutex);
    auto it = m_nonces.find(c.nonce);
    if (it == m_nonces.end() || it->expiry.hasExpired()) {
        if (it != m_nonces.end())
            m_nonces.erase(it);
        // A right answer to a nonce we no longer know: ask again with stale=true, no new password prompt.
        return match ? Verdict::Stale : Verdict::Bad;
    }
    if (!match)
        return Verdict::Bad;
    if (count <= it->lastCount)
        return Verdict::Bad; // replayed
    it->lastCount = count;
    return Verdict::Ok;
}

} // namespace PhoneDesk
