#pragma once

// One asynchronous command over one or more phones (Restart, Resync, Log Out, Check status):
// queued -> in progress -> succeeded | failed | cancelled, with a result per phone and coalesced
// progress signals for bulk runs. Created and driven by CommandRunner / DeviceControl.

#include "entities.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace PhoneDesk {

class Operation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Operation)

public:
    enum class Kind { Restart, Resync, LogOut, CheckStatus };
    Q_ENUM(Kind)
    enum class State { Queued, InProgress, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    struct PhoneResult
    {
        Id phoneId = 0;
        QString phoneName;
        State state = State::Queued;
        QString reason; // translated; why it failed, or what confirmed success
        // Check status only: what the probe found. A phone that answered (Online / Degraded)
        // succeeds, one that did not fails; NotMonitored (nothing to probe) succeeds as "not checked".
        std::optional<PhoneStatus> status;
    };

    Operation(Kind kind, const QList<PhoneResult> &phones, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    State state() const { return m_state; }
    bool isFinished() const { return m_state >= State::Succeeded; }
    int total() const { return int(m_results.size()); }
    int done() const { return m_done; }
    int failed() const { return m_failed; }
    const QList<PhoneResult> &results() const { return m_results; }
    // "Restart: 48 of 50 succeeded, 2 failed"; for a check "Check status: 180 online, 4 offline,
    // 2 not checked" (translated).
    QString summary() const;
    static QString kindName(Kind kind);
    // "succeeded", "failed" or "cancelled" for a final state (as scripts and the command tables
    // write it); empty while a phone's result is still open.
    static QString stateKey(State state);

    // Who asked for it when it runs on behalf of someone else (a command a team member queued for
    // phonedesk-server: the database's record of the requesting login); empty when run by the
    // caller itself. The audit entries name them.
    const QString &requestedBy() const { return m_requestedBy; }
    void setRequestedBy(const QString &login) { m_requestedBy = login; }

    // Stops what has not started; phones in progress end as Cancelled.
    void cancel();
    bool isCancelRequested() const { return m_cancelRequested; }

    // For the runner.
    int indexOf(Id phoneId) const;
    void setPhoneState(int index, State state, const QString &reason = {});
    void setPhoneStatus(int index, PhoneStatus status);
    // Whether a probe found the phone answering (Online / Degraded): a check succeeds for it.
    static bool answered(PhoneStatus status);

signals:
    void stateChanged(PhoneDesk::Operation::State state);
    // Coalesced: at most every 100 ms, and once at the end.
    void progress(int done, int total);
    void finished();
    void cancelRequested();

private:
    void updateState();
    void emitProgress();

    Kind m_kind;
    QString m_requestedBy;
    State m_state = State::Queued;
    QList<PhoneResult> m_results;
    int m_done = 0;
    int m_failed = 0;
    bool m_cancelRequested = false;
    QTimer m_progressTimer;
};

} // namespace PhoneDesk
