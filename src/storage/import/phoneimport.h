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
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <iterator>
#include <optional>
#include <vector>

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

// The valid rows of a plan. A file may have millions of them, so they are not kept as phones:
// each row is encoded compactly (texts as UTF-8, a MAC as its six bytes, numbers in as few bytes
// as they need, line-key lists and overrides that repeat stored once) and decoded when it is read.
class ImportRows
{
public:
    qsizetype size() const { return qsizetype(m_offsets.size()); }
    bool isEmpty() const { return m_offsets.empty(); }
    qsizetype updates() const { return m_updates; }

    ImportRow at(qsizetype i) const;
    ImportRow operator[](qsizetype i) const { return at(i); }
    ImportRow first() const { return at(0); }
    ImportRow last() const { return at(size() - 1); }

    void append(const ImportRow &row);
    void reserve(qsizetype rows) { m_offsets.reserve(size_t(rows)); }
    qsizetype capacity() const { return qsizetype(m_offsets.capacity()); }

    class const_iterator
    {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = ImportRow;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = ImportRow;

        const_iterator(const ImportRows *rows, qsizetype i)
            : m_rows(rows)
            , m_i(i)
        { }
        ImportRow operator*() const { return m_rows->at(m_i); }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator==(const const_iterator &other) const { return m_i == other.m_i; }

    private:
        const ImportRows *m_rows;
        qsizetype m_i;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    static constexpr qsizetype ChunkBytes = 1 << 22;
    static constexpr qsizetype MaxShared = 65536; // distinct line-key lists / overrides kept once

    std::vector<QByteArray> m_chunks; // the encoded rows, none split between two chunks
    std::vector<quint64> m_offsets; // per row: chunk << 32 | position in it
    QList<QList<LineKey>> m_lineKeyLists; // shared lists (a row refers to one by its index + 1)
    QHash<const LineKey *, quint32> m_lineKeyIndex; // by the list's data: copies share it
    QList<QVariantMap> m_overrideMaps; // likewise
    QHash<QByteArray, quint32> m_overrideIndex; // by their serialised form
    std::array<quint32, 8> m_recentOverrides {}; // the indexes + 1 last used, compared first
    size_t m_nextRecent = 0;
    qsizetype m_updates = 0;
};

struct ImportPlan
{
    ImportMode mode = ImportMode::CreateOnly;
    char delimiter = ',';
    QList<ImportColumn> columns;
    QList<Csv::Record> preview; // the first rows after the header, as read (neutralised cells restored)
    qsizetype dataRows = 0; // rows after the header
    ImportRows rows; // the valid rows, ready to save
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
