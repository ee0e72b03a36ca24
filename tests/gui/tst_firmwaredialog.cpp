// Manage > Firmware… under QT_QPA_PLATFORM=offscreen on an SQLite file: a file chosen through the
// file dialog is checked and stored in a worker thread while the window keeps serving events, the
// list shows vendor, models, version, size and the phones on each image, refusals are shown, and
// an image in use cannot be removed.

#include "activitypage.h"
#include "basesettingsrepository.h"
#include "filedialog.h"
#include "firmwaredialog.h"
#include "firmwarefiles.h"
#include "firmwarerepository.h"
#include "guitest.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "statusrepository.h"
#include "storage.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
const QString YealinkName = QStringLiteral("T46U(T43U,T46U,T41U,T48U,T42U,T44U,T44W)-108.86.0.90.rom");
} // namespace

class TestFirmwareDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addingABigFileKeepsTheWindowServing();
    void listShowsModelsSizeAndPhones();
    void refusalIsShownAndNothingKept();
    void removeInUseIsRefusedThenUnusedIsRemoved();
    void viewersSeeTheLibraryOnly();
    void manageMenuOpensIt();

private:
    QString file(const QString &name, const QByteArray &bytes);
    bool addThroughTheDialog(FirmwareDialog &dialog, const QString &path, QString *error = nullptr);

    TestDatabase m_db;
    Storage *s = nullptr;
    std::unique_ptr<QTemporaryDir> m_files;
};

void TestFirmwareDialog::init()
{
    QString error;
    m_db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    s = m_db.storage.get();
    s->setActor(QStringLiteral("tester"), Role::Administrator);
    m_files = std::make_unique<QTemporaryDir>();
    MessageBox::takeShownTexts();
}

void TestFirmwareDialog::cleanup()
{
    QVERIFY(!MessageBox::hasQueuedAnswers());
    s = nullptr;
    m_db = TestDatabase();
    m_files.reset();
}

QString TestFirmwareDialog::file(const QString &name, const QByteArray &bytes)
{
    return writeFile(m_files->path(), name, bytes);
}

bool TestFirmwareDialog::addThroughTheDialog(FirmwareDialog &dialog, const QString &path, QString *error)
{
    FileDialog::queueFileName(path);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("browseButton")), Qt::LeftButton);
    QSignalSpy finished(&dialog, &FirmwareDialog::addFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    if (!finished.wait(60000))
        return false;
    if (error)
        *error = finished.first().first().toString();
    return finished.first().first().toString().isEmpty();
}

void TestFirmwareDialog::addingABigFileKeepsTheWindowServing()
{
    const QByteArray bytes = binaryImage(60 * 1024 * 1024, 1);
    const QString path = file(YealinkName, bytes);
    FirmwareDialog dialog(*s);
    dialog.show();
    FileDialog::queueFileName(path);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("browseButton")), Qt::LeftButton);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("versionEdit"))->text(),
             QStringLiteral("108.86.0.90"));
    auto *models = dialog.findChild<QListWidget *>(QStringLiteral("modelsList"));
    QStringList ticked;
    for (int i = 0; i < models->count(); ++i) {
        if (models->item(i)->checkState() == Qt::Checked)
            ticked.append(models->item(i)->data(Qt::UserRole).toString());
    }
    QCOMPARE(ticked,
             (QStringList {QStringLiteral("yealink-t43u"), QStringLiteral("yealink-t46u"),
                           QStringLiteral("yealink-t48u")}));

    QSignalSpy progress(&dialog, &FirmwareDialog::addProgress);
    QSignalSpy finished(&dialog, &FirmwareDialog::addFinished);
    // A timer of the GUI thread: it fires while the file is stored only if the thread is free.
    int ticksWhileAdding = 0;
    QTimer tick;
    tick.setInterval(1);
    connect(&tick, &QTimer::timeout, this, [&] {
        if (dialog.isAdding())
            ++ticksWhileAdding;
    });
    tick.start();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    QVERIFY(dialog.isAdding());
    QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("progressBar"))->isVisible());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("addButton"))->isEnabled());
    QVERIFY(finished.wait(120000));
    tick.stop();
    QCOMPARE(finished.first().first().toString(), QString());
    QVERIFY2(ticksWhileAdding > 0, "the GUI thread served no timer while the file was added");
    QVERIFY(progress.size() > 2);
    QCOMPARE(progress.last().first().toInt(), 100);
    QVERIFY(!dialog.findChild<QProgressBar *>(QStringLiteral("progressBar"))->isVisible());
    QCOMPARE(dialog.images().size(), 1);
    QCOMPARE(dialog.images().first().size, bytes.size());
    QCOMPARE(FirmwareRepository(*s).read(dialog.images().first().id, bytes.size() - 3, 3).value(),
             bytes.right(3));
}

void TestFirmwareDialog::listShowsModelsSizeAndPhones()
{
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    const Site berlin = *s->sites().create(site);
    const BaseSettings t48u =
        *s->baseSettings().create({0, QStringLiteral("T48U"), QStringLiteral("yealink-t48u"), {}, {}, 1});
    Phone p;
    p.name = QStringLiteral("Reception");
    p.category = PhoneCategory::Managed;
    p.baseSettingsId = t48u.id;
    p.siteId = berlin.id;
    p.hardwareId = QStringLiteral("805ec0000002");
    const Phone phone = *s->phones().create(p);
    QVERIFY(
        s->status().recordFetch(phone.id,
                                {QDateTime::currentDateTimeUtc(), QStringLiteral("192.0.2.8"),
                                 QStringLiteral("ua"), QStringLiteral("108.86.0.90"), QStringLiteral("h")}));
    FirmwareDialog dialog(*s);
    dialog.show();
    QString error;
    QVERIFY2(addThroughTheDialog(dialog, file(YealinkName, binaryImage(3 * 1024 * 1024, 2)), &error),
             qPrintable(error));
    auto *view = dialog.findChild<QTreeWidget *>(QStringLiteral("imagesView"));
    QCOMPARE(view->topLevelItemCount(), 1);
    const QTreeWidgetItem *row = view->topLevelItem(0);
    QCOMPARE(row->text(0), QStringLiteral("Yealink"));
    QCOMPARE(row->text(1), QStringLiteral("108.86.0.90"));
    QCOMPARE(row->text(2), QStringLiteral("T43U, T46U, T48U"));
    QVERIFY2(row->text(3).contains(QLatin1String("3.0")), qPrintable(row->text(3)));
    QCOMPARE(row->text(4), QStringLiteral("1"));
    QCOMPARE(row->text(5), YealinkName);
    QVERIFY(row->isSelected());
}

void TestFirmwareDialog::refusalIsShownAndNothingKept()
{
    FirmwareDialog dialog(*s);
    dialog.show();
    // A Poly application whose models were not ticked and whose name gives no version.
    MessageBox::queueAnswer(QMessageBox::Ok);
    QString error;
    QVERIFY(!addThroughTheDialog(dialog, file(QStringLiteral("3111-48840-001.sip.ld"), binaryImage(5000, 3)),
                                 &error));
    QVERIFY2(error.contains(QLatin1String("3111-48840-001.sip.ld")), qPrintable(error));
    const QStringList shown = MessageBox::takeShownTexts();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first(), error);
    QVERIFY(dialog.images().isEmpty());
    // With a version and a model it goes in.
    FileDialog::queueFileName(file(QStringLiteral("sip.ld"), binaryImage(5000, 4)));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("browseButton")), Qt::LeftButton);
    dialog.findChild<QLineEdit *>(QStringLiteral("versionEdit"))->setText(QStringLiteral("6.4.6.2156"));
    auto *models = dialog.findChild<QListWidget *>(QStringLiteral("modelsList"));
    const QList<QListWidgetItem *> vvx450 =
        models->findItems(QStringLiteral("Poly VVX 450"), Qt::MatchExactly);
    QCOMPARE(vvx450.size(), 1);
    vvx450.first()->setCheckState(Qt::Checked);
    QSignalSpy finished(&dialog, &FirmwareDialog::addFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toString(), QString());
    QCOMPARE(dialog.images().size(), 1);
    QCOMPARE(dialog.images().first().models, QStringList {QStringLiteral("poly-vvx-450")});
}

void TestFirmwareDialog::removeInUseIsRefusedThenUnusedIsRemoved()
{
    FirmwareDialog dialog(*s);
    dialog.show();
    QVERIFY(addThroughTheDialog(dialog, file(YealinkName, binaryImage(4000, 5))));
    auto profile = s->baseSettings().create(
        {0,
         QStringLiteral("Lobby"),
         QStringLiteral("yealink-t46u"),
         {},
         {{QStringLiteral("provisioning.firmwareVersion"), QStringLiteral("108.86.0.90")}},
         1});
    QVERIFY(profile);
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeButton"));
    QVERIFY(remove->isEnabled());
    MessageBox::queueChoice(0); // Remove
    MessageBox::queueAnswer(QMessageBox::Ok); // the refusal
    QTest::mouseClick(remove, Qt::LeftButton);
    const QStringList shown = MessageBox::takeShownTexts();
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown.at(1).contains(QLatin1String("\"Lobby\"")), qPrintable(shown.at(1)));
    QCOMPARE(dialog.images().size(), 1);

    BaseSettings changed = *s->baseSettings().get(profile->id);
    changed.values.remove(QStringLiteral("provisioning.firmwareVersion"));
    QVERIFY(s->baseSettings().update(changed));
    MessageBox::queueChoice(0);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(MessageBox::takeShownTexts().size(), 1); // the question only
    QVERIFY(dialog.images().isEmpty());
    // Said from what was removed, not from the list the removal's change notice reloaded.
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text(),
             QStringLiteral("Removed %1.").arg(YealinkName));
    QCOMPARE(FirmwareRepository(*s).list()->size(), 0);
    // The activity log says it in words.
    QCOMPARE(ActivityPage::actionText(QStringLiteral("firmware.add")),
             QStringLiteral("Firmware added to the library"));
    QCOMPARE(ActivityPage::actionText(QStringLiteral("firmware.remove")),
             QStringLiteral("Firmware removed from the library"));
}

void TestFirmwareDialog::viewersSeeTheLibraryOnly()
{
    QVERIFY(FirmwareRepository(*s).add({file(YealinkName, binaryImage(4000, 6)), std::nullopt, {}, {}}));
    s->setActor(QStringLiteral("viewer"), Role::Viewer);
    FirmwareDialog dialog(*s);
    dialog.show();
    QCOMPARE(dialog.images().size(), 1);
    QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("addGroup"))->isVisible());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("removeButton"))->isVisible());
}

void TestFirmwareDialog::manageMenuOpensIt()
{
    MainWindow window(*s);
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("actionFirmware"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    bool opened = false;
    onModal<FirmwareDialog>(QStringLiteral("firmwareDialog"), [&](FirmwareDialog *dialog) {
        opened = true;
        dialog->reject();
    });
    action->trigger();
    QVERIFY(opened);
}

QTEST_MAIN(TestFirmwareDialog)
#include "tst_firmwaredialog.moc"
