#pragma once

// Writes RFC 4180 CSV: UTF-8, CRLF line ends, fields quoted only when they need it, and cells a
// spreadsheet would run as a formula neutralised (docs/csv-format.md, "Spreadsheets").

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QStringList>

namespace PhoneDesk::Csv {

struct WriteOptions
{
    char delimiter = ',';
    bool crlf = true; // RFC 4180; false writes LF
    bool bom = false; // a UTF-8 BOM first, for spreadsheets that need it to detect UTF-8
    // Cells a spreadsheet would take for a formula get a leading ' (neutralizeFormula); false
    // writes every cell as it is (the CLI's --raw).
    bool neutralizeFormulas = true;
    // 0-based columns always written as they are: values PhoneDesk generates from an alphabet
    // that cannot form a formula that runs anything (e.g. base64url passwords).
    QList<qsizetype> verbatimColumns = {};
};

// CSV injection (OWASP): a spreadsheet runs a cell that starts with = + - @, a tab or a line
// break as a formula (=HYPERLINK(...), =cmd|' /C calc'!A0). neutralizeFormula puts a ' before
// such a cell, and before a cell that already starts with apostrophes followed by one of those
// characters, so restoreFormula (used by the phone import) can remove exactly the one it added:
// restoreFormula(neutralizeFormula(x)) == x for every x, and a cell without that ' is unchanged.
QString neutralizeFormula(const QString &cell);
QString restoreFormula(const QString &cell);
bool needsNeutralizing(QStringView cell);

// Appends one record (with its line end) to `out`.
void appendRecord(QByteArray &out, const QStringList &fields, const WriteOptions &options = {});

// Buffered writer onto a device; reports the device's error once writing failed.
class Writer final
{
public:
    explicit Writer(QIODevice &device, const WriteOptions &options = {});
    ~Writer();

    bool writeRecord(const QStringList &fields);
    bool flush();
    bool failed() const { return m_failed; }
    QString errorString() const { return m_device.errorString(); }

private:
    QIODevice &m_device;
    WriteOptions m_options;
    QByteArray m_buffer;
    bool m_failed = false;
    bool m_started = false;
};

} // namespace PhoneDesk::Csv
