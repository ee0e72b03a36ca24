#include "firmwareformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QtEndian>

#include <zlib.h>

#include <memory>

namespace PhoneDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PhoneDesk::Firmware", text);
}

Error refused(const QString &fileName, const QString &reason)
{
    return Error::make(Error::Code::Validation, tr("%1: %2").arg(fileName, reason));
}

} // namespace

QString toKey(FirmwareVendor vendor)
{
    switch (vendor) {
    case FirmwareVendor::Poly:
        return QStringLiteral("poly");
    case FirmwareVendor::Yealink:
        return QStringLiteral("yealink");
    case FirmwareVendor::AudioCodes:
        return QStringLiteral("audiocodes");
    }
    return {};
}

QString displayName(FirmwareVendor vendor)
{
    switch (vendor) {
    case FirmwareVendor::Poly:
        return QStringLiteral("Poly");
    case FirmwareVendor::Yealink:
        return QStringLiteral("Yealink");
    case FirmwareVendor::AudioCodes:
        return QStringLiteral("AudioCodes");
    }
    return {};
}

std::optional<FirmwareVendor> firmwareVendorFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const FirmwareVendor v : allFirmwareVendors()) {
        if (k == toKey(v))
            return v;
    }
    if (k == QLatin1String("polycom"))
        return FirmwareVendor::Poly;
    return std::nullopt;
}

QList<FirmwareVendor> allFirmwareVendors()
{
    return {FirmwareVendor::Poly, FirmwareVendor::Yealink, FirmwareVendor::AudioCodes};
}

namespace Firmware {

namespace {

// Yealink's release names: the lead model, the other models in parentheses, an optional variant
// ("-ddphone"), then the version and an optional build date: "T54W(T57W,T53W)-96.86.0.45(20211130).rom".
const QRegularExpression &yealinkName()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^([A-Z0-9]+)(?:\(([A-Z0-9,]+)\))?(?:-[A-Z]+)?-(\d+\.\d+\.\d+\.\d+)(?:\(\d+\))?\.rom$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// AudioCodes: "<model>_<version>.img", the Skype for Business / Teams builds with "UC" before the
// model or "_UC" after it: "420HD_2.2.16.501.img", "UCC450HD_3.4.4.1000.69.img", "420HD_UC_3.4.8.M4.img";
// the phone's default name "<model>.img" has no version.
const QRegularExpression &audioCodesName()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:UC)?(C?\d{3}(?:HD)?|HRS|RX50)(?:_UC)?(?:_(\d+(?:\.[0-9A-Z]+)+))?\.img$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Poly UC Software packages: "UC Software" / "UCS" then the version with '.', '_' or '-' between
// its numbers.
const QRegularExpression &polyPackageName()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:UC[ _-]?Software|UCS)[ _-]*(\d+)[._-](\d+)[._-](\d+)(?:[._-](\d+)(?=[._-]|\.zip$))?)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isPolyApplicationName(const QString &name)
{
    const QString lower = QFileInfo(name).fileName().toLower();
    return lower == QLatin1String("sip.ld") || lower.endsWith(QLatin1String(".sip.ld"));
}

} // namespace

std::optional<FirmwareVendor> vendorOfFileName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".zip")) || lower.endsWith(QLatin1String(".ld")))
        return FirmwareVendor::Poly;
    if (lower.endsWith(QLatin1String(".rom")))
        return FirmwareVendor::Yealink;
    if (lower.endsWith(QLatin1String(".img")))
        return FirmwareVendor::AudioCodes;
    return std::nullopt;
}

NameInfo parseFileName(FirmwareVendor vendor, const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    NameInfo info;
    switch (vendor) {
    case FirmwareVendor::Yealink:
        if (const auto m = yealinkName().match(name); m.hasMatch()) {
            info.version = m.captured(3);
            info.modelTokens.append(m.captured(1).toUpper());
            for (const QString &t : m.captured(2).split(u',', Qt::SkipEmptyParts)) {
                if (!info.modelTokens.contains(t.toUpper()))
                    info.modelTokens.append(t.toUpper());
            }
        }
        break;
    case FirmwareVendor::AudioCodes:
        if (const auto m = audioCodesName().match(name); m.hasMatch()) {
            info.modelTokens.append(m.captured(1).toUpper());
            info.version = m.captured(2);
        }
        break;
    case FirmwareVendor::Poly:
        if (!name.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            break;
        if (const auto m = polyPackageName().match(name); m.hasMatch()) {
            QStringList parts = {m.captured(1), m.captured(2), m.captured(3)};
            if (m.hasCaptured(4))
                parts.append(m.captured(4));
            info.version = parts.join(u'.');
        }
        break;
    }
    return info;
}

QString checkVersion(const QString &version)
{
    static const QRegularExpression re(QStringLiteral(R"(^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$)"));
    if (re.match(version).hasMatch())
        return {};
    return tr("the version \"%1\" is not a firmware version: use letters, digits, '.', '-' and '_' "
              "(at most 64), e.g. 6.4.3.5156")
        .arg(version);
}

// ---------------------------------------------------------------- zip central directory

namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr quint32 Zip64EndSignature = 0x06064b50;
constexpr quint32 Zip64LocatorSignature = 0x07064b50;
constexpr qint64 EndRecordSize = 22;
constexpr qint64 Zip64LocatorSize = 20;
constexpr qint64 MaxComment = 0xffff;
// A phone software package has a few hundred members; a directory past these limits is no
// package PhoneDesk keeps (and must not make it allocate without bound).
constexpr qint64 MaxDirectorySize = 64 * 1024 * 1024;
constexpr qint64 MaxMembers = 200000;

quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
quint64 u64(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint64>(b.constData() + at);
}

QByteArray readAt(QIODevice &device, qint64 offset, qint64 size)
{
    if (offset < 0 || size < 0 || !device.seek(offset))
        return {};
    return device.read(size);
}

Error notZip(const QString &why)
{
    return Error::make(Error::Code::Validation, tr("it is not a zip archive (%1)").arg(why));
}

struct Directory
{
    qint64 offset = 0;
    qint64 size = 0;
    qint64 entries = 0;
};

// The end of central directory record: the last signature in the final 22 + 65535 bytes whose
// comment length reaches exactly to the end of the file.
Result<qint64> findEndRecord(QIODevice &device)
{
    const qint64 fileSize = device.size();
    if (fileSize < EndRecordSize)
        return notZip(tr("too short"));
    const qint64 tailStart = std::max<qint64>(0, fileSize - EndRecordSize - MaxComment);
    const QByteArray tail = readAt(device, tailStart, fileSize - tailStart);
    if (tail.size() != fileSize - tailStart)
        return Error::make(Error::Code::Io, tr("cannot read it: %1").arg(device.errorString()));
    for (qsizetype at = tail.size() - EndRecordSize; at >= 0; --at) {
        if (u32(tail, at) == EndSignature && at + EndRecordSize + u16(tail, at + 20) == tail.size())
            return tailStart + at;
    }
    return notZip(tr("no end of central directory record"));
}

Result<Directory> readZip64Directory(QIODevice &device, qint64 endRecord)
{
    const QByteArray locator = readAt(device, endRecord - Zip64LocatorSize, Zip64LocatorSize);
    if (locator.size() != Zip64LocatorSize || u32(locator, 0) != Zip64LocatorSignature)
        return notZip(tr("ZIP64 sizes without a ZIP64 end record locator"));
    const QByteArray end = readAt(device, qint64(u64(locator, 8)), 56);
    if (end.size() != 56 || u32(end, 0) != Zip64EndSignature)
        return notZip(tr("no ZIP64 end of central directory record"));
    return Directory {qint64(u64(end, 48)), qint64(u64(end, 40)), qint64(u64(end, 32))};
}

Result<Directory> readDirectoryLocation(QIODevice &device)
{
    const auto endRecord = findEndRecord(device);
    if (!endRecord)
        return endRecord.error();
    const QByteArray end = readAt(device, *endRecord, EndRecordSize);
    if (end.size() != EndRecordSize)
        return Error::make(Error::Code::Io, tr("cannot read it: %1").arg(device.errorString()));
    if (u16(end, 4) != 0 || u16(end, 6) != 0)
        return notZip(tr("an archive split over several files"));
    Directory d {u32(end, 16), u32(end, 12), u16(end, 10)};
    if (d.entries == 0xffff || d.size == 0xffffffff || d.offset == 0xffffffff)
        return readZip64Directory(device, *endRecord);
    return d;
}

} // namespace

Result<QList<ZipEntry>> zipEntries(QIODevice &device)
{
    const QByteArray head = readAt(device, 0, 4);
    if (head.size() != 4 || u32(head, 0) != LocalHeaderSignature)
        return notZip(tr("it does not start with a local file header"));
    const auto d = readDirectoryLocation(device);
    if (!d)
        return d.error();
    if (d->size > MaxDirectorySize || d->entries > MaxMembers || d->offset + d->size > device.size())
        return notZip(tr("a central directory PhoneDesk does not read"));
    const QByteArray dir = readAt(device, d->offset, d->size);
    if (dir.size() != d->size)
        return Error::make(Error::Code::Io, tr("cannot read it: %1").arg(device.errorString()));
    QList<ZipEntry> entries;
    qsizetype at = 0;
    for (qint64 i = 0; i < d->entries; ++i) {
        if (at + 46 > dir.size() || u32(dir, at) != CentralHeaderSignature)
            return notZip(tr("a damaged central directory"));
        const qsizetype nameLength = u16(dir, at + 28);
        const qsizetype extraLength = u16(dir, at + 30);
        const qsizetype next = at + 46 + nameLength + extraLength + u16(dir, at + 32);
        if (next > dir.size())
            return notZip(tr("a damaged central directory"));
        ZipEntry e;
        e.flags = u16(dir, at + 8);
        e.method = u16(dir, at + 10);
        e.crc32 = u32(dir, at + 16);
        e.compressedSize = u32(dir, at + 20);
        e.size = u32(dir, at + 24);
        e.localHeaderOffset = u32(dir, at + 42);
        // Bit 11: the name is UTF-8; otherwise IBM code page 437, which for the ASCII names of a
        // firmware package reads the same.
        e.name = QString::fromUtf8(dir.constData() + at + 46, nameLength);
        // The ZIP64 extended information (header 0x0001) holds, in this order, the values whose
        // 32-bit fields are 0xffffffff (APPNOTE 4.5.3).
        if (e.size == 0xffffffff || e.compressedSize == 0xffffffff || e.localHeaderOffset == 0xffffffff) {
            qsizetype x = at + 46 + nameLength;
            const qsizetype extraEnd = x + extraLength;
            bool found = false;
            while (x + 4 <= extraEnd) {
                const quint16 id = u16(dir, x);
                const qsizetype length = u16(dir, x + 2);
                if (x + 4 + length > extraEnd)
                    break;
                if (id == 0x0001) {
                    qsizetype v = x + 4;
                    const auto take = [&](qint64 &field) {
                        if (field != 0xffffffff)
                            return true;
                        if (v + 8 > x + 4 + length)
                            return false;
                        field = qint64(u64(dir, v));
                        v += 8;
                        return true;
                    };
                    found = take(e.size) && take(e.compressedSize) && take(e.localHeaderOffset);
                    break;
                }
                x += 4 + length;
            }
            if (!found)
                return notZip(tr("a damaged central directory"));
        }
        if (e.size < 0 || e.compressedSize < 0 || e.localHeaderOffset < 0)
            return notZip(tr("a damaged central directory"));
        entries.append(e);
        at = next;
    }
    return entries;
}

Result<QStringList> zipMemberNames(QIODevice &device)
{
    auto entries = zipEntries(device);
    if (!entries)
        return entries.error();
    QStringList names;
    names.reserve(entries->size());
    for (const ZipEntry &e : std::as_const(*entries))
        names.append(e.name);
    return names;
}

Result<void> readZipMember(QIODevice &device, const ZipEntry &entry, qint64 pieceSize,
                           const std::function<Result<void>(const QByteArray &)> &sink)
{
    const auto damaged = [&](const QString &why) {
        return Error::make(Error::Code::Validation,
                           tr("%1 in the archive is damaged (%2)").arg(entry.name, why));
    };
    if (entry.flags & 0x0001)
        return Error::make(
            Error::Code::Validation,
            tr("%1 in the archive is encrypted; PhoneDesk reads only unencrypted packages").arg(entry.name));
    if (entry.method != 0 && entry.method != 8)
        return Error::make(Error::Code::Validation,
                           tr("%1 in the archive is compressed with method %2; PhoneDesk reads stored and "
                              "deflated members")
                               .arg(entry.name)
                               .arg(entry.method));
    // The local header has its own name and extra lengths: the data starts after them.
    const QByteArray local = readAt(device, entry.localHeaderOffset, 30);
    if (local.size() != 30 || u32(local, 0) != LocalHeaderSignature)
        return damaged(tr("no local file header where the directory says"));
    qint64 at = entry.localHeaderOffset + 30 + u16(local, 26) + u16(local, 28);
    const qint64 dataEnd = at + entry.compressedSize;
    if (dataEnd > device.size() || (entry.method == 0 && entry.compressedSize != entry.size))
        return damaged(tr("its data does not fit in the file"));
    if (!device.seek(at))
        return Error::make(Error::Code::Io, tr("cannot read it: %1").arg(device.errorString()));
    pieceSize = std::max<qint64>(pieceSize, 4096);
    const qint64 readSize = std::min<qint64>(pieceSize, 256 * 1024);
    uLong crc = crc32(0L, Z_NULL, 0);
    qint64 produced = 0;
    const auto emitPiece = [&](const QByteArray &piece) -> Result<void> {
        crc = crc32(crc, reinterpret_cast<const Bytef *>(piece.constData()), uInt(piece.size()));
        produced += piece.size();
        if (produced > entry.size)
            return damaged(tr("more bytes than the directory says"));
        return sink(piece);
    };

    if (entry.method == 0) {
        while (at < dataEnd) {
            const QByteArray piece = device.read(std::min(pieceSize, dataEnd - at));
            if (piece.isEmpty())
                return Error::make(Error::Code::Io, tr("cannot read it: %1").arg(device.errorString()));
            at += piece.size();
            if (auto r = emitPiece(piece); !r)
                return r;
        }
    } else {
        z_stream z {};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK) // raw deflate: a zip member has no zlib header
            return Error::make(Error::Code::Io, tr("the decompressor cannot start"));
        const std::unique_ptr<z_stream, int (*)(z_stream *)> guard(&z, inflateEnd);
        QByteArray out(pieceSize, Qt::Uninitialized);
        QByteArray in;
        int status = Z_OK;
        while (status != Z_STREAM_END) {
            if (z.avail_in == 0) {
                if (at >= dataEnd)
                    return damaged(tr("its compressed data ends early"));
                in = device.read(std::min(readSize, dataEnd - at));
                if (in.isEmpty())
                    return Error::make(Error::Code::Io, tr("cannot read it: %1").arg(device.errorString()));
                at += in.size();
                z.next_in = reinterpret_cast<Bytef *>(in.data());
                z.avail_in = uInt(in.size());
            }
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(out.size());
            status = inflate(&z, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
                return damaged(tr("its compressed data cannot be read: %1")
                                   .arg(QString::fromLatin1(z.msg ? z.msg : "inflate failed")));
            const qsizetype got = out.size() - qsizetype(z.avail_out);
            if (got > 0) {
                if (auto r = emitPiece(QByteArray(out.constData(), got)); !r)
                    return r;
            } else if (status == Z_BUF_ERROR && z.avail_in != 0) {
                return damaged(tr("its compressed data cannot be read"));
            }
        }
    }
    if (produced != entry.size)
        return damaged(tr("%1 bytes instead of %2").arg(produced).arg(entry.size));
    if (quint32(crc) != entry.crc32)
        return damaged(tr("its CRC-32 does not match"));
    return {};
}

// ---------------------------------------------------------------- the file's content

namespace {

constexpr qint64 SniffSize = 4096;

// Why the first bytes are no firmware image, or empty when they may be one.
QString whatItIsInstead(const QByteArray &head, bool zipAllowed)
{
    if (head.isEmpty())
        return tr("the file is empty");
    QByteArray start = head.left(512).trimmed();
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3).trimmed();
    const QByteArray lower = start.toLower();
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<?xml") ||
        lower.startsWith("<head"))
        return tr("it is an HTML or XML document (a web page saved instead of the download?), not firmware");
    if (head.startsWith("%PDF-"))
        return tr("it is a PDF document (release notes?), not firmware");
    if (!zipAllowed && head.startsWith("PK\x03\x04"))
        return tr("it is a zip archive: unpack it and add the firmware file inside");
    // Text: no NUL byte and valid UTF-8 (which includes ASCII) throughout the first 4 KiB. A
    // binary image has NUL bytes or invalid sequences there; a truncated last character is fine.
    if (!head.contains('\0')) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(head.size() == SniffSize ? head.chopped(3) : head);
        if (!utf8.hasError() && !decoded.contains(QChar::ReplacementCharacter))
            return tr("it is a text file, not firmware");
    }
    return {};
}

Result<FirmwareInspection> inspectPolyPackage(QFile &file, const QString &name, FirmwareInspection out)
{
    const auto entries = zipEntries(file);
    if (!entries)
        return refused(name, tr("this is no Poly UC Software package: %1").arg(entries.error().message));
    QSet<QString> baseNames;
    for (const ZipEntry &e : *entries) {
        const QString base = e.name.section(u'/', -1);
        if (!isPolyApplicationName(base))
            continue;
        // The phone asks for its file by name alone: two of one name could not both be served.
        if (baseNames.contains(base.toLower()))
            return refused(name,
                           tr("this package holds two applications named %1; PhoneDesk serves a "
                              "phone its file by name and cannot tell which one is meant")
                               .arg(base));
        baseNames.insert(base.toLower());
        out.applicationMembers.append(e.name);
        out.applications.append(e);
    }
    if (out.applicationMembers.isEmpty())
        return refused(name,
                       tr("this zip archive is no Poly UC Software package: it holds no phone "
                          "application (sip.ld or <part number>.sip.ld)"));
    return out;
}

} // namespace

Result<FirmwareInspection> inspect(const QString &path, std::optional<FirmwareVendor> vendor)
{
    const QString name = QFileInfo(path).fileName();
    const auto byName = vendorOfFileName(name);
    if (!vendor)
        vendor = byName;
    if (!vendor)
        return refused(name,
                       tr("PhoneDesk cannot tell whose firmware this is: Poly software comes as .zip "
                          "packages and .sip.ld files, Yealink's as .rom, AudioCodes' as .img "
                          "(or name the vendor with --vendor)"));
    if (byName != vendor) {
        static const char *const expected[] = {
            QT_TRANSLATE_NOOP("PhoneDesk::Firmware", "a .zip package or a .ld application file"),
            QT_TRANSLATE_NOOP("PhoneDesk::Firmware", "a .rom file"),
            QT_TRANSLATE_NOOP("PhoneDesk::Firmware", "an .img file")};
        return refused(name,
                       tr("this is not %1 firmware: %1 firmware is %2")
                           .arg(displayName(*vendor), tr(expected[int(*vendor)])));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("%1: cannot open it: %2").arg(name, file.errorString()));
    FirmwareInspection out;
    out.vendor = *vendor;
    const bool package =
        *vendor == FirmwareVendor::Poly && name.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
    if (*vendor == FirmwareVendor::Poly && !package && !isPolyApplicationName(name))
        return refused(name,
                       tr("this is not a Poly phone application: those are named sip.ld or "
                          "<part number>.sip.ld (bootrom and updater files are not phone software)"));
    if (const QString why = whatItIsInstead(file.read(SniffSize), package); !why.isEmpty())
        return refused(name, why);
    const NameInfo info = parseFileName(*vendor, name);
    out.version = info.version;
    out.modelTokens = info.modelTokens;
    switch (*vendor) {
    case FirmwareVendor::Poly:
        out.kind = package ? FirmwareKind::PolyPackage : FirmwareKind::PolyApplication;
        break;
    case FirmwareVendor::Yealink:
        out.kind = FirmwareKind::YealinkRom;
        break;
    case FirmwareVendor::AudioCodes:
        out.kind = FirmwareKind::AudioCodesImage;
        break;
    }
    if (package)
        return inspectPolyPackage(file, name, out);
    return out;
}

// ---------------------------------------------------------------- models

namespace {

// `requested` (model or family ids) as model ids; an error names the first unknown one.
Result<QStringList> expandRequested(const QStringList &requested, const ModelCatalog &catalog)
{
    QStringList ids;
    for (const QString &raw : requested) {
        const QString id = raw.trimmed().toLower();
        if (id.isEmpty())
            continue;
        if (const PhoneModel *m = catalog.find(id)) {
            if (!ids.contains(m->id))
                ids.append(m->id);
            continue;
        }
        bool family = false;
        for (const PhoneModel &m : catalog.models()) {
            if (!m.familyId.isEmpty() && m.familyId == id) {
                family = true;
                if (!ids.contains(m.id))
                    ids.append(m.id);
            }
        }
        if (!family)
            return Error::make(
                Error::Code::Validation,
                tr("there is no model or model family \"%1\" in PhoneDesk's catalog").arg(raw));
    }
    return ids;
}

bool listedByFile(const PhoneModel &model, const QStringList &tokens)
{
    const QString compact = QString(model.model).remove(u' ').toUpper();
    return tokens.contains(compact);
}

} // namespace

Result<ModelChoice> chooseModels(const FirmwareInspection &inspection, const QString &fileName,
                                 const QStringList &requested, const ModelCatalog &catalog)
{
    const QString name = QFileInfo(fileName).fileName();
    const QString vendor = displayName(inspection.vendor);
    auto wanted = expandRequested(requested, catalog);
    if (!wanted)
        return refused(name, wanted.error().message);
    if (wanted->isEmpty()) {
        if (inspection.modelTokens.isEmpty())
            return refused(name,
                           tr("its name does not say which models it is for: name them with --models "
                              "(model ids such as poly-vvx-450, or a family such as poly-vvx)"));
        for (const PhoneModel &m : catalog.models()) {
            if (m.vendor == vendor && listedByFile(m, inspection.modelTokens))
                wanted->append(m.id);
        }
        if (wanted->isEmpty())
            return refused(name,
                           tr("it is for %1, and PhoneDesk's catalog has none of these models")
                               .arg(inspection.modelTokens.join(QStringLiteral(", "))));
    }
    ModelChoice choice;
    for (const PhoneModel &catalogModel : catalog.models()) {
        if (!wanted->contains(catalogModel.id))
            continue;
        const PhoneModel *m = &catalogModel;
        const QString &id = m->id;
        if (m->vendor != vendor)
            return refused(name,
                           tr("%1 is not a model of %2; this is %2 firmware").arg(m->displayName, vendor));
        if (!inspection.modelTokens.isEmpty() && !listedByFile(*m, inspection.modelTokens))
            return refused(name,
                           tr("it does not fit the %1: it is firmware for %2")
                               .arg(m->displayName, inspection.modelTokens.join(QStringLiteral(", "))));
        choice.modelIds.append(id);
        if (!choice.families.contains(m->familyId))
            choice.families.append(m->familyId);
    }
    return choice;
}

bool runsVersion(const QString &running, const QString &version)
{
    if (version.isEmpty() || running.isEmpty())
        return false;
    if (running.compare(version, Qt::CaseInsensitive) == 0)
        return true;
    return running.size() > version.size() && running.at(version.size()) == u'.' &&
        running.startsWith(version, Qt::CaseInsensitive);
}

} // namespace Firmware

} // namespace PhoneDesk
