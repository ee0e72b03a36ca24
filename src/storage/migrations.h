#pragma once

// The versioned schema. Each migration is a list of statements; %ID%, %BIGINT% and %BLOB% are replaced
// per dialect so SQLite and PostgreSQL share one schema. A statement starting with %PG% runs on
// PostgreSQL only (team roles, row-level security); %SCHEMA% is the quoted schema of the tables.

#include <QStringList>

namespace PhoneDesk::Migrations {

struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

const QList<Migration> &all();
// The statement for this database; empty when it does not apply to it (a %PG% statement on SQLite).
QString dialect(const QString &statement, bool postgres, const QString &schema = QStringLiteral("public"));

} // namespace PhoneDesk::Migrations
