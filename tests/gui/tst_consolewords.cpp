// What the console says in words, not in its internal keys: the base-settings editor's defaults
// and codecs, the Activity tab's actions, a migration's refusal; and every setting reachable
// with Alt and a letter.

#include "activitypage.h"
#include "basesettingseditor.h"
#include "basesettingsrepository.h"
#include "demodata.h"
#include "migrationplan.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "storage.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace PhoneDesk;

class TestConsoleWords final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultsAndCodecsInWords();
    void everySettingHasAMnemonic();
    void activityShowsPhrases();
    void refusalNamesTheCategory();

private:
    BaseSettings profileFor(const QString &modelId);
    Test::TestDatabase m_db;
};

void TestConsoleWords::init()
{
    QString error;
    m_db = Test::createDatabase(Test::Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    m_db.storage->setActor(QStringLiteral("tester"), Role::Administrator);
    QVERIFY(populateDemoData(*m_db.storage).ok());
}

void TestConsoleWords::cleanup()
{
    m_db = {};
}

BaseSettings TestConsoleWords::profileFor(const QString &modelId)
{
    auto list = m_db.storage->baseSettings().list();
    for (const BaseSettingsSummary &s : *list) {
        if (s.settings.modelId == modelId)
            return s.settings;
    }
    return {};
}

void TestConsoleWords::defaultsAndCodecsInWords()
{
    BaseSettingsEditor editor(*m_db.storage, profileFor(QStringLiteral("poly-vvx-450")));
    int helps = 0;
    for (QLabel *label : editor.findChildren<QLabel *>()) {
        if (!label->objectName().startsWith(QStringLiteral("help:")))
            continue;
        ++helps;
        const QString text = label->text();
        for (const char *raw :
             {"Default: .", "Default: true.", "Default: false.", "audio/", "|", "rtp-events"})
            QVERIFY2(!text.contains(QLatin1String(raw)), qPrintable(label->objectName() + u": " + text));
    }
    QVERIFY(helps > 10);
    const QString dtmf = editor.findChild<QLabel *>(QStringLiteral("help:dtmf.method"))->text();
    QVERIFY2(dtmf.contains(QStringLiteral("Default: RTP events (RFC 4733).")), qPrintable(dtmf));

    // The codec list shows names and stores MIME names.
    auto *codecs = editor.findChild<QListWidget *>(QStringLiteral("setting:codecs.preferred:list"));
    QVERIFY(codecs && codecs->count() > 1);
    QStringList shown;
    for (int i = 0; i < codecs->count(); ++i)
        shown.append(codecs->item(i)->text());
    QVERIFY2(shown.contains(QStringLiteral("G.722")) && !shown.join(u' ').contains(QStringLiteral("audio/")),
             qPrintable(shown.join(u',')));
    const int g722 = int(shown.indexOf(QStringLiteral("G.722")));
    QCOMPARE(codecs->item(g722)->data(Qt::UserRole).toString(), QStringLiteral("audio/G722"));
    const QStringList stored =
        editor.settingsFromFields().values.value(QStringLiteral("codecs.preferred")).toStringList();
    for (const QString &codec : stored)
        QVERIFY2(codec.startsWith(QStringLiteral("audio/")), qPrintable(codec));
    QCOMPARE(BaseSettingsEditor::codecLabel(QStringLiteral("audio/PCMU")),
             QStringLiteral("G.711 µ-law (PCMU)"));
}

void TestConsoleWords::everySettingHasAMnemonic()
{
    BaseSettingsEditor editor(*m_db.storage, profileFor(QStringLiteral("poly-vvx-450")));
    auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("categoryTabs"));
    QVERIFY(tabs && tabs->count() > 3);
    for (int t = 0; t < tabs->count(); ++t) {
        QSet<QChar> used {u'n', u'd'}; // Name and Description, always in reach
        const auto *form = tabs->widget(t)->findChild<QFormLayout *>();
        QVERIFY(form);
        for (int row = 0; row < form->rowCount(); ++row) {
            auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                                     ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                                     : nullptr);
            if (!label)
                continue;
            const QString text = label->text();
            const int at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            QVERIFY2(at >= 0, qPrintable(text));
            const QChar key = text.at(at + 1).toLower();
            QVERIFY2(!used.contains(key),
                     qPrintable(QStringLiteral("%1 on tab %2").arg(text, tabs->tabText(t))));
            used.insert(key);
            QVERIFY(label->buddy());
        }
    }
}

void TestConsoleWords::activityShowsPhrases()
{
    // The demo's own entries plus a change made here; none shows as "phone.create".
    auto site = m_db.storage->sites().list()->first();
    site.e911Location = QStringLiteral("2 Main St, Springfield");
    QVERIFY(m_db.storage->sites().update(site).ok());
    ActivityPage page(*m_db.storage);
    page.reload();
    auto *view = page.findChild<QTreeView *>(QStringLiteral("activityView"));
    const QAbstractItemModel *model = view->model();
    QVERIFY(model->rowCount() > 0);
    const QRegularExpression key(QStringLiteral("^[a-z-]+(\\.[a-z-]+)+$"));
    bool siteChanged = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString action = model->index(r, 2).data().toString();
        QVERIFY2(!key.match(action).hasMatch(), qPrintable(action));
        siteChanged |= action == QLatin1String("Site changed");
    }
    QVERIFY(siteChanged);
    QCOMPARE(ActivityPage::actionText(QStringLiteral("phone.migrate-base-settings")),
             QStringLiteral("Phone moved to other base settings"));
    QCOMPARE(ActivityPage::actionText(QStringLiteral("future.thing")), QStringLiteral("future.thing"));
}

void TestConsoleWords::refusalNamesTheCategory()
{
    // "A Unmanaged phone" was the article of a word that starts with a vowel.
    Phone phone;
    phone.name = QStringLiteral("Lobby");
    phone.category = PhoneCategory::Unmanaged;
    const MigrationPlanEntry entry =
        planPhoneMigration(phone, QStringLiteral("generic-sip"), profileFor(QStringLiteral("poly-vvx-450")),
                           ModelCatalog::builtin(), SettingsSchema::builtin());
    QCOMPARE(entry.blocker,
             QStringLiteral("Base settings for the Poly VVX 450 are not for Unmanaged phones."));
}

QTEST_MAIN(TestConsoleWords)
#include "tst_consolewords.moc"
