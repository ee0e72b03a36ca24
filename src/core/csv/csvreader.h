#pragma once

// Reads RFC 4180 CSV files as people and spreadsheets write them: UTF-8 with or without BOM,
// comma or semicolon, CRLF or LF, quoted fields with embedded delimiters, quotes and newlines.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PhoneDesk::Csv {

struct Record
{
    qsizetype line = 0; // 1-based line of the file on which the record starts
    QStringList fields;
};

// The first problem that stops reading. Line and column are 1-based; column counts CSV fields.
struct ReadError
{
    qsizetype line = 0;
    qsizetype column = 0;
    QString message; // translated, without the position

    // "Line 3, column 2: a quoted field is not closed ..."
    QString text() const;
};

struct ReadOptions
{
    char delimiter = 0; // ',' or ';'; 0 = detect from the header line
    qsizetype maxColumns = 1024; // a row with more is refused (a defence against garbage input)
    qsizetype maxFieldBytes = 65536;
};

struct Document
{
    char delimiter = ',';
    bool hadBom = false;
    QList<Record> records; // blank lines (every field empty) are left out
    std::optional<ReadError> error; // set when reading stopped early; records hold what came before
};

// Parses a whole file held in memory. Never throws; on malformed input `error` says where and why.
Document read(const QByteArray &data, const ReadOptions &options = {});

// Picks ',' or ';' by counting them (outside quotes) in the first line.
char detectDelimiter(const QByteArray &data);

} // namespace PhoneDesk::Csv
