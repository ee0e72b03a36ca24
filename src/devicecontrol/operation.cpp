#include "operation.h"

#include <QCoreApplication>

namespace PhoneDesk {

Operation::Operation(Kind kind, const QList<PhoneResult> &phones, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_results(phones)
{
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { emit progress(m_done, total()); });
    for (const PhoneResult &r : m_results) {
        if (r.state >= State::Succeeded) {
            ++m_done;
            if (r.state == State::Failed)
                ++m_failed;
        }
    }
    // An operation over nothing (or only over phones settled at creation) is finished at once,
    // but after the caller had a chance to connect.
    QMetaObject::invokeMethod(
        this, [this] { updateState(); }, Qt::QueuedConnection);
}

QString Operation::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Restart:
        return QCoreApplication::translate("PhoneDesk::Operation", "Restart");
    case Kind::Resync:
        return QCoreApplication::translate("PhoneDesk::Operation", "Resync");
    case Kind::LogOut:
        return QCoreApplication::translate("PhoneDesk::Operation", "Log out");
    case Kind::CheckStatus:
        return QCoreApplication::translate("PhoneDesk::Operation", "Check status");
    }
    return {};
}

bool Operation::answered(PhoneStatus status)
{
    return status == PhoneStatus::Online || status == PhoneStatus::Degraded;
}

void Operation::setPhoneStatus(int index, PhoneStatus status)
{
    if (index >= 0 && index < m_results.size())
        m_results[index].status = status;
}

QString Operation::summary() const
{
    if (m_kind == Kind::CheckStatus) {
        int online = 0;
        int degraded = 0;
        int notChecked = 0;
        int cancelled = 0;
        for (const PhoneResult &r : m_results) {
            if (r.state == State::Cancelled)
                ++cancelled;
            else if (r.state == State::Succeeded && r.status == PhoneStatus::NotMonitored)
                ++notChecked;
            else if (r.state == State::Succeeded && r.status == PhoneStatus::Degraded)
                ++degraded;
            else if (r.state == State::Succeeded)
                ++online;
        }
        QString text = QCoreApplication::translate("PhoneDesk::Operation", "%1: %2 online")
                           .arg(kindName(m_kind))
                           .arg(online);
        if (degraded)
            text += QCoreApplication::translate("PhoneDesk::Operation", ", %1 degraded").arg(degraded);
        text += QCoreApplication::translate("PhoneDesk::Operation", ", %1 offline").arg(m_failed);
        if (notChecked)
            text += QCoreApplication::translate("PhoneDesk::Operation", ", %1 not checked").arg(notChecked);
        if (cancelled)
            text += QCoreApplication::translate("PhoneDesk::Operation", ", %1 cancelled").arg(cancelled);
        return text;
    }
    int succeeded = 0;
    int cancelled = 0;
    for (const PhoneResult &r : m_results) {
        succeeded += r.state == State::Succeeded;
        cancelled += r.state == State::Cancelled;
    }
    QString text = QCoreApplication::translate("PhoneDesk::Operation", "%1: %2 of %3 succeeded")
                       .arg(kindName(m_kind))
                       .arg(succeeded)
                       .arg(total());
    if (m_failed)
        text += QCoreApplication::translate("PhoneDesk::Operation", ", %1 failed").arg(m_failed);
    if (cancelled)
        text += QCoreApplication::translate("PhoneDesk::Operation", ", %1 cancelled").arg(cancelled);
    return text;
}

int Operation::indexOf(Id phoneId) const
{
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).phoneId == phoneId)
            return i;
    }
    return -1;
}

void Operation::setPhoneState(int index, State state, const QString &reason)
{
    if (index < 0 || index >= m_results.size())
        return;
    PhoneResult &r = m_results[index];
    if (r.state >= State::Succeeded)
        return; // a phone's result is final once set
    const bool finishing = state >= State::Succeeded;
    r.state = state;
    if (!reason.isEmpty() || finishing)
        r.reason = reason;
    if (finishing) {
        ++m_done;
        if (state == State::Failed)
            ++m_failed;
        emitProgress();
    }
    updateState();
}

void Operation::cancel()
{
    if (isFinished() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    emit cancelRequested();
    // Whatever the runner has not settled by now ends as cancelled.
    const QString reason = QCoreApplication::translate("PhoneDesk::Operation", "cancelled");
    for (int i = 0; i < m_results.size(); ++i)
        setPhoneState(i, State::Cancelled, reason);
}

void Operation::emitProgress()
{
    if (!m_progressTimer.isActive())
        m_progressTimer.start();
}

void Operation::updateState()
{
    if (m_state >= State::Succeeded)
        return;
    State next = m_state;
    if (m_done == total()) {
        int cancelled = 0;
        for (const PhoneResult &r : m_results)
            cancelled += r.state == State::Cancelled;
        next = m_failed ? State::Failed : (cancelled ? State::Cancelled : State::Succeeded);
    } else {
        for (const PhoneResult &r : m_results) {
            if (r.state != State::Queued) {
                next = State::InProgress;
                break;
            }
        }
    }
    if (next == m_state)
        return;
    m_state = next;
    emit stateChanged(m_state);
    if (isFinished()) {
        m_progressTimer.stop();
        emit progress(m_done, total());
        emit finished();
    }
}

QString Operation::stateKey(State state)
{
    switch (state) {
    case State::Succeeded:
        return QStringLiteral("succeeded");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Queued:
    case State::InProgress:
        break;
    }
    return {};
}

} // namespace PhoneDesk
