#pragma once

// What a firmware file is: its vendor, the version and models its vendor-documented name gives,
// and the checks its format allows (docs/firmware.md says which checks rest on which source).

#include "modelcatalog.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace PhoneDesk {

enum class FirmwareVendor { Poly, Yealink, AudioCodes };

// Stable keys ("poly", "yealink", "audiocodes") for the database and the CLI; the display name is
// the catalog's vendor name ("Poly", "Yealink", "AudioCodes").
QString toKey(FirmwareVendor vendor);
QString displayName(FirmwareVendor vendor);
std::optional<FirmwareVendor> firmwareVendorFromKey(const QString &key);
QList<FirmwareVendor> allFirmwareVendors();

enum class FirmwareKind {
    PolyPackage, // a UC Software release: a zip with the application (sip.ld / <part>.sip.ld) in it
    PolyApplication, // one application file taken out of a package: sip.ld or <part number>.sip.ld
    YealinkRom, // <model>(<models>)-<version>.rom
    AudioCodesImage, // <model>_<version>.img
};

namespace Firmware {
// One member of a zip archive as its central directory describes it (PKWARE APPNOTE 4.3.12, with
// the ZIP64 extra field 4.5.3 for sizes and offsets past 4 GiB).
struct ZipEntry
{
    QString name; // as stored, with its folders ("UCS/3111-48840-001.sip.ld")
    quint16 flags = 0; // general purpose bit flag (bit 0: encrypted)
    quint16 method = 0; // 0 stored, 8 deflated; others are not read
    quint32 crc32 = 0;
    qint64 compressedSize = 0;
    qint64 size = 0; // uncompressed
    qint64 localHeaderOffset = 0;
};
} // namespace Firmware

// What inspectFirmware() learnt from the file and its name.
struct FirmwareInspection
{
    FirmwareVendor vendor = FirmwareVendor::Poly;
    FirmwareKind kind = FirmwareKind::PolyApplication;
    QString version; // from the file name; empty when the name does not say
    QStringList modelTokens; // the vendor's model names the file name lists ("T46U", "420HD"); may be empty
    QStringList applicationMembers; // PolyPackage: the zip members that are phone applications
    QList<Firmware::ZipEntry> applications; // PolyPackage: those members' directory entries
};

namespace Firmware {

// The vendor a file name's extension stands for (.zip and .ld: Poly, .rom: Yealink, .img:
// AudioCodes); nullopt for any other extension.
std::optional<FirmwareVendor> vendorOfFileName(const QString &fileName);

// The version and models the vendor's file-name convention gives. Yealink:
// "T46U(T43U,T46U,T41U)-108.86.0.90.rom" → 108.86.0.90 and T46U, T43U, T41U. AudioCodes:
// "420HD_UC_3.4.8.M4.img", "UC440HD_3.2.1.616.img" → 3.4.8.M4 / 3.2.1.616 and 420HD / 440HD.
// Poly packages: "UC_Software_6_4_6_release_sig_split.zip", "Polycom-UC-Software-5.9.2-rts42-…zip",
// "UCS 6.4.3.zip" → 6.4.6 / 5.9.2 / 6.4.3 (no models: a package names none).
struct NameInfo
{
    QString version;
    QStringList modelTokens;
};
NameInfo parseFileName(FirmwareVendor vendor, const QString &fileName);

// A version a person typed: letters, digits, '.', '-' and '_', 1 to 64 characters, starting with
// a letter or digit. Empty when it is fine, else the reason.
QString checkVersion(const QString &version);

// The members of a zip archive, read from its central directory (PKWARE APPNOTE 4.3.12/4.3.16,
// with the ZIP64 end record, 4.3.14/4.3.15), seeking in `device` rather than reading the archive.
// An Io/Validation error when it is no zip archive.
Result<QList<ZipEntry>> zipEntries(QIODevice &device);
// Their names only.
Result<QStringList> zipMemberNames(QIODevice &device);

// Reads one member's bytes, inflated (stored and deflated members; zlib), handing them to `sink`
// in pieces of at most `pieceSize` bytes; nothing of the member is held whole. The size and the
// CRC-32 are checked against the central directory at the end: a damaged member is an error
// naming it (after `sink` has seen its bytes: a caller that stores them throws them away).
// Encrypted members and other methods are refused. `sink` errors end the read and are returned.
Result<void> readZipMember(QIODevice &device, const ZipEntry &entry, qint64 pieceSize,
                           const std::function<Result<void>(const QByteArray &)> &sink);

// Reads the file's first bytes (and a zip's central directory) and checks it against what
// `vendor` ships: not empty, not text, HTML or PDF; a Poly package must be a zip with an
// application in it, the other kinds must not be archives. `vendor` nullopt: from the extension.
// The errors name the file.
Result<FirmwareInspection> inspect(const QString &path, std::optional<FirmwareVendor> vendor);

// The catalog models a file is for: `requested` (model ids, or family ids standing for all their
// models; empty: what the file name lists) checked against the vendor and the file's own list.
// Errors name the file and the model that does not fit.
struct ModelChoice
{
    QStringList modelIds; // catalog ids, in catalog order
    QStringList families; // their catalog family ids
};
Result<ModelChoice> chooseModels(const FirmwareInspection &inspection, const QString &fileName,
                                 const QStringList &requested, const ModelCatalog &catalog);

// Whether a phone reporting `running` (from its User-Agent) runs `version`: the same, or
// `version` followed by more dot-separated parts (a Poly package 6.4.6 and a phone on 6.4.6.2156).
bool runsVersion(const QString &running, const QString &version);

} // namespace Firmware

} // namespace PhoneDesk
