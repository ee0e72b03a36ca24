#pragma once

// Manage > Team Members… (team databases, Administrators): the logins of the team with their role
// and sites; add, edit (role, sites, password) and remove them with the rules of phonedesk-cli
// team (TeamRepository). Passwords go to the database as SCRAM-SHA-256 verifiers only.

#include "teamrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace PhoneDesk {

class Storage;

// Adds a member (login empty) or edits one: role, sites and, optionally, a new password.
class TeamMemberEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamMemberEditor)

public:
    TeamMemberEditor(Storage &storage, std::optional<TeamMember> existing, QWidget *parent = nullptr);

    TeamMember member() const;
    // The new password (empty: none given); noPassword(): the login gets none (certificate or peer).
    QString password() const;
    bool noPassword() const;
    // What is wrong with the fields (translated), empty when OK may be pressed.
    QString problem() const;
    void accept() override;

private:
    void validate();

    Storage &m_storage;
    std::optional<TeamMember> m_existing;
    QLineEdit *m_login = nullptr;
    QComboBox *m_role = nullptr;
    QCheckBox *m_allSites = nullptr;
    QListWidget *m_sites = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QCheckBox *m_noPassword = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

class TeamMembersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamMembersDialog)

public:
    explicit TeamMembersDialog(Storage &storage, QWidget *parent = nullptr);

    // Reads the team again; false (with the reason shown) when the database refuses.
    bool reload();
    const QList<TeamMember> &members() const { return m_members; }
    // The selected member's login (empty: none).
    QString currentLogin() const;

    void addMember();
    void editMember();
    void removeMember();

private:
    void updateButtons();

    Storage &m_storage;
    QList<TeamMember> m_members;
    QHash<Id, QString> m_siteNames;
    QTreeWidget *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace PhoneDesk
