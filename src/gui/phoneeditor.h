#pragma once

// Add / edit one phone: fields that follow the category, line keys up to the model's maximum,
// per-phone setting overrides, status and provisioning history. Validation messages sit next to
// each field and OK stays disabled until the phone is valid. A concurrent edit elsewhere is
// reported as a conflict with the choice to reload, overwrite or go back to editing.

#include "entities.h"
#include "result.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace PhoneDesk {

class Storage;
class StorageValidationContext;
class ConfigPreviewWidget;

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
    void buildGeneralTab(QTabWidget *tabs);
    void buildLineKeysTab(QTabWidget *tabs);
    void buildOverridesTab(QTabWidget *tabs);
    void buildStatusTab(QTabWidget *tabs);
    void buildConfigurationTab(QTabWidget *tabs);
    void loadLists();
    void setFields(const Phone &phone);
    void refreshBaseSettingsChoices();
    void updateCategoryRows();
    void validate();
    void addLineKeyRow(const LineKey &key);
    void moveLineKey(int delta);
    void addOverrideRow(const QString &key, const QVariant &value);
    void loadStatus();
    int maxLineKeys() const;
    const struct PhoneModel *currentModel() const;
    bool save(Phone phone);

    Storage &m_storage;
    Phone m_phone;
    bool m_loaded = true;
    std::unique_ptr<StorageValidationContext> m_context;
    QHash<Id, QString> m_baseSettingsModels;
    QList<std::pair<Id, QString>> m_baseSettingsNames;
    FieldErrors m_errors;
    bool m_settingFields = false;

    QTabWidget *m_tabs = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_baseSettings = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_user = nullptr;
    QLineEdit *m_hardwareId = nullptr;
    QLineEdit *m_remoteAddress = nullptr;
    QLineEdit *m_networkAddress = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QHash<QString, QLabel *> m_errorLabels; // field -> label next to it
    QLabel *m_otherErrors = nullptr;
    QLabel *m_warnings = nullptr;

    QTableWidget *m_lineKeys = nullptr;
    QLabel *m_lineKeyLimit = nullptr;
    QPushButton *m_addLineKey = nullptr;
    QPushButton *m_removeLineKey = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;

    QTableWidget *m_overrides = nullptr;
    QPushButton *m_addOverride = nullptr;
    QPushButton *m_removeOverride = nullptr;

    QLabel *m_statusSummary = nullptr;
    QTreeWidget *m_history = nullptr;
    ConfigPreviewWidget *m_configuration = nullptr;
    bool m_configurationShown = false;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace PhoneDesk
