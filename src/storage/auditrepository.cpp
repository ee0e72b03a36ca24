#include "auditrepository.h"

#include "sqlutil.h"
#include "storage.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace PhoneDesk {

namespace {

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.time = Sql::toTime(q.value(1));
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entityType = q.value(4).toString();
    e.entityId = q.value(5).toLongLong();
    e.entityName = q.value(6).toString();
    e.details = q.value(7).toString();
    return e;
}

const QString Columns = QStringLiteral("id, at, actor, action, entity_type, entity_id, entity_name, details");
} // namespace

Result<void> AuditRepository::add(const QString &action, const QString &entityType, Id entityId,
                                  const QString &entityName, const QString &details)
{
    QSqlQuery q(m_storage.database());
    if (m_storage.isPostgres()) {
        // The database fills in the time and the actor (its login): a member may not name them.
        q.prepare(QStringLiteral("INSERT INTO audit (action, entity_type, entity_id, entity_name, details) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO audit (at, actor, action, entity_type, entity_id, entity_name, details) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(Sql::nowMs());
        q.addBindValue(Sql::text(m_storage.actor()));
    }
    q.addBindValue(Sql::text(action));
    q.addBindValue(Sql::text(entityType));
    q.addBindValue(entityId);
    q.addBindValue(Sql::text(entityName));
    q.addBindValue(Sql::text(details));
    if (auto r = Sql::exec(q, QCoreApplication::translate("PhoneDesk::Storage", "writing the audit log")); !r)
        return r;
    m_storage.queueChange({ChangeEvent::Entity::Audit, ChangeEvent::Kind::Upsert, {}});
    return {};
}

Result<QList<AuditEntry>> AuditRepository::query(const AuditQuery &query)
{
    QString sql = QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM audit WHERE 1=1");
    QVariantList binds;
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        binds << query.from.toMSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND at <= ?");
        binds << query.to.toMSecsSinceEpoch();
    }
    if (!query.actor.isEmpty()) {
        sql += QStringLiteral(" AND actor = ?");
        binds << query.actor;
    }
    if (!query.action.isEmpty()) {
        sql += QStringLiteral(" AND action LIKE ?");
        binds << QVariant(QString(query.action).remove(u'%').remove(u'_') + u'%');
    }
    if (!query.entityType.isEmpty()) {
        sql += QStringLiteral(" AND entity_type = ?");
        binds << query.entityType;
    }
    if (query.entityId != 0) {
        sql += QStringLiteral(" AND entity_id = ?");
        binds << query.entityId;
    }
    if (!query.text.isEmpty()) {
        sql += QStringLiteral(" AND (lower(entity_name) LIKE ? OR lower(details) LIKE ?)");
        const QString pattern = u'%' + QString(query.text).toLower().remove(u'%').remove(u'_') + u'%';
        binds << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT %1").arg(qBound(1, query.limit, 100000));

    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    if (auto r =
            Sql::prepare(q, sql, QCoreApplication::translate("PhoneDesk::Storage", "reading the audit log"));
        !r)
        return r.error();
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (auto r = Sql::exec(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the audit log")); !r)
        return r.error();
    QList<AuditEntry> out;
    while (q.next())
        out.append(readEntry(q));
    if (auto read =
            Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
        !read)
        return read.error();
    return out;
}

Result<QStringList> AuditRepository::actors()
{
    QSqlQuery q(m_storage.database());
    if (!q.exec(QStringLiteral("SELECT DISTINCT actor FROM audit ORDER BY actor")))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading the audit log"));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    if (auto read =
            Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
        !read)
        return read.error();
    return out;
}

Result<std::optional<AuditEntry>> AuditRepository::latestFor(const QString &entityType, Id entityId)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT ") + Columns +
              QStringLiteral(
                  " FROM audit WHERE entity_type = ? AND entity_id = ? ORDER BY at DESC, id DESC LIMIT 1"));
    q.addBindValue(Sql::text(entityType));
    q.addBindValue(entityId);
    if (!q.exec())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading the audit log"));
    if (!q.next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(readEntry(q));
}

} // namespace PhoneDesk
