// The one Digest header tokenizer the provisioning server (Authorization) and the phone simulator
// (WWW-Authenticate) share.

#include "digestparams.h"

#include <QTest>

using namespace PhoneDesk;

class TestDigestParams final : public QObject
{
    Q_OBJECT

private slots:
    void quotedAndTokenValues()
    {
        const auto p = parseDigestParams("DIGEST Realm=\"PhoneDesk \\\"main\\\"\", qop=\"auth,auth-int\", "
                                         "algorithm=SHA-256 ,nonce=\"a=b, c\",stale=TRUE");
        QVERIFY(p);
        const DigestParams expected {{"realm", "PhoneDesk \"main\""},
                                     {"qop", "auth,auth-int"},
                                     {"algorithm", "SHA-256"},
                                     {"nonce", "a=b, c"},
                                     {"stale", "TRUE"}};
        QCOMPARE(*p, expected);
    }

    void emptyValuesAndNoParameters()
    {
        const auto p = parseDigestParams("Digest opaque=\"\", nc=");
        QVERIFY(p);
        QCOMPARE(p->size(), 2);
        QCOMPARE(p->at(0).second, QByteArray());
        QCOMPARE(p->at(1).second, QByteArray());
        const auto none = parseDigestParams("Digest ");
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("other scheme") << QByteArray("Basic dXNlcjpwdw==");
        QTest::newRow("no space after scheme") << QByteArray("Digestrealm=\"x\"");
        QTest::newRow("unterminated quote") << QByteArray("Digest username=\"unterminated");
        QTest::newRow("parameter without =") << QByteArray("Digest realm=\"x\", nonsense");
        QByteArray many = "Digest ";
        for (int i = 0; i < 17; ++i)
            many += "p" + QByteArray::number(i) + "=v, ";
        QTest::newRow("17 parameters") << many;
    }

    void refused()
    {
        QFETCH(QByteArray, header);
        QVERIFY(!parseDigestParams(header));
    }

    void limitIsTheCallers()
    {
        QByteArray sixteen = "Digest ";
        for (int i = 0; i < 16; ++i)
            sixteen += "p" + QByteArray::number(i) + "=v,";
        QCOMPARE(parseDigestParams(sixteen)->size(), 16);
        QVERIFY(!parseDigestParams(sixteen, 15));
    }
};

QTEST_GUILESS_MAIN(TestDigestParams)
#include "tst_digestparams.moc"
