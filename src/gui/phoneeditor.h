#pragma once

// Add / edit one phone: fields that follow the category, line keys up to the model's maximum,
// per-phone setting overrides, status and provisioning history. Validation messages sit next to
// each field (for a new phone once the field was edited or OK pressed) and OK stays disabled
// while one is shown. A concurrent edit elsewhere is reported as a conflict with the choice to
// reload, overwrite or go back to editing.

#include "entities.h"
#include "result.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <memory>

class QLabel;

namespace PhoneDesk {

class Storage;
class StorageValidationContext;

namespace Ui {
class PhoneEditor;
} // namespace Ui

class PhoneEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneEditor)

public:
    // `phoneId` 0 creates a new phone.
    PhoneEditor(Storage &storage, Id phoneId, QWidget *parent = nullptr);
    ~PhoneEditor() override;

    // False when the phone could not be loaded (the reason was shown).
    bool isLoaded() const { return m_loaded; }
    // The phone as the fields describe it now (not yet validated or normalised).
    Phone phoneFromFields() const;
    // Current validation errors (what the labels show).
    const FieldErrors &errors() const { return m_errors; }
    const Phone &savedPhone() const { return m_phone; }

    void accept() override;

private:
    void setUpGeneralTab();
    void setUpLineKeysTab();
    void setUpOverridesTab();
    void setUpStatusTab();
    void setUpConfigurationTab();
    void loadLists();
    void setFields(const Phone &phone);
    void refreshBaseSettingsChoices();
    void updateCategoryRows();
    void validate();
    // `field` was changed by the person editing: its messages show from now on.
    void edited(const QString &field);
    void addLineKeyRow(const LineKey &key);
    void moveLineKey(int delta);
    void addOverrideRow(const QString &key, const QVariant &value);
    void loadStatus();
    int maxLineKeys() const;
    const struct PhoneModel *currentModel() const;
    bool save(Phone phone);

    std::unique_ptr<Ui::PhoneEditor> m_ui;
    Storage &m_storage;
    Phone m_phone;
    bool m_loaded = true;
    std::unique_ptr<StorageValidationContext> m_context;
    QHash<Id, QString> m_baseSettingsModels;
    QList<std::pair<Id, QString>> m_baseSettingsNames;
    FieldErrors m_errors;
    bool m_settingFields = false;
    QSet<QString> m_edited; // fields changed in this editor (see validate())
    bool m_showAllErrors = true; // false for a new phone until OK was pressed

    QHash<QString, QLabel *> m_errorLabels; // field -> label next to it
    QLabel *m_otherErrors = nullptr;
    QLabel *m_warnings = nullptr;
    bool m_configurationShown = false;
};

} // namespace PhoneDesk
