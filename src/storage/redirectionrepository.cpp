#include "redirectionrepository.h"

#include "sqlutil.h"
#include "storage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace PhoneDesk {

namespace {

QString reading()
{
    return QCoreApplication::translate("PhoneDesk::Redirection", "reading the redirection states");
}

QString writing()
{
    return QCoreApplication::translate("PhoneDesk::Redirection", "saving the redirection states");
}

const QString RecordColumns = QStringLiteral(
    "id, phone_id, service, mac, serial_number, url, state, reason, detail, remote_id, attempts, "
    "sent_at, next_attempt_at, updated_at");

// The writes of one reconciliation or one batch of outcomes: each statement prepared once.
class PreparedWrites
{
public:
    explicit PreparedWrites(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    Result<void> run(const QString &sql, const QVariantList &values)
    {
        std::unique_ptr<QSqlQuery> &prepared = m_queries[sql];
        if (!prepared) {
            prepared = std::make_unique<QSqlQuery>(m_db);
            if (auto e = Sql::prepare(*prepared, sql, writing()); !e)
                return e;
        }
        QSqlQuery &q = *prepared;
        for (const QVariant &v : values)
            q.addBindValue(v);
        return Sql::exec(q, writing());
    }

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

RedirectionRecord readRecord(const QSqlQuery &q)
{
    RedirectionRecord r;
    r.id = q.value(0).toLongLong();
    r.phoneId = q.value(1).toLongLong();
    r.service = q.value(2).toString();
    r.mac = q.value(3).toString();
    r.serialNumber = q.value(4).toString();
    r.url = q.value(5).toString();
    r.state = redirectionStateFromKey(q.value(6).toString()).value_or(RedirectionState::Pending);
    r.reason = q.value(7).toString();
    r.detail = q.value(8).toString();
    r.remoteId = q.value(9).toString();
    r.attempts = q.value(10).toInt();
    r.sentAt = Sql::toTime(q.value(11));
    r.nextAttemptAt = Sql::toTime(q.value(12));
    r.updatedAt = Sql::toTime(q.value(13));
    return r;
}

Result<QList<RedirectionRecord>> readRecords(QSqlQuery &q)
{
    QList<RedirectionRecord> out;
    while (q.next())
        out.append(readRecord(q));
    if (auto read = Sql::checkRead(q, reading()); !read)
        return read.error();
    return out;
}

// "1,2,3" for an IN list of ids (integers: safe as literals).
QString idList(const QList<Id> &ids, qsizetype from, qsizetype count)
{
    QStringList parts;
    parts.reserve(count);
    for (qsizetype i = from; i < from + count && i < ids.size(); ++i)
        parts.append(QString::number(ids.at(i)));
    return parts.join(u',');
}

constexpr qsizetype Chunk = 500;

QString time(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

// The sentence for a reason (the service by name in %1).
QString reasonText(const QString &service, const QString &reason)
{
    const QString name = redirectionServiceName(service);
    if (reason == RedirectionReason::Unauthorized)
        return QCoreApplication::translate(
                   "PhoneDesk::Redirection",
                   "%1 refused PhoneDesk's credentials (HTTP 401). Check the key under Manage → Redirection "
                   "Services (for phonedesk-server: its environment file); the phones are sent again once it "
                   "changes.")
            .arg(name);
    if (reason == RedirectionReason::Forbidden)
        return QCoreApplication::translate("PhoneDesk::Redirection",
                                           "%1 refused the request (HTTP 403): the account may not do this.")
            .arg(name);
    if (reason == RedirectionReason::RateLimited)
        return QCoreApplication::translate("PhoneDesk::Redirection",
                                           "%1 asked PhoneDesk to slow down (HTTP 429).")
            .arg(name);
    if (reason == RedirectionReason::ServerError)
        return QCoreApplication::translate("PhoneDesk::Redirection", "%1 had a problem of its own.")
            .arg(name);
    if (reason == RedirectionReason::Network)
        return QCoreApplication::translate("PhoneDesk::Redirection", "%1 could not be reached.").arg(name);
    if (reason == RedirectionReason::Refused)
        return QCoreApplication::translate("PhoneDesk::Redirection", "%1 refused this phone.").arg(name);
    if (reason == RedirectionReason::OtherAccount)
        return QCoreApplication::translate("PhoneDesk::Redirection",
                                           "The phone is registered with another %1 account. Ask its owner "
                                           "(or the vendor) to release "
                                           "it, then retry.")
            .arg(name);
    if (reason == RedirectionReason::NeedsSerial)
        return QCoreApplication::translate("PhoneDesk::Redirection",
                                           "%1 adds this account's phones only with their serial number. "
                                           "Enter the serial number from "
                                           "the phone's label.")
            .arg(name);
    if (reason == RedirectionReason::NoUrl)
        return QCoreApplication::translate(
            "PhoneDesk::Redirection",
            "The phone's site has no provisioning host, so there is nowhere to send it. Set the "
            "provisioning host of the site.");
    if (reason == RedirectionReason::GaveUp)
        return QCoreApplication::translate(
                   "PhoneDesk::Redirection",
                   "%1 failed too many times in a row; PhoneDesk stopped trying. Use Retry under Manage → "
                   "Redirection Services.")
            .arg(name);
    if (reason == RedirectionReason::AlreadyRegistered)
        return QCoreApplication::translate("PhoneDesk::Redirection", "It was registered already.");
    return {};
}

QString stateText(const QString &service, RedirectionState state)
{
    const QString name = redirectionServiceName(service);
    switch (state) {
    case RedirectionState::None:
        return {};
    case RedirectionState::Pending:
        return QCoreApplication::translate("PhoneDesk::Redirection", "Waiting to be registered with %1.")
            .arg(name);
    case RedirectionState::Registered:
        return QCoreApplication::translate("PhoneDesk::Redirection",
                                           "%1 sends this phone to PhoneDesk when it starts unconfigured.")
            .arg(name);
    case RedirectionState::Failed:
        return QCoreApplication::translate("PhoneDesk::Redirection", "%1 did not register this phone.")
            .arg(name);
    case RedirectionState::NotConfigured:
        return QCoreApplication::translate("PhoneDesk::Redirection",
                                           "%1 is not set up here, so nothing is sent to it.")
            .arg(name);
    case RedirectionState::Removing:
        return QCoreApplication::translate("PhoneDesk::Redirection", "To be removed from %1.").arg(name);
    }
    return {};
}

} // namespace

// --- reading ------------------------------------------------------------------------------

Result<std::optional<RedirectionRecord>> RedirectionRepository::forPhone(Id phoneId)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT ") + RecordColumns +
              QStringLiteral(" FROM phone_redirection WHERE phone_id = ?"));
    q.addBindValue(phoneId);
    if (!q.exec())
        return Sql::toError(q.lastError(), reading());
    auto rows = readRecords(q);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<RedirectionRecord>();
    return std::optional<RedirectionRecord>(rows->first());
}

Result<QList<RedirectionRecord>> RedirectionRepository::all()
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + RecordColumns +
                QStringLiteral(" FROM phone_redirection ORDER BY id")))
        return Sql::toError(q.lastError(), reading());
    return readRecords(q);
}

Result<QHash<QString, QHash<RedirectionState, int>>> RedirectionRepository::counts()
{
    QSqlQuery q(m_storage.database());
    if (!q.exec(
            QStringLiteral("SELECT service, state, count(*) FROM phone_redirection GROUP BY service, state")))
        return Sql::toError(q.lastError(), reading());
    QHash<QString, QHash<RedirectionState, int>> out;
    while (q.next()) {
        if (const auto state = redirectionStateFromKey(q.value(1).toString()))
            out[q.value(0).toString()][*state] = q.value(2).toInt();
    }
    if (auto read = Sql::checkRead(q, reading()); !read)
        return read.error();
    return out;
}

QString RedirectionRepository::describe(const QString &service, RedirectionState state, const QString &reason)
{
    QString text = stateText(service, state);
    if (const QString why = reasonText(service, reason); !why.isEmpty())
        text += u' ' + why;
    return text;
}

QString RedirectionRepository::describe(const RedirectionRecord &r)
{
    QString text = describe(r.service, r.state, r.reason);
    if (!r.detail.isEmpty())
        text += u' ' + QCoreApplication::translate("PhoneDesk::Redirection", "(%1)").arg(r.detail);
    if (r.state == RedirectionState::Pending && r.nextAttemptAt.isValid() &&
        r.nextAttemptAt > QDateTime::currentDateTimeUtc())
        text += u' ' +
            QCoreApplication::translate("PhoneDesk::Redirection", "Next try at %1 (attempt %2).")
                .arg(time(r.nextAttemptAt))
                .arg(r.attempts + 1);
    return text;
}

// --- the worker: what is wanted -----------------------------------------------------------

Result<QList<RedirectionCandidate>> RedirectionRepository::candidates(const QSet<QString> &modelIds,
                                                                      const QList<Id> &ids)
{
    QList<RedirectionCandidate> out;
    if (modelIds.isEmpty())
        return out;
    QStringList models;
    const QSqlDriver *driver = m_storage.database().driver();
    for (const QString &m : modelIds)
        models.append(Sql::literal(driver, m));
    const QString select =
        QStringLiteral("SELECT p.id, p.hardware_id, p.serial_number, b.model_id, p.site_id FROM phones p "
                       "JOIN base_settings b ON b.id = p.base_settings_id WHERE p.category = 'managed' "
                       "AND p.hardware_id IS NOT NULL AND b.model_id IN (%1)")
            .arg(models.join(u','));
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    const qsizetype chunks = ids.isEmpty() ? 1 : (ids.size() + Chunk - 1) / Chunk;
    for (qsizetype c = 0; c < chunks; ++c) {
        const QString sql = ids.isEmpty()
            ? select
            : select + QStringLiteral(" AND p.id IN (") + idList(ids, c * Chunk, Chunk) + u')';
        if (!q.exec(sql))
            return Sql::toError(q.lastError(), reading());
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toLongLong()});
        if (auto read = Sql::checkRead(q, reading()); !read)
            return read.error();
    }
    return out;
}

// --- the worker: reconcile ----------------------------------------------------------------

namespace {

// A row reconcile() looks at, and whether a wanted phone claimed it.
struct Existing
{
    RedirectionRecord row;
    bool matched = false;
};

// The rows reconcile() looks at: all of them, or those of `phoneIds` and of the wanted MACs.
Result<QList<Existing>> existingRows(Storage &storage, const QList<RedirectionWant> &wanted,
                                     const QList<Id> &phoneIds)
{
    QList<Existing> out;
    QSet<Id> seen;
    QSqlQuery q(storage.database());
    q.setForwardOnly(true);
    auto collect = [&](const QString &where) -> Result<void> {
        if (!q.exec(QStringLiteral("SELECT ") + RecordColumns + QStringLiteral(" FROM phone_redirection") +
                    where))
            return Sql::toError(q.lastError(), reading());
        auto rows = readRecords(q);
        if (!rows)
            return rows.error();
        for (RedirectionRecord &r : *rows) {
            if (!seen.contains(r.id)) {
                seen.insert(r.id);
                out.append({std::move(r), false});
            }
        }
        return {};
    };
    if (phoneIds.isEmpty()) {
        if (auto r = collect(QString()); !r)
            return r.error();
        return out;
    }
    for (qsizetype from = 0; from < phoneIds.size(); from += Chunk) {
        if (auto r = collect(QStringLiteral(" WHERE phone_id IN (") + idList(phoneIds, from, Chunk) + u')');
            !r)
            return r.error();
    }
    // Rows of the wanted MACs that belong to no phone or another one (a MAC moved between phones).
    const QSqlDriver *driver = storage.database().driver();
    for (qsizetype from = 0; from < wanted.size(); from += Chunk) {
        QStringList macs;
        for (qsizetype i = from; i < qMin(from + Chunk, wanted.size()); ++i)
            macs.append(Sql::literal(driver, wanted.at(i).mac));
        if (auto r = collect(QStringLiteral(" WHERE mac IN (") + macs.join(u',') + u')'); !r)
            return r.error();
    }
    return out;
}

} // namespace

namespace {

// The state a wanted row should be in, given what it was and whether its target changed.
struct Decision
{
    RedirectionState state;
    QString reason;
};

Decision decide(const RedirectionRecord *row, const RedirectionWant &want, bool configured)
{
    if (!configured)
        return {row && row->state == RedirectionState::Registered && row->url == want.url
                    ? RedirectionState::Registered
                    : RedirectionState::NotConfigured,
                {}};
    if (want.url.isEmpty())
        return {RedirectionState::Failed, RedirectionReason::NoUrl};
    // New, set up only now, wanted again after it was to be removed (a removal row has no phone).
    if (!row || row->phoneId == 0 || row->state == RedirectionState::NotConfigured ||
        row->state == RedirectionState::Removing)
        return {RedirectionState::Pending, {}};
    const bool targetChanged = row->url != want.url || row->serialNumber != want.serialNumber;
    if (row->state == RedirectionState::Failed && row->reason == RedirectionReason::NoUrl)
        return {RedirectionState::Pending, {}};
    if (targetChanged && row->state != RedirectionState::Pending)
        return {RedirectionState::Pending, {}};
    return {row->state, row->reason};
}

class ReconcileWriter
{
public:
    explicit ReconcileWriter(Storage &storage)
        : m_db(storage.database())
        , m_now(Sql::nowMs())
    { }

    // The phone leaves its row (phase one, so that rows can trade phones without a unique clash).
    Result<void> detach(Id rowId)
    {
        return run(QStringLiteral("UPDATE phone_redirection SET phone_id = NULL WHERE id = ?"), {rowId});
    }

    Result<void> markRemoving(Id rowId)
    {
        return run(
            QStringLiteral("UPDATE phone_redirection SET phone_id = NULL, state = 'removing', reason = '', "
                           "detail = '', attempts = 0, next_attempt_at = NULL, updated_at = ? WHERE id = ?"),
            {m_now, rowId});
    }

    Result<void> remove(Id rowId)
    {
        return run(QStringLiteral("DELETE FROM phone_redirection WHERE id = ?"), {rowId});
    }

    Result<void> update(const RedirectionRecord &row, const RedirectionWant &want, const Decision &d)
    {
        const bool stateChanged = d.state != row.state || d.reason != row.reason;
        return run(
            QStringLiteral(
                "UPDATE phone_redirection SET phone_id = ?, serial_number = ?, url = ?, state = ?, "
                "reason = ?, detail = ?, attempts = ?, next_attempt_at = ?, updated_at = ? "
                "WHERE id = ?"),
            {want.phoneId, Sql::text(want.serialNumber), Sql::text(want.url), toKey(d.state),
             Sql::text(d.reason), stateChanged ? QString(QStringLiteral("")) : row.detail,
             stateChanged ? 0 : row.attempts,
             stateChanged ? QVariant(QMetaType(QMetaType::LongLong)) : Sql::fromTime(row.nextAttemptAt),
             m_now, row.id});
    }

    // New rows go in a few hundred to a statement (an import of 100,000 phones is a few hundred
    // statements, not 100,000 round trips); values as the driver's literals (see Sql::literal).
    Result<void> insert(const RedirectionWant &want, const Decision &d)
    {
        const QSqlDriver *driver = m_db.driver();
        const QVariant values[] = {
            want.phoneId,   want.service,        want.mac, Sql::text(want.serialNumber), Sql::text(want.url),
            toKey(d.state), Sql::text(d.reason), m_now};
        QStringList row;
        for (const QVariant &v : values)
            row.append(Sql::literal(driver, v));
        m_inserts.append(u'(' + row.join(u',') + u')');
        return m_inserts.size() >= InsertChunk ? flush() : Result<void>();
    }

    Result<void> flush()
    {
        if (m_inserts.isEmpty())
            return {};
        QSqlQuery q(m_db);
        const bool ok =
            q.exec(QStringLiteral("INSERT INTO phone_redirection (phone_id, service, mac, serial_number, "
                                  "url, state, reason, updated_at) VALUES ") +
                   m_inserts.join(u','));
        m_inserts.clear();
        if (!ok)
            return Sql::toError(q.lastError(), writing());
        return {};
    }

private:
    Result<void> run(const QString &sql, const QVariantList &values) { return m_writes.run(sql, values); }

    static constexpr qsizetype InsertChunk = 250;

    QSqlDatabase m_db;
    qint64 m_now;
    PreparedWrites m_writes {m_db};
    QStringList m_inserts;
};

} // namespace

namespace {

// reconcile() in steps, inside its transaction: which row each wanted phone gets, the rows nobody
// wants any more, the phones that change rows, then the writes.
class Reconciliation
{
public:
    Reconciliation(Storage &storage, QList<Existing> &existing, const QList<Id> &phoneIds)
        : m_writer(storage)
        , m_existing(existing)
        , m_scope(phoneIds.cbegin(), phoneIds.cend())
        , m_everyPhone(phoneIds.isEmpty())
    { }

    void plan(const QList<RedirectionWant> &wanted)
    {
        QHash<std::pair<QString, QString>, Existing *> byKey;
        for (Existing &e : m_existing)
            byKey.insert({e.row.service, e.row.mac}, &e);
        m_plan.reserve(wanted.size());
        for (const RedirectionWant &want : wanted) {
            Existing *e = byKey.value({want.service, want.mac});
            if (e)
                e->matched = true;
            m_plan.append({&want, e});
        }
    }

    // A row nobody wants is removed from the service when it may know the phone, else dropped.
    // Rows without a phone are removals already; rows of phones outside the scope are left alone.
    Result<void> releaseUnwanted()
    {
        for (const Existing &e : std::as_const(m_existing)) {
            const RedirectionRecord &row = e.row;
            if (e.matched || row.phoneId == 0 || (!m_everyPhone && !m_scope.contains(row.phoneId)))
                continue;
            const bool serviceMayKnow =
                row.state == RedirectionState::Registered || !row.remoteId.isEmpty() || row.sentAt.isValid();
            if (auto w = serviceMayKnow ? m_writer.markRemoving(row.id) : m_writer.remove(row.id); !w)
                return w;
            touch(row.phoneId);
        }
        return {};
    }

    // Rows that change phones lose theirs first, so that two phones can trade MACs.
    Result<void> detachMoved()
    {
        for (const auto &[want, e] : std::as_const(m_plan)) {
            if (e && e->row.phoneId != want->phoneId && e->row.phoneId != 0) {
                if (auto w = m_writer.detach(e->row.id); !w)
                    return w;
            }
        }
        return {};
    }

    Result<void> apply(const QSet<QString> &configured)
    {
        for (const auto &[want, e] : std::as_const(m_plan)) {
            const Decision d = decide(e ? &e->row : nullptr, *want, configured.contains(want->service));
            if (auto w = e ? applyTo(e->row, *want, d) : m_writer.insert(*want, d); !w)
                return w;
            if (!e)
                touch(want->phoneId);
        }
        return m_writer.flush();
    }

    const QList<Id> &touched() const { return m_touched; }
    int changed() const { return m_changed; }

private:
    Result<void> applyTo(const RedirectionRecord &row, const RedirectionWant &want, const Decision &d)
    {
        if (row.phoneId == want.phoneId && row.url == want.url && row.serialNumber == want.serialNumber &&
            row.state == d.state && row.reason == d.reason)
            return {};
        if (auto w = m_writer.update(row, want, d); !w)
            return w;
        if (row.phoneId != 0 && row.phoneId != want.phoneId)
            m_touched.append(row.phoneId);
        touch(want.phoneId);
        return {};
    }

    void touch(Id phoneId)
    {
        m_touched.append(phoneId);
        ++m_changed;
    }

    ReconcileWriter m_writer;
    QList<Existing> &m_existing;
    const QSet<Id> m_scope;
    const bool m_everyPhone;
    QList<std::pair<const RedirectionWant *, Existing *>> m_plan;
    QList<Id> m_touched;
    int m_changed = 0;
};

} // namespace

Result<int> RedirectionRepository::reconcile(const QList<RedirectionWant> &wanted,
                                             const QSet<QString> &configured, const QList<Id> &phoneIds)
{
    int changed = 0;
    const Result<void> r = m_storage.inTransaction([&]() -> Result<void> {
        auto existing = existingRows(m_storage, wanted, phoneIds);
        if (!existing)
            return existing.error();
        Reconciliation run(m_storage, *existing, phoneIds);
        run.plan(wanted);
        if (auto w = run.releaseUnwanted(); !w)
            return w;
        if (auto w = run.detachMoved(); !w)
            return w;
        if (auto w = run.apply(configured); !w)
            return w;
        announce(run.touched());
        changed = run.changed();
        return {};
    });
    if (!r)
        return r.error();
    return changed;
}

void RedirectionRepository::announce(const QList<Id> &phoneIds)
{
    if (phoneIds.isEmpty())
        return;
    if (phoneIds.size() > 2000)
        m_storage.queueChange({ChangeEvent::Entity::Redirection, ChangeEvent::Kind::Reset, {}});
    else
        m_storage.queueChange({ChangeEvent::Entity::Redirection, ChangeEvent::Kind::Upsert, phoneIds});
}

// --- the worker: sending ------------------------------------------------------------------

Result<QList<RedirectionRecord>> RedirectionRepository::due(const QString &service, const QDateTime &now,
                                                            int limit)
{
    QList<RedirectionRecord> out;
    QSqlQuery q(m_storage.database());
    for (const char *state : {"removing", "pending"}) {
        if (out.size() >= limit)
            break;
        q.prepare(
            QStringLiteral("SELECT ") + RecordColumns +
            QStringLiteral(" FROM phone_redirection WHERE service = ? AND state = ? AND (next_attempt_at IS "
                           "NULL OR next_attempt_at <= ?) ORDER BY id LIMIT ?"));
        q.addBindValue(service);
        q.addBindValue(QString::fromLatin1(state));
        q.addBindValue(now.toMSecsSinceEpoch());
        q.addBindValue(limit - int(out.size()));
        if (!q.exec())
            return Sql::toError(q.lastError(), reading());
        auto rows = readRecords(q);
        if (!rows)
            return rows.error();
        // One kind per batch: removals and registrations are different requests.
        if (!rows->isEmpty() && !out.isEmpty())
            break;
        out.append(*rows);
    }
    return out;
}

Result<QDateTime> RedirectionRepository::nextDue(const QString &service)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT count(*), min(coalesce(next_attempt_at, 0)) FROM phone_redirection "
                             "WHERE service = ? AND state IN ('pending', 'removing')"));
    q.addBindValue(service);
    if (!q.exec() || !q.next())
        return Sql::toError(q.lastError(), reading());
    if (q.value(0).toLongLong() == 0)
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
}

Result<void> RedirectionRepository::markSent(const QList<Id> &rowIds, const QDateTime &now)
{
    return m_storage.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_storage.database());
        for (qsizetype from = 0; from < rowIds.size(); from += Chunk) {
            q.prepare(QStringLiteral("UPDATE phone_redirection SET sent_at = ?, attempts = attempts + 1, "
                                     "updated_at = ? WHERE id IN (") +
                      idList(rowIds, from, Chunk) + u')');
            q.addBindValue(now.toMSecsSinceEpoch());
            q.addBindValue(now.toMSecsSinceEpoch());
            if (auto e = Sql::exec(q, writing()); !e)
                return e;
        }
        return {};
    });
}

namespace {

// The statements record() runs, prepared once per call.
class OutcomeWriter
{
public:
    OutcomeWriter(QSqlDatabase db, qint64 now)
        : m_writes(std::move(db))
        , m_now(now)
    { }

    Result<void> write(const RedirectionOutcome &o)
    {
        using Kind = RedirectionOutcome::Kind;
        switch (o.kind) {
        case Kind::Registered:
            return registered(o);
        case Kind::Removed:
            return removed(o);
        case Kind::Refused:
            return refused(o);
        case Kind::Retry:
            return retry(o);
        }
        return {};
    }

private:
    // What the service knows now is kept whatever became of the row meanwhile; the state only
    // when the row still waits for this registration.
    Result<void> registered(const RedirectionOutcome &o)
    {
        if (auto e = run(
                QStringLiteral("UPDATE phone_redirection SET remote_id = ?, sent_at = NULL, updated_at = ? "
                               "WHERE id = ?"),
                {Sql::text(o.remoteId), m_now, o.rowId});
            !e)
            return e;
        return run(
            QStringLiteral("UPDATE phone_redirection SET state = 'registered', reason = ?, detail = ?, "
                           "attempts = 0, next_attempt_at = NULL WHERE id = ? AND state = 'pending'"),
            {Sql::text(o.reason), Sql::text(o.detail), o.rowId});
    }

    // Gone from the service: the row goes, unless its phone is wanted there again meanwhile.
    Result<void> removed(const RedirectionOutcome &o)
    {
        if (auto e = run(QStringLiteral("DELETE FROM phone_redirection WHERE id = ? AND state = 'removing'"),
                         {o.rowId});
            !e)
            return e;
        return run(
            QStringLiteral("UPDATE phone_redirection SET remote_id = '', sent_at = NULL, updated_at = ? "
                           "WHERE id = ?"),
            {m_now, o.rowId});
    }

    Result<void> refused(const RedirectionOutcome &o)
    {
        return run(
            QStringLiteral("UPDATE phone_redirection SET state = CASE WHEN state IN ('pending', 'removing') "
                           "THEN 'failed' ELSE state END, reason = ?, detail = ?, sent_at = NULL, "
                           "next_attempt_at = NULL, updated_at = ? WHERE id = ?"),
            {Sql::text(o.reason), Sql::text(o.detail), m_now, o.rowId});
    }

    // Another try later; a row that failed too often in a row gives up. A request that may have
    // reached the service leaves the row marked sent (checked with the service before it is sent
    // again); one that surely did not (a 429) clears the mark.
    Result<void> retry(const RedirectionOutcome &o)
    {
        const QString sentAt = o.inDoubt ? QStringLiteral("sent_at") : QStringLiteral("NULL");
        return run(
            QStringLiteral("UPDATE phone_redirection SET reason = CASE WHEN attempts >= ? THEN ? ELSE ? END, "
                           "state = CASE WHEN attempts >= ? AND state IN ('pending', 'removing') THEN "
                           "'failed' ELSE state END, detail = ?, next_attempt_at = ?, sent_at = %1, "
                           "updated_at = ? WHERE id = ?")
                .arg(sentAt),
            {RedirectionRepository::MaxAttempts, RedirectionReason::GaveUp, Sql::text(o.reason),
             RedirectionRepository::MaxAttempts, Sql::text(o.detail), Sql::fromTime(o.retryAt), m_now,
             o.rowId});
    }

    Result<void> run(const QString &sql, const QVariantList &values) { return m_writes.run(sql, values); }

    PreparedWrites m_writes;
    qint64 m_now;
};

} // namespace

Result<void> RedirectionRepository::record(const QList<RedirectionOutcome> &outcomes, const QDateTime &now)
{
    if (outcomes.isEmpty())
        return {};
    return m_storage.inTransaction([&]() -> Result<void> {
        // The phones concerned, for the views (read before the rows of removed phones go).
        QList<Id> rowIds;
        for (const RedirectionOutcome &o : outcomes)
            rowIds.append(o.rowId);
        QList<Id> phones;
        QSqlQuery q(m_storage.database());
        for (qsizetype from = 0; from < rowIds.size(); from += Chunk) {
            if (!q.exec(QStringLiteral(
                            "SELECT phone_id FROM phone_redirection WHERE phone_id IS NOT NULL AND id IN (") +
                        idList(rowIds, from, Chunk) + u')'))
                return Sql::toError(q.lastError(), reading());
            while (q.next())
                phones.append(q.value(0).toLongLong());
        }
        OutcomeWriter writer(m_storage.database(), now.toMSecsSinceEpoch());
        for (const RedirectionOutcome &o : outcomes) {
            if (auto e = writer.write(o); !e)
                return e;
        }
        announce(phones);
        return {};
    });
}

Result<int> RedirectionRepository::failWaiting(const QString &service, const QString &reason,
                                               const QString &detail)
{
    int failed = 0;
    const Result<void> r = m_storage.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_storage.database());
        q.prepare(
            QStringLiteral("UPDATE phone_redirection SET state = 'failed', reason = ?, detail = ?, "
                           "next_attempt_at = NULL, updated_at = ? WHERE service = ? AND state = 'pending' "
                           "AND sent_at IS NULL"));
        q.addBindValue(reason);
        q.addBindValue(Sql::text(detail));
        q.addBindValue(Sql::nowMs());
        q.addBindValue(service);
        if (auto e = Sql::exec(q, writing()); !e)
            return e;
        failed = q.numRowsAffected();
        if (failed > 0)
            m_storage.queueChange({ChangeEvent::Entity::Redirection, ChangeEvent::Kind::Reset, {}});
        return {};
    });
    if (!r)
        return r.error();
    return failed;
}

Result<int> RedirectionRepository::retryFailed(const QString &service)
{
    int retried = 0;
    const Result<void> r = m_storage.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_storage.database());
        // A removal that failed is a removal again; a registration is pending again. A row failed
        // for want of a provisioning host stays: only the site can change that (reconcile()).
        q.prepare(
            QStringLiteral("UPDATE phone_redirection SET state = CASE WHEN phone_id IS NULL THEN 'removing' "
                           "ELSE 'pending' END, reason = '', detail = '', attempts = 0, next_attempt_at = "
                           "NULL, updated_at = ? WHERE state = 'failed' AND reason <> ?") +
            (service.isEmpty() ? QString() : QStringLiteral(" AND service = ?")));
        q.addBindValue(Sql::nowMs());
        q.addBindValue(RedirectionReason::NoUrl);
        if (!service.isEmpty())
            q.addBindValue(service);
        if (auto e = Sql::exec(q, writing()); !e)
            return e;
        retried = q.numRowsAffected();
        if (retried > 0)
            m_storage.queueChange({ChangeEvent::Entity::Redirection, ChangeEvent::Kind::Reset, {}});
        return {};
    });
    if (!r)
        return r.error();
    return retried;
}

} // namespace PhoneDesk
