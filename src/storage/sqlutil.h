#pragma once

// Internal helpers shared by the repositories: error mapping and small query conveniences.

#include "entities.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace PhoneDesk::Sql {

// Maps a driver error to an Error a person can act on ("database is locked" → busy, unique
// violations → Duplicate). `what` says what was being done: "saving phone \"Desk 12\"".
Error toError(const QSqlError &error, const QString &what);
bool isUniqueViolation(const QSqlError &error);
// A refusal by the database (SQLSTATE 42501: a privilege or a row-level security policy) as a
// Permission error that names what was refused, never the driver's text alone.
Error permissionError(const QString &databaseText, const QString &what);
// The server's own sentence: the database text without "ERROR:", the CONTEXT lines and the
// driver's "(SQLSTATE)" suffix.
QString primaryMessage(const QSqlError &error);

// What an SQLite error says about the file: damaged (SQLITE_CORRUPT, SQLITE_NOTADB), disk full
// (SQLITE_FULL), another I/O error (SQLITE_IOERR, e.g. no room for the -shm file), or none of
// these. A full disk must not be reported as damage: that sends people to their backups.
enum class SqliteFailure { Other, Damaged, DiskFull, Io };
SqliteFailure sqliteFailure(const QSqlError &error);

// After a `while (query.next())` loop: next() returns false both at the end and when reading
// fails (a damaged page), and a loop that stops early would pass off part of a table as all of it.
Result<void> checkRead(const QSqlQuery &query, const QString &what);

// Prepares and executes; maps failures with `what`.
Result<void> exec(QSqlQuery &query, const QString &what);
Result<void> prepare(QSqlQuery &query, const QString &sql, const QString &what);

inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
// Text for NOT NULL columns: a null QString would bind as SQL NULL.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}
inline QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}
inline QVariant fromTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}
inline QDateTime toTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// `value` as an SQL literal of this driver (strings quoted and escaped by the driver itself, NULL
// for null values). For multi-row statements of hundreds of rows: with Qt Sql each bound value
// costs a placeholder-name lookup that grows with the number of placeholders in the statement,
// so a 500-row statement with thousands of bound values spends most of its time binding.
QString literal(const QSqlDriver *driver, const QVariant &value);

QString toJson(const QVariantMap &map);
QVariantMap fromJson(const QString &json);

} // namespace PhoneDesk::Sql

namespace PhoneDesk {
class Storage;
}

namespace PhoneDesk::Sql {

// After an UPDATE ... WHERE id = ? AND version = ?: no row changed means the record is gone or
// someone else saved it first. Returns the Conflict/NotFound error naming the record and who
// changed it last; ok when exactly one row changed.
Result<void> checkOptimisticUpdate(const QSqlQuery &query, Storage &storage, const QString &entityType, Id id,
                                   const QString &recordLabel);

// A plain DELETE that must remove one row.
Result<void> checkDeleted(const QSqlQuery &query, const QString &recordLabel);

} // namespace PhoneDesk::Sql
