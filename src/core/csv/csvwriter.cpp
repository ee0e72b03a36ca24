#include "csvwriter.h"

namespace PhoneDesk::Csv {

namespace {
bool isFormulaStart(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
        return true;
    default:
        return false;
    }
}

// Apostrophes, then a character that starts a formula; `minApostrophes` of them at least.
bool startsLikeFormula(QStringView cell, qsizetype minApostrophes)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    return i >= minApostrophes && i < cell.size() && isFormulaStart(cell[i]);
}

bool needsQuotes(const QString &field, char delimiter)
{
    if (field.isEmpty())
        return false;
    // Leading/trailing spaces are quoted so that tools which trim unquoted fields keep them.
    if (field.front() == u' ' || field.back() == u' ')
        return true;
    // A leading U+FEFF at the start of a file would be taken for a byte order mark.
    if (field.front() == QChar(0xFEFF))
        return true;
    for (const QChar c : field) {
        const char16_t u = c.unicode();
        if (u == delimiter || u == u'"' || u == u'\n' || u == u'\r')
            return true;
    }
    return false;
}

void appendField(QByteArray &out, const QString &field, const WriteOptions &options)
{
    if (needsQuotes(field, options.delimiter)) {
        QString quoted = field;
        quoted.replace(u'"', QStringLiteral("\"\""));
        out.append('"');
        out.append(quoted.toUtf8());
        out.append('"');
    } else {
        out.append(field.toUtf8());
    }
}
} // namespace

bool needsNeutralizing(QStringView cell)
{
    return startsLikeFormula(cell, 0);
}

QString neutralizeFormula(const QString &cell)
{
    return needsNeutralizing(cell) ? u'\'' + cell : cell;
}

QString restoreFormula(const QString &cell)
{
    return !cell.isEmpty() && cell[0] == u'\'' && startsLikeFormula(cell, 1) ? cell.mid(1) : cell;
}

void appendRecord(QByteArray &out, const QStringList &fields, const WriteOptions &options)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(options.delimiter);
        const QString &field = fields.at(i);
        if (options.neutralizeFormulas && needsNeutralizing(field) && !options.verbatimColumns.contains(i))
            appendField(out, u'\'' + field, options);
        else
            appendField(out, field, options);
    }
    out.append(options.crlf ? "\r\n" : "\n");
}

Writer::Writer(QIODevice &device, const WriteOptions &options)
    : m_device(device)
    , m_options(options)
{ }

Writer::~Writer()
{
    flush();
}

bool Writer::writeRecord(const QStringList &fields)
{
    if (!m_started) {
        m_started = true;
        if (m_options.bom)
            m_buffer.append("\xEF\xBB\xBF");
    }
    appendRecord(m_buffer, fields, m_options);
    if (m_buffer.size() >= 256 * 1024)
        return flush();
    return !m_failed;
}

bool Writer::flush()
{
    if (m_failed || m_buffer.isEmpty())
        return !m_failed;
    if (m_device.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    return !m_failed;
}

} // namespace PhoneDesk::Csv
