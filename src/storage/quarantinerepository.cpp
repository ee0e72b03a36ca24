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

Result<int> QuarantineRepository::record(const QList<QuarantineEntry> &sightings, int capacity)
{
    int added = 0;
    if (sightings.isEmpty())
        return added;
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        QSqlDatabase db = m_storage.database();
        QSqlQuery countQuery(db);
        if (!countQuery.exec(QStringLiteral("SELECT COUNT(*) FROM provisioning_quarantine")) ||
            !countQuery.next())
            return Sql::toError(
                countQuery.lastError(),
                QCoreApplication::translate("PhoneDesk::Storage", "reading the provisioning quarantine"));
        int size = countQuery.value(0).toInt();
        countQuery.finish();

        QSqlQuery update(db);
        update.prepare(
            QStringLiteral("UPDATE provisioning_quarantine SET last_seen = ?, ip = ?, user_agent = ?, "
                           "model_id = ?, requests = requests + ? WHERE mac = ?"));
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO provisioning_quarantine (mac, first_seen, last_seen, ip, user_agent, "
                           "model_id, requests) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QuarantineEntry &s : sightings) {
            update.addBindValue(Sql::fromTime(s.lastSeen));
            update.addBindValue(Sql::text(s.ip));
            update.addBindValue(Sql::text(s.userAgent.left(512)));
            update.addBindValue(Sql::text(s.modelId));
            update.addBindValue(std::max(1, s.requests));
            update.addBindValue(s.mac);
            if (auto e = Sql::exec(update,
                                   QCoreApplication::translate("PhoneDesk::Storage",
                                                               "updating the provisioning quarantine"));
                !e)
                return e;
            if (update.numRowsAffected() > 0 || size >= capacity)
                continue;
            insert.addBindValue(s.mac);
            insert.addBindValue(Sql::fromTime(s.firstSeen.isValid() ? s.firstSeen : s.lastSeen));
            insert.addBindValue(Sql::fromTime(s.lastSeen));
            insert.addBindValue(Sql::text(s.ip));
            insert.addBindValue(Sql::text(s.userAgent.left(512)));
            insert.addBindValue(Sql::text(s.modelId));
            insert.addBindValue(std::max(1, s.requests));
            if (auto e = Sql::exec(insert,
                                   QCoreApplication::translate("PhoneDesk::Storage",
                                                               "updating the provisioning quarantine"));
                !e)
                return e;
            ++size;
            ++added;
        }
        m_storage.queueChange({ChangeEvent::Entity::Quarantine, ChangeEvent::Kind::Reset, {}});
        return {};
    });
    if (!r)
        return r.error();
    return added;
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
