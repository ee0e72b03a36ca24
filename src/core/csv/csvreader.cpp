#include "csvreader.h"

#include <QCoreApplication>

#include <cstring>

namespace PhoneDesk::Csv {

namespace {
// Length of the valid UTF-8 sequence at `p` (1-4), or 0 when it is not valid UTF-8
// (overlong forms, surrogates and code points above U+10FFFF are refused, as RFC 3629 says).
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if (c == 0xE0 && p[1] < 0xA0)
            return 0; // overlong
        if (c == 0xED && p[1] >= 0xA0)
            return 0; // surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if (c == 0xF0 && p[1] < 0x90)
            return 0;
        if (c == 0xF4 && p[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

class Parser
{
public:
    Parser(const QByteArray &data, const ReadOptions &options, Document &doc)
        : m_p(reinterpret_cast<const unsigned char *>(data.constData()))
        , m_end(m_p + data.size())
        , m_options(options)
        , m_doc(doc)
    { }

    void run()
    {
        if (m_end - m_p >= 2 && ((m_p[0] == 0xFF && m_p[1] == 0xFE) || (m_p[0] == 0xFE && m_p[1] == 0xFF))) {
            fail(1, 1,
                 QCoreApplication::translate(
                     "PhoneDesk::Csv", "the file is UTF-16 text; save it as UTF-8 (with or without BOM)."));
            return;
        }
        if (m_end - m_p >= 3 && m_p[0] == 0xEF && m_p[1] == 0xBB && m_p[2] == 0xBF) {
            m_p += 3;
            m_doc.hadBom = true;
        }
        // A NUL byte never occurs in text: the file is binary, and every decoding problem says so.
        m_binary = std::memchr(m_p, 0, size_t(m_end - m_p)) != nullptr;
        m_delimiter = static_cast<unsigned char>(m_options.delimiter);
        if (m_delimiter == 0)
            m_delimiter = static_cast<unsigned char>(detect());
        m_doc.delimiter = char(m_delimiter);

        while (m_p < m_end) {
            Record record;
            record.line = m_line;
            if (!readRecord(record.fields))
                return;
            bool blank = true;
            for (const QString &f : std::as_const(record.fields)) {
                if (!f.isEmpty()) {
                    blank = false;
                    break;
                }
            }
            if (!blank)
                m_doc.records.append(std::move(record));
        }
    }

private:
    char detect() const
    {
        qsizetype commas = 0;
        qsizetype semicolons = 0;
        bool quoted = false;
        for (const unsigned char *p = m_p; p < m_end; ++p) {
            if (*p == '"')
                quoted = !quoted;
            else if (!quoted && (*p == '\n' || *p == '\r'))
                break;
            else if (!quoted && *p == ',')
                ++commas;
            else if (!quoted && *p == ';')
                ++semicolons;
        }
        return semicolons > commas ? ';' : ',';
    }

    void fail(qsizetype line, qsizetype column, const QString &message)
    {
        m_doc.error = ReadError {line, column, m_binary ? binaryMessage() : message};
    }

    void failBinary(qsizetype column) { fail(m_line, column, binaryMessage()); }

    static QString binaryMessage()
    {
        return QCoreApplication::translate("PhoneDesk::Csv",
                                           "the file contains binary data (NUL bytes), not CSV text.");
    }

    // Reads one record up to and including its line end. False when reading must stop.
    bool readRecord(QStringList &fields)
    {
        qsizetype column = 1;
        const qsizetype recordLine = m_line;
        while (true) {
            QByteArray bytes;
            const unsigned char *fieldStart = nullptr;
            qsizetype fieldLength = 0;
            if (m_p < m_end && *m_p == '"') {
                const qsizetype openLine = m_line;
                ++m_p;
                while (true) {
                    const unsigned char *q = m_p;
                    while (q < m_end && *q != '"' && *q != '\r' && *q != '\n')
                        ++q;
                    bytes.append(reinterpret_cast<const char *>(m_p), q - m_p);
                    m_p = q;
                    if (m_p >= m_end) {
                        fail(openLine, column,
                             QCoreApplication::translate(
                                 "PhoneDesk::Csv",
                                 "a quoted field is not closed: the quote that opens it has no closing "
                                 "quote."));
                        return false;
                    }
                    if (*m_p == '\r' || *m_p == '\n') {
                        // Line ends inside a field become "\n" whatever the file uses.
                        if (*m_p == '\r' && m_p + 1 < m_end && m_p[1] == '\n')
                            ++m_p;
                        ++m_p;
                        ++m_line;
                        bytes.append('\n');
                    } else if (m_p + 1 < m_end && m_p[1] == '"') {
                        bytes.append('"');
                        m_p += 2;
                    } else {
                        ++m_p; // closing quote
                        break;
                    }
                    if (bytes.size() > m_options.maxFieldBytes)
                        break;
                }
                if (bytes.size() > m_options.maxFieldBytes) {
                    fail(m_line, column,
                         QCoreApplication::translate("PhoneDesk::Csv", "the field is longer than %1 bytes.")
                             .arg(m_options.maxFieldBytes));
                    return false;
                }
                if (m_p < m_end && *m_p != m_delimiter && *m_p != '\r' && *m_p != '\n') {
                    fail(m_line, column,
                         QCoreApplication::translate(
                             "PhoneDesk::Csv",
                             "unexpected text after the closing quote of a quoted field; inside quotes, "
                             "write a "
                             "quote as two quotes (\"\")."));
                    return false;
                }
                fieldStart = reinterpret_cast<const unsigned char *>(bytes.constData());
                fieldLength = bytes.size();
            } else {
                const unsigned char *q = m_p;
                while (q < m_end && *q != m_delimiter && *q != '\r' && *q != '\n') {
                    if (*q == '"') {
                        fail(m_line, column,
                             QCoreApplication::translate(
                                 "PhoneDesk::Csv",
                                 "a quote inside an unquoted field; put the whole field in quotes and write "
                                 "the "
                                 "quote as two quotes (\"\")."));
                        return false;
                    }
                    ++q;
                }
                fieldStart = m_p;
                fieldLength = q - m_p;
                m_p = q;
                if (fieldLength > m_options.maxFieldBytes) {
                    fail(m_line, column,
                         QCoreApplication::translate("PhoneDesk::Csv", "the field is longer than %1 bytes.")
                             .arg(m_options.maxFieldBytes));
                    return false;
                }
            }
            QString text;
            if (!decode(fieldStart, fieldLength, text, column))
                return false;
            if (fields.size() >= m_options.maxColumns) {
                fail(recordLine, column,
                     QCoreApplication::translate(
                         "PhoneDesk::Csv", "the row has more than %1 columns; a phone row has far fewer.")
                         .arg(m_options.maxColumns));
                return false;
            }
            fields.append(std::move(text));
            if (m_p < m_end && *m_p == m_delimiter) {
                ++m_p;
                ++column;
                continue;
            }
            if (m_p < m_end) {
                if (*m_p == '\r' && m_p + 1 < m_end && m_p[1] == '\n')
                    ++m_p;
                ++m_p;
                ++m_line;
            }
            return true;
        }
    }

    bool decode(const unsigned char *p, qsizetype length, QString &out, qsizetype column)
    {
        const unsigned char *end = p + length;
        bool ascii = true;
        for (const unsigned char *q = p; q < end; ++q) {
            if (*q == 0) {
                failBinary(column);
                return false;
            }
            if (*q >= 0x80)
                ascii = false;
        }
        if (ascii) {
            out = QString::fromLatin1(reinterpret_cast<const char *>(p), length);
            return true;
        }
        for (const unsigned char *q = p; q < end;) {
            const int n = utf8SequenceLength(q, end);
            if (n == 0 && m_binary) {
                failBinary(column);
                return false;
            }
            if (n == 0) {
                fail(m_line, column,
                     QCoreApplication::translate("PhoneDesk::Csv",
                                                 "invalid UTF-8 (byte 0x%1); save the file as UTF-8 text.")
                         .arg(QString::number(*q, 16).toUpper().rightJustified(2, u'0')));
                return false;
            }
            q += n;
        }
        // QString::fromUtf8 drops a leading U+FEFF as a byte order mark; inside a file it is text.
        if (length >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
            out = QChar(0xFEFF) + QString::fromUtf8(reinterpret_cast<const char *>(p + 3), length - 3);
        else
            out = QString::fromUtf8(reinterpret_cast<const char *>(p), length);
        return true;
    }

    const unsigned char *m_p;
    const unsigned char *m_end;
    const ReadOptions &m_options;
    Document &m_doc;
    unsigned char m_delimiter = ',';
    qsizetype m_line = 1;
    bool m_binary = false;
};
} // namespace

QString ReadError::text() const
{
    return QCoreApplication::translate("PhoneDesk::Csv", "Line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(message);
}

Document read(const QByteArray &data, const ReadOptions &options)
{
    Document doc;
    Parser(data, options, doc).run();
    return doc;
}

char detectDelimiter(const QByteArray &data)
{
    const qsizetype newline = data.indexOf('\n');
    return read(newline < 0 ? data : data.left(newline + 1), {}).delimiter;
}

} // namespace PhoneDesk::Csv
