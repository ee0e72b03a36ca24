#include "sqlutil.h"

#include <QSqlField>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace PhoneDesk::Sql {

namespace {
// What the permission the database refused covers, from the table, column or function its
// message names (PostgreSQL's English messages; another server language gets the general text).
QString refusedPermission(const QString &text)
{
    static const QRegularExpression object(QStringLiteral(
        R"re((?:table|relation|view|sequence)\s+"?([A-Za-z_][A-Za-z0-9_]*)"?|function\s+"?([A-Za-z_][A-Za-z0-9_]*))re"));
    const QRegularExpressionMatch m = object.match(text);
    const QString table = m.captured(1);
    const QString function = m.captured(2);
    auto tr = [](const char *s) { return QCoreApplication::translate("PhoneDesk::Sql", s); };
    if (function.startsWith(QLatin1String("phonedesk_team")) ||
        text.contains(QLatin1String("manage the team")) || text.contains(QLatin1String("grant role")) ||
        text.contains(QLatin1String("admin option")))
        return tr("manage the team (Administrator)");
    if (table == QLatin1String("phones"))
        return tr("change these phones or read their device secrets (Editor, or Administrator for secrets)");
    if (table == QLatin1String("phone_status"))
        return tr("record phone status (Operator)");
    if (table == QLatin1String("audit"))
        return tr("change the activity log (it is append-only; Operator to add entries)");
    if (table == QLatin1String("provisioning_quarantine"))
        return tr("change the provisioning quarantine (Editor)");
    if (table == QLatin1String("sites") || table == QLatin1String("users") ||
        table == QLatin1String("base_settings") || table == QLatin1String("app_settings"))
        return tr("change sites, users, base settings or settings (Administrator)");
    return {};
}
} // namespace

QString primaryMessage(const QSqlError &error)
{
    QString text = error.databaseText().section(u'\n', 0, 0).trimmed();
    for (const QLatin1String prefix : {QLatin1String("ERROR:"), QLatin1String("FATAL:")}) {
        if (text.startsWith(prefix))
            text = text.mid(prefix.size()).trimmed();
    }
    static const QRegularExpression code(QStringLiteral(R"(\s*\([0-9A-Z]{5}\)$)"));
    text.remove(code);
    return text;
}

Error permissionError(const QString &databaseText, const QString &what)
{
    if (databaseText.contains(QLatin1String("row-level security")))
        return Error::make(
            Error::Code::Permission,
            QCoreApplication::translate(
                "PhoneDesk::Storage",
                "Could not finish %1: it concerns a phone at a site outside your sites, and the "
                "database refused it (permission: site scope). Nothing was changed.")
                .arg(what));
    const QString permission = refusedPermission(databaseText);
    if (!permission.isEmpty())
        return Error::make(Error::Code::Permission,
                           QCoreApplication::translate(
                               "PhoneDesk::Storage",
                               "Could not finish %1: your role may not %2, and the database refused it. "
                               "Nothing was changed.")
                               .arg(what, permission));
    return Error::make(
        Error::Code::Permission,
        QCoreApplication::translate(
            "PhoneDesk::Storage",
            "Could not finish %1: the database refused it for your role (%2). Nothing "
            "was changed.")
            .arg(what, databaseText.section(u'\n', 0, 0).remove(QStringLiteral("ERROR:")).trimmed()));
}

bool isUniqueViolation(const QSqlError &error)
{
    // PostgreSQL SQLSTATE 23505; SQLite extended code 2067 (SQLITE_CONSTRAINT_UNIQUE) / 1555 (PK).
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("23505") || code == QLatin1String("2067") || code == QLatin1String("1555") ||
        error.databaseText().contains(QLatin1String("UNIQUE constraint failed"), Qt::CaseInsensitive);
}

SqliteFailure sqliteFailure(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLite's codes are at most four digits (primary code in the low byte); PostgreSQL's
    // SQLSTATEs are five characters (whose texts may say "malformed" about a value).
    bool numeric = false;
    const int value = code.size() <= 4 ? code.toInt(&numeric) : 0;
    if (!numeric && !code.isEmpty())
        return SqliteFailure::Other;
    const int primary = numeric ? (value & 0xff) : -1;
    if (primary == 11 || primary == 26 || text.contains(QLatin1String("not a database")) ||
        text.contains(QLatin1String("malformed")))
        return SqliteFailure::Damaged;
    if (primary == 13 || text.contains(QLatin1String("database or disk is full")))
        return SqliteFailure::DiskFull;
    if (primary == 10 || text.contains(QLatin1String("disk I/O error")))
        return SqliteFailure::Io;
    return SqliteFailure::Other;
}

Error toError(const QSqlError &error, const QString &what)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (isUniqueViolation(error))
        return Error::make(
            Error::Code::Duplicate,
            QCoreApplication::translate(
                "PhoneDesk::Storage", "Could not finish %1: a record with the same unique value exists (%2).")
                .arg(what, text));
    if (code == QLatin1String("5") || code == QLatin1String("6") ||
        text.contains(QLatin1String("database is locked")))
        return Error::make(
            Error::Code::Database,
            QCoreApplication::translate(
                "PhoneDesk::Storage",
                "Could not finish %1: the database is locked by another program. Nothing was changed; "
                "try again in a moment.")
                .arg(what));
    if (code == QLatin1String("8") || text.contains(QLatin1String("readonly")))
        return Error::make(
            Error::Code::Database,
            QCoreApplication::translate(
                "PhoneDesk::Storage", "Could not finish %1: the database is read-only. Nothing was changed.")
                .arg(what));
    if (code == QLatin1String("19") || code == QLatin1String("1299") || code == QLatin1String("23502") ||
        code == QLatin1String("787") || code == QLatin1String("23503"))
        return Error::make(
            Error::Code::Database,
            QCoreApplication::translate("PhoneDesk::Storage",
                                        "Could not finish %1: a required value is missing or refers to a "
                                        "record that does not exist (%2). Nothing was changed.")
                .arg(what, text));
    const SqliteFailure failure = sqliteFailure(error);
    if (failure == SqliteFailure::Damaged)
        return Error::make(
            Error::Code::Damaged,
            QCoreApplication::translate(
                "PhoneDesk::Storage",
                "Could not finish %1: the database file is damaged (%2). Restore it from a backup.")
                .arg(what, text));
    // PostgreSQL: 53100 disk_full.
    if (failure == SqliteFailure::DiskFull || code == QLatin1String("53100"))
        return Error::make(Error::Code::Database,
                           QCoreApplication::translate(
                               "PhoneDesk::Storage",
                               "Could not finish %1: the disk holding the database is full (%2). Nothing was "
                               "changed; free some space on it and try again.")
                               .arg(what, text));
    if (code == QLatin1String("42501"))
        return permissionError(text, what);
    // QSQLITE reports every failed step as a ConnectionError, so only PostgreSQL's SQLSTATE classes count
    // here.
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
        code == QLatin1String("57P03") ||
        (error.type() == QSqlError::ConnectionError && code.isEmpty() &&
         text.contains(QLatin1String("server"))))
        return Error::make(
            Error::Code::Database,
            QCoreApplication::translate(
                "PhoneDesk::Storage",
                "Could not finish %1: the connection to the database was lost (%2). Nothing was changed.")
                .arg(what, text));
    return Error::make(
        Error::Code::Database,
        QCoreApplication::translate("PhoneDesk::Storage", "Could not finish %1: %2").arg(what, text));
}

Result<void> checkRead(const QSqlQuery &query, const QString &what)
{
    if (query.lastError().isValid())
        return toError(query.lastError(), what);
    return {};
}

Result<void> prepare(QSqlQuery &query, const QString &sql, const QString &what)
{
    if (!query.prepare(sql))
        return toError(query.lastError(), what);
    return {};
}

Result<void> exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return toError(query.lastError(), what);
    return {};
}

QString literal(const QSqlDriver *driver, const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    default:
        break;
    }
    QSqlField field(QString(), value.metaType());
    field.setValue(value);
    return driver->formatValue(field);
}

QString toJson(const QVariantMap &map)
{
    if (map.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

QVariantMap fromJson(const QString &json)
{
    if (json.isEmpty() || json == QLatin1String("{}"))
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

} // namespace PhoneDesk::Sql

#include "auditrepository.h"
#include "storage.h"

#include <QLocale>

namespace PhoneDesk::Sql {

Result<void> checkOptimisticUpdate(const QSqlQuery &query, Storage &storage, const QString &entityType, Id id,
                                   const QString &recordLabel)
{
    if (query.numRowsAffected() == 1)
        return {};
    QSqlQuery exists(storage.database());
    const QString table = entityType == QLatin1String("phone") ? QStringLiteral("phones")
        : entityType == QLatin1String("site")                  ? QStringLiteral("sites")
        : entityType == QLatin1String("user")                  ? QStringLiteral("users")
                                                               : QStringLiteral("base_settings");
    exists.prepare(QStringLiteral("SELECT count(*) FROM ") + table + QStringLiteral(" WHERE id = ?"));
    exists.addBindValue(id);
    if (exists.exec() && exists.next() && exists.value(0).toInt() == 0)
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate(
                "PhoneDesk::Storage", "%1 no longer exists: someone deleted it. Your changes were not saved.")
                .arg(recordLabel));
    QString who;
    if (auto last = storage.audit().latestFor(entityType, id); last && last->has_value()) {
        const AuditEntry &e = **last;
        who = QCoreApplication::translate("PhoneDesk::Storage", " by %1 at %2")
                  .arg(e.actor, QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat));
    }
    return Error::make(
        Error::Code::Conflict,
        QCoreApplication::translate(
            "PhoneDesk::Storage",
            "%1 was changed%2 after you opened it. Your changes were not saved: reload to see the "
            "current version, then apply your changes again.")
            .arg(recordLabel, who));
}

Result<void> checkDeleted(const QSqlQuery &query, const QString &recordLabel)
{
    if (query.numRowsAffected() >= 1)
        return {};
    return Error::make(
        Error::Code::NotFound,
        QCoreApplication::translate("PhoneDesk::Storage", "%1 no longer exists.").arg(recordLabel));
}

} // namespace PhoneDesk::Sql
