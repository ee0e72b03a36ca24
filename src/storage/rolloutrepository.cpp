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

QString tr(const char *text)
{
    return QCoreApplication::translate("PhoneDesk::RolloutRepository", text);
}

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

// Every managed phone of the profile with what it runs and its pin.
Result<QList<Candidate>> candidates(Storage &storage, Id baseSettingsId)
{
    QSqlQuery q(storage.database());
    q.setForwardOnly(true);
    const QString what = tr("reading the phones of the base settings");
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
                       tr("Phones updating at once: %1 is out of range (1-10000).").arg(r.maxUpdating)});
    if (r.timeoutMinutes < 1 || r.timeoutMinutes > 10080)
        errors.append({QStringLiteral("timeoutMinutes"),
                       tr("Timeout: %1 minutes is out of range (1-10080).").arg(r.timeoutMinutes)});
    if (r.scope == RolloutScope::Percent && (r.percent < 1 || r.percent > 100))
        errors.append(
            {QStringLiteral("percent"), tr("Percentage: %1 is out of range (1-100).").arg(r.percent)});
    if (r.scope == RolloutScope::Sites && r.siteIds.isEmpty())
        errors.append({QStringLiteral("sites"), tr("Sites: choose at least one site.")});
    if (r.scope == RolloutScope::Selection && r.phoneIds.isEmpty())
        errors.append({QStringLiteral("phones"), tr("Phones: choose at least one phone.")});
    if (r.window &&
        (r.window->startMinute < 0 || r.window->startMinute > 1439 || r.window->endMinute < 0 ||
         r.window->endMinute > 1439 || r.window->startMinute == r.window->endMinute))
        errors.append(
            {QStringLiteral("window"), tr("Time window: start and end must be different times of day.")});
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
        return tr("Running");
    case RolloutState::Paused:
        return tr("Paused");
    case RolloutState::Completed:
        return tr("Completed");
    case RolloutState::Stopped:
        return tr("Stopped");
    }
    return {};
}

QString displayName(RolloutPhoneState state)
{
    switch (state) {
    case RolloutPhoneState::Waiting:
        return tr("Waiting");
    case RolloutPhoneState::Updating:
        return tr("Updating");
    case RolloutPhoneState::Updated:
        return tr("Up to date");
    case RolloutPhoneState::Failed:
        return tr("Failed");
    case RolloutPhoneState::Skipped:
        return tr("Skipped");
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
            *error = tr("Time window \"%1\" is not two different times of day as HH:MM-HH:MM (22:00-06:00).")
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
    const QString what = tr("reading the firmware rollouts");
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
    const QString what = tr("reading the phones of firmware rollout #%1").arg(rolloutId);
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

Result<QHash<Id, QString>> RolloutRepository::pins()
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    const QString what = tr("reading the phones held at a firmware version");
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
    auto pinned = pins();
    if (!pinned)
        return pinned.error();
    QHash<Id, PhoneFirmwareState> out;
    for (auto it = pinned->cbegin(); it != pinned->cend(); ++it)
        out[it.key()].target = it.value();
    // Each phone's latest rollout (the highest id), with its target for phones not pinned.
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    const QString what = tr("reading the phones' firmware rollouts");
    if (!q.exec(QStringLiteral(
            "SELECT rp.phone_id, rp.rollout_id, rp.state, rp.detail, r.target_version "
            "FROM firmware_rollout_phones rp JOIN firmware_rollouts r ON r.id = rp.rollout_id "
            "WHERE rp.state <> 'skipped' AND rp.rollout_id = (SELECT max(o.rollout_id) FROM "
            "firmware_rollout_phones o WHERE o.phone_id = rp.phone_id AND o.state <> 'skipped')")))
        return Sql::toError(q.lastError(), what);
    while (q.next()) {
        const Id phone = q.value(0).toLongLong();
        PhoneFirmwareState &s = out[phone];
        s.rolloutId = q.value(1).toLongLong();
        s.state = rolloutPhoneStateFromKey(q.value(2).toString());
        s.detail = q.value(3).toString();
        if (!pinned->contains(phone))
            s.target = q.value(4).toString();
    }
    if (auto r = Sql::checkRead(q, what); !r)
        return r.error();
    return out;
}

// ---------------------------------------------------------------- starting

Result<FirmwareRollout> RolloutRepository::start(const RolloutRequest &request)
{
    return create(request, 0, {});
}

Result<FirmwareRollout> RolloutRepository::create(const RolloutRequest &request, Id replacesId,
                                                  const QList<Id> &onlyPhones)
{
    if (auto r = m_storage.require(Permission::Administer, tr("start a firmware rollout")); !r)
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
              tr("Target version: the firmware library has no image of version \"%1\" for the model of "
                 "\"%2\". Add it under Manage > Firmware… first.")
                  .arg(target, profile->name)}});
    const QString from = profile->values.value(FirmwareVersionKey).toString().trimmed();

    Id id = 0;
    auto done = m_storage.inTransaction([&]() -> Result<void> {
        auto phones = candidates(m_storage, profile->id);
        if (!phones)
            return phones.error();
        QHash<Id, Candidate> byId;
        for (const Candidate &c : std::as_const(*phones))
            byId.insert(c.id, c);

        // Who is in it.
        QList<Candidate> members;
        QString detail;
        switch (request.scope) {
        case RolloutScope::All:
            members = *phones;
            break;
        case RolloutScope::Sites: {
            const QSet<Id> sites(request.siteIds.cbegin(), request.siteIds.cend());
            QStringList names;
            for (const Id s : request.siteIds) {
                auto site = m_storage.sites().get(s);
                if (!site)
                    return site.error();
                names.append(site->name);
            }
            for (const Candidate &c : std::as_const(*phones)) {
                if (sites.contains(c.siteId))
                    members.append(c);
            }
            detail = names.join(QStringLiteral(", "));
            break;
        }
        case RolloutScope::Percent:
            members = percentOf(*phones, request.percent);
            detail = QStringLiteral("%1 %").arg(request.percent);
            break;
        case RolloutScope::Selection:
            for (const Id p : request.phoneIds) {
                if (!byId.contains(p)) {
                    auto phone = m_storage.phones().get(p);
                    const QString name = phone ? phone->name : QStringLiteral("#%1").arg(p);
                    return Error::validation(
                        {{QStringLiteral("phones"),
                          tr("Phone \"%1\" is not a managed phone of the base settings \"%2\".")
                              .arg(name, profile->name)}});
                }
                members.append(byId.value(p));
            }
            detail = tr("%1 selected").arg(members.size());
            break;
        }
        if (!onlyPhones.isEmpty()) {
            const QSet<Id> only(onlyPhones.cbegin(), onlyPhones.cend());
            members.erase(std::remove_if(members.begin(), members.end(),
                                         [&](const Candidate &c) { return !only.contains(c.id); }),
                          members.end());
            detail = tr("%1 selected").arg(members.size());
        }
        if (members.isEmpty())
            return Error::validation({{QStringLiteral("scope"),
                                       tr("No managed phone of the base settings \"%1\" is in this rollout.")
                                           .arg(profile->name)}});

        // Rollouts of this profile still under way stop here; their phones stay where they are.
        auto running =
            select(QStringLiteral("WHERE r.base_settings_id = ? AND r.state IN ('running', 'paused')"),
                   {profile->id});
        if (!running)
            return running.error();
        const qint64 now = Sql::nowMs();
        for (const FirmwareRollout &old : std::as_const(*running)) {
            if (auto r = run(m_storage,
                             QStringLiteral("UPDATE firmware_rollouts SET state = 'stopped', finished_at = ? "
                                            "WHERE id = ?"),
                             {now, old.id}, tr("stopping firmware rollout #%1").arg(old.id));
                !r)
                return r;
            if (auto r = run(m_storage,
                             QStringLiteral("UPDATE firmware_rollout_phones SET state = 'skipped', "
                                            "finished_at = ?, detail = ? WHERE rollout_id = ? "
                                            "AND state IN ('waiting', 'updating')"),
                             {now, tr("a later rollout of the same base settings took over"), old.id},
                             tr("stopping firmware rollout #%1").arg(old.id));
                !r)
                return r;
        }

        QSqlQuery insert(m_storage.database());
        const QString what = tr("starting a firmware rollout of \"%1\"").arg(profile->name);
        const QString returning = m_storage.isPostgres() ? QStringLiteral(" RETURNING id") : QString();
        if (auto r = Sql::prepare(
                insert,
                QStringLiteral("INSERT INTO firmware_rollouts (base_settings_id, target_version, "
                               "from_version, scope, scope_detail, max_updating, window_start, "
                               "window_end, timeout_minutes, state, replaces_id, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?)") +
                    returning,
                what);
            !r)
            return r;
        insert.addBindValue(profile->id);
        insert.addBindValue(target);
        insert.addBindValue(Sql::text(from));
        insert.addBindValue(toKey(onlyPhones.isEmpty() ? request.scope : RolloutScope::Selection));
        insert.addBindValue(Sql::text(detail));
        insert.addBindValue(request.maxUpdating);
        insert.addBindValue(request.window ? QVariant(request.window->startMinute)
                                           : QVariant(QMetaType(QMetaType::Int)));
        insert.addBindValue(request.window ? QVariant(request.window->endMinute)
                                           : QVariant(QMetaType(QMetaType::Int)));
        insert.addBindValue(request.timeoutMinutes);
        insert.addBindValue(Sql::nullIfZero(replacesId));
        insert.addBindValue(now);
        if (auto r = Sql::exec(insert, what); !r)
            return r;
        id = m_storage.isPostgres() ? (insert.next() ? insert.value(0).toLongLong() : 0)
                                    : insert.lastInsertId().toLongLong();
        insert.finish();
        if (!m_storage.isPostgres() && !m_storage.actor().isEmpty()) {
            if (auto r =
                    run(m_storage, QStringLiteral("UPDATE firmware_rollouts SET created_by = ? WHERE id = ?"),
                        {m_storage.actor(), id}, what);
                !r)
                return r;
        }

        // Every phone of the profile that has no pin stays at what it was told until its turn.
        QList<Id> changed;
        for (const Candidate &c : std::as_const(*phones)) {
            if (c.pin)
                continue;
            if (auto r = run(m_storage,
                             QStringLiteral("INSERT INTO phone_firmware_pins (phone_id, version, rollout_id) "
                                            "VALUES (?, ?, ?)"),
                             {c.id, Sql::text(from), id}, what);
                !r)
                return r;
        }
        // The profile names the target from now on (and updates its phones automatically).
        BaseSettings updatedProfile = *profile;
        updatedProfile.values.insert(FirmwareVersionKey, target);
        updatedProfile.values.insert(FirmwarePolicyKey, QStringLiteral("automatic"));
        if (auto saved = m_storage.baseSettings().update(updatedProfile); !saved)
            return saved.error();
        // Phones held at the target already follow the profile again.
        if (auto r = run(m_storage,
                         QStringLiteral("DELETE FROM phone_firmware_pins WHERE version = ? AND phone_id IN "
                                        "(SELECT id FROM phones WHERE base_settings_id = ?)"),
                         {target, profile->id}, what);
            !r)
            return r;

        QSqlQuery member(m_storage.database());
        if (auto r = Sql::prepare(
                member,
                QStringLiteral("INSERT INTO firmware_rollout_phones (rollout_id, phone_id, position, "
                               "state, running_before, finished_at, detail) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                what);
            !r)
            return r;
        int position = 0;
        for (const Candidate &c : std::as_const(members)) {
            const bool already = Firmware::runsVersion(c.running, target);
            member.addBindValue(id);
            member.addBindValue(c.id);
            member.addBindValue(position++);
            member.addBindValue(toKey(already ? RolloutPhoneState::Updated : RolloutPhoneState::Waiting));
            member.addBindValue(Sql::text(c.running));
            member.addBindValue(already ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong)));
            member.addBindValue(Sql::text(already ? tr("already ran %1").arg(c.running) : QString()));
            if (auto r = Sql::exec(member, what); !r)
                return r;
            if (already) {
                if (auto r =
                        run(m_storage, QStringLiteral("DELETE FROM phone_firmware_pins WHERE phone_id = ?"),
                            {c.id}, what);
                    !r)
                    return r;
            }
        }
        for (const Candidate &c : std::as_const(*phones))
            changed.append(c.id);
        m_storage.queueChange({ChangeEvent::Entity::Rollout, ChangeEvent::Kind::Upsert, changed});
        return m_storage.writeAudit(
            QStringLiteral("firmware.rollout.start"), QStringLiteral("base_settings"), profile->id,
            profile->name,
            QStringLiteral("rollout #%1 from %2 to %3: %4 phones (%5%6), %7 at once%8")
                .arg(QString::number(id), from.isEmpty() ? QStringLiteral("-") : from, target,
                     QString::number(members.size()), toKey(request.scope),
                     detail.isEmpty() ? QString() : QStringLiteral(": ") + detail,
                     QString::number(request.maxUpdating),
                     request.window ? QStringLiteral(", window ") + request.window->toText() : QString()));
    });
    if (!done)
        return done.error();
    auto created = find(id);
    if (!created)
        return created.error();
    if (!*created)
        return Error::make(Error::Code::NotFound, tr("Firmware rollout #%1 was removed meanwhile.").arg(id));
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
            return Error::make(Error::Code::NotFound, tr("There is no firmware rollout #%1.").arg(rolloutId));
        if ((*found)->state != from)
            return Error::make(Error::Code::Conflict,
                               tr("Firmware rollout #%1 is %2, not %3.")
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
    return setState(rolloutId, RolloutState::Running, RolloutState::Paused, tr("pause a firmware rollout"));
}

Result<void> RolloutRepository::resume(Id rolloutId)
{
    return setState(rolloutId, RolloutState::Paused, RolloutState::Running, tr("resume a firmware rollout"));
}

Result<FirmwareRollout> RolloutRepository::rollBack(Id rolloutId)
{
    if (auto r = m_storage.require(Permission::Administer, tr("roll back a firmware rollout")); !r)
        return r.error();
    auto found = find(rolloutId);
    if (!found)
        return found.error();
    if (!*found)
        return Error::make(Error::Code::NotFound, tr("There is no firmware rollout #%1.").arg(rolloutId));
    const FirmwareRollout &rollout = **found;
    if (rollout.fromVersion.isEmpty())
        return Error::validation(
            {{QStringLiteral("targetVersion"),
              tr("Firmware rollout #%1 cannot be rolled back: \"%2\" named no firmware version before it.")
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
                                            tr("roll back a firmware rollout"));
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
            return run(m_storage,
                       QStringLiteral("DELETE FROM phone_firmware_pins WHERE version = ? AND phone_id IN "
                                      "(SELECT id FROM phones WHERE base_settings_id = ?)"),
                       {rollout.fromVersion, rollout.baseSettingsId},
                       tr("rolling back firmware rollout #%1").arg(rolloutId));
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

Result<RolloutProgress> RolloutRepository::advance(const QDateTime &now)
{
    auto active = select(QStringLiteral("WHERE r.state IN ('running', 'paused') ORDER BY r.id"), {});
    if (!active)
        return active.error();
    RolloutProgress progress;
    for (const FirmwareRollout &rollout : std::as_const(*active)) {
        auto r =
            m_storage.inTransaction([&]() -> Result<void> { return advanceOne(rollout, now, progress); });
        if (!r)
            return r.error();
    }
    return progress;
}

Result<void> RolloutRepository::advanceOne(const FirmwareRollout &seen, const QDateTime &now,
                                           RolloutProgress &progress)
{
    const QString what = tr("advancing firmware rollout #%1").arg(seen.id);
    // The row lock makes servers that advance at once take turns, so the limit holds; SQLite has
    // one writer at a time anyway.
    QSqlQuery lock(m_storage.database());
    if (auto r = Sql::prepare(lock,
                              QStringLiteral("SELECT state FROM firmware_rollouts WHERE id = ?") +
                                  (m_storage.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()),
                              what);
        !r)
        return r;
    lock.addBindValue(seen.id);
    if (auto r = Sql::exec(lock, what); !r)
        return r;
    if (!lock.next())
        return {}; // removed meanwhile (its profile was deleted)
    const auto state = rolloutStateFromKey(lock.value(0).toString());
    lock.finish();
    if (state != RolloutState::Running && state != RolloutState::Paused)
        return {};

    const qint64 nowMs = now.toMSecsSinceEpoch();
    QList<Id> pinsChanged;
    int updating = 0;

    // Outcomes of the phones on their way.
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    if (auto r = Sql::prepare(
            q,
            QStringLiteral(
                "SELECT rp.phone_id, rp.started_at, COALESCE(s.firmware, ''), s.fetch_time, "
                "(SELECT max(d.finished) FROM firmware_downloads d WHERE d.phone_id = rp.phone_id "
                "AND d.complete = 1 AND d.version = ? AND d.finished >= rp.started_at) "
                "FROM firmware_rollout_phones rp LEFT JOIN phone_status s ON s.phone_id = rp.phone_id "
                "WHERE rp.rollout_id = ? AND rp.state = 'updating'"),
            what);
        !r)
        return r;
    q.addBindValue(seen.targetVersion);
    q.addBindValue(seen.id);
    if (auto r = Sql::exec(q, what); !r)
        return r;
    struct Outcome
    {
        Id phone;
        RolloutPhoneState state;
        QString detail;
    };
    QList<Outcome> outcomes;
    while (q.next()) {
        const Id phone = q.value(0).toLongLong();
        const qint64 started = q.value(1).toLongLong();
        const QString running = q.value(2).toString();
        const qint64 fetched = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
        const qint64 downloaded = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
        if (Firmware::runsVersion(running, seen.targetVersion)) {
            outcomes.append({phone, RolloutPhoneState::Updated, QString()});
        } else if (downloaded > 0 && fetched > downloaded && !running.isEmpty()) {
            outcomes.append({phone, RolloutPhoneState::Failed, tr("came back on %1").arg(running)});
        } else if (nowMs - started > qint64(seen.timeoutMinutes) * 60 * 1000) {
            outcomes.append(
                {phone, RolloutPhoneState::Failed,
                 tr("not back on %1 within %2 min").arg(seen.targetVersion).arg(seen.timeoutMinutes)});
        } else {
            ++updating;
        }
    }
    if (auto r = Sql::checkRead(q, what); !r)
        return r;
    q.finish();
    for (const Outcome &o : std::as_const(outcomes)) {
        if (auto r = run(
                m_storage,
                QStringLiteral("UPDATE firmware_rollout_phones SET state = ?, finished_at = ?, detail = ? "
                               "WHERE rollout_id = ? AND phone_id = ?"),
                {toKey(o.state), nowMs, Sql::text(o.detail), seen.id, o.phone}, what);
            !r)
            return r;
        if (o.state == RolloutPhoneState::Updated) {
            progress.updated.append(o.phone);
            continue;
        }
        // A failed phone is held at the earlier version: it is not sent the image again and again.
        progress.failed.append(o.phone);
        pinsChanged.append(o.phone);
        if (auto r =
                run(m_storage,
                    m_storage.isPostgres()
                        ? QStringLiteral("INSERT INTO phone_firmware_pins (phone_id, version, rollout_id) "
                                         "VALUES (?, ?, ?) ON CONFLICT (phone_id) DO UPDATE SET "
                                         "version = excluded.version, rollout_id = excluded.rollout_id")
                        : QStringLiteral("INSERT OR REPLACE INTO phone_firmware_pins (phone_id, version, "
                                         "rollout_id) VALUES (?, ?, ?)"),
                    {o.phone, Sql::text(seen.fromVersion), seen.id}, what);
            !r)
            return r;
    }

    // Turns for the waiting phones, within the window and the limit.
    const bool inWindow = !seen.window || seen.window->contains(now.time().hour() * 60 + now.time().minute());
    const int free = seen.maxUpdating - updating;
    int waiting = 0;
    QList<Id> admitted;
    {
        QSqlQuery w(m_storage.database());
        w.setForwardOnly(true);
        if (auto r = Sql::prepare(
                w,
                QStringLiteral("SELECT phone_id FROM firmware_rollout_phones WHERE rollout_id = ? "
                               "AND state = 'waiting' ORDER BY position"),
                what);
            !r)
            return r;
        w.addBindValue(seen.id);
        if (auto r = Sql::exec(w, what); !r)
            return r;
        while (w.next()) {
            ++waiting;
            if (state == RolloutState::Running && inWindow && admitted.size() < free)
                admitted.append(w.value(0).toLongLong());
        }
        if (auto r = Sql::checkRead(w, what); !r)
            return r;
    }
    for (const Id phone : std::as_const(admitted)) {
        if (auto r =
                run(m_storage,
                    QStringLiteral("UPDATE firmware_rollout_phones SET state = 'updating', started_at = ? "
                                   "WHERE rollout_id = ? AND phone_id = ?"),
                    {nowMs, seen.id, phone}, what);
            !r)
            return r;
        if (auto r = run(m_storage, QStringLiteral("DELETE FROM phone_firmware_pins WHERE phone_id = ?"),
                         {phone}, what);
            !r)
            return r;
        pinsChanged.append(phone);
    }
    progress.admitted += admitted;
    if (waiting == 0 && updating == 0) {
        if (auto r =
                run(m_storage,
                    QStringLiteral(
                        "UPDATE firmware_rollouts SET state = 'completed', finished_at = ? WHERE id = ?"),
                    {nowMs, seen.id}, what);
            !r)
            return r;
        progress.completedRollouts.append(seen.id);
    }
    if (!outcomes.isEmpty() || !admitted.isEmpty() || !progress.completedRollouts.isEmpty()) {
        QList<Id> touched = pinsChanged;
        for (const Outcome &o : std::as_const(outcomes)) {
            if (!touched.contains(o.phone))
                touched.append(o.phone);
        }
        m_storage.queueChange({ChangeEvent::Entity::Rollout, ChangeEvent::Kind::Upsert, touched});
    }
    return {};
}

} // namespace PhoneDesk
