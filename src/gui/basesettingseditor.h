#pragma once

// Edits one Base Settings profile. The form is generated from the settings schema, grouped by
// category, showing only the settings that apply to the profile's model, each with its help
// text, range and a validation message next to it.

#include "entities.h"
#include "result.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace PhoneDesk {

class Storage;
struct PhoneModel;
struct SettingDefinition;

class BaseSettingsEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BaseSettingsEditor)

public:
    // `settings.id` 0 creates a new profile.
    BaseSettingsEditor(Storage &storage, BaseSettings settings, QWidget *parent = nullptr);

    BaseSettings settingsFromFields() const;
    const FieldErrors &errors() const { return m_errors; }
    const BaseSettings &savedSettings() const { return m_settings; }
    // The editor widget of a setting (objectName "setting:<key>"), for tests.
    QWidget *editorFor(const QString &key) const { return m_editors.value(key).widget; }

    void accept() override;

    // A setting's value as people read it: "enabled", "RTP events (RFC 4733)", "G.722, Opus".
    static QString displayText(const SettingDefinition &definition, const QVariant &value);
    // "G.722" for "audio/G722".
    static QString codecLabel(const QString &mimeName);

private:
    struct FieldEditor
    {
        QWidget *widget = nullptr;
        QLabel *error = nullptr;
        std::function<QVariant()> value; // nullopt-like invalid QVariant on unparseable text
        std::function<void(const QVariant &)> setValue;
    };

    QWidget *buildCategoryPage(const QString &category, QWidget *parent);
    FieldEditor makeFirmwareEditor(QWidget *parent);
    FieldEditor makeEditor(const SettingDefinition &definition, QWidget *parent);
    void setFields(const BaseSettings &settings);
    void validate();

    Storage &m_storage;
    BaseSettings m_settings;
    const PhoneModel *m_model = nullptr;
    QHash<QString, FieldEditor> m_editors;
    FieldErrors m_errors;
    bool m_settingFields = false;

    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_otherErrors = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace PhoneDesk
