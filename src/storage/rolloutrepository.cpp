#include "rolloutrepository.h"

#include "basesettingsrepository.h"
#include "changefeed.h"
#include "firmwarerepository.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "sqlutil.h"
#include "storage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace PhoneDesk {

namespace {

const QString FirmwareVersionKey = QStringLiteral("provisioning.firmwareVersion");
const QString FirmwarePolicyKey = QStringLiteral("provisioning.firmwarePolicy");

constexpr std::pair<RolloutState, const char *> StateKeys[] = {
    {RolloutState::Running, "running"},
    {RolloutState::Paused, "paused"},
    {RolloutState::Completed, "completed"},
    {RolloutState::Stopped, "stopped"},
};
constexpr std::pair<RolloutScope, const char *> ScopeKeys[] = {
    {RolloutScope::All, "all"},
    {RolloutScope::Sites, "sites"},
    {RolloutScope::Percent, "percent"},
    {RolloutScope::Selection, "selection"},
};
constexpr std::pair<RolloutPhoneState, const char *> PhoneStateKeys[] = {
    {RolloutPhoneState::Waiting, "waiting"}, {RolloutPhoneState::Updating, "updating"},
    {RolloutPhoneState::Updated, "updated"}, {RolloutPhoneState::Failed, "failed"},
    {RolloutPhoneState::Skipped, "skipped"},
};

template<typename E, size_t N> QString keyOf(const std::pair<E, const char *> (&keys)[N], E value)
{
    for (const auto &[v, k] : keys) {
        if (v == value)
            return QLatin1String(k);
    }
    return {};
}

template<typename E, size_t N>
std::optional<E> fromKey(const std::pair<E, const char *> (&keys)[N], const QString &key)
{
    for (const auto &[v, k] : keys) {
        if (key == QLatin1String(k))
            return v;
    }
    return std::nullopt;
}

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QChar(u'0')).arg(minute % 60, 2, 10, QChar(u'0'));
}

// A phone of the profile, as a rollout starts.
struct Candidate
{
    Id id = 0;
    Id siteId = 0;
    QString mac;
    QString running; // phone_status.firmware
    std::optional<QString> pin;
};

const QString RolloutColumns = QStringLiteral(
    "r.id, r.base_settings_id, b.name, r.target_version, r.from_version, r.scope, r.scope_detail, "
    "r.max_updating, r.window_start, r.window_end, r.timeout_minutes, r.state, r.replaces_id, "
    "r.created_by, r.created_at, r.finished_at, "
    "(SELECT count(*) FROM firmware_rollout_phones p WHERE p.rollout_id = r.id AND p.state = 'waiting'), "
    "(SELECT count(*) FROM firmware_rollout_phones p WHERE p.rollout_id = r.id AND p.state = 'updating'), "
    "(SELECT count(*) FROM firmware_rollout_phones p WHERE p.rollout_id = r.id AND p.state = 'updated'), "
    "(SELECT count(*) FROM firmware_rollout_phones p WHERE p.rollout_id = r.id AND p.state = 'failed'), "
    "(SELECT count(*) FROM firmware_rollout_phones p WHERE p.rollout_id = r.id AND p.state = 'skipped')");

FirmwareRollout rolloutFrom(const QSqlQuery &q)
{
    FirmwareRollout r;
    r.id = q.value(0).toLongLong();
    r.baseSettingsId = q.value(1).toLongLong();
    r.baseSettingsName = q.value(2).toString();
    r.targetVersion = q.value(3).toString();
    r.fromVersion = q.value(4).toString();
    r.scope = rolloutScopeFromKey(q.value(5).toString()).value_or(RolloutScope::All);
    r.scopeDetail = q.value(6).toString();
    r.maxUpdating = q.value(7).toInt();
    if (!q.value(8).isNull() && !q.value(9).isNull())
        r.window = RolloutWindow {q.value(8).toInt(), q.value(9).toInt()};
    r.timeoutMinutes = q.value(10).toInt();
    r.state = rolloutStateFromKey(q.value(11).toString()).value_or(RolloutState::Stopped);
    r.replacesId = q.value(12).isNull() ? 0 : q.value(12).toLongLong();
    r.createdBy = q.value(13).toString();
    r.createdAt = Sql::toTime(q.value(14));
    r.finishedAt = Sql::toTime(q.value(15));
    r.waiting = q.value(16).toInt();
    r.updating = q.value(17).toInt();
    r.updated = q.value(18).toInt();
    r.failed = q.value(19).toInt();
    r.skipped = q.value(20).toInt();
    return r;
}

Result<void> run(Storage &storage, const QString &sql, const QVariantList &binds, const QString &what)
{
    QSqlQuery q(storage.database());
    if (auto r = Sql::prepare(q, sql, what); !r)
        return r;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return Sql::exec(q, what);
}

// Phones of the profile held at `version` follow the profile again (it names that version now).
Result<void> releasePinsAt(Storage &storage, const QString &version, Id profileId, const QString &what)
{
    return run(storage,
               QStringLiteral("DELETE FROM phone_firmware_pins WHERE version = ? AND phone_id IN "
                              "(SELECT id FROM phones WHERE base_settings_id = ?)"),
               {version, profileId}, what);
}

// Every managed phone of the profile with what it runs and its pin.
Result<QList<Candidate>> candidates(Storage &storage, Id baseSettingsId)
{
    QSqlQuery q(storage.database());
    q.setForwardOnly(true);
    const QString what = QCoreApplication::translate("PhoneDesk::RolloutRepository",
                                                     "reading the phones of the base settings");
    if (auto r =
            Sql::prepare(q,
                         QStringLiteral("SELECT p.id, p.site_id, p.hardware_id, COALESCE(s.firmware, ''), "
                                        "pin.phone_id, pin.version FROM phones p "
                                        "LEFT JOIN phone_status s ON s.phone_id = p.id "
                                        "LEFT JOIN phone_firmware_pins pin ON pin.phone_id = p.id "
                                        "WHERE p.base_settings_id = ? AND p.category = 'managed' "
                                        "AND p.hardware_id <> '' ORDER BY p.id"),
                         what);
        !r)
        return r.error();
    q.addBindValue(baseSettingsId);
    if (auto r = Sql::exec(q, what); !r)
        return r.error();
    QList<Candidate> out;
    while (q.next()) {
        Candidate c;
        c.id = q.value(0).toLongLong();
        c.siteId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        c.mac = q.value(2).toString();
        c.running = q.value(3).toString();
        if (!q.value(4).isNull())
            c.pin = q.value(5).toString();
        out.append(c);
    }
    if (auto r = Sql::checkRead(q, what); !r)
        return r.error();
    return out;
}

// The share of `phones` a percentage takes: spread by a hash of the MAC, so that the first 10 %
// are not the first ten phones unpacked at one site.
QList<Candidate> percentOf(const QList<Candidate> &phones, int percent)
{
    QList<std::pair<QByteArray, qsizetype>> order;
    order.reserve(phones.size());
    for (qsizetype i = 0; i < phones.size(); ++i)
        order.append({QCryptographicHash::hash(phones.at(i).mac.toLatin1(), QCryptographicHash::Md5), i});
    std::sort(order.begin(), order.end());
    const qsizetype take =
        std::min(phones.size(), std::max<qsizetype>(1, (phones.size() * percent + 99) / 100));
    QList<Candidate> out;
    out.reserve(take);
    for (qsizetype i = 0; i < take; ++i)
        out.append(phones.at(order.at(i).second));
    return out;
}

FieldErrors checkRequest(const RolloutRequest &r)
{
    FieldErrors errors;
    if (r.maxUpdating < 1 || r.maxUpdating > 10000)
        errors.append({QStringLiteral("maxUpdating"),
                       QCoreApplication::translate("PhoneDesk::RolloutRepository",
                                                   "Phones updating at once: %1 is out of range (1-10000).")
                           .arg(r.maxUpdating)});
    if (r.timeoutMinutes < 1 || r.timeoutMinutes > 10080)
        errors.append({QStringLiteral("timeoutMinutes"),
                       QCoreApplication::translate("PhoneDesk::RolloutRepository",
                                                   "Timeout: %1 minutes is out of range (1-10080).")
                           .arg(r.timeoutMinutes)});
    if (r.scope == RolloutScope::Percent && (r.percent < 1 || r.percent > 100))
        errors.append({QStringLiteral("percent"),
                       QCoreApplication::translate("PhoneDesk::RolloutRepository",
                                                   "Percentage: %1 is out of range (1-100).")
                           .arg(r.percent)});
    if (r.scope == RolloutScope::Sites && r.siteIds.isEmpty())
        errors.append({QStringLiteral("sites"),
                       QCoreApplication::translate("PhoneDesk::RolloutRepository",
                                                   "Sites: choose at least one site.")});
    if (r.scope == RolloutScope::Selection && r.phoneIds.isEmpty())
        errors.append({QStringLiteral("phones"),
                       QCoreApplication::translate("PhoneDesk::RolloutRepository",
                                                   "Phones: choose at least one phone.")});
    if (r.window &&
        (r.window->startMinute < 0 || r.window->startMinute > 1439 || r.window->endMinute < 0 ||
         r.window->endMinute > 1439 || r.window->startMinute == r.window->endMinute))
        errors.append(
            {QStringLiteral("window"),
             QCoreApplication::translate("PhoneDesk::RolloutRepository",
                                         "Time window: start and end must be different times of day.")});
    return errors;
}

} // namespace

// ---------------------------------------------------------------- keys and texts

QString toKey(RolloutState state)
{
    return keyOf(StateKeys, state);
}
QString toKey(RolloutScope scope)
{
    return keyOf(ScopeKeys, scope);
}
QString toKey(RolloutPhoneState state)
{
    return keyOf(PhoneStateKeys, state);
}
std::optional<RolloutState> rolloutStateFromKey(const QString &key)
{
    return fromKey(StateKeys, key);
}
std::optional<RolloutScope> rolloutScopeFromKey(const QString &key)
{
    return fromKey(ScopeKeys, key);
}
std::optional<RolloutPhoneState> rolloutPhoneStateFromKey(const QString &key)
{
    return fromKey(PhoneStateKeys, key);
}

QString displayName(RolloutState state)
{
    switch (state) {
    case RolloutState::Running:
        return QCoreApplication::translate("PhoneDesk::RolloutRepository", "Running");
    case RolloutState::Paused:
        return QCoreApplication::translate("PhoneDesk::RolloutRepository", "Paused");
    case RolloutState::Completed:
        return QCoreApplication::translate("PhoneDesk::RolloutRepository", "Completed");
    case RolloutState::Stopped:
        return QCoreApplication::translate("PhoneDesk::RolloutRepository", "Stopped");
    }
    return {};
}

QString displayName(RolloutPhoneState state)
{
    switch (state) {
    case RolloutPhoneState::Waiting:
        return QCoreApplication::translate("PhoneDesk::RolloutRepository", "Waiting");
    case RolloutPhoneState::Updating:
        return QCoreApplication::translate("PhoneDesk::RolloutRepository", "Updating");
    case RolloutPhoneState::Updated:
        return QCoreApplication::translate("PhoneDesk::RolloutRepository", "Up to date");
    case RolloutPhoneState::Failed:
        return QCoreApplication::translate("PhoneDesk::RolloutRepository", "Failed");
    case RolloutPhoneState::Skipped:
        return QCoreApplication::translate("PhoneDesk::RolloutRepository", "Skipped");
    }
    return {};
}

bool RolloutWindow::contains(int minuteOfDay) const
{
    if (startMinute < endMinute)
        return minuteOfDay >= startMinute && minuteOfDay < endMinute;
    return minuteOfDay >= startMinute || minuteOfDay < endMinute; // over midnight
}

QString RolloutWindow::toText() const
{
    return minuteText(startMinute) + u'-' + minuteText(endMinute);
}

std::optional<RolloutWindow> RolloutWindow::parse(const QString &text, QString *error)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$)"));
    const auto m = pattern.match(text);
    const int sh = m.captured(1).toInt();
    const int sm = m.captured(2).toInt();
    const int eh = m.captured(3).toInt();
    const int em = m.captured(4).toInt();
    if (!m.hasMatch() || sh > 23 || eh > 23 || sm > 59 || em > 59 || (sh == eh && sm == em)) {
        if (error)
            *error = QCoreApplication::translate(
                         "PhoneDesk::RolloutRepository",
                         "Time window \"%1\" is not two different times of day as HH:MM-HH:MM (22:00-06:00).")
                         .arg(text);
        return std::nullopt;
    }
    return RolloutWindow {sh * 60 + sm, eh * 60 + em};
}

// ---------------------------------------------------------------- reading

Result<QList<FirmwareRollout>> RolloutRepository::select(const QString &where, const QVariantList &binds)
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    const QString what =
        QCoreApplication::translate("PhoneDesk::RolloutRepository", "reading the firmware rollouts");
    if (auto r = Sql::prepare(q,
                              QStringLiteral("SELECT ") + RolloutColumns +
                                  QStringLiteral(" FROM firmware_rollouts r "
                                                 "JOIN base_settings b ON b.id = r.base_settings_id ") +
                                  where,
                              what);
        !r)
        return r.error();
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (auto r = Sql::exec(q, what); !r)
        return r.error();
    QList<FirmwareRollout> out;
    while (q.next())
        out.append(rolloutFrom(q));
    if (auto r = Sql::checkRead(q, what); !r)
        return r.error();
    return out;
}

Result<QList<FirmwareRollout>> RolloutRepository::list()
{
    return select(QStringLiteral("ORDER BY r.id DESC"), {});
}

Result<std::optional<FirmwareRollout>> RolloutRepository::find(Id rolloutId)
{
    auto rows = select(QStringLiteral("WHERE r.id = ?"), {rolloutId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<FirmwareRollout>();
    return std::optional<FirmwareRollout>(rows->first());
}

Result<QList<RolloutPhone>> RolloutRepository::phones(Id rolloutId)
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    const QString what = QCoreApplication::translate("PhoneDesk::RolloutRepository",
                                                     "reading the phones of firmware rollout #%1")
                             .arg(rolloutId);
    if (auto r =
            Sql::prepare(q,
                         QStringLiteral("SELECT rp.phone_id, p.name, rp.state, rp.running_before, "
                                        "rp.started_at, rp.finished_at, rp.detail "
                                        "FROM firmware_rollout_phones rp JOIN phones p ON p.id = rp.phone_id "
                                        "WHERE rp.rollout_id = ? ORDER BY rp.position"),
                         what);
        !r)
        return r.error();
    q.addBindValue(rolloutId);
    if (auto r = Sql::exec(q, what); !r)
        return r.error();
    QList<RolloutPhone> out;
    while (q.next()) {
        RolloutPhone p;
        p.phoneId = q.value(0).toLongLong();
        p.phoneName = q.value(1).toString();
        p.state = rolloutPhoneStateFromKey(q.value(2).toString()).value_or(RolloutPhoneState::Skipped);
        p.runningBefore = q.value(3).toString();
        p.startedAt = Sql::toTime(q.value(4));
        p.finishedAt = Sql::toTime(q.value(5));
        p.detail = q.value(6).toString();
        out.append(p);
    }
    if (auto r = Sql::checkRead(q, what); !r)
        return r.error();
    return out;
}

namespace {
// `WHERE`-clause restricting `column` to `ids` (numbers, so no binding), or none for all.
QString onlyPhones(const QString &column, const QList<Id> *ids, qsizetype start, qsizetype count)
{
    if (!ids)
        return {};
    QStringList list;
    for (qsizetype i = start; i < std::min(ids->size(), start + count); ++i)
        list.append(QString::number(ids->at(i)));
    return column + QStringLiteral(" IN (") + list.join(u',') + u')';
}

// The pins and latest rollout memberships of all phones (`ids` null) or of `ids`, 500 at a time.
Result<QHash<Id, PhoneFirmwareState>> readPhoneStates(Storage &storage, const QList<Id> *ids)
{
    const QString what =
        QCoreApplication::translate("PhoneDesk::RolloutRepository", "reading the phones' firmware rollouts");
    QHash<Id, QString> pinned;
    QHash<Id, PhoneFirmwareState> out;
    // The rollouts are few: their targets by id, rather than joined to every phone's row.
    QHash<Id, QString> targets;
    {
        QSqlQuery q(storage.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, target_version FROM firmware_rollouts")))
            return Sql::toError(q.lastError(), what);
        while (q.next())
            targets.insert(q.value(0).toLongLong(), q.value(1).toString());
        if (auto r = Sql::checkRead(q, what); !r)
            return r.error();
    }
    constexpr qsizetype Batch = 500;
    const qsizetype batches = ids ? (ids->size() + Batch - 1) / Batch : 1;
    for (qsizetype b = 0; b < batches; ++b) {
        const QString pinWhere = onlyPhones(QStringLiteral("phone_id"), ids, b * Batch, Batch);
        QSqlQuery q(storage.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT phone_id, version FROM phone_firmware_pins") +
                    (pinWhere.isEmpty() ? QString() : QStringLiteral(" WHERE ") + pinWhere)))
            return Sql::toError(q.lastError(), what);
        while (q.next()) {
            const Id phone = q.value(0).toLongLong();
            const QString version = q.value(1).toString();
            pinned.insert(phone, version);
            out[phone].target = version;
        }
        if (auto r = Sql::checkRead(q, what); !r)
            return r.error();
        // Each phone's latest rollout (the highest id) that did not skip it, in one pass over the
        // memberships: a subquery per row took longer than loading the phones (docs/PERFORMANCE.md).
        if (!q.exec(QStringLiteral("SELECT phone_id, rollout_id, state, detail FROM firmware_rollout_phones "
                                   "WHERE state <> 'skipped'") +
                    (pinWhere.isEmpty() ? QString() : QStringLiteral(" AND ") + pinWhere)))
            return Sql::toError(q.lastError(), what);
        while (q.next()) {
            const Id rollout = q.value(1).toLongLong();
            PhoneFirmwareState &s = out[q.value(0).toLongLong()];
            if (rollout <= s.rolloutId)
                continue;
            s.rolloutId = rollout;
            s.state = rolloutPhoneStateFromKey(q.value(2).toString());
            s.detail = q.value(3).toString();
        }
        if (auto r = Sql::checkRead(q, what); !r)
            return r.error();
    }
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (it->rolloutId && !pinned.contains(it.key()))
            it->target = targets.value(it->rolloutId);
    }
    return out;
}
} // namespace

Result<QHash<Id, QString>> RolloutRepository::pins()
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    const QString what = QCoreApplication::translate("PhoneDesk::RolloutRepository",
                                                     "reading the phones held at a firmware version");
    if (!q.exec(QStringLiteral("SELECT phone_id, version FROM phone_firmware_pins")))
        return Sql::toError(q.lastError(), what);
    QHash<Id, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    if (auto r = Sql::checkRead(q, what); !r)
        return r.error();
    return out;
}

Result<QHash<Id, PhoneFirmwareState>> RolloutRepository::phoneStates()
{
    return readPhoneStates(m_storage, nullptr);
}

Result<QHash<Id, PhoneFirmwareState>> RolloutRepository::phoneStates(const QList<Id> &phoneIds)
{
    return readPhoneStates(m_storage, &phoneIds);
}

// ---------------------------------------------------------------- starting

Result<FirmwareRollout> RolloutRepository::start(const RolloutRequest &request)
{
    return create(request, 0, {});
}

namespace {

struct Members
{
    QList<Candidate> phones;
    QString detail; // "Berlin, London", "25 %", "3 selected"
};

// Who of the profile's phones is in the rollout.
Result<Members> chooseMembers(Storage &storage, const RolloutRequest &request, const BaseSettings &profile,
                              const QList<Candidate> &phones)
{
    Members m;
    switch (request.scope) {
    case RolloutScope::All:
        m.phones = phones;
        break;
    case RolloutScope::Sites: {
        const QSet<Id> sites(request.siteIds.cbegin(), request.siteIds.cend());
        QStringList names;
        for (const Id s : request.siteIds) {
            auto site = storage.sites().get(s);
            if (!site)
                return site.error();
            names.append(site->name);
        }
        std::copy_if(phones.cbegin(), phones.cend(), std::back_inserter(m.phones),
                     [&](const Candidate &c) { return sites.contains(c.siteId); });
        m.detail = names.join(QStringLiteral(", "));
        break;
    }
    case RolloutScope::Percent:
        m.phones = percentOf(phones, request.percent);
        m.detail = QStringLiteral("%1 %").arg(request.percent);
        break;
    case RolloutScope::Selection: {
        QHash<Id, Candidate> byId;
        for (const Candidate &c : phones)
            byId.insert(c.id, c);
        for (const Id p : request.phoneIds) {
            if (!byId.contains(p)) {
                auto phone = storage.phones().get(p);
                return Error::validation(
                    {{QStringLiteral("phones"),
                      QCoreApplication::translate(
                          "PhoneDesk::RolloutRepository",
                          "Phone \"%1\" is not a managed phone of the base settings \"%2\".")
                          .arg(phone ? phone->name : QStringLiteral("#%1").arg(p), profile.name)}});
            }
            m.phones.append(byId.value(p));
        }
        m.detail =
            QCoreApplication::translate("PhoneDesk::RolloutRepository", "%1 selected").arg(m.phones.size());
        break;
    }
    }
    if (m.phones.isEmpty())
        return Error::validation(
            {{QStringLiteral("scope"),
              QCoreApplication::translate("PhoneDesk::RolloutRepository",
                                          "No managed phone of the base settings \"%1\" is in this rollout.")
                  .arg(profile.name)}});
    return m;
}

// Rollouts of the profile still under way stop; their phones stay where they are.
Result<void> stopUnderWay(Storage &storage, Id profileId, qint64 now)
{
    const QString what =
        QCoreApplication::translate("PhoneDesk::RolloutRepository", "stopping the rollouts under way");
    if (auto r = run(storage,
                     QStringLiteral("UPDATE firmware_rollout_phones SET state = 'skipped', finished_at = ?, "
                                    "detail = ? WHERE state IN ('waiting', 'updating') AND rollout_id IN "
                                    "(SELECT id FROM firmware_rollouts WHERE base_settings_id = ? "
                                    "AND state IN ('running', 'paused'))"),
                     {now,
                      QCoreApplication::translate("PhoneDesk::RolloutRepository",
                                                  "a later rollout of the same base settings took over"),
                      profileId},
                     what);
        !r)
        return r;
    return run(storage,
               QStringLiteral("UPDATE firmware_rollouts SET state = 'stopped', finished_at = ? "
                              "WHERE base_settings_id = ? AND state IN ('running', 'paused')"),
               {now, profileId}, what);
}

QVariant minuteOrNull(const std::optional<RolloutWindow> &window, bool start)
{
    if (!window)
        return QVariant(QMetaType(QMetaType::Int));
    return start ? window->startMinute : window->endMinute;
}

Result<Id> insertRollout(Storage &storage, const RolloutRequest &request, RolloutScope scope,
                         const QString &from, const QString &detail, Id replacesId, qint64 now,
                         const QString &what)
{
    QSqlQuery insert(storage.database());
    const QString returning = storage.isPostgres() ? QStringLiteral(" RETURNING id") : QString();
    if (auto r =
            Sql::prepare(insert,
                         QStringLiteral("INSERT INTO firmware_rollouts (base_settings_id, target_version, "
                                        "from_version, scope, scope_detail, max_updating, window_start, "
                                        "window_end, timeout_minutes, state, replaces_id, created_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?)") +
                             returning,
                         what);
        !r)
        return r.error();
    for (const QVariant &v :
         {QVariant(request.baseSettingsId), QVariant(request.targetVersion.trimmed()), Sql::text(from),
          QVariant(toKey(scope)), Sql::text(detail), QVariant(request.maxUpdating),
          minuteOrNull(request.window, true), minuteOrNull(request.window, false),
          QVariant(request.timeoutMinutes), Sql::nullIfZero(replacesId), QVariant(now)})
        insert.addBindValue(v);
    if (auto r = Sql::exec(insert, what); !r)
        return r.error();
    const Id id = storage.isPostgres() ? (insert.next() ? insert.value(0).toLongLong() : 0)
                                       : insert.lastInsertId().toLongLong();
    insert.finish();
    // PostgreSQL records the login itself (the column's default); SQLite has no login.
    if (!storage.isPostgres() && !storage.actor().isEmpty()) {
        if (auto r = run(storage, QStringLiteral("UPDATE firmware_rollouts SET created_by = ? WHERE id = ?"),
                         {storage.actor(), id}, what);
            !r)
            return r.error();
    }
    return id;
}

// Every phone of the profile without a pin stays at what it was told until its turn; the profile
// then names the target (and updates its phones automatically); phones held at the target already
// follow it again.
Result<void> holdAndMoveProfile(Storage &storage, BaseSettings profile, const QList<Candidate> &phones,
                                const QString &from, const QString &target, Id rolloutId, const QString &what)
{
    for (const Candidate &c : phones) {
        if (c.pin)
            continue;
        if (auto r = run(storage,
                         QStringLiteral("INSERT INTO phone_firmware_pins (phone_id, version, rollout_id) "
                                        "VALUES (?, ?, ?)"),
                         {c.id, Sql::text(from), rolloutId}, what);
            !r)
            return r;
    }
    profile.values.insert(FirmwareVersionKey, target);
    profile.values.insert(FirmwarePolicyKey, QStringLiteral("automatic"));
    if (auto saved = storage.baseSettings().update(profile); !saved)
        return saved.error();
    return releasePinsAt(storage, target, profile.id, what);
}

// The members in turn order; a phone already running the target is up to date at once.
Result<void> insertMembers(Storage &storage, Id rolloutId, const QList<Candidate> &members,
                           const QString &target, qint64 now, const QString &what)
{
    QSqlQuery member(storage.database());
    if (auto r = Sql::prepare(
            member,
            QStringLiteral("INSERT INTO firmware_rollout_phones (rollout_id, phone_id, position, "
                           "state, running_before, finished_at, detail) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            what);
        !r)
        return r;
    int position = 0;
    for (const Candidate &c : members) {
        const bool already = Firmware::runsVersion(c.running, target);
        member.addBindValue(rolloutId);
        member.addBindValue(c.id);
        member.addBindValue(position++);
        member.addBindValue(toKey(already ? RolloutPhoneState::Updated : RolloutPhoneState::Waiting));
        member.addBindValue(Sql::text(c.running));
        member.addBindValue(already ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong)));
        member.addBindValue(Sql::text(
            already
                ? QCoreApplication::translate("PhoneDesk::RolloutRepository", "already ran %1").arg(c.running)
                : QString()));
        if (auto r = Sql::exec(member, what); !r)
            return r;
        if (!already)
            continue;
        if (auto r = run(storage, QStringLiteral("DELETE FROM phone_firmware_pins WHERE phone_id = ?"),
                         {c.id}, what);
            !r)
            return r;
    }
    return {};
}

} // namespace

Result<FirmwareRollout> RolloutRepository::create(const RolloutRequest &request, Id replacesId,
                                                  const QList<Id> &onlyPhones)
{
    if (auto r = m_storage.require(
            Permission::Administer,
            QCoreApplication::translate("PhoneDesk::RolloutRepository", "start a firmware rollout"));
        !r)
        return r.error();
    if (const FieldErrors errors = checkRequest(request); !errors.isEmpty())
        return Error::validation(errors);
    auto profile = m_storage.baseSettings().get(request.baseSettingsId);
    if (!profile)
        return profile.error();
    const QString target = request.targetVersion.trimmed();
    auto library = FirmwareRepository(m_storage).list();
    if (!library)
        return library.error();
    if (target.isEmpty() || !Firmware::imageFor(*library, profile->modelId, target))
        return Error::validation(
            {{QStringLiteral("targetVersion"),
              QCoreApplication::translate(
                  "PhoneDesk::RolloutRepository",
                  "Target version: the firmware library has no image of version \"%1\" for the model of "
                  "\"%2\". Add it under Manage > Firmware… first.")
                  .arg(target, profile->name)}});
    const QString from = profile->values.value(FirmwareVersionKey).toString().trimmed();
    const QString what =
        QCoreApplication::translate("PhoneDesk::RolloutRepository", "starting a firmware rollout of \"%1\"")
            .arg(profile->name);

    Id id = 0;
    auto done = m_storage.inTransaction([&]() -> Result<void> {
        auto phones = candidates(m_storage, profile->id);
        if (!phones)
            return phones.error();
        RolloutRequest effective = request;
        if (!onlyPhones.isEmpty()) { // a roll back: the phones that moved
            effective.scope = RolloutScope::Selection;
            effective.phoneIds = onlyPhones;
        }
        auto members = chooseMembers(m_storage, effective, *profile, *phones);
        if (!members)
            return members.error();
        const qint64 now = Sql::nowMs();
        if (auto r = stopUnderWay(m_storage, profile->id, now); !r)
            return r;
        auto inserted = insertRollout(m_storage, effective, effective.scope, from, members->detail,
                                      replacesId, now, what);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        if (auto r = holdAndMoveProfile(m_storage, *profile, *phones, from, target, id, what); !r)
            return r;
        if (auto r = insertMembers(m_storage, id, members->phones, target, now, what); !r)
            return r;
        QList<Id> changed;
        for (const Candidate &c : std::as_const(*phones))
            changed.append(c.id);
        m_storage.queueChange({ChangeEvent::Entity::Rollout, ChangeEvent::Kind::Upsert, changed});
        return m_storage.writeAudit(
            QStringLiteral("firmware.rollout.start"), QStringLiteral("base_settings"), profile->id,
            profile->name,
            QStringLiteral("rollout #%1 from %2 to %3: %4 phones (%5%6), %7 at once%8")
                .arg(QString::number(id), from.isEmpty() ? QStringLiteral("-") : from, target,
                     QString::number(members->phones.size()), toKey(effective.scope),
                     members->detail.isEmpty() ? QString() : QStringLiteral(": ") + members->detail,
                     QString::number(request.maxUpdating),
                     request.window ? QStringLiteral(", window ") + request.window->toText() : QString()));
    });
    if (!done)
        return done.error();
    auto created = find(id);
    if (!created)
        return created.error();
    if (!*created)
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("PhoneDesk::RolloutRepository",
                                                       "Firmware rollout #%1 was removed meanwhile.")
                               .arg(id));
    return **created;
}

// ---------------------------------------------------------------- pause, resume, roll back

Result<void> RolloutRepository::setState(Id rolloutId, RolloutState from, RolloutState to,
                                         const QString &action)
{
    if (auto r = m_storage.require(Permission::Administer, action); !r)
        return r;
    return m_storage.inTransaction([&]() -> Result<void> {
        auto found = find(rolloutId);
        if (!found)
            return found.error();
        if (!*found)
            return Error::make(Error::Code::NotFound,
                               QCoreApplication::translate("PhoneDesk::RolloutRepository",
                                                           "There is no firmware rollout #%1.")
                                   .arg(rolloutId));
        if ((*found)->state != from)
            return Error::make(Error::Code::Conflict,
                               QCoreApplication::translate("PhoneDesk::RolloutRepository",
                                                           "Firmware rollout #%1 is %2, not %3.")
                                   .arg(QString::number(rolloutId), displayName((*found)->state).toLower(),
                                        displayName(from).toLower()));
        if (auto r = run(m_storage,
                         QStringLiteral("UPDATE firmware_rollouts SET state = ? WHERE id = ? AND state = ?"),
                         {toKey(to), rolloutId, toKey(from)}, action);
            !r)
            return r;
        m_storage.queueChange({ChangeEvent::Entity::Rollout, ChangeEvent::Kind::Upsert, {}});
        return m_storage.writeAudit(
            QStringLiteral("firmware.rollout.") + toKey(to), QStringLiteral("base_settings"),
            (*found)->baseSettingsId, (*found)->baseSettingsName,
            QStringLiteral("rollout #%1 to %2").arg(rolloutId).arg((*found)->targetVersion));
    });
}

Result<void> RolloutRepository::pause(Id rolloutId)
{
    return setState(rolloutId, RolloutState::Running, RolloutState::Paused,
                    QCoreApplication::translate("PhoneDesk::RolloutRepository", "pause a firmware rollout"));
}

Result<void> RolloutRepository::resume(Id rolloutId)
{
    return setState(rolloutId, RolloutState::Paused, RolloutState::Running,
                    QCoreApplication::translate("PhoneDesk::RolloutRepository", "resume a firmware rollout"));
}

Result<FirmwareRollout> RolloutRepository::rollBack(Id rolloutId)
{
    if (auto r = m_storage.require(
            Permission::Administer,
            QCoreApplication::translate("PhoneDesk::RolloutRepository", "roll back a firmware rollout"));
        !r)
        return r.error();
    auto found = find(rolloutId);
    if (!found)
        return found.error();
    if (!*found)
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("PhoneDesk::RolloutRepository", "There is no firmware rollout #%1.")
                .arg(rolloutId));
    const FirmwareRollout &rollout = **found;
    if (rollout.fromVersion.isEmpty())
        return Error::validation(
            {{QStringLiteral("targetVersion"),
              QCoreApplication::translate(
                  "PhoneDesk::RolloutRepository",
                  "Firmware rollout #%1 cannot be rolled back: \"%2\" named no firmware version before it.")
                  .arg(QString::number(rolloutId), rollout.baseSettingsName)}});
    auto members = phones(rolloutId);
    if (!members)
        return members.error();
    QList<Id> moved;
    for (const RolloutPhone &p : std::as_const(*members)) {
        if (p.state == RolloutPhoneState::Updating || p.state == RolloutPhoneState::Updated ||
            p.state == RolloutPhoneState::Failed)
            moved.append(p.phoneId);
    }
    RolloutRequest back;
    back.baseSettingsId = rollout.baseSettingsId;
    back.targetVersion = rollout.fromVersion;
    back.scope = RolloutScope::Selection;
    back.phoneIds = moved;
    back.maxUpdating = rollout.maxUpdating;
    back.window = rollout.window;
    back.timeoutMinutes = rollout.timeoutMinutes;
    if (moved.isEmpty()) {
        // Nothing moved yet: stop it and let the profile name the earlier version again.
        auto undone = m_storage.inTransaction([&]() -> Result<void> {
            if (rollout.state == RolloutState::Running || rollout.state == RolloutState::Paused) {
                if (auto stopped = setState(rolloutId, rollout.state, RolloutState::Stopped,
                                            QCoreApplication::translate("PhoneDesk::RolloutRepository",
                                                                        "roll back a firmware rollout"));
                    !stopped)
                    return stopped;
            }
            auto profile = m_storage.baseSettings().get(rollout.baseSettingsId);
            if (!profile)
                return profile.error();
            profile->values.insert(FirmwareVersionKey, rollout.fromVersion);
            if (auto saved = m_storage.baseSettings().update(*profile); !saved)
                return saved.error();
            // The waiting phones were held at the earlier version: they follow the profile again.
            return releasePinsAt(m_storage, rollout.fromVersion, rollout.baseSettingsId,
                                 QCoreApplication::translate("PhoneDesk::RolloutRepository",
                                                             "rolling back firmware rollout #%1")
                                     .arg(rolloutId));
        });
        if (!undone)
            return undone.error();
        auto after = find(rolloutId);
        if (!after)
            return after.error();
        return after->value_or(rollout);
    }
    back.scope = RolloutScope::Selection;
    return create(back, rolloutId, moved);
}

// ---------------------------------------------------------------- advancing

Result<RolloutProgress> RolloutRepository::advance(const QDateTime &now, qint64 silentAfterMs)
{
    auto active = select(QStringLiteral("WHERE r.state IN ('running', 'paused') ORDER BY r.id"), {});
    if (!active)
        return active.error();
    RolloutProgress progress;
    for (const FirmwareRollout &rollout : std::as_const(*active)) {
        auto r = m_storage.inTransaction(
            [&]() -> Result<void> { return advanceOne(rollout, now, silentAfterMs, progress); });
        if (!r)
            return r.error();
    }
    return progress;
}

namespace {

// The rollout's state, read under a row lock: servers that advance at once take turns, so the
// limit holds (SQLite has one writer at a time anyway). Nullopt when it is gone.
Result<std::optional<RolloutState>> lockedState(Storage &storage, Id rolloutId, const QString &what)
{
    QSqlQuery lock(storage.database());
    if (auto r = Sql::prepare(lock,
                              QStringLiteral("SELECT state FROM firmware_rollouts WHERE id = ?") +
                                  (storage.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()),
                              what);
        !r)
        return r.error();
    lock.addBindValue(rolloutId);
    if (auto r = Sql::exec(lock, what); !r)
        return r.error();
    if (!lock.next())
        return std::optional<RolloutState>();
    return rolloutStateFromKey(lock.value(0).toString());
}

struct Outcome
{
    Id phone = 0;
    RolloutPhoneState state = RolloutPhoneState::Updating;
    QString detail;
    bool silent = false; // updating, and no fetch since its turn came for a while
    bool fetchedWithoutDownload = false; // updating, fetched since its turn, no download since
    QString servedHash; // of the files last served to it
};

// What became of each phone updating, from its last fetch and its downloads.
Outcome outcomeOf(const FirmwareRollout &rollout, const QSqlQuery &q, qint64 nowMs, qint64 silentAfterMs)
{
    Outcome o;
    o.phone = q.value(0).toLongLong();
    const qint64 started = q.value(1).toLongLong();
    const QString running = q.value(2).toString();
    const qint64 fetched = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    const qint64 downloaded = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    if (Firmware::runsVersion(running, rollout.targetVersion)) {
        o.state = RolloutPhoneState::Updated;
    } else if (downloaded > 0 && fetched > downloaded && !running.isEmpty()) {
        o.state = RolloutPhoneState::Failed;
        o.detail =
            QCoreApplication::translate("PhoneDesk::RolloutRepository", "came back on %1").arg(running);
    } else if (nowMs - started > qint64(rollout.timeoutMinutes) * 60 * 1000) {
        o.state = RolloutPhoneState::Failed;
        o.detail = QCoreApplication::translate("PhoneDesk::RolloutRepository", "not back on %1 within %2 min")
                       .arg(rollout.targetVersion)
                       .arg(rollout.timeoutMinutes);
    } else if (nowMs - started >= silentAfterMs) {
        o.silent = fetched < started;
        o.fetchedWithoutDownload = !o.silent && downloaded == 0;
        o.servedHash = q.value(5).toString();
    }
    return o;
}

Result<QList<Outcome>> outcomes(Storage &storage, const FirmwareRollout &rollout, qint64 nowMs,
                                qint64 silentAfterMs, const QString &what)
{
    QSqlQuery q(storage.database());
    q.setForwardOnly(true);
    if (auto r = Sql::prepare(
            q,
            QStringLiteral(
                "SELECT rp.phone_id, rp.started_at, COALESCE(s.firmware, ''), s.fetch_time, "
                "(SELECT max(d.finished) FROM firmware_downloads d WHERE d.phone_id = rp.phone_id "
                "AND d.complete = 1 AND d.version = ? AND d.finished >= rp.started_at), "
                "COALESCE(s.served_hash, '') "
                "FROM firmware_rollout_phones rp LEFT JOIN phone_status s ON s.phone_id = rp.phone_id "
                "WHERE rp.rollout_id = ? AND rp.state = 'updating'"),
            what);
        !r)
        return r.error();
    q.addBindValue(rollout.targetVersion);
    q.addBindValue(rollout.id);
    if (auto r = Sql::exec(q, what); !r)
        return r.error();
    QList<Outcome> out;
    while (q.next())
        out.append(outcomeOf(rollout, q, nowMs, silentAfterMs));
    if (auto r = Sql::checkRead(q, what); !r)
        return r.error();
    return out;
}

// Records an outcome; a failed phone is held at the earlier version, so that it is not sent the
// image over and over.
Result<void> record(Storage &storage, const FirmwareRollout &rollout, const Outcome &o, qint64 nowMs,
                    const QString &what)
{
    if (auto r =
            run(storage,
                QStringLiteral("UPDATE firmware_rollout_phones SET state = ?, finished_at = ?, detail = ? "
                               "WHERE rollout_id = ? AND phone_id = ?"),
                {toKey(o.state), nowMs, Sql::text(o.detail), rollout.id, o.phone}, what);
        !r || o.state != RolloutPhoneState::Failed)
        return r;
    return run(storage,
               storage.isPostgres()
                   ? QStringLiteral("INSERT INTO phone_firmware_pins (phone_id, version, rollout_id) "
                                    "VALUES (?, ?, ?) ON CONFLICT (phone_id) DO UPDATE SET "
                                    "version = excluded.version, rollout_id = excluded.rollout_id")
                   : QStringLiteral("INSERT OR REPLACE INTO phone_firmware_pins (phone_id, version, "
                                    "rollout_id) VALUES (?, ?, ?)"),
               {o.phone, Sql::text(rollout.fromVersion), rollout.id}, what);
}

// The waiting phones in turn order: the first `take` get their turn (pin removed). Returns how
// many were waiting.
Result<int> giveTurns(Storage &storage, Id rolloutId, int take, qint64 nowMs, QList<Id> &admitted,
                      const QString &what)
{
    QSqlQuery w(storage.database());
    w.setForwardOnly(true);
    if (auto r =
            Sql::prepare(w,
                         QStringLiteral("SELECT phone_id FROM firmware_rollout_phones WHERE rollout_id = ? "
                                        "AND state = 'waiting' ORDER BY position"),
                         what);
        !r)
        return r.error();
    w.addBindValue(rolloutId);
    if (auto r = Sql::exec(w, what); !r)
        return r.error();
    int waiting = 0;
    QList<Id> turns;
    while (w.next()) {
        ++waiting;
        if (turns.size() < take)
            turns.append(w.value(0).toLongLong());
    }
    if (auto r = Sql::checkRead(w, what); !r)
        return r.error();
    w.finish();
    for (const Id phone : std::as_const(turns)) {
        if (auto r =
                run(storage,
                    QStringLiteral("UPDATE firmware_rollout_phones SET state = 'updating', started_at = ? "
                                   "WHERE rollout_id = ? AND phone_id = ?"),
                    {nowMs, rolloutId, phone}, what);
            !r)
            return r.error();
        if (auto r = run(storage, QStringLiteral("DELETE FROM phone_firmware_pins WHERE phone_id = ?"),
                         {phone}, what);
            !r)
            return r.error();
    }
    admitted += turns;
    return waiting;
}

} // namespace

Result<void> RolloutRepository::advanceOne(const FirmwareRollout &seen, const QDateTime &now,
                                           qint64 silentAfterMs, RolloutProgress &progress)
{
    const QString what =
        QCoreApplication::translate("PhoneDesk::RolloutRepository", "advancing firmware rollout #%1")
            .arg(seen.id);
    auto state = lockedState(m_storage, seen.id, what);
    if (!state)
        return state.error();
    if (*state != RolloutState::Running && *state != RolloutState::Paused)
        return {}; // finished or removed meanwhile (by another server, or its profile was deleted)

    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto found = outcomes(m_storage, seen, nowMs, silentAfterMs, what);
    if (!found)
        return found.error();
    int updating = 0;
    QList<Id> touched;
    for (const Outcome &o : std::as_const(*found)) {
        if (o.state == RolloutPhoneState::Updating) {
            ++updating;
            if (o.silent)
                progress.silent.append(o.phone);
            else if (o.fetchedWithoutDownload)
                progress.servedSinceTurn.insert(o.phone, o.servedHash);
            continue;
        }
        if (auto r = record(m_storage, seen, o, nowMs, what); !r)
            return r;
        (o.state == RolloutPhoneState::Updated ? progress.updated : progress.failed).append(o.phone);
        touched.append(o.phone);
    }

    // Turns, within the window and the limit; outcomes are recorded at any time.
    const bool inWindow = !seen.window || seen.window->contains(now.time().hour() * 60 + now.time().minute());
    const int take = *state == RolloutState::Running && inWindow ? seen.maxUpdating - updating : 0;
    QList<Id> admitted;
    auto waiting = giveTurns(m_storage, seen.id, take, nowMs, admitted, what);
    if (!waiting)
        return waiting.error();
    progress.admitted += admitted;
    touched += admitted;
    bool completed = false;
    if (*waiting == 0 && updating == 0) {
        if (auto r =
                run(m_storage,
                    QStringLiteral(
                        "UPDATE firmware_rollouts SET state = 'completed', finished_at = ? WHERE id = ?"),
                    {nowMs, seen.id}, what);
            !r)
            return r;
        progress.completedRollouts.append(seen.id);
        completed = true;
    }
    if (!touched.isEmpty() || completed)
        m_storage.queueChange({ChangeEvent::Entity::Rollout, ChangeEvent::Kind::Upsert, touched});
    return {};
}

} // namespace PhoneDesk
