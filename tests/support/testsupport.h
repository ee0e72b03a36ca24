#pragma once

// Shared test fixtures: a fresh database per test on SQLite or PostgreSQL.

#include "storage.h"

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

} // namespace PhoneDesk::Test
