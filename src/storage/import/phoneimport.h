#pragma once

// The phone CSV import (docs/csv-format.md): parses a file, maps its columns, resolves sites,
// base settings, models and users by name, validates every row with the editor's rules and checks
// duplicates in the file and in the database — then saves all valid rows in one transaction.
// Shared by the console's import wizard and phonedesk-cli.

#include "csvreader.h"
#include "entities.h"
#include "phonerepository.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PhoneDesk {

class Storage;

enum class ImportMode {
    CreateOnly, // every row is a new phone; a name or hardware ID already in use is an error
    UpsertByHardwareId, // a row whose hardware ID exists updates that phone, other rows create
    UpsertByName, // a row whose name exists updates that phone, other rows create
};

QString toKey(ImportMode mode); // "create", "upsert-hardware-id", "upsert-name"
std::optional<ImportMode> importModeFromKey(const QString &key);

// One problem with the file, a row or a cell.
struct ImportIssue
{
    qsizetype line = 0; // 1-based line of the file where the row starts
    qsizetype column = 0; // 1-based column; 0 = the row as a whole (or a column the file lacks)
    QString columnName; // canonical column name ("hardware_id", "setting:media.dscpRtp"), may be empty
    QString message; // translated

    // "Line 7, column 5 (hardware_id): ..." / "Line 7 (user): ..." / "Line 7: ..."
    QString text() const;
    bool operator==(const ImportIssue &) const = default;
};

// How one header cell was understood.
struct ImportColumn
{
    QString header; // as written in the file
    QString field; // canonical name, or empty when the column is not known (it is ignored)
};

struct ImportRow
{
    qsizetype line = 0;
    Phone phone; // validated and normalised; id/version set for updates
    bool update = false;
};

struct ImportPlan
{
    ImportMode mode = ImportMode::CreateOnly;
    char delimiter = ',';
    QList<ImportColumn> columns;
    QList<Csv::Record> preview; // the first rows after the header, as read (neutralised cells restored)
    qsizetype dataRows = 0; // rows after the header
    QList<ImportRow> rows; // the valid rows, ready to save
    QList<ImportIssue> issues; // every problem, by line
    QList<ImportIssue> warnings; // e.g. unknown columns (ignored)
    bool fatal = false; // the file as a whole cannot be imported (nothing will be saved)

    qsizetype rejectedRows() const; // distinct lines with at least one issue
    qsizetype creates() const;
    qsizetype updates() const;
};

struct ImportResult
{
    qsizetype created = 0;
    qsizetype updated = 0;
    qsizetype skipped = 0; // invalid rows left out (skip mode)
};

class PhoneImporter final
{
public:
    explicit PhoneImporter(Storage &storage)
        : m_storage(storage)
    { }

    // Reads and validates; writes nothing. Fails only for a database error or when `progress`
    // cancels; every problem with the file is in the plan's issues.
    Result<ImportPlan> prepare(const QByteArray &data, ImportMode mode,
                               const ProgressCallback &progress = {});
    // Same for a file; an unreadable file is an Io error naming it.
    Result<ImportPlan> prepareFile(const QString &path, ImportMode mode,
                                   const ProgressCallback &progress = {});

    // Saves the plan in one transaction. Without `skipInvalid` a plan with any issue is refused
    // (nothing saved); with it the valid rows are saved and the rest counted as skipped. A fatal
    // plan is always refused. `source` names the file in the audit log.
    Result<ImportResult> commit(const ImportPlan &plan, bool skipInvalid, const QString &source = {},
                                const ProgressCallback &progress = {});

    // The issues as CSV (line, column, column_name, message) for people to fix the file with.
    static QByteArray reportCsv(const QList<ImportIssue> &issues);

    // The canonical name of a header cell ("Hardware ID" -> "hardware_id"), empty if unknown.
    static QString canonicalColumn(const QString &header);

private:
    // Reads the file from `reader` a block of rows at a time; `bytes` is its size (progress).
    Result<ImportPlan> prepareFrom(Csv::Reader &reader, qint64 bytes, ImportMode mode,
                                   const ProgressCallback &progress);

    Storage &m_storage;
};

} // namespace PhoneDesk
