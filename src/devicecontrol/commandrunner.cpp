#include "commandrunner.h"

#include "checksync.h"
#include "sipclient.h"

#include <QCoreApplication>

namespace PhoneDesk {

namespace {

QString answerText(const SipResult &r)
{
    return QString::number(r.statusCode) + u' ' + QString::fromUtf8(r.reason).left(80);
}

// What restarts a phone whose SIP NOTIFY did not (empty when nothing else can).
QString restartHint(const CommandTarget &t)
{
    if (t.channel != RestartChannel::PolyRest)
        return {};
    return QCoreApplication::translate("PhoneDesk::CommandRunner",
                                       "; give it an admin password and trust its web certificate "
                                       "(Phones → Trust Phone Web Certificate…) to restart it over "
                                       "its REST API");
}
} // namespace

CommandRunner::CommandRunner(SipClient *client, CommandConfig config, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_rest(new PolyRestClient(this))
    , m_config(config)
{
    qRegisterMetaType<PhoneDesk::Id>("PhoneDesk::Id");
    m_clock.start();
    m_pumpTimer.setInterval(50);
    connect(&m_pumpTimer, &QTimer::timeout, this, &CommandRunner::pump);
    connect(&m_watchTimer, &QTimer::timeout, this, &CommandRunner::watchRound);
}

CommandRunner::~CommandRunner()
{
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.transaction)
            m_client->cancel(job.transaction);
        if (job.probe)
            m_client->cancel(job.probe);
    }
}

Operation *CommandRunner::run(Operation::Kind kind, const QList<CommandTarget> &given)
{
    QList<CommandTarget> targets = given;
    for (CommandTarget &t : targets) {
        // Made-up phones (documentation addresses, see siptarget.h) are never contacted, however
        // the target was built.
        const bool madeUp = (t.sip && isDocumentationAddress(t.sip->address)) ||
            (t.rest && isDocumentationAddress(t.rest->address));
        if (!t.settled && madeUp) {
            t.settled = Operation::State::Failed;
            t.settledReason = QCoreApplication::translate("PhoneDesk::CommandRunner",
                                                          "%1: documentation address, not contacted")
                                  .arg(t.sip ? t.sip->hostPort() : t.rest->address.toString());
        }
    }
    QList<Operation::PhoneResult> results;
    results.reserve(targets.size());
    for (const CommandTarget &t : targets) {
        Operation::PhoneResult r;
        r.phoneId = t.phoneId;
        r.phoneName = t.name;
        if (t.settled) {
            r.state = *t.settled;
            r.reason = t.settledReason;
        }
        results.append(r);
    }
    auto *operation = new Operation(kind, results, this);
    connect(operation, &Operation::cancelRequested, this, [this, operation] { cancelOperation(operation); });
    for (int i = 0; i < targets.size(); ++i) {
        if (targets.at(i).settled) {
            QMetaObject::invokeMethod(
                this,
                [this, op = QPointer<Operation>(operation), i] {
                    if (op)
                        emit phoneFinished(op, i);
                },
                Qt::QueuedConnection);
            continue;
        }
        const quint64 id = m_nextJob++;
        Job job;
        job.operation = operation;
        job.index = i;
        job.kind = kind;
        job.target = targets.at(i);
        m_jobs.insert(id, std::move(job));
        m_queue.push_back(id);
    }
    if (!m_queue.empty() && !m_pumpTimer.isActive()) {
        m_lastPumpMs = m_clock.elapsed();
        m_pumpTimer.start();
        QMetaObject::invokeMethod(this, &CommandRunner::pump, Qt::QueuedConnection);
    }
    return operation;
}

void CommandRunner::pump()
{
    const qint64 now = m_clock.elapsed();
    const double rate = qMax(1, m_config.ratePerSecond);
    m_tokens = qMin(rate, m_tokens + rate * (now - m_lastPumpMs) / 1000.0);
    m_lastPumpMs = now;
    while (!m_queue.empty() && m_tokens >= 1.0 && m_active < m_config.maxConcurrent) {
        const quint64 id = m_queue.front();
        m_queue.pop_front();
        if (!m_jobs.contains(id))
            continue; // cancelled while queued
        m_tokens -= 1.0;
        start(id);
    }
    if (m_queue.empty())
        m_pumpTimer.stop();
}

void CommandRunner::start(quint64 jobId)
{
    Job &job = m_jobs[jobId];
    if (!job.operation || job.operation->isCancelRequested()) {
        m_jobs.remove(jobId);
        return;
    }
    job.operation->setPhoneState(job.index, Operation::State::InProgress);
    job.sending = true;
    ++m_active;
    const CommandTarget &t = job.target;

    if (job.kind == Operation::Kind::Restart) {
        if (t.channel == RestartChannel::None) {
            finish(jobId, Operation::State::Failed,
                   QCoreApplication::translate("PhoneDesk::CommandRunner",
                                               "this model cannot be restarted remotely"));
            return;
        }
        if (t.channel == RestartChannel::PolyRest && t.rest) {
            m_rest->setTimeoutMs(m_config.restTimeoutMs);
            m_rest->safeRestart(*t.rest, [this, jobId](const Result<QByteArray> &r) {
                if (!m_jobs.contains(jobId))
                    return;
                if (r)
                    beginWatch(
                        jobId,
                        QCoreApplication::translate("PhoneDesk::CommandRunner", "REST safeRestart accepted"));
                else
                    finish(jobId, Operation::State::Failed, r.error().message);
            });
            return;
        }
        if (t.channel == RestartChannel::PolyRest)
            job.note = QCoreApplication::translate(
                "PhoneDesk::CommandRunner",
                "REST API not used (no admin password or pinned certificate for this phone); sent "
                "SIP NOTIFY");
        if (!t.sip) {
            finish(jobId, Operation::State::Failed,
                   QCoreApplication::translate("PhoneDesk::CommandRunner",
                                               "no network address on record: the phone cannot be reached"));
            return;
        }
        job.forced = t.rebootEvent.trimmed().compare(t.resyncEvent.trimmed(), Qt::CaseInsensitive) != 0;
        sendNotify(jobId, t.rebootEvent.toLatin1(), true);
        return;
    }
    if (!t.sip) {
        finish(jobId, Operation::State::Failed,
               QCoreApplication::translate("PhoneDesk::CommandRunner",
                                           "no network address on record: the phone cannot be reached"));
        return;
    }
    sendNotify(jobId, t.resyncEvent.toLatin1(), false);
}

void CommandRunner::sendNotify(quint64 jobId, const QByteArray &event, bool restart)
{
    Job &job = m_jobs[jobId];
    const SipTarget target = *job.target.sip;
    const SipRequestSpec spec = checkSyncNotify(target, event, m_client->contactFor(target));
    job.transaction = m_client->send(
        target, spec,
        [this, jobId, restart](const SipResult &r) {
            const auto it = m_jobs.find(jobId);
            if (it == m_jobs.end())
                return;
            it->transaction = 0;
            if (r.outcome == SipResult::Outcome::Response && r.statusCode < 300) {
                if (restart)
                    beginWatch(jobId,
                               QCoreApplication::translate("PhoneDesk::CommandRunner",
                                                           "phone accepted the restart (%1)")
                                   .arg(answerText(r)));
                else
                    finish(jobId, Operation::State::Succeeded,
                           QCoreApplication::translate("PhoneDesk::CommandRunner",
                                                       "phone accepted the resync (%1)")
                               .arg(answerText(r)));
            } else if (r.outcome == SipResult::Outcome::Response) {
                finish(jobId, Operation::State::Failed,
                       QCoreApplication::translate("PhoneDesk::CommandRunner", "phone refused: %1")
                           .arg(answerText(r)));
            } else if (r.outcome == SipResult::Outcome::Timeout) {
                finish(jobId, Operation::State::Failed,
                       QCoreApplication::translate("PhoneDesk::CommandRunner", "phone did not answer (%1)")
                           .arg(r.error));
            } else {
                finish(jobId, Operation::State::Failed, r.error);
            }
        },
        m_config.notifyTimeoutMs);
}

void CommandRunner::beginWatch(quint64 jobId, const QString &how)
{
    Job &job = m_jobs[jobId];
    if (job.sending) {
        job.sending = false;
        --m_active;
    }
    job.watching = true;
    job.sentAt = QDateTime::currentDateTimeUtc();
    job.watchClock.start();
    if (job.operation)
        job.operation->setPhoneState(job.index, Operation::State::InProgress, how);
    emit restartBegan(job.target.phoneId);
    if (!m_watchTimer.isActive())
        m_watchTimer.start(qMax(100, m_config.restartProbeIntervalMs));
    if (!m_queue.empty() && !m_pumpTimer.isActive())
        m_pumpTimer.start();
}

void CommandRunner::watchRound()
{
    QList<quint64> watching;
    QList<Id> ids;
    for (auto it = m_jobs.constBegin(); it != m_jobs.constEnd(); ++it) {
        if (it->watching) {
            watching.append(it.key());
            ids.append(it->target.phoneId);
        }
    }
    if (watching.isEmpty()) {
        m_watchTimer.stop();
        return;
    }
    const QHash<Id, QDateTime> fetched = m_fetchTimes ? m_fetchTimes(ids) : QHash<Id, QDateTime>();
    for (const quint64 jobId : std::as_const(watching)) {
        const auto it = m_jobs.find(jobId);
        if (it == m_jobs.end())
            continue;
        Job &job = *it;
        const qint64 seconds = job.watchClock.elapsed() / 1000;
        const QDateTime fetch = fetched.value(job.target.phoneId);
        if (fetch.isValid() && fetch > job.sentAt) {
            // A forced restart fetches as the phone boots. Otherwise the fetch may be the phone
            // checking its files, so only one after it went silent counts.
            if (job.forced || (job.wentSilent() && fetch > job.silentAt)) {
                finish(jobId, Operation::State::Succeeded,
                       QCoreApplication::translate("PhoneDesk::CommandRunner",
                                                   "back: re-fetched its configuration after %1 s")
                           .arg(seconds));
                continue;
            }
            if (!job.lastFetch.isValid() || fetch > job.lastFetch) {
                job.lastFetch = fetch;
                job.sinceFetch.start();
            }
        }
        if (!job.forced && !job.wentSilent() && job.sinceFetch.isValid() &&
            job.sinceFetch.elapsed() > m_config.restartAfterFetchMs) {
            finish(jobId, Operation::State::Failed,
                   QCoreApplication::translate(
                       "PhoneDesk::CommandRunner",
                       "re-read its configuration but did not restart: this model restarts on a SIP "
                       "NOTIFY only when its configuration changed") +
                       restartHint(job.target));
            continue;
        }
        if (job.watchClock.elapsed() > m_config.restartTimeoutMs) {
            finish(
                jobId, Operation::State::Failed,
                job.wentSilent()
                    ? QCoreApplication::translate("PhoneDesk::CommandRunner", "did not come back within %1 s")
                          .arg(m_config.restartTimeoutMs / 1000)
                    : QCoreApplication::translate("PhoneDesk::CommandRunner",
                                                  "did not restart within %1 s (it kept answering)")
                          .arg(m_config.restartTimeoutMs / 1000));
            continue;
        }
        if (job.probe || !job.target.sip)
            continue;
        SipRequestSpec spec;
        spec.method = QByteArrayLiteral("OPTIONS");
        spec.requestUri = job.target.sip->requestUri();
        job.probe = m_client->send(
            *job.target.sip, spec,
            [this, jobId](const SipResult &r) {
                const auto j = m_jobs.find(jobId);
                if (j == m_jobs.end())
                    return;
                j->probe = 0;
                if (r.outcome != SipResult::Outcome::Response) {
                    if (!j->wentSilent())
                        j->silentAt = QDateTime::currentDateTimeUtc();
                } else if (j->wentSilent()) {
                    finish(jobId, Operation::State::Succeeded,
                           QCoreApplication::translate("PhoneDesk::CommandRunner",
                                                       "back: answers again after %1 s")
                               .arg(j->watchClock.elapsed() / 1000));
                }
            },
            qMin(2000, qMax(200, m_config.restartProbeIntervalMs - 100)));
    }
}

void CommandRunner::finish(quint64 jobId, Operation::State state, const QString &reason)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    Job job = std::move(*it);
    m_jobs.erase(it);
    if (job.sending)
        --m_active;
    if (job.transaction)
        m_client->cancel(job.transaction);
    if (job.probe)
        m_client->cancel(job.probe);
    QString text = reason;
    if (!job.note.isEmpty())
        text = job.note + QStringLiteral("; ") + reason;
    if (job.watching)
        emit restartEnded(job.target.phoneId, state == Operation::State::Succeeded);
    if (job.operation) {
        job.operation->setPhoneState(job.index, state, text);
        emit phoneFinished(job.operation, job.index);
    }
    if (!m_queue.empty() && !m_pumpTimer.isActive())
        m_pumpTimer.start();
}

void CommandRunner::cancelOperation(Operation *operation)
{
    QList<quint64> ids;
    for (auto it = m_jobs.constBegin(); it != m_jobs.constEnd(); ++it) {
        if (it->operation == operation)
            ids.append(it.key());
    }
    for (const quint64 id : std::as_const(ids)) {
        const bool started = m_jobs.value(id).sending || m_jobs.value(id).watching;
        finish(id, Operation::State::Cancelled,
               started ? QCoreApplication::translate("PhoneDesk::CommandRunner",
                                                     "cancelled; the phone may still carry out the command")
                       : QCoreApplication::translate("PhoneDesk::CommandRunner", "cancelled"));
    }
}

} // namespace PhoneDesk
