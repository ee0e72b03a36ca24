#pragma once

// Team mode on PostgreSQL: the group roles of a database (Viewer, Operator, Editor, Administrator
// and the server role), the privileges each is granted, and the people in them. What a role may
// do is enforced by PostgreSQL (grants, row-level security by site, an append-only audit log), so
// it holds for the console, the CLI and psql alike; docs/user-guide.md lists it ("Team database").
//
// Role names are cluster-wide in PostgreSQL while grants are per database, so every database gets
// its own group roles, named after it ("phonedesk_viewer" for database "phonedesk"): a login in
// one team has no rights in another database of the same cluster.

#include "entities.h"
#include "result.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace PhoneDesk {

class Storage;

// The PostgreSQL group roles: the console roles plus the one phonedesk-server connects with.
enum class TeamRole { Viewer, Operator, Editor, Administrator, Server };
inline constexpr int TeamRoleCount = 5;

QString toKey(TeamRole role); // "viewer" … "server"; stable, used by the database and the CLI
std::optional<TeamRole> teamRoleFromKey(const QString &key);
QString displayName(TeamRole role); // translated
QList<TeamRole> allTeamRoles();

struct TeamMember
{
    QString login;
    TeamRole role = TeamRole::Viewer;
    std::optional<QList<Id>> sites; // nullopt: every site (always for Administrator and Server)
    bool canLogin = true;
};

struct TeamSetupReport
{
    QHash<TeamRole, QString> groupRoles; // the role name of each group in this database
    QStringList created; // group roles created now (empty when run again)
    QStringList warnings; // what could not be tightened (e.g. CREATE on a schema owned by someone else)
};

class TeamRepository final
{
public:
    explicit TeamRepository(Storage &storage)
        : m_storage(storage)
    { }

    // The group role name of `role` for a database called `database`: the database name in lower
    // case with anything but letters, digits and '_' as '_', then '_viewer' etc. Long names are
    // shortened with a hash so that the result fits PostgreSQL's 63 bytes.
    static QString groupRoleName(const QString &database, TeamRole role);

    // The group roles of this database; empty when no team is set up (or on SQLite).
    Result<QHash<TeamRole, QString>> groupRoles();

    // phonedesk-cli db setup-team. The owner of the tables, with CREATEROLE, creates the group
    // roles (NOLOGIN) where missing and grants each exactly its privileges on every table, column
    // and function; PUBLIC keeps none. Idempotent. A role of the same name that PhoneDesk did not
    // make for this database is not taken over: the call fails and names it.
    Result<TeamSetupReport> setup();
    // The grants again (after a migration added tables); nothing when no team is set up. Owner only.
    Result<void> applyGrantsIfSetUp();

    // People. Administrators (and the owner); each call is one transaction with its audit entry.
    // `scramVerifier` is a SCRAM-SHA-256 verifier (Scram::verifier), never a password; empty: the
    // login gets no password (certificate or peer authentication), or keeps the one it has.
    Result<QList<TeamMember>> list();
    // Creates the login when it does not exist. True when it was created.
    Result<bool> add(const TeamMember &member, const QString &scramVerifier);
    // Takes the login out of this team; drops it when it was made for this team and is in no
    // other role. True when it was dropped.
    Result<bool> remove(const QString &login);
    Result<void> setRole(const QString &login, TeamRole role);
    Result<void> setSites(const QString &login, const std::optional<QList<Id>> &sites);
    Result<void> setPassword(const QString &login, const QString &scramVerifier);

private:
    Result<void> requireTeamDatabase(const QString &action) const;
    Result<void> applyGrants(const QHash<TeamRole, QString> &groups);
    Result<void> call(const QString &sql, const QVariantList &binds, const QString &what);

    Storage &m_storage;
};

} // namespace PhoneDesk
