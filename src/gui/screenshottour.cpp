#include "screenshottour.h"

#include "basesettingseditor.h"
#include "basesettingsrepository.h"
#include "checkedfile.h"
#include "firmwaredialog.h"
#include "mainwindow.h"
#include "modelcatalog.h"
#include "pendingconfigwatcher.h"
#include "phoneeditor.h"
#include "phonefilterproxymodel.h"
#include "phonerepository.h"
#include "phonetablemodel.h"
#include "rolloutdialog.h"
#include "statecolors.h"
#include "storage.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPalette>
#include <QScopeGuard>
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

// The managed phone with the most line keys (0: none).
Id phoneWithMostKeys(Storage &storage)
{
    Id best = 0;
    qsizetype most = -1;
    const auto rows = storage.phones().list();
    if (!rows)
        return 0;
    for (const PhoneRow &row : *rows) {
        if (row.category != PhoneCategory::Managed)
            continue;
        const auto phone = storage.phones().get(row.id);
        if (phone && phone->lineKeys.size() > most) {
            most = phone->lineKeys.size();
            best = row.id;
        }
    }
    return best;
}

// The profile most phones use, preferring a provisioned desk phone's: it shows the most categories.
std::optional<BaseSettings> mostUsedProfile(Storage &storage)
{
    const auto profiles = storage.baseSettings().list();
    if (!profiles || profiles->isEmpty())
        return std::nullopt;
    auto score = [](const BaseSettingsSummary &s) {
        const PhoneModel *model = ModelCatalog::builtin().find(s.settings.modelId);
        return (model && model->has(Capability::Provisions) ? 100000 : 0) + s.phoneCount;
    };
    const auto top = std::max_element(profiles->cbegin(), profiles->cend(),
                                      [&](const auto &a, const auto &b) { return score(a) < score(b); });
    return top->settings;
}

// The base settings editor on its Media / QoS page.
bool shootBaseSettings(Storage &storage, QWidget *parent, const QString &path, QStringList &files,
                       QString *error)
{
    const std::optional<BaseSettings> profile = mostUsedProfile(storage);
    if (!profile)
        return true;
    BaseSettingsEditor editor(storage, *profile, parent);
    editor.resize(800, 680);
    editor.show();
    auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("categoryTabs"));
    if (tabs && tabs->count() > 1)
        tabs->setCurrentIndex(1);
    return save(&editor, path, files, error);
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
    const Id best = phoneWithMostKeys(storage);
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
    if (!shootBaseSettings(storage, &window, dir.filePath(QStringLiteral("base-settings-editor.png")), files,
                           error))
        return files;

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
    quarantine->hide();

    // The firmware library, when the database has one (the demo has none).
    FirmwareDialog firmware(storage, &window);
    if (!firmware.images().isEmpty()) {
        firmware.resize(900, 480);
        firmware.show();
        if (!save(&firmware, dir.filePath(QStringLiteral("firmware-library.png")), files, error))
            return files;
        firmware.hide();
    }
    // Firmware rollouts, when there are any.
    RolloutDialog rollouts(storage, {}, &window);
    if (!rollouts.rollouts().isEmpty()) {
        rollouts.resize(1100, 560);
        rollouts.show();
        if (!save(&rollouts, dir.filePath(QStringLiteral("firmware-rollouts.png")), files, error))
            return files;
        rollouts.hide();
    }

    // The window at the smallest size it is made for, then in a dark palette (Fusion, as a dark
    // desktop theme sets it): the table, the phone editor and the base settings editor.
    window.resize(1024, 700);
    if (!save(&window, dir.filePath(QStringLiteral("phones-1024x700.png")), files, error))
        return files;
    const QPalette light = QApplication::palette();
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(StateColors::darkPalette());
    const auto restore = qScopeGuard([&light] { QApplication::setPalette(light); });
    if (!save(&window, dir.filePath(QStringLiteral("phones-dark.png")), files, error))
        return files;
    if (best) {
        PhoneEditor editor(storage, best, &window);
        editor.resize(760, 560);
        editor.show();
        if (!save(&editor, dir.filePath(QStringLiteral("phone-editor-dark.png")), files, error))
            return files;
    }
    shootBaseSettings(storage, &window, dir.filePath(QStringLiteral("base-settings-editor-dark.png")), files,
                      error);
    return files;
}

} // namespace PhoneDesk
