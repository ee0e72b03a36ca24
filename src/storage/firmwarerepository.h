#pragma once

// The firmware library: images for the phones, their bytes in the database in chunks so that every
// phonedesk-server of a team serves the same bytes, read by range without holding an image in memory.

#include "entities.h"
#include "firmwareformat.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace PhoneDesk {

class Storage;

struct FirmwareImage
{
    Id id = 0;
    FirmwareVendor vendor = FirmwareVendor::Poly;
    FirmwareKind kind = FirmwareKind::PolyApplication;
    QStringList families; // catalog family ids ("poly-vvx")
    QStringList models; // catalog model ids ("poly-vvx-450")
    QString version;
    QString fileName; // as it was added, without a folder
    qint64 size = 0;
    QString sha256; // lower-case hex
    int chunkSize = 0; // bytes per chunk row (the last one may be shorter)
    QString addedBy;
    QDateTime addedAt;
    // A Poly package keeps no bytes of its own: its phone applications are images of their own
    // (kind PolyApplication) whose packageId names it. `applications` counts them on a package.
    Id packageId = 0;
    int applications = 0;

    bool operator==(const FirmwareImage &) const = default;
};

// What to add: a file, and what its name and format do not say.
struct FirmwareAddRequest
{
    QString path;
    std::optional<FirmwareVendor> vendor; // nullopt: from the file's extension
    QString version; // empty: from the file name (required when it does not say)
    QStringList models; // model or family ids; empty: the models the file name lists
};

// A base-settings profile whose firmware setting names an image (its version, for one of its models).
struct FirmwareUse
{
    Id baseSettingsId = 0;
    QString baseSettingsName;
};

// One firmware response a provisioning server sent to a phone (firmware_downloads).
struct FirmwareDownload
{
    Id id = 0;
    Id phoneId = 0;
    Id imageId = 0; // 0 once the image was removed
    QString sha256;
    QString version;
    QDateTime started;
    QDateTime finished;
    qint64 firstByte = 0; // where the body started (a Range request's first byte)
    qint64 bytesSent = 0; // body bytes written to the connection
    bool complete = false; // every byte the response promised was sent
    bool ranged = false; // a 206 answer to a Range request
    QString ip;
    QString server; // the host name of the server that sent it

    bool operator==(const FirmwareDownload &) const = default;
};

class FirmwareRepository final
{
public:
    // Bytes per chunk row. Fixed for new images; each image records its own (chunk_size), so a
    // reader never assumes it.
    static constexpr int ChunkSize = 1024 * 1024;

    // `done` of `total` bytes handled; return false to cancel (nothing is kept).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit FirmwareRepository(Storage &storage)
        : m_storage(storage)
    { }

    // Checks the file (Firmware::inspect, chooseModels), reads it once for its SHA-256 (a content
    // already in the library is refused, naming its entry), then stores it chunk by chunk in one
    // transaction: a failure or a cancel leaves nothing behind. The file is never held in memory
    // whole. Administrators only. `progress` counts both passes (total = 2 × size). A Poly package
    // is not stored as it is: each phone application in it is unpacked (checked against the
    // package's CRC-32s) and stored as an image of its own, for the package's models and version.
    Result<FirmwareImage> add(const FirmwareAddRequest &request, const Progress &progress = {});

    Result<QList<FirmwareImage>>
    list(); // the library: vendor, then version, then id; no applications of packages
    Result<QList<FirmwareImage>> applications(Id packageId); // a package's applications, by name
    Result<QList<FirmwareImage>> listAll(); // everything, the packages' applications too (by id)
    Result<std::optional<FirmwareImage>> find(Id id);
    Result<std::optional<FirmwareImage>> findBySha256(const QString &sha256);

    // `length` bytes from `offset` (clipped to the image's end), reading only the chunks the range
    // covers, handed to `sink` in pieces of at most one chunk; `sink` returns false to stop. For
    // an HTTP server answering Range requests. NotFound when there is no such image; Validation
    // when `offset` is past its end.
    Result<void> readRange(Id id, qint64 offset, qint64 length,
                           const std::function<bool(const QByteArray &)> &sink);
    // The same into one buffer, for ranges that fit in memory.
    Result<QByteArray> read(Id id, qint64 offset, qint64 length);

    // The base-settings profiles whose provisioning.firmwareVersion is this image's version and
    // whose model is one of its models.
    Result<QList<FirmwareUse>> usedBy(const FirmwareImage &image);
    // Removes an image and its chunks; refused (InUse, naming the profiles) while a profile uses
    // it. Administrators only.
    Result<void> remove(Id id);

    // How many phones run each image: phones of one of its models whose last fetch reported its
    // version (Firmware::runsVersion). Phones the session may not see are not counted.
    Result<QHash<Id, int>> phonesRunning(const QList<FirmwareImage> &images);

    // Records downloads, all in one transaction (the provisioning server's batches). A download
    // of a phone deleted meanwhile is skipped.
    Result<void> recordDownloads(const QList<FirmwareDownload> &downloads);
    // A phone's downloads, newest first (at most `limit`).
    Result<QList<FirmwareDownload>> downloads(Id phoneId, int limit = 100);

private:
    struct Prepared;
    Result<Prepared> prepare(const FirmwareAddRequest &request, const Progress &progress);
    Result<Id> insertImage(const Prepared &prepared, FirmwareKind kind, const QString &fileName, qint64 size,
                           const QByteArray &sha256, int chunkSize, Id packageId);
    Result<void> insertChunks(Id imageId, QIODevice &file, const Prepared &prepared,
                              const Progress &progress);
    Result<Id> insertPackage(QIODevice &file, const Prepared &prepared, const Progress &progress);
    Error duplicateError(const QString &fileName, const FirmwareImage &existing) const;
    Result<QList<FirmwareImage>> select(const QString &where, const QVariantList &binds);

    Storage &m_storage;
};

QString toKey(FirmwareKind kind);
std::optional<FirmwareKind> firmwareKindFromKey(const QString &key);

namespace Firmware {
// Whether a base-settings profile of `modelId` whose firmware version is `wanted` names `image`:
// the model is one of the image's and `wanted` is its version or that version with more parts
// (the profile says 6.4.6.2156, the package is 6.4.6). usedBy() counts exactly these profiles.
bool names(const FirmwareImage &image, const QString &modelId, const QString &wanted);
// The image of `library` a profile's phones download (names()): the longest matching version, then
// the lowest id, so the choice does not depend on the order of the list. Null when none.
const FirmwareImage *imageFor(const QList<FirmwareImage> &library, const QString &modelId,
                              const QString &wanted);
// Whether phones can be pointed at `image`: not a package without applications (one added before
// packages were unpacked keeps its bytes whole and is served nothing until it is added again).
bool servable(const FirmwareImage &image);
// The images a profile of `modelId` can name, one per version, in the library's order: what the
// base-settings editor and a new rollout offer.
QList<FirmwareImage> choicesFor(const QList<FirmwareImage> &library, const QString &modelId);
} // namespace Firmware

} // namespace PhoneDesk
