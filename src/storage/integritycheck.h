#pragma once

// Whether the database is intact, for `phonedesk-cli db check` / `db info` and
// `phonedesk-server --check`. Opening a database reads only its first pages, so a file with
// damaged pages further in opens, and lists phones, as if nothing were wrong.

#include "result.h"

#include <QStringList>

namespace PhoneDesk {

class Storage;

struct IntegrityReport
{
    bool ok = true;
    qsizetype problemCount = 0; // at most IntegrityCheck::MaxProblems
    bool moreProblems = false; // the check stopped counting at MaxProblems
    QStringList firstProblems; // the first lines, as the database words them
    QString checked; // what was checked, for a person ("PRAGMA integrity_check, tables, schema version")
};

namespace IntegrityCheck {

inline constexpr int MaxProblems = 10000;

// SQLite: PRAGMA integrity_check (every page, index and constraint of the file), every table of
// the schema present, and the schema version. PostgreSQL keeps its own files consistent (and
// checksums them if the cluster was set up with them): there every table of the schema must be
// present and readable to the last row, and the schema version current. An Error only when the
// check itself could not run (e.g. the database is locked); damage is a report with ok == false.
Result<IntegrityReport> run(Storage &storage, int firstLines = 10);

// The report for a person: "<database> is intact (checked: ...)." or, when damaged, how many
// problems, the first lines and what to do. `database` as ConnectionSpec::describe() gives it.
QString describe(const IntegrityReport &report, const QString &database);

// The tables the migrations create (and do not drop), in order: what every database must have.
QStringList expectedTables();

} // namespace IntegrityCheck

} // namespace PhoneDesk
