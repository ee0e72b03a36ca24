// Tests the base-settings migration preview against the catalog and schema.
#include "migrationplan.h"

#include <QTest>

using namespace PhoneDesk;

class TestMigrationPlan final : public QObject
{
    Q_OBJECT

private slots:
    void keysAndOverridesThatNoLongerFit();
    void categoryNotSupportedBlocks();
    void unknownModelBlocks();
    void sameModelIsUnchanged();
};

namespace {
Phone managedPhone()
{
    Phone phone;
    phone.id = 7;
    phone.name = QStringLiteral("Lobby");
    phone.category = PhoneCategory::Managed;
    for (int i = 1; i <= 12; ++i)
        phone.lineKeys.append(
            {i, LineKeyType::SpeedDial, QStringLiteral("K%1").arg(i), QStringLiteral("+1555000%1").arg(i)});
    phone.overrides.insert(QStringLiteral("e911.heldEnabled"), true);
    phone.overrides.insert(QStringLiteral("general.persistUserSettings"), false);
    return phone;
}
} // namespace

void TestMigrationPlan::keysAndOverridesThatNoLongerFit()
{
    const ModelCatalog &catalog = ModelCatalog::builtin();
    const PhoneModel *target = catalog.find(QStringLiteral("yealink-t46u"));
    QVERIFY(target);
    QVERIFY(!target->held);
    BaseSettings profile;
    profile.name = QStringLiteral("Yealink");
    profile.modelId = target->id;
    const MigrationPlanEntry entry = planPhoneMigration(managedPhone(), QStringLiteral("poly-vvx-450"),
                                                        profile, catalog, SettingsSchema::builtin());
    QVERIFY(entry.blocker.isEmpty());
    QVERIFY(entry.changesModel());
    QCOMPARE(entry.droppedLineKeys.size(), 12 - target->maxLineKeys);
    QCOMPARE(entry.droppedLineKeys.first().index, target->maxLineKeys + 1);
    QCOMPARE(entry.droppedOverrides, QStringList {QStringLiteral("e911.heldEnabled")});
    const QString summary = entry.summary(catalog);
    QVERIFY2(summary.contains(QStringLiteral("line keys 11, 12")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("e911.heldEnabled")), qPrintable(summary));

    MigrationPlan plan;
    plan.entries = {entry, entry};
    QVERIFY(plan.canApply());
    QCOMPARE(plan.lineKeysRemoved(), 4);
    QCOMPARE(plan.overridesRemoved(), 2);
}

void TestMigrationPlan::categoryNotSupportedBlocks()
{
    BaseSettings profile;
    profile.name = QStringLiteral("Generic");
    profile.modelId = QStringLiteral("generic-sip");
    const MigrationPlanEntry entry =
        planPhoneMigration(managedPhone(), QStringLiteral("poly-vvx-450"), profile, ModelCatalog::builtin(),
                           SettingsSchema::builtin());
    QVERIFY(!entry.blocker.isEmpty());
    MigrationPlan plan;
    plan.entries = {entry};
    QCOMPARE(plan.blockedCount(), 1);
    QVERIFY(!plan.canApply());
    QCOMPARE(entry.summary(ModelCatalog::builtin()), entry.blocker);
}

void TestMigrationPlan::unknownModelBlocks()
{
    BaseSettings profile;
    profile.name = QStringLiteral("Broken");
    profile.modelId = QStringLiteral("no-such-model");
    const MigrationPlanEntry entry =
        planPhoneMigration(managedPhone(), QStringLiteral("poly-vvx-450"), profile, ModelCatalog::builtin(),
                           SettingsSchema::builtin());
    QVERIFY(entry.blocker.contains(QStringLiteral("no-such-model")));
}

void TestMigrationPlan::sameModelIsUnchanged()
{
    BaseSettings profile;
    profile.name = QStringLiteral("Other VVX 450");
    profile.modelId = QStringLiteral("poly-vvx-450");
    const MigrationPlanEntry entry =
        planPhoneMigration(managedPhone(), QStringLiteral("poly-vvx-450"), profile, ModelCatalog::builtin(),
                           SettingsSchema::builtin());
    QVERIFY(entry.isUnchanged());
    QVERIFY(!MigrationPlan().canApply());
}

QTEST_APPLESS_MAIN(TestMigrationPlan)
#include "tst_migrationplan.moc"
