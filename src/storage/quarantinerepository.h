#pragma once

// Unknown MAC addresses that asked the provisioning server for a configuration: never served,
// never auto-created; an administrator claims them as phones. Bounded in size.

#include "entities.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <set>
#include <tuple>

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

// How the quarantine stays useful under a flood of made-up MACs: at most `perAddress` entries from
// one source address and `capacity` in all. A new MAC from an address at its limit takes the place
// of that address's oldest entry; when the quarantine is full, it takes the place of the oldest
// entry of the address with the most entries (the oldest such address on a tie). A flood from a
// few addresses churns its own entries only, and a phone from anywhere else is always recorded.
struct QuarantineLimits
{
    int capacity = 1000;
    int perAddress = 100;
};

// The entries of a quarantine by source address, to pick the one a new MAC replaces. One policy
// for the stored rows and for the server's sightings not written yet.
class QuarantineBudget final
{
public:
    explicit QuarantineBudget(QuarantineLimits limits)
        : m_limits(limits)
    { }

    bool contains(const QString &mac) const { return m_entries.contains(mac); }
    qsizetype size() const { return m_entries.size(); }
    QString addressOf(const QString &mac) const { return m_entries.value(mac).ip; }
    // Adds or moves (a MAC seen again, perhaps from another address).
    void insert(const QString &mac, const QString &ip, const QDateTime &lastSeen);
    void remove(const QString &mac);
    // The MAC that must give way before a new one from `ip` is added; empty while there is room.
    QString victimFor(const QString &ip) const;

private:
    struct Entry
    {
        QString ip;
        qint64 lastSeenMs = 0;
    };
    using Oldest = std::set<std::pair<qint64, QString>>; // (last seen, MAC), oldest first
    using Rank = std::tuple<qsizetype, qint64, QString>; // (-entries, oldest last seen, address)
    static Rank rankOf(const QString &ip, const Oldest &entries);

    QuarantineLimits m_limits;
    QHash<QString, Entry> m_entries; // by MAC
    QHash<QString, Oldest> m_byAddress;
    std::set<Rank> m_ranking; // most entries first
};

// What record() did.
struct QuarantineRecordResult
{
    int added = 0;
    int updated = 0;
    int dropped = 0; // stored entries that gave way to new ones
    QHash<QString, int> droppedByAddress; // source address of the dropped entries
    qint64 droppedInAll = 0; // the counter after this call (dropped here and before, ever)
};

// Every entry that ever gave way, kept in app_settings (provisioning.quarantineDropped and
// provisioning.quarantineLastDrop).
struct QuarantineDrops
{
    qint64 count = 0;
    QDateTime last;
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
    // MAC is added within `limits`, taking the place of an older entry when needed (see
    // QuarantineLimits). `droppedBefore` sightings the caller dropped itself by the same policy
    // are counted with the entries dropped here.
    Result<QuarantineRecordResult> record(const QList<QuarantineEntry> &sightings, QuarantineLimits limits,
                                          int droppedBefore = 0);
    // The same with no limit per address. Returns how many new entries were added.
    Result<int> record(const QList<QuarantineEntry> &sightings, int capacity);

    Result<QuarantineDrops> drops();

    Result<void> remove(const QStringList &macs);

private:
    Storage &m_storage;
};

} // namespace PhoneDesk
