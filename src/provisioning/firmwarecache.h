#pragma once

// The provisioning server's local copy of the firmware library: one file per image, named by its
// SHA-256, in <cache dir>/<sha256>. The connection threads stream from these files (the database
// is read once per image and server, not once per phone). A file is written from
// FirmwareRepository::readRange to a temporary name, one chunk per event-loop turn, checked
// against the image's SHA-256 and only then renamed into place: a file under its final name is
// always whole. Images removed from the library lose their file.
//
// lookup() is thread-safe (the connection threads); everything else runs in the thread of the
// Storage.

#include "firmwarerepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace PhoneDesk {

class Storage;

class FirmwareCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirmwareCache)

public:
    enum class State { Missing, Filling, Ready };
    struct Entry
    {
        FirmwareImage image;
        State state = State::Missing;
        QString path; // the cached file (when Ready)
    };

    FirmwareCache(Storage &storage, QString directory, QObject *parent = nullptr);
    ~FirmwareCache() override;

    // Creates the folder, reads the library, keeps the cached files that are whole and removes
    // the rest (removed images, interrupted fills). Errors name the folder.
    Result<void> load();
    // Re-reads the library (after a change): new images are filled, removed ones lose their file.
    Result<void> refresh();

    // Thread-safe. nullopt: no such image in the library (a Poly package is no image here: its
    // applications are).
    std::optional<Entry> lookup(const QString &sha256) const;
    // Thread-safe. What a phone asking for `name` in the folder of `sha256` gets: that image when
    // `name` is its URL name (FirmwareServing::urlName), or, when `sha256` is a Poly package's, the
    // application of that name in it. nullopt when there is none.
    std::optional<Entry> resolve(const QString &sha256, const QString &name) const;
    // Thread-safe: asks for the image's file to be written (queued to this object's thread).
    void request(const QString &sha256);

    QString directory() const { return m_directory; }
    QString pathFor(const QString &sha256) const;
    bool filling() const { return m_fill != nullptr; }

signals:
    void filled(const QString &sha256);
    void fillFailed(const QString &sha256, const QString &message);

private:
    struct Fill;
    void apply(const QList<FirmwareImage> &images);
    void startNext();
    void fillStep();
    void finishFill(const QString &error);
    bool verifyExisting(const FirmwareImage &image) const;
    void onChange();

    Storage &m_storage;
    QString m_directory;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries; // by sha256: the images with bytes of their own
    QHash<QString, QHash<QString, QString>>
        m_packages; // package sha256 -> application URL name -> its sha256
    QList<QString> m_queue; // images waiting to be filled
    std::unique_ptr<Fill> m_fill;
    QTimer m_step;
    bool m_loaded = false; // images seen after the first load were added meanwhile: filled at once
};

} // namespace PhoneDesk
