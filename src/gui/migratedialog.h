#pragma once

// Migrate Base Settings: choose the target profile for some phones, preview per phone what
// changes (model, line keys that no longer fit, settings that no longer apply), then apply all
// or nothing through PhoneRepository::migrateBaseSettings.

#include "entities.h"
#include "migrationplan.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace PhoneDesk {

class Storage;

class MigrateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrateDialog)

public:
    MigrateDialog(Storage &storage, QList<Id> phoneIds, QWidget *parent = nullptr);

    const MigrationPlan &plan() const { return m_plan; }
    void accept() override;

private:
    void updatePreview();

    Storage &m_storage;
    QList<Id> m_ids;
    QList<Phone> m_phones;
    QHash<Id, BaseSettings> m_profiles;
    MigrationPlan m_plan;
    QComboBox *m_target = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace PhoneDesk
