#include "firmwarerepository.h"

#include "sqlutil.h"
#include "storage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

namespace PhoneDesk {

namespace {

// For the repository's own functions; the free functions below name the context themselves (lupdate
// files a tr() outside a class under the namespace).
QString tr(const char *text)
{
    return QCoreApplication::translate("PhoneDesk::FirmwareRepository", text);
}

constexpr std::pair<FirmwareKind, const char *> KindKeys[] = {
    {FirmwareKind::PolyPackage, "poly-package"},
    {FirmwareKind::PolyApplication, "poly-application"},
    {FirmwareKind::YealinkRom, "yealink-rom"},
    {FirmwareKind::AudioCodesImage, "audiocodes-img"},
};

const QString Columns = QStringLiteral(
    "id, vendor, kind, family, models, version, file_name, size, sha256, chunk_size, added_by, added_at, "
    "package_id, (SELECT COUNT(*) FROM firmware_images a WHERE a.package_id = firmware_images.id)");

QStringList splitList(const QString &text)
{
    return text.split(u',', Qt::SkipEmptyParts);
}

FirmwareImage imageFrom(const QSqlQuery &q)
{
    FirmwareImage image;
    image.id = q.value(0).toLongLong();
    image.vendor = firmwareVendorFromKey(q.value(1).toString()).value_or(FirmwareVendor::Poly);
    image.kind = firmwareKindFromKey(q.value(2).toString()).value_or(FirmwareKind::PolyApplication);
    image.families = splitList(q.value(3).toString());
    image.models = splitList(q.value(4).toString());
    image.version = q.value(5).toString();
    image.fileName = q.value(6).toString();
    image.size = q.value(7).toLongLong();
    image.sha256 = q.value(8).toString();
    image.chunkSize = q.value(9).toInt();
    image.addedBy = q.value(10).toString();
    image.addedAt = Sql::toTime(q.value(11));
    image.packageId = q.value(12).isNull() ? 0 : q.value(12).toLongLong();
    image.applications = q.value(13).toInt();
    return image;
}

QString describe(const FirmwareImage &image)
{
    return QCoreApplication::translate("PhoneDesk::FirmwareRepository", "#%1 (%2 %3, %4)")
        .arg(QString::number(image.id), displayName(image.vendor), image.version, image.fileName);
}

// Writes an image's bytes as they come (in pieces of any size) into chunk rows of exactly
// ChunkSize bytes, the last one shorter, hashing them on the way.
class ChunkWriter
{
public:
    ChunkWriter(Storage &storage, Id imageId, const QString &what)
        : m_query(storage.database())
        , m_imageId(imageId)
        , m_what(what)
    { }

    Result<void> prepare()
    {
        return Sql::prepare(
            m_query, QStringLiteral("INSERT INTO firmware_chunks (image_id, seq, data) VALUES (?, ?, ?)"),
            m_what);
    }

    Result<void> write(const QByteArray &piece)
    {
        m_hash.addData(piece);
        m_stored += piece.size();
        if (m_buffer.isEmpty() && piece.size() == FirmwareRepository::ChunkSize)
            return store(piece);
        m_buffer.append(piece);
        while (m_buffer.size() >= FirmwareRepository::ChunkSize) {
            if (auto r = store(m_buffer.left(FirmwareRepository::ChunkSize)); !r)
                return r;
            m_buffer.remove(0, FirmwareRepository::ChunkSize);
        }
        return {};
    }

    Result<void> finish()
    {
        if (m_buffer.isEmpty())
            return {};
        return store(std::exchange(m_buffer, {}));
    }

    qint64 stored() const { return m_stored; }
    QByteArray sha256() { return m_hash.result().toHex(); }

private:
    Result<void> store(const QByteArray &chunk)
    {
        m_query.addBindValue(m_imageId);
        m_query.addBindValue(m_seq++);
        m_query.addBindValue(chunk);
        return Sql::exec(m_query, m_what);
    }

    QSqlQuery m_query;
    Id m_imageId;
    QString m_what;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
    QByteArray m_buffer;
    qint64 m_seq = 0;
    qint64 m_stored = 0;
};

Error cancelled()
{
    return Error::make(Error::Code::Cancelled,
                       QCoreApplication::translate("PhoneDesk::FirmwareRepository",
                                                   "Adding the firmware was cancelled; nothing was kept."));
}

// Reads `file` to its end in chunks of ChunkSize, handing each to `chunk`; `done` counts on from
// `before` for the progress. Cancelled when `progress` says so.
Result<void> readInChunks(QIODevice &file, qint64 before, qint64 total,
                          const FirmwareRepository::Progress &progress,
                          const std::function<Result<void>(const QByteArray &)> &chunk)
{
    qint64 done = before;
    QByteArray buffer;
    while (!file.atEnd()) {
        buffer = file.read(FirmwareRepository::ChunkSize);
        if (buffer.isEmpty())
            return Error::make(
                Error::Code::Io,
                QCoreApplication::translate("PhoneDesk::FirmwareRepository", "reading the file failed: %1")
                    .arg(file.errorString()));
        if (auto r = chunk(buffer); !r)
            return r;
        done += buffer.size();
        if (progress && !progress(done, total))
            return cancelled();
    }
    return {};
}

} // namespace

QString toKey(FirmwareKind kind)
{
    for (const auto &[k, name] : KindKeys) {
        if (k == kind)
            return QLatin1String(name);
    }
    return {};
}

std::optional<FirmwareKind> firmwareKindFromKey(const QString &key)
{
    for (const auto &[k, name] : KindKeys) {
        if (key == QLatin1String(name))
            return k;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------- reading

Result<QList<FirmwareImage>> FirmwareRepository::select(const QString &where, const QVariantList &binds)
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    const QString what = tr("reading the firmware library");
    if (auto r = Sql::prepare(
            q, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM firmware_images ") + where, what);
        !r)
        return r.error();
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (auto r = Sql::exec(q, what); !r)
        return r.error();
    QList<FirmwareImage> out;
    while (q.next())
        out.append(imageFrom(q));
    if (auto r = Sql::checkRead(q, what); !r)
        return r.error();
    return out;
}

Result<QList<FirmwareImage>> FirmwareRepository::list()
{
    return select(QStringLiteral("WHERE package_id IS NULL ORDER BY vendor, version, id"), {});
}

Result<QList<FirmwareImage>> FirmwareRepository::applications(Id packageId)
{
    return select(QStringLiteral("WHERE package_id = ? ORDER BY file_name, id"), {packageId});
}

Result<QList<FirmwareImage>> FirmwareRepository::listAll()
{
    return select(QStringLiteral("ORDER BY id"), {});
}

Result<std::optional<FirmwareImage>> FirmwareRepository::find(Id id)
{
    auto rows = select(QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<FirmwareImage>();
    return std::optional<FirmwareImage>(rows->first());
}

Result<std::optional<FirmwareImage>> FirmwareRepository::findBySha256(const QString &sha256)
{
    auto rows = select(QStringLiteral("WHERE sha256 = ?"), {sha256.toLower()});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<FirmwareImage>();
    return std::optional<FirmwareImage>(rows->first());
}

Result<void> FirmwareRepository::readRange(Id id, qint64 offset, qint64 length,
                                           const std::function<bool(const QByteArray &)> &sink)
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (!*found)
        return Error::make(Error::Code::NotFound, tr("There is no firmware image #%1.").arg(id));
    const FirmwareImage &image = **found;
    if (image.kind == FirmwareKind::PolyPackage)
        return Error::make(Error::Code::Validation,
                           tr("Firmware image %1 is a package: its applications are kept and served, not the "
                              "package itself.")
                               .arg(describe(image)));
    if (offset < 0 || offset >= image.size || length < 0)
        return Error::make(Error::Code::Validation,
                           tr("Firmware image %1 has %2 bytes; bytes from %3 cannot be read.")
                               .arg(describe(image), QString::number(image.size), QString::number(offset)));
    const qint64 end = std::min(image.size, offset + length); // one past the last byte
    if (end == offset)
        return {};
    const qint64 chunk = image.chunkSize;
    const QString what = tr("reading firmware image %1").arg(describe(image));
    // One chunk per statement: the PostgreSQL driver holds a whole result set in memory.
    QSqlQuery q(m_storage.database());
    if (auto r = Sql::prepare(
            q, QStringLiteral("SELECT data FROM firmware_chunks WHERE image_id = ? AND seq = ?"), what);
        !r)
        return r;
    for (qint64 seq = offset / chunk; seq * chunk < end; ++seq) {
        q.addBindValue(id);
        q.addBindValue(seq);
        if (auto r = Sql::exec(q, what); !r)
            return r;
        const qint64 chunkStart = seq * chunk;
        const qint64 expected = std::min(chunk, image.size - chunkStart);
        const QByteArray data = q.next() ? q.value(0).toByteArray() : QByteArray();
        q.finish();
        if (data.size() != expected)
            return Error::make(Error::Code::Damaged,
                               tr("Firmware image %1 is damaged: chunk %2 has %3 bytes instead of %4. Remove "
                                  "the image and add the file again.")
                                   .arg(describe(image), QString::number(seq), QString::number(data.size()),
                                        QString::number(expected)));
        const qint64 from = std::max(offset, chunkStart) - chunkStart;
        const qint64 to = std::min(end, chunkStart + chunk) - chunkStart;
        if (!sink(from == 0 && to == data.size() ? data : data.mid(from, to - from)))
            return {};
    }
    return {};
}

Result<QByteArray> FirmwareRepository::read(Id id, qint64 offset, qint64 length)
{
    QByteArray out;
    auto r = readRange(id, offset, length, [&](const QByteArray &piece) {
        out.append(piece);
        return true;
    });
    if (!r)
        return r.error();
    return out;
}

// ---------------------------------------------------------------- downloads

Result<void> FirmwareRepository::recordDownloads(const QList<FirmwareDownload> &downloads)
{
    if (downloads.isEmpty())
        return {};
    const QString what = tr("recording firmware downloads");
    return m_storage.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_storage.database());
        // The phone and the image may have been removed since: the row names existing ones only.
        if (auto r = Sql::prepare(
                q,
                QStringLiteral(
                    "INSERT INTO firmware_downloads (phone_id, image_id, sha256, version, started, "
                    "finished, first_byte, bytes_sent, complete, ranged, ip, server) "
                    "SELECT p.id, (SELECT i.id FROM firmware_images i WHERE i.id = ?), ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ? FROM phones p WHERE p.id = ?"),
                what);
            !r)
            return r;
        for (const FirmwareDownload &d : downloads) {
            q.addBindValue(d.imageId);
            q.addBindValue(Sql::text(d.sha256));
            q.addBindValue(Sql::text(d.version));
            q.addBindValue(Sql::fromTime(d.started));
            q.addBindValue(Sql::fromTime(d.finished));
            q.addBindValue(d.firstByte);
            q.addBindValue(d.bytesSent);
            q.addBindValue(d.complete ? 1 : 0);
            q.addBindValue(d.ranged ? 1 : 0);
            q.addBindValue(Sql::text(d.ip));
            q.addBindValue(Sql::text(d.server));
            q.addBindValue(d.phoneId);
            if (auto r = Sql::exec(q, what); !r)
                return r;
        }
        return {};
    });
}

Result<QList<FirmwareDownload>> FirmwareRepository::downloads(Id phoneId, int limit)
{
    QSqlQuery q(m_storage.database());
    const QString what = tr("reading firmware downloads");
    if (auto r =
            Sql::prepare(q,
                         QStringLiteral("SELECT id, phone_id, image_id, sha256, version, started, finished, "
                                        "first_byte, bytes_sent, complete, ranged, ip, server "
                                        "FROM firmware_downloads WHERE phone_id = ? "
                                        "ORDER BY started DESC, id DESC LIMIT ?"),
                         what);
        !r)
        return r.error();
    q.addBindValue(phoneId);
    q.addBindValue(limit);
    if (auto r = Sql::exec(q, what); !r)
        return r.error();
    QList<FirmwareDownload> out;
    while (q.next()) {
        FirmwareDownload d;
        d.id = q.value(0).toLongLong();
        d.phoneId = q.value(1).toLongLong();
        d.imageId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        d.sha256 = q.value(3).toString();
        d.version = q.value(4).toString();
        d.started = Sql::toTime(q.value(5));
        d.finished = Sql::toTime(q.value(6));
        d.firstByte = q.value(7).toLongLong();
        d.bytesSent = q.value(8).toLongLong();
        d.complete = q.value(9).toInt() != 0;
        d.ranged = q.value(10).toInt() != 0;
        d.ip = q.value(11).toString();
        d.server = q.value(12).toString();
        out.append(d);
    }
    return out;
}

// ---------------------------------------------------------------- adding

struct FirmwareRepository::Prepared
{
    // A phone application of a package, read once for its SHA-256 before anything is stored.
    struct Application
    {
        Firmware::ZipEntry entry;
        QString fileName; // without the package's folders
        QByteArray sha256; // hex
    };

    FirmwareInspection inspection;
    Firmware::ModelChoice models;
    QString version;
    QString fileName;
    qint64 size = 0;
    QByteArray sha256; // hex
    QList<Application> applications; // a Poly package's
    qint64 progressTotal = 0; // the file once and what is stored twice (checked, then written)
};

Result<FirmwareRepository::Prepared> FirmwareRepository::prepare(const FirmwareAddRequest &request,
                                                                 const Progress &progress)
{
    Prepared p;
    p.fileName = QFileInfo(request.path).fileName();
    const QFileInfo info(request.path);
    if (!info.isFile())
        return Error::make(Error::Code::Io, tr("%1: there is no such file.").arg(request.path));
    auto inspection = Firmware::inspect(request.path, request.vendor);
    if (!inspection)
        return inspection.error();
    p.inspection = *inspection;
    const QString given = request.version.trimmed();
    if (!given.isEmpty() && !p.inspection.version.isEmpty() &&
        given.compare(p.inspection.version, Qt::CaseInsensitive) != 0)
        return Error::make(
            Error::Code::Validation,
            tr("%1: its name says version %2, not %3; leave the version out or check the file.")
                .arg(p.fileName, p.inspection.version, given));
    p.version = p.inspection.version.isEmpty() ? given : p.inspection.version;
    if (p.version.isEmpty())
        return Error::make(Error::Code::Validation,
                           tr("%1: its name does not say which version it is: give the version (--version).")
                               .arg(p.fileName));
    if (const QString problem = Firmware::checkVersion(p.version); !problem.isEmpty())
        return Error::make(Error::Code::Validation, tr("%1: %2").arg(p.fileName, problem));
    auto models = Firmware::chooseModels(p.inspection, p.fileName, request.models, ModelCatalog::builtin());
    if (!models)
        return models.error();
    p.models = *models;

    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("%1: cannot open it: %2").arg(p.fileName, file.errorString()));
    p.size = file.size();
    const bool package = p.inspection.kind == FirmwareKind::PolyPackage;
    qint64 unpacked = 0;
    for (const Firmware::ZipEntry &e : std::as_const(p.inspection.applications))
        unpacked += e.size;
    p.progressTotal = package ? p.size + 2 * unpacked : 2 * p.size;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto read =
        readInChunks(file, 0, p.progressTotal, progress, [&](const QByteArray &chunk) -> Result<void> {
            hash.addData(chunk);
            return {};
        });
    if (!read)
        return read.error();
    p.sha256 = hash.result().toHex();
    if (!package)
        return p;
    // Each application read (inflated) once for its hash and CRC-32: a damaged member or one
    // already in the library is refused before anything is stored.
    qint64 done = p.size;
    for (const Firmware::ZipEntry &e : std::as_const(p.inspection.applications)) {
        QCryptographicHash memberHash(QCryptographicHash::Sha256);
        auto r = Firmware::readZipMember(file, e, ChunkSize, [&](const QByteArray &piece) -> Result<void> {
            memberHash.addData(piece);
            done += piece.size();
            if (progress && !progress(done, p.progressTotal))
                return cancelled();
            return {};
        });
        if (!r) {
            if (r.error().code == Error::Code::Cancelled)
                return r.error();
            return Error::make(r.error().code, tr("%1: %2").arg(p.fileName, r.error().message));
        }
        p.applications.append({e, e.name.section(u'/', -1), memberHash.result().toHex()});
    }
    return p;
}

Error FirmwareRepository::duplicateError(const QString &fileName, const FirmwareImage &existing) const
{
    return Error::make(Error::Code::Duplicate,
                       tr("%1 is already in the firmware library as %2, added by %3 on %4; it is kept once.")
                           .arg(fileName, describe(existing), existing.addedBy,
                                QLocale().toString(existing.addedAt.toLocalTime(), QLocale::ShortFormat)));
}

Result<Id> FirmwareRepository::insertImage(const Prepared &p, FirmwareKind kind, const QString &fileName,
                                           qint64 size, const QByteArray &sha256, int chunkSize, Id packageId)
{
    // In a team database the login and the time come from the column defaults (members may not
    // write them); SQLite has no session user, so they are written here.
    const bool postgres = m_storage.isPostgres();
    QSqlQuery q(m_storage.database());
    const QString what = tr("adding %1 to the firmware library").arg(p.fileName);
    const QString columns =
        QStringLiteral(
            "vendor, kind, family, models, version, file_name, size, sha256, chunk_size, package_id") +
        (postgres ? QString() : QStringLiteral(", added_by, added_at"));
    const QString values = postgres ? QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?")
                                    : QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    if (auto r = Sql::prepare(q,
                              QStringLiteral("INSERT INTO firmware_images (") + columns +
                                  QStringLiteral(") VALUES (") + values + QStringLiteral(") RETURNING id"),
                              what);
        !r)
        return r.error();
    for (const QVariant &v :
         QVariantList {toKey(p.inspection.vendor), toKey(kind), p.models.families.join(u','),
                       p.models.modelIds.join(u','), p.version, fileName, size, QString::fromLatin1(sha256),
                       chunkSize, packageId ? QVariant(packageId) : QVariant(QMetaType(QMetaType::LongLong))})
        q.addBindValue(v);
    if (!postgres) {
        q.addBindValue(Sql::text(m_storage.actor()));
        q.addBindValue(Sql::nowMs());
    }
    if (!q.exec())
        return Sql::toError(q.lastError(), what);
    if (!q.next())
        return Sql::toError(q.lastError(), what);
    const Id id = q.value(0).toLongLong();
    q.finish(); // an SQLite statement still stepping would keep the transaction from committing
    return id;
}

Result<void> FirmwareRepository::insertChunks(Id imageId, QIODevice &file, const Prepared &p,
                                              const Progress &progress)
{
    ChunkWriter writer(m_storage, imageId, tr("adding %1 to the firmware library").arg(p.fileName));
    if (auto r = writer.prepare(); !r)
        return r;
    auto r = readInChunks(file, p.size, p.progressTotal, progress,
                          [&](const QByteArray &chunk) { return writer.write(chunk); });
    if (!r)
        return r;
    if (auto f = writer.finish(); !f)
        return f;
    // The bytes stored must be the bytes checked: a file replaced or still being written while it
    // was added is refused rather than kept under another file's hash.
    if (writer.stored() != p.size || writer.sha256() != p.sha256)
        return Error::make(Error::Code::Io,
                           tr("%1 changed while it was being added (is it still being copied?); nothing was "
                              "kept. Add it again once it is complete.")
                               .arg(p.fileName));
    return {};
}

Result<Id> FirmwareRepository::insertPackage(QIODevice &file, const Prepared &p, const Progress &progress)
{
    // The package's own row holds no chunks: the applications are what phones get.
    auto package = insertImage(p, FirmwareKind::PolyPackage, p.fileName, p.size, p.sha256, ChunkSize, 0);
    if (!package)
        return package.error();
    qint64 done =
        p.size + (p.progressTotal - p.size) / 2; // the file and the first pass over the applications
    for (const Prepared::Application &a : p.applications) {
        auto id = insertImage(p, FirmwareKind::PolyApplication, a.fileName, a.entry.size, a.sha256, ChunkSize,
                              *package);
        if (!id)
            return id.error();
        ChunkWriter writer(m_storage, *id,
                           tr("adding %1 from %2 to the firmware library").arg(a.fileName, p.fileName));
        if (auto r = writer.prepare(); !r)
            return r.error();
        auto r =
            Firmware::readZipMember(file, a.entry, ChunkSize, [&](const QByteArray &piece) -> Result<void> {
                if (auto w = writer.write(piece); !w)
                    return w;
                done += piece.size();
                if (progress && !progress(done, p.progressTotal))
                    return cancelled();
                return {};
            });
        if (!r)
            return r.error();
        if (auto f = writer.finish(); !f)
            return f.error();
        if (writer.sha256() != a.sha256)
            return Error::make(
                Error::Code::Io,
                tr("%1 changed while it was being added (is it still being copied?); nothing was "
                   "kept. Add it again once it is complete.")
                    .arg(p.fileName));
    }
    return *package;
}

Result<FirmwareImage> FirmwareRepository::add(const FirmwareAddRequest &request, const Progress &progress)
{
    if (auto r = m_storage.require(Permission::Administer, tr("add firmware")); !r)
        return r.error();
    auto prepared = prepare(request, progress);
    if (!prepared)
        return prepared.error();
    const Prepared &p = *prepared;
    auto existing = findBySha256(QString::fromLatin1(p.sha256));
    if (!existing)
        return existing.error();
    if (*existing)
        return duplicateError(p.fileName, **existing);
    for (const Prepared::Application &a : p.applications) {
        auto same = findBySha256(QString::fromLatin1(a.sha256));
        if (!same)
            return same.error();
        if (*same)
            return duplicateError(tr("%1 (in %2)").arg(a.fileName, p.fileName), **same);
    }

    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("%1: cannot open it: %2").arg(p.fileName, file.errorString()));
    Id id = 0;
    auto r = m_storage.inTransaction([&]() -> Result<void> {
        if (p.inspection.kind == FirmwareKind::PolyPackage) {
            auto inserted = insertPackage(file, p, progress);
            if (!inserted)
                return inserted.error();
            id = *inserted;
        } else {
            auto inserted = insertImage(p, p.inspection.kind, p.fileName, p.size, p.sha256, ChunkSize, 0);
            if (!inserted)
                return inserted.error();
            id = *inserted;
            if (auto chunks = insertChunks(id, file, p, progress); !chunks)
                return chunks;
        }
        m_storage.queueChange({ChangeEvent::Entity::Firmware, ChangeEvent::Kind::Upsert, {id}});
        QStringList applications;
        for (const Prepared::Application &a : p.applications)
            applications.append(a.fileName);
        return m_storage.writeAudit(
            QStringLiteral("firmware.add"), QStringLiteral("firmware"), id, p.fileName,
            QStringLiteral("%1 %2 for %3, %4 bytes, sha256 %5")
                    .arg(toKey(p.inspection.vendor), p.version, p.models.modelIds.join(u','),
                         QString::number(p.size), QString::fromLatin1(p.sha256)) +
                (applications.isEmpty() ? QString()
                                        : QStringLiteral("; applications ") + applications.join(u',')));
    });
    if (!r) {
        // Someone else added the same bytes meanwhile: say who, as above.
        if (r.error().code == Error::Code::Duplicate) {
            if (auto other = findBySha256(QString::fromLatin1(p.sha256)); other && *other)
                return duplicateError(p.fileName, **other);
        }
        return r.error();
    }
    auto added = find(id);
    if (!added)
        return added.error();
    if (!*added)
        return Error::make(Error::Code::NotFound, tr("Firmware image #%1 was removed meanwhile.").arg(id));
    return **added;
}

// ---------------------------------------------------------------- use and removal

Result<QList<FirmwareUse>> FirmwareRepository::usedBy(const FirmwareImage &image)
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    const QString what = tr("reading the base settings");
    if (!q.exec(QStringLiteral("SELECT id, name, model_id, settings_json FROM base_settings ORDER BY name")))
        return Sql::toError(q.lastError(), what);
    QList<FirmwareUse> uses;
    while (q.next()) {
        const QString wanted = Sql::fromJson(q.value(3).toString())
                                   .value(QStringLiteral("provisioning.firmwareVersion"))
                                   .toString();
        if (Firmware::names(image, q.value(2).toString(), wanted))
            uses.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    if (auto r = Sql::checkRead(q, what); !r)
        return r.error();
    return uses;
}

Result<void> FirmwareRepository::remove(Id id)
{
    if (auto r = m_storage.require(Permission::Administer, tr("remove firmware")); !r)
        return r;
    return m_storage.inTransaction([&]() -> Result<void> {
        auto found = find(id);
        if (!found)
            return found.error();
        if (!*found)
            return Error::make(Error::Code::NotFound, tr("There is no firmware image #%1.").arg(id));
        const FirmwareImage &image = **found;
        if (image.packageId) {
            auto package = find(image.packageId);
            return Error::make(Error::Code::InUse,
                               tr("Firmware image %1 is part of the package %2: remove the package instead.")
                                   .arg(describe(image),
                                        package && *package ? describe(**package)
                                                            : QStringLiteral("#%1").arg(image.packageId)));
        }
        auto uses = usedBy(image);
        if (!uses)
            return uses.error();
        if (!uses->isEmpty()) {
            QStringList names;
            for (const FirmwareUse &u : std::as_const(*uses))
                names.append(u'"' + u.baseSettingsName + u'"');
            return Error::make(
                Error::Code::InUse,
                tr("Firmware image %1 is in use: the base settings %2 set firmware version %3. "
                   "Change their firmware version first.")
                    .arg(describe(image), names.join(QStringLiteral(", ")), image.version));
        }
        const QString what = tr("removing firmware image %1").arg(describe(image));
        // The chunks first: SQLite enforces ON DELETE CASCADE only with foreign keys on. A
        // package's applications go with it.
        for (const char *sql :
             {"DELETE FROM firmware_chunks WHERE image_id IN (SELECT id FROM firmware_images WHERE "
              "package_id = ?)",
              "DELETE FROM firmware_images WHERE package_id = ?",
              "DELETE FROM firmware_chunks WHERE image_id = ?", "DELETE FROM firmware_images WHERE id = ?"}) {
            QSqlQuery q(m_storage.database());
            q.prepare(QLatin1String(sql));
            q.addBindValue(id);
            if (auto r = Sql::exec(q, what); !r)
                return r;
        }
        m_storage.queueChange({ChangeEvent::Entity::Firmware, ChangeEvent::Kind::Remove, {id}});
        return m_storage.writeAudit(
            QStringLiteral("firmware.remove"), QStringLiteral("firmware"), id, image.fileName,
            QStringLiteral("%1 %2, sha256 %3").arg(toKey(image.vendor), image.version, image.sha256));
    });
}

Result<QHash<Id, int>> FirmwareRepository::phonesRunning(const QList<FirmwareImage> &images)
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    const QString what = tr("reading the phones' firmware");
    if (!q.exec(QStringLiteral("SELECT b.model_id, s.firmware, COUNT(*) FROM phones p "
                               "JOIN base_settings b ON b.id = p.base_settings_id "
                               "JOIN phone_status s ON s.phone_id = p.id "
                               "WHERE s.firmware <> '' GROUP BY b.model_id, s.firmware")))
        return Sql::toError(q.lastError(), what);
    QHash<Id, int> counts;
    for (const FirmwareImage &image : images)
        counts.insert(image.id, 0);
    while (q.next()) {
        const QString model = q.value(0).toString();
        const QString running = q.value(1).toString();
        const int phones = q.value(2).toInt();
        for (const FirmwareImage &image : images) {
            if (image.models.contains(model) && Firmware::runsVersion(running, image.version))
                counts[image.id] += phones;
        }
    }
    if (auto r = Sql::checkRead(q, what); !r)
        return r.error();
    return counts;
}

namespace Firmware {

bool names(const FirmwareImage &image, const QString &modelId, const QString &wanted)
{
    return image.models.contains(modelId) && runsVersion(wanted.trimmed(), image.version);
}

bool servable(const FirmwareImage &image)
{
    return image.kind != FirmwareKind::PolyPackage || image.applications > 0;
}

QList<FirmwareImage> choicesFor(const QList<FirmwareImage> &library, const QString &modelId)
{
    QList<FirmwareImage> out;
    QSet<QString> versions;
    for (const FirmwareImage &image : library) {
        if (servable(image) && image.models.contains(modelId) && !versions.contains(image.version)) {
            versions.insert(image.version);
            out.append(image);
        }
    }
    return out;
}

const FirmwareImage *imageFor(const QList<FirmwareImage> &library, const QString &modelId,
                              const QString &wanted)
{
    const FirmwareImage *best = nullptr;
    for (const FirmwareImage &image : library) {
        if (!servable(image) || !names(image, modelId, wanted))
            continue;
        if (!best || image.version.size() > best->version.size() ||
            (image.version.size() == best->version.size() && image.id < best->id))
            best = &image;
    }
    return best;
}

} // namespace Firmware

} // namespace PhoneDesk
