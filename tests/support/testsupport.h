#pragma once

// Shared test fixtures: a fresh database per test on SQLite or PostgreSQL.

#include "storage.h"
#include "teamrepository.h"

#include <QTemporaryDir>

#include <memory>

namespace PhoneDesk::Test {

// The backend under test: "sqlite" (default) or "postgres" when PHONEDESK_TEST_PG_PORT is set
// (scripts/test starts a throw-away cluster and sets PHONEDESK_TEST_PG_HOST/PORT/USER).
bool postgresAvailable();

// A new, empty, migrated database. SQLite: a file in a temporary folder. PostgreSQL: a new
// database created on the test cluster. Returns nullptr (and QFAIL-able message) on failure.
struct TestDatabase
{
    std::unique_ptr<QTemporaryDir> dir;
    ConnectionSpec spec;
    std::unique_ptr<Storage> storage;
};

enum class Backend { Sqlite, Postgres };
TestDatabase createDatabase(Backend backend, QString *error = nullptr);

// Opens a second connection to the same database (a "second console").
std::unique_ptr<Storage> openAgain(const TestDatabase &db, QString *error = nullptr);

// The connection to `database` on the test cluster as the test login (the owner of the databases
// createDatabase() makes; scripts/test gives it CREATEDB and CREATEROLE).
ConnectionSpec postgresSpec(const QString &database);

// Team mode: `spec` with another login and password (PostgreSQL roles are cluster-wide, so tests
// name logins after their database: teamLogin(db, "bob") is "<database>_p_bob").
ConnectionSpec asLogin(const ConnectionSpec &spec, const QString &login, const QString &password);
QString teamLogin(const TestDatabase &db, const QString &name);

// psql as `spec`'s login (PGPASSWORD from spec.password), one -c per statement, stopping at the
// first error. `sqlState` is the error's SQLSTATE (empty when every statement succeeded); `out`
// the unaligned, tuples-only output.
struct PsqlResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QString sqlState;
};
PsqlResult psql(const ConnectionSpec &spec, const QStringList &statements);

// Team mode: adds `login` with `role` (all sites) and a SCRAM verifier of `password` to the team of
// `storage`'s database (set up already). False with the reason in `error`.
bool addTeamMember(Storage &storage, const QString &login, TeamRole role, const QString &password,
                   QString *error = nullptr);

} // namespace PhoneDesk::Test
