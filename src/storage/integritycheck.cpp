#include "integritycheck.h"

#include "migrations.h"
#include "sqlutil.h"
#include "storage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace PhoneDesk::IntegrityCheck {

namespace {
void addProblem(IntegrityReport &report, const QString &line, int firstLines)
{
    report.ok = false;
    if (report.problemCount >= MaxProblems) {
        report.moreProblems = true;
        return;
    }
    ++report.problemCount;
    if (report.firstProblems.size() < firstLines)
        report.firstProblems.append(line);
}

// Damage found while reading is a finding; anything else (locked, connection lost) is an Error.
bool isFinding(const QSqlError &error)
{
    return Sql::sqliteFailure(error) != Sql::SqliteFailure::Other ||
        error.nativeErrorCode() == QLatin1String("XX001") ||
        error.nativeErrorCode() == QLatin1String("XX002") ||
        error.nativeErrorCode() == QLatin1String("42P01");
}

// PostgreSQL answers count(*) from an index (and the visibility map) when it can; for the check
// every table is read from its own pages. Session settings, reset when the check ends.
class SequentialScans final
{
public:
    explicit SequentialScans(const QSqlDatabase &db)
        : m_db(db)
    {
        for (const char *setting : Settings)
            QSqlQuery(m_db).exec(QStringLiteral("SET %1 = off").arg(QLatin1String(setting)));
    }
    ~SequentialScans()
    {
        for (const char *setting : Settings)
            QSqlQuery(m_db).exec(QStringLiteral("RESET %1").arg(QLatin1String(setting)));
    }

private:
    static constexpr const char *Settings[] = {"enable_indexscan", "enable_indexonlyscan",
                                               "enable_bitmapscan"};
    QSqlDatabase m_db;
};

QString errorText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText().trimmed();
}
} // namespace

QString describe(const IntegrityReport &report, const QString &database)
{
    if (report.ok)
        return QCoreApplication::translate("PhoneDesk::IntegrityCheck", "%1 is intact (checked: %2).")
            .arg(database, report.checked);
    // No %n: the count is never one word away from a noun that would need its plural form.
    const QString count = report.moreProblems
        ? QCoreApplication::translate("PhoneDesk::IntegrityCheck", "more than %1").arg(MaxProblems)
        : QString::number(report.problemCount);
    QString text = QCoreApplication::translate("PhoneDesk::IntegrityCheck",
                                               "%1 is damaged. Problems found: %2 (checked: %3).")
                       .arg(database, count, report.checked);
    if (!report.firstProblems.isEmpty()) {
        text += u'\n' +
            (report.firstProblems.size() < report.problemCount || report.moreProblems
                 ? QCoreApplication::translate("PhoneDesk::IntegrityCheck", "The first %1:")
                       .arg(report.firstProblems.size())
                 : QCoreApplication::translate("PhoneDesk::IntegrityCheck", "Problems:"));
        for (const QString &line : report.firstProblems)
            text += QStringLiteral("\n  ") + line;
    }
    text +=
        u'\n' +
        QCoreApplication::translate(
            "PhoneDesk::IntegrityCheck",
            "Stop using it and restore it from a backup (PhoneDesk keeps one next to an SQLite file before "
            "each upgrade, as <file>.schemaN.bak).");
    return text;
}

QStringList expectedTables()
{
    static const QStringList tables = [] {
        static const QRegularExpression create(
            QStringLiteral("^\\s*CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression drop(
            QStringLiteral("^\\s*DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression rename(
            QStringLiteral("^\\s*ALTER\\s+TABLE\\s+(\\w+)\\s+RENAME\\s+TO\\s+(\\w+)"),
            QRegularExpression::CaseInsensitiveOption);
        QStringList names = {QStringLiteral("schema_version")};
        for (const Migrations::Migration &m : Migrations::all()) {
            for (const QString &statement : m.statements) {
                if (const auto c = create.match(statement); c.hasMatch()) {
                    if (!names.contains(c.captured(1), Qt::CaseInsensitive))
                        names.append(c.captured(1).toLower());
                } else if (const auto d = drop.match(statement); d.hasMatch()) {
                    names.removeAll(d.captured(1).toLower());
                } else if (const auto r = rename.match(statement); r.hasMatch()) {
                    const qsizetype at = names.indexOf(r.captured(1).toLower());
                    if (at >= 0)
                        names[at] = r.captured(2).toLower();
                }
            }
        }
        return names;
    }();
    return tables;
}

namespace {

// A statement that failed: a finding when it is damage (recorded), else the error to return.
Result<void> failed(const QSqlQuery &q, IntegrityReport &report, int firstLines)
{
    if (!isFinding(q.lastError()))
        return Sql::toError(
            q.lastError(), QCoreApplication::translate("PhoneDesk::IntegrityCheck", "checking the database"));
    addProblem(report, errorText(q.lastError()), firstLines);
    return {};
}

// SQLite's PRAGMA integrity_check: every page, index and constraint.
Result<void> checkSqlitePages(QSqlDatabase &db, IntegrityReport &report, int firstLines)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(MaxProblems)))
        return failed(q, report, firstLines); // so damaged that the check cannot even start
    // One row per problem, or (SQLite 3.40) one row holding them all, one per line, under a
    // "*** in database main ***" heading; after it the step itself may report the damage.
    while (q.next()) {
        for (const QString &line : q.value(0).toString().split(u'\n', Qt::SkipEmptyParts)) {
            if (line == QLatin1String("ok") || line.startsWith(QLatin1String("*** in database")))
                continue;
            addProblem(report, line, firstLines);
        }
    }
    if (q.lastError().isValid()) {
        if (!isFinding(q.lastError()))
            return failed(q, report, firstLines);
        if (report.ok) // the same damage the lines above name otherwise
            addProblem(report, errorText(q.lastError()), firstLines);
    }
    // integrity_check stops at its limit: "more" when it gave exactly that many.
    if (report.problemCount >= MaxProblems)
        report.moreProblems = true;
    return {};
}

// The tables there are (lower case); empty when they cannot be listed (a finding then).
Result<QStringList> presentTables(QSqlDatabase &db, bool postgres, IntegrityReport &report, int firstLines)
{
    QSqlQuery q(db);
    const QString sql = postgres
        ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                         "current_schema() AND table_type = 'BASE TABLE'")
        : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'");
    QStringList present;
    if (!q.exec(sql)) {
        if (auto r = failed(q, report, firstLines); !r)
            return r.error();
    }
    while (q.next())
        present.append(q.value(0).toString().toLower());
    return present;
}

// Every table present (as the migrations made them) and, on PostgreSQL, readable to the last row.
Result<void> checkTables(QSqlDatabase &db, bool postgres, IntegrityReport &report, int firstLines)
{
    auto present = presentTables(db, postgres, report, firstLines);
    if (!present)
        return present.error();
    std::optional<SequentialScans> sequential;
    if (postgres)
        sequential.emplace(db);
    for (const QString &table : expectedTables()) {
        if (!present->isEmpty() && !present->contains(table)) {
            addProblem(
                report,
                QCoreApplication::translate("PhoneDesk::IntegrityCheck", "table %1 is missing").arg(table),
                firstLines);
            continue;
        }
        if (!postgres)
            continue; // integrity_check read every page already
        QSqlQuery q(db);
        // count(*) over a sequential scan reads every page of the table (and verifies the page
        // checksums when the cluster has them); a failed statement outside a transaction does not
        // stop the next one.
        if (q.exec(QStringLiteral("SELECT count(*) FROM ") +
                   db.driver()->escapeIdentifier(table, QSqlDriver::TableName)))
            continue;
        if (!isFinding(q.lastError()))
            return failed(q, report, firstLines);
        addProblem(report,
                   QCoreApplication::translate("PhoneDesk::IntegrityCheck", "table %1 cannot be read: %2")
                       .arg(table, errorText(q.lastError())),
                   firstLines);
    }
    return {};
}

Result<void> checkSchemaVersion(QSqlDatabase &db, IntegrityReport &report, int firstLines)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
        return failed(q, report, firstLines);
    QList<int> versions;
    while (q.next())
        versions.append(q.value(0).toInt());
    if (versions.size() != 1)
        addProblem(report,
                   QCoreApplication::translate("PhoneDesk::IntegrityCheck",
                                               "schema_version has %1 rows instead of one")
                       .arg(versions.size()),
                   firstLines);
    else if (versions.first() != Storage::latestSchemaVersion())
        addProblem(report,
                   QCoreApplication::translate("PhoneDesk::IntegrityCheck", "schema version %1, expected %2")
                       .arg(versions.first())
                       .arg(Storage::latestSchemaVersion()),
                   firstLines);
    return {};
}

} // namespace

Result<IntegrityReport> run(Storage &storage, int firstLines)
{
    IntegrityReport report;
    QSqlDatabase db = storage.database();
    const bool postgres = storage.isPostgres();
    report.checked = postgres
        ? QCoreApplication::translate("PhoneDesk::IntegrityCheck",
                                      "every table present and readable to the last row, schema version")
        : QCoreApplication::translate(
              "PhoneDesk::IntegrityCheck",
              "PRAGMA integrity_check (every page, index and constraint), every table "
              "present, schema version");
    if (!postgres) {
        if (auto r = checkSqlitePages(db, report, firstLines); !r)
            return r.error();
    }
    if (auto r = checkTables(db, postgres, report, firstLines); !r)
        return r.error();
    if (auto r = checkSchemaVersion(db, report, firstLines); !r)
        return r.error();
    return report;
}

} // namespace PhoneDesk::IntegrityCheck
