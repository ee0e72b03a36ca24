#include "migrations.h"

namespace PhoneDesk::Migrations {

namespace {

// Migration 3: what PostgreSQL enforces for a team (docs/user-guide.md, "Team database"). The
// group roles and their grants are per database and made by TeamRepository::setup() (phonedesk-cli
// db setup-team); this part is the same in every database: who the session is, which sites it may
// touch, the row-level security built on that, the team-management functions an administrator
// calls, and audit entries whose actor and time the database fills in. The owner of the tables
// bypasses row-level security, so a database without a team works as before. SQLite has nothing
// of this: its file is protected by the file system, and the role is chosen with --role.
QStringList teamMigration()
{
    // Every function runs with a fixed search path (the schema of the tables, then pg_temp), so a
    // session cannot shadow a table or function a SECURITY DEFINER function uses.
    return {
        // The time and the actor of an audit entry come from the database. Members have no
        // INSERT privilege on these columns (TeamRepository::applyGrants), so a client that names
        // them is refused; the defaults fill them in.
        QStringLiteral("%PG%ALTER TABLE audit ALTER COLUMN at SET DEFAULT "
                       "(extract(epoch FROM now()) * 1000)::bigint"),
        QStringLiteral("%PG%ALTER TABLE audit ALTER COLUMN actor SET DEFAULT (session_user)::text"),
        // Phones created by an Editor get their device secret from the database: an Editor may
        // neither choose nor read it. 24 characters from the alphabet PhoneRepository uses, from
        // gen_random_uuid() (pg_strong_random) without the fixed version and variant bits; bytes
        // of 228 (4 * 57) and above are skipped so that every character is equally likely.
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_new_device_secret() RETURNS text LANGUAGE plpgsql VOLATILE "
            "SET search_path = %SCHEMA%, pg_temp AS $$\n"
            "DECLARE\n"
            "  alphabet CONSTANT text := 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';\n"
            "  bytes bytea;\n"
            "  secret text := '';\n"
            "  b int;\n"
            "BEGIN\n"
            "  WHILE length(secret) < 24 LOOP\n"
            "    bytes := decode(replace(gen_random_uuid()::text, '-', ''), 'hex');\n"
            "    FOR i IN 0..15 LOOP\n"
            "      CONTINUE WHEN i = 6 OR i = 8;\n"
            "      b := get_byte(bytes, i);\n"
            "      IF b < 228 AND length(secret) < 24 THEN\n"
            "        secret := secret || substr(alphabet, b % 57 + 1, 1);\n"
            "      END IF;\n"
            "    END LOOP;\n"
            "  END LOOP;\n"
            "  RETURN secret;\n"
            "END $$"),
        QStringLiteral(
            "%PG%ALTER TABLE phones ALTER COLUMN device_secret SET DEFAULT phonedesk_new_device_secret()"),
        // The group roles of this database (filled by setup) and the sites each member may touch
        // (no row, or NULL: every site). Only the SECURITY DEFINER functions below read them.
        QStringLiteral("%PG%CREATE TABLE team_roles (role TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                       "rank INTEGER NOT NULL)"),
        QStringLiteral("%PG%CREATE TABLE team_members (login TEXT PRIMARY KEY, sites BIGINT[])"),
        // Who the session is: 'owner' (owns the tables, or a superuser), else the highest group of
        // this database the login is a member of, else NULL. session_user, not current_user: SET
        // ROLE to a group does not shed a member's site scope.
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_session_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER "
            "SET search_path = %SCHEMA%, pg_temp AS $$\n"
            "  SELECT CASE\n"
            "    WHEN (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user)\n"
            "      OR pg_catalog.pg_has_role(session_user, (SELECT c.relowner FROM pg_catalog.pg_class c\n"
            "           WHERE c.oid = 'phones'::regclass), 'MEMBER') THEN 'owner'\n"
            "    ELSE (SELECT t.role FROM team_roles t JOIN pg_catalog.pg_roles g ON g.rolname = t.name\n"
            "          WHERE pg_catalog.pg_has_role(session_user, g.oid, 'MEMBER')\n"
            "          ORDER BY t.rank DESC LIMIT 1)\n"
            "  END\n"
            "$$"),
        // The sites the session may touch: NULL for every site (owner, Administrators, the server
        // role, members without a scope), an array for a scoped member, and no site at all for a
        // login that is not a member.
        QStringLiteral("%PG%CREATE FUNCTION phonedesk_site_scope() RETURNS bigint[] LANGUAGE sql STABLE "
                       "SECURITY DEFINER "
                       "SET search_path = %SCHEMA%, pg_temp AS $$\n"
                       "  SELECT CASE\n"
                       "    WHEN r IN ('owner', 'administrator', 'server') THEN NULL\n"
                       "    WHEN r IN ('viewer', 'operator', 'editor')\n"
                       "      THEN (SELECT m.sites FROM team_members m WHERE m.login = session_user)\n"
                       "    ELSE '{}'::bigint[]\n"
                       "  END FROM (SELECT phonedesk_session_role() AS r) s\n"
                       "$$"),
        // "May this session touch site X": for single checks and for tables added later (team-mode
        // commands) whose policies name one site per row.
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_may_touch_site(site BIGINT) RETURNS boolean LANGUAGE sql STABLE "
            "SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $$\n"
            "  SELECT scope IS NULL OR site = ANY (scope) FROM (SELECT phonedesk_site_scope() AS scope) s\n"
            "$$"),
        // Row-level security: a scoped member sees and writes the phones of their sites only, their
        // status, and the audit entries about them (entries about anything else stay visible). The
        // scope is read once per statement (the sub-selects are init plans), not once per row.
        QStringLiteral("%PG%ALTER TABLE phones ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("%PG%CREATE POLICY phones_site_scope ON phones "
                       "USING ((SELECT phonedesk_site_scope()) IS NULL "
                       "OR site_id = ANY ((SELECT phonedesk_site_scope())::bigint[])) "
                       "WITH CHECK ((SELECT phonedesk_site_scope()) IS NULL "
                       "OR site_id = ANY ((SELECT phonedesk_site_scope())::bigint[]))"),
        // An Operator may update a phone only to log its user out (its UPDATE privilege covers
        // user_id and version alone).
        QStringLiteral("%PG%CREATE POLICY phones_operator_logs_out_only ON phones AS RESTRICTIVE FOR UPDATE "
                       "USING (true) WITH CHECK ((SELECT phonedesk_session_role()) IS DISTINCT FROM "
                       "'operator' OR user_id IS NULL)"),
        QStringLiteral("%PG%ALTER TABLE phone_status ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("%PG%CREATE POLICY phone_status_site_scope ON phone_status "
                       "USING ((SELECT phonedesk_site_scope()) IS NULL "
                       "OR EXISTS (SELECT 1 FROM phones p WHERE p.id = phone_id)) "
                       "WITH CHECK ((SELECT phonedesk_site_scope()) IS NULL "
                       "OR EXISTS (SELECT 1 FROM phones p WHERE p.id = phone_id))"),
        QStringLiteral("%PG%ALTER TABLE audit ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("%PG%CREATE POLICY audit_site_scope ON audit "
                       "USING ((SELECT phonedesk_site_scope()) IS NULL OR entity_type <> 'phone' "
                       "OR EXISTS (SELECT 1 FROM phones p WHERE p.id = entity_id)) "
                       "WITH CHECK ((SELECT phonedesk_site_scope()) IS NULL OR entity_type <> 'phone' "
                       "OR EXISTS (SELECT 1 FROM phones p WHERE p.id = entity_id))"),
        // Settings: everyone reads them, Administrators change them; the server role may write the
        // quarantine's drop counters and nothing else (not, say, allowUnauthenticated).
        QStringLiteral("%PG%ALTER TABLE app_settings ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("%PG%CREATE POLICY app_settings_read ON app_settings FOR SELECT USING (true)"),
        QStringLiteral("%PG%CREATE POLICY app_settings_administrators ON app_settings "
                       "USING ((SELECT phonedesk_session_role()) IN ('owner', 'administrator')) "
                       "WITH CHECK ((SELECT phonedesk_session_role()) IN ('owner', 'administrator'))"),
        QStringLiteral("%PG%CREATE POLICY app_settings_server_counts_drops ON app_settings FOR INSERT "
                       "WITH CHECK ((SELECT phonedesk_session_role()) = 'server' "
                       "AND key IN ('provisioning.quarantineDropped', 'provisioning.quarantineLastDrop'))"),
        QStringLiteral("%PG%CREATE POLICY app_settings_server_updates_drops ON app_settings FOR UPDATE "
                       "USING ((SELECT phonedesk_session_role()) = 'server' "
                       "AND key IN ('provisioning.quarantineDropped', 'provisioning.quarantineLastDrop')) "
                       "WITH CHECK ((SELECT phonedesk_session_role()) = 'server' "
                       "AND key IN ('provisioning.quarantineDropped', 'provisioning.quarantineLastDrop'))"),
        // Team management for Administrators, who have no CREATEROLE: these functions run as the
        // owner of the tables (who needs CREATEROLE) and check the caller first. Logins are named
        // with format('%I'), passwords only ever as SCRAM verifiers.
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_team_require_admin() RETURNS void LANGUAGE plpgsql STABLE "
            "SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $$\n"
            "BEGIN\n"
            "  IF coalesce(phonedesk_session_role(), '') NOT IN ('owner', 'administrator') THEN\n"
            "    RAISE EXCEPTION 'only PhoneDesk administrators may manage the team' USING ERRCODE = "
            "'42501';\n"
            "  END IF;\n"
            "END $$"),
        // The PhoneDesk role of `login` in this database (NULL: not a member). Superusers and the
        // owner are members of every group in PostgreSQL's eyes (PostgreSQL 16 makes the creator of
        // a role its member), not members of the team.
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_team_role_of(login TEXT) RETURNS text LANGUAGE sql STABLE "
            "SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $$\n"
            "  SELECT t.role FROM team_roles t JOIN pg_catalog.pg_roles g ON g.rolname = t.name\n"
            "    JOIN pg_catalog.pg_roles m ON m.rolname = login\n"
            "  WHERE pg_catalog.pg_has_role(m.oid, g.oid, 'MEMBER') AND NOT m.rolsuper\n"
            "    AND m.oid <> (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = "
            "'phones'::regclass)\n"
            "  ORDER BY t.rank DESC LIMIT 1\n"
            "$$"),
        // A login the team functions may change: an existing login that is no superuser, cannot
        // create roles or bypass row-level security, and is not the owner.
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_team_check_login(login TEXT) RETURNS void LANGUAGE plpgsql STABLE "
            "SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $$\n"
            "DECLARE r record;\n"
            "BEGIN\n"
            "  SELECT * INTO r FROM pg_catalog.pg_roles WHERE rolname = login;\n"
            "  IF NOT FOUND THEN\n"
            "    RAISE EXCEPTION 'there is no login \"%\"', login USING ERRCODE = '42704';\n"
            "  END IF;\n"
            "  IF r.rolsuper OR r.rolcreaterole OR r.rolbypassrls OR NOT r.rolcanlogin\n"
            "     OR pg_catalog.pg_has_role(r.oid, (SELECT c.relowner FROM pg_catalog.pg_class c\n"
            "          WHERE c.oid = 'phones'::regclass), 'MEMBER') THEN\n"
            "    RAISE EXCEPTION '\"%\" is not a login PhoneDesk manages (a superuser, the owner, a role "
            "that "
            "can create roles or bypass row-level security, or no login)', login USING ERRCODE = '42501';\n"
            "  END IF;\n"
            "END $$"),
        // Only logins made for this database's team, and in no other role, may get a new password
        // or be dropped: an administrator of one database must not take over a login of another.
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_team_owns_login(login TEXT) RETURNS boolean LANGUAGE sql STABLE "
            "SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $$\n"
            "  SELECT coalesce(pg_catalog.shobj_description(m.oid, 'pg_authid') =\n"
            "           'PhoneDesk team member of database ' || pg_catalog.current_database(), false)\n"
            "     AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members a\n"
            "                     JOIN pg_catalog.pg_roles g ON g.oid = a.roleid\n"
            "                     WHERE a.member = m.oid\n"
            "                       AND g.rolname NOT IN (SELECT t.name FROM team_roles t))\n"
            "  FROM pg_catalog.pg_roles m WHERE m.rolname = login\n"
            "$$"),
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_team_check_sites(role TEXT, sites BIGINT[]) RETURNS void "
            "LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $$\n"
            "DECLARE missing bigint;\n"
            "BEGIN\n"
            "  IF sites IS NULL THEN RETURN; END IF;\n"
            "  IF role NOT IN ('viewer', 'operator', 'editor') THEN\n"
            "    RAISE EXCEPTION 'the % role is not limited to sites', role USING ERRCODE = '22023';\n"
            "  END IF;\n"
            "  SELECT s INTO missing FROM unnest(sites) s WHERE s NOT IN (SELECT id FROM sites) LIMIT 1;\n"
            "  IF FOUND THEN\n"
            "    RAISE EXCEPTION 'there is no site with id %', missing USING ERRCODE = '23503';\n"
            "  END IF;\n"
            "END $$"),
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_team_group(role TEXT) RETURNS text LANGUAGE plpgsql STABLE "
            "SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $$\n"
            "DECLARE g text;\n"
            "BEGIN\n"
            "  SELECT t.name INTO g FROM team_roles t WHERE t.role = phonedesk_team_group.role;\n"
            "  IF g IS NULL THEN\n"
            "    RAISE EXCEPTION 'there is no PhoneDesk role \"%\" in this database (is the team set up?)', "
            "role USING ERRCODE = '22023';\n"
            "  END IF;\n"
            "  RETURN g;\n"
            "END $$"),
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_team_check_verifier(verifier TEXT) RETURNS void LANGUAGE plpgsql "
            "IMMUTABLE AS $$\n"
            "BEGIN\n"
            "  IF verifier IS NOT NULL AND verifier !~ "
            "'^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN\n"
            "    RAISE EXCEPTION 'a password is accepted as a SCRAM-SHA-256 verifier only' USING ERRCODE = "
            "'22023';\n"
            "  END IF;\n"
            "END $$"),
        // Adds `login` (created when it does not exist; an existing login keeps its authentication
        // unless a verifier is given) to the group of `role`, limited to `sites` (NULL: every site).
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_team_add(login TEXT, role TEXT, verifier TEXT, sites BIGINT[]) "
            "RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $$\n"
            "DECLARE g text;\n"
            "BEGIN\n"
            "  PERFORM phonedesk_team_require_admin();\n"
            "  g := phonedesk_team_group(role);\n"
            "  PERFORM phonedesk_team_check_verifier(verifier);\n"
            "  PERFORM phonedesk_team_check_sites(role, sites);\n"
            "  IF login IS NULL OR login !~ '^[A-Za-z0-9_][A-Za-z0-9_.@-]{0,62}$' OR login ~* '^pg_' THEN\n"
            "    RAISE EXCEPTION 'invalid login name \"%\"', login USING ERRCODE = '42602';\n"
            "  END IF;\n"
            "  IF login IN (SELECT t.name FROM team_roles t) THEN\n"
            "    RAISE EXCEPTION '\"%\" is a PhoneDesk group role, not a login', login USING ERRCODE = "
            "'42602';\n"
            "  END IF;\n"
            "  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = login) THEN\n"
            "    EXECUTE format('CREATE ROLE %I LOGIN', login);\n"
            "    EXECUTE format('COMMENT ON ROLE %I IS %L', login,\n"
            "                   'PhoneDesk team member of database ' || pg_catalog.current_database());\n"
            "  ELSE\n"
            "    PERFORM phonedesk_team_check_login(login);\n"
            "    IF phonedesk_team_role_of(login) IS NOT NULL THEN\n"
            "      RAISE EXCEPTION '\"%\" is already a member of this team', login USING ERRCODE = '42710';\n"
            "    END IF;\n"
            "    IF verifier IS NOT NULL AND NOT phonedesk_team_owns_login(login) THEN\n"
            "      RAISE EXCEPTION 'the login \"%\" exists and was not made for this team: its password is "
            "not changed here', login USING ERRCODE = '42501';\n"
            "    END IF;\n"
            "  END IF;\n"
            "  IF verifier IS NOT NULL THEN\n"
            "    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);\n"
            "  END IF;\n"
            "  EXECUTE format('GRANT %I TO %I', g, login);\n"
            "  DELETE FROM team_members m WHERE m.login = phonedesk_team_add.login;\n"
            "  IF sites IS NOT NULL THEN\n"
            "    INSERT INTO team_members (login, sites) VALUES (login, sites);\n"
            "  END IF;\n"
            "  INSERT INTO audit (action, entity_type, entity_id, entity_name, details)\n"
            "    VALUES ('team.add', 'team', 0, login, 'role: ' || role || '; sites: ' ||\n"
            "            coalesce(array_to_string(sites, ','), 'all'));\n"
            "END $$"),
        // The groups of this database `login` is a direct member of.
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_team_groups_of(login TEXT) RETURNS SETOF text LANGUAGE sql STABLE "
            "SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $$\n"
            "  SELECT t.name FROM team_roles t JOIN pg_catalog.pg_roles g ON g.rolname = t.name\n"
            "    JOIN pg_catalog.pg_auth_members a ON a.roleid = g.oid\n"
            "    JOIN pg_catalog.pg_roles m ON m.oid = a.member AND m.rolname = login\n"
            "$$"),
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_team_require_member(login TEXT) RETURNS text LANGUAGE plpgsql "
            "STABLE "
            "SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $$\n"
            "DECLARE r text := phonedesk_team_role_of(login);\n"
            "BEGIN\n"
            "  IF r IS NULL THEN\n"
            "    RAISE EXCEPTION '\"%\" is not a member of this team', login USING ERRCODE = '42704';\n"
            "  END IF;\n"
            "  PERFORM phonedesk_team_check_login(login);\n"
            "  RETURN r;\n"
            "END $$"),
        // Takes `login` out of every group of this database; drops it when it was made for this
        // team and is in no other role (it may still own objects or hold privileges elsewhere:
        // then it stays, without any access here).
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_team_remove(login TEXT) RETURNS boolean LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $$\n"
            "DECLARE t record; dropped boolean := false;\n"
            "BEGIN\n"
            "  PERFORM phonedesk_team_require_admin();\n"
            "  PERFORM phonedesk_team_require_member(login);\n"
            "  IF login = session_user THEN\n"
            "    RAISE EXCEPTION 'you cannot remove yourself from the team' USING ERRCODE = '42501';\n"
            "  END IF;\n"
            "  FOR t IN SELECT phonedesk_team_groups_of(login) AS name LOOP\n"
            "    EXECUTE format('REVOKE %I FROM %I', t.name, login);\n"
            "  END LOOP;\n"
            "  DELETE FROM team_members m WHERE m.login = phonedesk_team_remove.login;\n"
            "  IF phonedesk_team_owns_login(login) THEN\n"
            "    BEGIN\n"
            "      EXECUTE format('DROP ROLE %I', login);\n"
            "      dropped := true;\n"
            "    EXCEPTION WHEN dependent_objects_still_exist OR object_in_use THEN\n"
            "      dropped := false;\n"
            "    END;\n"
            "  END IF;\n"
            "  INSERT INTO audit (action, entity_type, entity_id, entity_name, details)\n"
            "    VALUES ('team.remove', 'team', 0, login, CASE WHEN dropped THEN 'login dropped' ELSE 'login "
            "kept' END);\n"
            "  RETURN dropped;\n"
            "END $$"),
        QStringLiteral("%PG%CREATE FUNCTION phonedesk_team_set_role(login TEXT, role TEXT) RETURNS void "
                       "LANGUAGE plpgsql "
                       "SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $$\n"
                       "DECLARE g text; t record; old text;\n"
                       "BEGIN\n"
                       "  PERFORM phonedesk_team_require_admin();\n"
                       "  g := phonedesk_team_group(role);\n"
                       "  old := phonedesk_team_require_member(login);\n"
                       "  FOR t IN SELECT x.name FROM phonedesk_team_groups_of(login) AS x(name) WHERE "
                       "x.name <> g LOOP\n"
                       "    EXECUTE format('REVOKE %I FROM %I', t.name, login);\n"
                       "  END LOOP;\n"
                       "  IF g NOT IN (SELECT phonedesk_team_groups_of(login)) THEN\n"
                       "    EXECUTE format('GRANT %I TO %I', g, login);\n"
                       "  END IF;\n"
                       "  IF role NOT IN ('viewer', 'operator', 'editor') THEN\n"
                       "    DELETE FROM team_members m WHERE m.login = phonedesk_team_set_role.login;\n"
                       "  END IF;\n"
                       "  INSERT INTO audit (action, entity_type, entity_id, entity_name, details)\n"
                       "    VALUES ('team.set-role', 'team', 0, login, old || ' -> ' || role);\n"
                       "END $$"),
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_team_set_sites(login TEXT, sites BIGINT[]) RETURNS void "
            "LANGUAGE plpgsql SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $$\n"
            "DECLARE r text;\n"
            "BEGIN\n"
            "  PERFORM phonedesk_team_require_admin();\n"
            "  r := phonedesk_team_require_member(login);\n"
            "  PERFORM phonedesk_team_check_sites(r, sites);\n"
            "  DELETE FROM team_members m WHERE m.login = phonedesk_team_set_sites.login;\n"
            "  IF sites IS NOT NULL THEN\n"
            "    INSERT INTO team_members (login, sites) VALUES (login, sites);\n"
            "  END IF;\n"
            "  INSERT INTO audit (action, entity_type, entity_id, entity_name, details)\n"
            "    VALUES ('team.set-sites', 'team', 0, login, coalesce(array_to_string(sites, ','), 'all'));\n"
            "END $$"),
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_team_set_password(login TEXT, verifier TEXT) RETURNS void "
            "LANGUAGE plpgsql SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $$\n"
            "BEGIN\n"
            "  PERFORM phonedesk_team_require_admin();\n"
            "  PERFORM phonedesk_team_require_member(login);\n"
            "  PERFORM phonedesk_team_check_verifier(verifier);\n"
            "  IF NOT phonedesk_team_owns_login(login) THEN\n"
            "    RAISE EXCEPTION 'the login \"%\" was not made for this team: its password is not changed "
            "here', login USING ERRCODE = '42501';\n"
            "  END IF;\n"
            "  EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);\n"
            "  INSERT INTO audit (action, entity_type, entity_id, entity_name, details)\n"
            "    VALUES ('team.set-password', 'team', 0, login, CASE WHEN verifier IS NULL THEN 'password "
            "removed' ELSE 'password changed' END);\n"
            "END $$"),
        QStringLiteral(
            "%PG%CREATE FUNCTION phonedesk_team_list() RETURNS TABLE (login TEXT, role TEXT, sites BIGINT[], "
            "can_login BOOLEAN) LANGUAGE plpgsql STABLE SECURITY DEFINER "
            "SET search_path = %SCHEMA%, pg_temp AS $$\n"
            "BEGIN\n"
            "  PERFORM phonedesk_team_require_admin();\n"
            "  RETURN QUERY\n"
            "    SELECT m.rolname::text, phonedesk_team_role_of(m.rolname::text), s.sites, m.rolcanlogin\n"
            "    FROM pg_catalog.pg_roles m LEFT JOIN team_members s ON s.login = m.rolname\n"
            "    WHERE phonedesk_team_role_of(m.rolname::text) IS NOT NULL\n"
            "      AND m.rolname NOT IN (SELECT t.name FROM team_roles t)\n"
            "    ORDER BY m.rolname;\n"
            "END $$"),
        // Nobody but the owner runs a function until the team's grants say so.
        QStringLiteral("%PG%REVOKE ALL ON ALL FUNCTIONS IN SCHEMA %SCHEMA% FROM PUBLIC"),
    };
}

// Migration 4: phone commands through the database (team mode). A console inserts a command and
// one result row per phone; phonedesk-server claims the queued rows of its shards, runs them and
// writes each phone's result; the requester (or an Administrator) may ask for a cancel. Every
// change of either table is announced on the channel phonedesk_commands with the command's id
// (CommandQueue). On SQLite the tables exist but stay empty: commands run in the console.
QStringList commandsMigration()
{
    return {
        QStringLiteral("CREATE TABLE commands ("
                       " id %ID%,"
                       " kind TEXT NOT NULL CHECK (kind IN ('restart', 'resync', 'logout', 'check')),"
                       " requested_by TEXT NOT NULL DEFAULT '',"
                       " requested_at %BIGINT% NOT NULL DEFAULT 0,"
                       " state TEXT NOT NULL DEFAULT 'queued'"
                       " CHECK (state IN ('queued', 'running', 'done', 'cancelled')),"
                       " cancel_requested BOOLEAN NOT NULL DEFAULT FALSE,"
                       " finished_at %BIGINT%)"),
        QStringLiteral("CREATE TABLE command_results ("
                       " command_id %BIGINT% NOT NULL REFERENCES commands(id) ON DELETE CASCADE,"
                       " phone_id %BIGINT% NOT NULL REFERENCES phones(id) ON DELETE CASCADE,"
                       " state TEXT NOT NULL DEFAULT 'queued'"
                       " CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),"
                       " detail TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT '',"
                       " server TEXT NOT NULL DEFAULT '',"
                       " claimed_pid INTEGER,"
                       " updated_at %BIGINT%,"
                       " PRIMARY KEY (command_id, phone_id))"),
        QStringLiteral("CREATE INDEX command_results_open ON command_results(state, command_id)"),
        QStringLiteral("CREATE INDEX command_results_phone ON command_results(phone_id)"),
        // Who asked and when come from the database, like an audit entry's actor and time.
        QStringLiteral("%PG%ALTER TABLE commands ALTER COLUMN requested_by SET DEFAULT (session_user)::text"),
        QStringLiteral("%PG%ALTER TABLE commands ALTER COLUMN requested_at SET DEFAULT "
                       "(extract(epoch FROM now()) * 1000)::bigint"),
        // Every insert and update is announced after the commit (one notification per command and
        // transaction: PostgreSQL folds identical ones).
        QStringLiteral("%PG%CREATE FUNCTION phonedesk_commands_notify() RETURNS trigger LANGUAGE plpgsql "
                       "SET search_path = %SCHEMA%, pg_temp AS $$\n"
                       "BEGIN\n"
                       "  IF TG_TABLE_NAME = 'commands' THEN\n"
                       "    PERFORM pg_notify('phonedesk_commands', NEW.id::text);\n"
                       "  ELSE\n"
                       "    PERFORM pg_notify('phonedesk_commands', NEW.command_id::text);\n"
                       "  END IF;\n"
                       "  RETURN NULL;\n"
                       "END $$"),
        QStringLiteral("%PG%CREATE TRIGGER commands_notify AFTER INSERT OR UPDATE ON commands "
                       "FOR EACH ROW EXECUTE FUNCTION phonedesk_commands_notify()"),
        QStringLiteral("%PG%CREATE TRIGGER command_results_notify AFTER INSERT OR UPDATE ON command_results "
                       "FOR EACH ROW EXECUTE FUNCTION phonedesk_commands_notify()"),
        QStringLiteral("%PG%REVOKE ALL ON FUNCTION phonedesk_commands_notify() FROM PUBLIC"),
        // Row-level security. Everyone reads the commands; a result row is visible with its phone
        // (a scoped member sees the results of their sites' phones only).
        QStringLiteral("%PG%ALTER TABLE commands ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("%PG%CREATE POLICY commands_read ON commands FOR SELECT USING (true)"),
        // A command is the requester's own (the column is not theirs to write: the default names them).
        QStringLiteral("%PG%CREATE POLICY commands_request ON commands FOR INSERT "
                       "WITH CHECK (requested_by = (session_user)::text)"),
        // The requester may cancel their own command, an Administrator any; the server role
        // records the command's state.
        QStringLiteral("%PG%CREATE POLICY commands_cancel_or_run ON commands FOR UPDATE "
                       "USING (requested_by = (session_user)::text "
                       "OR (SELECT phonedesk_session_role()) IN ('owner', 'administrator', 'server')) "
                       "WITH CHECK (requested_by = (session_user)::text "
                       "OR (SELECT phonedesk_session_role()) IN ('owner', 'administrator', 'server'))"),
        QStringLiteral("%PG%ALTER TABLE command_results ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("%PG%CREATE POLICY command_results_read ON command_results FOR SELECT "
                       "USING ((SELECT phonedesk_site_scope()) IS NULL "
                       "OR EXISTS (SELECT 1 FROM phones p WHERE p.id = phone_id))"),
        // Phones of the member's sites only, into a command of their own.
        QStringLiteral(
            "%PG%CREATE POLICY command_results_request ON command_results FOR INSERT "
            "WITH CHECK (phonedesk_may_touch_site((SELECT p.site_id FROM phones p WHERE p.id = phone_id)) "
            "AND EXISTS (SELECT 1 FROM commands c WHERE c.id = command_id "
            "AND c.requested_by = (session_user)::text))"),
        QStringLiteral("%PG%CREATE POLICY command_results_server ON command_results FOR UPDATE "
                       "USING ((SELECT phonedesk_session_role()) = 'server') "
                       "WITH CHECK ((SELECT phonedesk_session_role()) = 'server')"),
    };
}

// Migration 5: the firmware library. An image is one row of metadata and its bytes in rows of
// `chunk_size` (1 MiB) bytes, so every phonedesk-server of a team reads the same bytes from the
// database it already uses, and a range is read from the chunks it covers only (FirmwareRepository;
// docs/firmware.md says why rows rather than files or large objects). The content is stored once:
// sha256 is unique. `models` are catalog model ids, comma-separated; `family` the catalog families
// they belong to, likewise.
QStringList firmwareMigration()
{
    return {
        QStringLiteral("CREATE TABLE firmware_images ("
                       " id %ID%,"
                       " vendor TEXT NOT NULL CHECK (vendor IN ('poly', 'yealink', 'audiocodes')),"
                       " family TEXT NOT NULL,"
                       " models TEXT NOT NULL,"
                       " version TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " file_name TEXT NOT NULL,"
                       " size %BIGINT% NOT NULL CHECK (size > 0),"
                       " sha256 TEXT NOT NULL UNIQUE,"
                       " chunk_size INTEGER NOT NULL CHECK (chunk_size > 0),"
                       " added_by TEXT NOT NULL DEFAULT '',"
                       " added_at %BIGINT% NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX firmware_images_version ON firmware_images(vendor, version)"),
        QStringLiteral("CREATE TABLE firmware_chunks ("
                       " image_id %BIGINT% NOT NULL REFERENCES firmware_images(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL CHECK (seq >= 0),"
                       " data %BLOB% NOT NULL,"
                       " PRIMARY KEY (image_id, seq))"),
        // Who added an image and when come from the database, like an audit entry's.
        QStringLiteral(
            "%PG%ALTER TABLE firmware_images ALTER COLUMN added_by SET DEFAULT (session_user)::text"),
        QStringLiteral("%PG%ALTER TABLE firmware_images ALTER COLUMN added_at SET DEFAULT "
                       "(extract(epoch FROM now()) * 1000)::bigint"),
        // The bytes are compressed firmware already: PostgreSQL's TOAST would try to compress every
        // chunk again for nothing. EXTERNAL keeps them out of line, uncompressed.
        QStringLiteral("%PG%ALTER TABLE firmware_chunks ALTER COLUMN data SET STORAGE EXTERNAL"),
    };
}

// Migration 6: every firmware download a provisioning server served, one row per response (a
// resumed download is a second row with `ranged` set), written in batches like fetch records.
// The image may be removed later; its SHA-256 and version stay in the row. Row-level security
// keeps a member limited to some sites to the downloads of their phones, as for phone_status.
QStringList firmwareDownloadsMigration()
{
    return {
        QStringLiteral("CREATE TABLE firmware_downloads ("
                       " id %ID%,"
                       " phone_id %BIGINT% NOT NULL REFERENCES phones(id) ON DELETE CASCADE,"
                       " image_id %BIGINT% REFERENCES firmware_images(id) ON DELETE SET NULL,"
                       " sha256 TEXT NOT NULL,"
                       " version TEXT NOT NULL DEFAULT '',"
                       " started %BIGINT% NOT NULL,"
                       " finished %BIGINT% NOT NULL,"
                       " first_byte %BIGINT% NOT NULL DEFAULT 0,"
                       " bytes_sent %BIGINT% NOT NULL DEFAULT 0,"
                       " complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),"
                       " ranged INTEGER NOT NULL DEFAULT 0 CHECK (ranged IN (0, 1)),"
                       " ip TEXT NOT NULL DEFAULT '',"
                       " server TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX firmware_downloads_phone ON firmware_downloads(phone_id, started)"),
        QStringLiteral("CREATE INDEX firmware_downloads_image ON firmware_downloads(image_id)"),
        QStringLiteral("%PG%ALTER TABLE firmware_downloads ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("%PG%CREATE POLICY firmware_downloads_site_scope ON firmware_downloads "
                       "USING ((SELECT phonedesk_site_scope()) IS NULL "
                       "OR EXISTS (SELECT 1 FROM phones p WHERE p.id = phone_id)) "
                       "WITH CHECK ((SELECT phonedesk_site_scope()) IS NULL "
                       "OR EXISTS (SELECT 1 FROM phones p WHERE p.id = phone_id))"),
    };
}

// Migration 7: vendor redirection services (Poly ZTP, Yealink RPS) and the phones' serial numbers
// (Yealink adds phones by MAC and serial number for most accounts). One row per phone and service
// says where that phone stands with the service; a row whose phone is gone (or now of another
// vendor, or has another MAC) keeps the MAC until the service has forgotten it ('removing', no
// phone). Only the process that registers phones writes here (RedirectionWorker: the console on
// SQLite, phonedesk-server in a team database); everyone reads the rows of the phones they see.
QStringList redirectionMigration()
{
    return {
        QStringLiteral("ALTER TABLE phones ADD COLUMN serial_number TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE phone_redirection ("
                       " id %ID%,"
                       " phone_id %BIGINT% UNIQUE,"
                       " service TEXT NOT NULL,"
                       " mac TEXT NOT NULL,"
                       " serial_number TEXT NOT NULL DEFAULT '',"
                       " url TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL DEFAULT 'pending'"
                       " CHECK (state IN ('pending', 'registered', 'failed', 'not_configured', 'removing')),"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " detail TEXT NOT NULL DEFAULT '',"
                       " remote_id TEXT NOT NULL DEFAULT '',"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " sent_at %BIGINT%,"
                       " next_attempt_at %BIGINT%,"
                       " updated_at %BIGINT% NOT NULL DEFAULT 0,"
                       " UNIQUE (service, mac))"),
        QStringLiteral(
            "CREATE INDEX phone_redirection_work ON phone_redirection(service, state, next_attempt_at)"),
        // Everyone reads the rows of the phones they see (and a scoped member no row without a
        // phone); the owner, Administrators and the server role write (phonedesk-server's login).
        QStringLiteral("%PG%ALTER TABLE phone_redirection ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("%PG%CREATE POLICY phone_redirection_read ON phone_redirection FOR SELECT "
                       "USING ((SELECT phonedesk_site_scope()) IS NULL "
                       "OR EXISTS (SELECT 1 FROM phones p WHERE p.id = phone_id))"),
        QStringLiteral(
            "%PG%CREATE POLICY phone_redirection_worker ON phone_redirection "
            "USING ((SELECT phonedesk_session_role()) IN ('owner', 'administrator', 'server')) "
            "WITH CHECK ((SELECT phonedesk_session_role()) IN ('owner', 'administrator', 'server'))"),
    };
}

// Migration 9: the applications of Poly UC Software packages. A package is kept as one row without
// bytes of its own; each phone application in it (`<part number>.sip.ld`, `sip.ld`) is unpacked
// when the package is added into a row of its own, with its bytes in firmware_chunks like any
// image and `package_id` naming the package. A phone pointed at the package's folder asks for its
// application by name (docs/firmware.md).
QStringList firmwarePackageMigration()
{
    return {
        QStringLiteral("ALTER TABLE firmware_images ADD COLUMN package_id %BIGINT% "
                       "REFERENCES firmware_images(id) ON DELETE CASCADE"),
        QStringLiteral("CREATE INDEX firmware_images_package ON firmware_images(package_id)"),
    };
}

// Migration 8: firmware rollouts. A rollout moves the phones of one base-settings profile to the
// profile's new firmware version a few at a time (RolloutRepository). Until a phone's turn comes it
// is held at the version it was told before: a pin (`phone_firmware_pins`) overrides its profile's
// firmware version for the configuration the provisioning server renders. A phone's turn removes
// its pin; it then follows its profile. `firmware_rollout_phones` says where each phone of a
// rollout stands. Windows are minutes after midnight, server local time; NULL means any time.
QStringList rolloutMigration()
{
    return {
        QStringLiteral("CREATE TABLE firmware_rollouts ("
                       " id %ID%,"
                       " base_settings_id %BIGINT% NOT NULL REFERENCES base_settings(id) ON DELETE CASCADE,"
                       " target_version TEXT NOT NULL,"
                       " from_version TEXT NOT NULL DEFAULT '',"
                       " scope TEXT NOT NULL CHECK (scope IN ('all', 'sites', 'percent', 'selection')),"
                       " scope_detail TEXT NOT NULL DEFAULT '',"
                       " max_updating INTEGER NOT NULL CHECK (max_updating > 0),"
                       " window_start INTEGER CHECK (window_start BETWEEN 0 AND 1439),"
                       " window_end INTEGER CHECK (window_end BETWEEN 0 AND 1439),"
                       " timeout_minutes INTEGER NOT NULL CHECK (timeout_minutes > 0),"
                       " state TEXT NOT NULL CHECK (state IN ('running', 'paused', 'completed', 'stopped')),"
                       " replaces_id %BIGINT%,"
                       " created_by TEXT NOT NULL DEFAULT '',"
                       " created_at %BIGINT% NOT NULL,"
                       " finished_at %BIGINT%)"),
        QStringLiteral("CREATE INDEX firmware_rollouts_base ON firmware_rollouts(base_settings_id, state)"),
        QStringLiteral("CREATE TABLE firmware_rollout_phones ("
                       " rollout_id %BIGINT% NOT NULL REFERENCES firmware_rollouts(id) ON DELETE CASCADE,"
                       " phone_id %BIGINT% NOT NULL REFERENCES phones(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " state TEXT NOT NULL CHECK (state IN ('waiting', 'updating', 'updated', 'failed', "
                       "'skipped')),"
                       " running_before TEXT NOT NULL DEFAULT '',"
                       " started_at %BIGINT%,"
                       " finished_at %BIGINT%,"
                       " detail TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (rollout_id, phone_id))"),
        QStringLiteral("CREATE INDEX firmware_rollout_phones_phone ON firmware_rollout_phones(phone_id)"),
        QStringLiteral(
            "CREATE INDEX firmware_rollout_phones_work ON firmware_rollout_phones(rollout_id, state, "
            "position)"),
        QStringLiteral("CREATE TABLE phone_firmware_pins ("
                       " phone_id %BIGINT% PRIMARY KEY REFERENCES phones(id) ON DELETE CASCADE,"
                       " version TEXT NOT NULL DEFAULT '',"
                       " rollout_id %BIGINT% REFERENCES firmware_rollouts(id) ON DELETE SET NULL)"),
        QStringLiteral(
            "%PG%ALTER TABLE firmware_rollouts ALTER COLUMN created_by SET DEFAULT (session_user)::text"),
        // A member limited to some sites sees (and an Administrator so limited moves) only the
        // phones of those sites, as for phone_status.
        QStringLiteral("%PG%ALTER TABLE firmware_rollout_phones ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("%PG%CREATE POLICY firmware_rollout_phones_site_scope ON firmware_rollout_phones "
                       "USING ((SELECT phonedesk_site_scope()) IS NULL "
                       "OR EXISTS (SELECT 1 FROM phones p WHERE p.id = phone_id)) "
                       "WITH CHECK ((SELECT phonedesk_site_scope()) IS NULL "
                       "OR EXISTS (SELECT 1 FROM phones p WHERE p.id = phone_id))"),
        QStringLiteral("%PG%ALTER TABLE phone_firmware_pins ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("%PG%CREATE POLICY phone_firmware_pins_site_scope ON phone_firmware_pins "
                       "USING ((SELECT phonedesk_site_scope()) IS NULL "
                       "OR EXISTS (SELECT 1 FROM phones p WHERE p.id = phone_id)) "
                       "WITH CHECK ((SELECT phonedesk_site_scope()) IS NULL "
                       "OR EXISTS (SELECT 1 FROM phones p WHERE p.id = phone_id))"),
    };
}

} // namespace

const QList<Migration> &all()
{
    static const QList<Migration> migrations = {
        {1,
         "initial schema",
         {
             QStringLiteral(
                 "CREATE TABLE sites ("
                 " id %ID%,"
                 " name TEXT NOT NULL UNIQUE,"
                 " description TEXT NOT NULL DEFAULT '',"
                 " media_model TEXT NOT NULL,"
                 " primary_host TEXT NOT NULL, primary_port INTEGER NOT NULL, primary_transport TEXT NOT "
                 "NULL,"
                 " secondary_host TEXT NOT NULL DEFAULT '', secondary_port INTEGER NOT NULL DEFAULT 5061,"
                 " secondary_transport TEXT NOT NULL DEFAULT 'tls',"
                 " provisioning_host TEXT NOT NULL DEFAULT '',"
                 " time_zone TEXT NOT NULL DEFAULT '',"
                 " e911_location TEXT NOT NULL DEFAULT '',"
                 " number_plan TEXT NOT NULL DEFAULT '',"
                 " version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE TABLE users ("
                            " id %ID%,"
                            " name TEXT NOT NULL,"
                            " email TEXT NOT NULL DEFAULT '',"
                            " extension TEXT NOT NULL DEFAULT '',"
                            " version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE TABLE base_settings ("
                            " id %ID%,"
                            " name TEXT NOT NULL UNIQUE,"
                            " model_id TEXT NOT NULL,"
                            " description TEXT NOT NULL DEFAULT '',"
                            " settings_json TEXT NOT NULL DEFAULT '{}',"
                            " version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE TABLE phones ("
                            " id %ID%,"
                            " name TEXT NOT NULL UNIQUE,"
                            " category TEXT NOT NULL,"
                            " base_settings_id %BIGINT% NOT NULL REFERENCES base_settings(id),"
                            " site_id %BIGINT% NOT NULL REFERENCES sites(id),"
                            " hardware_id TEXT UNIQUE,"
                            " user_id %BIGINT% REFERENCES users(id),"
                            " remote_address TEXT NOT NULL DEFAULT '',"
                            " network_address TEXT NOT NULL DEFAULT '',"
                            " description TEXT NOT NULL DEFAULT '',"
                            " overrides_json TEXT NOT NULL DEFAULT '{}',"
                            " line_keys_json TEXT NOT NULL DEFAULT '[]',"
                            " device_secret TEXT NOT NULL DEFAULT '',"
                            " version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX phones_site ON phones(site_id)"),
             QStringLiteral("CREATE INDEX phones_base_settings ON phones(base_settings_id)"),
             QStringLiteral("CREATE INDEX phones_user ON phones(user_id)"),
             QStringLiteral("CREATE TABLE phone_status ("
                            " phone_id %BIGINT% PRIMARY KEY REFERENCES phones(id) ON DELETE CASCADE,"
                            " status TEXT NOT NULL DEFAULT 'unknown',"
                            " rtt_ms INTEGER NOT NULL DEFAULT -1,"
                            " last_seen %BIGINT%,"
                            " last_change %BIGINT%,"
                            " detail TEXT NOT NULL DEFAULT '',"
                            " fetch_time %BIGINT%,"
                            " fetch_ip TEXT NOT NULL DEFAULT '',"
                            " fetch_user_agent TEXT NOT NULL DEFAULT '',"
                            " firmware TEXT NOT NULL DEFAULT '',"
                            " served_hash TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE audit ("
                            " id %ID%,"
                            " at %BIGINT% NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " entity_type TEXT NOT NULL,"
                            " entity_id %BIGINT% NOT NULL DEFAULT 0,"
                            " entity_name TEXT NOT NULL DEFAULT '',"
                            " details TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX audit_at ON audit(at)"),
             QStringLiteral("CREATE INDEX audit_entity ON audit(entity_type, entity_id)"),
             QStringLiteral("CREATE TABLE app_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         }},
        {2,
         "provisioning quarantine",
         {
             QStringLiteral("CREATE TABLE provisioning_quarantine ("
                            " mac TEXT PRIMARY KEY,"
                            " first_seen %BIGINT% NOT NULL,"
                            " last_seen %BIGINT% NOT NULL,"
                            " ip TEXT NOT NULL DEFAULT '',"
                            " user_agent TEXT NOT NULL DEFAULT '',"
                            " model_id TEXT NOT NULL DEFAULT '',"
                            " requests INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral(
                 "CREATE INDEX provisioning_quarantine_last_seen ON provisioning_quarantine(last_seen)"),
         }},
        {3, "team roles, site scope and an append-only audit log (PostgreSQL)", teamMigration()},
        {4, "phone commands through the database (team mode)", commandsMigration()},
        {5, "firmware library", firmwareMigration()},
        {6, "firmware downloads", firmwareDownloadsMigration()},
        {7, "phone serial numbers and vendor redirection services", redirectionMigration()},
        {8, "firmware rollouts", rolloutMigration()},
        {9, "the applications of Poly firmware packages", firmwarePackageMigration()},
    };
    return migrations;
}

QString dialect(const QString &statement, bool postgres, const QString &schema)
{
    static const QLatin1String postgresOnly("%PG%");
    QString s = statement;
    if (s.startsWith(postgresOnly)) {
        if (!postgres)
            return {};
        s.remove(0, postgresOnly.size());
    }
    s.replace(QLatin1String("%SCHEMA%"), schema);
    s.replace(QLatin1String("%ID%"),
              postgres ? QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                       : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    s.replace(QLatin1String("%BIGINT%"), postgres ? QLatin1String("BIGINT") : QLatin1String("INTEGER"));
    s.replace(QLatin1String("%BLOB%"), postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    return s;
}

} // namespace PhoneDesk::Migrations
