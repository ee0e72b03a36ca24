#include "basesettingsrepository.h"

#include "firmwarerepository.h"
#include "settingsschema.h"
#include "sqlutil.h"
#include "storage.h"
#include "validation.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace PhoneDesk {

namespace {

const QString Columns = QStringLiteral("b.id, b.name, b.model_id, b.description, b.settings_json, b.version");

BaseSettings readSettings(const QSqlQuery &q)
{
    BaseSettings b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.modelId = q.value(2).toString();
    b.description = q.value(3).toString();
    b.values = SettingsSchema::builtin().normalized(Sql::fromJson(q.value(4).toString()));
    b.version = q.value(5).toInt();
    return b;
}

QString label(const BaseSettings &b)
{
    return QCoreApplication::translate("PhoneDesk::Storage", "Base settings \"%1\"").arg(b.name);
}

Result<void> duplicateName(const Error &e, const BaseSettings &b)
{
    if (e.code == Error::Code::Duplicate)
        return Error::make(
            Error::Code::Duplicate,
            QCoreApplication::translate("PhoneDesk::Storage", "Base settings named \"%1\" already exist.")
                .arg(b.name));
    return e;
}

Result<void> validate(Storage &storage, BaseSettings &b)
{
    b.name = b.name.trimmed();
    b.values = SettingsSchema::builtin().normalized(b.values);
    if (const FieldErrors errors = Validation::validateBaseSettings(b, ModelCatalog::builtin());
        !errors.isEmpty())
        return Error::validation(errors);
    if (b.values.value(QStringLiteral("provisioning.firmwarePolicy")).toString() !=
        QLatin1String("automatic"))
        return {};
    auto library = FirmwareRepository(storage).list();
    if (!library)
        return library.error();
    const bool inLibrary =
        Firmware::imageFor(*library, b.modelId,
                           b.values.value(QStringLiteral("provisioning.firmwareVersion")).toString()) !=
        nullptr;
    if (const FieldErrors errors = Validation::validateFirmwarePolicy(b, inLibrary); !errors.isEmpty())
        return Error::validation(errors);
    return {};
}
} // namespace

Result<QList<BaseSettingsSummary>> BaseSettingsRepository::list()
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + Columns +
                QStringLiteral(", (SELECT count(*) FROM phones p WHERE p.base_settings_id = b.id) "
                               "FROM base_settings b ORDER BY b.name")))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading base settings"));
    QList<BaseSettingsSummary> out;
    while (q.next())
        out.append({readSettings(q), q.value(6).toInt()});
    if (auto read =
            Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
        !read)
        return read.error();
    return out;
}

Result<BaseSettings> BaseSettingsRepository::get(Id id)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM base_settings b WHERE b.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading base settings"));
    if (!q.next())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("PhoneDesk::Storage", "The base settings no longer exist."));
    return readSettings(q);
}

Result<BaseSettings> BaseSettingsRepository::findByName(const QString &name)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM base_settings b WHERE b.name = ?"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading base settings"));
    if (!q.next())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("PhoneDesk::Storage", "There are no base settings named \"%1\".")
                .arg(name));
    return readSettings(q);
}

Result<BaseSettings> BaseSettingsRepository::create(BaseSettings settings)
{
    if (auto r = m_storage.require(Permission::Administer,
                                   QCoreApplication::translate("PhoneDesk::Storage", "create base settings"));
        !r)
        return r.error();
    if (auto r = validate(m_storage, settings); !r)
        return r.error();
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_storage.database());
        q.prepare(
            QStringLiteral("INSERT INTO base_settings (name, model_id, description, settings_json, version) "
                           "VALUES (?, ?, ?, ?, 1) RETURNING id"));
        q.addBindValue(Sql::text(settings.name));
        q.addBindValue(settings.modelId);
        q.addBindValue(Sql::text(settings.description));
        q.addBindValue(Sql::toJson(settings.values));
        if (auto e = Sql::exec(
                q, QCoreApplication::translate("PhoneDesk::Storage", "creating %1").arg(label(settings)));
            !e)
            return duplicateName(e.error(), settings);
        q.next();
        settings.id = q.value(0).toLongLong();
        settings.version = 1;
        m_storage.queueChange({ChangeEvent::Entity::BaseSettings, ChangeEvent::Kind::Upsert, {settings.id}});
        return m_storage.writeAudit(QStringLiteral("base-settings.create"), QStringLiteral("base-settings"),
                                    settings.id, settings.name, settings.modelId);
    });
    if (!r)
        return r.error();
    return settings;
}

Result<BaseSettings> BaseSettingsRepository::update(BaseSettings settings)
{
    if (auto r = m_storage.require(Permission::Administer,
                                   QCoreApplication::translate("PhoneDesk::Storage", "edit base settings"));
        !r)
        return r.error();
    if (auto r = validate(m_storage, settings); !r)
        return r.error();
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        // The model of a profile is fixed: phones rely on it. Migrate phones to a new profile instead.
        auto current = get(settings.id);
        if (!current)
            return current.error();
        if (current->modelId != settings.modelId)
            return Error::validation(
                {{QStringLiteral("model"),
                  QCoreApplication::translate(
                      "PhoneDesk::Storage",
                      "Model: the model of existing base settings cannot change; create new base "
                      "settings and migrate the phones.")}});
        QSqlQuery q(m_storage.database());
        q.prepare(QStringLiteral("UPDATE base_settings SET name = ?, description = ?, settings_json = ?, "
                                 "version = version + 1 WHERE id = ? AND version = ?"));
        q.addBindValue(Sql::text(settings.name));
        q.addBindValue(Sql::text(settings.description));
        q.addBindValue(Sql::toJson(settings.values));
        q.addBindValue(settings.id);
        q.addBindValue(settings.version);
        if (auto e = Sql::exec(
                q, QCoreApplication::translate("PhoneDesk::Storage", "saving %1").arg(label(settings)));
            !e)
            return duplicateName(e.error(), settings);
        if (auto e = Sql::checkOptimisticUpdate(q, m_storage, QStringLiteral("base-settings"), settings.id,
                                                label(settings));
            !e)
            return e;
        ++settings.version;
        m_storage.queueChange({ChangeEvent::Entity::BaseSettings, ChangeEvent::Kind::Upsert, {settings.id}});
        m_storage.queueChange({ChangeEvent::Entity::Phone, ChangeEvent::Kind::Reset, {}});
        return m_storage.writeAudit(QStringLiteral("base-settings.update"), QStringLiteral("base-settings"),
                                    settings.id, settings.name);
    });
    if (!r)
        return r.error();
    return settings;
}

Result<BaseSettings> BaseSettingsRepository::duplicate(Id id, const QString &newName)
{
    auto source = get(id);
    if (!source)
        return source.error();
    BaseSettings copy = *source;
    copy.id = 0;
    copy.name = newName;
    return create(copy);
}

Result<int> BaseSettingsRepository::phoneCount(Id id)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM phones WHERE base_settings_id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "counting phones"));
    return q.value(0).toInt();
}

Result<void> BaseSettingsRepository::remove(Id id)
{
    if (auto r = m_storage.require(Permission::Administer,
                                   QCoreApplication::translate("PhoneDesk::Storage", "delete base settings"));
        !r)
        return r;
    auto settings = get(id);
    if (!settings)
        return settings.error();
    return m_storage.inTransaction([&]() -> Result<void> {
        auto count = phoneCount(id);
        if (!count)
            return count.error();
        if (*count > 0)
            return Error::make(
                Error::Code::InUse,
                QCoreApplication::translate("PhoneDesk::Storage",
                                            "Base settings \"%1\" are used by %n phone(s); migrate "
                                            "them to other base settings first.",
                                            nullptr, *count)
                    .arg(settings->name));
        QSqlQuery q(m_storage.database());
        q.prepare(QStringLiteral("DELETE FROM base_settings WHERE id = ?"));
        q.addBindValue(id);
        if (auto e = Sql::exec(
                q, QCoreApplication::translate("PhoneDesk::Storage", "deleting %1").arg(label(*settings)));
            !e)
            return e;
        if (auto e = Sql::checkDeleted(q, label(*settings)); !e)
            return e;
        m_storage.queueChange({ChangeEvent::Entity::BaseSettings, ChangeEvent::Kind::Remove, {id}});
        return m_storage.writeAudit(QStringLiteral("base-settings.delete"), QStringLiteral("base-settings"),
                                    id, settings->name);
    });
}

} // namespace PhoneDesk
