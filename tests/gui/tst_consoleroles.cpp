// What each role sees and may do in the console's dialogs: credentials in the Configuration
// preview are masked for everyone and only an Administrator can show them; the editors a role may
// not save open read-only (every field is poked with keys and must keep its value, and there is
// no OK/Save, only Close). Driven through the real MainWindow.
#include "basesettingsrepository.h"
#include "demodata.h"
#include "guitest.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "migratedialog.h"
#include "phonefilterproxymodel.h"
#include "phonerepository.h"
#include "phonetablemodel.h"
#include "quarantinerepository.h"
#include "quarantineview.h"
#include "recordtablemodel.h"
#include "renderedconfig.h"
#include "siterepository.h"
#include "testsupport.h"
#include "userrepository.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>

using namespace PhoneDesk;

namespace {
// What the console shows in place of each credential.
const QString Mask = QString(8, QChar(0x2022));

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p && !p->isWindow(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty()) {
            path.prepend(p->objectName());
            break;
        }
        path.prepend(QString::fromLatin1(p->metaObject()->className()));
    }
    return path.join(u'/');
}

void dumpModel(const QAbstractItemModel *model, const QModelIndex &parent, QStringList &out)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            out << index.data(Qt::EditRole).toString() + u'|' + index.data(Qt::CheckStateRole).toString();
            if (c == 0 && model->hasChildren(index))
                dumpModel(model, index, out);
        }
    }
}

// Every value a person could change in `root`, as text.
QString snapshot(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            out << e->text();
        else if (auto *t = qobject_cast<QPlainTextEdit *>(w))
            out << t->toPlainText();
        else if (auto *rich = qobject_cast<QTextEdit *>(w))
            out << rich->toPlainText();
        else if (auto *s = qobject_cast<QAbstractSpinBox *>(w))
            out << s->text();
        else if (auto *c = qobject_cast<QComboBox *>(w))
            out << QString::number(c->currentIndex()) + c->currentText();
        else if (auto *b = qobject_cast<QAbstractButton *>(w); b && b->isCheckable())
            out << QString::number(b->isChecked());
        else if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model())
            dumpModel(v->model(), v->rootIndex(), out);
    }
    return out.join(u'\n');
}

// Types into, ticks and steps every field of `dialog` the way a person would (keys, Space, F2 on
// table cells) and returns the fields that changed or opened an editor; `tried` counts the fields.
QStringList pokeEveryField(QWidget *dialog, int *tried)
{
    *tried = 0;
    // Build what tabs create when first shown (the Configuration preview).
    for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            tabs->setCurrentIndex(i);
        tabs->setCurrentIndex(0);
    }
    QStringList changed;
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const QString before = snapshot(dialog);
        bool editing = false;
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
            qobject_cast<QTextEdit *>(w)) {
            QTest::keyClicks(w, QStringLiteral("x9"));
            QTest::keyClick(w, Qt::Key_Backspace);
            QTest::keyClicks(w, QStringLiteral("z"));
        } else if (qobject_cast<QAbstractSpinBox *>(w)) {
            QTest::keyClicks(w, QStringLiteral("7"));
            QTest::keyClick(w, Qt::Key_Up);
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            QTest::keyClick(w, combo->currentIndex() + 1 < combo->count() ? Qt::Key_Down : Qt::Key_Up);
            if (combo->isEditable())
                QTest::keyClicks(w, QStringLiteral("x9"));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w); button && button->isCheckable()) {
            QTest::keyClick(w, Qt::Key_Space);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int r = 0; r < std::min(model->rowCount(view->rootIndex()), 6) && !editing; ++r) {
                for (int c = 0; c < model->columnCount(view->rootIndex()) && !editing; ++c) {
                    const QModelIndex index = model->index(r, c, view->rootIndex());
                    const QWidget *cellWidget = view->indexWidget(index); // e.g. a combo box
                    view->setCurrentIndex(index);
                    QTest::keyClick(view, Qt::Key_Space); // toggles a check box item
                    QTest::keyClick(view, Qt::Key_F2);
                    QTest::keyClicks(view, QStringLiteral("x9"));
                    editing = view->indexWidget(index) != cellWidget; // an editor opened
                }
            }
            view->setCurrentIndex({}); // commits and closes an editor that opened
        } else {
            continue;
        }
        ++*tried;
        if (editing || snapshot(dialog) != before)
            changed << describe(w);
    }
    return changed;
}

// Buttons that would save or change something: every visible, enabled push button but Close/Cancel.
QStringList enabledChangeButtons(QWidget *dialog)
{
    QStringList out;
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (!b->isVisibleTo(dialog) || !b->isEnabled())
            continue;
        auto *box = qobject_cast<QDialogButtonBox *>(b->parentWidget());
        if (box && box->buttonRole(b) == QDialogButtonBox::RejectRole)
            continue;
        out << describe(b) + u':' + b->text();
    }
    return out;
}

bool hasCloseButton(QWidget *dialog)
{
    for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
        QPushButton *close = box->button(QDialogButtonBox::Close);
        if (close && close->isVisibleTo(dialog) && close->isEnabled())
            return true;
    }
    return false;
}
} // namespace

class TestConsoleRoles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void configurationMasksSecrets_data();
    void configurationMasksSecrets();
    void administratorShowsSecrets_data();
    void administratorShowsSecrets();
    void dialogsAreReadOnly_data();
    void dialogsAreReadOnly();
    void viewerCannotClaimFromQuarantine();

private:
    void openWindow(Role role);
    Id phoneOf(const QString &family);
    QStringList secretsOf(Id phoneId);
    QString secretOf(Id phoneId) { return m_secrets.value(phoneId); }
    // Opens the phone editor of `phoneId` through the window, shows its Configuration page and
    // calls `body` with the preview; the editor is closed afterwards.
    void withConfiguration(Id phoneId, const std::function<void(QWidget *preview)> &body);
    void selectRecord(const char *viewName, Id id);

    Test::TestDatabase m_db;
    std::unique_ptr<MainWindow> m_window;
    QHash<QString, Id> m_phones; // family -> phone
    QHash<Id, QString> m_secrets; // read as administrator
    Id m_siteId = 0;
    Id m_userId = 0;
    Id m_profileId = 0;
};

void TestConsoleRoles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PhoneDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_consoleroles"));
}

void TestConsoleRoles::init()
{
    QSettings().clear();
    QString error;
    m_db = Test::createDatabase(Test::Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    m_db.storage->setActor(QStringLiteral("tester"), Role::Administrator);
    QVERIFY(populateDemoData(*m_db.storage).ok());
    m_phones.clear();
    m_secrets.clear();
    const auto rows = m_db.storage->phones().list();
    QVERIFY(rows.ok());
    for (const PhoneRow &r : *rows) {
        QString family;
        if (r.category == PhoneCategory::Unmanaged)
            family = QStringLiteral("unmanaged");
        else if (r.category == PhoneCategory::Managed && r.userId != 0)
            family = r.modelId.section(u'-', 0, 0); // poly, yealink, audiocodes, …
        if (!family.isEmpty() && !m_phones.contains(family))
            m_phones.insert(family, r.id);
    }
    // The demo's unmanaged phones have no user; give one a line so it has a password to hide.
    auto users = m_db.storage->users().list();
    QVERIFY(users.ok() && !users->isEmpty());
    m_userId = users->first().id;
    auto unmanaged = m_db.storage->phones().get(m_phones.value(QStringLiteral("unmanaged")));
    QVERIFY(unmanaged.ok());
    unmanaged->userId = m_userId;
    QVERIFY(m_db.storage->phones().update(*unmanaged).ok());
    // An override, so the phone editor's override table has a row to try.
    auto poly = m_db.storage->phones().get(m_phones.value(QStringLiteral("poly")));
    QVERIFY(poly.ok());
    poly->overrides.insert(QStringLiteral("media.dscpRtp"), 40);
    QVERIFY(m_db.storage->phones().update(*poly).ok());
    for (const Id id : std::as_const(m_phones)) {
        auto secret = m_db.storage->phones().deviceSecret(id);
        QVERIFY(secret.ok() && !secret->isEmpty());
        m_secrets.insert(id, *secret);
    }
    m_siteId = poly->siteId;
    m_profileId = poly->baseSettingsId;
    QGuiApplication::clipboard()->clear();
}

void TestConsoleRoles::cleanup()
{
    QVERIFY(!MessageBox::hasQueuedAnswers());
    m_window.reset();
    m_db = {};
}

void TestConsoleRoles::openWindow(Role role)
{
    m_window.reset();
    m_db.storage->setActor(QStringLiteral("someone"), role);
    m_window = std::make_unique<MainWindow>(*m_db.storage);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    MessageBox::takeShownTexts();
}

Id TestConsoleRoles::phoneOf(const QString &family)
{
    return m_phones.value(family);
}

// The device secret (the admin password) and the SIP passwords derived from it.
QStringList TestConsoleRoles::secretsOf(Id phoneId)
{
    const QString secret = secretOf(phoneId);
    QStringList out {secret};
    for (int line = 1; line <= 8; ++line)
        out << DeviceCredentials::sipPassword(secret, line);
    return out;
}

void TestConsoleRoles::selectRecord(const char *viewName, Id id)
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

void TestConsoleRoles::withConfiguration(Id phoneId, const std::function<void(QWidget *)> &body)
{
    QTreeView *view = m_window->phoneView();
    const QModelIndex index = m_window->phoneProxy()->mapFromSource(
        m_window->phoneModel()->index(m_window->phoneModel()->rowOf(phoneId), 0));
    QVERIFY(index.isValid());
    view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    bool opened = false;
    Test::onModal<QDialog>(QStringLiteral("phoneEditor"), [&](QDialog *editor) {
        opened = true;
        auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("phoneEditorTabs"));
        auto *preview = editor->findChild<QWidget *>(QStringLiteral("configurationPreview"));
        if (tabs && preview) {
            tabs->setCurrentWidget(preview);
            body(preview);
        }
        editor->reject();
    });
    m_window->action(QStringLiteral("actionEditPhone"))->trigger();
    QVERIFY(opened);
}

void TestConsoleRoles::configurationMasksSecrets_data()
{
    QTest::addColumn<int>("role"); // a Role
    QTest::addColumn<QString>("family");
    QTest::newRow("viewer/poly") << int(Role::Viewer) << QStringLiteral("poly");
    QTest::newRow("viewer/yealink") << int(Role::Viewer) << QStringLiteral("yealink");
    QTest::newRow("viewer/audiocodes") << int(Role::Viewer) << QStringLiteral("audiocodes");
    QTest::newRow("viewer/unmanaged") << int(Role::Viewer) << QStringLiteral("unmanaged");
    QTest::newRow("operator/poly") << int(Role::Operator) << QStringLiteral("poly");
    QTest::newRow("editor/yealink") << int(Role::Editor) << QStringLiteral("yealink");
}

void TestConsoleRoles::configurationMasksSecrets()
{
    QFETCH(int, role);
    QFETCH(QString, family);
    const Id phone = phoneOf(family);
    QVERIFY2(phone, qPrintable(family));
    openWindow(Role(role));
    const QStringList secrets = secretsOf(phone);
    int files = 0;
    withConfiguration(phone, [&](QWidget *preview) {
        const QList<QPlainTextEdit *> views = preview->findChildren<QPlainTextEdit *>();
        QString all;
        for (QPlainTextEdit *view : views) {
            ++files;
            all += view->toPlainText();
            // What select-all and copy take is the masked text.
            view->selectAll();
            view->copy();
            const QString copied = QGuiApplication::clipboard()->text();
            QCOMPARE(copied, view->toPlainText());
            for (const QString &secret : secrets)
                QVERIFY2(!copied.contains(secret), qPrintable(view->objectName()));
        }
        for (const QString &secret : secrets)
            QVERIFY2(!all.contains(secret), qPrintable(all));
        QVERIFY2(all.contains(Mask), qPrintable(all));
        // Show is absent (or at least unusable) for everyone but administrators.
        auto *show = preview->findChild<QPushButton *>(QStringLiteral("showSecretsButton"));
        QVERIFY(!show || !show->isVisibleTo(preview) || !show->isEnabled());
    });
    QVERIFY(files > 0);
}

void TestConsoleRoles::administratorShowsSecrets_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<bool>("adminPassword"); // whether the files carry the device secret itself
    QTest::newRow("poly") << QStringLiteral("poly") << true;
    QTest::newRow("yealink") << QStringLiteral("yealink") << true;
    QTest::newRow("audiocodes") << QStringLiteral("audiocodes") << true;
    QTest::newRow("unmanaged") << QStringLiteral("unmanaged") << false;
}

void TestConsoleRoles::administratorShowsSecrets()
{
    QFETCH(QString, family);
    QFETCH(bool, adminPassword);
    const Id phone = phoneOf(family);
    QVERIFY2(phone, qPrintable(family));
    openWindow(Role::Administrator);
    const QString secret = secretOf(phone);
    const QString sip = DeviceCredentials::sipPassword(secret, 1);
    bool checked = false;
    withConfiguration(phone, [&](QWidget *preview) {
        auto text = [preview] {
            QString all;
            for (QPlainTextEdit *view : preview->findChildren<QPlainTextEdit *>())
                all += view->toPlainText();
            return all;
        };
        // Hidden at first for administrators too.
        QVERIFY(!text().contains(secret));
        QVERIFY(!text().contains(sip));
        QVERIFY(text().contains(Mask));
        auto *show = preview->findChild<QPushButton *>(QStringLiteral("showSecretsButton"));
        QVERIFY(show);
        QVERIFY(show->isVisibleTo(preview));
        QVERIFY(show->isEnabled());
        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY2(text().contains(sip), qPrintable(text()));
        QCOMPARE(text().contains(secret), adminPassword);
        QVERIFY(!text().contains(Mask));
        QTest::mouseClick(show, Qt::LeftButton); // and hidden again
        QVERIFY(!text().contains(sip));
        QVERIFY(text().contains(Mask));
        checked = true;
    });
    QVERIFY(checked);
}

void TestConsoleRoles::dialogsAreReadOnly_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<int>("role"); // a Role
    QTest::addColumn<bool>("editable");
    QTest::newRow("phone/viewer") << QStringLiteral("phone") << int(Role::Viewer) << false;
    QTest::newRow("phone/operator") << QStringLiteral("phone") << int(Role::Operator) << false;
    QTest::newRow("phone/editor") << QStringLiteral("phone") << int(Role::Editor) << true;
    QTest::newRow("site/viewer") << QStringLiteral("site") << int(Role::Viewer) << false;
    QTest::newRow("site/editor") << QStringLiteral("site") << int(Role::Editor) << false;
    QTest::newRow("site/administrator") << QStringLiteral("site") << int(Role::Administrator) << true;
    QTest::newRow("user/viewer") << QStringLiteral("user") << int(Role::Viewer) << false;
    QTest::newRow("user/editor") << QStringLiteral("user") << int(Role::Editor) << false;
    QTest::newRow("baseSettings/viewer") << QStringLiteral("baseSettings") << int(Role::Viewer) << false;
    QTest::newRow("baseSettings/editor") << QStringLiteral("baseSettings") << int(Role::Editor) << false;
    QTest::newRow("baseSettings/administrator")
        << QStringLiteral("baseSettings") << int(Role::Administrator) << true;
    QTest::newRow("provisioning/viewer") << QStringLiteral("provisioning") << int(Role::Viewer) << false;
    QTest::newRow("provisioning/editor") << QStringLiteral("provisioning") << int(Role::Editor) << false;
    QTest::newRow("provisioning/administrator")
        << QStringLiteral("provisioning") << int(Role::Administrator) << true;
    QTest::newRow("migrate/editor") << QStringLiteral("migrate") << int(Role::Editor) << false;
    QTest::newRow("redirection/viewer") << QStringLiteral("redirection") << int(Role::Viewer) << false;
    QTest::newRow("redirection/operator") << QStringLiteral("redirection") << int(Role::Operator) << false;
    QTest::newRow("redirection/administrator")
        << QStringLiteral("redirection") << int(Role::Administrator) << true;
}

void TestConsoleRoles::dialogsAreReadOnly()
{
    QFETCH(QString, dialog);
    QFETCH(int, role);
    QFETCH(bool, editable);
    openWindow(Role(role));
    QStringList changed;
    QStringList buttons;
    bool close = false;
    bool opened = false;
    int tried = 0;
    auto check = [&](QWidget *d) {
        opened = true;
        changed = pokeEveryField(d, &tried);
        buttons = enabledChangeButtons(d);
        close = hasCloseButton(d);
    };
    if (dialog == QLatin1String("migrate")) {
        // Not offered to this role at all; the dialog still protects itself.
        MigrateDialog migrate(*m_db.storage, {phoneOf(QStringLiteral("poly"))},
                              MigrateDialog::Scope::Selected, m_window.get());
        check(&migrate);
    } else {
        QString name;
        const char *action = nullptr;
        if (dialog == QLatin1String("phone")) {
            name = QStringLiteral("phoneEditor");
            action = "actionEditPhone";
            const QModelIndex index = m_window->phoneProxy()->mapFromSource(m_window->phoneModel()->index(
                m_window->phoneModel()->rowOf(phoneOf(QStringLiteral("poly"))), 0));
            m_window->phoneView()->selectionModel()->select(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        } else if (dialog == QLatin1String("site")) {
            name = QStringLiteral("siteDialog");
            action = "actionEditSite";
            selectRecord("sitesView", m_siteId);
        } else if (dialog == QLatin1String("user")) {
            name = QStringLiteral("userDialog");
            action = "actionEditUser";
            selectRecord("usersView", m_userId);
        } else if (dialog == QLatin1String("baseSettings")) {
            name = QStringLiteral("baseSettingsEditor");
            action = "actionEditBaseSettings";
            selectRecord("baseSettingsView", m_profileId);
        } else if (dialog == QLatin1String("redirection")) {
            name = QStringLiteral("redirectionSettingsDialog");
            action = "actionRedirectionSettings";
        } else {
            name = QStringLiteral("provisioningSettingsDialog");
            action = "actionProvisioningSettings";
        }
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(m_window->action(QString::fromLatin1(action))->isEnabled(), action);
        Test::onModal<QDialog>(name, [&](QDialog *d) {
            check(d);
            d->reject();
        });
        m_window->action(QString::fromLatin1(action))->trigger();
    }
    QVERIFY(opened);
    QVERIFY2(tried >= 3, qPrintable(QString::number(tried))); // the dialog's fields were found
    if (editable) {
        // The same pokes do change an editable form: the check above can fail.
        QVERIFY2(!changed.isEmpty(), "nothing could be changed in an editable dialog");
        return;
    }
    QVERIFY2(changed.isEmpty(), qPrintable(u"changed: " + changed.join(QStringLiteral(", "))));
    QVERIFY2(buttons.isEmpty(), qPrintable(u"buttons: " + buttons.join(QStringLiteral(", "))));
    QVERIFY(close);
}

void TestConsoleRoles::viewerCannotClaimFromQuarantine()
{
    auto entries = QuarantineRepository(*m_db.storage).list();
    QVERIFY(entries.ok());
    const qsizetype before = entries->size();
    QVERIFY(before > 0);
    const qsizetype phones = m_db.storage->phones().list()->size();
    m_db.storage->setActor(QStringLiteral("viewer"), Role::Viewer);
    QuarantineView view(*m_db.storage);
    // A double click claims the row: for a Viewer it must not even ask.
    bool asked = false;
    QTimer guard;
    guard.setInterval(10);
    connect(&guard, &QTimer::timeout, this, [&] {
        if (auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            asked = true;
            d->reject();
        }
    });
    guard.start();
    QCOMPARE(view.claim(0), Id(0));
    guard.stop();
    QVERIFY(!asked);
    QCOMPARE(QuarantineRepository(*m_db.storage).list()->size(), before);
    QCOMPARE(m_db.storage->phones().list()->size(), phones);
}

QTEST_MAIN(TestConsoleRoles)
#include "tst_consoleroles.moc"
