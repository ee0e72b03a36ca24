#include "migrationplan.h"

#include <QCoreApplication>

namespace PhoneDesk {

namespace {

QString modelName(const ModelCatalog &catalog, const QString &id)
{
    const PhoneModel *model = catalog.find(id);
    return model ? model->displayName : id;
}
} // namespace

QString MigrationPlanEntry::summary(const ModelCatalog &catalog) const
{
    if (!blocker.isEmpty())
        return blocker;
    QStringList parts;
    if (changesModel())
        parts.append(QCoreApplication::translate("PhoneDesk::MigrationPlan", "model %1 → %2")
                         .arg(modelName(catalog, fromModelId), modelName(catalog, toModelId)));
    if (!droppedLineKeys.isEmpty()) {
        QStringList keys;
        for (const LineKey &key : droppedLineKeys)
            keys.append(QString::number(key.index));
        parts.append(QCoreApplication::translate("PhoneDesk::MigrationPlan",
                                                 "line keys %1 removed (the new model has fewer keys)")
                         .arg(keys.join(QStringLiteral(", "))));
    }
    if (!droppedOverrides.isEmpty())
        parts.append(QCoreApplication::translate("PhoneDesk::MigrationPlan",
                                                 "overrides no longer applying removed: %1")
                         .arg(droppedOverrides.join(QStringLiteral(", "))));
    if (parts.isEmpty())
        return QCoreApplication::translate("PhoneDesk::MigrationPlan", "no change besides the profile");
    return parts.join(QStringLiteral("; "));
}

int MigrationPlan::blockedCount() const
{
    int n = 0;
    for (const MigrationPlanEntry &e : entries)
        n += e.blocker.isEmpty() ? 0 : 1;
    return n;
}

int MigrationPlan::lineKeysRemoved() const
{
    int n = 0;
    for (const MigrationPlanEntry &e : entries)
        n += int(e.droppedLineKeys.size());
    return n;
}

int MigrationPlan::overridesRemoved() const
{
    int n = 0;
    for (const MigrationPlanEntry &e : entries)
        n += int(e.droppedOverrides.size());
    return n;
}

MigrationPlanEntry planPhoneMigration(const Phone &phone, const QString &currentModelId,
                                      const BaseSettings &target, const ModelCatalog &catalog,
                                      const SettingsSchema &schema)
{
    MigrationPlanEntry entry;
    entry.phoneId = phone.id;
    entry.phoneName = phone.name;
    entry.fromModelId = currentModelId;
    entry.toModelId = target.modelId;
    const PhoneModel *model = catalog.find(target.modelId);
    if (!model) {
        entry.blocker = QCoreApplication::translate("PhoneDesk::MigrationPlan",
                                                    "Base settings \"%1\" use the unknown model \"%2\".")
                            .arg(target.name, target.modelId);
        return entry;
    }
    if (!model->supports(phone.category)) {
        entry.blocker = QCoreApplication::translate("PhoneDesk::MigrationPlan",
                                                    "Base settings for the %2 are not for %1 phones.")
                            .arg(displayName(phone.category), model->displayName);
        return entry;
    }
    for (const LineKey &key : phone.lineKeys) {
        if (key.index > model->maxLineKeys)
            entry.droppedLineKeys.append(key);
    }
    for (auto it = phone.overrides.constBegin(); it != phone.overrides.constEnd(); ++it) {
        const SettingDefinition *definition = schema.find(it.key());
        if (!definition || !definition->appliesTo(*model))
            entry.droppedOverrides.append(it.key());
    }
    return entry;
}

} // namespace PhoneDesk
