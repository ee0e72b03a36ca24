#include "firmwarecache.h"

#include "changefeed.h"
#include "firmwareserving.h"
#include "storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcProvisioning)

namespace PhoneDesk {

namespace {
const QString TemporarySuffix = QStringLiteral(".part");

bool isSha256(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(name).hasMatch();
}
} // namespace

struct FirmwareCache::Fill
{
    FirmwareImage image;
    QFile file;
    QCryptographicHash hash {QCryptographicHash::Sha256};
    qint64 offset = 0;
};

FirmwareCache::FirmwareCache(Storage &storage, QString directory, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_directory(std::move(directory))
{
    m_step.setInterval(0);
    connect(&m_step, &QTimer::timeout, this, &FirmwareCache::fillStep);
    connect(ChangeFeed::instance(), &ChangeFeed::changed, this, [this](const ChangeEvent &event) {
        if (event.entity == ChangeEvent::Entity::Firmware)
            onChange();
    });
}

FirmwareCache::~FirmwareCache()
{
    if (m_fill) {
        m_fill->file.remove(); // an unfinished file never stays
        m_fill.reset();
    }
}

QString FirmwareCache::pathFor(const QString &sha256) const
{
    return QDir(m_directory).filePath(sha256);
}

Result<void> FirmwareCache::load()
{
    if (!QDir().mkpath(m_directory))
        return Error::make(Error::Code::Io,
                           tr("The firmware cache folder \"%1\" cannot be created.").arg(m_directory));
    return refresh();
}

Result<void> FirmwareCache::refresh()
{
    auto images = FirmwareRepository(m_storage).listAll();
    if (!images)
        return images.error();
    apply(*images);
    return {};
}

void FirmwareCache::onChange()
{
    if (auto r = refresh(); !r)
        qCWarning(lcProvisioning).noquote() << "reading the firmware library failed:" << r.error().fullText();
}

bool FirmwareCache::verifyExisting(const FirmwareImage &image) const
{
    QFile file(pathFor(image.sha256));
    if (!file.open(QIODevice::ReadOnly) || file.size() != image.size)
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return hash.addData(&file) && QString::fromLatin1(hash.result().toHex()) == image.sha256;
}

void FirmwareCache::apply(const QList<FirmwareImage> &images)
{
    const bool firstLoad = !m_loaded;
    m_loaded = true;
    QHash<QString, Entry> next;
    QHash<QString, QHash<QString, QString>> packages;
    QHash<Id, QString> packageSha;
    for (const FirmwareImage &image : images) {
        if (image.kind == FirmwareKind::PolyPackage) {
            packages.insert(image.sha256, {});
            packageSha.insert(image.id, image.sha256);
        }
    }
    QList<QString> added;
    for (const FirmwareImage &image : images) {
        if (image.kind == FirmwareKind::PolyPackage)
            continue; // no bytes of its own (or, added before packages were unpacked, none served)
        if (image.packageId) {
            const auto package = packages.find(packageSha.value(image.packageId));
            if (package == packages.end())
                continue;
            package->insert(FirmwareServing::urlName(image), image.sha256);
        }
        Entry entry;
        entry.image = image;
        entry.path = pathFor(image.sha256);
        if (const auto old = m_entries.constFind(image.sha256); old != m_entries.constEnd()) {
            entry.state = old->state;
        } else {
            entry.state = verifyExisting(image) ? State::Ready : State::Missing;
            if (entry.state == State::Missing && !firstLoad)
                added.append(image.sha256); // added to the library meanwhile: fill it now
        }
        next.insert(image.sha256, entry);
    }
    {
        QMutexLocker lock(&m_mutex);
        m_entries = next;
        m_packages = packages;
    }
    // Whatever is in the folder and not (or no longer) an image of the library goes: removed
    // images, files of interrupted fills, anything else of this format.
    const QFileInfoList files = QDir(m_directory).entryInfoList(QDir::Files);
    for (const QFileInfo &info : files) {
        QString name = info.fileName();
        const bool temporary = name.endsWith(TemporarySuffix);
        if (temporary)
            name.chop(TemporarySuffix.size());
        if (!isSha256(name))
            continue;
        const bool filling = m_fill && m_fill->image.sha256 == name;
        if ((temporary && !filling) || (!temporary && !next.contains(name)) ||
            (!temporary && next.value(name).state != State::Ready))
            QFile::remove(info.filePath());
    }
    if (m_fill && !next.contains(m_fill->image.sha256))
        finishFill(tr("the image was removed from the library"));
    m_queue.removeIf([&](const QString &sha) { return !next.contains(sha); });
    for (const QString &sha : std::as_const(added))
        request(sha);
}

std::optional<FirmwareCache::Entry> FirmwareCache::lookup(const QString &sha256) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(sha256);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<FirmwareCache::Entry> FirmwareCache::resolve(const QString &sha256, const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    QString wanted = sha256;
    if (const auto package = m_packages.constFind(sha256); package != m_packages.constEnd()) {
        wanted = package->value(name);
        if (wanted.isEmpty())
            return std::nullopt;
    }
    const auto it = m_entries.constFind(wanted);
    if (it == m_entries.constEnd() || (wanted == sha256 && FirmwareServing::urlName(it->image) != name))
        return std::nullopt;
    return *it;
}

void FirmwareCache::request(const QString &sha256)
{
    QMetaObject::invokeMethod(
        this,
        [this, sha256] {
            QMutexLocker lock(&m_mutex);
            const auto it = m_entries.find(sha256);
            if (it == m_entries.end() || it->state != State::Missing)
                return;
            it->state = State::Filling;
            lock.unlock();
            m_queue.append(sha256);
            startNext();
        },
        Qt::QueuedConnection);
}

void FirmwareCache::startNext()
{
    if (m_fill || m_queue.isEmpty())
        return;
    const QString sha = m_queue.takeFirst();
    const std::optional<Entry> entry = lookup(sha);
    if (!entry)
        return startNext();
    m_fill = std::make_unique<Fill>();
    m_fill->image = entry->image;
    m_fill->file.setFileName(pathFor(sha) + TemporarySuffix);
    QDir().mkpath(m_directory); // removed by someone since the start: made again
    if (!m_fill->file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        finishFill(tr("cannot write \"%1\": %2").arg(m_fill->file.fileName(), m_fill->file.errorString()));
        return;
    }
    m_step.start();
}

// One chunk per turn of the event loop: a large image never holds up the server's other work.
void FirmwareCache::fillStep()
{
    if (!m_fill) {
        m_step.stop();
        return;
    }
    Fill &fill = *m_fill;
    QString failure;
    auto r = FirmwareRepository(m_storage).readRange(
        fill.image.id, fill.offset, fill.image.chunkSize, [&](const QByteArray &piece) {
            if (fill.file.write(piece) != piece.size()) {
                failure = tr("cannot write \"%1\": %2").arg(fill.file.fileName(), fill.file.errorString());
                return false;
            }
            fill.hash.addData(piece);
            fill.offset += piece.size();
            return true;
        });
    if (!r)
        return finishFill(r.error().fullText());
    if (!failure.isEmpty())
        return finishFill(failure);
    if (fill.offset < fill.image.size)
        return;
    if (QString::fromLatin1(fill.hash.result().toHex()) != fill.image.sha256)
        return finishFill(tr("the bytes read from the database do not have the image's SHA-256"));
    if (!fill.file.flush()) {
        return finishFill(tr("cannot write \"%1\": %2").arg(fill.file.fileName(), fill.file.errorString()));
    }
    fill.file.close();
    const QString target = pathFor(fill.image.sha256);
    QFile::remove(target);
    if (!QFile::rename(fill.file.fileName(), target))
        return finishFill(tr("cannot rename \"%1\" to \"%2\"").arg(fill.file.fileName(), target));
    finishFill({});
}

void FirmwareCache::finishFill(const QString &error)
{
    m_step.stop();
    const QString sha = m_fill->image.sha256;
    if (!error.isEmpty()) {
        m_fill->file.close();
        m_fill->file.remove(); // never a partial file
        qCWarning(lcProvisioning).noquote() << QStringLiteral("caching firmware image %1 (%2) failed: %3")
                                                   .arg(sha, m_fill->image.fileName, error);
    }
    m_fill.reset();
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_entries.find(sha); it != m_entries.end())
            it->state =
                error.isEmpty() ? State::Ready : State::Missing; // asked for again by the next request
    }
    if (error.isEmpty())
        emit filled(sha);
    else
        emit fillFailed(sha, error);
    startNext();
}

} // namespace PhoneDesk
