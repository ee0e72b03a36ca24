#include "screenshottour.h"

#include "basesettingseditor.h"
#include "basesettingsrepository.h"
#include "checkedfile.h"
#include "mainwindow.h"
#include "modelcatalog.h"
#include "pendingconfigwatcher.h"
#include "phoneeditor.h"
#include "phonefilterproxymodel.h"
#include "phonerepository.h"
#include "phonetablemodel.h"
#include "storage.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTabWidget>
#include <QTreeView>

namespace PhoneDesk {

namespace {
void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool save(QWidget *widget, const QString &path, QStringList &files, QString *error)
{
    settle();
    // Encoded in memory, then written through a CheckedFile: QImage::save() reports success for a
    // PNG cut short by a full disk, and Qt's PNG writer leaks its row table when libpng gives up
    // on a device that fails mid-image.
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    CheckedFile file(path);
    Result<void> written = file.open();
    if (written && !widget->grab().save(&buffer, "PNG"))
        written = Error::make(Error::Code::WriteFailed,
                              QApplication::translate("PhoneDesk::ScreenshotTour",
                                                      "Could not write %1: the image could not be encoded.")
                                  .arg(QDir::toNativeSeparators(path)));
    if (written)
        written = file.write(png);
    if (written)
        written = file.commit();
    if (!written) {
        file.cancel();
        if (error)
            *error = written.error().fullText();
        return false;
    }
    files.append(path);
    return true;
}
} // namespace

QStringList takeScreenshots(MainWindow &window, Storage &storage, const QString &directory, QString *error)
{
    QStringList files;
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = QApplication::translate("PhoneDesk::ScreenshotTour", "Could not create the folder %1.")
                         .arg(QDir::toNativeSeparators(directory));
        return files;
    }
    const QDir dir(directory);
    window.resize(1640, 760); // wide enough for every column, Configuration included
    window.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(0);

    // "Configuration: Pending" is worked out in the background: wait for it (a few seconds at most).
    QElapsedTimer waited;
    waited.start();
    while (!window.pendingConfigWatcher()->isReady() && waited.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);

    // Phones: managed phones of one site whose name contains "vvx".
    auto *site = window.findChild<QComboBox *>(QStringLiteral("siteFilterCombo"));
    auto *category = window.findChild<QComboBox *>(QStringLiteral("categoryFilterCombo"));
    if (site->count() > 1)
        site->setCurrentIndex(1);
    category->setCurrentIndex(category->findData(int(PhoneCategory::Managed)));
    window.findChild<QLineEdit *>(QStringLiteral("nameFilterEdit"))->setText(QStringLiteral("vvx"));
    window.phoneView()->selectionModel()->select(window.phoneProxy()->index(0, 0),
                                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (!save(&window, dir.filePath(QStringLiteral("phones-filtered.png")), files, error))
        return files;

    // Phone editor: the phone with the most line keys.
    Id best = 0;
    qsizetype most = -1;
    const auto rows = storage.phones().list();
    if (rows) {
        for (const PhoneRow &row : *rows) {
            if (row.category != PhoneCategory::Managed)
                continue;
            const auto phone = storage.phones().get(row.id);
            if (phone && phone->lineKeys.size() > most) {
                most = phone->lineKeys.size();
                best = row.id;
            }
        }
    }
    if (best) {
        PhoneEditor editor(storage, best, &window);
        editor.resize(760, 560);
        editor.show();
        editor.findChild<QTabWidget *>(QStringLiteral("phoneEditorTabs"))->setCurrentIndex(1);
        if (!save(&editor, dir.filePath(QStringLiteral("phone-editor-line-keys.png")), files, error))
            return files;
        editor.findChild<QTabWidget *>(QStringLiteral("phoneEditorTabs"))->setCurrentIndex(0);
        if (!save(&editor, dir.filePath(QStringLiteral("phone-editor-general.png")), files, error))
            return files;
        // The exact file the provisioning server serves this phone.
        auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("phoneEditorTabs"));
        tabs->setCurrentIndex(tabs->count() - 1);
        if (!save(&editor, dir.filePath(QStringLiteral("phone-editor-configuration.png")), files, error))
            return files;
    }

    // Base settings editor: the profile most phones use, on its Media / QoS page.
    const auto profiles = storage.baseSettings().list();
    if (profiles && !profiles->isEmpty()) {
        // Prefer a provisioned desk phone profile: it shows the most categories.
        auto score = [](const BaseSettingsSummary &s) {
            const PhoneModel *model = ModelCatalog::builtin().find(s.settings.modelId);
            return (model && model->has(Capability::Provisions) ? 100000 : 0) + s.phoneCount;
        };
        const auto top = std::max_element(profiles->cbegin(), profiles->cend(),
                                          [&](const auto &a, const auto &b) { return score(a) < score(b); });
        BaseSettingsEditor editor(storage, top->settings, &window);
        editor.resize(800, 680);
        editor.show();
        auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("categoryTabs"));
        if (tabs && tabs->count() > 1)
            tabs->setCurrentIndex(1);
        if (!save(&editor, dir.filePath(QStringLiteral("base-settings-editor.png")), files, error))
            return files;
    }

    // Provisioning: the server settings and the unknown phones waiting to be claimed.
    const auto settingsDialog = window.createProvisioningSettingsDialog();
    settingsDialog->show();
    if (!save(settingsDialog.get(), dir.filePath(QStringLiteral("provisioning-settings.png")), files, error))
        return files;
    settingsDialog->hide();
    const auto quarantine = window.createQuarantineDialog();
    quarantine->resize(1000, 320);
    quarantine->show();
    if (!save(quarantine.get(), dir.filePath(QStringLiteral("provisioning-quarantine.png")), files, error))
        return files;
    return files;
}

} // namespace PhoneDesk
