#include "quarantinerepository.h"

#include "sqlutil.h"
#include "storage.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace PhoneDesk {

Result<QList<QuarantineEntry>> QuarantineRepository::list()
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT mac, first_seen, last_seen, ip, user_agent, model_id, requests "
                               "FROM provisioning_quarantine ORDER BY last_seen DESC, mac")))
        return Sql::toError(
            q.lastError(),
            QCoreApplication::translate("PhoneDesk::Storage", "reading the provisioning quarantine"));
    QList<QuarantineEntry> out;
    while (q.next()) {
        out.append({q.value(0).toString(), Sql::toTime(q.value(1)), Sql::toTime(q.value(2)),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toInt()});
    }
    if (auto read =
            Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
        !read)
        return read.error();
    return out;
}

Result<int> QuarantineRepository::count()
{
    QSqlQuery q(m_storage.database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM provisioning_quarantine")) || !q.next())
        return Sql::toError(
            q.lastError(),
            QCoreApplication::translate("PhoneDesk::Storage", "reading the provisioning quarantine"));
    return q.value(0).toInt();
}

namespace {
const QString DroppedKey = QStringLiteral("provisioning.quarantineDropped");
const QString LastDropKey = QStringLiteral("provisioning.quarantineLastDrop");
} // namespace

// ---------------------------------------------------------------- QuarantineBudget

QuarantineBudget::Rank QuarantineBudget::rankOf(const QString &ip, const Oldest &entries)
{
    return {-qsizetype(entries.size()), entries.empty() ? 0 : entries.begin()->first, ip};
}

void QuarantineBudget::insert(const QString &mac, const QString &ip, const QDateTime &lastSeen)
{
    remove(mac);
    Oldest &entries = m_byAddress[ip];
    if (!entries.empty())
        m_ranking.erase(rankOf(ip, entries));
    const qint64 ms = lastSeen.toMSecsSinceEpoch();
    entries.insert({ms, mac});
    m_entries.insert(mac, {ip, ms});
    m_ranking.insert(rankOf(ip, entries));
}

void QuarantineBudget::remove(const QString &mac)
{
    const auto it = m_entries.constFind(mac);
    if (it == m_entries.constEnd())
        return;
    const QString ip = it->ip;
    const qint64 ms = it->lastSeenMs;
    m_entries.erase(it);
    const auto address = m_byAddress.find(ip);
    m_ranking.erase(rankOf(ip, *address));
    address->erase({ms, mac});
    if (address->empty())
        m_byAddress.erase(address);
    else
        m_ranking.insert(rankOf(ip, *address));
}

QString QuarantineBudget::victimFor(const QString &ip) const
{
    const auto own = m_byAddress.constFind(ip);
    if (own != m_byAddress.constEnd() && qsizetype(own->size()) >= std::max(1, m_limits.perAddress))
        return own->begin()->second;
    if (m_entries.size() >= std::max(1, m_limits.capacity) && !m_ranking.empty())
        return m_byAddress.constFind(std::get<2>(*m_ranking.begin()))->begin()->second;
    return {};
}

// ---------------------------------------------------------------- QuarantineRepository

Result<QuarantineRecordResult> QuarantineRepository::record(const QList<QuarantineEntry> &sightings,
                                                            QuarantineLimits limits, int droppedBefore)
{
    QuarantineRecordResult result;
    if (sightings.isEmpty() && droppedBefore == 0)
        return result;
    const QString updating =
        QCoreApplication::translate("PhoneDesk::Storage", "updating the provisioning quarantine");
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        QSqlDatabase db = m_storage.database();
        QuarantineBudget budget(limits);
        {
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            if (!rows.exec(QStringLiteral("SELECT mac, ip, last_seen FROM provisioning_quarantine")))
                return Sql::toError(
                    rows.lastError(),
                    QCoreApplication::translate("PhoneDesk::Storage", "reading the provisioning quarantine"));
            while (rows.next())
                budget.insert(rows.value(0).toString(), rows.value(1).toString(), Sql::toTime(rows.value(2)));
        }

        QSqlQuery update(db);
        update.prepare(
            QStringLiteral("UPDATE provisioning_quarantine SET last_seen = ?, ip = ?, user_agent = ?, "
                           "model_id = ?, requests = requests + ? WHERE mac = ?"));
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO provisioning_quarantine (mac, first_seen, last_seen, ip, user_agent, "
                           "model_id, requests) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery drop(db);
        drop.prepare(QStringLiteral("DELETE FROM provisioning_quarantine WHERE mac = ?"));
        for (const QuarantineEntry &s : sightings) {
            if (budget.contains(s.mac)) {
                update.addBindValue(Sql::fromTime(s.lastSeen));
                update.addBindValue(Sql::text(s.ip));
                update.addBindValue(Sql::text(s.userAgent.left(512)));
                update.addBindValue(Sql::text(s.modelId));
                update.addBindValue(std::max(1, s.requests));
                update.addBindValue(s.mac);
                if (auto e = Sql::exec(update, updating); !e)
                    return e;
                budget.insert(s.mac, s.ip, s.lastSeen);
                ++result.updated;
                continue;
            }
            if (const QString victim = budget.victimFor(s.ip); !victim.isEmpty()) {
                drop.addBindValue(victim);
                if (auto e = Sql::exec(drop, updating); !e)
                    return e;
                ++result.droppedByAddress[budget.addressOf(victim)];
                ++result.dropped;
                budget.remove(victim);
            }
            insert.addBindValue(s.mac);
            insert.addBindValue(Sql::fromTime(s.firstSeen.isValid() ? s.firstSeen : s.lastSeen));
            insert.addBindValue(Sql::fromTime(s.lastSeen));
            insert.addBindValue(Sql::text(s.ip));
            insert.addBindValue(Sql::text(s.userAgent.left(512)));
            insert.addBindValue(Sql::text(s.modelId));
            insert.addBindValue(std::max(1, s.requests));
            if (auto e = Sql::exec(insert, updating); !e)
                return e;
            budget.insert(s.mac, s.ip, s.lastSeen);
            ++result.added;
        }

        // The drop counter: one atomic increment in this transaction (several servers may share the
        // database), written here rather than with Storage::setSetting: it is no administrator's
        // change, and a flood must not write an audit entry per batch.
        if (const int dropped = result.dropped + droppedBefore; dropped > 0) {
            QSqlQuery count(db);
            count.prepare(QStringLiteral(
                "INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                "SET value = CAST(CAST(app_settings.value AS BIGINT) + ? AS TEXT)"));
            count.addBindValue(DroppedKey);
            count.addBindValue(QString::number(dropped));
            count.addBindValue(dropped);
            if (auto e = Sql::exec(count, updating); !e)
                return e;
            QSqlQuery last(db);
            last.prepare(QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            last.addBindValue(LastDropKey);
            last.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (auto e = Sql::exec(last, updating); !e)
                return e;
        }
        auto total = m_storage.setting(DroppedKey, QStringLiteral("0"));
        if (!total)
            return total.error();
        result.droppedInAll = total->toLongLong();
        m_storage.queueChange({ChangeEvent::Entity::Quarantine, ChangeEvent::Kind::Reset, {}});
        return {};
    });
    if (!r)
        return r.error();
    return result;
}

Result<int> QuarantineRepository::record(const QList<QuarantineEntry> &sightings, int capacity)
{
    auto r = record(sightings, QuarantineLimits {capacity, capacity});
    if (!r)
        return r.error();
    return r->added;
}

Result<QuarantineDrops> QuarantineRepository::drops()
{
    auto count = m_storage.setting(DroppedKey, QStringLiteral("0"));
    if (!count)
        return count.error();
    auto last = m_storage.setting(LastDropKey);
    if (!last)
        return last.error();
    QDateTime time = QDateTime::fromString(*last, Qt::ISODateWithMs);
    return QuarantineDrops {count->toLongLong(), time};
}

Result<void> QuarantineRepository::remove(const QStringList &macs)
{
    if (auto r = m_storage.require(
            Permission::EditPhones,
            QCoreApplication::translate("PhoneDesk::Storage", "remove quarantined devices"));
        !r)
        return r;
    return m_storage.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_storage.database());
        q.prepare(QStringLiteral("DELETE FROM provisioning_quarantine WHERE mac = ?"));
        for (const QString &mac : macs) {
            q.addBindValue(mac);
            if (auto e = Sql::exec(q,
                                   QCoreApplication::translate("PhoneDesk::Storage",
                                                               "updating the provisioning quarantine"));
                !e)
                return e;
        }
        m_storage.queueChange({ChangeEvent::Entity::Quarantine, ChangeEvent::Kind::Reset, {}});
        return m_storage.writeAudit(QStringLiteral("quarantine.remove"), QStringLiteral("quarantine"), 0,
                                    macs.join(QStringLiteral(", ")));
    });
}

} // namespace PhoneDesk
