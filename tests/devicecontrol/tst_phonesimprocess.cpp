// The phonedesk-phonesim binary as a process, as a user (or `phonedesk --demo`) starts it on a
// machine without the openssl command: it makes its REST certificate itself and serves TLS.

#include "polyrestclient.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PhoneDesk;

class TestPhoneSimProcess final : public QObject
{
    Q_OBJECT

private slots:
    void startsWithoutTheOpensslCommand();
};

void TestPhoneSimProcess::startsWithoutTheOpensslCommand()
{
    // A PATH with nothing on it: no openssl command to run.
    QTemporaryDir emptyBin;
    QVERIFY(emptyBin.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"), emptyBin.path());

    QProcess sim;
    sim.setProcessEnvironment(environment);
    sim.start(QStringLiteral(PHONEDESK_PHONESIM_BINARY),
              {QStringLiteral("--phones"), QStringLiteral("2"), QStringLiteral("--base-port"),
               QStringLiteral("0"), QStringLiteral("--rest-password"), QStringLiteral("demo-admin"),
               QStringLiteral("--duration-s"), QStringLiteral("60")});
    QVERIFY2(sim.waitForStarted(10000), qPrintable(sim.errorString()));
    auto stop = qScopeGuard([&sim] {
        sim.terminate();
        if (!sim.waitForFinished(5000))
            sim.kill();
        sim.waitForFinished(5000);
    });
    QByteArray out;
    QTRY_VERIFY2_WITH_TIMEOUT((out += sim.readAllStandardOutput()).contains('\n') ||
                                  sim.state() == QProcess::NotRunning,
                              "no start line", 20000);
    out += sim.readAllStandardOutput();
    static const QRegularExpression started(
        QStringLiteral("^phones 2 first 127\\.1\\.0\\.1:\\d+ last 127\\.1\\.0\\.2:\\d+ sip-port \\d+ "
                       "rest-port (\\d+) rest-sha256 ([0-9a-f]{64})$"),
        QRegularExpression::MultilineOption);
    const auto match = started.match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    const quint16 restPort = quint16(match.captured(1).toUInt());
    const QByteArray pin = QByteArray::fromHex(match.captured(2).toLatin1());
    QVERIFY(restPort > 0);

    // Its TLS works: the REST API answers over the certificate it made, pinned by the fingerprint
    // it printed, with the password it was given.
    PolyRestClient client;
    client.setTimeoutMs(10000);
    std::optional<Result<QByteArray>> answer;
    client.deviceInfo(
        {QHostAddress(QStringLiteral("127.1.0.2")), restPort, QStringLiteral("demo-admin"), pin},
        [&answer](const Result<QByteArray> &r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
    QVERIFY2(answer->ok(), answer->ok() ? "" : qPrintable(answer->error().fullText()));
    const QJsonObject data =
        QJsonDocument::fromJson(answer->value()).object().value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("MACAddress")).toString(), QStringLiteral("0004f2000001"));

    // And the certificate handshake a user compares before trusting it.
    std::optional<Result<QSslCertificate>> certificate;
    client.fetchCertificate(QHostAddress(QStringLiteral("127.1.0.1")), restPort,
                            [&certificate](const Result<QSslCertificate> &r) { certificate = r; });
    QTRY_VERIFY_WITH_TIMEOUT(certificate.has_value(), 15000);
    QVERIFY2(certificate->ok(), certificate->ok() ? "" : qPrintable(certificate->error().fullText()));
    QCOMPARE(certificate->value().digest(QCryptographicHash::Sha256), pin);
    QCOMPARE(certificate->value().subjectInfo(QSslCertificate::CommonName),
             QStringList {QStringLiteral("phonedesk-phonesim")});
    QVERIFY(certificate->value().expiryDate() > QDateTime::currentDateTimeUtc().addDays(29));
}

QTEST_GUILESS_MAIN(TestPhoneSimProcess)
#include "tst_phonesimprocess.moc"
