#include "abuseguard.h"

#include <QDateTime>

namespace PhoneDesk {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

void AbuseGuard::refill(Bucket &b, qint64 now) const
{
    const double elapsed = double(now - b.updatedMs) / 1000.0;
    b.tokens = std::min(m_limits.failureBurst, b.tokens + elapsed * m_limits.failuresPerSecond);
    b.updatedMs = now;
}

AbuseGuard::Bucket &AbuseGuard::bucket(const QHostAddress &address, qint64 now)
{
    auto it = m_buckets.find(address);
    if (it != m_buckets.end()) {
        refill(*it, now);
        return *it;
    }
    if (m_buckets.size() >= m_limits.maxTrackedAddresses) {
        // Forget addresses that are back to a full budget and hold no connection.
        for (auto i = m_buckets.begin(); i != m_buckets.end();) {
            refill(*i, now);
            if (i->connections == 0 && i->tokens >= m_limits.failureBurst)
                i = m_buckets.erase(i);
            else
                ++i;
        }
    }
    return *m_buckets.insert(address, Bucket {m_limits.failureBurst, now, 0});
}

bool AbuseGuard::allowed(const QHostAddress &address)
{
    QMutexLocker lock(&m_mutex);
    return bucket(address, nowMs()).tokens >= 1.0;
}

void AbuseGuard::recordFailure(const QHostAddress &address, double cost)
{
    QMutexLocker lock(&m_mutex);
    Bucket &b = bucket(address, nowMs());
    b.tokens = std::max(0.0, b.tokens - cost);
}

bool AbuseGuard::acquireConnection(const QHostAddress &address)
{
    QMutexLocker lock(&m_mutex);
    if (m_connections >= m_limits.maxConnections)
        return false;
    Bucket &b = bucket(address, nowMs());
    if (b.connections >= m_limits.maxConnectionsPerAddress)
        return false;
    ++b.connections;
    ++m_connections;
    return true;
}

void AbuseGuard::releaseConnection(const QHostAddress &address)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_buckets.find(address);
    if (it != m_buckets.end() && it->connections > 0)
        --it->connections;
    if (m_connections > 0)
        --m_connections;
}

int AbuseGuard::openConnections() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

} // namespace PhoneDesk
