#include "siterepository.h"

#include "sqlutil.h"
#include "storage.h"
#include "validation.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace PhoneDesk {

namespace {

const QString Columns = QStringLiteral(
    "id, name, description, media_model, primary_host, primary_port, primary_transport, secondary_host, "
    "secondary_port, secondary_transport, provisioning_host, time_zone, e911_location, number_plan, version");

Site readSite(const QSqlQuery &q)
{
    Site s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.description = q.value(2).toString();
    s.mediaModel = mediaModelFromKey(q.value(3).toString()).value_or(MediaModel::Cloud);
    s.primarySip = {q.value(4).toString(), quint16(q.value(5).toUInt()),
                    sipTransportFromKey(q.value(6).toString()).value_or(SipTransport::Tls)};
    s.secondarySip = {q.value(7).toString(), quint16(q.value(8).toUInt()),
                      sipTransportFromKey(q.value(9).toString()).value_or(SipTransport::Tls)};
    s.provisioningHost = q.value(10).toString();
    s.timeZone = q.value(11).toString();
    s.e911Location = q.value(12).toString();
    s.numberPlan = q.value(13).toString();
    s.version = q.value(14).toInt();
    return s;
}

void bindSite(QSqlQuery &q, const Site &s)
{
    q.addBindValue(s.name.trimmed());
    q.addBindValue(Sql::text(s.description));
    q.addBindValue(toKey(s.mediaModel));
    q.addBindValue(Sql::text(s.primarySip.host));
    q.addBindValue(int(s.primarySip.port));
    q.addBindValue(toKey(s.primarySip.transport));
    q.addBindValue(Sql::text(s.secondarySip.host));
    q.addBindValue(int(s.secondarySip.port));
    q.addBindValue(toKey(s.secondarySip.transport));
    q.addBindValue(Sql::text(s.provisioningHost));
    q.addBindValue(Sql::text(s.timeZone));
    q.addBindValue(Sql::text(s.e911Location));
    q.addBindValue(Sql::text(s.numberPlan));
}

QString label(const Site &s)
{
    return QCoreApplication::translate("PhoneDesk::Storage", "Site \"%1\"").arg(s.name);
}

Result<void> duplicateName(const Error &e, const Site &s)
{
    if (e.code == Error::Code::Duplicate)
        return Error::make(
            Error::Code::Duplicate,
            QCoreApplication::translate("PhoneDesk::Storage", "A site named \"%1\" already exists.")
                .arg(s.name.trimmed()));
    return e;
}
} // namespace

Result<QList<Site>> SiteRepository::list()
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM sites ORDER BY name")))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading sites"));
    QList<Site> out;
    while (q.next())
        out.append(readSite(q));
    if (auto read =
            Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
        !read)
        return read.error();
    return out;
}

Result<Site> SiteRepository::get(Id id)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM sites WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading a site"));
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("PhoneDesk::Storage", "The site no longer exists."));
    return readSite(q);
}

Result<Site> SiteRepository::create(Site site)
{
    if (auto r = m_storage.require(Permission::Administer,
                                   QCoreApplication::translate("PhoneDesk::Storage", "create sites"));
        !r)
        return r.error();
    site.name = site.name.trimmed();
    if (const FieldErrors errors = Validation::validateSite(site); !errors.isEmpty())
        return Error::validation(errors);
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_storage.database());
        q.prepare(
            QStringLiteral("INSERT INTO sites (name, description, media_model, primary_host, primary_port, "
                           "primary_transport, secondary_host, secondary_port, secondary_transport, "
                           "provisioning_host, time_zone, e911_location, number_plan, version) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
        bindSite(q, site);
        if (auto e = Sql::exec(
                q, QCoreApplication::translate("PhoneDesk::Storage", "creating %1").arg(label(site)));
            !e)
            return duplicateName(e.error(), site);
        q.next();
        site.id = q.value(0).toLongLong();
        site.version = 1;
        m_storage.queueChange({ChangeEvent::Entity::Site, ChangeEvent::Kind::Upsert, {site.id}});
        return m_storage.writeAudit(QStringLiteral("site.create"), QStringLiteral("site"), site.id,
                                    site.name);
    });
    if (!r)
        return r.error();
    return site;
}

Result<Site> SiteRepository::update(Site site)
{
    if (auto r = m_storage.require(Permission::Administer,
                                   QCoreApplication::translate("PhoneDesk::Storage", "edit sites"));
        !r)
        return r.error();
    site.name = site.name.trimmed();
    if (const FieldErrors errors = Validation::validateSite(site); !errors.isEmpty())
        return Error::validation(errors);
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_storage.database());
        q.prepare(QStringLiteral(
            "UPDATE sites SET name = ?, description = ?, media_model = ?, primary_host = ?, "
            "primary_port = ?, primary_transport = ?, secondary_host = ?, secondary_port = ?, "
            "secondary_transport = ?, provisioning_host = ?, time_zone = ?, e911_location = ?, "
            "number_plan = ?, version = version + 1 WHERE id = ? AND version = ?"));
        bindSite(q, site);
        q.addBindValue(site.id);
        q.addBindValue(site.version);
        if (auto e =
                Sql::exec(q, QCoreApplication::translate("PhoneDesk::Storage", "saving %1").arg(label(site)));
            !e)
            return duplicateName(e.error(), site);
        if (auto e = Sql::checkOptimisticUpdate(q, m_storage, QStringLiteral("site"), site.id, label(site));
            !e)
            return e;
        ++site.version;
        m_storage.queueChange({ChangeEvent::Entity::Site, ChangeEvent::Kind::Upsert, {site.id}});
        // Phone rows show the site name.
        m_storage.queueChange({ChangeEvent::Entity::Phone, ChangeEvent::Kind::Reset, {}});
        return m_storage.writeAudit(QStringLiteral("site.update"), QStringLiteral("site"), site.id,
                                    site.name);
    });
    if (!r)
        return r.error();
    return site;
}

Result<int> SiteRepository::phoneCount(Id id)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM phones WHERE site_id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "counting the site's phones"));
    return q.value(0).toInt();
}

Result<void> SiteRepository::remove(Id id)
{
    if (auto r = m_storage.require(Permission::Administer,
                                   QCoreApplication::translate("PhoneDesk::Storage", "delete sites"));
        !r)
        return r;
    auto site = get(id);
    if (!site)
        return site.error();
    return m_storage.inTransaction([&]() -> Result<void> {
        auto count = phoneCount(id);
        if (!count)
            return count.error();
        if (*count > 0)
            return Error::make(Error::Code::InUse,
                               QCoreApplication::translate("PhoneDesk::Storage",
                                                           "Site \"%1\" is used by %n phone(s); move "
                                                           "them to another site first.",
                                                           nullptr, *count)
                                   .arg(site->name));
        QSqlQuery q(m_storage.database());
        q.prepare(QStringLiteral("DELETE FROM sites WHERE id = ?"));
        q.addBindValue(id);
        if (auto e = Sql::exec(
                q, QCoreApplication::translate("PhoneDesk::Storage", "deleting %1").arg(label(*site)));
            !e)
            return e;
        if (auto e = Sql::checkDeleted(q, label(*site)); !e)
            return e;
        m_storage.queueChange({ChangeEvent::Entity::Site, ChangeEvent::Kind::Remove, {id}});
        return m_storage.writeAudit(QStringLiteral("site.delete"), QStringLiteral("site"), id, site->name);
    });
}

} // namespace PhoneDesk
