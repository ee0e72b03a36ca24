#pragma once

// Manage > Firmware…: the firmware library (FirmwareRepository) with its models and the phones on
// each image; Administrators add a file (checked and stored in a thread of its own, with progress)
// and remove images no base settings use.

#include "firmwarerepository.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QThread;
class QTreeWidgetItem;

namespace PhoneDesk {

class Storage;
struct ChangeEvent;

namespace Ui {
class FirmwareDialog;
} // namespace Ui

class FirmwareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirmwareDialog)

public:
    explicit FirmwareDialog(Storage &storage, QWidget *parent = nullptr);
    ~FirmwareDialog() override;

    // Reads the library again; false (with the reason shown) when the database refuses.
    bool reload();
    const QList<FirmwareImage> &images() const { return m_images; }
    Id currentImageId() const;
    bool isAdding() const { return m_thread != nullptr; }

    // Asks for a file (FileDialog) and fills vendor, version and models from its name.
    void browse();
    void chooseFile(const QString &path);
    // Starts adding the chosen file in a worker thread; finished by addFinished().
    void startAdding();
    void cancelAdding();
    void removeImage();
    // Closing while a file is being stored stops it first (nothing is kept).
    void reject() override;

signals:
    void addProgress(int percent);
    // An add ended: `error` is empty when the image was added.
    void addFinished(const QString &error);

private:
    void addApplications(QTreeWidgetItem *packageItem, const FirmwareImage &package,
                         FirmwareRepository &repo);
    void fillModels();
    void updateButtons();
    void onAdded(bool ok, const QString &message, Id id);
    void onChange(const ChangeEvent &event);
    FirmwareAddRequest request() const;

    std::unique_ptr<Ui::FirmwareDialog> m_ui;
    Storage &m_storage;
    QList<FirmwareImage> m_images;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace PhoneDesk
