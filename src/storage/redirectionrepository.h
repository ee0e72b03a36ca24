#pragma once

// Where each managed phone stands with its vendor's redirection service (table phone_redirection
// of migration 7): read by everyone (the Phones table, the phone editor, the settings page) and
// written by the one RedirectionWorker of the database (the console on SQLite, phonedesk-server in
// a team database). The worker says which phones should be registered where (reconcile()), takes
// the rows that are due (due()), marks them sent before a request goes out (markSent()) and
// records each answer (record()). A row marked sent whose answer was never recorded (the process
// ended, the answer was a 5xx) is checked with the service before it is sent again, so a retry
// never registers a phone twice.

#include "entities.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace PhoneDesk {

class Storage;

struct RedirectionRecord
{
    Id id = 0;
    Id phoneId = 0; // 0: the phone is gone or no longer redirected (state Removing, or Failed removal)
    QString service; // "poly-ztp", "yealink-rps"
    QString mac; // 12 lower-case hex digits
    QString serialNumber;
    QString url; // the provisioning URL the service sends the phone to
    RedirectionState state = RedirectionState::Pending;
    QString reason; // why it failed or waits (RedirectionReason), empty when all is well
    QString detail; // the service's own words or the HTTP status
    QString remoteId; // what the service calls it; set once the service may know the phone
    int attempts = 0; // requests sent for the current state without a final answer
    QDateTime sentAt; // a request with this row went out and its answer was not recorded
    QDateTime nextAttemptAt; // not sent again before this time
    QDateTime updatedAt;

    bool operator==(const RedirectionRecord &) const = default;
};

// The reason keys a row may carry (stable: they are stored).
namespace RedirectionReason {
inline const QString Unauthorized = QStringLiteral("unauthorized"); // HTTP 401: the credentials
inline const QString Forbidden = QStringLiteral("forbidden"); // HTTP 403
inline const QString RateLimited = QStringLiteral("rate-limited"); // HTTP 429
inline const QString ServerError = QStringLiteral("server-error"); // HTTP 5xx
inline const QString Network = QStringLiteral("network"); // no answer, TLS or connection error
inline const QString Refused = QStringLiteral("refused"); // the service refused this phone (detail says why)
inline const QString OtherAccount = QStringLiteral("other-account"); // another account has the phone
inline const QString NeedsSerial = QStringLiteral("needs-serial"); // Yealink: only with the serial number
inline const QString NoUrl = QStringLiteral("no-url"); // the phone's site has no provisioning host
inline const QString GaveUp = QStringLiteral("gave-up"); // too many failed attempts in a row
inline const QString AlreadyRegistered = QStringLiteral("already-registered"); // found registered
} // namespace RedirectionReason

// What one phone should have with its service (computed by the worker from the phone, its model's
// vendor and its site's provisioning host).
struct RedirectionWant
{
    Id phoneId = 0;
    QString service;
    QString mac;
    QString serialNumber;
    QString url; // empty: the site has no provisioning host
};

// A managed phone with a MAC, as the worker reads it to decide what it wants.
struct RedirectionCandidate
{
    Id phoneId = 0;
    QString mac;
    QString serialNumber;
    QString modelId;
    Id siteId = 0;
};

// One row's answer from the service.
struct RedirectionOutcome
{
    enum class Kind {
        Registered, // the service sends the phone here now (or did already)
        Removed, // the service no longer knows the phone (or never did)
        Refused, // a final no: the row fails with reason and detail
        Retry, // try again at retryAt (a 429, a 5xx, no answer)
    };
    Id rowId = 0;
    Kind kind = Kind::Registered;
    QString reason;
    QString detail;
    QString remoteId; // Registered: what the service calls the phone
    QDateTime retryAt; // Retry
    // Retry: the request may have reached the service (a 5xx, a lost connection): the row stays
    // marked sent, so that the next attempt checks with the service first.
    bool inDoubt = false;
};

class RedirectionRepository final
{
public:
    // After this many attempts in a row that ended in a 5xx or no answer a row fails (GaveUp).
    static constexpr int MaxAttempts = 12;

    explicit RedirectionRepository(Storage &storage)
        : m_storage(storage)
    { }

    // --- for everyone ---
    Result<std::optional<RedirectionRecord>> forPhone(Id phoneId);
    Result<QList<RedirectionRecord>> all();
    // Rows per service and state.
    Result<QHash<QString, QHash<RedirectionState, int>>> counts();

    // What a row means for people: the state, the service by name and, when it failed or waits,
    // why and what to do.
    static QString describe(const RedirectionRecord &record);
    // The same from what the Phones table holds (no detail, no time of the next attempt).
    static QString describe(const QString &service, RedirectionState state, const QString &reason);

    // --- for the worker (the server role in a team database) ---
    // Managed phones with a MAC whose model is one of `modelIds`; `ids` limits them to those phones
    // (empty: every phone).
    Result<QList<RedirectionCandidate>> candidates(const QSet<QString> &modelIds, const QList<Id> &ids = {});

    // Makes the rows say what `wanted` says, in one transaction. `phoneIds` empty: `wanted` covers
    // every phone, and rows of phones not in it are removed (or marked Removing when the service
    // may know the phone); otherwise only the rows of those phones and of the wanted MACs are
    // looked at. `configured`: the services that are set up here; the others' rows are
    // NotConfigured and nothing is sent for them. Returns how many rows changed.
    Result<int> reconcile(const QList<RedirectionWant> &wanted, const QSet<QString> &configured,
                          const QList<Id> &phoneIds = {});

    // Up to `limit` rows of `service` that are due at `now`: removals first, then registrations,
    // each in the order they were made.
    Result<QList<RedirectionRecord>> due(const QString &service, const QDateTime &now, int limit);
    // When the next row of `service` is due (invalid: none is waiting).
    Result<QDateTime> nextDue(const QString &service);
    // Before a request with these rows goes out: sent now, one attempt more.
    Result<void> markSent(const QList<Id> &rowIds, const QDateTime &now);
    // The answers. A row that changed while its request was out (the phone was deleted, moved to
    // another site) keeps its new state; what the service now knows (remoteId) is kept either way.
    Result<void> record(const QList<RedirectionOutcome> &outcomes, const QDateTime &now);
    // Every pending row of `service` that is not in doubt fails with `reason` (a 401: no request of
    // this service can succeed until its credentials change).
    Result<int> failWaiting(const QString &service, const QString &reason, const QString &detail);
    // Failed rows of `service` (or of every service) are tried again. Returns how many.
    Result<int> retryFailed(const QString &service = {});

private:
    void announce(const QList<Id> &phoneIds);

    Storage &m_storage;
};

} // namespace PhoneDesk
