#include "firmwarefiles.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtEndian>

#include <zlib.h>

namespace PhoneDesk::Test {

namespace {

quint32 crcOf(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray rawDeflate(const QByteArray &data)
{
    z_stream z {};
    deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

} // namespace

QByteArray binaryImage(qint64 size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (qint64 i = 0; i < size; ++i)
        out[i] = char(random.bounded(256));
    if (size > 8) {
        out[4] = '\0';
        out[5] = '\x7f';
    }
    return out;
}

QByteArray zipArchive(const QList<QPair<QString, QByteArray>> &members, ZipMethod method)
{
    QByteArray out;
    QByteArray directory;
    const quint16 methodCode = method == ZipMethod::Deflated ? 8 : 0;
    for (const auto &[name, data] : members) {
        const QByteArray fileName = name.toUtf8();
        const quint32 crc = crcOf(data);
        const QByteArray stored = method == ZipMethod::Deflated ? rawDeflate(data) : data;
        const auto offset = quint32(out.size());
        put32(out, 0x04034b50); // local file header
        put16(out, 20); // version needed
        put16(out, 0x0800); // flags: UTF-8 name
        put16(out, methodCode);
        put16(out, 0); // time
        put16(out, 0x21); // date: 1980-01-01
        put32(out, crc);
        put32(out, quint32(stored.size()));
        put32(out, quint32(data.size()));
        put16(out, quint16(fileName.size()));
        put16(out, 0);
        out += fileName;
        out += stored;

        put32(directory, 0x02014b50); // central directory header
        put16(directory, 0x031e); // made by: Unix, 3.0
        put16(directory, 20);
        put16(directory, 0x0800);
        put16(directory, methodCode);
        put16(directory, 0);
        put16(directory, 0x21);
        put32(directory, crc);
        put32(directory, quint32(stored.size()));
        put32(directory, quint32(data.size()));
        put16(directory, quint16(fileName.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += fileName;
    }
    const auto directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50); // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(members.size()));
    put16(out, quint16(members.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

QByteArray polyApplication(qint64 applicationSize, quint32 seed, int which, const QString &version)
{
    QByteArray bytes = binaryImage(applicationSize, seed + quint32(which));
    if (!version.isEmpty()) {
        const QByteArray text = "UC Software " + version.toLatin1() + '\0';
        if (16 + text.size() <= bytes.size())
            bytes.replace(16, text.size(), text);
    }
    return bytes;
}

QByteArray polyPackage(qint64 applicationSize, quint32 seed, ZipMethod method, const QString &version)
{
    return zipArchive(
        {
            {QStringLiteral("000000000000.cfg"),
             QByteArrayLiteral(
                 "<?xml version=\"1.0\" standalone=\"yes\"?>\n<APPLICATION APP_FILE_PATH=\"sip.ld\" "
                 "CONFIG_FILES=\"\"/>\n")},
            {QStringLiteral("3111-48840-001.sip.ld"), polyApplication(applicationSize, seed, 0, version)},
            {QStringLiteral("3111-48830-001.sip.ld"), polyApplication(applicationSize, seed, 1, version)},
            {QStringLiteral("VVXLocalization/English_United_States/VVX-dictionary.xml"),
             QByteArrayLiteral("<x/>")},
        },
        method);
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace PhoneDesk::Test
