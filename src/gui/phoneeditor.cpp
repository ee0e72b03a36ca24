#include "phoneeditor.h"

#include "auditrepository.h"
#include "basesettingsrepository.h"
#include "configpreviewwidget.h"
#include "configservice.h"
#include "macaddress.h"
#include "messagebox.h"
#include "modelcatalog.h"
#include "phonerepository.h"
#include "readonlyform.h"
#include "settingsschema.h"
#include "siterepository.h"
#include "statecolors.h"
#include "statusicons.h"
#include "statusrepository.h"
#include "storage.h"
#include "userrepository.h"
#include "validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PhoneDesk {

namespace {
QLabel *makeErrorLabel(QWidget *parent, const QString &field)
{
    auto *label = new StateLabel(MessageState::Error, parent);
    label->setObjectName(field + QStringLiteral("Error"));
    label->setVisible(false);
    return label;
}

// A field editor with its error label underneath, as one form row.
QWidget *withError(QWidget *editor, QLabel *error)
{
    auto *box = new QWidget(editor->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(error);
    return box;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int at = combo->findData(data);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}
} // namespace

PhoneEditor::PhoneEditor(Storage &storage, Id phoneId, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
{
    setObjectName(QStringLiteral("phoneEditor"));
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

    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("phoneEditorTabs"));
    layout->addWidget(m_tabs);
    buildGeneralTab(m_tabs);
    buildLineKeysTab(m_tabs);
    buildOverridesTab(m_tabs);
    buildStatusTab(m_tabs);
    buildConfigurationTab(m_tabs);

    m_otherErrors = makeErrorLabel(this, QStringLiteral("other"));
    layout->addWidget(m_otherErrors);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PhoneEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PhoneEditor::reject);

    loadLists();
    if (!phoneId) {
        // Sensible starting point: the first site and the first profile for managed phones.
        m_phone.category = PhoneCategory::Managed;
        m_phone.siteId = m_site->count() > 1 ? m_site->itemData(1).toLongLong() : 0;
    }
    setFields(m_phone);
    loadStatus();
    // Operators and Viewers see every page, line key and override, and change none.
    ReadOnlyForm::applyUnlessAllowed(this, m_storage.role(), Permission::EditPhones);
    resize(720, 600);
}

PhoneEditor::~PhoneEditor() = default;

void PhoneEditor::buildGeneralTab(QTabWidget *tabs)
{
    auto *page = new QWidget(tabs);
    auto *pageLayout = new QVBoxLayout(page);
    m_form = new QFormLayout;
    pageLayout->addLayout(m_form);
    pageLayout->addStretch(1);
    auto add = [&](const QString &label, QWidget *editor, const QString &field) {
        QLabel *error = makeErrorLabel(page, field);
        m_errorLabels.insert(field, error);
        m_form->addRow(label, withError(editor, error));
    };
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    add(tr("&Name:"), m_name, QStringLiteral("name"));
    m_category = new QComboBox(page);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (int i = 0; i < PhoneCategoryCount; ++i)
        m_category->addItem(displayName(PhoneCategory(i)), i);
    add(tr("&Category:"), m_category, QStringLiteral("category"));
    m_baseSettings = new QComboBox(page);
    m_baseSettings->setObjectName(QStringLiteral("baseSettingsCombo"));
    add(tr("&Base settings:"), m_baseSettings, QStringLiteral("baseSettings"));
    m_site = new QComboBox(page);
    m_site->setObjectName(QStringLiteral("siteCombo"));
    add(tr("&Site:"), m_site, QStringLiteral("site"));
    m_hardwareId = new QLineEdit(page);
    m_hardwareId->setObjectName(QStringLiteral("hardwareIdEdit"));
    add(tr("&Hardware ID:"), m_hardwareId, QStringLiteral("hardwareId"));
    m_remoteAddress = new QLineEdit(page);
    m_remoteAddress->setObjectName(QStringLiteral("remoteAddressEdit"));
    m_remoteAddress->setPlaceholderText(tr("+15551234567 or sip:desk@example.com"));
    add(tr("&Remote number:"), m_remoteAddress, QStringLiteral("remoteAddress"));
    m_user = new QComboBox(page);
    m_user->setObjectName(QStringLiteral("userCombo"));
    add(tr("&User:"), m_user, QStringLiteral("user"));
    m_networkAddress = new QLineEdit(page);
    m_networkAddress->setObjectName(QStringLiteral("networkAddressEdit"));
    m_networkAddress->setPlaceholderText(tr("empty: the address of its last provisioning fetch"));
    add(tr("Net&work address:"), m_networkAddress, QStringLiteral("networkAddress"));
    m_description = new QPlainTextEdit(page);
    m_description->setTabChangesFocus(true); // Tab moves on; it does not type a tab
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setMaximumHeight(70);
    add(tr("&Description:"), m_description, QStringLiteral("description"));
    m_warnings = new StateLabel(MessageState::Warning, page);
    m_warnings->setObjectName(QStringLiteral("warningsLabel"));
    m_warnings->setVisible(false);
    m_form->addRow(m_warnings);
    tabs->addTab(page, tr("General"));

    for (QLineEdit *edit : {m_name, m_hardwareId, m_remoteAddress, m_networkAddress})
        connect(edit, &QLineEdit::textChanged, this, &PhoneEditor::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &PhoneEditor::validate);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        if (m_settingFields)
            return;
        refreshBaseSettingsChoices();
        updateCategoryRows();
        validate();
    });
    for (QComboBox *combo : {m_baseSettings, m_site, m_user}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_settingFields)
                validate();
        });
    }
}

void PhoneEditor::buildLineKeysTab(QTabWidget *tabs)
{
    auto *page = new QWidget(tabs);
    auto *layout = new QVBoxLayout(page);
    m_lineKeyLimit = new QLabel(page);
    m_lineKeyLimit->setObjectName(QStringLiteral("lineKeyLimitLabel"));
    layout->addWidget(m_lineKeyLimit);
    m_lineKeys = new QTableWidget(0, 3, page);
    m_lineKeys->setObjectName(QStringLiteral("lineKeyTable"));
    m_lineKeys->setHorizontalHeaderLabels({tr("Type"), tr("Label"), tr("Value")});
    m_lineKeys->horizontalHeader()->setStretchLastSection(true);
    m_lineKeys->setColumnWidth(0, 140);
    m_lineKeys->setColumnWidth(1, 180);
    m_lineKeys->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lineKeys->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_lineKeys);
    QLabel *error = makeErrorLabel(page, QStringLiteral("lineKeys"));
    m_errorLabels.insert(QStringLiteral("lineKeys"), error);
    layout->addWidget(error);
    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, page);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    m_addLineKey = button(tr("&Add Key"), QStringLiteral("addLineKeyButton"));
    m_removeLineKey = button(tr("&Remove Key"), QStringLiteral("removeLineKeyButton"));
    m_moveUp = button(tr("Move &Up"), QStringLiteral("moveLineKeyUpButton"));
    m_moveDown = button(tr("Move Do&wn"), QStringLiteral("moveLineKeyDownButton"));
    buttons->addStretch();
    layout->addLayout(buttons);
    tabs->addTab(page, tr("Line Keys"));

    connect(m_addLineKey, &QPushButton::clicked, this, [this] {
        addLineKeyRow({int(m_lineKeys->rowCount()) + 1, LineKeyType::Line, {}, {}});
        m_lineKeys->selectRow(m_lineKeys->rowCount() - 1);
        validate();
    });
    connect(m_removeLineKey, &QPushButton::clicked, this, [this] {
        const int row = m_lineKeys->currentRow();
        if (row >= 0)
            m_lineKeys->removeRow(row);
        validate();
    });
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveLineKey(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveLineKey(1); });
    connect(m_lineKeys, &QTableWidget::itemChanged, this, [this] {
        if (!m_settingFields)
            validate();
    });
    connect(m_lineKeys, &QTableWidget::currentCellChanged, this, [this] { validate(); });
}

void PhoneEditor::buildOverridesTab(QTabWidget *tabs)
{
    auto *page = new QWidget(tabs);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Settings that differ for this phone from its base settings. Values use the "
                                "same text as CSV files: true/false, numbers, codec lists joined with |."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_overrides = new QTableWidget(0, 2, page);
    m_overrides->setObjectName(QStringLiteral("overrideTable"));
    m_overrides->setHorizontalHeaderLabels({tr("Setting"), tr("Value")});
    m_overrides->horizontalHeader()->setStretchLastSection(true);
    m_overrides->setColumnWidth(0, 300);
    layout->addWidget(m_overrides);
    QLabel *error = makeErrorLabel(page, QStringLiteral("overrides"));
    m_errorLabels.insert(QStringLiteral("overrides"), error);
    layout->addWidget(error);
    auto *buttons = new QHBoxLayout;
    m_addOverride = new QPushButton(tr("Add &Override"), page);
    m_addOverride->setObjectName(QStringLiteral("addOverrideButton"));
    m_removeOverride = new QPushButton(tr("Remove Override"), page);
    m_removeOverride->setObjectName(QStringLiteral("removeOverrideButton"));
    buttons->addWidget(m_addOverride);
    buttons->addWidget(m_removeOverride);
    buttons->addStretch();
    layout->addLayout(buttons);
    tabs->addTab(page, tr("Overrides"));
    connect(m_addOverride, &QPushButton::clicked, this, [this] {
        addOverrideRow({}, {});
        validate();
    });
    connect(m_removeOverride, &QPushButton::clicked, this, [this] {
        if (m_overrides->currentRow() >= 0)
            m_overrides->removeRow(m_overrides->currentRow());
        validate();
    });
    connect(m_overrides, &QTableWidget::itemChanged, this, [this] {
        if (!m_settingFields)
            validate();
    });
}

void PhoneEditor::buildStatusTab(QTabWidget *tabs)
{
    auto *page = new QWidget(tabs);
    auto *layout = new QVBoxLayout(page);
    m_statusSummary = new QLabel(page);
    m_statusSummary->setObjectName(QStringLiteral("statusSummary"));
    m_statusSummary->setTextFormat(Qt::PlainText);
    m_statusSummary->setWordWrap(true);
    layout->addWidget(m_statusSummary);
    layout->addWidget(new QLabel(tr("History:"), page));
    m_history = new QTreeWidget(page);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setHeaderLabels({tr("Time"), tr("Who"), tr("Action"), tr("Details")});
    m_history->setColumnWidth(0, 140);
    layout->addWidget(m_history);
    tabs->addTab(page, tr("Status && Provisioning"));
}

void PhoneEditor::buildConfigurationTab(QTabWidget *tabs)
{
    m_configuration = new ConfigPreviewWidget(tabs);
    m_configuration->setObjectName(QStringLiteral("configurationPreview"));
    tabs->addTab(m_configuration, tr("Configuration"));
    // Rendered when first shown: the renderers read the stored phone, which costs a few queries.
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs](int index) {
        if (tabs->widget(index) != m_configuration || m_configurationShown)
            return;
        m_configurationShown = true;
        if (m_phone.id)
            m_configuration->showPhone(m_storage, m_phone.id);
        else
            m_configuration->clear();
    });
}

void PhoneEditor::loadLists()
{
    auto context = StorageValidationContext::load(m_storage);
    if (context)
        m_context = std::move(*context);
    else
        MessageBox::warning(this, windowTitle(), context.error().fullText());

    m_site->addItem(tr("(choose a site)"), Id(0));
    if (auto sites = m_storage.sites().list()) {
        for (const Site &site : *sites)
            m_site->addItem(site.name, site.id);
    }
    m_user->addItem(tr("(no user)"), Id(0));
    if (auto users = m_storage.users().list()) {
        for (const User &user : *users)
            m_user->addItem(
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
    const Id current = m_baseSettings->currentData().toLongLong();
    const auto category = PhoneCategory(m_category->currentData().toInt());
    const bool wasSetting = std::exchange(m_settingFields, true);
    m_baseSettings->clear();
    m_baseSettings->addItem(tr("(choose base settings)"), Id(0));
    for (const auto &[id, name] : std::as_const(m_baseSettingsNames)) {
        const PhoneModel *model = ModelCatalog::builtin().find(m_baseSettingsModels.value(id));
        if (model && model->supports(category))
            m_baseSettings->addItem(tr("%1 — %2").arg(name, model->displayName), id);
    }
    selectData(m_baseSettings, current);
    m_settingFields = wasSetting;
}

void PhoneEditor::updateCategoryRows()
{
    const auto category = PhoneCategory(m_category->currentData().toInt());
    const bool hasHardware = category != PhoneCategory::Remote;
    const bool isRemote = category == PhoneCategory::Remote;
    m_form->setRowVisible(m_hardwareId->parentWidget(), hasHardware);
    m_form->setRowVisible(m_remoteAddress->parentWidget(), isRemote);
    m_form->setRowVisible(m_networkAddress->parentWidget(), !isRemote);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_hardwareId->parentWidget())))
        label->setText(category == PhoneCategory::WebRtc ? tr("Softphone &host:") : tr("MAC &address:"));
    m_hardwareId->setPlaceholderText(category == PhoneCategory::WebRtc ? tr("softphone-12.example.com")
                                                                       : tr("00:04:F2:AB:CD:EF"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_user->parentWidget())))
        label->setText(category == PhoneCategory::WebRtc ? tr("&User (required):") : tr("&User:"));
    m_tabs->setTabEnabled(1, !isRemote);
}

void PhoneEditor::setFields(const Phone &phone)
{
    m_settingFields = true;
    m_name->setText(phone.name);
    selectData(m_category, int(phone.category));
    m_settingFields = false;
    refreshBaseSettingsChoices();
    m_settingFields = true;
    selectData(m_baseSettings, phone.baseSettingsId);
    selectData(m_site, phone.siteId);
    selectData(m_user, phone.userId);
    const bool mac = phone.category == PhoneCategory::Managed || phone.category == PhoneCategory::Unmanaged;
    m_hardwareId->setText(mac && phone.hardwareId.size() == 12 ? MacAddress::format(phone.hardwareId)
                                                               : phone.hardwareId);
    m_remoteAddress->setText(phone.remoteAddress);
    m_networkAddress->setText(phone.networkAddress);
    m_description->setPlainText(phone.description);
    m_lineKeys->setRowCount(0);
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
    m_overrides->setRowCount(0);
    for (auto it = phone.overrides.constBegin(); it != phone.overrides.constEnd(); ++it)
        addOverrideRow(it.key(), it.value());
    m_settingFields = false;
    updateCategoryRows();
    validate();
}

void PhoneEditor::addLineKeyRow(const LineKey &key)
{
    const bool wasSetting = std::exchange(m_settingFields, true);
    const int row = m_lineKeys->rowCount();
    m_lineKeys->insertRow(row);
    auto *type = new QComboBox(m_lineKeys);
    type->setObjectName(QStringLiteral("lineKeyType%1").arg(row + 1));
    for (const LineKeyType t :
         {LineKeyType::Line, LineKeyType::SpeedDial, LineKeyType::Blf, LineKeyType::Unassigned})
        type->addItem(displayName(t), int(t));
    selectData(type, int(key.type));
    connect(type, &QComboBox::currentIndexChanged, this, &PhoneEditor::validate);
    m_lineKeys->setCellWidget(row, 0, type);
    m_lineKeys->setItem(row, 1, new QTableWidgetItem(key.label));
    m_lineKeys->setItem(row, 2, new QTableWidgetItem(key.value));
    m_lineKeys->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(row + 1)));
    m_settingFields = wasSetting;
}

void PhoneEditor::moveLineKey(int delta)
{
    const int row = m_lineKeys->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_lineKeys->rowCount())
        return;
    // Swap the contents of the two rows; positions are the row numbers.
    QList<LineKey> keys = phoneFromFields().lineKeys;
    const bool wasSetting = std::exchange(m_settingFields, true);
    auto fill = [&](int r, const LineKey &k) {
        selectData(qobject_cast<QComboBox *>(m_lineKeys->cellWidget(r, 0)), int(k.type));
        m_lineKeys->item(r, 1)->setText(k.label);
        m_lineKeys->item(r, 2)->setText(k.value);
    };
    auto keyAt = [&](int r) {
        LineKey k;
        auto *combo = qobject_cast<QComboBox *>(m_lineKeys->cellWidget(r, 0));
        k.type = LineKeyType(combo->currentData().toInt());
        k.label = m_lineKeys->item(r, 1)->text();
        k.value = m_lineKeys->item(r, 2)->text();
        return k;
    };
    const LineKey a = keyAt(row);
    const LineKey b = keyAt(target);
    fill(row, b);
    fill(target, a);
    m_settingFields = wasSetting;
    m_lineKeys->setCurrentCell(target, m_lineKeys->currentColumn());
    validate();
}

void PhoneEditor::addOverrideRow(const QString &key, const QVariant &value)
{
    const bool wasSetting = std::exchange(m_settingFields, true);
    const int row = m_overrides->rowCount();
    m_overrides->insertRow(row);
    auto *setting = new QComboBox(m_overrides);
    setting->setObjectName(QStringLiteral("overrideSetting%1").arg(row + 1));
    for (const SettingDefinition &d : SettingsSchema::builtin().settings())
        setting->addItem(tr("%1 (%2)").arg(SettingsSchema::label(d), d.key), d.key);
    if (!key.isEmpty() && setting->findData(key) < 0)
        setting->addItem(key, key); // unknown key kept so validation can name it
    selectData(setting, key);
    connect(setting, &QComboBox::currentIndexChanged, this, &PhoneEditor::validate);
    m_overrides->setCellWidget(row, 0, setting);
    QString text;
    if (const SettingDefinition *d = SettingsSchema::builtin().find(key))
        text = SettingsSchema::toText(*d, value);
    else
        text = value.toString();
    m_overrides->setItem(row, 1, new QTableWidgetItem(text));
    m_settingFields = wasSetting;
}

const PhoneModel *PhoneEditor::currentModel() const
{
    return ModelCatalog::builtin().find(
        m_baseSettingsModels.value(m_baseSettings->currentData().toLongLong()));
}

int PhoneEditor::maxLineKeys() const
{
    const PhoneModel *model = currentModel();
    return model ? model->maxLineKeys : 0;
}

Phone PhoneEditor::phoneFromFields() const
{
    Phone phone = m_phone;
    phone.name = m_name->text().trimmed();
    phone.category = PhoneCategory(m_category->currentData().toInt());
    phone.baseSettingsId = m_baseSettings->currentData().toLongLong();
    phone.siteId = m_site->currentData().toLongLong();
    phone.userId = m_user->currentData().toLongLong();
    const bool remote = phone.category == PhoneCategory::Remote;
    phone.hardwareId = remote ? QString() : m_hardwareId->text().trimmed();
    phone.remoteAddress = remote ? m_remoteAddress->text().trimmed() : QString();
    phone.networkAddress = remote ? QString() : m_networkAddress->text().trimmed();
    phone.description = m_description->toPlainText();
    phone.lineKeys.clear();
    if (!remote) {
        for (int r = 0; r < m_lineKeys->rowCount(); ++r) {
            auto *combo = qobject_cast<QComboBox *>(m_lineKeys->cellWidget(r, 0));
            const QTableWidgetItem *label = m_lineKeys->item(r, 1);
            const QTableWidgetItem *value = m_lineKeys->item(r, 2);
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
    for (int r = 0; r < m_overrides->rowCount(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_overrides->cellWidget(r, 0));
        const QString key = combo ? combo->currentData().toString() : QString();
        const QString text = m_overrides->item(r, 1) ? m_overrides->item(r, 1)->text() : QString();
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
    for (int r = 0; r < m_overrides->rowCount(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_overrides->cellWidget(r, 0));
        const SettingDefinition *d =
            combo ? SettingsSchema::builtin().find(combo->currentData().toString()) : nullptr;
        const QString text = m_overrides->item(r, 1) ? m_overrides->item(r, 1)->text() : QString();
        if (d && !SettingsSchema::builtin().fromText(*d, text))
            m_errors.append(
                {d->key, tr("%1: \"%2\" is not a valid value.").arg(SettingsSchema::label(*d), text)});
    }

    QHash<QString, QStringList> byLabel;
    QStringList other;
    for (const FieldError &e : std::as_const(m_errors)) {
        QString field = e.field.section(u'.', 0, 0);
        if (field == QLatin1String("lineKeys"))
            field = QStringLiteral("lineKeys");
        else if (SettingsSchema::builtin().find(e.field) || e.field.contains(u'.'))
            field = QStringLiteral("overrides");
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
    const bool full = model && m_lineKeys->rowCount() >= max;
    const QString limit = !model ? tr("Choose base settings to see how many line keys the model has.")
        : full ? tr("The %1 has %n line key(s), all in use: remove one to add another.", nullptr, max)
                     .arg(model->displayName)
               : tr("The %1 has %n line key(s).", nullptr, max).arg(model->displayName);
    m_lineKeyLimit->setText(limit);
    m_addLineKey->setEnabled(model && !full);
    // Says why the button is greyed out where the pointer is.
    m_addLineKey->setToolTip(m_addLineKey->isEnabled() ? QString() : limit);
    m_removeLineKey->setEnabled(m_lineKeys->currentRow() >= 0);
    m_moveUp->setEnabled(m_lineKeys->currentRow() > 0);
    m_moveDown->setEnabled(m_lineKeys->currentRow() >= 0 &&
                           m_lineKeys->currentRow() < m_lineKeys->rowCount() - 1);
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok)) // none when read-only
        ok->setEnabled(m_errors.isEmpty());
}

void PhoneEditor::loadStatus()
{
    if (!m_phone.id) {
        m_statusSummary->setText(tr("A new phone has no status yet."));
        return;
    }
    auto status = m_storage.status().get(m_phone.id);
    if (!status) {
        m_statusSummary->setText(status.error().fullText());
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
        m_statusSummary->setText(lines.join(u'\n'));
    }
    AuditQuery query;
    query.entityType = QStringLiteral("phone");
    query.entityId = m_phone.id;
    query.limit = 200;
    if (auto entries = m_storage.audit().query(query)) {
        for (const AuditEntry &e : *entries) {
            auto *item = new QTreeWidgetItem(m_history);
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
    for (;;) {
        Result<Phone> saved = phone.id ? m_storage.phones().update(phone) : m_storage.phones().create(phone);
        if (saved) {
            m_phone = *saved;
            return true;
        }
        const Error &error = saved.error();
        if (error.code != Error::Code::Conflict) {
            MessageBox::saveFailed(this, m_storage, error);
            return false;
        }
        QString who;
        if (auto latest = m_storage.audit().latestFor(QStringLiteral("phone"), phone.id);
            latest && latest->has_value())
            who = tr(" by %1 at %2")
                      .arg((*latest)->actor,
                           QLocale().toString((*latest)->time.toLocalTime(), QLocale::ShortFormat));
        const int choice = MessageBox::choose(this, QMessageBox::Warning, tr("Phone Changed Meanwhile"),
                                              tr("Phone \"%1\" was changed%2 while you were editing it.\n\n"
                                                 "Reload shows the saved version (your changes are "
                                                 "discarded). Overwrite saves your version over "
                                                 "it. Cancel returns to your changes.")
                                                  .arg(phone.name, who),
                                              {tr("&Reload"), tr("&Overwrite"), tr("Cancel")}, 2, 2);
        auto fresh = m_storage.phones().get(phone.id);
        if (choice == 0) {
            if (!fresh) {
                MessageBox::warning(this, windowTitle(), fresh.error().fullText());
                return false;
            }
            m_phone = *fresh;
            setFields(m_phone);
            m_configurationShown = false;
            return false;
        }
        if (choice != 1)
            return false;
        if (!fresh) {
            MessageBox::warning(this, windowTitle(), fresh.error().fullText());
            return false;
        }
        // Re-apply this editor's values on top of the fresh version.
        phone.version = fresh->version;
    }
}

void PhoneEditor::accept()
{
    if (ReadOnlyForm::isReadOnly(this))
        return;
    validate();
    if (!m_errors.isEmpty())
        return;
    Phone phone = phoneFromFields();
    if (save(phone))
        QDialog::accept();
}

} // namespace PhoneDesk
