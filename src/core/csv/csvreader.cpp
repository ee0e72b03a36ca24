#include "csvreader.h"

#include <QCoreApplication>

#include <cstring>
#include <limits>

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

// Parses records from a region of the file that ends at a record boundary (or at the end of the
// file). Its state (line number, delimiter, the first error) carries over from region to region.
class Parser
{
public:
    explicit Parser(const ReadOptions &options)
        : m_options(options)
    { }

    // The start of the file: refuses UTF-16, skips a UTF-8 BOM. False when reading must stop.
    bool begin(const unsigned char *&p, const unsigned char *end)
    {
        m_p = p;
        m_end = end;
        // Said as such even though UTF-16 text is full of NUL bytes.
        if (m_end - m_p >= 2 && ((m_p[0] == 0xFF && m_p[1] == 0xFE) || (m_p[0] == 0xFE && m_p[1] == 0xFF))) {
            m_error = ReadError {
                1, 1,
                QCoreApplication::translate(
                    "PhoneDesk::Csv", "the file is UTF-16 text; save it as UTF-8 (with or without BOM).")};
            return false;
        }
        if (m_end - m_p >= 3 && m_p[0] == 0xEF && m_p[1] == 0xBB && m_p[2] == 0xBF) {
            m_p += 3;
            m_hadBom = true;
        }
        p = m_p;
        return true;
    }

    // A NUL byte never occurs in text: the file is binary, and every decoding problem says so.
    void noteBinary(const unsigned char *p, const unsigned char *end)
    {
        if (!m_binary && p < end)
            m_binary = std::memchr(p, 0, size_t(end - p)) != nullptr;
    }

    // Appends records from [p, end) until `records` has `max` more or the region is used up;
    // `end` must be a record boundary. Moves `p` past what was read. False at an error.
    bool parse(const unsigned char *&p, const unsigned char *end, QList<Record> &records, qsizetype max)
    {
        m_p = p;
        m_end = end;
        if (m_delimiter == 0) {
            m_delimiter = static_cast<unsigned char>(m_options.delimiter);
            if (m_delimiter == 0)
                m_delimiter = static_cast<unsigned char>(detect());
        }
        qsizetype added = 0;
        bool ok = true;
        while (m_p < m_end && added < max) {
            Record record;
            record.line = m_line;
            if (!readRecord(record.fields)) {
                ok = false;
                break;
            }
            bool blank = true;
            for (const QString &f : std::as_const(record.fields)) {
                if (!f.isEmpty()) {
                    blank = false;
                    break;
                }
            }
            if (!blank) {
                records.append(std::move(record));
                ++added;
            }
        }
        p = m_p;
        return ok;
    }

    char delimiter() const
    {
        return m_delimiter ? char(m_delimiter) : (m_options.delimiter ? m_options.delimiter : ',');
    }
    bool hadBom() const { return m_hadBom; }
    const std::optional<ReadError> &error() const { return m_error; }

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
        m_error = ReadError {line, column, m_binary ? binaryMessage() : message};
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
            QByteArray bytes; // a quoted field's text; an unquoted one is decoded where it is
            const unsigned char *fieldStart = nullptr;
            qsizetype fieldLength = 0;
            if (m_p < m_end && *m_p == '"') {
                if (!readQuotedField(bytes, column))
                    return false;
                fieldStart = reinterpret_cast<const unsigned char *>(bytes.constData());
                fieldLength = bytes.size();
            } else if (!readUnquotedField(fieldStart, fieldLength, column)) {
                return false;
            }
            if (!appendField(fields, fieldStart, fieldLength, recordLine, column))
                return false;
            if (m_p < m_end && *m_p == m_delimiter) {
                ++m_p;
                ++column;
                continue;
            }
            if (m_p < m_end)
                skipLineEnd();
            return true;
        }
    }

    // Reads a quoted field from its opening quote to past its closing quote; its text, without
    // the quotes, goes to `bytes`. False when reading must stop.
    bool readQuotedField(QByteArray &bytes, qsizetype column)
    {
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
                skipLineEnd();
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
            failFieldTooLong(column);
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
        return true;
    }

    // Reads an unquoted field up to the delimiter or the line end. Its bytes are not copied:
    // `fieldStart` points into the file. False when reading must stop.
    bool readUnquotedField(const unsigned char *&fieldStart, qsizetype &fieldLength, qsizetype column)
    {
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
            failFieldTooLong(column);
            return false;
        }
        return true;
    }

    void failFieldTooLong(qsizetype column)
    {
        fail(m_line, column,
             QCoreApplication::translate("PhoneDesk::Csv", "the field is longer than %1 bytes.")
                 .arg(m_options.maxFieldBytes));
    }

    // Decodes a field's bytes and appends the text to the record. False when reading must stop.
    bool appendField(QStringList &fields, const unsigned char *start, qsizetype length, qsizetype recordLine,
                     qsizetype column)
    {
        QString text;
        if (!decode(start, length, text, column))
            return false;
        if (fields.size() >= m_options.maxColumns) {
            fail(recordLine, column,
                 QCoreApplication::translate("PhoneDesk::Csv",
                                             "the row has more than %1 columns; a phone row has far fewer.")
                     .arg(m_options.maxColumns));
            return false;
        }
        fields.append(std::move(text));
        return true;
    }

    // Moves past the line end at m_p (CRLF, LF or a lone CR) to the start of the next line.
    void skipLineEnd()
    {
        if (*m_p == '\r' && m_p + 1 < m_end && m_p[1] == '\n')
            ++m_p;
        ++m_p;
        ++m_line;
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

    const unsigned char *m_p = nullptr;
    const unsigned char *m_end = nullptr;
    ReadOptions m_options;
    std::optional<ReadError> m_error;
    unsigned char m_delimiter = 0;
    qsizetype m_line = 1;
    bool m_binary = false;
    bool m_hadBom = false;
};

const unsigned char *bytes(const char *p)
{
    return reinterpret_cast<const unsigned char *>(p);
}

// The last `c` in [from, to), or nullptr.
const char *lastOf(const char *from, const char *to, char c)
{
#ifdef __GLIBC__
    return static_cast<const char *>(memrchr(from, c, size_t(to - from)));
#else
    while (to > from) {
        if (*--to == c)
            return to;
    }
    return nullptr;
#endif
}
} // namespace

struct Reader::State
{
    explicit State(const ReadOptions &options)
        : parser(options)
        , options(options)
    { }

    // Reads the next block from the device and moves `cut` to the last record boundary in the
    // buffer. False when the device failed.
    bool fill()
    {
        if (pos > 0) { // what was parsed is not needed any more
            buffer.remove(0, pos);
            dropped += pos;
            scanned -= pos;
            cut -= pos;
            pos = 0;
        }
        const qsizetype old = buffer.size();
        const qsizetype block = qMax<qsizetype>(1, options.blockBytes);
        buffer.resize(old + block);
        const qint64 n = device->read(buffer.data() + old, block);
        if (n < 0) {
            buffer.resize(old);
            deviceError = device->errorString();
            return false;
        }
        buffer.resize(old + n);
        if (n == 0 || device->atEnd())
            eof = true;
        data = QByteArrayView(buffer);
        parser.noteBinary(bytes(buffer.constData()) + old, bytes(buffer.constData()) + buffer.size());
        if (eof) {
            cut = buffer.size();
            return true;
        }
        scanForBoundary();
        // No legitimate record is this long (the parser stops at maxColumns and maxFieldBytes
        // first): parse what is there and let it find the error, rather than holding the file.
        const qsizetype longest = options.maxColumns * (2 * options.maxFieldBytes + 3) + block;
        if (buffer.size() - cut > longest)
            cut = buffer.size();
        return true;
    }

    // Follows the quotes through the bytes not looked at yet; a line end outside quotes is a
    // record boundary. A quote out of place makes this wrong only after it, and the parser
    // stops at that quote before it gets there.
    void scanForBoundary()
    {
        const char *const base = buffer.constData();
        const char *p = base + scanned;
        const char *const end = base + buffer.size();
        while (p < end) {
            if (quoted) {
                const char *q = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
                if (!q)
                    break;
                quoted = false;
                p = q + 1;
                continue;
            }
            const char *q = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
            const char *stretchEnd = q ? q : end;
            // The last line end of the stretch without quotes: LF, or else a lone CR (old Mac
            // files) whose next byte is here to tell it is not CRLF.
            if (const char *lf = lastOf(p, stretchEnd, '\n')) {
                cut = qMax(cut, qsizetype(lf + 1 - base));
            } else {
                for (const char *c = stretchEnd; c > p;) {
                    --c;
                    if (*c == '\r' && c + 1 < end && c[1] != '\n') {
                        cut = qMax(cut, qsizetype(c + 1 - base));
                        break;
                    }
                }
            }
            if (!q)
                break;
            quoted = true;
            p = q + 1;
        }
        scanned = buffer.size();
    }

    Parser parser;
    ReadOptions options;
    QIODevice *device = nullptr;
    QByteArray buffer; // from a device: the bytes not parsed yet
    QByteArrayView data; // what is parsed: the buffer, or the caller's data
    qsizetype pos = 0; // next byte to parse
    qsizetype cut = 0; // the parser may go up to here (a record boundary)
    qsizetype scanned = 0; // scanForBoundary() looked at the bytes before this
    qint64 dropped = 0; // bytes removed from the front of the buffer
    bool quoted = false; // scanForBoundary(): inside quotes at `scanned`
    bool eof = false;
    bool started = false;
    bool finished = false;
    QString deviceError;
};

Reader::Reader(QIODevice &device, const ReadOptions &options)
    : d(std::make_unique<State>(options))
{
    d->device = &device;
}

Reader::Reader(QByteArrayView data, const ReadOptions &options)
    : d(std::make_unique<State>(options))
{
    d->data = data;
    d->cut = data.size();
    d->eof = true;
    d->parser.noteBinary(bytes(data.data()), bytes(data.data()) + data.size());
}

Reader::~Reader() = default;

bool Reader::next(QList<Record> &records, qsizetype max)
{
    if (d->finished)
        return false;
    if (!d->started) {
        // The first bytes decide UTF-16 and the BOM; a block holds them unless the file is shorter.
        while (d->device && (d->buffer.size() < 3 || d->cut == 0) && !d->eof) {
            if (!d->fill()) {
                d->finished = true;
                return false;
            }
        }
        d->started = true;
        const unsigned char *start = bytes(d->data.data());
        const unsigned char *p = start;
        if (!d->parser.begin(p, start + d->data.size())) {
            d->finished = true;
            return false;
        }
        d->pos = p - start;
    }
    const qsizetype before = records.size();
    while (records.size() - before < max) {
        if (d->pos >= d->cut) {
            if (d->eof || !d->device) {
                d->finished = true;
                break;
            }
            if (!d->fill()) {
                d->finished = true;
                break;
            }
            continue;
        }
        const unsigned char *start = bytes(d->data.data());
        const unsigned char *p = start + d->pos;
        const bool ok = d->parser.parse(p, start + d->cut, records, max - (records.size() - before));
        d->pos = p - start;
        if (!ok) {
            d->finished = true;
            break;
        }
    }
    return records.size() > before;
}

char Reader::delimiter() const
{
    return d->parser.delimiter();
}

bool Reader::hadBom() const
{
    return d->parser.hadBom();
}

const std::optional<ReadError> &Reader::error() const
{
    return d->parser.error();
}

QString Reader::deviceError() const
{
    return d->deviceError;
}

qint64 Reader::bytesRead() const
{
    return d->dropped + d->pos;
}

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
    Reader reader(QByteArrayView(data), options);
    while (reader.next(doc.records, std::numeric_limits<qsizetype>::max())) { }
    doc.delimiter = reader.delimiter();
    doc.hadBom = reader.hadBom();
    doc.error = reader.error();
    return doc;
}

char detectDelimiter(const QByteArray &data)
{
    const qsizetype newline = data.indexOf('\n');
    return read(newline < 0 ? data : data.left(newline + 1), {}).delimiter;
}

} // namespace PhoneDesk::Csv
