#include "userrepository.h"

#include "sqlutil.h"
#include "storage.h"
#include "validation.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace PhoneDesk {

namespace {

const QString Columns = QStringLiteral("id, name, email, extension, version");

User readUser(const QSqlQuery &q)
{
    return User {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                 q.value(4).toInt()};
}

QString label(const User &u)
{
    return QCoreApplication::translate("PhoneDesk::Storage", "User \"%1\"").arg(u.name);
}
} // namespace

Result<QList<User>> UserRepository::list()
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM users ORDER BY name, id")))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading users"));
    QList<User> out;
    while (q.next())
        out.append(readUser(q));
    if (auto read =
            Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
        !read)
        return read.error();
    return out;
}

Result<User> UserRepository::get(Id id)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM users WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading a user"));
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("PhoneDesk::Storage", "The user no longer exists."));
    return readUser(q);
}

Result<User> UserRepository::create(User user)
{
    if (auto r = m_storage.require(Permission::Administer,
                                   QCoreApplication::translate("PhoneDesk::Storage", "create users"));
        !r)
        return r.error();
    user.name = user.name.trimmed();
    user.email = user.email.trimmed();
    if (const FieldErrors errors = Validation::validateUser(user); !errors.isEmpty())
        return Error::validation(errors);
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_storage.database());
        q.prepare(QStringLiteral(
            "INSERT INTO users (name, email, extension, version) VALUES (?, ?, ?, 1) RETURNING id"));
        q.addBindValue(Sql::text(user.name));
        q.addBindValue(Sql::text(user.email));
        q.addBindValue(Sql::text(user.extension));
        if (auto e = Sql::exec(
                q, QCoreApplication::translate("PhoneDesk::Storage", "creating %1").arg(label(user)));
            !e)
            return e;
        q.next();
        user.id = q.value(0).toLongLong();
        user.version = 1;
        m_storage.queueChange({ChangeEvent::Entity::User, ChangeEvent::Kind::Upsert, {user.id}});
        return m_storage.writeAudit(QStringLiteral("user.create"), QStringLiteral("user"), user.id,
                                    user.name);
    });
    if (!r)
        return r.error();
    return user;
}

Result<User> UserRepository::update(User user)
{
    if (auto r = m_storage.require(Permission::Administer,
                                   QCoreApplication::translate("PhoneDesk::Storage", "edit users"));
        !r)
        return r.error();
    user.name = user.name.trimmed();
    user.email = user.email.trimmed();
    if (const FieldErrors errors = Validation::validateUser(user); !errors.isEmpty())
        return Error::validation(errors);
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_storage.database());
        q.prepare(QStringLiteral("UPDATE users SET name = ?, email = ?, extension = ?, version = version + 1 "
                                 "WHERE id = ? AND version = ?"));
        q.addBindValue(Sql::text(user.name));
        q.addBindValue(Sql::text(user.email));
        q.addBindValue(Sql::text(user.extension));
        q.addBindValue(user.id);
        q.addBindValue(user.version);
        if (auto e =
                Sql::exec(q, QCoreApplication::translate("PhoneDesk::Storage", "saving %1").arg(label(user)));
            !e)
            return e;
        if (auto e = Sql::checkOptimisticUpdate(q, m_storage, QStringLiteral("user"), user.id, label(user));
            !e)
            return e;
        ++user.version;
        m_storage.queueChange({ChangeEvent::Entity::User, ChangeEvent::Kind::Upsert, {user.id}});
        m_storage.queueChange({ChangeEvent::Entity::Phone, ChangeEvent::Kind::Reset, {}});
        return m_storage.writeAudit(QStringLiteral("user.update"), QStringLiteral("user"), user.id,
                                    user.name);
    });
    if (!r)
        return r.error();
    return user;
}

Result<void> UserRepository::remove(Id id)
{
    if (auto r = m_storage.require(Permission::Administer,
                                   QCoreApplication::translate("PhoneDesk::Storage", "delete users"));
        !r)
        return r;
    auto user = get(id);
    if (!user)
        return user.error();
    return m_storage.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_storage.database());
        q.prepare(QStringLiteral("SELECT count(*) FROM phones WHERE user_id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return Sql::toError(
                q.lastError(),
                QCoreApplication::translate("PhoneDesk::Storage", "counting the user's phones"));
        if (const int count = q.value(0).toInt(); count > 0)
            return Error::make(
                Error::Code::InUse,
                QCoreApplication::translate("PhoneDesk::Storage",
                                            "User \"%1\" is assigned to %n phone(s); log them out "
                                            "of those phones first.",
                                            nullptr, count)
                    .arg(user->name));
        q.prepare(QStringLiteral("DELETE FROM users WHERE id = ?"));
        q.addBindValue(id);
        if (auto e = Sql::exec(
                q, QCoreApplication::translate("PhoneDesk::Storage", "deleting %1").arg(label(*user)));
            !e)
            return e;
        if (auto e = Sql::checkDeleted(q, label(*user)); !e)
            return e;
        m_storage.queueChange({ChangeEvent::Entity::User, ChangeEvent::Kind::Remove, {id}});
        return m_storage.writeAudit(QStringLiteral("user.delete"), QStringLiteral("user"), id, user->name);
    });
}

} // namespace PhoneDesk
