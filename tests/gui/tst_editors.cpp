// Tests the schema-driven Base Settings editor, the site and user dialogs, the cloud-media
// warning in the phone editor and the Activity tab, through the main window's actions.
#include "activitypage.h"
#include "basesettingseditor.h"
#include "basesettingsrepository.h"
#include "configpreviewwidget.h"
#include "demodata.h"
#include "guitest.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "modelcatalog.h"
#include "phoneeditor.h"
#include "phonerepository.h"
#include "recordtablemodel.h"
#include "settingsschema.h"
#include "sitedialog.h"
#include "siterepository.h"
#include "testsupport.h"
#include "userrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace PhoneDesk;

class TestEditors final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void schemaEditorShowsOnlyApplicableSettings();
    void schemaEditorValidatesNextToTheField();
    void outOfRangeNumberIsNamedNotReverted();
    void createBaseSettingsFromModelDefaults();
    void deleteBaseSettingsInUseIsRefused();
    void duplicateBaseSettings();
    void siteDialogNamesEveryInvalidField();
    void userDialog();
    void siteAndBaseSettingsConflictsAskAsThePhoneEditorDoes();
    void cloudMediaWarning();
    void phoneEditorRefusesInvisibleCharacters();
    void phoneEditorKeepsTheSerialNumber();
    void newPhoneShowsErrorsOnceEditedOrOnOk();
    void siteDialogTabOrderAndBuddies();
    void activityFilters();
    void configurationPreviewTab();
    void perPhoneOverrides();

private:
    QAction *act(const char *name) const { return m_window->action(QString::fromLatin1(name)); }
    BaseSettings profileFor(const QString &modelId);
    void selectRecord(const char *viewName, Id id);

    Test::TestDatabase m_db;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}
} // namespace

void TestEditors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PhoneDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editors"));
}

void TestEditors::init()
{
    QSettings().clear();
    QString error;
    m_db = Test::createDatabase(Test::Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    m_db.storage->setActor(QStringLiteral("tester"), Role::Administrator);
    QVERIFY(populateDemoData(*m_db.storage).ok());
    m_window = std::make_unique<MainWindow>(*m_db.storage);
    m_window->show();
    MessageBox::takeShownTexts();
}

void TestEditors::cleanup()
{
    QVERIFY(!MessageBox::hasQueuedAnswers());
    m_window.reset();
    m_db = {};
}

BaseSettings TestEditors::profileFor(const QString &modelId)
{
    const auto list = m_db.storage->baseSettings().list(); // kept alive for the loop
    for (const BaseSettingsSummary &s : *list) {
        if (s.settings.modelId == modelId)
            return s.settings;
    }
    return {};
}

void TestEditors::selectRecord(const char *viewName, Id id)
{
    auto *view = m_window->findChild<QTreeView *>(QString::fromLatin1(viewName));
    QVERIFY(view);
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex index = view->model()->index(r, 0);
        if (index.data(RecordTableModel::IdRole).toLongLong() == id) {
            view->setCurrentIndex(index);
            view->selectionModel()->select(index,
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    QFAIL("record not in the list");
}

void TestEditors::schemaEditorShowsOnlyApplicableSettings()
{
    const BaseSettings poly = profileFor(QStringLiteral("poly-vvx-450"));
    const BaseSettings webrtc = profileFor(QStringLiteral("webrtc"));
    BaseSettingsEditor polyEditor(*m_db.storage, poly);
    BaseSettingsEditor webrtcEditor(*m_db.storage, webrtc);
    const PhoneModel *polyModel = ModelCatalog::builtin().find(poly.modelId);
    const PhoneModel *webrtcModel = ModelCatalog::builtin().find(webrtc.modelId);
    for (const SettingDefinition &d : SettingsSchema::builtin().settings()) {
        QCOMPARE(polyEditor.editorFor(d.key) != nullptr, d.appliesTo(*polyModel));
        QCOMPARE(webrtcEditor.editorFor(d.key) != nullptr, d.appliesTo(*webrtcModel));
        if (polyEditor.editorFor(d.key)) {
            auto *help = polyEditor.findChild<QLabel *>(QStringLiteral("help:") + d.key);
            QVERIFY(help);
            QVERIFY(help->text().startsWith(SettingsSchema::help(d)));
            // An empty default is said in words, never as "Default: ."
            QVERIFY2(!help->text().contains(QStringLiteral("Default: .")), qPrintable(d.key));
            if (d.type == SettingDefinition::Type::Int)
                QVERIFY(help->text().contains(QStringLiteral("%1–%2").arg(d.minimum).arg(d.maximum)) ||
                        help->text().contains(QStringLiteral("%1-%2").arg(d.minimum).arg(d.maximum)));
        }
    }
    QVERIFY(!webrtcEditor.editorFor(QStringLiteral("e911.heldEnabled")));
    // Categories in schema order, only those with applicable settings.
    auto *tabs = polyEditor.findChild<QTabWidget *>(QStringLiteral("categoryTabs"));
    QStringList shown;
    for (int i = 0; i < tabs->count(); ++i)
        shown << tabs->widget(i)->objectName().section(u':', 1);
    QStringList expected;
    for (const QString &c : SettingsSchema::categories()) {
        for (const SettingDefinition *d : SettingsSchema::builtin().settingsFor(*polyModel)) {
            if (d->category == c) {
                expected << c;
                break;
            }
        }
    }
    QCOMPARE(shown, expected);
    QVERIFY(shown.contains(QStringLiteral("codecs")) && shown.contains(QStringLiteral("e911")));
    // Values shown are the profile's, resolved over the model defaults.
    QVERIFY(qobject_cast<QCheckBox *>(polyEditor.editorFor(QStringLiteral("e911.heldEnabled")))->isChecked());
}

void TestEditors::schemaEditorValidatesNextToTheField()
{
    BaseSettingsEditor editor(*m_db.storage, profileFor(QStringLiteral("poly-vvx-450")));
    QVERIFY(okButton(&editor)->isEnabled());
    auto *lis = qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("e911.lisUrl")));
    QVERIFY(lis);
    lis->setText(QStringLiteral("http://lis.example.com/held")); // https only
    auto *error = editor.findChild<QLabel *>(QStringLiteral("error:e911.lisUrl"));
    QVERIFY(!error->isHidden()); // on a tab not shown: hidden by the tab, not by itself
    QVERIFY2(error->text().contains(QStringLiteral("LIS URL")), qPrintable(error->text()));
    QVERIFY(!okButton(&editor)->isEnabled());
    lis->clear(); // HELD enabled needs a LIS URL
    QVERIFY(error->text().contains(QStringLiteral("LIS URL")));
    QVERIFY(!okButton(&editor)->isEnabled());
    lis->setText(QStringLiteral("https://lis.example.com/v2"));
    QVERIFY(error->isHidden());
    QVERIFY(okButton(&editor)->isEnabled());
    editor.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->clear();
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("nameError"))->text().contains(QStringLiteral("Name")));
    QVERIFY(!okButton(&editor)->isEnabled());
}

void TestEditors::outOfRangeNumberIsNamedNotReverted()
{
    // Typing 80 into the RTP port (1024-65534) keeps what was typed and says the range, also once
    // the field loses focus; OK waits for a valid port.
    BaseSettingsEditor editor(*m_db.storage, profileFor(QStringLiteral("poly-vvx-450")));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *spin = qobject_cast<QSpinBox *>(editor.editorFor(QStringLiteral("media.rtpPortStart")));
    QVERIFY(spin);
    auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("categoryTabs"));
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(QStringLiteral("category:media")));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("80"));
    auto *error = editor.findChild<QLabel *>(QStringLiteral("error:media.rtpPortStart"));
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QLatin1String("1024")) &&
                 error->text().contains(QLatin1String("65534")) &&
                 error->text().contains(QLatin1String("80")),
             qPrintable(error->text()));
    QVERIFY(!okButton(&editor)->isEnabled());
    editor.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setFocus(); // leaves the spin box
    QCOMPARE(spin->value(), 80);
    QVERIFY(!error->isHidden());
    spin->setValue(5005); // odd: RTCP takes the next port, so the start must be even
    QVERIFY(!error->isHidden());
    spin->setValue(5006);
    QVERIFY(error->isHidden());
    QVERIFY(okButton(&editor)->isEnabled());
}

void TestEditors::createBaseSettingsFromModelDefaults()
{
    m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    bool edited = false;
    Test::onModal<QDialog>(QStringLiteral("newBaseSettingsDialog"), [&](QDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Lobby phones"));
        auto *model = dialog->findChild<QComboBox *>(QStringLiteral("modelCombo"));
        model->setCurrentIndex(model->findData(QStringLiteral("yealink-t46u")));
        Test::onModal<BaseSettingsEditor>(
            QStringLiteral("baseSettingsEditor"), [&](BaseSettingsEditor *editor) {
                QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
                         QStringLiteral("Lobby phones"));
                QVERIFY(editor->settingsFromFields().values.isEmpty()); // model defaults only
                auto *dtmf = qobject_cast<QComboBox *>(editor->editorFor(QStringLiteral("dtmf.method")));
                QVERIFY(dtmf);
                dtmf->setCurrentIndex(dtmf->currentIndex() == 0 ? 1 : 0);
                edited = true;
                QTest::mouseClick(okButton(editor), Qt::LeftButton);
            });
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    act("actionNewBaseSettings")->trigger();
    QVERIFY(edited);
    auto saved = m_db.storage->baseSettings().findByName(QStringLiteral("Lobby phones"));
    QVERIFY(saved.ok());
    QCOMPARE(saved->modelId, QStringLiteral("yealink-t46u"));
    QCOMPARE(saved->values.size(), 1); // only what differs from the defaults
    QVERIFY(saved->values.contains(QStringLiteral("dtmf.method")));
    // The list shows it with its model and phone count.
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("baseSettingsView"));
    bool listed = false;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        listed = listed || view->model()->index(r, 0).data().toString() == QStringLiteral("Lobby phones");
    QVERIFY(listed);
}

void TestEditors::deleteBaseSettingsInUseIsRefused()
{
    const BaseSettings used = profileFor(QStringLiteral("poly-vvx-450"));
    const int phones = *m_db.storage->baseSettings().phoneCount(used.id);
    QVERIFY(phones > 0);
    m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    selectRecord("baseSettingsView", used.id);
    MessageBox::queueAnswer(QMessageBox::Yes);
    MessageBox::queueAnswer(QMessageBox::Ok);
    act("actionDeleteBaseSettings")->trigger();
    const QStringList shown = MessageBox::takeShownTexts();
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown.last().contains(QString::number(phones)), qPrintable(shown.last()));
    QVERIFY(m_db.storage->baseSettings().get(used.id).ok());

    // An unused copy can be deleted.
    auto copy = m_db.storage->baseSettings().duplicate(used.id, QStringLiteral("Spare"));
    QVERIFY(copy.ok());
    selectRecord("baseSettingsView", copy->id);
    MessageBox::queueAnswer(QMessageBox::Yes);
    act("actionDeleteBaseSettings")->trigger();
    QVERIFY(!m_db.storage->baseSettings().get(copy->id).ok());
}

void TestEditors::duplicateBaseSettings()
{
    const BaseSettings original = profileFor(QStringLiteral("poly-vvx-450"));
    m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    selectRecord("baseSettingsView", original.id);
    bool asked = false;
    Test::onModal<QInputDialog>(QString(), [&](QInputDialog *dialog) {
        asked = true;
        QCOMPARE(dialog->textValue(), original.name + QStringLiteral(" (copy)"));
        dialog->setTextValue(QStringLiteral("VVX 450 reception"));
        dialog->accept();
    });
    act("actionDuplicateBaseSettings")->trigger();
    QVERIFY(asked);
    auto copy = m_db.storage->baseSettings().findByName(QStringLiteral("VVX 450 reception"));
    QVERIFY(copy.ok());
    QCOMPARE(copy->modelId, original.modelId);
    QCOMPARE(copy->values, original.values);
    QVERIFY(copy->id != original.id);
}

void TestEditors::siteDialogNamesEveryInvalidField()
{
    bool checked = false;
    Test::onModal<SiteDialog>(QStringLiteral("siteDialog"), [&](SiteDialog *dialog) {
        auto error = [&](const char *field) {
            return dialog->findChild<QLabel *>(QString::fromLatin1(field) + QStringLiteral("Error"))->text();
        };
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(error("name").contains(QStringLiteral("Name")));
        QVERIFY(error("primarySip").contains(QStringLiteral("Primary SIP server")));
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Lisbon"));
        dialog->findChild<QLineEdit *>(QStringLiteral("primarySipHostEdit"))
            ->setText(QStringLiteral("sip lisbon"));
        QVERIFY(error("primarySip").contains(QStringLiteral("sip lisbon")));
        dialog->findChild<QLineEdit *>(QStringLiteral("primarySipHostEdit"))
            ->setText(QStringLiteral("sip.lisbon.example.com"));
        dialog->findChild<QComboBox *>(QStringLiteral("timeZoneCombo"))
            ->setCurrentText(QStringLiteral("Lisbon time"));
        QVERIFY(error("timeZone").contains(QStringLiteral("Time zone")));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog->findChild<QComboBox *>(QStringLiteral("timeZoneCombo"))
            ->setCurrentText(QStringLiteral("Europe/Lisbon"));
        QVERIFY(okButton(dialog)->isEnabled());
        checked = true;
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    act("actionNewSite")->trigger();
    QVERIFY(checked);
    bool found = false;
    const auto sites = m_db.storage->sites().list();
    for (const Site &s : *sites)
        found =
            found || (s.name == QStringLiteral("Lisbon") && s.timeZone == QStringLiteral("Europe/Lisbon"));
    QVERIFY(found);
}

void TestEditors::userDialog()
{
    Test::onModal<UserDialog>(QStringLiteral("userDialog"), [&](UserDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Ana Costa"));
        dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))
            ->setText(QStringLiteral("ana at example"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("emailError"))
                    ->text()
                    .contains(QStringLiteral("Email")));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))
            ->setText(QStringLiteral("ana@example.com"));
        dialog->findChild<QLineEdit *>(QStringLiteral("extensionEdit"))->setText(QStringLiteral("4711"));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    act("actionNewUser")->trigger();
    bool found = false;
    const auto users = m_db.storage->users().list();
    for (const User &u : *users)
        found =
            found || (u.email == QStringLiteral("ana@example.com") && u.extension == QStringLiteral("4711"));
    QVERIFY(found);
}

void TestEditors::siteAndBaseSettingsConflictsAskAsThePhoneEditorDoes()
{
    // Someone else saves the record while its editor is open: the same question as for a phone,
    // naming who, with Reload / Overwrite / Cancel; Reload shows their version and keeps the editor
    // open, Overwrite saves this one over it.
    auto other = Test::openAgain(m_db);
    QVERIFY(other);
    other->setActor(QStringLiteral("colleague"), Role::Administrator);
    Site site = m_db.storage->sites().list()->constFirst();
    SiteDialog dialog(*m_db.storage, site);
    Site theirs = *other->sites().get(site.id);
    theirs.description = QStringLiteral("their change");
    QVERIFY(other->sites().update(theirs).ok());
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *description = dialog.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
    name->setText(QStringLiteral("Mine"));
    MessageBox::queueChoice(0); // Reload
    dialog.accept();
    QStringList shown = MessageBox::takeShownTexts();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QLatin1String("colleague")) &&
                 shown.first().contains(QLatin1String("Site \"Mine\"")),
             qPrintable(shown.first()));
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open, not accepted
    QCOMPARE(name->text(), site.name);
    QCOMPARE(description->toPlainText(), QStringLiteral("their change"));
    // Editing on the reloaded version saves without a question.
    name->setText(QStringLiteral("Mine"));
    dialog.accept();
    QVERIFY(MessageBox::takeShownTexts().isEmpty());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_db.storage->sites().get(site.id)->name, QStringLiteral("Mine"));
    QCOMPARE(m_db.storage->sites().get(site.id)->description, QStringLiteral("their change"));

    BaseSettings profile = profileFor(QStringLiteral("poly-vvx-450"));
    BaseSettingsEditor editor(*m_db.storage, profile);
    BaseSettings theirProfile = *other->baseSettings().get(profile.id);
    theirProfile.description = QStringLiteral("their profile change");
    QVERIFY(other->baseSettings().update(theirProfile).ok());
    MessageBox::queueChoice(1); // Overwrite
    editor.accept();
    shown = MessageBox::takeShownTexts();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QLatin1String("colleague")) && shown.first().contains(profile.name),
             qPrintable(shown.first()));
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    QCOMPARE(m_db.storage->baseSettings().get(profile.id)->version, profile.version + 2);
    QCOMPARE(m_db.storage->baseSettings().get(profile.id)->description, profile.description);
}

void TestEditors::cloudMediaWarning()
{
    const PhoneModel *incompatible = nullptr;
    for (const PhoneModel &m : ModelCatalog::builtin().models()) {
        if (!m.cloudMediaCompatible && m.supports(PhoneCategory::Managed))
            incompatible = &m;
    }
    if (!incompatible)
        QSKIP("the catalog has no managed model that is incompatible with cloud media");
    Id cloudSite = 0;
    const auto sites = m_db.storage->sites().list();
    for (const Site &s : *sites) {
        if (s.mediaModel == MediaModel::Cloud)
            cloudSite = s.id;
    }
    QVERIFY(cloudSite);
    PhoneEditor editor(*m_db.storage, 0);
    auto select = [&](const char *name, const QVariant &data) {
        auto *c = editor.findChild<QComboBox *>(QString::fromLatin1(name));
        c->setCurrentIndex(c->findData(data));
    };
    select("baseSettingsCombo", profileFor(incompatible->id).id);
    select("siteCombo", cloudSite);
    auto *warning = editor.findChild<QLabel *>(QStringLiteral("warningsLabel"));
    QVERIFY(warning->isVisibleTo(&editor));
    QVERIFY(warning->text().contains(incompatible->displayName));
}

void TestEditors::phoneEditorRefusesInvisibleCharacters()
{
    // The editor checks with the same rule as the import: a name that reads differently from
    // what it is gets the message next to the field and cannot be saved.
    PhoneEditor editor(*m_db.storage, 0);
    auto *name = editor.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *error = editor.findChild<QLabel *>(QStringLiteral("nameError"));
    QVERIFY(name && error);
    name->setText(u"Desk \u202Etxt.exe"_qs);
    QCOMPARE(error->text(),
             QStringLiteral("Name must not contain invisible or text-direction characters (U+202E "
                            "at character 6)."));
    QVERIFY(!okButton(&editor)->isEnabled());
    name->setText(u"Desk txt.exe"_qs);
    QCOMPARE(error->text(), QString());
}

void TestEditors::phoneEditorKeepsTheSerialNumber()
{
    Id managed = 0;
    const auto rows = m_db.storage->phones().list(); // kept alive for the loop
    for (const PhoneRow &row : *rows) {
        if (row.category == PhoneCategory::Managed && !managed)
            managed = row.id;
    }
    QVERIFY(managed);
    {
        PhoneEditor editor(*m_db.storage, managed);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *serial = editor.findChild<QLineEdit *>(QStringLiteral("serialNumberEdit"));
        auto *error = editor.findChild<QLabel *>(QStringLiteral("serialNumberError"));
        QVERIFY(serial && error);
        QVERIFY(serial->isVisibleTo(&editor));
        serial->setText(QStringLiteral("SN 1234"));
        QVERIFY2(error->text().contains(QLatin1String("\"SN 1234\" is not a serial number")),
                 qPrintable(error->text()));
        QVERIFY(!okButton(&editor)->isEnabled());
        serial->setText(QStringLiteral("8012345678901234"));
        QCOMPARE(error->text(), QString());
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
    }
    QCOMPARE(m_db.storage->phones().get(managed)->serialNumber, QStringLiteral("8012345678901234"));
    PhoneEditor again(*m_db.storage, managed);
    auto *serial = again.findChild<QLineEdit *>(QStringLiteral("serialNumberEdit"));
    QCOMPARE(serial->text(), QStringLiteral("8012345678901234"));
    // A remote phone has none: the field goes, and nothing is saved for it.
    auto *category = again.findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    category->setCurrentIndex(category->findData(int(PhoneCategory::Remote)));
    QVERIFY(!serial->isVisibleTo(&again));
    QCOMPARE(again.phoneFromFields().serialNumber, QString());
}

void TestEditors::newPhoneShowsErrorsOnceEditedOrOnOk()
{
    const qsizetype phonesBefore = m_db.storage->phones().list()->size();
    PhoneEditor editor(*m_db.storage, 0);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto settle = [] {
        for (int i = 0; i < 4; ++i)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    };
    settle();
    auto *name = editor.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *hardwareId = editor.findChild<QLineEdit *>(QStringLiteral("hardwareIdEdit"));
    auto *nameError = editor.findChild<QLabel *>(QStringLiteral("nameError"));
    auto *hardwareIdError = editor.findChild<QLabel *>(QStringLiteral("hardwareIdError"));
    QVERIFY(name && hardwareId && nameError && hardwareIdError);
    // The empty form is not a phone yet, but nothing was typed: no message, OK can be pressed.
    QVERIFY(!editor.errors().isEmpty());
    const QList<QLabel *> labels = editor.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->objectName().endsWith(QLatin1String("Error")))
            QVERIFY2(label->isHidden(), qPrintable(label->objectName() + u' ' + label->text()));
    }
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("otherError"))->isHidden());
    QVERIFY(okButton(&editor)->isEnabled());

    // A message coming and going does not move the fields below it.
    const int hardwareIdY = hardwareId->mapTo(&editor, QPoint()).y();
    name->setText(QStringLiteral("Desk\u202E"));
    settle();
    QVERIFY(!nameError->isHidden());
    QVERIFY(nameError->text().contains(QStringLiteral("Name")));
    QVERIFY(hardwareIdError->isHidden()); // not edited yet
    QVERIFY(!okButton(&editor)->isEnabled());
    QCOMPARE(hardwareId->mapTo(&editor, QPoint()).y(), hardwareIdY);
    name->setText(QStringLiteral("Desk 12"));
    settle();
    QVERIFY(nameError->isHidden());
    QCOMPARE(hardwareId->mapTo(&editor, QPoint()).y(), hardwareIdY);

    // OK shows every remaining problem and saves nothing.
    QVERIFY(okButton(&editor)->isEnabled());
    QTest::mouseClick(okButton(&editor), Qt::LeftButton);
    settle();
    QVERIFY(editor.isVisible());
    QVERIFY(!hardwareIdError->isHidden());
    QVERIFY(!hardwareIdError->text().isEmpty());
    QVERIFY(!okButton(&editor)->isEnabled());
    QCOMPARE(hardwareId->mapTo(&editor, QPoint()).y(), hardwareIdY);
    QCOMPARE(m_db.storage->phones().list()->size(), phonesBefore);
}

void TestEditors::siteDialogTabOrderAndBuddies()
{
    SiteDialog dialog(*m_db.storage, Site {});
    const QStringList expected = {
        QStringLiteral("nameEdit"),
        QStringLiteral("descriptionEdit"),
        QStringLiteral("mediaCombo"),
        QStringLiteral("primarySipHostEdit"),
        QStringLiteral("primarySipPortSpin"),
        QStringLiteral("primarySipTransportCombo"),
        QStringLiteral("secondarySipHostEdit"),
        QStringLiteral("secondarySipPortSpin"),
        QStringLiteral("secondarySipTransportCombo"),
        QStringLiteral("provisioningHostEdit"),
        QStringLiteral("timeZoneCombo"),
        QStringLiteral("e911Edit"),
        QStringLiteral("numberPlanEdit"),
    };
    // Tab goes through the fields in the order they are shown, then to the buttons.
    QStringList order;
    QWidget *w = dialog.findChild<QWidget *>(expected.first());
    QVERIFY(w);
    for (int i = 0; i < 100 && order.size() < expected.size(); ++i, w = w->nextInFocusChain()) {
        // Parts of a combo or spin box (its line edit) and of a text edit are named qt_…
        if (w->focusPolicy() & Qt::TabFocus && !w->objectName().isEmpty() &&
            !w->objectName().startsWith(QLatin1String("qt_")))
            order << w->objectName();
    }
    QCOMPARE(order, expected);
    // Every label's mnemonic leads to its field, not to the box around the field and its message.
    for (const char *pair : {"nameLabel:nameEdit", "primarySipLabel:primarySipHostEdit",
                             "timeZoneLabel:timeZoneCombo", "numberPlanLabel:numberPlanEdit"}) {
        const QStringList names = QString::fromLatin1(pair).split(u':');
        auto *label = dialog.findChild<QLabel *>(names.at(0));
        QVERIFY2(label, pair);
        QCOMPARE(label->buddy(), dialog.findChild<QWidget *>(names.at(1)));
    }
}

void TestEditors::activityFilters()
{
    const auto rows = m_db.storage->phones().list();
    const PhoneRow row = rows->at(3);
    Phone phone = *m_db.storage->phones().get(row.id);
    phone.description = QStringLiteral("audited change");
    QVERIFY(m_db.storage->phones().update(phone).ok());
    auto *page = m_window->findChild<ActivityPage *>(QStringLiteral("activityPage"));
    new QAbstractItemModelTester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, page);
    page->showPhone(row.name);
    QVERIFY(page->model()->rowCount() >= 2); // created by the demo, then updated
    for (int r = 0; r < page->model()->rowCount(); ++r)
        QVERIFY(page->model()->index(r, 3).data().toString().contains(row.name));
    auto *action = page->findChild<QComboBox *>(QStringLiteral("activityActionCombo"));
    action->setCurrentIndex(action->findData(QStringLiteral("site.")));
    QCOMPARE(page->model()->rowCount(), 0);
    action->setCurrentIndex(0);
    auto *actor = page->findChild<QComboBox *>(QStringLiteral("activityActorCombo"));
    QVERIFY(actor->findData(QStringLiteral("tester")) >= 0);
    actor->setCurrentIndex(actor->findData(QStringLiteral("tester")));
    QVERIFY(page->model()->rowCount() >= 2);
    page->showPhone(QString());
    auto *from = page->findChild<QCheckBox *>(QStringLiteral("activityFromCheck"));
    page->findChild<QDateTimeEdit *>(QStringLiteral("activityFromEdit"))
        ->setDateTime(QDateTime::currentDateTime().addDays(1));
    from->setChecked(true);
    page->reload();
    QCOMPARE(page->model()->rowCount(), 0);
}

void TestEditors::configurationPreviewTab()
{
    Id managed = 0;
    const auto rows = m_db.storage->phones().list();
    for (const PhoneRow &r : *rows) {
        if (r.category == PhoneCategory::Managed && r.modelId.startsWith(QStringLiteral("poly-vvx"))) {
            managed = r.id;
            break;
        }
    }
    QVERIFY(managed);
    PhoneEditor editor(*m_db.storage, managed);
    auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("phoneEditorTabs"));
    auto *preview = editor.findChild<ConfigPreviewWidget *>(QStringLiteral("configurationPreview"));
    QVERIFY(preview);
    QVERIFY(preview->fileNames().isEmpty()); // rendered only when the tab is opened
    tabs->setCurrentWidget(preview);
    QVERIFY(!preview->fileNames().isEmpty());
    const QString text = preview->fileText(preview->fileNames().first());
    QVERIFY(!text.isEmpty());
}

void TestEditors::perPhoneOverrides()
{
    Id managed = 0;
    const auto rows = m_db.storage->phones().list();
    for (const PhoneRow &r : *rows) {
        if (r.category == PhoneCategory::Managed && r.modelId == QStringLiteral("poly-vvx-450"))
            managed = r.id;
    }
    QVERIFY(managed);
    PhoneEditor editor(*m_db.storage, managed);
    auto *table = editor.findChild<QTableWidget *>(QStringLiteral("overrideTable"));
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addOverrideButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    auto *setting = qobject_cast<QComboBox *>(table->cellWidget(0, 0));
    setting->setCurrentIndex(setting->findData(QStringLiteral("media.dscpRtp")));
    table->item(0, 1)->setText(QStringLiteral("99")); // out of range 0-63
    auto *error = editor.findChild<QLabel *>(QStringLiteral("overridesError"));
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("DSCP")), qPrintable(error->text()));
    QVERIFY(!okButton(&editor)->isEnabled());
    table->item(0, 1)->setText(QStringLiteral("forty")); // not a number
    QVERIFY(!okButton(&editor)->isEnabled());
    table->item(0, 1)->setText(QStringLiteral("40"));
    QVERIFY(error->isHidden());
    QVERIFY(okButton(&editor)->isEnabled());
    QTest::mouseClick(okButton(&editor), Qt::LeftButton);
    auto saved = m_db.storage->phones().get(managed);
    QVERIFY(saved.ok());
    QCOMPARE(saved->overrides.value(QStringLiteral("media.dscpRtp")).toInt(), 40);
}

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"
