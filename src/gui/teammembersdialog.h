#pragma once

// Manage > Team Members… (team databases, Administrators): the logins of the team with their role
// and sites; add, edit (role, sites, password) and remove them with the rules of phonedesk-cli
// team (TeamRepository). Passwords go to the database as SCRAM-SHA-256 verifiers only.

#include "teamrepository.h"

#include <QDialog>

#include <memory>

namespace PhoneDesk {

class Storage;

namespace Ui {
class TeamMemberEditor;
class TeamMembersDialog;
} // namespace Ui

// Adds a member (login empty) or edits one: role, sites and, optionally, a new password.
class TeamMemberEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamMemberEditor)

public:
    TeamMemberEditor(Storage &storage, std::optional<TeamMember> existing, QWidget *parent = nullptr);
    ~TeamMemberEditor() override;

    TeamMember member() const;
    // The new password (empty: none given); noPassword(): the login gets none (certificate or peer).
    QString password() const;
    bool noPassword() const;
    // What is wrong with the fields (translated), empty when OK may be pressed.
    QString problem() const;
    void accept() override;

private:
    void validate();

    std::unique_ptr<Ui::TeamMemberEditor> m_ui;
    Storage &m_storage;
    std::optional<TeamMember> m_existing;
};

class TeamMembersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamMembersDialog)

public:
    explicit TeamMembersDialog(Storage &storage, QWidget *parent = nullptr);
    ~TeamMembersDialog() override;

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

    std::unique_ptr<Ui::TeamMembersDialog> m_ui;
    Storage &m_storage;
    QList<TeamMember> m_members;
    QHash<Id, QString> m_siteNames;
};

} // namespace PhoneDesk
