#include "firmwaredialog.h"

#include "changefeed.h"
#include "filedialog.h"
#include "messagebox.h"
#include "modelcatalog.h"
#include "storage.h"

#include "ui_firmwaredialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>

namespace PhoneDesk {

namespace {

enum Column { VendorColumn, VersionColumn, ModelsColumn, SizeColumn, PhonesColumn, FileColumn, AddedColumn };

QString modelNames(const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        const PhoneModel *m = ModelCatalog::builtin().find(id);
        names.append(m ? m->model : id);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

FirmwareDialog::FirmwareDialog(Storage &storage, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirmwareDialog>())
    , m_storage(storage)
{
    m_ui->setupUi(this);
    m_ui->vendorCombo->addItem(tr("From the file name"), QString());
    for (const FirmwareVendor v : allFirmwareVendors())
        m_ui->vendorCombo->addItem(displayName(v), toKey(v));
    m_ui->imagesView->header()->setSectionResizeMode(ModelsColumn, QHeaderView::Stretch);
    // File names differ at their ends (part numbers, versions): keep both ends in view.
    m_ui->imagesView->setTextElideMode(Qt::ElideMiddle);
    m_ui->imagesView->header()->resizeSection(FileColumn, 260);
    m_ui->progressBar->setVisible(false);
    m_ui->cancelButton->setVisible(false);
    // Adding and removing are for Administrators; everyone sees what is in the library.
    const bool admin = roleAllows(m_storage.role(), Permission::Administer);
    m_ui->addGroup->setVisible(admin);
    m_ui->removeButton->setVisible(admin);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirmwareDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &FirmwareDialog::browse);
    connect(m_ui->addButton, &QPushButton::clicked, this, &FirmwareDialog::startAdding);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &FirmwareDialog::cancelAdding);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &FirmwareDialog::removeImage);
    connect(m_ui->vendorCombo, &QComboBox::currentIndexChanged, this, &FirmwareDialog::fillModels);
    connect(m_ui->imagesView, &QTreeWidget::itemSelectionChanged, this, &FirmwareDialog::updateButtons);
    connect(ChangeFeed::instance(), &ChangeFeed::changed, this, &FirmwareDialog::onChange);
    reload();
    fillModels();
    updateButtons();
}

FirmwareDialog::~FirmwareDialog()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

bool FirmwareDialog::reload()
{
    FirmwareRepository repo(m_storage);
    auto images = repo.list();
    if (!images) {
        m_ui->statusLabel->setText(images.error().fullText());
        return false;
    }
    auto phones = repo.phonesRunning(*images);
    const Id selected = currentImageId();
    m_images = *images;
    m_ui->imagesView->clear();
    const QLocale locale;
    for (const FirmwareImage &image : std::as_const(m_images)) {
        auto *item = new QTreeWidgetItem(m_ui->imagesView);
        item->setText(VendorColumn, displayName(image.vendor));
        item->setText(VersionColumn, image.version);
        item->setText(ModelsColumn, modelNames(image.models));
        item->setText(SizeColumn,
                      locale.formattedDataSize(image.size, 1, QLocale::DataSizeTraditionalFormat));
        item->setText(PhonesColumn, phones ? QString::number(phones->value(image.id)) : QStringLiteral("?"));
        item->setTextAlignment(PhonesColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(FileColumn, image.fileName);
        item->setToolTip(FileColumn, tr("SHA-256 %1").arg(image.sha256));
        item->setText(
            AddedColumn,
            tr("%1 by %2")
                .arg(locale.toString(image.addedAt.toLocalTime(), QLocale::ShortFormat), image.addedBy));
        item->setData(0, Qt::UserRole, image.id);
        if (image.id == selected)
            item->setSelected(true);
        if (image.kind == FirmwareKind::PolyPackage)
            addApplications(item, image, repo);
    }
    if (!phones)
        m_ui->statusLabel->setText(phones.error().fullText());
    updateButtons();
    return true;
}

// A Poly package's phone applications under it: what its phones download, each by its own name.
void FirmwareDialog::addApplications(QTreeWidgetItem *packageItem, const FirmwareImage &package,
                                     FirmwareRepository &repo)
{
    const QLocale locale;
    auto applications = repo.applications(package.id);
    if (!applications) {
        packageItem->setToolTip(FileColumn, applications.error().fullText());
        return;
    }
    if (applications->isEmpty()) {
        packageItem->setText(FileColumn,
                             tr("%1 (no applications kept: add the package again)").arg(package.fileName));
        return;
    }
    packageItem->setText(
        FileColumn, tr("%1 (%n application(s))", nullptr, int(applications->size())).arg(package.fileName));
    for (const FirmwareImage &application : std::as_const(*applications)) {
        auto *child = new QTreeWidgetItem(packageItem);
        child->setFlags(Qt::ItemIsEnabled); // the package is what is removed, not one of its files
        child->setText(FileColumn, application.fileName);
        child->setToolTip(FileColumn, tr("SHA-256 %1").arg(application.sha256));
        child->setText(SizeColumn,
                       locale.formattedDataSize(application.size, 1, QLocale::DataSizeTraditionalFormat));
        child->setData(0, Qt::UserRole, Id(0));
    }
    packageItem->setExpanded(true); // what its phones download, in view
}

Id FirmwareDialog::currentImageId() const
{
    const QList<QTreeWidgetItem *> selected = m_ui->imagesView->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(0, Qt::UserRole).toLongLong();
}

void FirmwareDialog::browse()
{
    const QString path = FileDialog::openFileName(
        this, tr("Add Firmware"),
        tr("Firmware (*.zip *.ld *.rom *.img);;Poly UC Software (*.zip *.ld);;Yealink (*.rom);;AudioCodes "
           "(*.img);;All files (*)"));
    if (!path.isEmpty())
        chooseFile(path);
}

void FirmwareDialog::chooseFile(const QString &path)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    m_ui->fileEdit->setProperty("path", path);
    const auto vendor = Firmware::vendorOfFileName(path);
    m_ui->vendorCombo->setCurrentIndex(vendor ? m_ui->vendorCombo->findData(toKey(*vendor)) : 0);
    fillModels();
    m_ui->statusLabel->clear();
    updateButtons();
}

// The chosen vendor's models, those the file name lists ticked.
void FirmwareDialog::fillModels()
{
    m_ui->modelsList->clear();
    const QString path = m_ui->fileEdit->property("path").toString();
    auto vendor = firmwareVendorFromKey(m_ui->vendorCombo->currentData().toString());
    if (!vendor)
        vendor = Firmware::vendorOfFileName(path);
    if (!vendor)
        return;
    const Firmware::NameInfo info =
        path.isEmpty() ? Firmware::NameInfo() : Firmware::parseFileName(*vendor, path);
    m_ui->versionEdit->setText(info.version);
    for (const PhoneModel &m : ModelCatalog::builtin().models()) {
        if (m.vendor != displayName(*vendor))
            continue;
        auto *item = new QListWidgetItem(m.displayName, m_ui->modelsList);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool listed = info.modelTokens.contains(QString(m.model).remove(u' ').toUpper());
        item->setCheckState(listed ? Qt::Checked : Qt::Unchecked);
    }
}

FirmwareAddRequest FirmwareDialog::request() const
{
    FirmwareAddRequest r;
    r.path = m_ui->fileEdit->property("path").toString();
    r.vendor = firmwareVendorFromKey(m_ui->vendorCombo->currentData().toString());
    r.version = m_ui->versionEdit->text().trimmed();
    for (int i = 0; i < m_ui->modelsList->count(); ++i) {
        if (m_ui->modelsList->item(i)->checkState() == Qt::Checked)
            r.models.append(m_ui->modelsList->item(i)->data(Qt::UserRole).toString());
    }
    return r;
}

void FirmwareDialog::startAdding()
{
    if (m_thread)
        return;
    const FirmwareAddRequest r = request();
    if (r.path.isEmpty())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    // Reports to the dialog at most once per percent (the callback runs per 1 MiB chunk).
    auto progress = [this, cancel, last = -1](qint64 done, qint64 total) mutable {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (percent != last) {
            last = percent;
            QMetaObject::invokeMethod(
                this,
                [this, percent] {
                    m_ui->progressBar->setValue(percent);
                    emit addProgress(percent);
                },
                Qt::QueuedConnection);
        }
        return !cancel->load();
    };
    auto finish = [this](const Result<FirmwareImage> &added) {
        const bool ok = added.ok();
        const QString message = ok ? QString() : added.error().fullText();
        const Id id = ok ? added->id : 0;
        QMetaObject::invokeMethod(
            this, [this, ok, message, id] { onAdded(ok, message, id); }, Qt::QueuedConnection);
    };
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(true);
    m_ui->cancelButton->setVisible(true);
    m_ui->statusLabel->setText(tr("Checking and storing %1…").arg(QFileInfo(r.path).fileName()));
    if (m_storage.spec().isPrivate()) {
        // An in-memory database exists on this connection only (the demo): added in this thread.
        finish(FirmwareRepository(m_storage).add(r, progress));
        return;
    }
    const ConnectionSpec spec = m_storage.spec();
    const QString actor = m_storage.actor();
    const Role role = m_storage.role();
    m_thread = QThread::create([spec, actor, role, r, progress, finish]() mutable {
        auto storage = Storage::openForWorker(spec, actor, role);
        if (!storage) {
            finish(storage.error());
            return;
        }
        finish(FirmwareRepository(**storage).add(r, progress));
    });
    m_thread->setObjectName(QStringLiteral("phonedesk-firmware-add"));
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
    updateButtons();
}

void FirmwareDialog::onAdded(bool ok, const QString &message, Id id)
{
    if (m_thread) {
        m_thread->wait();
        m_thread = nullptr;
    }
    m_ui->progressBar->setVisible(false);
    m_ui->cancelButton->setVisible(false);
    reload();
    if (ok) {
        for (int i = 0; i < m_ui->imagesView->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_ui->imagesView->topLevelItem(i);
            item->setSelected(item->data(0, Qt::UserRole).toLongLong() == id);
        }
        m_ui->statusLabel->setText(tr("Added %1.").arg(m_ui->fileEdit->text()));
        m_ui->fileEdit->clear();
        m_ui->fileEdit->setProperty("path", QString());
        fillModels();
    } else {
        m_ui->statusLabel->setText(message);
        if (!m_cancel->load())
            MessageBox::warning(this, tr("Add Firmware"), message);
    }
    updateButtons();
    emit addFinished(message);
}

void FirmwareDialog::cancelAdding()
{
    if (m_cancel)
        m_cancel->store(true);
}

void FirmwareDialog::removeImage()
{
    const Id id = currentImageId();
    const auto it =
        std::find_if(m_images.cbegin(), m_images.cend(), [id](const FirmwareImage &i) { return i.id == id; });
    if (it == m_images.cend())
        return;
    // A copy: the removal publishes a change, and onChange() reloads m_images before it returns.
    const FirmwareImage image = *it;
    if (!MessageBox::confirm(this, QMessageBox::Question, tr("Remove Firmware"),
                             tr("Remove %1 %2 (%3) from the firmware library?")
                                 .arg(displayName(image.vendor), image.version, image.fileName),
                             tr("Remove"), true))
        return;
    if (auto removed = FirmwareRepository(m_storage).remove(id); !removed) {
        MessageBox::warning(this, tr("Remove Firmware"), removed.error().fullText());
        return;
    }
    m_ui->statusLabel->setText(tr("Removed %1.").arg(image.fileName));
    reload();
}

void FirmwareDialog::onChange(const ChangeEvent &event)
{
    // Another console's add or removal; a fetch may change the phones on an image too.
    if (event.entity == ChangeEvent::Entity::Firmware && !m_thread)
        reload();
}

void FirmwareDialog::updateButtons()
{
    const bool adding = m_thread != nullptr;
    m_ui->removeButton->setEnabled(!adding && currentImageId() != 0);
    m_ui->addButton->setEnabled(!adding && !m_ui->fileEdit->property("path").toString().isEmpty());
    m_ui->browseButton->setEnabled(!adding);
    m_ui->vendorCombo->setEnabled(!adding);
    m_ui->versionEdit->setEnabled(!adding);
    m_ui->modelsList->setEnabled(!adding);
}

void FirmwareDialog::reject()
{
    // Closing while a file is stored stops it: nothing is kept.
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
    QDialog::reject();
}

} // namespace PhoneDesk
