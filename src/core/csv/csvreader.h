#pragma once

// Reads RFC 4180 CSV files as people and spreadsheets write them: UTF-8 with or without BOM,
// comma or semicolon, CRLF or LF, quoted fields with embedded delimiters, quotes and newlines.

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
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
    qsizetype blockBytes = 4 * 1024 * 1024; // Reader from a device: how much it reads at a time
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

// Reads a file a few records at a time, so that neither the file nor all its records need to be
// in memory at once: from a device it holds one block of the file's bytes (a record longer than
// a block makes the block grow to hold it). The records, positions and errors are those read()
// gives for the whole file, except that a NUL byte makes the errors say "binary" only from the
// block in which it is found on.
class Reader final
{
public:
    // Reads from an open device, from its current position.
    explicit Reader(QIODevice &device, const ReadOptions &options = {});
    // Reads `data`, which must stay alive and unchanged while the reader is used.
    explicit Reader(QByteArrayView data, const ReadOptions &options = {});
    ~Reader();
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    // Appends up to `max` (>= 1) further records to `records` (blank lines are left out, as in
    // read()). Returns false once nothing is left: at the end of the file, when reading stopped
    // at an error (error()) or when the device failed (deviceError()).
    bool next(QList<Record> &records, qsizetype max);

    char delimiter() const; // known after the first next()
    bool hadBom() const;
    const std::optional<ReadError> &error() const;
    QString deviceError() const; // the device's error text when reading it failed, else empty
    qint64 bytesRead() const; // how far the reader is into the file (progress)

    struct State;

private:
    std::unique_ptr<State> d;
};

// Picks ',' or ';' by counting them (outside quotes) in the first line.
char detectDelimiter(const QByteArray &data);

} // namespace PhoneDesk::Csv
