#include "statusmapping.h"

#include <QCoreApplication>

namespace PhoneDesk {

StatusVerdict mapProbeResult(const SipResult &result, const StatusThresholds &thresholds)
{
    StatusVerdict verdict;
    if (result.outcome != SipResult::Outcome::Response) {
        verdict.status = PhoneStatus::Offline;
        verdict.detail = result.error.isEmpty()
            ? QCoreApplication::translate("PhoneDesk::StatusMapping", "no answer")
            : result.error;
        return verdict;
    }
    const QString answer =
        QString::number(result.statusCode) + u' ' + QString::fromUtf8(result.reason).left(80);
    const qint64 rttMs = result.rttUs < 0 ? -1 : (result.rttUs + 500) / 1000;
    if (result.statusCode >= 500) {
        verdict.status = PhoneStatus::Degraded;
        verdict.detail = QCoreApplication::translate("PhoneDesk::StatusMapping", "answered %1").arg(answer);
    } else if (rttMs > thresholds.degradedRttMs) {
        verdict.status = PhoneStatus::Degraded;
        verdict.detail =
            QCoreApplication::translate("PhoneDesk::StatusMapping", "slow answer: %1 ms (limit %2 ms)")
                .arg(rttMs)
                .arg(thresholds.degradedRttMs);
    } else {
        verdict.status = PhoneStatus::Online;
        // The RTT has its own field; a stable detail keeps unchanged phones from looking changed.
        verdict.detail = QCoreApplication::translate("PhoneDesk::StatusMapping", "answered %1").arg(answer);
    }
    return verdict;
}

} // namespace PhoneDesk
