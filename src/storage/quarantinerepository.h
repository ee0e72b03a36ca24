#pragma once

// Unknown MAC addresses that asked the provisioning server for a configuration: never served,
// never auto-created; an administrator claims them as phones. Bounded in size.

#include "entities.h"
#include "result.h"

#include <QDateTime>
#include <QList>

namespace PhoneDesk {

class Storage;

struct QuarantineEntry
{
    QString mac; // normalised, 12 lower-case hex digits
    QDateTime firstSeen;
    QDateTime lastSeen;
    QString ip;
    QString userAgent;
    QString modelId; // catalog model matched from the User-Agent, if any
    int requests = 0;

    bool operator==(const QuarantineEntry &) const = default;
};

class QuarantineRepository final
{
public:
    explicit QuarantineRepository(Storage &storage)
        : m_storage(storage)
    { }

    Result<QList<QuarantineEntry>> list(); // newest first
    Result<int> count();

    // Records sightings in one transaction. A MAC already listed gets its counters updated; a new
    // MAC is added only while fewer than `capacity` entries exist (enumeration must not fill the
    // database). Returns how many new entries were added.
    Result<int> record(const QList<QuarantineEntry> &sightings, int capacity);

    Result<void> remove(const QStringList &macs);

private:
    Storage &m_storage;
};

} // namespace PhoneDesk
