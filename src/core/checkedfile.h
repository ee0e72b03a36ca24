#pragma once

// CheckedFile: how PhoneDesk writes a file (CSV exports, import reports, credentials, screenshots,
// database backups). A file is either complete or not there at all.
//
// QSaveFile alone is not enough: QFileDevice takes a short write (the disk filled up after part of
// a block) without an error, and a write that fails while QSaveFile::commit() flushes its buffer
// is not reported, so a full disk gives a truncated or empty file and "success". Here the device
// is unbuffered, every byte asked for is counted, and before the file replaces the target it is
// synced and its size compared with that count. A file that could not be written in full is
// removed; an earlier file of the same name is left as it was.

#include "result.h"

#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include <memory>
#include <optional>

namespace PhoneDesk {

class CheckedFile final
{
    Q_DISABLE_COPY_MOVE(CheckedFile)

public:
    enum class Access {
        Normal, // as a new file of the user's (umask), or the mode of the file it replaces
        OwnerOnly, // files with secrets: mode 0600 on Unix before the first byte is written
    };

    explicit CheckedFile(const QString &path, Access access = Access::Normal);
    ~CheckedFile(); // removes the temporary file unless commit() succeeded

    // Standard output (a pipe, a terminal or the file a shell redirected it to). Nothing to put in
    // place: finish() tells whether every byte got out.
    static std::unique_ptr<CheckedFile> standardOutput();

    // Creates the temporary file next to the target. Error::Code::Io when it cannot be created
    // (no such folder, no permission): the target was not touched.
    Result<void> open();

    // For writers that stream (Csv::Writer, QImageWriter). A write that fails or is short makes
    // this and every later write fail; finish() reports it.
    QIODevice &device();
    Result<void> write(QByteArrayView data);

    // Flushes and syncs, and checks that the file holds every byte written. After it succeeds only
    // putting the file in place can fail. Error::Code::WriteFailed otherwise (the message says when
    // the disk is full), and the temporary file is gone.
    Result<void> finish();
    // finish() unless done, then replaces the target. Error::Code::WriteFailed when it fails.
    Result<void> commit();
    // Drops what was written (the target stays as it was).
    void cancel();

    // The write failure so far as an Error, if any: for callers whose own writer stopped first
    // (e.g. Csv::Writer), so that they report the real cause.
    std::optional<Error> failure() const;

    QString path() const { return m_path; }
    qint64 bytesWritten() const;

    // Writes `data` to `path` in one go: open, write, commit.
    static Result<void> writeAll(const QString &path, QByteArrayView data, Access access = Access::Normal);
    // Copies `source` to `target` through a CheckedFile (e.g. a backup, owner-only). Reading
    // `source` failing is Error::Code::Io.
    static Result<void> copy(const QString &source, const QString &target, Access access);

    // Whether an error of a write (errno on Unix) means the disk or the user's quota is full.
    static bool isDiskFullErrno(int error);

    class Device;

private:
    CheckedFile(const QString &path, Access access, bool standardOutput);
    Error failed(const QString &reason, bool diskFull); // keeps the error, removes the temporary file
    Error makeError(const QString &reason, bool diskFull) const;
    QString displayName() const;

    QString m_path;
    Access m_access;
    bool m_standardOutput = false;
    bool m_finished = false;
    bool m_committed = false;
    std::unique_ptr<Device> m_device;
    std::optional<Error> m_error;
};

} // namespace PhoneDesk
