#include "migratedialog.h"

#include "basesettingsrepository.h"
#include "messagebox.h"
#include "phonerepository.h"
#include "readonlyform.h"
#include "statecolors.h"
#include "storage.h"
#include "ui_migratedialog.h"

#include <QApplication>
#include <QHeaderView>
#include <QPushButton>

#include <algorithm>
#include <map>

namespace PhoneDesk {

namespace {
QString modelName(const QString &modelId)
{
    const PhoneModel *model = ModelCatalog::builtin().find(modelId);
    return model ? model->displayName : modelId;
}
} // namespace

MigrateDialog::MigrateDialog(Storage &storage, QList<Id> phoneIds, Scope scope, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MigrateDialog>())
    , m_storage(storage)
    , m_ids(std::move(phoneIds))
    , m_scope(scope)
{
    m_ui->setupUi(this);
    m_ui->previewList->setColumnWidth(0, 180);
    m_ui->previewList->setColumnWidth(1, 200);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Migrate"));
    m_ui->modelChangeLabel->setState(MessageState::Warning);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MigrateDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MigrateDialog::reject);

    // Full records are needed for line keys and overrides; a migration concerns few enough
    // phones for one read each.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const Id id : std::as_const(m_ids)) {
        if (auto phone = m_storage.phones().get(id))
            m_phones.append(*phone);
    }
    QApplication::restoreOverrideCursor();

    QStringList names;
    names.reserve(m_phones.size());
    for (const Phone &phone : std::as_const(m_phones))
        names.append(phone.name);
    const int count = int(m_phones.size());
    const QString list = MessageBox::nameList(names);
    m_ui->phonesLabel->setText(
        m_scope == Scope::AllShown
            ? tr("No phones are selected: all %n phone(s) shown will move: %1.", nullptr, count).arg(list)
            : tr("%n selected phone(s) will move: %1.", nullptr, count).arg(list));

    fillTargets();
    connect(m_ui->targetCombo, &QComboBox::currentIndexChanged, this, &MigrateDialog::updatePreview);
    updatePreview();
    ReadOnlyForm::applyUnlessAllowed(this, m_storage.role(), Permission::Administer);
}

MigrateDialog::~MigrateDialog() = default;

void MigrateDialog::fillTargets()
{
    auto profiles = m_storage.baseSettings().list();
    if (!profiles)
        return;
    for (const BaseSettingsSummary &s : *profiles)
        m_profiles.insert(s.settings.id, s.settings);
    QSet<PhoneCategory> categories;
    QSet<Id> current;
    QSet<QString> vendors;
    for (const Phone &phone : std::as_const(m_phones)) {
        categories.insert(phone.category);
        current.insert(phone.baseSettingsId);
        if (const PhoneModel *model =
                ModelCatalog::builtin().find(m_profiles.value(phone.baseSettingsId).modelId))
            vendors.insert(model->vendor);
    }
    for (const BaseSettingsSummary &s : *profiles) {
        const PhoneModel *model = ModelCatalog::builtin().find(s.settings.modelId);
        // Only what every phone can take: a model of the phones' categories (no softphone or
        // remote profiles for desk phones) from their maker (a Poly does not turn into a
        // Yealink by provisioning), and not the profile all of them already use.
        if (!model)
            continue;
        const bool fits = std::all_of(categories.cbegin(), categories.cend(),
                                      [model](PhoneCategory c) { return model->supports(c); }) &&
            (vendors.isEmpty() || (vendors.size() == 1 && vendors.contains(model->vendor)));
        if (!fits || (current.size() == 1 && current.contains(s.settings.id)))
            continue;
        m_ui->targetCombo->addItem(tr("%1 — %2").arg(s.settings.name, model->displayName), s.settings.id);
    }
    m_ui->targetCombo->setCurrentIndex(-1); // no target until one is chosen
    if (m_ui->targetCombo->count() == 0)
        m_ui->targetCombo->setPlaceholderText(tr("No base settings fit these phones"));
}

QStringList MigrateDialog::modelChanges() const
{
    // Target model -> (source model -> phones); std::map for a stable order of the lines.
    std::map<QString, std::map<QString, int>> changes;
    for (const MigrationPlanEntry &entry : m_plan.entries) {
        if (entry.blocker.isEmpty() && entry.changesModel())
            ++changes[modelName(entry.toModelId)][modelName(entry.fromModelId)];
    }
    QStringList lines;
    for (const auto &[to, sources] : changes) {
        int phones = 0;
        for (const auto &[from, count] : sources)
            phones += count;
        lines.append(
            sources.size() == 1
                ? tr("%n %1 phone(s) will become %2.", nullptr, phones).arg(sources.begin()->first, to)
                : tr("%n phone(s) of %1 models will become %2.", nullptr, phones)
                      .arg(sources.size())
                      .arg(to));
    }
    return lines;
}

void MigrateDialog::updatePreview()
{
    m_plan = {};
    m_ui->previewList->clear();
    const bool chosen = m_ui->targetCombo->currentIndex() >= 0;
    const BaseSettings target =
        chosen ? m_profiles.value(m_ui->targetCombo->currentData().toLongLong()) : BaseSettings();
    for (const Phone &phone : std::as_const(m_phones)) {
        const BaseSettings current = m_profiles.value(phone.baseSettingsId);
        auto *item = new QTreeWidgetItem(m_ui->previewList);
        item->setText(0, phone.name);
        item->setText(1, current.name);
        if (!chosen)
            continue;
        MigrationPlanEntry entry = planPhoneMigration(phone, current.modelId, target, ModelCatalog::builtin(),
                                                      SettingsSchema::builtin());
        item->setText(2, entry.summary(ModelCatalog::builtin()));
        item->setToolTip(2, item->text(2));
        if (!entry.blocker.isEmpty())
            item->setForeground(2,
                                StateColors::foreground(MessageState::Error, m_ui->previewList->palette()));
        m_plan.entries.append(std::move(entry));
    }
    const QStringList changes = modelChanges();
    m_ui->modelChangeLabel->setText(
        changes.isEmpty() ? QString()
                          : changes.join(u' ') + u' ' +
                tr("Only do this when the phones were replaced by that model: their configuration is written "
                   "for it from now on."));
    m_ui->modelChangeLabel->setVisible(!changes.isEmpty());

    const int missing = int(m_ids.size() - m_phones.size());
    QStringList summary;
    if (!chosen)
        summary << tr("Choose the base settings to move the phones to.");
    if (m_plan.blockedCount())
        summary << tr(
            "%n phone(s) cannot use the chosen base settings; choose another profile or leave them out.",
            nullptr, m_plan.blockedCount());
    if (missing)
        summary << tr("%n phone(s) no longer exist and are skipped.", nullptr, missing);
    if (chosen)
        summary << tr("%n line key(s) and %1 override(s) will be removed.", nullptr, m_plan.lineKeysRemoved())
                       .arg(m_plan.overridesRemoved());
    summary << tr("All phones move together or none does.");
    m_ui->summaryLabel->setText(summary.join(u' '));
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok)) // none when read-only
        ok->setEnabled(chosen && m_plan.canApply() && target.id);
}

void MigrateDialog::accept()
{
    if (ReadOnlyForm::isReadOnly(this) || !m_plan.canApply() || m_ui->targetCombo->currentIndex() < 0)
        return;
    // A model change rewrites the phones' configuration for other hardware: asked for explicitly.
    if (const QStringList changes = modelChanges(); !changes.isEmpty()) {
        const QString text = changes.join(u'\n') + u"\n\n" +
            tr("Change the hardware model? Do this only when the phones were replaced by that model.");
        if (!MessageBox::confirm(this, QMessageBox::Warning, tr("Change Hardware Model"), text,
                                 tr("Change Model"), true))
            return;
    }
    QList<Id> ids;
    for (const Phone &phone : std::as_const(m_phones))
        ids.append(phone.id);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_storage.phones().migrateBaseSettings(ids, m_ui->targetCombo->currentData().toLongLong());
    QApplication::restoreOverrideCursor();
    if (!result) {
        MessageBox::warning(this, windowTitle(), result.error().fullText());
        return;
    }
    QDialog::accept();
}

} // namespace PhoneDesk
