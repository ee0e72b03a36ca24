// Firmware rollouts in the console (QT_QPA_PLATFORM=offscreen, SQLite): the base-settings editor
// picks the firmware version from the library (no free text); Manage > Firmware Rollouts… starts a
// rollout of the phones selected in the Phones tab, refuses a bad one with the reason, pauses,
// resumes and rolls back; the Phones tab shows each phone's target and where its update stands,
// following the rollout as turns are given and phones report.

#include "basesettingseditor.h"
#include "basesettingsrepository.h"
#include "firmwarefiles.h"
#include "firmwarerepository.h"
#include "guitest.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "phonerepository.h"
#include "phonetablemodel.h"
#include "rolloutdialog.h"
#include "siterepository.h"
#include "statusrepository.h"
#include "storage.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
const QString Old = QStringLiteral("108.86.0.80");
const QString New = QStringLiteral("108.86.0.90");
} // namespace

class TestRolloutDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editorPicksTheVersionFromTheLibrary();
    void selectedPhonesRollOutAndThePhonesTabFollows();
    void refusalIsShownUnderTheForm();
    void pauseResumeAndRollBack();
    void viewersSeeButDoNotStart();

private:
    QString cell(PhoneTableModel *model, Id phone, int column);

    TestDatabase m_db;
    Storage *s = nullptr;
    std::unique_ptr<QTemporaryDir> m_files;
    BaseSettings m_profile;
    QList<Id> m_phones;
};

void TestRolloutDialog::init()
{
    QString error;
    m_db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    s = m_db.storage.get();
    s->setActor(QStringLiteral("tester"), Role::Administrator);
    m_files = std::make_unique<QTemporaryDir>();
    MessageBox::takeShownTexts();
    quint32 seed = 3;
    for (const QString &version : {Old, New}) {
        const QString path =
            m_files->filePath(QStringLiteral("T46U(T43U,T46U,T41U,T48U,T42U,T44U,T44W)-%1.rom").arg(version));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(binaryImage(4000, seed++));
        f.close();
        auto added = FirmwareRepository(*s).add({path, std::nullopt, {}, {}});
        QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
    }
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.net"), 5061, SipTransport::Tls};
    auto created = s->sites().create(site);
    QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));
    BaseSettings bs;
    bs.name = QStringLiteral("Front desk");
    bs.modelId = QStringLiteral("yealink-t46u");
    bs.values = {{QStringLiteral("provisioning.firmwarePolicy"), QStringLiteral("automatic")},
                 {QStringLiteral("provisioning.firmwareVersion"), Old}};
    auto profile = s->baseSettings().create(bs);
    QVERIFY2(profile, profile ? "" : qPrintable(profile.error().fullText()));
    m_profile = *profile;
    m_phones.clear();
    for (int i = 0; i < 6; ++i) {
        Phone p;
        p.name = QStringLiteral("Desk %1").arg(i);
        p.category = PhoneCategory::Managed;
        p.baseSettingsId = m_profile.id;
        p.siteId = created->id;
        p.hardwareId = QStringLiteral("805ec000000%1").arg(i);
        auto phone = s->phones().create(p);
        QVERIFY2(phone, phone ? "" : qPrintable(phone.error().fullText()));
        m_phones.append(phone->id);
        ProvisioningFetch fetch;
        fetch.time = QDateTime::currentDateTimeUtc();
        fetch.firmware = Old;
        QVERIFY(s->status().recordFetch(phone->id, fetch));
    }
}

void TestRolloutDialog::cleanup()
{
    QVERIFY(!MessageBox::hasQueuedAnswers());
    s = nullptr;
    m_db = TestDatabase();
    m_files.reset();
}

QString TestRolloutDialog::cell(PhoneTableModel *model, Id phone, int column)
{
    return model->index(model->rowOf(phone), column).data().toString();
}

void TestRolloutDialog::editorPicksTheVersionFromTheLibrary()
{
    BaseSettingsEditor editor(*s, m_profile);
    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("setting:provisioning.firmwareVersion"));
    QVERIFY(combo);
    QVERIFY(!combo->isEditable()); // no free text
    QStringList versions;
    for (int i = 0; i < combo->count(); ++i)
        versions << combo->itemData(i).toString();
    QCOMPARE(versions, (QStringList {QString(), Old, New}));
    QCOMPARE(combo->currentData().toString(), Old);
    QVERIFY(combo->currentText().contains(QLatin1String(".rom")));

    // A version the library lacks (an older import) stays, marked, and is kept on save.
    BaseSettings legacy = m_profile;
    legacy.values.insert(QStringLiteral("provisioning.firmwarePolicy"), QStringLiteral("manual"));
    legacy.values.insert(QStringLiteral("provisioning.firmwareVersion"), QStringLiteral("66.86.0.15"));
    BaseSettingsEditor other(*s, legacy);
    auto *otherCombo = other.findChild<QComboBox *>(QStringLiteral("setting:provisioning.firmwareVersion"));
    QCOMPARE(otherCombo->currentData().toString(), QStringLiteral("66.86.0.15"));
    QVERIFY2(otherCombo->currentText().contains(QLatin1String("not in the firmware library")),
             qPrintable(otherCombo->currentText()));
}

void TestRolloutDialog::selectedPhonesRollOutAndThePhonesTabFollows()
{
    MainWindow window(*s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *model = window.findChild<PhoneTableModel *>();
    QVERIFY(model);
    QCOMPARE(cell(model, m_phones.at(0), PhoneTableModel::FirmwareTarget), Old);
    QCOMPARE(cell(model, m_phones.at(0), PhoneTableModel::FirmwareUpdate), PhoneTableModel::tr("Up to date"));
    QCOMPARE(model->headerData(PhoneTableModel::FirmwareUpdate, Qt::Horizontal).toString(),
             PhoneTableModel::tr("Firmware update"));

    RolloutDialog dialog(*s, {m_phones.at(0), m_phones.at(1), m_phones.at(2)}, &window);
    QCOMPARE(dialog.rollouts().size(), 0);
    bool started = false;
    onModal<NewRolloutDialog>(QStringLiteral("newRolloutDialog"), [&](NewRolloutDialog *form) {
        QVERIFY(form->selectionButton()->isEnabled());
        QVERIFY(form->selectionButton()->isChecked());
        QCOMPARE(form->profileBox()->currentData().toLongLong(), m_profile.id);
        form->targetBox()->setCurrentIndex(form->targetBox()->findData(New));
        form->limitBox()->setValue(2);
        form->accept();
        started = form->result() == QDialog::Accepted;
        if (!started)
            qWarning("%s", qPrintable(form->errorLabel()->text()));
    });
    dialog.newRollout();
    QVERIFY(started);
    QCOMPARE(dialog.rollouts().size(), 1);
    const FirmwareRollout r = dialog.rollouts().first();
    QCOMPARE(r.phones(), 3);
    QCOMPARE(r.maxUpdating, 2);
    QCOMPARE(dialog.phoneList()->topLevelItemCount(), 3);
    QCOMPARE(dialog.phoneList()->topLevelItem(0)->text(1), displayName(RolloutPhoneState::Waiting));
    QVERIFY(dialog.pauseButton()->isEnabled());

    // Turns are given: the tab and the dialog follow the change feed.
    QVERIFY(RolloutRepository(*s).advance());
    QTRY_COMPARE(cell(model, m_phones.at(0), PhoneTableModel::FirmwareUpdate),
                 PhoneTableModel::tr("Updating"));
    QCOMPARE(cell(model, m_phones.at(0), PhoneTableModel::FirmwareTarget), New);
    QCOMPARE(cell(model, m_phones.at(2), PhoneTableModel::FirmwareUpdate), PhoneTableModel::tr("Waiting"));
    QCOMPARE(cell(model, m_phones.at(2), PhoneTableModel::FirmwareTarget), Old);
    QCOMPARE(cell(model, m_phones.at(5), PhoneTableModel::FirmwareTarget), Old); // outside: held
    QTRY_COMPARE(dialog.phoneList()->topLevelItem(0)->text(1), displayName(RolloutPhoneState::Updating));

    // Phone 0 comes back on the old version after downloading: "Failed (came back on …)".
    FirmwareDownload d;
    d.phoneId = m_phones.at(0);
    d.sha256 = QStringLiteral("00");
    d.version = New;
    d.started = QDateTime::currentDateTimeUtc();
    d.finished = d.started;
    d.complete = true;
    QVERIFY(FirmwareRepository(*s).recordDownloads({d}));
    ProvisioningFetch back;
    back.time = d.finished.addSecs(5);
    back.firmware = Old;
    QVERIFY(s->status().recordFetch(m_phones.at(0), back));
    QVERIFY(RolloutRepository(*s).advance(QDateTime::currentDateTime().addSecs(10)));
    QTRY_COMPARE(cell(model, m_phones.at(0), PhoneTableModel::FirmwareUpdate),
                 PhoneTableModel::tr("Failed (%1)").arg(QStringLiteral("came back on %1").arg(Old)));
}

void TestRolloutDialog::refusalIsShownUnderTheForm()
{
    NewRolloutDialog form(*s, {});
    QVERIFY(!form.selectionButton()->isEnabled());
    form.sitesButton()->setChecked(true); // no site ticked
    QVERIFY(!form.startRollout());
    QVERIFY(form.errorLabel()->isVisibleTo(&form));
    QVERIFY2(form.errorLabel()->text().contains(QLatin1String("Sites")),
             qPrintable(form.errorLabel()->text()));
    QCOMPARE(RolloutRepository(*s).list().value().size(), 0);
    form.siteList()->item(0)->setCheckState(Qt::Checked);
    form.targetBox()->setCurrentIndex(form.targetBox()->findData(New));
    QVERIFY2(form.startRollout(), qPrintable(form.errorLabel()->text()));
    QCOMPARE(form.started().phones(), 6);
}

void TestRolloutDialog::pauseResumeAndRollBack()
{
    RolloutRequest request;
    request.baseSettingsId = m_profile.id;
    request.targetVersion = New;
    request.maxUpdating = 3;
    auto rollout = RolloutRepository(*s).start(request);
    QVERIFY(rollout);
    QVERIFY(RolloutRepository(*s).advance());
    RolloutDialog dialog(*s, {});
    dialog.selectRollout(rollout->id);
    QVERIFY(dialog.pauseButton()->isEnabled());
    QVERIFY(!dialog.resumeButton()->isEnabled());
    dialog.pauseButton()->click();
    QCOMPARE(RolloutRepository(*s).find(rollout->id).value()->state, RolloutState::Paused);
    QTRY_VERIFY(dialog.resumeButton()->isEnabled());
    dialog.resumeButton()->click();
    QCOMPARE(RolloutRepository(*s).find(rollout->id).value()->state, RolloutState::Running);
    QTRY_VERIFY(dialog.rollBackButton()->isEnabled());
    dialog.rollBackButton()->click();
    QCOMPARE(RolloutRepository(*s).find(rollout->id).value()->state, RolloutState::Stopped);
    QCOMPARE(dialog.rollouts().size(), 2);
    const FirmwareRollout back = dialog.rollouts().first();
    QCOMPARE(back.targetVersion, Old);
    QCOMPARE(back.replacesId, rollout->id);
    QCOMPARE(dialog.currentRolloutId(), back.id);
    QVERIFY(dialog.rolloutList()->currentItem()->text(3).contains(QStringLiteral("#%1").arg(rollout->id)));
}

void TestRolloutDialog::viewersSeeButDoNotStart()
{
    RolloutRequest request;
    request.baseSettingsId = m_profile.id;
    request.targetVersion = New;
    QVERIFY(RolloutRepository(*s).start(request));
    s->setActor(QStringLiteral("viewer"), Role::Viewer);
    RolloutDialog dialog(*s, {});
    QCOMPARE(dialog.rollouts().size(), 1);
    QVERIFY(!dialog.pauseButton()->isEnabled());
    QVERIFY(!dialog.rollBackButton()->isEnabled());
    MainWindow window(*s);
    auto *action = window.findChild<QAction *>(QStringLiteral("actionFirmwareRollouts"));
    QVERIFY(action && action->isEnabled());
    bool opened = false;
    onModal<RolloutDialog>(QStringLiteral("rolloutDialog"), [&](RolloutDialog *d) {
        opened = d->rollouts().size() == 1;
        d->reject();
    });
    action->trigger();
    QVERIFY(opened);
}

QTEST_MAIN(TestRolloutDialog)
#include "tst_rolloutdialog.moc"
