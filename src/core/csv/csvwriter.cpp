#include "csvwriter.h"

namespace PhoneDesk::Csv {

namespace {
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
} // namespace

void appendRecord(QByteArray &out, const QStringList &fields, const WriteOptions &options)
{
    bool first = true;
    for (const QString &field : fields) {
        if (!first)
            out.append(options.delimiter);
        first = false;
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
