#include "teamrepository.h"

#include "sqlutil.h"
#include "storage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

namespace PhoneDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PhoneDesk::TeamRepository", text);
}

// How a group ranks when a login is (against the rules) in several: the highest counts.
int rankOf(TeamRole role)
{
    switch (role) {
    case TeamRole::Viewer:
        return 1;
    case TeamRole::Operator:
        return 2;
    case TeamRole::Editor:
        return 3;
    case TeamRole::Server:
        return 4;
    case TeamRole::Administrator:
        return 5;
    }
    return 0;
}

QString comment(TeamRole role, const QString &database)
{
    return QStringLiteral("PhoneDesk %1 role of database %2").arg(toKey(role), database);
}

// '{1,2}' for bigint[], or a null text for NULL (every site).
QVariant sitesArray(const std::optional<QList<Id>> &sites)
{
    if (!sites)
        return QVariant(QMetaType(QMetaType::QString));
    QStringList ids;
    for (const Id id : *sites)
        ids.append(QString::number(id));
    return QString(u'{' + ids.join(u',') + u'}');
}

QVariant verifierValue(const QString &verifier)
{
    return verifier.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(verifier);
}

} // namespace

QString toKey(TeamRole role)
{
    switch (role) {
    case TeamRole::Viewer:
        return QStringLiteral("viewer");
    case TeamRole::Operator:
        return QStringLiteral("operator");
    case TeamRole::Editor:
        return QStringLiteral("editor");
    case TeamRole::Administrator:
        return QStringLiteral("administrator");
    case TeamRole::Server:
        return QStringLiteral("server");
    }
    return {};
}

std::optional<TeamRole> teamRoleFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const TeamRole role : allTeamRoles()) {
        if (k == toKey(role))
            return role;
    }
    if (k == QLatin1String("admin"))
        return TeamRole::Administrator;
    return std::nullopt;
}

QString displayName(TeamRole role)
{
    switch (role) {
    case TeamRole::Viewer:
        return displayName(Role::Viewer);
    case TeamRole::Operator:
        return displayName(Role::Operator);
    case TeamRole::Editor:
        return displayName(Role::Editor);
    case TeamRole::Administrator:
        return displayName(Role::Administrator);
    case TeamRole::Server:
        return QCoreApplication::translate("PhoneDesk::TeamRepository", "Server (phonedesk-server)");
    }
    return {};
}

QList<TeamRole> allTeamRoles()
{
    return {TeamRole::Viewer, TeamRole::Operator, TeamRole::Editor, TeamRole::Administrator,
            TeamRole::Server};
}

QString TeamRepository::groupRoleName(const QString &database, TeamRole role)
{
    QString prefix;
    for (const QChar c : database.toLower()) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
        prefix += plain ? c : u'_';
    }
    if (prefix.isEmpty() || prefix.front().isDigit())
        prefix.prepend(QStringLiteral("pd_"));
    // "_administrator" is the longest suffix (14): the prefix may have 49 of the 63 bytes.
    constexpr int MaxPrefix = 63 - 14;
    if (prefix.size() > MaxPrefix) {
        const QByteArray hash = QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Sha256);
        prefix = prefix.left(MaxPrefix - 9) + u'_' + QString::fromLatin1(hash.toHex().left(8));
    }
    return prefix + u'_' + toKey(role);
}

Result<void> TeamRepository::requireTeamDatabase(const QString &action) const
{
    if (m_storage.isPostgres())
        return {};
    return Error::make(Error::Code::Unsupported,
                       tr("Cannot %1: team members exist in a team database on PostgreSQL. The embedded "
                          "database has one person at this desk; choose the role with --role.")
                           .arg(action));
}

Result<QHash<TeamRole, QString>> TeamRepository::groupRoles()
{
    QHash<TeamRole, QString> roles;
    if (!m_storage.isPostgres())
        return roles;
    QSqlQuery q(m_storage.database());
    if (!q.exec(QStringLiteral("SELECT role, name FROM team_roles")))
        return Sql::toError(q.lastError(), tr("reading the team's roles"));
    while (q.next()) {
        if (const auto role = teamRoleFromKey(q.value(0).toString()))
            roles.insert(*role, q.value(1).toString());
    }
    return roles;
}

Result<TeamSetupReport> TeamRepository::setup()
{
    if (auto r = requireTeamDatabase(tr("set up team mode")); !r)
        return r.error();
    const SessionIdentity &me = m_storage.identity();
    if (!me.owner)
        return Error::make(Error::Code::Permission,
                           tr("Only the owner of database %1 can set up team mode; you are signed in as %2.")
                               .arg(m_storage.spec().database, me.login));
    QSqlDatabase db = m_storage.database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT rolcreaterole OR rolsuper, current_user, current_database() FROM "
                               "pg_catalog.pg_roles WHERE rolname = current_user")) ||
        !q.next())
        return Sql::toError(q.lastError(), tr("setting up team mode"));
    const bool createRole = q.value(0).toBool();
    const QString owner = q.value(1).toString();
    const QString database = q.value(2).toString();
    q.finish();
    if (!createRole)
        return Error::make(
            Error::Code::Permission,
            tr("Setting up team mode creates PostgreSQL roles, and the login %1 may not create "
               "roles. A superuser can allow it: ALTER ROLE %1 CREATEROLE;")
                .arg(owner));
    auto existing = groupRoles();
    if (!existing)
        return existing.error();

    TeamSetupReport report;
    const QSqlDriver *driver = db.driver();
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        for (const TeamRole role : allTeamRoles()) {
            const QString name = existing->value(role, groupRoleName(database, role));
            const QString quoted = driver->escapeIdentifier(name, QSqlDriver::TableName);
            QSqlQuery find(db);
            find.prepare(
                QStringLiteral("SELECT rolcanlogin, coalesce(shobj_description(oid, 'pg_authid'), '') "
                               "FROM pg_catalog.pg_roles WHERE rolname = ?"));
            find.addBindValue(name);
            if (auto e = Sql::exec(find, tr("setting up team mode")); !e)
                return e;
            if (find.next()) {
                const bool login = find.value(0).toBool();
                const bool ours =
                    existing->contains(role) || find.value(1).toString() == comment(role, database);
                if (login || !ours)
                    return Error::make(
                        Error::Code::Conflict,
                        tr("The PostgreSQL role %1 already exists and was not made by PhoneDesk as the %2 "
                           "role of database %3 (role names are shared by every database of the server). "
                           "Rename or drop it, then set up team mode again; nothing was changed.")
                            .arg(name, toKey(role), database));
            } else {
                QSqlQuery create(db);
                if (!create.exec(QStringLiteral("CREATE ROLE ") + quoted + QStringLiteral(" NOLOGIN")) ||
                    !create.exec(QStringLiteral("COMMENT ON ROLE ") + quoted + QStringLiteral(" IS ") +
                                 Sql::literal(driver, comment(role, database))))
                    return Sql::toError(create.lastError(), tr("creating the role %1").arg(name));
                report.created.append(name);
            }
            QSqlQuery record(db);
            record.prepare(QStringLiteral("INSERT INTO team_roles (role, name, rank) VALUES (?, ?, ?) "
                                          "ON CONFLICT (role) DO UPDATE SET name = excluded.name, "
                                          "rank = excluded.rank"));
            record.addBindValue(toKey(role));
            record.addBindValue(name);
            record.addBindValue(rankOf(role));
            if (auto e = Sql::exec(record, tr("setting up team mode")); !e)
                return e;
            report.groupRoles.insert(role, name);
        }
        if (auto e = applyGrants(report.groupRoles); !e)
            return e;
        QStringList names;
        for (const TeamRole role : allTeamRoles())
            names.append(report.groupRoles.value(role));
        return m_storage.writeAudit(QStringLiteral("team.setup"), QStringLiteral("team"), 0, database,
                                    QStringLiteral("group roles: ") + names.join(QStringLiteral(", ")));
    });
    if (!r)
        return r.error();
    // Said once the transaction is in: what could not be tightened (the grants themselves hold).
    QSqlQuery check(db);
    if (check.exec(QStringLiteral(
            "SELECT has_schema_privilege('public', current_schema(), 'CREATE'), "
            "has_database_privilege('public', current_database(), 'CONNECT'), current_schema()")) &&
        check.next()) {
        if (check.value(0).toBool())
            report.warnings.append(
                tr("Every login of the PostgreSQL server may still create objects in the schema of the "
                   "tables (its owner is not you): ask its owner to run REVOKE CREATE ON SCHEMA %1 FROM "
                   "PUBLIC;")
                    .arg(check.value(2).toString()));
        if (check.value(1).toBool())
            report.warnings.append(
                tr("Every login of the PostgreSQL server may still connect to database %1 (its owner is not "
                   "you): ask its owner to run REVOKE CONNECT ON DATABASE %1 FROM PUBLIC;")
                    .arg(database));
    }
    return report;
}

Result<void> TeamRepository::applyGrantsIfSetUp()
{
    if (!m_storage.isPostgres())
        return {};
    auto roles = groupRoles();
    if (!roles)
        return roles.error();
    if (roles->isEmpty())
        return {};
    return m_storage.inTransaction([&]() -> Result<void> { return applyGrants(*roles); });
}

// The role table of docs/user-guide.md ("Team database"), statement by statement. Everything is
// revoked first, so running it again (or after a migration) leaves exactly this.
Result<void> TeamRepository::applyGrants(const QHash<TeamRole, QString> &groups)
{
    QSqlDatabase db = m_storage.database();
    const QSqlDriver *driver = db.driver();
    auto group = [&](TeamRole role) {
        return driver->escapeIdentifier(groups.value(role), QSqlDriver::TableName);
    };
    const QString V = group(TeamRole::Viewer);
    const QString O = group(TeamRole::Operator);
    const QString E = group(TeamRole::Editor);
    const QString A = group(TeamRole::Administrator);
    const QString S = group(TeamRole::Server);
    const QString everyone = QStringList {V, O, E, A, S}.join(QStringLiteral(", "));

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT quote_ident(current_schema()), quote_ident(current_database())")) ||
        !q.next())
        return Sql::toError(q.lastError(), tr("granting the team's privileges"));
    const QString schema = q.value(0).toString();
    const QString database = q.value(1).toString();
    q.finish();
    // The columns of phones a role without device secrets sees: every column but device_secret,
    // read from the table so that a column added later is covered when this runs after its migration.
    QStringList phoneColumns;
    if (!q.exec(
            QStringLiteral("SELECT attname FROM pg_catalog.pg_attribute WHERE attrelid = 'phones'::regclass "
                           "AND attnum > 0 AND NOT attisdropped ORDER BY attnum")))
        return Sql::toError(q.lastError(), tr("granting the team's privileges"));
    while (q.next()) {
        const QString column = q.value(0).toString();
        if (column != QLatin1String("device_secret"))
            phoneColumns.append(column);
    }
    q.finish();
    const QString phonesRead = phoneColumns.join(QStringLiteral(", "));
    const QString phonesWrite = QStringList(phoneColumns.cbegin() + 1, phoneColumns.cend()) // without id
                                    .join(QStringLiteral(", "));

    const QStringList statements = {
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC, %2").arg(schema, everyone),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM PUBLIC, %2").arg(schema, everyone),
        QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA %1 FROM PUBLIC, %2").arg(schema, everyone),
        // Reference data: everyone reads, Administrators change.
        QStringLiteral("GRANT SELECT ON sites, users, base_settings, app_settings TO %1, %2, %3, %4")
            .arg(V, O, E, S),
        QStringLiteral(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON sites, users, base_settings, app_settings TO %1")
            .arg(A),
        // The provisioning server counts what the quarantine had to drop (a setting row).
        QStringLiteral("GRANT INSERT, UPDATE ON app_settings TO %1").arg(S),
        // Phones: device secrets for Administrators and the server only; an Operator may clear the
        // user (Log Out; a policy allows nothing else); an Editor gets secrets from the database.
        QStringLiteral("GRANT SELECT (%1) ON phones TO %2, %3, %4").arg(phonesRead, V, O, E),
        QStringLiteral("GRANT UPDATE (user_id, version) ON phones TO %1").arg(O),
        QStringLiteral("GRANT INSERT (%1), UPDATE (%1), DELETE ON phones TO %2").arg(phonesWrite, E),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON phones TO %1").arg(A),
        QStringLiteral("GRANT SELECT ON phones TO %1").arg(S),
        // Status: probes by Operators and up, provisioning fetches by the server (and Administrators,
        // whose console may run the provisioning server).
        QStringLiteral("GRANT SELECT ON phone_status TO %1").arg(everyone),
        QStringLiteral("GRANT INSERT (phone_id, status, rtt_ms, last_seen, last_change, detail), "
                       "UPDATE (status, rtt_ms, last_seen, last_change, detail) ON phone_status TO %1, %2")
            .arg(O, E),
        QStringLiteral("GRANT DELETE ON phone_status TO %1").arg(E),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON phone_status TO %1").arg(A),
        QStringLiteral("GRANT INSERT, UPDATE ON phone_status TO %1").arg(S),
        // The audit log: read by everyone, appended to by whoever acts; never changed. The time and
        // the actor are no column a member may write: the database fills them in.
        QStringLiteral("GRANT SELECT ON audit TO %1").arg(everyone),
        QStringLiteral("GRANT INSERT (action, entity_type, entity_id, entity_name, details) ON audit "
                       "TO %1, %2, %3, %4")
            .arg(O, E, A, S),
        QStringLiteral("GRANT SELECT ON provisioning_quarantine TO %1").arg(everyone),
        QStringLiteral("GRANT DELETE ON provisioning_quarantine TO %1").arg(E),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON provisioning_quarantine TO %1").arg(A),
        QStringLiteral("GRANT INSERT, UPDATE ON provisioning_quarantine TO %1").arg(S),
        QStringLiteral("GRANT SELECT ON schema_version, team_roles TO %1").arg(everyone),
        // Phone commands in team mode (CommandQueue): Operators and up ask (row-level security
        // keeps them to their sites' phones and their own commands) and may cancel what they asked
        // (Administrators anything); only the server role claims and records results.
        QStringLiteral("GRANT SELECT ON commands, command_results TO %1").arg(everyone),
        QStringLiteral("GRANT INSERT (kind), UPDATE (cancel_requested) ON commands TO %1, %2, %3")
            .arg(O, E, A),
        QStringLiteral("GRANT UPDATE (state, finished_at) ON commands TO %1").arg(S),
        QStringLiteral("GRANT INSERT (command_id, phone_id) ON command_results TO %1, %2, %3").arg(O, E, A),
        QStringLiteral(
            "GRANT UPDATE (state, detail, status, server, claimed_pid, updated_at) ON command_results "
            "TO %1")
            .arg(S),
        // The firmware library: everyone sees what is in it (and how many phones run each
        // version); Administrators add and remove images; the server role reads the bytes to serve
        // them, as do Administrators (whose console may run the provisioning server). Images are
        // never changed in place: their content is their identity (sha256).
        QStringLiteral("GRANT SELECT ON firmware_images TO %1").arg(everyone),
        QStringLiteral("GRANT INSERT (vendor, family, models, version, kind, file_name, size, sha256, "
                       "chunk_size, package_id), DELETE ON firmware_images TO %1")
            .arg(A),
        QStringLiteral("GRANT SELECT, INSERT, DELETE ON firmware_chunks TO %1").arg(A),
        QStringLiteral("GRANT SELECT ON firmware_chunks TO %1").arg(S),
        // Firmware downloads: everyone sees them (their sites' phones); the provisioning server
        // (and Administrators, whose console may run it) records them. History is not edited.
        QStringLiteral("GRANT SELECT ON firmware_downloads TO %1").arg(everyone),
        QStringLiteral("GRANT INSERT (phone_id, image_id, sha256, version, started, finished, first_byte, "
                       "bytes_sent, complete, ranged, ip, server) ON firmware_downloads TO %1, %2")
            .arg(A, S),
        // Firmware rollouts: everyone sees them and where each phone stands; Administrators start,
        // pause and roll them back; the process that runs the provisioning server (the server role,
        // or an Administrator's console) gives turns and records outcomes.
        QStringLiteral(
            "GRANT SELECT ON firmware_rollouts, firmware_rollout_phones, phone_firmware_pins TO %1")
            .arg(everyone),
        QStringLiteral("GRANT INSERT, UPDATE ON firmware_rollouts TO %1").arg(A),
        QStringLiteral("GRANT UPDATE (state, finished_at) ON firmware_rollouts TO %1").arg(S),
        QStringLiteral("GRANT INSERT, UPDATE ON firmware_rollout_phones TO %1").arg(A),
        QStringLiteral(
            "GRANT UPDATE (state, started_at, finished_at, detail) ON firmware_rollout_phones TO %1")
            .arg(S),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON phone_firmware_pins TO %1, %2").arg(A, S),
        // Vendor redirection (Poly ZTP, Yealink RPS): everyone sees where their phones stand; the
        // process that registers the phones with the services records it: phonedesk-server, whose
        // login is in the server role or an Administrator's.
        QStringLiteral("GRANT SELECT ON phone_redirection TO %1").arg(everyone),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON phone_redirection TO %1, %2").arg(A, S),
        // The policies call these as the session, so every group needs them.
        QStringLiteral("GRANT EXECUTE ON FUNCTION phonedesk_session_role(), phonedesk_site_scope(), "
                       "phonedesk_may_touch_site(bigint) TO %1")
            .arg(everyone),
        QStringLiteral("GRANT EXECUTE ON FUNCTION phonedesk_new_device_secret() TO %1, %2").arg(E, A),
        QStringLiteral("GRANT EXECUTE ON FUNCTION phonedesk_team_add(text, text, text, bigint[]), "
                       "phonedesk_team_remove(text), phonedesk_team_set_role(text, text), "
                       "phonedesk_team_set_sites(text, bigint[]), phonedesk_team_set_password(text, text), "
                       "phonedesk_team_list() TO %1")
            .arg(A),
    };
    for (const QString &statement : statements) {
        if (!q.exec(statement))
            return Sql::toError(q.lastError(), tr("granting the team's privileges"));
    }
    // The database and the schema may belong to someone else (then setup() says what is left):
    // each is tried in a savepoint of its own.
    const QStringList optional = {
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(database),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, everyone),
        QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM PUBLIC").arg(schema),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, everyone),
    };
    for (const QString &statement : optional) {
        q.exec(QStringLiteral("SAVEPOINT phonedesk_grant"));
        if (!q.exec(statement))
            q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT phonedesk_grant"));
        else
            q.exec(QStringLiteral("RELEASE SAVEPOINT phonedesk_grant"));
    }
    return {};
}

Result<void> TeamRepository::call(const QString &sql, const QVariantList &binds, const QString &what)
{
    if (auto r = requireTeamDatabase(what); !r)
        return r;
    if (auto r = m_storage.require(Permission::Administer, what); !r)
        return r;
    // Outside the transaction: a query whose statement failed is freed after the rollback.
    QSqlQuery q(m_storage.database());
    return m_storage.inTransaction([&]() -> Result<void> {
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            const QString text = Sql::primaryMessage(error);
            // The team functions say in so many words what is wrong (a login that is not theirs to
            // change, a site that does not exist); other refusals get the usual wording.
            const QString code = error.nativeErrorCode();
            if (code == QLatin1String("42501") && text.startsWith(QLatin1String("permission denied")))
                return Sql::permissionError(text, what);
            if (code == QLatin1String("42501") || code == QLatin1String("22023") ||
                code == QLatin1String("42704") || code == QLatin1String("42710") ||
                code == QLatin1String("42602") || code == QLatin1String("23503"))
                return Error::make(code == QLatin1String("42501") ? Error::Code::Permission
                                                                  : Error::Code::Validation,
                                   tr("Could not %1: %2.").arg(what, text));
            return Sql::toError(error, what);
        }
        m_storage.queueChange({ChangeEvent::Entity::Audit, ChangeEvent::Kind::Upsert, {}});
        return {};
    });
}

Result<QList<TeamMember>> TeamRepository::list()
{
    if (auto r = requireTeamDatabase(tr("list the team")); !r)
        return r.error();
    if (auto r = m_storage.require(Permission::Administer, tr("list the team")); !r)
        return r.error();
    QSqlQuery q(m_storage.database());
    if (!q.exec(QStringLiteral("SELECT login, role, sites IS NULL, array_to_string(sites, ','), can_login "
                               "FROM phonedesk_team_list()")))
        return Sql::toError(q.lastError(), tr("reading the team"));
    QList<TeamMember> out;
    while (q.next()) {
        TeamMember m;
        m.login = q.value(0).toString();
        m.role = teamRoleFromKey(q.value(1).toString()).value_or(TeamRole::Viewer);
        if (!q.value(2).toBool()) {
            QList<Id> sites;
            for (const QString &id : q.value(3).toString().split(u',', Qt::SkipEmptyParts))
                sites.append(id.toLongLong());
            m.sites = sites;
        }
        m.canLogin = q.value(4).toBool();
        out.append(m);
    }
    return out;
}

Result<bool> TeamRepository::add(const TeamMember &member, const QString &scramVerifier)
{
    // What the database would refuse too, said in the user's language and naming the field.
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.@-]{0,62}$"));
    if (!loginPattern.match(member.login).hasMatch() ||
        member.login.startsWith(QLatin1String("pg_"), Qt::CaseInsensitive))
        return Error::validation(
            {{QStringLiteral("login"),
              tr("Login: \"%1\" is not a login name PhoneDesk can add: use letters, digits "
                 "and _ . @ - (at most 63, not starting with pg_).")
                  .arg(member.login)}});
    if (member.sites && member.role != TeamRole::Viewer && member.role != TeamRole::Operator &&
        member.role != TeamRole::Editor)
        return Error::validation(
            {{QStringLiteral("sites"),
              tr("Sites: the %1 role is not limited to sites; only Viewers, Operators and Editors are.")
                  .arg(displayName(member.role))}});
    bool existed = false;
    if (m_storage.isPostgres()) {
        QSqlQuery q(m_storage.database());
        q.prepare(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ?"));
        q.addBindValue(member.login);
        if (q.exec() && q.next())
            existed = q.value(0).toInt() > 0;
    }
    if (auto r =
            call(QStringLiteral("SELECT phonedesk_team_add(?, ?, ?, CAST(? AS bigint[]))"),
                 {member.login, toKey(member.role), verifierValue(scramVerifier), sitesArray(member.sites)},
                 tr("add %1 to the team").arg(member.login));
        !r)
        return r.error();
    return !existed;
}

Result<bool> TeamRepository::remove(const QString &login)
{
    bool dropped = false;
    if (auto r = call(QStringLiteral("SELECT phonedesk_team_remove(?)"), {login},
                      tr("remove %1 from the team").arg(login));
        !r)
        return r.error();
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT count(*) = 0 FROM pg_catalog.pg_roles WHERE rolname = ?"));
    q.addBindValue(login);
    if (q.exec() && q.next())
        dropped = q.value(0).toBool();
    return dropped;
}

Result<void> TeamRepository::setRole(const QString &login, TeamRole role)
{
    return call(QStringLiteral("SELECT phonedesk_team_set_role(?, ?)"), {login, toKey(role)},
                tr("give %1 the %2 role").arg(login, displayName(role)));
}

Result<void> TeamRepository::setSites(const QString &login, const std::optional<QList<Id>> &sites)
{
    return call(QStringLiteral("SELECT phonedesk_team_set_sites(?, CAST(? AS bigint[]))"),
                {login, sitesArray(sites)}, tr("change the sites of %1").arg(login));
}

Result<void> TeamRepository::setPassword(const QString &login, const QString &scramVerifier)
{
    return call(QStringLiteral("SELECT phonedesk_team_set_password(?, ?)"),
                {login, verifierValue(scramVerifier)}, tr("change the password of %1").arg(login));
}

} // namespace PhoneDesk
