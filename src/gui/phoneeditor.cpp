#include "phoneeditor.h"

#include "auditrepository.h"
#include "basesettingsrepository.h"
#include "configpreviewwidget.h"
#include "configservice.h"
#include "formui.h"
#include "macaddress.h"
#include "messagebox.h"
#include "modelcatalog.h"
#include "phonerepository.h"
#include "readonlyform.h"
#include "redirectionrepository.h"
#include "saveconflict.h"
#include "settingsschema.h"
#include "siterepository.h"
#include "statecolors.h"
#include "statusicons.h"
#include "statusrepository.h"
#include "storage.h"
#include "userrepository.h"
#include "validation.h"

#include "ui_phoneeditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>

namespace PhoneDesk {

namespace {
QLabel *makeErrorLabel(QWidget *parent, const QString &field)
{
    auto *label = new StateLabel(MessageState::Error, parent);
    label->setObjectName(field + QStringLiteral("Error"));
    label->setVisible(false);
    return label;
}

// A field's message line keeps its place while hidden, so the fields below do not move when a
// one-line message comes or goes.
void reserveLine(QLabel *label)
{
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    label->setMinimumHeight(label->fontMetrics().lineSpacing());
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int at = combo->findData(data);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}
} // namespace

PhoneEditor::PhoneEditor(Storage &storage, Id phoneId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PhoneEditor>())
    , m_storage(storage)
{
    m_ui->setupUi(this);
    setWindowTitle(phoneId ? tr("Edit Phone") : tr("Add Phone"));
    if (phoneId) {
        auto phone = m_storage.phones().get(phoneId);
        if (!phone) {
            m_loaded = false;
            MessageBox::critical(parent, windowTitle(), phone.error().fullText());
        } else {
            m_phone = *phone;
        }
    }
    // A stored phone's problems are shown at once; a new phone's once a field was edited or on OK.
    m_showAllErrors = phoneId != 0;

    setUpGeneralTab();
    setUpLineKeysTab();
    setUpOverridesTab();
    setUpStatusTab();
    setUpConfigurationTab();

    m_otherErrors = makeErrorLabel(this, QStringLiteral("other"));
    m_ui->dialogLayout->insertWidget(m_ui->dialogLayout->indexOf(m_ui->buttonBox), m_otherErrors);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PhoneEditor::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PhoneEditor::reject);

    loadLists();
    if (!phoneId) {
        // Sensible starting point: the first site and the first profile for managed phones.
        m_phone.category = PhoneCategory::Managed;
        m_phone.siteId = m_ui->siteCombo->count() > 1 ? m_ui->siteCombo->itemData(1).toLongLong() : 0;
    }
    setFields(m_phone);
    loadStatus();
    // Operators and Viewers see every page, line key and override, and change none.
    ReadOnlyForm::applyUnlessAllowed(this, m_storage.role(), Permission::EditPhones);
}

PhoneEditor::~PhoneEditor() = default;

void PhoneEditor::setUpGeneralTab()
{
    const std::pair<QWidget *, QString> fields[] = {
        {m_ui->nameEdit, QStringLiteral("name")},
        {m_ui->categoryCombo, QStringLiteral("category")},
        {m_ui->baseSettingsCombo, QStringLiteral("baseSettings")},
        {m_ui->siteCombo, QStringLiteral("site")},
        {m_ui->hardwareIdEdit, QStringLiteral("hardwareId")},
        {m_ui->serialNumberEdit, QStringLiteral("serialNumber")},
        {m_ui->remoteAddressEdit, QStringLiteral("remoteAddress")},
        {m_ui->userCombo, QStringLiteral("user")},
        {m_ui->networkAddressEdit, QStringLiteral("networkAddress")},
        {m_ui->descriptionEdit, QStringLiteral("description")},
    };
    for (const auto &[editor, field] : fields) {
        QLabel *error = makeErrorLabel(m_ui->generalPage, field);
        reserveLine(error);
        m_errorLabels.insert(field, error);
        FormUi::placeUnder(m_ui->form, editor, error);
    }
    for (int i = 0; i < PhoneCategoryCount; ++i)
        m_ui->categoryCombo->addItem(displayName(PhoneCategory(i)), i);
    m_warnings = new StateLabel(MessageState::Warning, m_ui->generalPage);
    m_warnings->setObjectName(QStringLiteral("warningsLabel"));
    m_warnings->setVisible(false);
    m_ui->form->addRow(m_warnings);

    const std::pair<QLineEdit *, QString> lineEdits[] = {
        {m_ui->nameEdit, QStringLiteral("name")},
        {m_ui->hardwareIdEdit, QStringLiteral("hardwareId")},
        {m_ui->serialNumberEdit, QStringLiteral("serialNumber")},
        {m_ui->remoteAddressEdit, QStringLiteral("remoteAddress")},
        {m_ui->networkAddressEdit, QStringLiteral("networkAddress")},
    };
    for (const auto &[edit, field] : lineEdits)
        connect(edit, &QLineEdit::textChanged, this, [this, field = field] { edited(field); });
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this,
            [this] { edited(QStringLiteral("description")); });
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_settingFields)
            return;
        refreshBaseSettingsChoices();
        updateCategoryRows();
        edited(QStringLiteral("category"));
    });
    const std::pair<QComboBox *, QString> combos[] = {
        {m_ui->baseSettingsCombo, QStringLiteral("baseSettings")},
        {m_ui->siteCombo, QStringLiteral("site")},
        {m_ui->userCombo, QStringLiteral("user")},
    };
    for (const auto &[combo, field] : combos) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field = field] {
            if (!m_settingFields)
                edited(field);
        });
    }
}

void PhoneEditor::setUpLineKeysTab()
{
    QTableWidget *table = m_ui->lineKeyTable;
    table->setColumnWidth(0, 140);
    table->setColumnWidth(1, 180);
    QLabel *error = makeErrorLabel(m_ui->lineKeysPage, QStringLiteral("lineKeys"));
    reserveLine(error);
    m_errorLabels.insert(QStringLiteral("lineKeys"), error);
    m_ui->lineKeysLayout->insertWidget(m_ui->lineKeysLayout->indexOf(table) + 1, error);

    connect(m_ui->addLineKeyButton, &QPushButton::clicked, this, [this, table] {
        addLineKeyRow({int(table->rowCount()) + 1, LineKeyType::Line, {}, {}});
        table->selectRow(table->rowCount() - 1);
        edited(QStringLiteral("lineKeys"));
    });
    connect(m_ui->removeLineKeyButton, &QPushButton::clicked, this, [this, table] {
        const int row = table->currentRow();
        if (row >= 0)
            table->removeRow(row);
        edited(QStringLiteral("lineKeys"));
    });
    connect(m_ui->moveLineKeyUpButton, &QPushButton::clicked, this, [this] { moveLineKey(-1); });
    connect(m_ui->moveLineKeyDownButton, &QPushButton::clicked, this, [this] { moveLineKey(1); });
    connect(table, &QTableWidget::itemChanged, this, [this] {
        if (!m_settingFields)
            edited(QStringLiteral("lineKeys"));
    });
    connect(table, &QTableWidget::currentCellChanged, this, [this] { validate(); });
}

void PhoneEditor::setUpOverridesTab()
{
    QTableWidget *table = m_ui->overrideTable;
    table->setColumnWidth(0, 300);
    QLabel *error = makeErrorLabel(m_ui->overridesPage, QStringLiteral("overrides"));
    reserveLine(error);
    m_errorLabels.insert(QStringLiteral("overrides"), error);
    m_ui->overridesLayout->insertWidget(m_ui->overridesLayout->indexOf(table) + 1, error);
    connect(m_ui->addOverrideButton, &QPushButton::clicked, this, [this] {
        addOverrideRow({}, {});
        edited(QStringLiteral("overrides"));
    });
    connect(m_ui->removeOverrideButton, &QPushButton::clicked, this, [this, table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
        edited(QStringLiteral("overrides"));
    });
    connect(table, &QTableWidget::itemChanged, this, [this] {
        if (!m_settingFields)
            edited(QStringLiteral("overrides"));
    });
}

void PhoneEditor::setUpStatusTab()
{
    m_ui->historyList->setColumnWidth(0, 140);
}

void PhoneEditor::setUpConfigurationTab()
{
    // Rendered when first shown: the renderers read the stored phone, which costs a few queries.
    connect(m_ui->phoneEditorTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->phoneEditorTabs->widget(index) != m_ui->configurationPreview || m_configurationShown)
            return;
        m_configurationShown = true;
        if (m_phone.id)
            m_ui->configurationPreview->showPhone(m_storage, m_phone.id);
        else
            m_ui->configurationPreview->clear();
    });
}

void PhoneEditor::loadLists()
{
    auto context = StorageValidationContext::load(m_storage);
    if (context)
        m_context = std::move(*context);
    else
        MessageBox::warning(this, windowTitle(), context.error().fullText());

    m_ui->siteCombo->addItem(tr("(choose a site)"), Id(0));
    if (auto sites = m_storage.sites().list()) {
        for (const Site &site : *sites)
            m_ui->siteCombo->addItem(site.name, site.id);
    }
    m_ui->userCombo->addItem(tr("(no user)"), Id(0));
    if (auto users = m_storage.users().list()) {
        for (const User &user : *users)
            m_ui->userCombo->addItem(
                user.extension.isEmpty() ? user.name : tr("%1 (%2)").arg(user.name, user.extension), user.id);
    }
    if (auto profiles = m_storage.baseSettings().list()) {
        for (const BaseSettingsSummary &s : *profiles) {
            m_baseSettingsModels.insert(s.settings.id, s.settings.modelId);
            m_baseSettingsNames.append({s.settings.id, s.settings.name});
        }
    }
}

void PhoneEditor::refreshBaseSettingsChoices()
{
    const Id current = m_ui->baseSettingsCombo->currentData().toLongLong();
    const auto category = PhoneCategory(m_ui->categoryCombo->currentData().toInt());
    const bool wasSetting = std::exchange(m_settingFields, true);
    m_ui->baseSettingsCombo->clear();
    m_ui->baseSettingsCombo->addItem(tr("(choose base settings)"), Id(0));
    for (const auto &[id, name] : std::as_const(m_baseSettingsNames)) {
        const PhoneModel *model = ModelCatalog::builtin().find(m_baseSettingsModels.value(id));
        if (model && model->supports(category))
            m_ui->baseSettingsCombo->addItem(tr("%1 — %2").arg(name, model->displayName), id);
    }
    selectData(m_ui->baseSettingsCombo, current);
    m_settingFields = wasSetting;
}

void PhoneEditor::updateCategoryRows()
{
    const auto category = PhoneCategory(m_ui->categoryCombo->currentData().toInt());
    const bool hasHardware = category != PhoneCategory::Remote;
    const bool isRemote = category == PhoneCategory::Remote;
    m_ui->form->setRowVisible(m_ui->hardwareIdEdit->parentWidget(), hasHardware);
    m_ui->form->setRowVisible(m_ui->serialNumberEdit->parentWidget(),
                              category == PhoneCategory::Managed || category == PhoneCategory::Unmanaged);
    m_ui->form->setRowVisible(m_ui->remoteAddressEdit->parentWidget(), isRemote);
    m_ui->form->setRowVisible(m_ui->networkAddressEdit->parentWidget(), !isRemote);
    m_ui->hardwareIdLabel->setText(category == PhoneCategory::WebRtc ? tr("Softphone &host:")
                                                                     : tr("MAC &address:"));
    m_ui->hardwareIdEdit->setPlaceholderText(
        category == PhoneCategory::WebRtc ? tr("softphone-12.example.com") : tr("00:04:F2:AB:CD:EF"));
    m_ui->userLabel->setText(category == PhoneCategory::WebRtc ? tr("&User (required):") : tr("&User:"));
    m_ui->phoneEditorTabs->setTabEnabled(1, !isRemote);
}

void PhoneEditor::setFields(const Phone &phone)
{
    m_settingFields = true;
    m_ui->nameEdit->setText(phone.name);
    selectData(m_ui->categoryCombo, int(phone.category));
    m_settingFields = false;
    refreshBaseSettingsChoices();
    m_settingFields = true;
    selectData(m_ui->baseSettingsCombo, phone.baseSettingsId);
    selectData(m_ui->siteCombo, phone.siteId);
    selectData(m_ui->userCombo, phone.userId);
    const bool mac = phone.category == PhoneCategory::Managed || phone.category == PhoneCategory::Unmanaged;
    m_ui->hardwareIdEdit->setText(mac && phone.hardwareId.size() == 12 ? MacAddress::format(phone.hardwareId)
                                                                       : phone.hardwareId);
    m_ui->serialNumberEdit->setText(phone.serialNumber);
    m_ui->remoteAddressEdit->setText(phone.remoteAddress);
    m_ui->networkAddressEdit->setText(phone.networkAddress);
    m_ui->descriptionEdit->setPlainText(phone.description);
    m_ui->lineKeyTable->setRowCount(0);
    QList<LineKey> keys = phone.lineKeys;
    std::sort(keys.begin(), keys.end(), [](const LineKey &a, const LineKey &b) { return a.index < b.index; });
    // Gaps become unassigned keys so positions stay where the phone shows them.
    int position = 1;
    for (const LineKey &key : std::as_const(keys)) {
        while (position < key.index)
            addLineKeyRow({position++, LineKeyType::Unassigned, {}, {}});
        addLineKeyRow(key);
        position = key.index + 1;
    }
    m_ui->overrideTable->setRowCount(0);
    for (auto it = phone.overrides.constBegin(); it != phone.overrides.constEnd(); ++it)
        addOverrideRow(it.key(), it.value());
    m_settingFields = false;
    updateCategoryRows();
    validate();
}

void PhoneEditor::addLineKeyRow(const LineKey &key)
{
    const bool wasSetting = std::exchange(m_settingFields, true);
    const int row = m_ui->lineKeyTable->rowCount();
    m_ui->lineKeyTable->insertRow(row);
    auto *type = new QComboBox(m_ui->lineKeyTable);
    type->setObjectName(QStringLiteral("lineKeyType%1").arg(row + 1));
    for (const LineKeyType t :
         {LineKeyType::Line, LineKeyType::SpeedDial, LineKeyType::Blf, LineKeyType::Unassigned})
        type->addItem(displayName(t), int(t));
    selectData(type, int(key.type));
    connect(type, &QComboBox::currentIndexChanged, this, [this] { edited(QStringLiteral("lineKeys")); });
    m_ui->lineKeyTable->setCellWidget(row, 0, type);
    m_ui->lineKeyTable->setItem(row, 1, new QTableWidgetItem(key.label));
    m_ui->lineKeyTable->setItem(row, 2, new QTableWidgetItem(key.value));
    m_ui->lineKeyTable->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(row + 1)));
    m_settingFields = wasSetting;
}

void PhoneEditor::moveLineKey(int delta)
{
    const int row = m_ui->lineKeyTable->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_ui->lineKeyTable->rowCount())
        return;
    // Swap the contents of the two rows; positions are the row numbers.
    QList<LineKey> keys = phoneFromFields().lineKeys;
    const bool wasSetting = std::exchange(m_settingFields, true);
    auto fill = [&](int r, const LineKey &k) {
        selectData(qobject_cast<QComboBox *>(m_ui->lineKeyTable->cellWidget(r, 0)), int(k.type));
        m_ui->lineKeyTable->item(r, 1)->setText(k.label);
        m_ui->lineKeyTable->item(r, 2)->setText(k.value);
    };
    auto keyAt = [&](int r) {
        LineKey k;
        auto *combo = qobject_cast<QComboBox *>(m_ui->lineKeyTable->cellWidget(r, 0));
        k.type = LineKeyType(combo->currentData().toInt());
        k.label = m_ui->lineKeyTable->item(r, 1)->text();
        k.value = m_ui->lineKeyTable->item(r, 2)->text();
        return k;
    };
    const LineKey a = keyAt(row);
    const LineKey b = keyAt(target);
    fill(row, b);
    fill(target, a);
    m_settingFields = wasSetting;
    m_ui->lineKeyTable->setCurrentCell(target, m_ui->lineKeyTable->currentColumn());
    edited(QStringLiteral("lineKeys"));
}

void PhoneEditor::addOverrideRow(const QString &key, const QVariant &value)
{
    const bool wasSetting = std::exchange(m_settingFields, true);
    const int row = m_ui->overrideTable->rowCount();
    m_ui->overrideTable->insertRow(row);
    auto *setting = new QComboBox(m_ui->overrideTable);
    setting->setObjectName(QStringLiteral("overrideSetting%1").arg(row + 1));
    for (const SettingDefinition &d : SettingsSchema::builtin().settings())
        setting->addItem(tr("%1 (%2)").arg(SettingsSchema::label(d), d.key), d.key);
    if (!key.isEmpty() && setting->findData(key) < 0)
        setting->addItem(key, key); // unknown key kept so validation can name it
    selectData(setting, key);
    connect(setting, &QComboBox::currentIndexChanged, this, [this] { edited(QStringLiteral("overrides")); });
    m_ui->overrideTable->setCellWidget(row, 0, setting);
    QString text;
    if (const SettingDefinition *d = SettingsSchema::builtin().find(key))
        text = SettingsSchema::toText(*d, value);
    else
        text = value.toString();
    m_ui->overrideTable->setItem(row, 1, new QTableWidgetItem(text));
    m_settingFields = wasSetting;
}

const PhoneModel *PhoneEditor::currentModel() const
{
    return ModelCatalog::builtin().find(
        m_baseSettingsModels.value(m_ui->baseSettingsCombo->currentData().toLongLong()));
}

int PhoneEditor::maxLineKeys() const
{
    const PhoneModel *model = currentModel();
    return model ? model->maxLineKeys : 0;
}

Phone PhoneEditor::phoneFromFields() const
{
    Phone phone = m_phone;
    phone.name = m_ui->nameEdit->text().trimmed();
    phone.category = PhoneCategory(m_ui->categoryCombo->currentData().toInt());
    phone.baseSettingsId = m_ui->baseSettingsCombo->currentData().toLongLong();
    phone.siteId = m_ui->siteCombo->currentData().toLongLong();
    phone.userId = m_ui->userCombo->currentData().toLongLong();
    const bool remote = phone.category == PhoneCategory::Remote;
    phone.hardwareId = remote ? QString() : m_ui->hardwareIdEdit->text().trimmed();
    phone.remoteAddress = remote ? m_ui->remoteAddressEdit->text().trimmed() : QString();
    phone.networkAddress = remote ? QString() : m_ui->networkAddressEdit->text().trimmed();
    phone.serialNumber =
        phone.category == PhoneCategory::Managed || phone.category == PhoneCategory::Unmanaged
        ? m_ui->serialNumberEdit->text().trimmed()
        : QString();
    phone.description = m_ui->descriptionEdit->toPlainText();
    phone.lineKeys.clear();
    if (!remote) {
        for (int r = 0; r < m_ui->lineKeyTable->rowCount(); ++r) {
            auto *combo = qobject_cast<QComboBox *>(m_ui->lineKeyTable->cellWidget(r, 0));
            const QTableWidgetItem *label = m_ui->lineKeyTable->item(r, 1);
            const QTableWidgetItem *value = m_ui->lineKeyTable->item(r, 2);
            LineKey key;
            key.index = r + 1;
            key.type = combo ? LineKeyType(combo->currentData().toInt()) : LineKeyType::Unassigned;
            key.label = label ? label->text().trimmed() : QString();
            key.value = value ? value->text().trimmed() : QString();
            // Trailing unassigned keys carry nothing; positions in between must stay.
            phone.lineKeys.append(key);
        }
        while (!phone.lineKeys.isEmpty() && phone.lineKeys.last().type == LineKeyType::Unassigned &&
               phone.lineKeys.last().label.isEmpty())
            phone.lineKeys.removeLast();
    }
    phone.overrides.clear();
    for (int r = 0; r < m_ui->overrideTable->rowCount(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_ui->overrideTable->cellWidget(r, 0));
        const QString key = combo ? combo->currentData().toString() : QString();
        const QString text =
            m_ui->overrideTable->item(r, 1) ? m_ui->overrideTable->item(r, 1)->text() : QString();
        if (key.isEmpty())
            continue;
        const SettingDefinition *d = SettingsSchema::builtin().find(key);
        const auto value = d ? SettingsSchema::builtin().fromText(*d, text) : std::nullopt;
        phone.overrides.insert(key, value ? *value : QVariant(text));
    }
    return phone;
}

void PhoneEditor::validate()
{
    if (m_settingFields)
        return;
    Phone phone = phoneFromFields();
    m_errors.clear();
    if (m_context) {
        m_errors = Validation::validatePhone(phone, ModelCatalog::builtin(), *m_context);
        // A name or hardware ID another phone has, as you type rather than after OK. Only for a
        // phone that is valid otherwise: validatePhone() normalised its hardware ID then.
        if (m_errors.isEmpty()) {
            phone.id = m_phone.id;
            if (auto unique = m_storage.phones().checkUnique(phone); !unique) {
                m_errors = unique.error().fields;
                if (m_errors.isEmpty()) // the database could not be asked
                    m_errors.append({QStringLiteral("other"), unique.error().fullText()});
            }
        }
    } else {
        m_errors.append(
            {QStringLiteral("other"), tr("The database could not be read; the phone cannot be checked.")});
    }
    // Values the override table could not parse are reported with the setting's name.
    for (int r = 0; r < m_ui->overrideTable->rowCount(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_ui->overrideTable->cellWidget(r, 0));
        const SettingDefinition *d =
            combo ? SettingsSchema::builtin().find(combo->currentData().toString()) : nullptr;
        const QString text =
            m_ui->overrideTable->item(r, 1) ? m_ui->overrideTable->item(r, 1)->text() : QString();
        if (d && !SettingsSchema::builtin().fromText(*d, text))
            m_errors.append(
                {d->key, tr("%1: \"%2\" is not a valid value.").arg(SettingsSchema::label(*d), text)});
    }

    QHash<QString, QStringList> byLabel;
    QStringList other;
    bool shownErrors = false;
    for (const FieldError &e : std::as_const(m_errors)) {
        QString field = e.field.section(u'.', 0, 0);
        if (field == QLatin1String("lineKeys"))
            field = QStringLiteral("lineKeys");
        else if (SettingsSchema::builtin().find(e.field) || e.field.contains(u'.'))
            field = QStringLiteral("overrides");
        // A new phone's empty fields are not mistakes yet: their messages wait for an edit or OK.
        if (m_errorLabels.contains(field) && !m_showAllErrors && !m_edited.contains(field))
            continue;
        shownErrors = true;
        if (m_errorLabels.contains(field))
            byLabel[field].append(e.message);
        // Errors on the other tabs are repeated under the tabs, so a disabled OK is never a mystery.
        if (!m_errorLabels.contains(field) || field == QLatin1String("lineKeys") ||
            field == QLatin1String("overrides"))
            other.append(e.message);
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QStringList messages = byLabel.value(it.key());
        it.value()->setText(messages.join(u'\n'));
        it.value()->setVisible(!messages.isEmpty());
    }
    m_otherErrors->setText(other.join(u'\n'));
    m_otherErrors->setVisible(!other.isEmpty());

    const QStringList warnings =
        m_context ? Validation::phoneWarnings(phone, ModelCatalog::builtin(), *m_context) : QStringList();
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());

    const int max = maxLineKeys();
    const PhoneModel *model = currentModel();
    const bool full = model && m_ui->lineKeyTable->rowCount() >= max;
    const QString limit = !model ? tr("Choose base settings to see how many line keys the model has.")
        : full ? tr("The %1 has %n line key(s), all in use: remove one to add another.", nullptr, max)
                     .arg(model->displayName)
               : tr("The %1 has %n line key(s).", nullptr, max).arg(model->displayName);
    m_ui->lineKeyLimitLabel->setText(limit);
    m_ui->addLineKeyButton->setEnabled(model && !full);
    // Says why the button is greyed out where the pointer is.
    m_ui->addLineKeyButton->setToolTip(m_ui->addLineKeyButton->isEnabled() ? QString() : limit);
    m_ui->removeLineKeyButton->setEnabled(m_ui->lineKeyTable->currentRow() >= 0);
    m_ui->moveLineKeyUpButton->setEnabled(m_ui->lineKeyTable->currentRow() > 0);
    m_ui->moveLineKeyDownButton->setEnabled(m_ui->lineKeyTable->currentRow() >= 0 &&
                                            m_ui->lineKeyTable->currentRow() <
                                                m_ui->lineKeyTable->rowCount() - 1);
    // OK with only unshown errors stays enabled: pressing it shows them (accept()).
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok)) // none when read-only
        ok->setEnabled(!shownErrors);
}

void PhoneEditor::edited(const QString &field)
{
    if (!m_settingFields)
        m_edited.insert(field);
    validate();
}

void PhoneEditor::loadStatus()
{
    if (!m_phone.id) {
        m_ui->statusSummary->setText(tr("A new phone has no status yet."));
        return;
    }
    auto status = m_storage.status().get(m_phone.id);
    if (!status) {
        m_ui->statusSummary->setText(status.error().fullText());
    } else {
        const QLocale locale;
        auto time = [&](const QDateTime &t) {
            return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : tr("never");
        };
        QStringList lines;
        lines << tr("Status: %1").arg(StatusIcons::label(status->status));
        if (status->rttMs >= 0)
            lines << tr("Round trip: %1 ms").arg(status->rttMs);
        lines << tr("Last seen: %1").arg(time(status->lastSeen));
        lines << tr("Status since: %1").arg(time(status->lastChange));
        if (!status->detail.isEmpty())
            lines << tr("Detail: %1").arg(status->detail);
        const ProvisioningFetch &f = status->lastFetch;
        lines << tr("Last configuration fetch: %1").arg(time(f.time));
        if (f.time.isValid())
            lines << tr("   from %1, %2, firmware %3").arg(f.ip, f.userAgent, f.firmware);
        if (!f.configHash.isEmpty()) {
            // The phone's files now, against the ones it fetched.
            auto current = ConfigService(m_storage).render(m_phone.id);
            if (current && *current)
                lines << ((*current)->hash == f.configHash
                              ? tr("Configuration: up to date (the phone has its current files)")
                              : tr("Configuration: pending (the phone gets its current files at its next "
                                   "fetch)"));
        }
        // With the vendor's redirection service (Poly ZTP, Yealink RPS): where it stands and why.
        if (auto redirection = RedirectionRepository(m_storage).forPhone(m_phone.id); !redirection)
            lines << tr("Redirection: %1").arg(redirection.error().fullText());
        else if (redirection->has_value())
            lines << tr("Redirection: %1").arg(RedirectionRepository::describe(**redirection));
        m_ui->statusSummary->setText(lines.join(u'\n'));
    }
    AuditQuery query;
    query.entityType = QStringLiteral("phone");
    query.entityId = m_phone.id;
    query.limit = 200;
    if (auto entries = m_storage.audit().query(query)) {
        for (const AuditEntry &e : *entries) {
            auto *item = new QTreeWidgetItem(m_ui->historyList);
            item->setText(0, QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat));
            item->setText(1, e.actor);
            item->setText(2, e.action);
            item->setText(3, e.details);
            item->setToolTip(3, e.details);
        }
    }
}

bool PhoneEditor::save(Phone phone)
{
    const SaveConflict::Subject subject {
        tr("Phone Changed Meanwhile"),
        [this, &phone](const QString &who) {
            return tr("Phone \"%1\" was changed%2 while you were editing it.").arg(phone.name, who);
        },
        QStringLiteral("phone")};
    switch (SaveConflict::save(
        this, m_storage, subject, phone,
        [this](const Phone &p) { return p.id ? m_storage.phones().update(p) : m_storage.phones().create(p); },
        [this](Id id) { return m_storage.phones().get(id); })) {
    case SaveConflict::Outcome::Saved:
        m_phone = phone;
        return true;
    case SaveConflict::Outcome::Reloaded:
        m_phone = phone;
        setFields(m_phone);
        m_configurationShown = false;
        return false;
    case SaveConflict::Outcome::NotSaved:
        break;
    }
    return false;
}

void PhoneEditor::accept()
{
    if (ReadOnlyForm::isReadOnly(this))
        return;
    validate();
    if (!m_errors.isEmpty()) {
        m_showAllErrors = true;
        validate();
        return;
    }
    Phone phone = phoneFromFields();
    if (save(phone))
        QDialog::accept();
}

} // namespace PhoneDesk
