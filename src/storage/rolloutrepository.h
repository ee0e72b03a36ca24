#pragma once

// Firmware rollouts: the phones of one base-settings profile move to the profile's new firmware
// version a few at a time, within a time window, and the outcome of each phone is recorded.
//
// Starting a rollout sets the profile's firmware version to the target and, in the same
// transaction, holds every phone of the profile that is not yet on its way at the version it was
// told before (a pin in phone_firmware_pins; the provisioning server renders a pinned phone's
// files with the pinned version instead of its profile's). advance() — run by whichever process
// runs the provisioning server — gives phones their turn: it removes the pin of up to
// `maxUpdating` phones at once, and the configuration service tells those phones to fetch their
// files again (their firmware target changed). A phone whose last fetch reports the target version
// is updated; one that downloaded the image and came back on another version, or that did not
// come back within the timeout, failed and is held at the earlier version again. Rolling back is a
// new rollout to the earlier version for the phones that moved.

#include "entities.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace PhoneDesk {

class Storage;

enum class RolloutState { Running, Paused, Completed, Stopped };
enum class RolloutScope { All, Sites, Percent, Selection };
enum class RolloutPhoneState { Waiting, Updating, Updated, Failed, Skipped };

QString toKey(RolloutState state);
QString toKey(RolloutScope scope);
QString toKey(RolloutPhoneState state);
std::optional<RolloutState> rolloutStateFromKey(const QString &key);
std::optional<RolloutScope> rolloutScopeFromKey(const QString &key);
std::optional<RolloutPhoneState> rolloutPhoneStateFromKey(const QString &key);
QString displayName(RolloutState state);
QString displayName(RolloutPhoneState state);

// A time of day window in the server's local time: [start, end) in minutes after midnight; end
// before start wraps over midnight (22:00–06:00). No value: any time.
struct RolloutWindow
{
    int startMinute = 0;
    int endMinute = 0;

    bool contains(int minuteOfDay) const;
    QString toText() const; // "22:00-06:00"
    // "HH:MM-HH:MM"; nullopt with `error` set when it is not one.
    static std::optional<RolloutWindow> parse(const QString &text, QString *error);
    bool operator==(const RolloutWindow &) const = default;
};

struct RolloutRequest
{
    Id baseSettingsId = 0;
    QString targetVersion; // a library image of the profile's model (Firmware::imageFor)
    RolloutScope scope = RolloutScope::All;
    QList<Id> siteIds; // Sites
    int percent = 100; // Percent: this share of the profile's phones (1-100), chosen by MAC order
    QList<Id> phoneIds; // Selection: phones of the profile
    int maxUpdating = 10;
    std::optional<RolloutWindow> window;
    int timeoutMinutes = 60; // an updating phone that is not back on the target by then failed
};

struct FirmwareRollout
{
    Id id = 0;
    Id baseSettingsId = 0;
    QString baseSettingsName;
    QString targetVersion;
    QString fromVersion; // the profile's firmware version before the rollout
    RolloutScope scope = RolloutScope::All;
    QString scopeDetail; // "Berlin, London", "25 %", "12 phones"
    int maxUpdating = 10;
    std::optional<RolloutWindow> window;
    int timeoutMinutes = 60;
    RolloutState state = RolloutState::Running;
    Id replacesId = 0; // the rollout this one rolled back
    QString createdBy;
    QDateTime createdAt;
    QDateTime finishedAt;
    // Phones per state.
    int waiting = 0;
    int updating = 0;
    int updated = 0;
    int failed = 0;
    int skipped = 0;

    int phones() const { return waiting + updating + updated + failed + skipped; }
};

struct RolloutPhone
{
    Id phoneId = 0;
    QString phoneName;
    RolloutPhoneState state = RolloutPhoneState::Waiting;
    QString runningBefore; // what its last fetch reported when the rollout began
    QDateTime startedAt;
    QDateTime finishedAt;
    QString detail; // why it failed or was skipped (translated when written)
};

// Where a phone stands with firmware, for the Phones tab: the version its configuration tells it
// to run (its pin, else its profile's) and its latest rollout's state, if it has one.
struct PhoneFirmwareState
{
    QString target;
    std::optional<RolloutPhoneState> state;
    QString detail;
    Id rolloutId = 0;
};

// What one advance() did.
struct RolloutProgress
{
    QList<Id> admitted; // phones whose turn came (their pin removed)
    QList<Id> updated;
    QList<Id> failed;
    QList<Id> completedRollouts;
    // Phones updating that have not fetched since their turn came, `silentAfterMs` and more ago:
    // their check-sync was lost (a server holding their shard went or came meanwhile, a datagram
    // lost); the process that ran advance() tells them again.
    QList<Id> silent;
    // Phones updating that have fetched since their turn came, `silentAfterMs` and more ago, and
    // have not downloaded the target since: the hash of the files they were last served. A phone
    // served files made before its turn reached the serving server (another server's check-sync
    // can be quicker than the change reaching this one) has no reason to update; the process that
    // ran advance() tells those whose files have changed since to resync again.
    QHash<Id, QString> servedSinceTurn;
};

class RolloutRepository final
{
public:
    explicit RolloutRepository(Storage &storage)
        : m_storage(storage)
    { }

    // Starts a rollout (Administrators). Refused with a message naming the field: an unknown
    // profile, a target the library has no image of for the profile's model, no phones in the
    // scope, a percentage or limit out of range, phones of another profile in a selection. A running
    // or paused rollout of the same profile is stopped: its waiting phones that the new one does
    // not take stay where they are.
    Result<FirmwareRollout> start(const RolloutRequest &request);
    // Pause: no phone gets its turn (those updating finish). Resume: turns go on.
    Result<void> pause(Id rolloutId);
    Result<void> resume(Id rolloutId);
    // Stops the rollout and starts a new one to its earlier version (fromVersion) for the phones
    // that moved (updating, updated or failed), with the same limit, window and timeout; the
    // waiting ones stay where they were. Refused when there was no earlier version.
    Result<FirmwareRollout> rollBack(Id rolloutId);

    Result<QList<FirmwareRollout>> list(); // newest first, with counts
    Result<std::optional<FirmwareRollout>> find(Id rolloutId);
    Result<QList<RolloutPhone>> phones(Id rolloutId); // by turn

    // Gives turns and records outcomes; `now` in the server's local time decides the window. One
    // transaction per rollout that locks the rollout's row: several servers may call it at once and
    // the limit holds.
    Result<RolloutProgress> advance(const QDateTime &now = QDateTime::currentDateTime(),
                                    qint64 silentAfterMs = 60000);

    // The pinned phones: phone id -> the version they are held at ("" = no library firmware).
    Result<QHash<Id, QString>> pins();
    // Per phone that has a pin or a rollout: its target and latest rollout state.
    Result<QHash<Id, PhoneFirmwareState>> phoneStates();
    // The same for these phones only (a phone with neither is not in the answer): what a change
    // of a few phones' turns needs to read again.
    Result<QHash<Id, PhoneFirmwareState>> phoneStates(const QList<Id> &phoneIds);

private:
    Result<FirmwareRollout> create(const RolloutRequest &request, Id replacesId, const QList<Id> &onlyPhones);
    Result<void> setState(Id rolloutId, RolloutState from, RolloutState to, const QString &action);
    Result<void> advanceOne(const FirmwareRollout &rollout, const QDateTime &now, qint64 silentAfterMs,
                            RolloutProgress &progress);
    Result<QList<FirmwareRollout>> select(const QString &where, const QVariantList &binds);

    Storage &m_storage;
};

} // namespace PhoneDesk
