#include "sqlitedatabase.h"

#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#if PHONEDESK_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace PhoneDesk {

QString SqliteDatabase::mainFile(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA database_list")))
        return {};
    while (q.next()) {
        if (q.value(1).toString() == QLatin1String("main"))
            return q.value(2).toString();
    }
    return {};
}

#if PHONEDESK_HAVE_SQLITE3

namespace {

Error toError(sqlite3 *db, int code, const QString &what)
{
    // The same mapping as errors from Qt's driver: it looks at the (extended) code and the text.
    const int extended = db ? sqlite3_extended_errcode(db) : code;
    const QString text = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    return Sql::toError(QSqlError(QString(), text, QSqlError::StatementError, QString::number(extended)),
                        what);
}

void probeFunction(sqlite3_context *context, int, sqlite3_value **)
{
    sqlite3_result_int(context, 1);
}

int addProbeFunction(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    return sqlite3_create_function_v2(db, "phonedesk_sqlite_probe", 0, SQLITE_UTF8, nullptr, probeFunction,
                                      nullptr, nullptr, nullptr);
}

// Whether a connection Qt's QSQLITE driver opens lives in our copy of SQLite: while the probe is
// registered as an auto extension of our copy, every connection our copy opens gets the function.
bool qtDriverSharesOurLibrary()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return false;
    const auto entry = reinterpret_cast<void (*)()>(&addProbeFunction);
    if (sqlite3_auto_extension(entry) != SQLITE_OK)
        return false;
    const QString name = QStringLiteral("phonedesk-sqlite-probe"); // runs once per process
    bool same = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            same = q.exec(QStringLiteral("SELECT phonedesk_sqlite_probe()")) && q.next() &&
                q.value(0).toInt() == 1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    sqlite3_cancel_auto_extension(entry);
    return same;
}

// The virtual table module behind SqliteDatabase::addRowSource: an eponymous table (usable by its
// name without CREATE VIRTUAL TABLE) whose rows come from a SqliteRowSource.
struct RowSourceInfo
{
    QByteArray declaration;
    SqliteRowSource *source = nullptr;
};

struct RowSourceTable : sqlite3_vtab
{
    SqliteRowSource *source = nullptr;
};

struct RowSourceCursor : sqlite3_vtab_cursor
{
    qsizetype row = 0;
};

int enterRow(RowSourceCursor *cursor)
{
    auto *table = static_cast<RowSourceTable *>(cursor->pVtab);
    if (cursor->row >= table->source->rowCount() || table->source->enterRow(cursor->row))
        return SQLITE_OK;
    sqlite3_free(table->zErrMsg);
    table->zErrMsg = sqlite3_mprintf("%s", "stopped by the row source");
    return SQLITE_ABORT;
}

int rowSourceConnect(sqlite3 *db, void *aux, int, const char *const *, sqlite3_vtab **out, char **)
{
    const auto *info = static_cast<const RowSourceInfo *>(aux);
    if (const int rc = sqlite3_declare_vtab(db, info->declaration.constData()); rc != SQLITE_OK)
        return rc;
    auto *table = new RowSourceTable();
    table->source = info->source;
    *out = table;
    return SQLITE_OK;
}

int rowSourceBestIndex(sqlite3_vtab *vtab, sqlite3_index_info *info)
{
    // A plain scan; SQLite checks any WHERE terms itself.
    const qsizetype rows = static_cast<RowSourceTable *>(vtab)->source->rowCount();
    info->estimatedCost = double(rows);
    info->estimatedRows = rows;
    return SQLITE_OK;
}

int rowSourceDisconnect(sqlite3_vtab *vtab)
{
    delete static_cast<RowSourceTable *>(vtab);
    return SQLITE_OK;
}

int rowSourceOpen(sqlite3_vtab *, sqlite3_vtab_cursor **out)
{
    *out = new RowSourceCursor();
    return SQLITE_OK;
}

int rowSourceClose(sqlite3_vtab_cursor *cursor)
{
    delete static_cast<RowSourceCursor *>(cursor);
    return SQLITE_OK;
}

int rowSourceFilter(sqlite3_vtab_cursor *cursor, int, const char *, int, sqlite3_value **)
{
    auto *c = static_cast<RowSourceCursor *>(cursor);
    c->row = 0;
    return enterRow(c);
}

int rowSourceNext(sqlite3_vtab_cursor *cursor)
{
    auto *c = static_cast<RowSourceCursor *>(cursor);
    ++c->row;
    return enterRow(c);
}

int rowSourceEof(sqlite3_vtab_cursor *cursor)
{
    auto *c = static_cast<RowSourceCursor *>(cursor);
    return c->row >= static_cast<RowSourceTable *>(c->pVtab)->source->rowCount();
}

int rowSourceColumn(sqlite3_vtab_cursor *cursor, sqlite3_context *context, int column)
{
    auto *c = static_cast<RowSourceCursor *>(cursor);
    SqliteValue value(context);
    static_cast<RowSourceTable *>(c->pVtab)->source->value(c->row, column, value);
    return SQLITE_OK;
}

int rowSourceRowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *rowid)
{
    *rowid = static_cast<RowSourceCursor *>(cursor)->row + 1;
    return SQLITE_OK;
}

const sqlite3_module RowSourceModule = {
    1, // iVersion
    nullptr, // xCreate: eponymous only
    rowSourceConnect,
    rowSourceBestIndex,
    rowSourceDisconnect,
    rowSourceDisconnect, // xDestroy
    rowSourceOpen,
    rowSourceClose,
    rowSourceFilter,
    rowSourceNext,
    rowSourceEof,
    rowSourceColumn,
    rowSourceRowid,
    nullptr, // xUpdate: read-only
    nullptr, // xBegin
    nullptr, // xSync
    nullptr, // xCommit
    nullptr, // xRollback
    nullptr, // xFindFunction
    nullptr, // xRename
    nullptr, // xSavepoint
    nullptr, // xRelease
    nullptr, // xRollbackTo
    nullptr, // xShadowName
};

void deleteRowSourceInfo(void *info)
{
    delete static_cast<RowSourceInfo *>(info);
}

// Hands text to SQLite; a null view (no data pointer) would be NULL, so it gets ''.
const void *textData(QStringView text)
{
    static const char16_t empty[] = u"";
    return text.data() ? static_cast<const void *>(text.data()) : empty;
}

const char *textData(QByteArrayView text)
{
    return text.data() ? text.data() : "";
}

} // namespace

bool SqliteDatabase::available()
{
#ifdef Q_OS_WIN
    // Windows locks belong to file handles, not to the process: two copies of SQLite behave like
    // two programs sharing the file, which SQLite is made for.
    return true;
#else
    static const bool sameLibrary = qtDriverSharesOurLibrary();
    return sameLibrary;
#endif
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString &path, int busyTimeoutMs,
                                                             const QString &what)
{
    sqlite3 *handle = nullptr;
    // SQLite takes UTF-8 file names on every platform. No URI, no create: the file Qt has open.
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const Error e = toError(handle, rc, what);
        sqlite3_close(handle);
        return e;
    }
    std::unique_ptr<SqliteDatabase> db(new SqliteDatabase(handle));
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, busyTimeoutMs);
    // A bulk write touches far more pages than the default 2 MB cache holds; a larger one keeps
    // SQLite from spilling pages to the journal mid-transaction only to change them again. At
    // most 64 MB, allocated as needed, for the life of this connection.
    for (const char *pragma :
         {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-65536"}) {
        if (auto e = db->exec(pragma, what); !e)
            return e.error();
    }

    return db;
}

SqliteDatabase::~SqliteDatabase()
{
    // Statements are finalized by their owners first (they are held in unique_ptrs that the
    // caller drops before the database); close_v2 copes if one is left.
    sqlite3_close_v2(m_db);
}

Result<void> SqliteDatabase::exec(const char *sql, const QString &what)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return toError(m_db, rc, what);
    return {};
}

Result<std::unique_ptr<SqliteStatement>> SqliteDatabase::prepare(const char *sql, const QString &what)
{
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) {
        const Error e = toError(m_db, rc, what);
        sqlite3_finalize(statement);
        return e;
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(m_db, statement));
}

void SqliteDatabase::rollback()
{
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool SqliteDatabase::inTransaction() const
{
    return !sqlite3_get_autocommit(m_db);
}

Result<void> SqliteDatabase::addRowSource(const char *name, const QByteArray &declaration,
                                          SqliteRowSource *source, const QString &what)
{
    auto *info = new RowSourceInfo {declaration, source};
    // SQLite owns `info` from here, also when registering fails.
    const int rc = sqlite3_create_module_v2(m_db, name, &RowSourceModule, info, deleteRowSourceInfo);
    if (rc != SQLITE_OK)
        return toError(m_db, rc, what);
    return {};
}

void SqliteValue::setUtf8(QByteArrayView text)
{
    sqlite3_result_text64(m_context, textData(text), sqlite3_uint64(text.size()), SQLITE_STATIC, SQLITE_UTF8);
}

void SqliteValue::setUtf8OrNull(QByteArrayView text)
{
    if (text.isEmpty())
        sqlite3_result_null(m_context);
    else
        setUtf8(text);
}

void SqliteValue::setInt64(qint64 value)
{
    sqlite3_result_int64(m_context, value);
}

void SqliteValue::setInt64OrNull(qint64 value)
{
    if (value == 0)
        sqlite3_result_null(m_context);
    else
        sqlite3_result_int64(m_context, value);
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 SqliteDatabase::totalChanges() const
{
    return sqlite3_total_changes(m_db);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindText(int index, QStringView text)
{
    sqlite3_bind_text64(m_statement, index, static_cast<const char *>(textData(text)),
                        sqlite3_uint64(text.size()) * sizeof(char16_t), SQLITE_STATIC, SQLITE_UTF16);
}

void SqliteStatement::bindUtf8(int index, QByteArrayView text)
{
    sqlite3_bind_text64(m_statement, index, textData(text), sqlite3_uint64(text.size()), SQLITE_STATIC,
                        SQLITE_UTF8);
}

void SqliteStatement::bindUtf8OrNull(int index, QByteArrayView text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_statement, index);
    else
        bindUtf8(index, text);
}

void SqliteStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindInt64OrNull(int index, qint64 value)
{
    if (value == 0)
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_int64(m_statement, index, value);
}

Result<void> SqliteStatement::run(const QString &what)
{
    int rc = sqlite3_step(m_statement);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_statement);
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return {};
    }
    const Error e = toError(m_db, rc, what); // before the reset, which keeps the code but not always the text
    sqlite3_reset(m_statement);
    return e;
}

Result<bool> SqliteStatement::next(const QString &what)
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return false;
    }
    const Error e = toError(m_db, rc, what);
    sqlite3_reset(m_statement);
    return e;
}

qint64 SqliteStatement::int64At(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QStringView SqliteStatement::textAt(int column) const
{
    const void *text = sqlite3_column_text16(m_statement, column); // before _bytes16, which it sizes
    const qsizetype bytes = sqlite3_column_bytes16(m_statement, column);
    return QStringView(static_cast<const char16_t *>(text), bytes / qsizetype(sizeof(char16_t)));
}

#else // without the sqlite3 library: never available, so none of the rest is called

bool SqliteDatabase::available()
{
    return false;
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString &, int, const QString &what)
{
    return Error::make(Error::Code::Unsupported,
                       QCoreApplication::translate("PhoneDesk::Storage",
                                                   "Could not finish %1: this build has no SQLite library.")
                           .arg(what));
}

SqliteDatabase::~SqliteDatabase() = default;

Result<void> SqliteDatabase::exec(const char *, const QString &what)
{
    return open(QString(), 0, what).error();
}

Result<std::unique_ptr<SqliteStatement>> SqliteDatabase::prepare(const char *, const QString &what)
{
    return open(QString(), 0, what).error();
}

void SqliteDatabase::rollback() { }

qint64 SqliteDatabase::lastInsertRowId() const
{
    return 0;
}

qint64 SqliteDatabase::changes() const
{
    return 0;
}

qint64 SqliteDatabase::totalChanges() const
{
    return 0;
}

bool SqliteDatabase::inTransaction() const
{
    return false;
}

Result<void> SqliteDatabase::addRowSource(const char *, const QByteArray &, SqliteRowSource *,
                                          const QString &what)
{
    return open(QString(), 0, what).error();
}

void SqliteValue::setUtf8(QByteArrayView) { }
void SqliteValue::setUtf8OrNull(QByteArrayView) { }
void SqliteStatement::bindUtf8(int, QByteArrayView) { }
void SqliteStatement::bindUtf8OrNull(int, QByteArrayView) { }
void SqliteValue::setInt64(qint64) { }
void SqliteValue::setInt64OrNull(qint64) { }

SqliteStatement::~SqliteStatement() = default;
void SqliteStatement::bindText(int, QStringView) { }
void SqliteStatement::bindInt64(int, qint64) { }
void SqliteStatement::bindInt64OrNull(int, qint64) { }

Result<void> SqliteStatement::run(const QString &what)
{
    return SqliteDatabase::open(QString(), 0, what).error();
}

Result<bool> SqliteStatement::next(const QString &what)
{
    return SqliteDatabase::open(QString(), 0, what).error();
}

qint64 SqliteStatement::int64At(int) const
{
    return 0;
}

QStringView SqliteStatement::textAt(int) const
{
    return {};
}

#endif

} // namespace PhoneDesk
