#pragma once

// Per-source-address limits of the provisioning server: a token bucket of failures (unknown MAC,
// wrong credentials) against MAC enumeration and password guessing, and a count of open
// connections. Thread-safe; memory bounded.

#include <QHash>
#include <QHostAddress>
#include <QMutex>

namespace PhoneDesk {

class AbuseGuard final
{
public:
    struct Limits
    {
        double failureBurst = 30; // failures allowed at once
        double failuresPerSecond = 0.5; // refill rate
        int maxConnectionsPerAddress = 256;
        int maxConnections = 4096;
        int maxTrackedAddresses = 100000;
    };

    explicit AbuseGuard(Limits limits)
        : m_limits(limits)
    { }

    // False while `address` has used up its failure budget.
    bool allowed(const QHostAddress &address);
    // `cost` < 1 for requests that are normal once but suspicious in bulk (Digest challenges).
    void recordFailure(const QHostAddress &address, double cost = 1.0);

    // Connection accounting; acquire returns false when a limit is reached (close the socket).
    bool acquireConnection(const QHostAddress &address);
    void releaseConnection(const QHostAddress &address);
    int openConnections() const;

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
        int connections = 0;
    };
    Bucket &bucket(const QHostAddress &address, qint64 nowMs);
    void refill(Bucket &b, qint64 nowMs) const;

    Limits m_limits;
    mutable QMutex m_mutex;
    QHash<QHostAddress, Bucket> m_buckets;
    int m_connections = 0;
};

} // namespace PhoneDesk
