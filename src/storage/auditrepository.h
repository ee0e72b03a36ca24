#pragma once

// The audit log: who did what to which record, and when. Written inside every change's transaction.

#include "entities.h"
#include "result.h"

namespace PhoneDesk {

class Storage;

struct AuditQuery
{
    QDateTime from; // invalid = no bound
    QDateTime to;
    QString actor; // exact, empty = any
    QString action; // prefix ("phone." matches every phone action), empty = any
    QString entityType; // empty = any
    Id entityId = 0; // 0 = any
    QString text; // substring of entity name or details, case-insensitive
    int limit = 1000;
};

class AuditRepository final
{
public:
    explicit AuditRepository(Storage &storage)
        : m_storage(storage)
    { }

    Result<void> add(const QString &action, const QString &entityType, Id entityId, const QString &entityName,
                     const QString &details);
    // Newest first.
    Result<QList<AuditEntry>> query(const AuditQuery &query);
    Result<QStringList> actors();
    // The newest entry about one record (for conflict messages).
    Result<std::optional<AuditEntry>> latestFor(const QString &entityType, Id entityId);

private:
    Storage &m_storage;
};

} // namespace PhoneDesk
