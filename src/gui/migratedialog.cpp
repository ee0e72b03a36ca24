#include "migratedialog.h"

#include "basesettingsrepository.h"
#include "messagebox.h"
#include "phonerepository.h"
#include "readonlyform.h"
#include "statecolors.h"
#include "storage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PhoneDesk {

MigrateDialog::MigrateDialog(Storage &storage, QList<Id> phoneIds, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_ids(std::move(phoneIds))
{
    setObjectName(QStringLiteral("migrateDialog"));
    setWindowTitle(tr("Migrate Base Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetCombo"));
    form->addRow(tr("Move %n phone(s) to:", nullptr, int(m_ids.size())), m_target);
    layout->addLayout(form);
    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("previewList"));
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setHeaderLabels({tr("Phone"), tr("From"), tr("What changes")});
    m_preview->setColumnWidth(0, 180);
    m_preview->setColumnWidth(1, 200);
    layout->addWidget(m_preview, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Migrate"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MigrateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MigrateDialog::reject);

    // Full records are needed for line keys and overrides; a migration concerns few enough
    // phones for one read each.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const Id id : std::as_const(m_ids)) {
        if (auto phone = m_storage.phones().get(id))
            m_phones.append(*phone);
    }
    QApplication::restoreOverrideCursor();
    if (auto profiles = m_storage.baseSettings().list()) {
        for (const BaseSettingsSummary &s : *profiles) {
            m_profiles.insert(s.settings.id, s.settings);
            const PhoneModel *model = ModelCatalog::builtin().find(s.settings.modelId);
            m_target->addItem(
                tr("%1 — %2").arg(s.settings.name, model ? model->displayName : s.settings.modelId),
                s.settings.id);
        }
    }
    connect(m_target, &QComboBox::currentIndexChanged, this, &MigrateDialog::updatePreview);
    updatePreview();
    ReadOnlyForm::applyUnlessAllowed(this, m_storage.role(), Permission::Administer);
    resize(820, 480);
}

void MigrateDialog::updatePreview()
{
    m_plan = {};
    m_preview->clear();
    const BaseSettings target = m_profiles.value(m_target->currentData().toLongLong());
    for (const Phone &phone : std::as_const(m_phones)) {
        const BaseSettings current = m_profiles.value(phone.baseSettingsId);
        MigrationPlanEntry entry = planPhoneMigration(phone, current.modelId, target, ModelCatalog::builtin(),
                                                      SettingsSchema::builtin());
        auto *item = new QTreeWidgetItem(m_preview);
        item->setText(0, phone.name);
        item->setText(1, current.name);
        item->setText(2, entry.summary(ModelCatalog::builtin()));
        item->setToolTip(2, item->text(2));
        if (!entry.blocker.isEmpty())
            item->setForeground(2, StateColors::foreground(MessageState::Error, m_preview->palette()));
        m_plan.entries.append(std::move(entry));
    }
    const int missing = int(m_ids.size() - m_phones.size());
    QStringList summary;
    if (m_plan.blockedCount())
        summary << tr(
            "%n phone(s) cannot use the chosen base settings; choose another profile or leave them out.",
            nullptr, m_plan.blockedCount());
    if (missing)
        summary << tr("%n phone(s) no longer exist and are skipped.", nullptr, missing);
    summary << tr("%n line key(s) and %1 override(s) will be removed.", nullptr, m_plan.lineKeysRemoved())
                   .arg(m_plan.overridesRemoved());
    summary << tr("All phones move together or none does.");
    m_summary->setText(summary.join(u' '));
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok)) // none when read-only
        ok->setEnabled(m_plan.canApply() && target.id);
}

void MigrateDialog::accept()
{
    if (ReadOnlyForm::isReadOnly(this) || !m_plan.canApply())
        return;
    QList<Id> ids;
    for (const Phone &phone : std::as_const(m_phones))
        ids.append(phone.id);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_storage.phones().migrateBaseSettings(ids, m_target->currentData().toLongLong());
    QApplication::restoreOverrideCursor();
    if (!result) {
        MessageBox::warning(this, windowTitle(), result.error().fullText());
        return;
    }
    QDialog::accept();
}

} // namespace PhoneDesk
