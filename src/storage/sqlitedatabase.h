#pragma once

// A connection of PhoneDesk's own to an SQLite database file through the sqlite3 C library, for
// bulk writes, where handing values to Qt Sql costs more than SQLite storing them. Optional at
// build time: without the library available() is false and callers keep to Qt Sql.

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <memory>

struct sqlite3;
struct sqlite3_context;
struct sqlite3_stmt;

class QSqlDatabase;

namespace PhoneDesk {

// A prepared statement that is run once per row: bind, run(), bind the next row. Bindings stay
// between runs, so values shared by every row are bound once.
class SqliteStatement final
{
public:
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Text is handed over without a copy: it must stay alive and unchanged until run() returns.
    // A null string binds '' (for NOT NULL columns); the OrNull variants bind NULL for an empty one.
    void bindText(int index, QStringView text);
    // UTF-8, taken as it is (the database's encoding): no conversion inside SQLite.
    void bindUtf8(int index, QByteArrayView text);
    void bindUtf8OrNull(int index, QByteArrayView text);
    void bindInt64(int index, qint64 value);
    void bindInt64OrNull(int index, qint64 value); // 0 binds NULL (no reference)

    // Steps the statement to its end and resets it for the next row. A failure is mapped like a
    // Qt Sql error (Sql::toError) with `what` saying what was being done.
    Result<void> run(const QString &what);

    // For queries: true with a row to read, false (and reset) at the end.
    Result<bool> next(const QString &what);
    qint64 int64At(int column) const;
    QStringView textAt(int column) const; // valid until the next call of next()

private:
    friend class SqliteDatabase;
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
        : m_db(db)
        , m_statement(statement)
    { }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

// One value of a row that a SqliteRowSource hands to SQLite.
class SqliteValue final
{
public:
    // UTF-8, taken as it is; it must stay alive and unchanged until the source moves on to the
    // next row. A null view gives '' (for NOT NULL columns); setUtf8OrNull gives NULL for an empty one.
    void setUtf8(QByteArrayView text);
    void setUtf8OrNull(QByteArrayView text);
    void setInt64(qint64 value);
    void setInt64OrNull(qint64 value); // 0 gives NULL (no reference)

    // Made by SqliteDatabase for each value SQLite asks a row source for.
    explicit SqliteValue(sqlite3_context *context)
        : m_context(context)
    { }

private:
    sqlite3_context *m_context;
};

// Rows in memory that SQLite reads as a table (a virtual table), so a batch is written by one
// INSERT ... SELECT instead of one statement per row.
class SqliteRowSource
{
public:
    virtual ~SqliteRowSource() = default;
    virtual qsizetype rowCount() const = 0;
    // Called as SQLite moves to `row` (0 first): a place to prepare the row's values and report
    // progress. False stops the statement with an error (nothing of it is kept).
    virtual bool enterRow(qsizetype row) = 0;
    virtual void value(qsizetype row, int column, SqliteValue &out) = 0;
};

class SqliteDatabase final
{
public:
    // True when PhoneDesk was built with the sqlite3 library and a connection of its own may be
    // opened next to Qt's QSQLITE connections in this process. On POSIX systems that needs Qt's
    // driver to use the very same SQLite library: two copies of SQLite in one process do not see
    // each other's file locks, and closing a file in one drops the locks the other holds
    // (sqlite.org/howtocorrupt.html, 2.2.1). Checked once per process by letting our copy add an
    // SQL function to every new connection and asking a new QSQLITE connection for it.
    static bool available();

    // The file Qt's SQLite connection `db` has open as its main database, as SQLite resolved it;
    // empty for in-memory and temporary databases (another connection cannot reach those).
    static QString mainFile(const QSqlDatabase &db);

    // Opens the existing database file `path` for reading and writing, with foreign keys enforced,
    // synchronous=NORMAL and `busyTimeoutMs` as Storage opens its Qt connection, and a page cache
    // large enough for a bulk write.
    static Result<std::unique_ptr<SqliteDatabase>> open(const QString &path, int busyTimeoutMs,
                                                        const QString &what);

    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    Result<void> exec(const char *sql, const QString &what);
    Result<std::unique_ptr<SqliteStatement>> prepare(const char *sql, const QString &what);
    // Best effort (after an error or a cancel): undoes the open transaction, if any.
    void rollback();
    // Whether a transaction is open (SQLite ends it by itself after some errors: disk full, I/O).
    bool inTransaction() const;

    // Makes `source` readable on this connection as the table `name` with the columns of
    // `declaration` ("CREATE TABLE x(a, b, c)"). Once per name and connection (SQLite keeps the
    // table it made for a name); the source must outlive the statements reading it.
    Result<void> addRowSource(const char *name, const QByteArray &declaration, SqliteRowSource *source,
                              const QString &what);

    qint64 lastInsertRowId() const;
    qint64 changes() const; // rows changed by the last statement
    qint64 totalChanges() const; // rows changed since the connection opened, by triggers too

private:
    explicit SqliteDatabase(sqlite3 *db)
        : m_db(db)
    { }

    sqlite3 *m_db = nullptr;
};

} // namespace PhoneDesk
