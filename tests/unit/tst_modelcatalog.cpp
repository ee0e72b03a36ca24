#include "modelcatalog.h"
#include "settingsschema.h"

#include <QTest>

using namespace PhoneDesk;

class TestModelCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void requiredModelsPresent_data();
    void requiredModelsPresent();
    void everyModelValidAgainstSchema();
    void categories();
    void userAgentMatching();
    void rejectsBrokenCatalog_data();
    void rejectsBrokenCatalog();
};

void TestModelCatalog::requiredModelsPresent_data()
{
    QTest::addColumn<QString>("id");
    const char *ids[] = {"poly-edge-e100",
                         "poly-edge-e220",
                         "poly-edge-e300",
                         "poly-edge-e320",
                         "poly-edge-e350",
                         "poly-edge-e400",
                         "poly-edge-e450",
                         "poly-edge-e500",
                         "poly-edge-e550",
                         "poly-vvx-150",
                         "poly-vvx-250",
                         "poly-vvx-350",
                         "poly-vvx-450",
                         "poly-vvx-501",
                         "poly-vvx-601",
                         "poly-ccx-400",
                         "poly-ccx-500",
                         "poly-ccx-600",
                         "poly-soundpoint-ip",
                         "poly-soundstation-ip",
                         "audiocodes-405hd",
                         "audiocodes-420hd",
                         "audiocodes-430hd",
                         "audiocodes-440hd",
                         "audiocodes-445hd",
                         "audiocodes-450hd",
                         "audiocodes-c435hd",
                         "audiocodes-c448hd",
                         "audiocodes-c450hd",
                         "yealink-t46u",
                         "yealink-t54w",
                         "spectralink-84",
                         "generic-sip",
                         "webrtc",
                         "remote"};
    for (const char *id : ids)
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestModelCatalog::requiredModelsPresent()
{
    QFETCH(QString, id);
    QVERIFY2(ModelCatalog::builtin().find(id), qPrintable(id));
}

void TestModelCatalog::everyModelValidAgainstSchema()
{
    const SettingsSchema &schema = SettingsSchema::builtin();
    for (const PhoneModel &m : ModelCatalog::builtin().models()) {
        // Model defaults must name known settings that apply to the model and be in range.
        const FieldErrors errors = schema.validateValues(schema.normalized(m.defaults), m);
        QVERIFY2(errors.isEmpty(),
                 qPrintable(m.id + u' ' + (errors.isEmpty() ? QString() : errors.first().message)));
        // The resolved defaults (schema + model) must validate too.
        const QVariantMap resolved = schema.resolved({}, m);
        for (auto it = resolved.begin(); it != resolved.end(); ++it) {
            const auto error = schema.validate(*schema.find(it.key()), it.value(), m);
            QVERIFY2(!error,
                     qPrintable(m.id + u' ' + it.key() + u' ' + (error ? error->message : QString())));
        }
        QVERIFY2(!m.displayName.isEmpty(), qPrintable(m.id));
        if (m.supports(PhoneCategory::Managed)) {
            QVERIFY2(!m.renderer.isEmpty(), qPrintable(m.id));
            QCOMPARE(m.hardwareIdType, HardwareIdType::Mac);
            QVERIFY2(m.restartChannel != RestartChannel::None, qPrintable(m.id));
            QVERIFY2(m.maxLineKeys >= 1, qPrintable(m.id));
        }
    }
}

void TestModelCatalog::categories()
{
    const ModelCatalog &c = ModelCatalog::builtin();
    QVERIFY(c.find(QStringLiteral("poly-vvx-450"))->held);
    QVERIFY(c.find(QStringLiteral("poly-ccx-600"))->held);
    QVERIFY(c.find(QStringLiteral("poly-edge-e220"))->held);
    QVERIFY(!c.find(QStringLiteral("yealink-t46u"))->held);
    QVERIFY(!c.find(QStringLiteral("spectralink-84"))->cloudMediaCompatible);
    QVERIFY(!c.find(QStringLiteral("poly-soundpoint-ip"))->cloudMediaCompatible);
    QCOMPARE(c.find(QStringLiteral("poly-vvx-450"))->restartChannel, RestartChannel::PolyRest);
    QCOMPARE(c.find(QStringLiteral("yealink-t46u"))->rebootEvent, QStringLiteral("check-sync;reboot=true"));
    QCOMPARE(c.modelsFor(PhoneCategory::WebRtc).size(), 1);
    QCOMPARE(c.modelsFor(PhoneCategory::Remote).size(), 1);
    QCOMPARE(c.modelsFor(PhoneCategory::Unmanaged).size(), 1);
    QVERIFY(c.modelsFor(PhoneCategory::Managed).size() >= 30);
}

void TestModelCatalog::userAgentMatching()
{
    const ModelCatalog &c = ModelCatalog::builtin();
    const PhoneModel *vvx =
        c.matchUserAgent(QStringLiteral("FileTransport PolycomVVX-VVX_450-UA/6.4.3.5156 Type/Application"));
    QVERIFY(vvx);
    QCOMPARE(vvx->id, QStringLiteral("poly-vvx-450"));
    const PhoneModel *yealink =
        c.matchUserAgent(QStringLiteral("Yealink SIP-T46U 108.86.0.45 80:5e:c0:12:34:56"));
    QVERIFY(yealink);
    QCOMPARE(yealink->id, QStringLiteral("yealink-t46u"));
    const PhoneModel *ac = c.matchUserAgent(QStringLiteral("AUDC-IPPhone/3.4.6 (440HDG-Rev0; 00908F602AAC)"));
    QVERIFY(ac);
    QCOMPARE(ac->id, QStringLiteral("audiocodes-440hd"));
    QVERIFY(!c.matchUserAgent(QStringLiteral("curl/7.88.1")));
}

void TestModelCatalog::rejectsBrokenCatalog_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{") << "not valid JSON";
    QTest::newRow("missing id") << QByteArray(R"({"models":[{"model":"X","categories":["managed"]}]})")
                                << "needs an \"id\"";
    QTest::newRow("duplicate id")
        << QByteArray(
               R"({"models":[{"id":"a","model":"A","categories":["remote"]},{"id":"a","model":"B","categories":["remote"]}]})")
        << "listed twice";
    QTest::newRow("bad category") << QByteArray(
                                         R"({"models":[{"id":"a","model":"A","categories":["pager"]}]})")
                                  << "unknown category";
    QTest::newRow("bad restart")
        << QByteArray(R"({"models":[{"id":"a","model":"A","categories":["managed"],"restart":"telnet"}]})")
        << "unknown restart channel";
}

void TestModelCatalog::rejectsBrokenCatalog()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto result = ModelCatalog::fromJson(json);
    QVERIFY(!result);
    QVERIFY2(result.error().fullText().contains(message), qPrintable(result.error().fullText()));
}

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"
