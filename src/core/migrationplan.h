#pragma once

// The preview of a base-settings migration: per phone, what moving it to another profile changes
// (model, line keys that no longer fit, overrides that no longer apply) or why it cannot move.
// Mirrors what PhoneRepository::migrateBaseSettings does, so the preview matches the result.

#include "entities.h"
#include "modelcatalog.h"
#include "settingsschema.h"

#include <QList>
#include <QStringList>

namespace PhoneDesk {

struct MigrationPlanEntry
{
    Id phoneId = 0;
    QString phoneName;
    QString fromModelId;
    QString toModelId;
    QList<LineKey> droppedLineKeys;
    QStringList droppedOverrides; // setting keys
    QString blocker; // non-empty: this phone cannot move (translated reason)

    bool changesModel() const { return fromModelId != toModelId; }
    bool isUnchanged() const
    {
        return !changesModel() && droppedLineKeys.isEmpty() && droppedOverrides.isEmpty() &&
            blocker.isEmpty();
    }
    // One line for people: "model Poly VVX 450 → Yealink T54W; line keys 13, 14 removed".
    QString summary(const ModelCatalog &catalog) const;
};

struct MigrationPlan
{
    QList<MigrationPlanEntry> entries;

    int blockedCount() const;
    int lineKeysRemoved() const;
    int overridesRemoved() const;
    bool canApply() const { return !entries.isEmpty() && blockedCount() == 0; }
};

// `currentModelId` is the model of the phone's present base settings.
MigrationPlanEntry planPhoneMigration(const Phone &phone, const QString &currentModelId,
                                      const BaseSettings &target, const ModelCatalog &catalog,
                                      const SettingsSchema &schema);

} // namespace PhoneDesk
