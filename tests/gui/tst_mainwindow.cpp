// Drives the real MainWindow by objectName and action name: add, filter, edit, conflict,
// migrate, delete, export, and what a Viewer cannot do. Modal dialogs are handled through
// onModal() and the MessageBox / FileDialog seams; nothing sleeps.
#include "basesettingsrepository.h"
#include "demodata.h"
#include "filedialog.h"
#include "guitest.h"
#include "macaddress.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "modelcatalog.h"
#include "phoneeditor.h"
#include "phonefilterproxymodel.h"
#include "phonerepository.h"
#include "phonetablemodel.h"
#include "quarantinerepository.h"
#include "quarantineview.h"
#include "siterepository.h"
#include "statusicons.h"
#include "testsupport.h"
#include "userrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>

using namespace PhoneDesk;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addManagedPhoneWithLineKeys();
    void invalidFieldsBlockSaving();
    void filtersFromTheFilterBar();
    void editPhone();
    void conflictOverwrite();
    void conflictReload();
    void migrateBaseSettings();
    void migrateWithoutSelectionSaysAllShown();
    void deleteAsksOnceForSeveral();
    void filterDropsHiddenSelection();
    void confirmationsNameThePhonesAndTheAction();
    void exportShownPhones();
    void importOpensTheWizard();
    void keyboardBasics();
    void lineKeyLimitSaysWhy();
    void viewerCannotChangeAnything();
    void columnLayoutIsRemembered();
    void toolbarActionsHaveIcons();
    void columnsFitTheirTexts();
    void smallWindowKeepsFilterAndColumns();
    void oversizedGeometryIsFitted();
    void demoQuarantineIsListed();
    void pendingConfigurationFilter();
    void listTabsHaveSearch();
    void helpMenuOpensGuideAndShortcuts();
    void openPhoneWebPage();
    void baseSettingsEditSaysSaved();
    void detailsPaneShowsTheSelectedPhone();
    void bulkSetSiteAndUser();

private:
    QAction *act(const char *name) const { return m_window->action(QString::fromLatin1(name)); }
    template<typename T> T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    Id phoneIdByName(const QString &name);
    void selectPhones(const QList<Id> &ids);
    Id profileFor(const QString &modelId);

    Test::TestDatabase m_db;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
void selectComboData(QComboBox *combo, const QVariant &data)
{
    const int at = combo->findData(data);
    QVERIFY2(
        at >= 0,
        qPrintable(QStringLiteral("no item with data %1 in %2").arg(data.toString(), combo->objectName())));
    combo->setCurrentIndex(at);
}

QLabel *errorLabel(QWidget *dialog, const QString &field)
{
    return dialog->findChild<QLabel *>(field + QStringLiteral("Error"));
}

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}
} // namespace

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PhoneDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    QString error;
    m_db = Test::createDatabase(Test::Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    m_db.storage->setActor(QStringLiteral("tester"), Role::Administrator);
    auto demo = populateDemoData(*m_db.storage);
    QVERIFY(demo.ok());
    m_window = std::make_unique<MainWindow>(*m_db.storage);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    MessageBox::takeShownTexts();
}

void TestMainWindow::cleanup()
{
    QVERIFY(!MessageBox::hasQueuedAnswers());
    m_window.reset();
    m_db = {};
}

Id TestMainWindow::phoneIdByName(const QString &name)
{
    auto phone = m_db.storage->phones().findByName(name);
    return phone.ok() && phone->has_value() ? (*phone)->id : 0;
}

Id TestMainWindow::profileFor(const QString &modelId)
{
    auto list = m_db.storage->baseSettings().list();
    for (const BaseSettingsSummary &s : *list) {
        if (s.settings.modelId == modelId)
            return s.settings.id;
    }
    return 0;
}

void TestMainWindow::selectPhones(const QList<Id> &ids)
{
    QTreeView *view = m_window->phoneView();
    view->clearSelection();
    for (const Id id : ids) {
        const QModelIndex index = m_window->phoneProxy()->mapFromSource(
            m_window->phoneModel()->index(m_window->phoneModel()->rowOf(id), 0));
        QVERIFY(index.isValid());
        view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TestMainWindow::addManagedPhoneWithLineKeys()
{
    const Id profile = profileFor(QStringLiteral("poly-vvx-450"));
    QVERIFY(profile);
    auto sites = m_db.storage->sites().list();
    const Id site = sites->first().id;
    bool checked = false;
    Test::onModal<PhoneEditor>(QStringLiteral("phoneEditor"), [&](PhoneEditor *editor) {
        // Empty: not valid yet, but nothing typed, so no message yet (OK would show them).
        QVERIFY(!editor->errors().isEmpty());
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("nameError"))->isHidden());
        editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Front Desk 1"));
        selectComboData(editor->findChild<QComboBox *>(QStringLiteral("categoryCombo")),
                        int(PhoneCategory::Managed));
        selectComboData(editor->findChild<QComboBox *>(QStringLiteral("baseSettingsCombo")), profile);
        selectComboData(editor->findChild<QComboBox *>(QStringLiteral("siteCombo")), site);
        editor->findChild<QLineEdit *>(QStringLiteral("hardwareIdEdit"))
            ->setText(QStringLiteral("00-04-f2-12-34-56"));

        auto *keys = editor->findChild<QTableWidget *>(QStringLiteral("lineKeyTable"));
        auto *add = editor->findChild<QPushButton *>(QStringLiteral("addLineKeyButton"));
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(keys->rowCount(), 3);
        keys->item(0, 1)->setText(QStringLiteral("Line 1"));
        selectComboData(qobject_cast<QComboBox *>(keys->cellWidget(1, 0)), int(LineKeyType::SpeedDial));
        keys->item(1, 1)->setText(QStringLiteral("Helpdesk"));
        keys->item(1, 2)->setText(QStringLiteral("+4930123456"));
        selectComboData(qobject_cast<QComboBox *>(keys->cellWidget(2, 0)), int(LineKeyType::Blf));
        keys->item(2, 1)->setText(QStringLiteral("Reception"));
        keys->item(2, 2)->setText(QStringLiteral("1000"));
        // Reorder: the BLF key moves up to position 2.
        keys->setCurrentCell(2, 1);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("moveLineKeyUpButton")),
                          Qt::LeftButton);
        QCOMPARE(keys->item(1, 1)->text(), QStringLiteral("Reception"));

        QVERIFY2(okButton(editor)->isEnabled(),
                 qPrintable(editor->errors().isEmpty() ? QString() : editor->errors().first().message));
        checked = true;
        QTest::mouseClick(okButton(editor), Qt::LeftButton);
    });
    act("actionAddPhone")->trigger();
    QVERIFY(checked);

    auto saved = m_db.storage->phones().findByName(QStringLiteral("Front Desk 1"));
    QVERIFY(saved.ok() && saved->has_value());
    const Phone &phone = **saved;
    QCOMPARE(phone.hardwareId, QStringLiteral("0004f2123456")); // normalised
    QCOMPARE(phone.lineKeys.size(), 3);
    QCOMPARE(phone.lineKeys.at(1).type, LineKeyType::Blf);
    QCOMPARE(phone.lineKeys.at(1).index, 2);
    QCOMPARE(phone.lineKeys.at(2).type, LineKeyType::SpeedDial);
    QCOMPARE(phone.lineKeys.at(2).value, QStringLiteral("+4930123456"));
    // The table shows it at once and selects it.
    QVERIFY(m_window->phoneModel()->rowOf(phone.id) >= 0);
    QCOMPARE(m_window->phoneView()->currentIndex().data().toString(), QStringLiteral("Front Desk 1"));
}

void TestMainWindow::invalidFieldsBlockSaving()
{
    const Id profile = profileFor(QStringLiteral("poly-vvx-150")); // 2 line keys
    const Id existing = m_window->phoneModel()->phoneRow(0).id;
    const QString existingName = m_window->phoneModel()->phoneRow(0).name;
    // A managed phone whose MAC the new phone will try to take.
    Id macPhone = 0;
    for (int r = 0; r < m_window->phoneModel()->rowCount() && !macPhone; ++r) {
        const PhoneRow &row = m_window->phoneModel()->phoneRow(r);
        if (row.category == PhoneCategory::Managed && !row.hardwareId.isEmpty())
            macPhone = row.id;
    }
    QVERIFY(macPhone);
    bool checked = false;
    Test::onModal<PhoneEditor>(QStringLiteral("phoneEditor"), [&](PhoneEditor *editor) {
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        selectComboData(editor->findChild<QComboBox *>(QStringLiteral("baseSettingsCombo")), profile);
        name->setText(QStringLiteral("x")); // typed, then erased: a new phone's empty name is named
        name->clear();
        QVERIFY(errorLabel(editor, QStringLiteral("name"))->isVisibleTo(editor));
        QVERIFY(errorLabel(editor, QStringLiteral("name"))->text().contains(QStringLiteral("Name")));
        QVERIFY(!okButton(editor)->isEnabled());
        name->setText(QStringLiteral("Valid name"));

        auto *mac = editor->findChild<QLineEdit *>(QStringLiteral("hardwareIdEdit"));
        mac->setText(QStringLiteral("00:04:F2:ZZ:00:01"));
        QVERIFY(
            errorLabel(editor, QStringLiteral("hardwareId"))->text().contains(QStringLiteral("Hardware ID")));
        QVERIFY(!okButton(editor)->isEnabled());
        mac->setText(QStringLiteral("00:04:F2:12:00:01"));

        auto *address = editor->findChild<QLineEdit *>(QStringLiteral("networkAddressEdit"));
        address->setText(QStringLiteral("not a host!"));
        QVERIFY(errorLabel(editor, QStringLiteral("networkAddress"))
                    ->text()
                    .contains(QStringLiteral("Network address")));
        QVERIFY(!okButton(editor)->isEnabled());
        address->clear();

        // A speed dial without a number, then a third key on a two-key model.
        auto *keys = editor->findChild<QTableWidget *>(QStringLiteral("lineKeyTable"));
        auto *add = editor->findChild<QPushButton *>(QStringLiteral("addLineKeyButton"));
        keys->setRowCount(0);
        QTest::mouseClick(add, Qt::LeftButton);
        selectComboData(qobject_cast<QComboBox *>(keys->cellWidget(0, 0)), int(LineKeyType::SpeedDial));
        QVERIFY(
            errorLabel(editor, QStringLiteral("lineKeys"))->text().contains(QStringLiteral("Line key 1")));
        QVERIFY(!okButton(editor)->isEnabled());
        keys->item(0, 2)->setText(QStringLiteral("+15551234567"));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(!add->isEnabled()); // the model's maximum is reached

        // Remote category: the remote number is required and named.
        selectComboData(editor->findChild<QComboBox *>(QStringLiteral("categoryCombo")),
                        int(PhoneCategory::Remote));
        QVERIFY(!okButton(editor)->isEnabled());
        bool named = false;
        for (const FieldError &e : editor->errors())
            named = named || e.message.contains(QStringLiteral("Base settings")) ||
                e.message.contains(QStringLiteral("Remote"));
        QVERIFY(named);
        selectComboData(editor->findChild<QComboBox *>(QStringLiteral("categoryCombo")),
                        int(PhoneCategory::Managed));
        selectComboData(editor->findChild<QComboBox *>(QStringLiteral("baseSettingsCombo")), profile);

        // Another phone's name or hardware ID shows as you type, naming that phone, like every
        // other field error (not after OK, in a pop-up).
        QVERIFY(okButton(editor)->isEnabled());
        name->setText(existingName);
        QVERIFY2(errorLabel(editor, QStringLiteral("name"))->text().contains(existingName),
                 qPrintable(errorLabel(editor, QStringLiteral("name"))->text()));
        QVERIFY(!okButton(editor)->isEnabled());
        name->setText(QStringLiteral("Valid name"));
        QVERIFY(okButton(editor)->isEnabled());
        const Phone taken = *m_db.storage->phones().get(macPhone);
        mac->setText(MacAddress::format(taken.hardwareId).toLower().replace(u':', u'-')); // typed another way
        QVERIFY2(errorLabel(editor, QStringLiteral("hardwareId"))->text().contains(taken.name),
                 qPrintable(errorLabel(editor, QStringLiteral("hardwareId"))->text()));
        QVERIFY(!okButton(editor)->isEnabled());
        mac->setText(QStringLiteral("00:04:F2:12:00:01"));
        QVERIFY(okButton(editor)->isEnabled());
        checked = true;
        editor->reject();
    });
    act("actionAddPhone")->trigger();
    QVERIFY(checked);
    QVERIFY(!phoneIdByName(QStringLiteral("Valid name")));
    QCOMPARE(m_db.storage->phones().get(existing)->name, existingName);
}

void TestMainWindow::filtersFromTheFilterBar()
{
    auto rows = m_db.storage->phones().list();
    QVERIFY(rows.ok());
    const PhoneRow sample = rows->at(10);
    auto count = [&](auto predicate) {
        int n = 0;
        for (const PhoneRow &r : *rows)
            n += predicate(r) ? 1 : 0;
        return n;
    };
    auto *proxy = m_window->phoneProxy();
    auto *name = child<QLineEdit>("nameFilterEdit");
    auto *site = child<QComboBox>("siteFilterCombo");
    auto *profile = child<QComboBox>("baseSettingsFilterCombo");
    auto *status = child<QComboBox>("statusFilterCombo");
    auto *category = child<QComboBox>("categoryFilterCombo");
    auto *model = child<QComboBox>("modelFilterCombo");

    // Name, as you type, case-insensitive substring.
    m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(0);
    act("actionFindPhone")->trigger();
    QTest::keyClicks(name, QStringLiteral("vVx"));
    QCOMPARE(proxy->rowCount(), count([](const PhoneRow &r) {
                 return r.name.contains(QStringLiteral("vvx"), Qt::CaseInsensitive) ||
                     r.hardwareId.contains(QStringLiteral("vvx"), Qt::CaseInsensitive);
             }));
    QVERIFY(proxy->rowCount() > 0);
    act("actionClearFilters")->trigger();
    QCOMPARE(proxy->rowCount(), int(rows->size()));

    selectComboData(site, sample.siteId);
    QCOMPARE(proxy->rowCount(), count([&](const PhoneRow &r) { return r.siteId == sample.siteId; }));
    act("actionClearFilters")->trigger();
    selectComboData(profile, sample.baseSettingsId);
    QCOMPARE(proxy->rowCount(),
             count([&](const PhoneRow &r) { return r.baseSettingsId == sample.baseSettingsId; }));
    act("actionClearFilters")->trigger();
    selectComboData(category, int(PhoneCategory::WebRtc));
    QCOMPARE(proxy->rowCount(),
             count([&](const PhoneRow &r) { return r.category == PhoneCategory::WebRtc; }));
    act("actionClearFilters")->trigger();
    selectComboData(model, sample.modelId);
    QCOMPARE(proxy->rowCount(), count([&](const PhoneRow &r) { return r.modelId == sample.modelId; }));
    act("actionClearFilters")->trigger();
    selectComboData(status, int(PhoneStatus::Online));
    QCOMPARE(proxy->rowCount(), 0); // nothing probed yet
    selectComboData(status, int(PhoneStatus::Unknown));
    QCOMPARE(proxy->rowCount(), int(rows->size()));

    // Several at once, and the counts per status follow the other criteria.
    act("actionClearFilters")->trigger();
    selectComboData(site, sample.siteId);
    selectComboData(category, int(sample.category));
    QTest::keyClicks(name, sample.name.left(4));
    const int expected = count([&](const PhoneRow &r) {
        return r.siteId == sample.siteId && r.category == sample.category &&
            (r.name.contains(sample.name.left(4), Qt::CaseInsensitive) ||
             r.hardwareId.contains(sample.name.left(4), Qt::CaseInsensitive));
    });
    QVERIFY(expected > 0);
    QCOMPARE(proxy->rowCount(), expected);
    QCOMPARE(child<QLabel>("statusCount:unknown")->text(),
             QStringLiteral("%1 %2").arg(displayName(PhoneStatus::Unknown)).arg(expected));
    QVERIFY(child<QLabel>("shownLabel")
                ->text()
                .startsWith(QStringLiteral("%1 of %2").arg(expected).arg(rows->size())));

    act("actionClearFilters")->trigger();
    QVERIFY(name->text().isEmpty());
    QCOMPARE(site->currentIndex(), 0);
    QCOMPARE(category->currentIndex(), 0);
    QCOMPARE(proxy->rowCount(), int(rows->size()));
}

void TestMainWindow::editPhone()
{
    const PhoneRow row = m_window->phoneModel()->phoneRow(3);
    selectPhones({row.id});
    Test::onModal<PhoneEditor>(QStringLiteral("phoneEditor"), [&](PhoneEditor *editor) {
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QCOMPARE(name->text(), row.name);
        name->setText(row.name + QStringLiteral(" (edited)"));
        editor->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))
            ->setPlainText(QStringLiteral("Moved to room 4"));
        QTest::mouseClick(okButton(editor), Qt::LeftButton);
    });
    act("actionEditPhone")->trigger();
    auto phone = m_db.storage->phones().get(row.id);
    QVERIFY(phone.ok());
    QCOMPARE(phone->name, row.name + QStringLiteral(" (edited)"));
    QCOMPARE(phone->description, QStringLiteral("Moved to room 4"));
    QCOMPARE(phone->version, row.version + 1);
    QCOMPARE(m_window->phoneModel()->phoneRow(m_window->phoneModel()->rowOf(row.id)).name, phone->name);
}

void TestMainWindow::conflictOverwrite()
{
    const PhoneRow row = m_window->phoneModel()->phoneRow(4);
    auto other = Test::openAgain(m_db);
    QVERIFY(other);
    other->setActor(QStringLiteral("colleague"), Role::Administrator);
    selectPhones({row.id});
    Test::onModal<PhoneEditor>(QStringLiteral("phoneEditor"), [&](PhoneEditor *editor) {
        // Someone else saves the same phone while this editor is open.
        auto theirs = other->phones().get(row.id);
        theirs->description = QStringLiteral("their change");
        QVERIFY(other->phones().update(*theirs).ok());

        editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Mine"));
        MessageBox::queueChoice(1); // Overwrite
        QTest::mouseClick(okButton(editor), Qt::LeftButton);
    });
    act("actionEditPhone")->trigger();
    const QStringList shown = MessageBox::takeShownTexts();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QStringLiteral("colleague")), qPrintable(shown.first()));
    auto phone = m_db.storage->phones().get(row.id);
    QCOMPARE(phone->name, QStringLiteral("Mine"));
    QCOMPARE(phone->version, row.version + 2);
}

void TestMainWindow::conflictReload()
{
    const PhoneRow row = m_window->phoneModel()->phoneRow(5);
    auto other = Test::openAgain(m_db);
    QVERIFY(other);
    other->setActor(QStringLiteral("colleague"), Role::Administrator);
    selectPhones({row.id});
    bool stayedOpen = false;
    Test::onModal<PhoneEditor>(QStringLiteral("phoneEditor"), [&](PhoneEditor *editor) {
        auto theirs = other->phones().get(row.id);
        theirs->name = QStringLiteral("Their name");
        QVERIFY(other->phones().update(*theirs).ok());
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setText(QStringLiteral("My name"));
        MessageBox::queueChoice(0); // Reload
        QTest::mouseClick(okButton(editor), Qt::LeftButton);
        // Still open, now showing their version; then Cancel (choice 2) keeps edits and stays too.
        stayedOpen = editor->isVisible();
        QCOMPARE(name->text(), QStringLiteral("Their name"));
        auto again = other->phones().get(row.id);
        again->description = QStringLiteral("second change");
        QVERIFY(other->phones().update(*again).ok());
        name->setText(QStringLiteral("My second name"));
        MessageBox::queueChoice(2); // Cancel
        QTest::mouseClick(okButton(editor), Qt::LeftButton);
        QVERIFY(editor->isVisible());
        QCOMPARE(name->text(), QStringLiteral("My second name"));
        editor->reject();
    });
    act("actionEditPhone")->trigger();
    QVERIFY(stayedOpen);
    QCOMPARE(MessageBox::takeShownTexts().size(), 2);
    auto phone = m_db.storage->phones().get(row.id);
    QCOMPARE(phone->name, QStringLiteral("Their name")); // nothing of ours was written
    QCOMPARE(phone->description, QStringLiteral("second change"));
}

void TestMainWindow::migrateBaseSettings()
{
    // A VVX 450 with 10 line keys and an E911 override moves to a VVX 150 profile (2 keys).
    const Id from = profileFor(QStringLiteral("poly-vvx-450"));
    const Id to = profileFor(QStringLiteral("poly-vvx-150"));
    auto sites = m_db.storage->sites().list();
    Phone phone;
    phone.name = QStringLiteral("Migrating");
    phone.category = PhoneCategory::Managed;
    phone.baseSettingsId = from;
    phone.siteId = sites->first().id;
    phone.hardwareId = QStringLiteral("0004f2777777");
    for (int i = 1; i <= 10; ++i)
        phone.lineKeys.append(
            {i, LineKeyType::SpeedDial, QStringLiteral("K%1").arg(i), QStringLiteral("10%1").arg(i)});
    auto created = m_db.storage->phones().create(phone);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().fullText()));
    m_window->phoneModel()->flushPendingChanges();
    selectPhones({created->id});

    QStringList offered;
    QString phonesText;
    // Plural forms come from the English translation, which tests do not load.
    const QRegularExpression becomes(
        QStringLiteral("^1 Poly VVX 450 phone(\\(s\\))? will become Poly VVX 150\\."));
    Test::onModal<QDialog>(QStringLiteral("migrateDialog"), [&](QDialog *dialog) {
        auto *target = dialog->findChild<QComboBox *>(QStringLiteral("targetCombo"));
        // No target until one is chosen, and nothing to migrate to before that.
        QCOMPARE(target->currentIndex(), -1);
        QVERIFY(!okButton(dialog)->isEnabled());
        for (int i = 0; i < target->count(); ++i)
            offered.append(target->itemData(i).toString());
        phonesText = dialog->findChild<QLabel *>(QStringLiteral("phonesLabel"))->text();
        selectComboData(target, to);
        auto *preview = dialog->findChild<QTreeWidget *>(QStringLiteral("previewList"));
        QCOMPARE(preview->topLevelItemCount(), 1);
        const QString change = preview->topLevelItem(0)->text(2);
        QVERIFY2(change.contains(QStringLiteral("Poly VVX 450")) && change.contains(QStringLiteral("3, 4")),
                 qPrintable(change));
        const QString warning = dialog->findChild<QLabel *>(QStringLiteral("modelChangeLabel"))->text();
        QVERIFY2(warning.contains(becomes), qPrintable(warning));
        QVERIFY(okButton(dialog)->isEnabled());
        // The model change is confirmed explicitly: the first answer is Cancel, the dialog stays.
        MessageBox::queueChoice(1);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        MessageBox::queueChoice(0);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    act("actionMigrate")->trigger();
    QVERIFY2(phonesText.contains(
                 QRegularExpression(QStringLiteral("^1 selected phone(\\(s\\))? will move: Migrating\\.$"))),
             qPrintable(phonesText));
    const QStringList asked = MessageBox::takeShownTexts();
    QCOMPARE(asked.size(), 2);
    QVERIFY2(asked.first().contains(becomes), qPrintable(asked.first()));
    // Only profiles a managed Poly can take: no softphone, remote or other makers' profiles, not
    // its own.
    QVERIFY(offered.contains(QString::number(to)));
    QVERIFY(!offered.contains(QString::number(from)));
    QVERIFY(!offered.contains(QString::number(profileFor(QStringLiteral("remote")))));
    QVERIFY(!offered.contains(QString::number(profileFor(QStringLiteral("webrtc")))));
    QVERIFY(!offered.contains(QString::number(profileFor(QStringLiteral("audiocodes-420hd"))))); // not a Poly
    auto migrated = m_db.storage->phones().get(created->id);
    QCOMPARE(migrated->baseSettingsId, to);
    QCOMPARE(migrated->lineKeys.size(), 2);
    QCOMPARE(m_window->phoneModel()->phoneRow(m_window->phoneModel()->rowOf(created->id)).baseSettingsId, to);
}

void TestMainWindow::migrateWithoutSelectionSaysAllShown()
{
    // Nothing selected: the dialog says that every phone shown moves, and how many.
    m_window->phoneView()->clearSelection();
    const int shown = m_window->phoneProxy()->rowCount();
    QVERIFY(shown > 5);
    QString phonesText;
    int rows = 0;
    Test::onModal<QDialog>(QStringLiteral("migrateDialog"), [&](QDialog *dialog) {
        phonesText = dialog->findChild<QLabel *>(QStringLiteral("phonesLabel"))->text();
        rows = dialog->findChild<QTreeWidget *>(QStringLiteral("previewList"))->topLevelItemCount();
        dialog->reject();
    });
    act("actionMigrate")->trigger();
    QCOMPARE(rows, shown);
    QVERIFY2(
        phonesText.contains(QRegularExpression(
            QStringLiteral("^No phones are selected: all %1 phone(\\(s\\)|s) shown will move: ").arg(shown))),
        qPrintable(phonesText));
    QVERIFY2(phonesText.contains(QStringLiteral("and %1 more").arg(shown - 5)), qPrintable(phonesText));
}

void TestMainWindow::deleteAsksOnceForSeveral()
{
    const int before = m_window->phoneModel()->rowCount();
    const QList<Id> ids = {m_window->phoneModel()->phoneRow(1).id, m_window->phoneModel()->phoneRow(2).id,
                           m_window->phoneModel()->phoneRow(9).id};
    selectPhones(ids);
    MessageBox::queueChoice(1); // Cancel
    act("actionDeletePhone")->trigger();
    QCOMPARE(m_window->phoneModel()->rowCount(), before);
    MessageBox::queueChoice(0); // Delete
    act("actionDeletePhone")->trigger();
    const QStringList shown = MessageBox::takeShownTexts();
    QCOMPARE(shown.size(), 2); // one question per attempt, not one per phone
    QVERIFY(shown.last().contains(QStringLiteral("3 phones")));
    QCOMPARE(m_window->phoneModel()->rowCount(), before - 3);
    for (const Id id : ids)
        QCOMPARE(m_window->phoneModel()->rowOf(id), -1);
}

void TestMainWindow::filterDropsHiddenSelection()
{
    PhoneTableModel *model = m_window->phoneModel();
    auto *name = child<QLineEdit>("nameFilterEdit");
    auto *shown = child<QLabel>("shownLabel");
    // Two phones with different names; a name filter that keeps only the second.
    const PhoneRow first = model->phoneRow(0);
    PhoneRow second;
    for (int r = 1; r < model->rowCount() && !second.id; ++r) {
        if (!first.name.contains(model->phoneRow(r).name, Qt::CaseInsensitive) &&
            !model->phoneRow(r).name.contains(first.name, Qt::CaseInsensitive))
            second = model->phoneRow(r);
    }
    QVERIFY(second.id);
    selectPhones({first.id, second.id});
    QVERIFY(act("actionDeletePhone")->isEnabled());
    QVERIFY(act("actionLogOut")->isEnabled());
    QVERIFY2(shown->text().contains(QStringLiteral("2 selected")), qPrintable(shown->text()));

    // The filter hides the first: the count and the actions follow the visible selection.
    name->setText(second.name);
    QCOMPARE(m_window->phoneProxy()->mapFromSource(model->index(model->rowOf(first.id), 0)), QModelIndex());
    QVERIFY2(shown->text().contains(QStringLiteral("1 selected")), qPrintable(shown->text()));
    QVERIFY(act("actionDeletePhone")->isEnabled());
    // And the confirmation is about the visible phone only.
    MessageBox::queueChoice(1); // Cancel
    act("actionDeletePhone")->trigger();
    const QStringList texts = MessageBox::takeShownTexts();
    QCOMPARE(texts.size(), 1);
    QVERIFY2(texts.first().contains(second.name) && !texts.first().contains(first.name),
             qPrintable(texts.first()));

    // A filter that hides every selected phone: nothing to act on, nothing enabled, no count.
    name->setText(QStringLiteral("no phone is called this"));
    QCOMPARE(m_window->phoneProxy()->rowCount(), 0);
    for (const char *action :
         {"actionDeletePhone", "actionLogOut", "actionRestart", "actionCheckStatus", "actionEditPhone"})
        QVERIFY2(!act(action)->isEnabled(), action);
    QVERIFY2(!shown->text().contains(QStringLiteral("selected")), qPrintable(shown->text()));
    act("actionDeletePhone")->trigger();
    QVERIFY(MessageBox::takeShownTexts().isEmpty());

    // Clearing the filter does not bring back a selection the user cannot have seen.
    name->clear();
    QVERIFY(!act("actionDeletePhone")->isEnabled());
    QVERIFY(!shown->text().contains(QStringLiteral("selected")));
    QCOMPARE(model->rowOf(first.id) >= 0 && model->rowOf(second.id) >= 0, true);
}

void TestMainWindow::confirmationsNameThePhonesAndTheAction()
{
    PhoneTableModel *model = m_window->phoneModel();
    QList<Id> ids;
    QStringList names;
    // Seven phones in the order shown: five are named, then "and 2 more".
    for (int r = 0; r < 7; ++r) {
        const QModelIndex source = m_window->phoneProxy()->mapToSource(m_window->phoneProxy()->index(r, 0));
        ids.append(model->phoneRow(source.row()).id);
        names.append(model->phoneRow(source.row()).name);
    }
    selectPhones(ids);
    const int before = model->rowCount();
    // Read the real dialog, then answer with Enter (checked after, so a mismatch cannot leave it open).
    bool asked = false;
    QString text;
    QStringList labels;
    QString defaultLabel;
    Test::onModal<QMessageBox>(QString(), [&](QMessageBox *box) {
        asked = true;
        text = box->text();
        for (QAbstractButton *b : box->buttons())
            labels.append(b->text());
        if (box->defaultButton())
            defaultLabel = box->defaultButton()->text();
        QTest::keyClick(box, Qt::Key_Return);
        if (box->isVisible())
            box->reject();
    });
    act("actionDeletePhone")->trigger();
    QVERIFY(asked);
    QVERIFY2(text.startsWith(QStringLiteral("Delete 7 phones: ") +
                             names.mid(0, 5).join(QStringLiteral(", ")) + QStringLiteral(" and 2 more?")),
             qPrintable(text));
    labels.sort();
    QCOMPARE(labels, QStringList({QStringLiteral("Cancel"), QStringLiteral("Delete")}));
    // Deleting cannot be undone: Enter cancels.
    QCOMPARE(defaultLabel, QStringLiteral("Cancel"));
    QCOMPARE(model->rowCount(), before);

    // One phone with a user: Log Out names it, and its button logs out.
    Id withUser = 0;
    QString userPhone;
    for (int r = 0; r < model->rowCount() && !withUser; ++r) {
        if (model->phoneRow(r).userId) {
            withUser = model->phoneRow(r).id;
            userPhone = model->phoneRow(r).name;
        }
    }
    QVERIFY(withUser);
    selectPhones({withUser});
    asked = false;
    labels.clear();
    Test::onModal<QMessageBox>(QString(), [&](QMessageBox *box) {
        asked = true;
        text = box->text();
        QAbstractButton *logOut = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            labels.append(b->text());
            if (b->text() == QStringLiteral("Log Out"))
                logOut = b;
        }
        if (logOut)
            logOut->click();
        else
            box->reject();
    });
    act("actionLogOut")->trigger();
    QVERIFY(asked);
    QVERIFY2(text.contains(QLatin1Char('"') + userPhone + QLatin1Char('"')), qPrintable(text));
    labels.sort();
    QCOMPARE(labels, QStringList({QStringLiteral("Cancel"), QStringLiteral("Log Out")}));
    QCOMPARE(m_db.storage->phones().get(withUser)->userId, Id(0));

    // Delete on the real dialog: the named button deletes.
    selectPhones({ids.first()});
    Test::onModal<QMessageBox>(QString(), [&](QMessageBox *box) {
        text = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == QStringLiteral("Delete"))
                b->click();
        }
        if (box->isVisible())
            box->reject();
    });
    act("actionDeletePhone")->trigger();
    QVERIFY2(text.contains(names.first()), qPrintable(text));
    QCOMPARE(model->rowOf(ids.first()), -1);
}

void TestMainWindow::exportShownPhones()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shown.csv"));
    selectComboData(child<QComboBox>("categoryFilterCombo"), int(PhoneCategory::Remote));
    const int shown = m_window->phoneProxy()->rowCount();
    QVERIFY(shown > 0);
    FileDialog::queueFileName(path);
    QVERIFY(act("actionExportCsv")->isEnabled());
    act("actionExportCsv")->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), shown + 1); // header + one line per phone shown
}

void TestMainWindow::importOpensTheWizard()
{
    QVERIFY(act("actionImportCsv")->isEnabled());
    bool opened = false;
    Test::onModal<QDialog>(QStringLiteral("importWizard"), [&](QDialog *wizard) {
        opened = true;
        // Every label with a mnemonic has a buddy, or it shows a literal "&" (a row that is a
        // layout, such as "File: [path] [Browse]", gets none from QFormLayout).
        for (QLabel *label : wizard->findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1Char('&')) && !label->text().contains(QLatin1String("&&")))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        wizard->reject();
    });
    act("actionImportCsv")->trigger();
    QVERIFY(opened);
}

void TestMainWindow::keyboardBasics()
{
    // Esc in the filter box clears it and shows every phone again.
    auto *proxy = m_window->phoneProxy();
    const int all = proxy->rowCount();
    auto *name = child<QLineEdit>("nameFilterEdit");
    m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(0);
    act("actionFindPhone")->trigger();
    QTest::keyClicks(name, QStringLiteral("vvx"));
    QVERIFY(proxy->rowCount() < all);
    QTest::keyClick(name, Qt::Key_Escape);
    QCOMPARE(name->text(), QString());
    QCOMPARE(proxy->rowCount(), all);

    // Tab in a description moves on to the next field instead of typing a tab.
    bool checked = false;
    Test::onModal<PhoneEditor>(QStringLiteral("phoneEditor"), [&](PhoneEditor *editor) {
        auto *description = editor->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
        QVERIFY(description);
        QTest::keyClicks(description, QStringLiteral("desk"));
        QTest::keyClick(description, Qt::Key_Tab);
        QCOMPARE(description->toPlainText(), QStringLiteral("desk"));
        QVERIFY(description->tabChangesFocus());
        checked = true;
        editor->reject();
    });
    act("actionAddPhone")->trigger();
    QVERIFY(checked);
}

void TestMainWindow::lineKeyLimitSaysWhy()
{
    const Id profile = profileFor(QStringLiteral("poly-vvx-450"));
    QVERIFY(profile);
    const PhoneModel *model = ModelCatalog::builtin().find(QStringLiteral("poly-vvx-450"));
    QVERIFY(model && model->maxLineKeys > 0);
    bool checked = false;
    Test::onModal<PhoneEditor>(QStringLiteral("phoneEditor"), [&](PhoneEditor *editor) {
        selectComboData(editor->findChild<QComboBox *>(QStringLiteral("baseSettingsCombo")), profile);
        auto *add = editor->findChild<QPushButton *>(QStringLiteral("addLineKeyButton"));
        for (int i = 0; i < model->maxLineKeys; ++i) {
            QVERIFY(add->isEnabled());
            QVERIFY(add->toolTip().isEmpty());
            QTest::mouseClick(add, Qt::LeftButton);
        }
        // The last key is in: the button is greyed out and says why, where the pointer is.
        QVERIFY(!add->isEnabled());
        QVERIFY2(add->toolTip().contains(QLatin1String("all in use")), qPrintable(add->toolTip()));
        QVERIFY(add->toolTip().contains(model->displayName));
        checked = true;
        editor->reject();
    });
    act("actionAddPhone")->trigger();
    QVERIFY(checked);
}

void TestMainWindow::viewerCannotChangeAnything()
{
    m_window.reset();
    m_db.storage->setActor(QStringLiteral("viewer"), Role::Viewer);
    m_window = std::make_unique<MainWindow>(*m_db.storage);
    m_window->show();
    QVERIFY(child<QLabel>("roleLabel")->text().contains(displayName(Role::Viewer)));
    for (const char *name :
         {"actionAddPhone", "actionDeletePhone", "actionMigrate", "actionRestart", "actionLogOut",
          "actionCheckStatus", "actionImportCsv", "actionNewBaseSettings", "actionDeleteBaseSettings",
          "actionNewSite", "actionDeleteSite", "actionNewUser", "actionDeleteUser"}) {
        QVERIFY2(!act(name)->isVisible() && !act(name)->isEnabled(), name);
    }
    // Details can be seen, not changed or saved: a Close button instead of OK
    // (tst_consoleroles pokes every field of every dialog).
    const PhoneRow row = m_window->phoneModel()->phoneRow(0);
    selectPhones({row.id});
    QVERIFY(act("actionEditPhone")->isEnabled());
    bool checked = false;
    Test::onModal<PhoneEditor>(QStringLiteral("phoneEditor"), [&](PhoneEditor *editor) {
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QTest::keyClicks(name, QStringLiteral("Viewer was here"));
        QCOMPARE(name->text(), row.name);
        auto *buttons = editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(!buttons->button(QDialogButtonBox::Ok));
        QVERIFY(buttons->button(QDialogButtonBox::Close));
        checked = true;
        editor->reject();
    });
    act("actionEditPhone")->trigger();
    QVERIFY(checked);
    // Shortcuts of hidden actions do nothing, and the storage refuses the write anyway.
    act("actionDeletePhone")->trigger();
    QCOMPARE(m_window->phoneModel()->rowOf(row.id), 0);
    auto refused = m_db.storage->phones().remove({row.id});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Permission);
    QCOMPARE(m_db.storage->phones().get(row.id)->name, row.name);
}

void TestMainWindow::columnLayoutIsRemembered()
{
    auto *header = m_window->phoneView()->header();
    header->resizeSection(PhoneTableModel::Name, 333);
    header->moveSection(header->visualIndex(PhoneTableModel::Firmware), 1);
    m_window->close();
    m_window = std::make_unique<MainWindow>(*m_db.storage);
    QCOMPARE(m_window->phoneView()->header()->sectionSize(PhoneTableModel::Name), 333);
    QCOMPARE(m_window->phoneView()->header()->visualIndex(PhoneTableModel::Firmware), 1);
}

void TestMainWindow::toolbarActionsHaveIcons()
{
    // On a desktop without an icon theme (offscreen has none) the console's own icons stand in.
    auto *toolBar = child<QToolBar>("mainToolBar");
    int actions = 0;
    for (QAction *a : toolBar->actions()) {
        if (a->isSeparator())
            continue;
        ++actions;
        QVERIFY2(!a->icon().isNull() && !a->icon().pixmap(16, 16).isNull(), qPrintable(a->objectName()));
    }
    QVERIFY(actions >= 9);
}

void TestMainWindow::columnsFitTheirTexts()
{
    // With no saved layout, no status, category, model, site or profile name is cut.
    QTreeView *view = m_window->phoneView();
    for (const int column : {PhoneTableModel::Status, PhoneTableModel::Category, PhoneTableModel::Model,
                             PhoneTableModel::Site, PhoneTableModel::BaseSettings}) {
        const int needed = static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column);
        QVERIFY2(view->header()->sectionSize(column) >= needed,
                 qPrintable(QStringLiteral("column %1: %2 < %3")
                                .arg(column)
                                .arg(view->header()->sectionSize(column))
                                .arg(needed)));
    }
    const QFontMetrics metrics = view->fontMetrics();
    QVERIFY(view->header()->sectionSize(PhoneTableModel::Status) >
            metrics.horizontalAdvance(QStringLiteral("Not monitored")) + 16);
    // The lists on the other tabs fit what they show, too.
    for (const char *name : {"baseSettingsView", "sitesView", "usersView"}) {
        auto *list = child<QTreeView>(name);
        QVERIFY2(list->header()->sectionSize(0) >=
                     static_cast<QAbstractItemView *>(list)->sizeHintForColumn(0),
                 name);
    }
}

void TestMainWindow::smallWindowKeepsFilterAndColumns()
{
    // With a selection, the count line is at its longest ("…, 1 selected").
    selectPhones({m_window->phoneModel()->phoneRow(0).id});
    m_window->resize(1024, 700);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->width(), 1024); // the filter bar's minimum does not widen the window
    auto *filter = child<QLineEdit>("nameFilterEdit");
    QVERIFY2(filter->width() >= filter->fontMetrics().horizontalAdvance(filter->placeholderText()),
             qPrintable(QString::number(filter->width())));
    // Name and status in view; the rest reachable by scrolling, none squeezed to nothing.
    QTreeView *view = m_window->phoneView();
    const int viewport = view->viewport()->width();
    for (const int column : {PhoneTableModel::Name, PhoneTableModel::Status})
        QVERIFY(view->header()->sectionViewportPosition(column) + view->header()->sectionSize(column) <=
                viewport);
    for (int c = 0; c < PhoneTableModel::ColumnCount; ++c)
        QVERIFY(view->header()->sectionSize(c) >= view->header()->minimumSectionSize());
    if (view->header()->length() > viewport)
        QCOMPARE(view->horizontalScrollBar()->maximum(), view->header()->length() - viewport);
}

void TestMainWindow::oversizedGeometryIsFitted()
{
    // A geometry saved on a larger screen (or before QT_SCALE_FACTOR=2) is fitted to this one.
    const QRect available = m_window->screen()->availableGeometry();
    QWidget big;
    big.setGeometry(available.x() + 40, available.y() + 40, available.width() * 2, available.height() * 2);
    m_window->close();
    {
        QSettings settings;
        settings.setValue(QStringLiteral("MainWindow/geometry"), big.saveGeometry());
    }
    for (int round = 0; round < 2; ++round) { // saved, then none (the default size)
        m_window = std::make_unique<MainWindow>(*m_db.storage);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // As large as the screen at most, unless the window's minimum size is larger still.
        const QRect frame = m_window->frameGeometry();
        const QSize most = available.size().expandedTo(m_window->minimumSizeHint() + frame.size() -
                                                       m_window->geometry().size());
        QVERIFY2(frame.width() <= most.width() && frame.height() <= most.height() &&
                     available.contains(frame.topLeft()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4 on %5x%6")
                                .arg(frame.x())
                                .arg(frame.y())
                                .arg(frame.width())
                                .arg(frame.height())
                                .arg(available.width())
                                .arg(available.height())));
        QSettings().clear();
    }
}

void TestMainWindow::demoQuarantineIsListed()
{
    // The demo leaves three unboxed phones in the quarantine, so Claim can be tried out of the box.
    auto entries = QuarantineRepository(*m_db.storage).list();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 3);
    QStringList rows;
    QString tooltip;
    Test::onModal<QDialog>(QStringLiteral("quarantineDialog"), [&](QDialog *dialog) {
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("quarantineTable"));
        const QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(model->index(row, QuarantineModel::Mac).data().toString() + u' ' +
                        model->index(row, QuarantineModel::Model).data().toString());
        tooltip = model->index(0, QuarantineModel::UserAgent).data(Qt::ToolTipRole).toString();
        dialog->reject();
    });
    m_window->action(QStringLiteral("actionQuarantine"))->trigger();
    // Newest first, with the model the User-Agent announced.
    QCOMPARE(rows,
             (QStringList {QStringLiteral("00:04:F2:C0:FF:EE Poly VVX 450"),
                           QStringLiteral("80:5E:C0:D1:5E:A5 Yealink T46U"),
                           QStringLiteral("00:90:8F:5E:ED:01 AudioCodes 440HD")}));
    QCOMPARE(tooltip, QStringLiteral("FileTransport PolycomVVX-VVX_450-UA/6.4.3.5156 Type/Application"));
}

void TestMainWindow::pendingConfigurationFilter()
{
    // As "phonedesk-cli phones list --pending": only the phones whose configuration is pending.
    PhoneTableModel *model = m_window->phoneModel();
    const Id a = model->phoneRow(0).id, b = model->phoneRow(1).id, c = model->phoneRow(2).id;
    model->setPendingConfiguration({a, b});
    auto *pending = child<QCheckBox>("pendingFilterCheck");
    auto *proxy = m_window->phoneProxy();
    const int all = proxy->rowCount();
    pending->setChecked(true);
    QCOMPARE(proxy->rowCount(), 2);
    QVERIFY(child<QLabel>("shownLabel")->text().startsWith(QStringLiteral("2 of ")));
    // Kept current while it is on: a phone whose files change joins, one that fetched leaves.
    model->setPendingConfiguration({b, c});
    QCOMPARE(proxy->rowCount(), 2);
    QSet<Id> shown;
    for (int r = 0; r < proxy->rowCount(); ++r)
        shown.insert(proxy->index(r, 0).data(PhoneTableModel::IdRole).toLongLong());
    QCOMPARE(shown, (QSet<Id> {b, c}));
    // Combined with the other filters, and cleared with them.
    child<QLineEdit>("nameFilterEdit")->setText(model->phoneRow(2).name);
    QCOMPARE(proxy->rowCount(), 1);
    act("actionClearFilters")->trigger();
    QVERIFY(!pending->isChecked());
    QCOMPARE(proxy->rowCount(), all);
}

void TestMainWindow::listTabsHaveSearch()
{
    auto list = m_db.storage->sites().list();
    QVERIFY(list.ok() && list->size() > 1);
    const QString site = list->last().name;
    auto *view = child<QTreeView>("sitesView");
    const int all = view->model()->rowCount();
    child<QLineEdit>("sitesSearchEdit")->setText(site.toUpper()); // any case
    QVERIFY(view->model()->rowCount() >= 1 && view->model()->rowCount() < all);
    QCOMPARE(view->model()->index(0, 0).data().toString(), site);
    child<QLineEdit>("sitesSearchEdit")->clear();
    QCOMPARE(view->model()->rowCount(), all);

    // Base settings match by model too; users by extension.
    auto *profiles = child<QTreeView>("baseSettingsView");
    child<QLineEdit>("baseSettingsSearchEdit")->setText(QStringLiteral("VVX 450"));
    QVERIFY(profiles->model()->rowCount() >= 1);
    for (int r = 0; r < profiles->model()->rowCount(); ++r)
        QCOMPARE(profiles->model()->index(r, 1).data().toString(), QStringLiteral("Poly VVX 450"));
    auto *users = child<QTreeView>("usersView");
    const QString extension = users->model()->index(0, 2).data().toString();
    QVERIFY(!extension.isEmpty());
    child<QLineEdit>("usersSearchEdit")->setText(extension);
    QVERIFY(users->model()->rowCount() >= 1 &&
            users->model()->rowCount() < m_db.storage->users().list()->size());
}

namespace {
// Receives the URLs QDesktopServices would hand to the desktop.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};
} // namespace

void TestMainWindow::helpMenuOpensGuideAndShortcuts()
{
    UrlCatcher catcher;
    for (const char *scheme : {"https", "file"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &catcher, "open");
    act("actionUserGuide")->trigger();
    for (const char *scheme : {"https", "file"})
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.first(), MainWindow::userGuideUrl());
    QVERIFY(catcher.urls.first().toString().contains(QStringLiteral("user-guide")));

    QStringList rows;
    Test::onModal<QDialog>(QStringLiteral("shortcutsDialog"), [&](QDialog *dialog) {
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows.append(list->topLevelItem(i)->text(0) + u'=' + list->topLevelItem(i)->text(1));
        dialog->reject();
    });
    act("actionShortcuts")->trigger();
    QVERIFY2(rows.contains(QStringLiteral("Find Phones=") +
                           QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)),
             qPrintable(rows.join(u'\n')));
    QVERIFY(rows.contains(QStringLiteral("Migrate Base Settings=Ctrl+M")));
    QVERIFY(rows.contains(QStringLiteral("Clear the filter box (in it)=Esc")));
}

void TestMainWindow::openPhoneWebPage()
{
    // A managed phone with an address: https://<address>/; an unmanaged one: no web page.
    auto rows = m_db.storage->phones().list();
    Phone phone;
    phone.name = QStringLiteral("Web Page");
    phone.category = PhoneCategory::Managed;
    phone.baseSettingsId = profileFor(QStringLiteral("poly-vvx-450"));
    phone.siteId = m_db.storage->sites().list()->first().id;
    phone.hardwareId = QStringLiteral("0004f2777778");
    phone.networkAddress = QStringLiteral("192.0.2.44");
    auto created = m_db.storage->phones().create(phone);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().fullText()));
    m_window->phoneModel()->flushPendingChanges();
    selectPhones({created->id});
    QVERIFY(act("actionOpenWebPage")->isEnabled());
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    act("actionOpenWebPage")->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(catcher.urls, (QList<QUrl> {QUrl(QStringLiteral("https://192.0.2.44/"))}));

    Id unmanaged = 0;
    for (const PhoneRow &row : *rows) {
        if (row.category == PhoneCategory::Unmanaged)
            unmanaged = row.id;
    }
    QVERIFY(unmanaged);
    selectPhones({unmanaged});
    QVERIFY(!act("actionOpenWebPage")->isEnabled());
    QVERIFY(m_window->phoneWebPageUrl(unmanaged).isEmpty());
}

void TestMainWindow::baseSettingsEditSaysSaved()
{
    m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    auto *view = child<QTreeView>("baseSettingsView");
    view->setCurrentIndex(view->model()->index(0, 0));
    const QString name = view->model()->index(0, 0).data().toString();
    bool shown = false;
    Test::onModal<QDialog>(QStringLiteral("baseSettingsEditor"), [&](QDialog *editor) {
        shown = true;
        QTest::mouseClick(okButton(editor), Qt::LeftButton);
    });
    act("actionEditBaseSettings")->trigger();
    QVERIFY(shown);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Base settings \"%1\" saved.").arg(name));
}

void TestMainWindow::detailsPaneShowsTheSelectedPhone()
{
    auto *title = child<QLabel>("detailsTitle");
    QCOMPARE(title->text(), QStringLiteral("Select a phone to see its details."));
    PhoneTableModel *model = m_window->phoneModel();
    const PhoneRow row = model->phoneRow(3);
    selectPhones({row.id});
    QCOMPARE(title->text(), row.name);
    auto detail = [this](int column) {
        return child<QLabel>(qPrintable(QStringLiteral("detail:%1").arg(column)))->text();
    };
    QCOMPARE(detail(PhoneTableModel::Site), row.siteName);
    QCOMPARE(detail(PhoneTableModel::Status), StatusIcons::label(row.status));
    QCOMPARE(detail(PhoneTableModel::Category), displayName(row.category));
    QVERIFY(child<QWidget>("phoneDetails")->isVisible());

    // Kept current when the phone changes.
    Phone phone = *m_db.storage->phones().get(row.id);
    phone.networkAddress = QStringLiteral("192.0.2.99");
    QVERIFY(m_db.storage->phones().update(phone).ok());
    model->flushPendingChanges();
    QCOMPARE(detail(PhoneTableModel::Address), QStringLiteral("192.0.2.99"));

    selectPhones({row.id, model->phoneRow(4).id});
    QVERIFY2(title->text().startsWith(QStringLiteral("2 phone")), qPrintable(title->text()));
}

void TestMainWindow::bulkSetSiteAndUser()
{
    // Three managed phones of one site move to another in one step; then get one user.
    auto sites = m_db.storage->sites().list();
    QVERIFY(sites.ok() && sites->size() > 1);
    PhoneTableModel *model = m_window->phoneModel();
    QList<Id> ids;
    for (int r = 0; r < model->rowCount() && ids.size() < 3; ++r) {
        const PhoneRow &row = model->phoneRow(r);
        if (row.category == PhoneCategory::Managed && row.siteId != sites->last().id)
            ids.append(row.id);
    }
    QCOMPARE(ids.size(), 3);
    selectPhones(ids);
    QVERIFY(act("actionSetSite")->isEnabled());
    QString phonesText;
    Test::onModal<QDialog>(QStringLiteral("setSiteDialog"), [&](QDialog *dialog) {
        phonesText = dialog->findChild<QLabel *>(QStringLiteral("phonesLabel"))->text();
        selectComboData(dialog->findChild<QComboBox *>(QStringLiteral("valueCombo")), sites->last().id);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    act("actionSetSite")->trigger();
    QVERIFY2(phonesText.contains(model->phoneRow(model->rowOf(ids.first())).name), qPrintable(phonesText));
    for (const Id id : ids) {
        QCOMPARE(m_db.storage->phones().get(id)->siteId, sites->last().id);
        QCOMPARE(model->phoneRow(model->rowOf(id)).siteId, sites->last().id);
    }

    auto users = m_db.storage->users().list();
    QVERIFY(users.ok() && !users->isEmpty());
    selectPhones(ids);
    Test::onModal<QDialog>(QStringLiteral("setUserDialog"), [&](QDialog *dialog) {
        selectComboData(dialog->findChild<QComboBox *>(QStringLiteral("valueCombo")), users->first().id);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    act("actionSetUser")->trigger();
    for (const Id id : ids)
        QCOMPARE(m_db.storage->phones().get(id)->userId, users->first().id);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(
        QStringLiteral("User \"%1\" set for 3 phone").arg(users->first().name)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
