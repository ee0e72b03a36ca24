#include "basesettingseditor.h"

#include "basesettingsrepository.h"
#include "firmwarerepository.h"
#include "messagebox.h"
#include "modelcatalog.h"
#include "readonlyform.h"
#include "saveconflict.h"
#include "settingsschema.h"
#include "statecolors.h"
#include "storage.h"
#include "validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace PhoneDesk {

namespace {
using T = SettingDefinition::Type;

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new StateLabel(MessageState::Error, parent);
    label->setObjectName(name);
    label->setVisible(false);
    return label;
}

// "&Dynamic reload:" with the first word start (else letter) that no other label of the page
// (nor Name and Description above the tabs) uses, so every setting can be reached with Alt.
QString withMnemonic(QString label, QSet<QChar> &used)
{
    label.replace(u'&', QStringLiteral("&&"));
    auto take = [&](bool wordStartsOnly) {
        for (int i = 0; i < label.size(); ++i) {
            const QChar c = label.at(i).toLower();
            const bool wordStart = i == 0 || label.at(i - 1).isSpace();
            if (!c.isLetter() || (wordStartsOnly && !wordStart) || used.contains(c) ||
                (i > 0 && label.at(i - 1) == u'&'))
                continue;
            used.insert(c);
            label.insert(i, u'&');
            return true;
        }
        return false;
    };
    if (!take(true))
        take(false);
    return label;
}
} // namespace

QString BaseSettingsEditor::codecLabel(const QString &mimeName)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"audio/opus", QT_TR_NOOP("Opus")},
        {"audio/PCMU", QT_TR_NOOP("G.711 µ-law (PCMU)")},
        {"audio/PCMA", QT_TR_NOOP("G.711 A-law (PCMA)")},
        {"audio/G722", QT_TR_NOOP("G.722")},
        {"audio/G729", QT_TR_NOOP("G.729")},
    };
    for (const auto &[mime, label] : labels) {
        if (mimeName.compare(QLatin1String(mime), Qt::CaseInsensitive) == 0)
            return tr(label);
    }
    return mimeName.startsWith(QStringLiteral("audio/")) ? mimeName.mid(6) : mimeName;
}

QString BaseSettingsEditor::displayText(const SettingDefinition &d, const QVariant &value)
{
    switch (d.type) {
    case T::Bool:
        return value.toBool() ? tr("enabled") : tr("disabled");
    case T::Enum:
        return value.toString().isEmpty() ? QString() : SettingsSchema::choiceLabel(value.toString());
    case T::CodecList: {
        QStringList names;
        for (const QString &codec : value.toStringList())
            names.append(codecLabel(codec));
        return names.join(QStringLiteral(", "));
    }
    case T::KeyValues:
        return value.toString().split(u'\n', Qt::SkipEmptyParts).join(QStringLiteral("; "));
    default:
        return SettingsSchema::toText(d, value).trimmed();
    }
}

BaseSettingsEditor::BaseSettingsEditor(Storage &storage, BaseSettings settings, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_settings(std::move(settings))
    , m_model(ModelCatalog::builtin().find(m_settings.modelId))
{
    setObjectName(QStringLiteral("baseSettingsEditor"));
    setWindowTitle(m_settings.id ? tr("Edit Base Settings") : tr("New Base Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameError = errorLabel(this, QStringLiteral("nameError"));
    auto *nameBox = new QWidget(this);
    auto *nameLayout = new QVBoxLayout(nameBox);
    nameLayout->setContentsMargins(0, 0, 0, 0);
    nameLayout->setSpacing(2);
    m_name->setParent(nameBox);
    m_nameError->setParent(nameBox);
    nameLayout->addWidget(m_name);
    nameLayout->addWidget(m_nameError);
    header->addRow(tr("&Name:"), nameBox);
    if (auto *label = qobject_cast<QLabel *>(header->labelForField(nameBox)))
        label->setBuddy(m_name);
    auto *model =
        new QLabel(m_model ? m_model->displayName : tr("Unknown model \"%1\"").arg(m_settings.modelId), this);
    model->setObjectName(QStringLiteral("modelLabel"));
    header->addRow(tr("Model:"), model);
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setMaximumHeight(50);
    header->addRow(tr("&Description:"), m_description);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("categoryTabs"));
    if (m_model) {
        for (const QString &category : SettingsSchema::categories()) {
            if (QWidget *page = buildCategoryPage(category, m_tabs))
                m_tabs->addTab(page, SettingsSchema::categoryLabel(category));
        }
    }
    layout->addWidget(m_tabs, 1);
    m_otherErrors = errorLabel(this, QStringLiteral("otherErrors"));
    layout->addWidget(m_otherErrors);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BaseSettingsEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BaseSettingsEditor::reject);
    connect(m_name, &QLineEdit::textChanged, this, &BaseSettingsEditor::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &BaseSettingsEditor::validate);

    setFields(m_settings);
    ReadOnlyForm::applyUnlessAllowed(this, m_storage.role(), Permission::Administer);
    resize(760, 640);
}

QWidget *BaseSettingsEditor::buildCategoryPage(const QString &category, QWidget *parent)
{
    QList<const SettingDefinition *> definitions;
    for (const SettingDefinition *d : SettingsSchema::builtin().settingsFor(*m_model)) {
        if (d->category == category)
            definitions.append(d);
    }
    if (definitions.isEmpty())
        return nullptr; // nothing in this category applies to the model
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(QStringLiteral("category:") + category);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    pageLayout->addLayout(form);
    QSet<QChar> used {u'n', u'd'}; // &Name, &Description
    pageLayout->addStretch(1); // short categories stay at the top instead of spreading out
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const SettingDefinition *d : std::as_const(definitions)) {
        FieldEditor editor = makeEditor(*d, page);
        auto *box = new QWidget(page);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 6);
        v->setSpacing(2);
        v->addWidget(editor.widget);
        QString helpText = SettingsSchema::help(*d);
        // Most help texts already give the range; add it where they do not.
        if (d->type == T::Int && !helpText.contains(QStringLiteral("%1-%2").arg(d->minimum).arg(d->maximum)))
            helpText += u' ' +
                tr("Range %1–%2%3.")
                    .arg(d->minimum)
                    .arg(d->maximum)
                    .arg(d->evenOnly ? tr(", even") : QString());
        const QString defaultText = displayText(*d, SettingsSchema::builtin().defaultFor(*d, *m_model));
        helpText += u' ' +
            (defaultText.isEmpty() ? tr("Default: none (empty).") : tr("Default: %1.").arg(defaultText));
        // Muted but readable on light and dark themes alike (StateColors), never a fixed colour.
        auto *help = new StateLabel(MessageState::Help, box);
        help->setText(helpText);
        help->setObjectName(QStringLiteral("help:") + d->key);
        v->addWidget(help);
        editor.error = errorLabel(box, QStringLiteral("error:") + d->key);
        v->addWidget(editor.error);
        editor.widget->setToolTip(d->key);
        form->addRow(withMnemonic(SettingsSchema::label(*d) + u':', used), box);
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(box)))
            label->setBuddy(editor.widget);
        m_editors.insert(d->key, editor);
    }
    scroll->setWidget(page);
    return scroll;
}

// The firmware version is picked from the library: the images of this model the provisioning server
// can serve. A version set before (or by an import) that the library lacks stays choosable, marked,
// so that opening and saving the profile does not change it behind the user's back.
BaseSettingsEditor::FieldEditor BaseSettingsEditor::makeFirmwareEditor(QWidget *parent)
{
    FieldEditor e;
    auto *combo = new QComboBox(parent);
    combo->addItem(tr("None (keep what the phones run)"), QString());
    if (auto library = FirmwareRepository(m_storage).list(); library && m_model) {
        for (const FirmwareImage &image : Firmware::choicesFor(*library, m_model->id))
            combo->addItem(tr("%1 (%2)").arg(image.version, image.fileName), image.version);
    }
    connect(combo, &QComboBox::currentIndexChanged, this, &BaseSettingsEditor::validate);
    e.widget = combo;
    e.value = [combo] { return combo->currentData(); };
    e.setValue = [combo](const QVariant &v) {
        const QString version = v.toString().trimmed();
        int at = combo->findData(version);
        if (at < 0) {
            combo->addItem(tr("%1 (not in the firmware library)").arg(version), version);
            at = combo->count() - 1;
        }
        combo->setCurrentIndex(at);
    };
    return e;
}

BaseSettingsEditor::FieldEditor BaseSettingsEditor::makeEditor(const SettingDefinition &d, QWidget *parent)
{
    FieldEditor e;
    const QString name = QStringLiteral("setting:") + d.key;
    if (d.key == QLatin1String("provisioning.firmwareVersion")) {
        e = makeFirmwareEditor(parent);
        e.widget->setObjectName(name);
        return e;
    }
    switch (d.type) {
    case T::Bool: {
        auto *box = new QCheckBox(tr("Enabled"), parent);
        connect(box, &QCheckBox::toggled, this, &BaseSettingsEditor::validate);
        e.widget = box;
        e.value = [box] { return QVariant(box->isChecked()); };
        e.setValue = [box](const QVariant &v) { box->setChecked(v.toBool()); };
        break;
    }
    case T::Int: {
        auto *spin = new QSpinBox(parent);
        // Wider than the setting's range: a typed 80 for a port that starts at 1024 stays as typed
        // and the field's error says the range, instead of the spin box putting the old value back.
        spin->setRange(std::min(d.minimum, 0), std::max(d.maximum, 999999));
        if (d.evenOnly)
            spin->setSingleStep(2);
        connect(spin, &QSpinBox::valueChanged, this, &BaseSettingsEditor::validate);
        e.widget = spin;
        e.value = [spin] { return QVariant(spin->value()); };
        e.setValue = [spin](const QVariant &v) { spin->setValue(v.toInt()); };
        break;
    }
    case T::Enum: {
        auto *combo = new QComboBox(parent);
        for (const QString &choice : d.choices)
            combo->addItem(SettingsSchema::choiceLabel(choice), choice);
        connect(combo, &QComboBox::currentIndexChanged, this, &BaseSettingsEditor::validate);
        e.widget = combo;
        e.value = [combo] { return combo->currentData(); };
        e.setValue = [combo](const QVariant &v) {
            combo->setCurrentIndex(std::max(0, combo->findData(v.toString())));
        };
        break;
    }
    case T::CodecList: {
        // Ordered list: checked codecs are offered, top first.
        auto *box = new QWidget(parent);
        auto *h = new QHBoxLayout(box);
        h->setContentsMargins(0, 0, 0, 0);
        auto *list = new QListWidget(box);
        list->setObjectName(name + QStringLiteral(":list"));
        list->setMaximumHeight(130);
        auto *buttons = new QVBoxLayout;
        auto *up = new QPushButton(tr("Up"), box);
        auto *down = new QPushButton(tr("Down"), box);
        buttons->addWidget(up);
        buttons->addWidget(down);
        buttons->addStretch();
        h->addWidget(list, 1);
        h->addLayout(buttons);
        const QStringList modelCodecs = m_model->codecs;
        auto move = [this, list](int delta) {
            const int row = list->currentRow();
            const int target = row + delta;
            if (row < 0 || target < 0 || target >= list->count())
                return;
            QListWidgetItem *item = list->takeItem(row);
            list->insertItem(target, item);
            list->setCurrentRow(target);
            validate();
        };
        connect(up, &QPushButton::clicked, this, [move] { move(-1); });
        connect(down, &QPushButton::clicked, this, [move] { move(1); });
        connect(list, &QListWidget::itemChanged, this, &BaseSettingsEditor::validate);
        e.widget = box;
        e.value = [list] {
            QStringList codecs;
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->checkState() == Qt::Checked)
                    codecs.append(list->item(i)->data(Qt::UserRole).toString());
            }
            return QVariant(codecs);
        };
        e.setValue = [list, modelCodecs](const QVariant &v) {
            list->clear();
            const QStringList chosen = v.toStringList();
            QStringList order = chosen;
            for (const QString &codec : modelCodecs) {
                if (!order.contains(codec))
                    order.append(codec);
            }
            for (const QString &codec : std::as_const(order)) {
                auto *item = new QListWidgetItem(codecLabel(codec), list);
                item->setData(Qt::UserRole, codec); // the MIME name is what is stored
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(chosen.contains(codec) ? Qt::Checked : Qt::Unchecked);
            }
        };
        break;
    }
    case T::KeyValues: {
        auto *text = new QPlainTextEdit(parent);
        text->setTabChangesFocus(true);
        text->setMaximumHeight(110);
        text->setPlaceholderText(tr("name=value, one per line"));
        connect(text, &QPlainTextEdit::textChanged, this, &BaseSettingsEditor::validate);
        e.widget = text;
        e.value = [text] { return QVariant(text->toPlainText()); };
        e.setValue = [text](const QVariant &v) { text->setPlainText(v.toString()); };
        break;
    }
    case T::String:
    case T::Url: {
        auto *line = new QLineEdit(parent);
        line->setMaxLength(d.maxLength);
        if (d.type == T::Url)
            line->setPlaceholderText(d.httpsOnly ? tr("https://…") : tr("https:// or http:// address"));
        connect(line, &QLineEdit::textChanged, this, &BaseSettingsEditor::validate);
        e.widget = line;
        e.value = [line] { return QVariant(line->text().trimmed()); };
        e.setValue = [line](const QVariant &v) { line->setText(v.toString()); };
        break;
    }
    }
    e.widget->setObjectName(name);
    return e;
}

void BaseSettingsEditor::setFields(const BaseSettings &settings)
{
    m_settingFields = true;
    m_name->setText(settings.name);
    m_description->setPlainText(settings.description);
    if (m_model) {
        const QVariantMap resolved = SettingsSchema::builtin().resolved(settings.values, *m_model);
        for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
            it->setValue(resolved.value(it.key()));
    }
    m_settingFields = false;
    validate();
}

BaseSettings BaseSettingsEditor::settingsFromFields() const
{
    BaseSettings out = m_settings;
    out.name = m_name->text().trimmed();
    out.description = m_description->toPlainText();
    out.values.clear();
    if (!m_model)
        return out;
    // Only values that differ from the model default are stored: a later change of a default
    // reaches every profile that never chose otherwise.
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const SettingDefinition *d = SettingsSchema::builtin().find(it.key());
        const QVariant value = it->value();
        if (!d || value == SettingsSchema::builtin().defaultFor(*d, *m_model))
            continue;
        out.values.insert(it.key(), value);
    }
    // Keys this build does not show are kept so validation can name them.
    for (auto it = m_settings.values.cbegin(); it != m_settings.values.cend(); ++it) {
        if (!m_editors.contains(it.key()))
            out.values.insert(it.key(), it.value());
    }
    return out;
}

void BaseSettingsEditor::validate()
{
    if (m_settingFields)
        return;
    const BaseSettings settings = settingsFromFields();
    m_errors = Validation::validateBaseSettings(settings, ModelCatalog::builtin());
    QHash<QString, QStringList> byKey;
    QStringList other;
    for (const FieldError &e : std::as_const(m_errors)) {
        if (e.field == QLatin1String("name") || m_editors.contains(e.field))
            byKey[e.field].append(e.message);
        else
            other.append(e.message);
    }
    m_nameError->setText(byKey.value(QStringLiteral("name")).join(u'\n'));
    m_nameError->setVisible(byKey.contains(QStringLiteral("name")));
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QStringList messages = byKey.value(it.key());
        it->error->setText(messages.join(u'\n'));
        it->error->setVisible(!messages.isEmpty());
    }
    // Name the tabs that hold errors, so they can be found.
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString category = m_tabs->widget(i)->objectName().section(u':', 1);
        bool hasError = false;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
            hasError = hasError || it.key().section(u'.', 0, 0) == category;
        m_tabs->setTabText(
            i, SettingsSchema::categoryLabel(category) + (hasError ? QStringLiteral(" ⚠") : QString()));
    }
    QStringList summary = other;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.key() != QLatin1String("name"))
            summary.append(it.value());
    }
    m_otherErrors->setText(summary.join(u'\n'));
    m_otherErrors->setVisible(!summary.isEmpty());
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok)) // none when read-only
        ok->setEnabled(m_errors.isEmpty() && m_model);
}

void BaseSettingsEditor::accept()
{
    if (ReadOnlyForm::isReadOnly(this))
        return;
    validate();
    if (!m_errors.isEmpty())
        return;
    BaseSettings settings = settingsFromFields();
    const SaveConflict::Subject subject {
        tr("Base Settings Changed Meanwhile"),
        [&settings](const QString &who) {
            return tr("Base settings \"%1\" were changed%2 while you were editing them.")
                .arg(settings.name, who);
        },
        QStringLiteral("base-settings")};
    switch (SaveConflict::save(
        this, m_storage, subject, settings,
        [this](const BaseSettings &b) {
            return b.id ? m_storage.baseSettings().update(b) : m_storage.baseSettings().create(b);
        },
        [this](Id id) { return m_storage.baseSettings().get(id); })) {
    case SaveConflict::Outcome::Saved:
        m_settings = settings;
        QDialog::accept();
        break;
    case SaveConflict::Outcome::Reloaded:
        m_settings = settings;
        setFields(m_settings);
        break;
    case SaveConflict::Outcome::NotSaved:
        break;
    }
}

} // namespace PhoneDesk
