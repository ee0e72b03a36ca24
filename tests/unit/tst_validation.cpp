#include "validation.h"

#include <QTest>

using namespace PhoneDesk;

namespace {
// Base settings 1..5 map to models; site 1 is cloud, 2 premises; users 7 and 8 exist.
class FakeContext final : public ValidationContext
{
public:
    std::optional<QString> baseSettingsModel(Id id) const override
    {
        switch (id) {
        case 1:
            return QStringLiteral("poly-vvx-450");
        case 2:
            return QStringLiteral("generic-sip");
        case 3:
            return QStringLiteral("webrtc");
        case 4:
            return QStringLiteral("remote");
        case 5:
            return QStringLiteral("spectralink-84");
        case 6:
            return QStringLiteral("poly-vvx-150");
        }
        return std::nullopt;
    }
    std::optional<MediaModel> siteMediaModel(Id id) const override
    {
        if (id == 1)
            return MediaModel::Cloud;
        if (id == 2)
            return MediaModel::Premises;
        return std::nullopt;
    }
    bool userExists(Id id) const override { return id == 7 || id == 8; }
};

Phone managed()
{
    Phone p;
    p.name = QStringLiteral("Desk 1");
    p.category = PhoneCategory::Managed;
    p.baseSettingsId = 1;
    p.siteId = 1;
    p.hardwareId = QStringLiteral("00:04:F2:AB:CD:EF");
    return p;
}

FieldErrors check(Phone &p)
{
    return Validation::validatePhone(p, ModelCatalog::builtin(), FakeContext());
}

bool hasField(const FieldErrors &errors, const QString &field, const QString &text = {})
{
    for (const FieldError &e : errors) {
        if (e.field == field && e.message.contains(text))
            return true;
    }
    return false;
}
} // namespace

class TestValidation final : public QObject
{
    Q_OBJECT

private slots:
    void e164_data();
    void e164();
    void sipUri_data();
    void sipUri();
    void fqdn_data();
    void fqdn();
    void managedPhone();
    void phoneRules_data();
    void phoneRules();
    void lineKeys_data();
    void lineKeys();
    void site_data();
    void site();
    void user_data();
    void user();
    void baseSettings();
    void automaticFirmwareNeedsASource();
    void warnings();
    void invisibleCharacters_data();
    void invisibleCharacters();
    void invisibleCharactersInFields_data();
    void invisibleCharactersInFields();
};

void TestValidation::e164_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("us") << "+15551234567" << true;
    QTest::newRow("de") << "+4930123456" << true;
    QTest::newRow("15 digits") << "+123456789012345" << true;
    QTest::newRow("16 digits") << "+1234567890123456" << false;
    QTest::newRow("no plus") << "15551234567" << false;
    QTest::newRow("leading zero") << "+0555123" << false;
    QTest::newRow("spaces") << "+1 555 123 4567" << false;
    QTest::newRow("one digit") << "+1" << false;
}

void TestValidation::e164()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isE164(text), valid);
}

void TestValidation::sipUri_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("user@host") << "sip:alice@example.com" << true;
    QTest::newRow("sips with port") << "sips:1001@10.0.0.5:5061" << true;
    QTest::newRow("params") << "sip:bob@example.com;transport=tls" << true;
    QTest::newRow("ipv6") << "sip:carol@[2001:db8::1]:5060" << true;
    QTest::newRow("host only") << "sip:example.com" << true;
    QTest::newRow("no scheme") << "alice@example.com" << false;
    QTest::newRow("http") << "http://example.com" << false;
    QTest::newRow("bad port") << "sip:alice@example.com:99999" << false;
    QTest::newRow("space") << "sip:al ice@example.com" << false;
    QTest::newRow("empty host") << "sip:alice@" << false;
}

void TestValidation::sipUri()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isSipUri(text), valid);
}

void TestValidation::fqdn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "softphone-12.example.com" << true;
    QTest::newRow("single label") << "localhost" << true;
    QTest::newRow("underscore") << "soft_phone.example.com" << false;
    QTest::newRow("leading hyphen") << "-a.example.com" << false;
    QTest::newRow("numeric tld") << "10.0.0.1" << false;
    QTest::newRow("empty label") << "a..example.com" << false;
    QTest::newRow("too long label") << QString(64, u'a') + QStringLiteral(".com") << false;
}

void TestValidation::fqdn()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isFqdn(text), valid);
}

void TestValidation::managedPhone()
{
    Phone p = managed();
    const FieldErrors errors = check(p);
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().message));
    QCOMPARE(p.hardwareId, QStringLiteral("0004f2abcdef")); // normalised in place
}

void TestValidation::phoneRules_data()
{
    QTest::addColumn<Phone>("phone");
    QTest::addColumn<QString>("field"); // empty = valid
    QTest::addColumn<QString>("message");

    Phone p = managed();
    p.name.clear();
    QTest::newRow("name required") << p << "name"
                                   << "Name is required";
    p = managed();
    p.name = QString(129, u'x');
    QTest::newRow("name too long") << p << "name"
                                   << "too long";
    p = managed();
    p.hardwareId.clear();
    QTest::newRow("managed needs mac") << p << "hardwareId"
                                       << "needs its MAC";
    p = managed();
    p.hardwareId = QStringLiteral("00:04:F2:AB:CD");
    QTest::newRow("short mac") << p << "hardwareId"
                               << "is not a MAC address";
    p = managed();
    p.hardwareId = QStringLiteral("ff:ff:ff:ff:ff:ff");
    QTest::newRow("broadcast mac") << p << "hardwareId"
                                   << "broadcast";
    p = managed();
    p.baseSettingsId = 0;
    QTest::newRow("base required") << p << "baseSettings"
                                   << "required";
    p = managed();
    p.baseSettingsId = 99;
    QTest::newRow("base missing") << p << "baseSettings"
                                  << "does not exist";
    p = managed();
    p.baseSettingsId = 3;
    QTest::newRow("managed with webrtc profile") << p << "baseSettings"
                                                 << "profile is not for Managed phones";
    p = managed();
    p.siteId = 0;
    QTest::newRow("site required") << p << "site"
                                   << "Site is required";
    p = managed();
    p.siteId = 42;
    QTest::newRow("site missing") << p << "site"
                                  << "does not exist";
    p = managed();
    p.userId = 99;
    QTest::newRow("user missing") << p << "user"
                                  << "does not exist";
    p = managed();
    p.overrides.insert(QStringLiteral("media.dscpRtp"), 70);
    QTest::newRow("override range") << p << "media.dscpRtp"
                                    << "between 0 and 63";
    p = managed();
    p.networkAddress = QStringLiteral("not an address!");
    QTest::newRow("network address") << p << "networkAddress"
                                     << "not a host";
    p = managed();
    p.networkAddress = QStringLiteral("192.0.2.10:5060");
    QTest::newRow("network address ok") << p << ""
                                        << "";
    p = managed();
    p.serialNumber = QStringLiteral(" 8012345678901234 ");
    QTest::newRow("serial number ok") << p << ""
                                      << "";
    p.serialNumber = QStringLiteral("SN 12/34");
    QTest::newRow("serial number with a space") << p << "serialNumber"
                                                << "\"SN 12/34\" is not a serial number";
    p.serialNumber = QString(65, u'1');
    QTest::newRow("serial number too long") << p << "serialNumber"
                                            << "up to 64";

    Phone u;
    u.name = QStringLiteral("ATA");
    u.category = PhoneCategory::Unmanaged;
    u.baseSettingsId = 2;
    u.siteId = 2;
    QTest::newRow("unmanaged mac optional") << u << ""
                                            << "";
    u.hardwareId = QStringLiteral("zz");
    QTest::newRow("unmanaged bad mac") << u << "hardwareId"
                                       << "is not a MAC";

    Phone w;
    w.name = QStringLiteral("Soft");
    w.category = PhoneCategory::WebRtc;
    w.baseSettingsId = 3;
    w.siteId = 1;
    w.userId = 7;
    QTest::newRow("webrtc ok") << w << ""
                               << "";
    w.hardwareId = QStringLiteral("soft_1.example.com");
    QTest::newRow("webrtc bad fqdn") << w << "hardwareId"
                                     << "not a host name";
    w.hardwareId.clear();
    w.userId = 0;
    QTest::newRow("webrtc needs user") << w << "user"
                                       << "belongs to a user";

    Phone r;
    r.name = QStringLiteral("Mobile");
    r.category = PhoneCategory::Remote;
    r.baseSettingsId = 4;
    r.siteId = 1;
    r.remoteAddress = QStringLiteral("+15551234567");
    QTest::newRow("remote e164") << r << ""
                                 << "";
    r.remoteAddress = QStringLiteral("sip:alice@example.com");
    QTest::newRow("remote sip") << r << ""
                                << "";
    r.remoteAddress = QStringLiteral("555-1234");
    QTest::newRow("remote bad") << r << "remoteAddress"
                                << "neither an E.164";
    r.remoteAddress.clear();
    QTest::newRow("remote required") << r << "remoteAddress"
                                     << "required";
    r.remoteAddress = QStringLiteral("+15551234567");
    r.hardwareId = QStringLiteral("0004f2abcdef");
    QTest::newRow("remote no hardware") << r << "hardwareId"
                                        << "no hardware ID";
    r.hardwareId.clear();
    r.serialNumber = QStringLiteral("8012345678901234");
    QTest::newRow("remote no serial number") << r << "serialNumber"
                                             << "only desk phones";
    r.serialNumber.clear();
    r.lineKeys = {LineKey {1, LineKeyType::Line, {}, {}}};
    QTest::newRow("remote no keys") << r << "lineKeys"
                                    << "no line keys";

    Phone m = managed();
    m.remoteAddress = QStringLiteral("+15551234567");
    QTest::newRow("managed no remote") << m << "remoteAddress"
                                       << "remote phones only";
}

void TestValidation::phoneRules()
{
    QFETCH(Phone, phone);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const FieldErrors errors = check(phone);
    if (field.isEmpty()) {
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().message));
    } else {
        QVERIFY2(hasField(errors, field, message),
                 qPrintable(errors.isEmpty() ? QStringLiteral("no error")
                                             : errors.first().field + u' ' + errors.first().message));
    }
}

void TestValidation::lineKeys_data()
{
    QTest::addColumn<QList<LineKey>>("keys");
    QTest::addColumn<QString>("message");
    using K = LineKeyType;
    QTest::newRow("ok") << QList<LineKey> {{1, K::Line, QStringLiteral("Line"), {}},
                                           {2, K::Blf, QStringLiteral("Bob"), QStringLiteral("1002")}}
                        << "";
    QTest::newRow("too many") << QList<LineKey> {{1, K::Line, {}, {}},
                                                 {2, K::Line, {}, {}},
                                                 {3, K::Line, {}, {}}}
                              << "has 2 line keys, 3";
    QTest::newRow("index beyond") << QList<LineKey> {{5, K::Line, {}, {}}} << "between 1 and 2";
    QTest::newRow("duplicate") << QList<LineKey> {{1, K::Line, {}, {}},
                                                  {1, K::Blf, {}, QStringLiteral("1002")}}
                               << "twice";
    QTest::newRow("speed dial bad") << QList<LineKey> {{1, K::SpeedDial, {}, QStringLiteral("abc")}}
                                    << "speed dial needs";
    QTest::newRow("speed dial e164") << QList<LineKey> {{1, K::SpeedDial, {}, QStringLiteral("+15551234567")}}
                                     << "";
    QTest::newRow("blf empty") << QList<LineKey> {{2, K::Blf, {}, {}}} << "BLF key needs";
    QTest::newRow("label long") << QList<LineKey> {{1, K::Line, QString(65, u'a'), {}}} << "label";
}

void TestValidation::lineKeys()
{
    QFETCH(QList<LineKey>, keys);
    QFETCH(QString, message);
    const PhoneModel *vvx150 = ModelCatalog::builtin().find(QStringLiteral("poly-vvx-150")); // 2 keys
    const FieldErrors errors = Validation::validateLineKeys(keys, *vvx150);
    if (message.isEmpty())
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().message));
    else
        QVERIFY2(!errors.isEmpty() && errors.first().message.contains(message),
                 qPrintable(errors.isEmpty() ? QStringLiteral("no error") : errors.first().message));
}

void TestValidation::site_data()
{
    QTest::addColumn<Site>("site");
    QTest::addColumn<QString>("field");
    Site s;
    s.name = QStringLiteral("Berlin");
    s.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    QTest::newRow("ok") << s << "";
    Site noName = s;
    noName.name = QStringLiteral("  ");
    QTest::newRow("name") << noName << "name";
    Site noPrimary = s;
    noPrimary.primarySip.host.clear();
    QTest::newRow("primary required") << noPrimary << "primarySip";
    Site badHost = s;
    badHost.primarySip.host = QStringLiteral("sip example");
    QTest::newRow("primary host") << badHost << "primarySip";
    Site port0 = s;
    port0.primarySip.port = 0;
    QTest::newRow("port 0") << port0 << "primarySip";
    Site same = s;
    same.secondarySip = s.primarySip;
    QTest::newRow("secondary same") << same << "secondarySip";
    Site tz = s;
    tz.timeZone = QStringLiteral("Mars/Olympus Mons");
    QTest::newRow("time zone") << tz << "timeZone";
    Site prov = s;
    prov.provisioningHost = QStringLiteral("prov.example.com:8443");
    QTest::newRow("prov ok") << prov << "";
    prov.provisioningHost = QStringLiteral("https://prov");
    QTest::newRow("prov url") << prov << "provisioningHost";
}

void TestValidation::site()
{
    QFETCH(Site, site);
    QFETCH(QString, field);
    const FieldErrors errors = Validation::validateSite(site);
    if (field.isEmpty())
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().message));
    else
        QVERIFY2(hasField(errors, field),
                 qPrintable(errors.isEmpty() ? QStringLiteral("no error") : errors.first().field));
}

void TestValidation::user_data()
{
    QTest::addColumn<User>("user");
    QTest::addColumn<QString>("field");
    QTest::newRow("ok") << User {0, QStringLiteral("Anna"), QStringLiteral("anna@example.com"),
                                 QStringLiteral("1001"), 1}
                        << "";
    QTest::newRow("no name") << User {0, QString(), {}, {}, 1} << "name";
    QTest::newRow("bad email") << User {0, QStringLiteral("A"), QStringLiteral("anna@"), {}, 1} << "email";
    QTest::newRow("bad extension") << User {0, QStringLiteral("A"), {}, QStringLiteral("12a"), 1}
                                   << "extension";
}

void TestValidation::user()
{
    QFETCH(User, user);
    QFETCH(QString, field);
    const FieldErrors errors = Validation::validateUser(user);
    if (field.isEmpty())
        QVERIFY(errors.isEmpty());
    else
        QVERIFY(hasField(errors, field));
}

void TestValidation::baseSettings()
{
    BaseSettings b {0, QStringLiteral("VVX"), QStringLiteral("poly-vvx-450"), {}, {}, 1};
    QVERIFY(Validation::validateBaseSettings(b, ModelCatalog::builtin()).isEmpty());
    b.modelId = QStringLiteral("nokia-3310");
    QVERIFY(hasField(Validation::validateBaseSettings(b, ModelCatalog::builtin()), QStringLiteral("model"),
                     QStringLiteral("not a known")));
    b.modelId = QStringLiteral("yealink-t46u");
    b.values.insert(QStringLiteral("e911.heldEnabled"), true);
    QVERIFY(hasField(Validation::validateBaseSettings(b, ModelCatalog::builtin()),
                     QStringLiteral("e911.heldEnabled"), QStringLiteral("does not apply")));
}

void TestValidation::automaticFirmwareNeedsASource()
{
    BaseSettings b {0, QStringLiteral("T46U"), QStringLiteral("yealink-t46u"), {}, {}, 1};
    b.values.insert(QStringLiteral("provisioning.firmwarePolicy"), QStringLiteral("automatic"));
    b.values.insert(QStringLiteral("provisioning.firmwareVersion"), QStringLiteral("108.86.0.90"));
    // Neither an image in the library nor a URL: refused, naming the setting, the version and model.
    const FieldErrors refused = Validation::validateFirmwarePolicy(b, false);
    QVERIFY(hasField(refused, QStringLiteral("provisioning.firmwarePolicy"), QStringLiteral("108.86.0.90")));
    QVERIFY(hasField(refused, QStringLiteral("provisioning.firmwarePolicy"), QStringLiteral("yealink-t46u")));
    QVERIFY(Validation::validateFirmwarePolicy(b, true).isEmpty());
    b.values.insert(QStringLiteral("provisioning.firmwareUrl"), QStringLiteral("https://fw.example.net/"));
    QVERIFY(Validation::validateFirmwarePolicy(b, false).isEmpty());
    b.values.insert(QStringLiteral("provisioning.firmwareUrl"), QString());
    b.values.insert(QStringLiteral("provisioning.firmwarePolicy"), QStringLiteral("manual"));
    QVERIFY(Validation::validateFirmwarePolicy(b, false).isEmpty());
}

void TestValidation::warnings()
{
    Phone p = managed();
    p.baseSettingsId = 5; // Spectralink 84: not cloud-media compatible
    QCOMPARE(Validation::phoneWarnings(p, ModelCatalog::builtin(), FakeContext()).size(), 1);
    p.siteId = 2; // premises
    QVERIFY(Validation::phoneWarnings(p, ModelCatalog::builtin(), FakeContext()).isEmpty());
}

void TestValidation::invisibleCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position"); // 1-based character; 0 = accepted
    QTest::addColumn<uint>("codePoint");

    // The bidirectional controls, one by one, and other format characters (category Cf).
    const char32_t refused[] = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                                0x200E, 0x200F, 0x061C, 0x200B, 0x2060, 0xFEFF, 0x00AD, 0x180E, 0xE0041};
    for (const char32_t u : refused) {
        QString text = u"Desk"_qs;
        if (QChar::requiresSurrogates(u))
            text += QChar(QChar::highSurrogate(u)) + QChar(QChar::lowSurrogate(u));
        else
            text += QChar(char16_t(u)); // not fromUcs4, which takes U+FEFF for a byte order mark
        text += u"1"_qs;
        QTest::addRow("U+%04X", uint(u)) << text << 5 << uint(u);
    }
    QTest::newRow("RLO in the middle, name reads 'Desk exe.txt'") << u"Desk \u202Etxt.exe"_qs << 6 << 0x202Eu;
    QTest::newRow("first character") << u"\u200BDesk"_qs << 1 << 0x200Bu;
    QTest::newRow("last character") << u"Desk\u2066"_qs << 5 << 0x2066u;
    QTest::newRow("after a surrogate pair") << u"\U0001F4DE\u202E"_qs << 2 << 0x202Eu;
    QTest::newRow("tag character (supplementary plane)") << u"A\U000E0001"_qs << 2 << 0xE0001u;
    // Zero-width (non-)joiners only where scripts and emoji need them.
    QTest::newRow("ZWNJ in Persian") << u"\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"_qs << 0 << 0u;
    QTest::newRow("ZWJ in an emoji sequence") << u"\U0001F469\u200D\U0001F4BB"_qs << 0 << 0u;
    QTest::newRow("ZWJ in Devanagari") << u"\u0915\u094D\u200D\u0937"_qs << 0 << 0u;
    QTest::newRow("ZWJ between Latin letters") << u"De\u200Dsk"_qs << 3 << 0x200Du;
    QTest::newRow("ZWNJ at the start") << u"\u200C\u0645\u06CC"_qs << 1 << 0x200Cu;
    QTest::newRow("ZWNJ at the end") << u"\u0645\u06CC\u200C"_qs << 3 << 0x200Cu;
    QTest::newRow("ZWNJ next to a space") << u"\u0645 \u200C\u06CC"_qs << 3 << 0x200Cu;
    QTest::newRow("two joiners") << u"\u0645\u200C\u200C\u06CC"_qs << 2 << 0x200Cu;
    // Visible text, right-to-left scripts included, is accepted.
    QTest::newRow("plain") << u"Reception, 1st floor"_qs << 0 << 0u;
    QTest::newRow("Arabic") << u"\u0645\u0643\u062A\u0628 \u0661"_qs << 0 << 0u;
    QTest::newRow("Hebrew") << u"\u05E7\u05D1\u05DC\u05D4"_qs << 0 << 0u;
    QTest::newRow("CJK and accents") << u"Zoë 東京 Küche"_qs << 0 << 0u;
    QTest::newRow("empty") << QString() << 0 << 0u;
}

void TestValidation::invisibleCharacters()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(uint, codePoint);
    const auto found = Validation::findInvisible(text);
    QCOMPARE(found.has_value(), position > 0);
    if (found) {
        QCOMPARE(found->position, position);
        QCOMPARE(uint(found->codePoint), codePoint);
    }
}

void TestValidation::invisibleCharactersInFields_data()
{
    QTest::addColumn<QString>("record"); // what is checked
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("phone name") << "phone name"
                                << "name"
                                << "Name must not contain invisible or text-direction characters (U+202E at "
                                   "character 6).";
    QTest::newRow("phone description") << "phone description"
                                       << "description"
                                       << "Description must not contain invisible or text-direction "
                                          "characters (U+202E at character 6).";
    QTest::newRow("line-key label") << "line-key label"
                                    << "lineKeys.2"
                                    << "Line key 2: the label must not contain invisible or text-direction "
                                       "characters (U+202E at character 6).";
    QTest::newRow("line value") << "line value"
                                << "lineKeys.1"
                                << "Line key 1: the value is not valid.";
    QTest::newRow("site name") << "site name"
                               << "name"
                               << "Name must not contain invisible or text-direction characters (U+202E at "
                                  "character 6).";
    QTest::newRow("site E911 location") << "site e911"
                                        << "e911Location"
                                        << "E911 location must not contain invisible or text-direction "
                                           "characters (U+202E at character 6).";
    QTest::newRow("user name") << "user name"
                               << "name"
                               << "Name must not contain invisible or text-direction characters (U+202E at "
                                  "character 6).";
    QTest::newRow("user email") << "user email"
                                << "email"
                                << "Email must not contain invisible or text-direction characters (U+202E at "
                                   "character 5).";
    QTest::newRow("base settings name") << "base settings name"
                                        << "name"
                                        << "Name must not contain invisible or text-direction characters "
                                           "(U+202E at character 6).";
    QTest::newRow("base settings description")
        << "base settings description"
        << "description"
        << "Description must not contain invisible or text-direction characters (U+202E at character 6).";
}

void TestValidation::invisibleCharactersInFields()
{
    QFETCH(QString, record);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const QString rlo = u"Desk \u202Etxt.exe"_qs;
    FieldErrors errors;
    if (record.startsWith(u"phone") || record.startsWith(u"line")) {
        Phone p = managed();
        if (record == u"phone name")
            p.name = rlo;
        else if (record == u"phone description")
            p.description = rlo;
        else if (record == u"line-key label")
            p.lineKeys = {{1, LineKeyType::Line, {}, {}}, {2, LineKeyType::Line, rlo, {}}};
        else
            p.lineKeys = {{1, LineKeyType::Line, {}, rlo}};
        errors = check(p);
    } else if (record.startsWith(u"site")) {
        Site s;
        s.name = QStringLiteral("Berlin");
        s.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
        if (record == u"site name")
            s.name = rlo;
        else
            s.e911Location = rlo;
        errors = Validation::validateSite(s);
    } else if (record.startsWith(u"user")) {
        User u {0, QStringLiteral("Anna"), QStringLiteral("anna@example.com"), {}, 1};
        if (record == u"user name")
            u.name = rlo;
        else
            u.email = u"anna\u202E@example.com"_qs;
        errors = Validation::validateUser(u);
    } else {
        BaseSettings b {0, QStringLiteral("VVX"), QStringLiteral("poly-vvx-450"), {}, {}, 1};
        if (record == u"base settings name")
            b.name = rlo;
        else
            b.description = rlo;
        errors = Validation::validateBaseSettings(b, ModelCatalog::builtin());
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QCOMPARE(errors.first().message, message);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
