#pragma once

// Writes RFC 4180 CSV: UTF-8, CRLF line ends, fields quoted only when they need it.

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

namespace PhoneDesk::Csv {

struct WriteOptions
{
    char delimiter = ',';
    bool crlf = true; // RFC 4180; false writes LF
    bool bom = false; // a UTF-8 BOM first, for spreadsheets that need it to detect UTF-8
};

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
