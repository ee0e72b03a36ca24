#pragma once

// The versioned schema. Each migration is a list of statements; %ID% and %BIGINT% are replaced
// per dialect so SQLite and PostgreSQL share one schema.

#include <QStringList>

namespace PhoneDesk::Migrations {

struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

const QList<Migration> &all();
QString dialect(const QString &statement, bool postgres);

} // namespace PhoneDesk::Migrations
