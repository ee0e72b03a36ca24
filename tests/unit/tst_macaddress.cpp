#include "macaddress.h"

#include <QTest>

using namespace PhoneDesk;

class TestMacAddress final : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void format();
    void reserved();
};

void TestMacAddress::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty = rejected

    QTest::newRow("colon upper") << "00:04:F2:AB:CD:EF"
                                 << "0004f2abcdef";
    QTest::newRow("dash lower") << "00-04-f2-ab-cd-ef"
                                << "0004f2abcdef";
    QTest::newRow("cisco dots") << "0004.f2ab.cdef"
                                << "0004f2abcdef";
    QTest::newRow("bare") << "0004f2abcdef"
                          << "0004f2abcdef";
    QTest::newRow("bare upper") << "0004F2ABCDEF"
                                << "0004f2abcdef";
    QTest::newRow("surrounding spaces") << "  00:04:f2:ab:cd:ef "
                                        << "0004f2abcdef";
    QTest::newRow("mixed separators") << "00:04-f2:ab:cd:ef"
                                      << "";
    QTest::newRow("too short") << "0004f2abcde"
                               << "";
    QTest::newRow("too long") << "0004f2abcdef0"
                              << "";
    QTest::newRow("non hex") << "0004f2abcdeg"
                             << "";
    QTest::newRow("colon misplaced") << "000:4f2:ab:cd:ef"
                                     << "";
    QTest::newRow("dots wrong groups") << "00.04.f2.ab.cd.ef"
                                       << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("unicode digits") << QString::fromUtf8("٠٠:04:f2:ab:cd:ef") << "";
}

void TestMacAddress::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto result = MacAddress::normalize(input);
    if (expected.isEmpty())
        QVERIFY2(!result.has_value(), qPrintable(input));
    else
        QCOMPARE(result.value_or(QString()), expected);
}

void TestMacAddress::format()
{
    QCOMPARE(MacAddress::format(QStringLiteral("0004f2abcdef")), QStringLiteral("00:04:F2:AB:CD:EF"));
}

void TestMacAddress::reserved()
{
    QVERIFY(MacAddress::isReserved(QStringLiteral("000000000000")));
    QVERIFY(MacAddress::isReserved(QStringLiteral("ffffffffffff")));
    QVERIFY(MacAddress::isReserved(QStringLiteral("01005e000001"))); // multicast
    QVERIFY(!MacAddress::isReserved(QStringLiteral("0004f2abcdef")));
}

QTEST_GUILESS_MAIN(TestMacAddress)
#include "tst_macaddress.moc"
