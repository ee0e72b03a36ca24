#include "phonefilter.h"

#include <QTest>

using namespace PhoneDesk;

class TestPhoneFilter final : public QObject
{
    Q_OBJECT

private slots:
    void settersReportChange();
    void matching();
};

void TestPhoneFilter::settersReportChange()
{
    PhoneFilter f;
    QVERIFY(f.isEmpty());
    QVERIFY(f.setNameFilter(QStringLiteral("desk")));
    QVERIFY(!f.setNameFilter(QStringLiteral("desk ")));
    QVERIFY(f.setSite(3));
    QVERIFY(!f.setSite(3));
    QVERIFY(f.setStatuses({PhoneStatus::Offline}));
    QVERIFY(!f.setStatuses({PhoneStatus::Offline}));
    QVERIFY(!f.isEmpty());
    QVERIFY(f.clear());
    QVERIFY(!f.clear());
    QVERIFY(f.isEmpty());
}

void TestPhoneFilter::matching()
{
    PhoneRow row;
    row.name = QStringLiteral("Berlin VVX 450 001");
    row.siteId = 1;
    row.baseSettingsId = 10;
    row.category = PhoneCategory::Managed;
    row.modelId = QStringLiteral("poly-vvx-450");
    row.status = PhoneStatus::Online;
    row.hardwareId = QStringLiteral("0004f2100000");

    PhoneFilter f;
    QVERIFY(f.matches(row));
    f.setNameFilter(QStringLiteral("vvx"));
    QVERIFY(f.matches(row));
    f.setNameFilter(QStringLiteral("0004F2"));
    QVERIFY(f.matches(row)); // hardware ID, case-insensitive
    f.setNameFilter(QStringLiteral("london"));
    QVERIFY(!f.matches(row));
    f.clear();
    f.setSite(2);
    QVERIFY(!f.matches(row));
    f.setSite(1);
    f.setBaseSettings(10);
    f.setCategory(PhoneCategory::Managed);
    f.setModel(QStringLiteral("poly-vvx-450"));
    QVERIFY(f.matches(row));
    f.setStatuses({PhoneStatus::Offline, PhoneStatus::Degraded});
    QVERIFY(!f.matches(row));
    QVERIFY(f.matchesIgnoringStatus(row));
    f.setStatuses({PhoneStatus::Online});
    QVERIFY(f.matches(row));
    f.setCategory(PhoneCategory::Remote);
    QVERIFY(!f.matches(row));
}

QTEST_GUILESS_MAIN(TestPhoneFilter)
#include "tst_phonefilter.moc"
