#pragma once

// Manage > Firmware Rollouts…: every rollout with its progress, the phones of the selected one and
// where each stands; Administrators start one (NewRolloutDialog), pause, resume and roll back.
// Progress follows the change feed: whichever process runs the provisioning server gives the turns.

#include "rolloutrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;
class QTreeWidget;

namespace PhoneDesk {

class Storage;
struct ChangeEvent;

class NewRolloutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewRolloutDialog)

public:
    // `selectedPhones`: the Phones tab's selection, offered as the scope when they share a profile.
    NewRolloutDialog(Storage &storage, const QList<Id> &selectedPhones, QWidget *parent = nullptr);
    ~NewRolloutDialog() override;

    RolloutRequest request() const;
    // Starts the rollout; false with the reason shown under the form.
    bool startRollout();
    const FirmwareRollout &started() const { return m_started; }
    void accept() override;

    QComboBox *profileBox() const { return m_profile; }
    QComboBox *targetBox() const { return m_target; }
    QRadioButton *allButton() const { return m_all; }
    QRadioButton *sitesButton() const { return m_sites; }
    QRadioButton *percentButton() const { return m_percent; }
    QRadioButton *selectionButton() const { return m_selection; }
    QListWidget *siteList() const { return m_siteList; }
    QSpinBox *percentBox() const { return m_percentBox; }
    QSpinBox *limitBox() const { return m_limit; }
    QCheckBox *windowBox() const { return m_window; }
    QTimeEdit *windowStart() const { return m_windowStart; }
    QTimeEdit *windowEnd() const { return m_windowEnd; }
    QLabel *errorLabel() const { return m_error; }

private:
    void fillTargets();
    void updateEnabled();

    Storage &m_storage;
    QList<Id> m_selectedPhones;
    Id m_selectionProfile = 0;
    QComboBox *m_profile = nullptr;
    QComboBox *m_target = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_sites = nullptr;
    QRadioButton *m_percent = nullptr;
    QRadioButton *m_selection = nullptr;
    QListWidget *m_siteList = nullptr;
    QSpinBox *m_percentBox = nullptr;
    QSpinBox *m_limit = nullptr;
    QCheckBox *m_window = nullptr;
    QTimeEdit *m_windowStart = nullptr;
    QTimeEdit *m_windowEnd = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_error = nullptr;
    FirmwareRollout m_started;
};

class RolloutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloutDialog)

public:
    RolloutDialog(Storage &storage, const QList<Id> &selectedPhones, QWidget *parent = nullptr);
    ~RolloutDialog() override;

    bool reload();
    const QList<FirmwareRollout> &rollouts() const { return m_rollouts; }
    Id currentRolloutId() const;
    void selectRollout(Id id);
    QTreeWidget *rolloutList() const { return m_list; }
    QTreeWidget *phoneList() const { return m_phones; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *rollBackButton() const { return m_rollBack; }

    void newRollout();
    void pauseRollout();
    void resumeRollout();
    void rollBackRollout();

private:
    void fillPhones();
    void updateButtons();
    void onChange(const ChangeEvent &event);
    void report(const Result<void> &result);

    Storage &m_storage;
    QList<Id> m_selectedPhones;
    QList<FirmwareRollout> m_rollouts;
    QTreeWidget *m_list = nullptr;
    QTreeWidget *m_phones = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_rollBack = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace PhoneDesk
