#include "checkedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace PhoneDesk {

namespace {
QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

// Counts every byte asked for and every byte the file took; the first failure (or short write)
// is kept with its errno and makes every later write fail, so a writer cannot go on past a hole.
class CheckedFile::Device final : public QIODevice
{
public:
    explicit Device(std::unique_ptr<QFileDevice> file)
        : m_file(std::move(file))
    { }

    QFileDevice &file() { return *m_file; }
    bool isSequential() const override { return true; }

    bool hasFailed() const { return m_failed; }
    int failureErrno() const { return m_errno; }
    QString failureText() const { return m_text; }
    qint64 requested() const { return m_requested; }
    qint64 accepted() const { return m_accepted; }

    void fail(int error, const QString &text)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_errno = error;
        m_text = text;
        setErrorString(text);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        if (m_failed)
            return -1;
        m_requested += len;
        errno = 0;
        const qint64 n = m_file->write(data, len);
        const int error = errno;
        if (n > 0)
            m_accepted += n;
        if (n != len) {
            // A short write has no error of Qt's; errno holds why the system stopped (ENOSPC).
            const bool resource = m_file->error() == QFileDevice::ResourceError;
            const int cause = error != 0 ? error : (resource ? ENOSPC : EIO);
            fail(cause, error != 0 ? systemError(error) : m_file->errorString());
            return -1;
        }
        return n;
    }

private:
    std::unique_ptr<QFileDevice> m_file;
    bool m_failed = false;
    int m_errno = 0;
    QString m_text;
    qint64 m_requested = 0;
    qint64 m_accepted = 0;
};

CheckedFile::CheckedFile(const QString &path, Access access)
    : CheckedFile(path, access, false)
{ }

CheckedFile::CheckedFile(const QString &path, Access access, bool standardOutput)
    : m_path(path)
    , m_access(access)
    , m_standardOutput(standardOutput)
{ }

CheckedFile::~CheckedFile()
{
    if (!m_committed)
        cancel();
}

std::unique_ptr<CheckedFile> CheckedFile::standardOutput()
{
    return std::unique_ptr<CheckedFile>(new CheckedFile(QString(), Access::Normal, true));
}

bool CheckedFile::isDiskFullErrno(int error)
{
#ifdef EDQUOT
    if (error == EDQUOT)
        return true;
#endif
    return error == ENOSPC;
}

QString CheckedFile::displayName() const
{
    return m_standardOutput ? QCoreApplication::translate("PhoneDesk::CheckedFile", "standard output")
                            : QStringLiteral("\"%1\"").arg(QDir::toNativeSeparators(m_path));
}

Result<void> CheckedFile::open()
{
    std::unique_ptr<QFileDevice> file;
    if (m_standardOutput) {
        std::fflush(stdout); // what C stdio (and a QTextStream on stdout) buffered goes first
        auto out = std::make_unique<QFile>();
        if (!out->open(fileno(stdout), QIODevice::WriteOnly | QIODevice::Unbuffered,
                       QFileDevice::DontCloseHandle))
            return Error::make(
                Error::Code::Io,
                QCoreApplication::translate("PhoneDesk::CheckedFile", "Cannot write to standard output: %1")
                    .arg(out->errorString()));
        file = std::move(out);
    } else {
        auto save = std::make_unique<QSaveFile>(m_path);
        // Unbuffered: every write reaches the file system at once, so its failure is seen here and
        // not in the flush inside QSaveFile::commit(), which does not report it.
        if (!save->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return Error::make(Error::Code::Io,
                               QCoreApplication::translate("PhoneDesk::CheckedFile", "Cannot create %1: %2")
                                   .arg(displayName(), save->errorString()));
        if (m_access == Access::OwnerOnly &&
            !save->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            const QString reason = save->errorString();
            save->cancelWriting();
            return Error::make(Error::Code::Io,
                               QCoreApplication::translate("PhoneDesk::CheckedFile",
                                                           "Cannot make %1 readable by its owner only: %2")
                                   .arg(displayName(), reason));
        }
        file = std::move(save);
    }
    m_device = std::make_unique<Device>(std::move(file));
    m_device->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    m_finished = false;
    m_committed = false;
    m_error.reset();
    return {};
}

QIODevice &CheckedFile::device()
{
    Q_ASSERT(m_device);
    return *m_device;
}

Result<void> CheckedFile::write(QByteArrayView data)
{
    if (m_error)
        return *m_error;
    if (!m_device)
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("PhoneDesk::CheckedFile", "Cannot write %1: it is not open.")
                .arg(displayName()));
    if (m_device->write(data.data(), data.size()) != data.size())
        return failed(m_device->failureText(), isDiskFullErrno(m_device->failureErrno()));
    return {};
}

qint64 CheckedFile::bytesWritten() const
{
    return m_device ? m_device->accepted() : 0;
}

std::optional<Error> CheckedFile::failure() const
{
    if (m_error)
        return m_error;
    if (!m_device || !m_device->hasFailed())
        return std::nullopt;
    return makeError(m_device->failureText(), isDiskFullErrno(m_device->failureErrno()));
}

Error CheckedFile::failed(const QString &reason, bool diskFull)
{
    if (!m_error)
        m_error = makeError(reason, diskFull);
    // The partial file goes now, not when this object does: the caller reports and may exit.
    cancel();
    return *m_error;
}

Error CheckedFile::makeError(const QString &reason, bool diskFull) const
{
    if (!diskFull && !m_standardOutput) {
        // Where the system gives no errno (Windows), a volume with no room left says it.
        const QStorageInfo volume(QFileInfo(m_path).absolutePath());
        diskFull = volume.isValid() && volume.bytesAvailable() == 0;
    }
    QString message;
    if (m_standardOutput)
        message = diskFull ? QCoreApplication::translate(
                                 "PhoneDesk::CheckedFile",
                                 "Could not write to standard output: the disk is full. What was written is "
                                 "incomplete; free some space and try again.")
                           : QCoreApplication::translate(
                                 "PhoneDesk::CheckedFile",
                                 "Could not write to standard output: %1. What was written is incomplete.")
                                 .arg(reason);
    else
        message = diskFull
            ? QCoreApplication::translate(
                  "PhoneDesk::CheckedFile",
                  "Could not write %1: the disk is full. The file was not saved; free some space "
                  "and try again.")
                  .arg(displayName())
            : QCoreApplication::translate("PhoneDesk::CheckedFile",
                                          "Could not write %1: %2. The file was not saved.")
                  .arg(displayName(), reason);
    return Error::make(Error::Code::WriteFailed, message);
}

Result<void> CheckedFile::finish()
{
    if (m_error)
        return *m_error;
    if (!m_device)
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("PhoneDesk::CheckedFile", "Cannot write %1: it is not open.")
                .arg(displayName()));
    if (m_finished)
        return {};
    if (m_device->hasFailed())
        return failed(m_device->failureText(), isDiskFullErrno(m_device->failureErrno()));
    QFileDevice &file = m_device->file();
    if (!file.flush())
        return failed(file.errorString(), file.error() == QFileDevice::ResourceError);
#ifdef Q_OS_UNIX
    // Some file systems (NFS, ext4 with delayed allocation) find out about a full disk only when
    // the data is synced. A pipe or terminal cannot be synced (EINVAL); that is no failure.
    if (::fsync(file.handle()) != 0 && errno != EINVAL && errno != EROFS && errno != ENOTSUP) {
        const int error = errno;
        return failed(systemError(error), isDiskFullErrno(error));
    }
#endif
    if (!m_standardOutput) {
        const qint64 onDisk = file.size();
        if (onDisk != m_device->requested())
            return failed(
                QCoreApplication::translate("PhoneDesk::CheckedFile", "only %1 of %2 bytes reached the disk")
                    .arg(onDisk)
                    .arg(m_device->requested()),
                false);
    }
    m_finished = true;
    return {};
}

Result<void> CheckedFile::commit()
{
    if (auto r = finish(); !r)
        return r;
    if (m_committed)
        return {};
    if (!m_standardOutput) {
        auto &save = static_cast<QSaveFile &>(m_device->file());
        if (!save.commit()) {
            const QString reason = save.errorString();
            return failed(reason, save.error() == QFileDevice::ResourceError);
        }
    }
    m_committed = true;
    return {};
}

void CheckedFile::cancel()
{
    if (m_device && !m_standardOutput && !m_committed && m_device->file().isOpen())
        static_cast<QSaveFile &>(m_device->file()).cancelWriting();
}

Result<void> CheckedFile::writeAll(const QString &path, QByteArrayView data, Access access)
{
    CheckedFile file(path, access);
    if (auto r = file.open(); !r)
        return r;
    if (auto r = file.write(data); !r)
        return r;
    return file.commit();
}

Result<void> CheckedFile::copy(const QString &source, const QString &target, Access access)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("PhoneDesk::CheckedFile", "Cannot read \"%1\": %2")
                               .arg(QDir::toNativeSeparators(source), in.errorString()));
    CheckedFile out(target, access);
    if (auto r = out.open(); !r)
        return r;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(block.data(), block.size());
        if (n < 0)
            return Error::make(Error::Code::Io,
                               QCoreApplication::translate("PhoneDesk::CheckedFile", "Cannot read \"%1\": %2")
                                   .arg(QDir::toNativeSeparators(source), in.errorString()));
        if (n == 0)
            break;
        if (auto r = out.write(QByteArrayView(block.constData(), n)); !r)
            return r;
    }
    return out.commit();
}

} // namespace PhoneDesk
