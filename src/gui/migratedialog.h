#pragma once

// Migrate Base Settings: choose the target profile for some phones, preview per phone what
// changes (model, line keys that no longer fit, settings that no longer apply), then apply all
// or nothing through PhoneRepository::migrateBaseSettings.

#include "entities.h"
#include "migrationplan.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace PhoneDesk {

class Storage;

namespace Ui {
class MigrateDialog;
} // namespace Ui

class MigrateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrateDialog)

public:
    // Which phones `phoneIds` are: the ones selected, or every phone the filters show (said so
    // in the dialog, so nobody moves a whole list by mistake).
    enum class Scope { Selected, AllShown };

    MigrateDialog(Storage &storage, QList<Id> phoneIds, Scope scope = Scope::Selected,
                  QWidget *parent = nullptr);
    ~MigrateDialog() override;

    const MigrationPlan &plan() const { return m_plan; }
    // "3 Poly VVX 150 phones will become Poly VVX 450." per model that changes; empty if none.
    QStringList modelChanges() const;
    void accept() override;

private:
    void fillTargets();
    void updatePreview();

    std::unique_ptr<Ui::MigrateDialog> m_ui;
    Storage &m_storage;
    QList<Id> m_ids;
    Scope m_scope;
    QList<Phone> m_phones;
    QHash<Id, BaseSettings> m_profiles;
    MigrationPlan m_plan;
};

} // namespace PhoneDesk
