// SCRAM-SHA-256 verifiers as PostgreSQL stores them: the RFC 7677 exchange verified with the keys
// of a verifier computed here, the stored format, SASLprep (RFC 4013) and the password rules.

#include "scram.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTest>

using namespace PhoneDesk;

class TestScram final : public QObject
{
    Q_OBJECT

private slots:
    void rfc7677ExchangeVerifies();
    void verifierFormat();
    void saslPrep_data();
    void saslPrep();
    void passwordRules_data();
    void passwordRules();
};

namespace {
struct Keys
{
    int iterations = 0;
    QByteArray salt;
    QByteArray storedKey;
    QByteArray serverKey;
};

Keys parse(const QString &verifier)
{
    static const QRegularExpression format(
        QStringLiteral(R"(^SCRAM-SHA-256\$(\d+):([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]+)$)"));
    const QRegularExpressionMatch m = format.match(verifier);
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toInt(), QByteArray::fromBase64(m.captured(2).toLatin1()),
            QByteArray::fromBase64(m.captured(3).toLatin1()),
            QByteArray::fromBase64(m.captured(4).toLatin1())};
}
} // namespace

// RFC 7677 section 3: user "user", password "pencil". A server holding our verifier checks the
// client's proof and answers the server signature exactly as in the RFC.
void TestScram::rfc7677ExchangeVerifies()
{
    const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
    const Keys keys = parse(Scram::verifier(QStringLiteral("pencil"), 4096, salt));
    QCOMPARE(keys.iterations, 4096);
    QCOMPARE(keys.salt, salt);
    const QByteArray authMessage =
        "n=user,r=rOprNGfwEbeRWgbNEkqO,"
        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,"
        "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
    const QByteArray proof = QByteArray::fromBase64("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
    const QByteArray clientSignature =
        QMessageAuthenticationCode::hash(authMessage, keys.storedKey, QCryptographicHash::Sha256);
    QByteArray clientKey = proof;
    for (int i = 0; i < clientKey.size(); ++i)
        clientKey[i] = char(clientKey.at(i) ^ clientSignature.at(i));
    QCOMPARE(QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256), keys.storedKey);
    QCOMPARE(
        QMessageAuthenticationCode::hash(authMessage, keys.serverKey, QCryptographicHash::Sha256).toBase64(),
        QByteArray("6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="));
}

void TestScram::verifierFormat()
{
    const QString a = Scram::verifier(QStringLiteral("correct horse"));
    const QString b = Scram::verifier(QStringLiteral("correct horse"));
    const Keys ka = parse(a);
    QCOMPARE(ka.iterations, Scram::DefaultIterations);
    QCOMPARE(ka.salt.size(), 16);
    QCOMPARE(ka.storedKey.size(), 32);
    QCOMPARE(ka.serverKey.size(), 32);
    QVERIFY(a != b); // a fresh salt each time
    QVERIFY(!a.contains(QLatin1String("correct")));
}

void TestScram::saslPrep_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("prepared");
    // RFC 4013 section 3 examples, and what PostgreSQL does where SASLprep refuses.
    QTest::newRow("ascii as is") << QStringLiteral("user") << QByteArray("user");
    QTest::newRow("ascii control kept") << QStringLiteral("a\tb") << QByteArray("a\tb");
    QTest::newRow("soft hyphen") << QStringLiteral("I\u00ADX") << QByteArray("IX");
    QTest::newRow("feminine ordinal") << QStringLiteral("\u00AA") << QByteArray("a");
    QTest::newRow("roman nine") << QStringLiteral("\u2168") << QByteArray("IX");
    QTest::newRow("no-break space") << QStringLiteral("a\u00A0b") << QByteArray("a b");
    QTest::newRow("prohibited: raw") << QStringLiteral("\u00e9\u0007") << QByteArray("\xc3\xa9\x07");
    QTest::newRow("bidi: raw") << QStringLiteral("\u0627\u0031")
                               << QByteArray("\xd8\xa7"
                                             "1");
    QTest::newRow("umlauts") << QStringLiteral("Gru\u0308\u00dfe")
                             << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                           "e");
}

void TestScram::saslPrep()
{
    QFETCH(QString, password);
    QFETCH(QByteArray, prepared);
    QCOMPARE(Scram::preparedPassword(password), prepared);
}

void TestScram::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("seven") << QStringLiteral("1234567") << false;
    QTest::newRow("eight") << QStringLiteral("12345678") << true;
    QTest::newRow("tab") << QStringLiteral("1234\t5678") << false;
    QTest::newRow("non-ascii") << QStringLiteral("Gr\u00fc\u00dfe aus Berlin") << true;
}

void TestScram::passwordRules()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    QCOMPARE(Scram::checkPassword(password).isEmpty(), accepted);
}

QTEST_GUILESS_MAIN(TestScram)
#include "tst_scram.moc"
