#include "settingsschema.h"

#include <QTest>

using namespace PhoneDesk;

class TestSettingsSchema final : public QObject
{
    Q_OBJECT

private slots:
    void categoriesComplete();
    void validate_data();
    void validate();
    void notApplicable();
    void heldNeedsLisUrl();
    void normalizedFromJsonTypes();
    void textRoundTrip();
};

void TestSettingsSchema::categoriesComplete()
{
    QSet<QString> seen;
    for (const SettingDefinition &d : SettingsSchema::builtin().settings()) {
        seen.insert(d.category);
        QVERIFY2(SettingsSchema::categories().contains(d.category), qPrintable(d.key));
        QVERIFY2(d.label && d.help, qPrintable(d.key));
        QVERIFY2(d.defaultValue.isValid(), qPrintable(d.key));
    }
    for (const QString &c : SettingsSchema::categories())
        QVERIFY2(seen.contains(c), qPrintable(c));
    for (const char *key :
         {"general.dynamicReload", "media.dscpRtp", "media.dscpSip", "media.rtpPortStart", "codecs.preferred",
          "dtmf.method", "dtmf.payloadType", "security.tlsCa", "security.sipTransport", "security.srtp",
          "security.mutualAuth", "provisioning.firmwareVersion", "provisioning.firmwareUrl",
          "provisioning.resyncPeriod", "e911.heldEnabled", "e911.lisUrl", "e911.ersAccountId",
          "advanced.rawParameters"})
        QVERIFY2(SettingsSchema::builtin().find(QLatin1String(key)), key);
    QCOMPARE(SettingsSchema::builtin().find(QStringLiteral("media.dscpRtp"))->defaultValue.toInt(), 46);
    QCOMPARE(SettingsSchema::builtin().find(QStringLiteral("media.dscpSip"))->defaultValue.toInt(), 24);
    QCOMPARE(SettingsSchema::builtin().find(QStringLiteral("media.rtpPortStart"))->defaultValue.toInt(),
             4000);
    QCOMPARE(SettingsSchema::builtin().find(QStringLiteral("dtmf.payloadType"))->defaultValue.toInt(), 101);
}

void TestSettingsSchema::validate_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("error"); // substring; empty = valid

    QTest::newRow("dscp 0") << "media.dscpRtp" << QVariant(0) << "";
    QTest::newRow("dscp 63") << "media.dscpRtp" << QVariant(63) << "";
    QTest::newRow("dscp 64") << "media.dscpRtp" << QVariant(64) << "between 0 and 63";
    QTest::newRow("dscp -1") << "media.dscpSip" << QVariant(-1) << "between 0 and 63";
    QTest::newRow("dscp text") << "media.dscpRtp" << QVariant(QStringLiteral("ef")) << "whole number";
    QTest::newRow("rtp 1024") << "media.rtpPortStart" << QVariant(1024) << "";
    QTest::newRow("rtp 1023") << "media.rtpPortStart" << QVariant(1023) << "between 1024";
    QTest::newRow("rtp odd") << "media.rtpPortStart" << QVariant(4001) << "even";
    QTest::newRow("rtp 65536") << "media.rtpPortStart" << QVariant(65536) << "between 1024";
    QTest::newRow("payload 96") << "dtmf.payloadType" << QVariant(96) << "";
    QTest::newRow("payload 127") << "dtmf.payloadType" << QVariant(127) << "";
    QTest::newRow("payload 95") << "dtmf.payloadType" << QVariant(95) << "between 96 and 127";
    QTest::newRow("payload 128") << "dtmf.payloadType" << QVariant(128) << "between 96 and 127";
    QTest::newRow("dtmf inband") << "dtmf.method" << QVariant(QStringLiteral("inband")) << "";
    QTest::newRow("dtmf sip info") << "dtmf.method" << QVariant(QStringLiteral("sip-info"))
                                   << "must be one of";
    QTest::newRow("codecs ok") << "codecs.preferred"
                               << QVariant(QStringList {QStringLiteral("audio/opus"),
                                                        QStringLiteral("audio/PCMU")})
                               << "";
    QTest::newRow("codecs empty") << "codecs.preferred" << QVariant(QStringList {}) << "at least one";
    QTest::newRow("codecs unknown") << "codecs.preferred"
                                    << QVariant(QStringList {QStringLiteral("audio/AMR")})
                                    << "not a known codec";
    QTest::newRow("codecs twice") << "codecs.preferred"
                                  << QVariant(QStringList {QStringLiteral("audio/PCMU"),
                                                           QStringLiteral("audio/PCMU")})
                                  << "listed twice";
    QTest::newRow("lis https") << "e911.lisUrl" << QVariant(QStringLiteral("https://lis.example.com/held"))
                               << "";
    QTest::newRow("lis http") << "e911.lisUrl" << QVariant(QStringLiteral("http://lis.example.com/held"))
                              << "must use https";
    QTest::newRow("lis garbage") << "e911.lisUrl" << QVariant(QStringLiteral("lis example"))
                                 << "not a valid address";
    QTest::newRow("resync max") << "provisioning.resyncPeriod" << QVariant(10080) << "";
    QTest::newRow("resync over") << "provisioning.resyncPeriod" << QVariant(10081) << "between 0 and 10080";
    QTest::newRow("raw ok") << "advanced.rawParameters"
                            << QVariant(QStringLiteral("voice.volume.persist.handset=1\n# note\n")) << "";
    QTest::newRow("raw no equals") << "advanced.rawParameters" << QVariant(QStringLiteral("voice.volume"))
                                   << "expected name=value";
    QTest::newRow("raw bad name") << "advanced.rawParameters" << QVariant(QStringLiteral("bad name=1"))
                                  << "not a valid parameter name";
    QTest::newRow("transport") << "security.sipTransport" << QVariant(QStringLiteral("sctp"))
                               << "must be one of";
    QTest::newRow("firmware control")
        << "provisioning.firmwareVersion" << QVariant(QStringLiteral("6.4\x01")) << "control characters";
}

void TestSettingsSchema::validate()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, error);
    const PhoneModel *model = ModelCatalog::builtin().find(QStringLiteral("poly-vvx-450"));
    QVERIFY(model);
    const SettingDefinition *d = SettingsSchema::builtin().find(key);
    QVERIFY(d);
    const auto result = SettingsSchema::builtin().validate(*d, value, *model);
    if (error.isEmpty()) {
        QVERIFY2(!result, result ? qPrintable(result->message) : "");
    } else {
        QVERIFY(result);
        QVERIFY2(result->message.contains(error), qPrintable(result->message));
        QCOMPARE(result->field, key);
        // Messages name the setting for a person.
        QVERIFY2(result->message.contains(SettingsSchema::label(*d)), qPrintable(result->message));
    }
}

void TestSettingsSchema::notApplicable()
{
    const SettingsSchema &s = SettingsSchema::builtin();
    const PhoneModel *yealink = ModelCatalog::builtin().find(QStringLiteral("yealink-t46u"));
    const PhoneModel *webrtc = ModelCatalog::builtin().find(QStringLiteral("webrtc"));
    const PhoneModel *soundpoint = ModelCatalog::builtin().find(QStringLiteral("poly-soundpoint-ip"));
    // HELD only on models that support it.
    FieldErrors errors = s.validateValues({{QStringLiteral("e911.heldEnabled"), true}}, *yealink);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().message.contains(QStringLiteral("does not apply")));
    errors = s.validateValues({{QStringLiteral("dtmf.payloadType"), 101}}, *webrtc);
    QCOMPARE(errors.size(), 1);
    errors = s.validateValues({{QStringLiteral("nonsense.key"), 1}}, *yealink);
    QVERIFY(errors.first().message.contains(QStringLiteral("not a known setting")));
    // A codec the model lacks.
    errors = s.validateValues(
        {{QStringLiteral("codecs.preferred"), QStringList {QStringLiteral("audio/opus")}}}, *soundpoint);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().message.contains(QStringLiteral("does not support")));
    QVERIFY(!s.settingsFor(*webrtc).isEmpty());
    for (const SettingDefinition *d : s.settingsFor(*webrtc))
        QVERIFY2(d->category != QLatin1String("e911"), qPrintable(d->key));
}

void TestSettingsSchema::heldNeedsLisUrl()
{
    const PhoneModel *vvx = ModelCatalog::builtin().find(QStringLiteral("poly-vvx-450"));
    const FieldErrors errors =
        SettingsSchema::builtin().validateValues({{QStringLiteral("e911.heldEnabled"), true}}, *vvx);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("e911.lisUrl"));
}

void TestSettingsSchema::normalizedFromJsonTypes()
{
    const QVariantMap n = SettingsSchema::builtin().normalized(
        {{QStringLiteral("media.dscpRtp"), 46.0},
         {QStringLiteral("general.dynamicReload"), QStringLiteral("false")},
         {QStringLiteral("codecs.preferred"), QVariantList {QStringLiteral("audio/PCMU")}}});
    QCOMPARE(n.value(QStringLiteral("media.dscpRtp")).typeId(), int(QMetaType::Int));
    QCOMPARE(n.value(QStringLiteral("general.dynamicReload")), QVariant(false));
    QCOMPARE(n.value(QStringLiteral("codecs.preferred")).toStringList(),
             QStringList {QStringLiteral("audio/PCMU")});
}

void TestSettingsSchema::textRoundTrip()
{
    const SettingsSchema &s = SettingsSchema::builtin();
    const SettingDefinition *codecs = s.find(QStringLiteral("codecs.preferred"));
    const QStringList list {QStringLiteral("audio/opus"), QStringLiteral("audio/G722")};
    QCOMPARE(s.fromText(*codecs, SettingsSchema::toText(*codecs, list))->toStringList(), list);
    const SettingDefinition *reload = s.find(QStringLiteral("general.dynamicReload"));
    QCOMPARE(*s.fromText(*reload, QStringLiteral("off")), QVariant(false));
    QVERIFY(!s.fromText(*reload, QStringLiteral("maybe")));
    QVERIFY(!s.fromText(*s.find(QStringLiteral("media.dscpRtp")), QStringLiteral("4x")));
}

QTEST_GUILESS_MAIN(TestSettingsSchema)
#include "tst_settingsschema.moc"
