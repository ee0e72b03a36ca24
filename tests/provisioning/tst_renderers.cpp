// Golden-file and property tests of the Poly, Yealink and AudioCodes renderers.

#include "configrenderer.h"
#include "renderfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace PhoneDesk;

namespace {
QString dataDir()
{
    return QStringLiteral(PHONEDESK_TEST_DATA_DIR "/provisioning");
}

// The parameter table of docs/provisioning.md: renderer -> names (with N for indexes).
QHash<QString, QSet<QString>> documentedParameters()
{
    QFile file(QStringLiteral(PHONEDESK_TEST_DATA_DIR "/../../docs/provisioning.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, QSet<QString>> out;
    static const QRegularExpression row(
        QStringLiteral("^\\|\\s*(poly-ucs|yealink|audiocodes)\\s*\\|\\s*`([^`]+)`\\s*\\|"));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const auto m = row.match(line);
        if (m.hasMatch())
            out[m.captured(1)].insert(m.captured(2));
    }
    return out;
}

QMap<QString, QString> polyAttributes(const QByteArray &xml)
{
    QMap<QString, QString> out;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement &&
            reader.name() == QLatin1String("polycomConfig")) {
            for (const QXmlStreamAttribute &a : reader.attributes())
                out.insert(a.name().toString(), a.value().toString());
        }
    }
    return out;
}
// What a rendering points the phone's firmware update at: Poly's APP_FILE_PATH (master file),
// Yealink's static.firmware.url, AudioCodes' provisioning/firmware/url; empty when not written.
QString firmwareParameter(const QList<RenderedFile> &files, const QString &renderer)
{
    if (renderer == QLatin1String("poly-ucs")) {
        QXmlStreamReader reader(files.at(0).body);
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement &&
                reader.name() == QLatin1String("APPLICATION"))
                return reader.attributes().value(QStringLiteral("APP_FILE_PATH")).toString();
        }
        return {};
    }
    const QString key = renderer == QLatin1String("yealink") ? QStringLiteral("static.firmware.url = ")
                                                             : QStringLiteral("provisioning/firmware/url=");
    const QStringList lines = QString::fromUtf8(files.at(0).body).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size());
    }
    return {};
}
} // namespace

class TestRenderers final : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void xmlEscapingAndWellFormed();
    void xmllintAcceptsPolyFiles();
    void precedenceOfLayers();
    void rawParametersWrittenLast();
    void noParameterInjection();
    void everyParameterIsDocumented_data();
    void everyParameterIsDocumented();
    void hashIsStableAndSensitive();
    void unassignedPhoneRegistersNothing();
    void unmanagedInstructions();
    void registrationLinesAreWhatTheFilesRegister();
    void derivedCredentialsDiffer();
    void secretsAreReported_data();
    void secretsAreReported();
    void rawParameterOverASecretStaysSecret();
    void registrationTextReportsPasswords();
    void firmwareParameters_data();
    void firmwareParameters();
};

void TestRenderers::golden_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("mac");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QStringList>("files");
    QTest::newRow("poly") << QStringLiteral("poly-vvx-450") << QStringLiteral("0004f2abcdef")
                          << QStringLiteral("poly")
                          << QStringList {QStringLiteral("0004f2abcdef.cfg"),
                                          QStringLiteral("0004f2abcdef-phonedesk.cfg"),
                                          QStringLiteral("0004f2abcdef-directory.xml")};
    QTest::newRow("yealink") << QStringLiteral("yealink-t46u") << QStringLiteral("805ec0123456")
                             << QStringLiteral("yealink") << QStringList {QStringLiteral("805ec0123456.cfg")};
    QTest::newRow("audiocodes") << QStringLiteral("audiocodes-440hd") << QStringLiteral("00908f602aac")
                                << QStringLiteral("audiocodes")
                                << QStringList {QStringLiteral("00908f602aac.cfg")};
}

void TestRenderers::golden()
{
    QFETCH(QString, modelId);
    QFETCH(QString, mac);
    QFETCH(QString, folder);
    QFETCH(QStringList, files);
    const QList<RenderedFile> rendered = ConfigRenderer::render(Test::sampleInput(modelId, mac));
    QStringList names;
    for (const RenderedFile &f : rendered)
        names.append(f.name);
    QCOMPARE(names, files);
    const bool update = qEnvironmentVariableIsSet("PHONEDESK_UPDATE_GOLDEN");
    for (const RenderedFile &f : rendered) {
        const QString path = dataDir() + u'/' + folder + u'/' + f.name;
        if (update) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(f.body);
        }
        QFile golden(path);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(QString::fromUtf8(f.body), QString::fromUtf8(golden.readAll()));
    }
    if (folder == QLatin1String("poly")) {
        const QList<RenderedFile> shared = ConfigRenderer::sharedFiles(QStringLiteral("poly-ucs"));
        QCOMPARE(shared.size(), 1);
        QFile golden(dataDir() + QStringLiteral("/poly/000000000000.cfg"));
        if (update) {
            QVERIFY(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
            golden.write(shared.first().body);
            golden.close();
        }
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(shared.first().body), QString::fromUtf8(golden.readAll()));
    }
}

void TestRenderers::xmlEscapingAndWellFormed()
{
    const QList<RenderedFile> files = ConfigRenderer::render(
        Test::sampleInput(QStringLiteral("poly-vvx-450"), QStringLiteral("0004f2abcdef")));
    const QMap<QString, QString> attributes = polyAttributes(files.at(1).body);
    QCOMPARE(attributes.value(QStringLiteral("reg.1.displayName")), Test::sampleUser().name);
    QVERIFY(!files.at(1).body.contains("<Lovelace>"));
    for (const RenderedFile &f : files) {
        QXmlStreamReader reader(f.body);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(f.name + QStringLiteral(": ") + reader.errorString()));
    }
}

void TestRenderers::xmllintAcceptsPolyFiles()
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QSKIP("xmllint (libxml2-utils) is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVariantMap values {
        {QStringLiteral("e911.heldEnabled"), true},
        {QStringLiteral("e911.lisUrl"), QStringLiteral("https://lis.example.net/held?a=1&b=2")},
        {QStringLiteral("provisioning.firmwarePolicy"), QStringLiteral("automatic")},
        {QStringLiteral("provisioning.firmwareUrl"), QStringLiteral("https://fw.example.net/ucs/")}};
    QList<RenderedFile> files = ConfigRenderer::render(
        Test::sampleInput(QStringLiteral("poly-vvx-450"), QStringLiteral("0004f2abcdef"), values));
    // HELD has no confirmed UC Software parameter names: the LIS URL stays out of the file, the
    // emergency numbers still route.
    const QMap<QString, QString> attributes = polyAttributes(files.at(1).body);
    QCOMPARE(attributes.value(QStringLiteral("dialplan.routing.emergency.1.value")), QStringLiteral("911"));
    QVERIFY(!files.at(1).body.contains("lis.example.net"));
    files += ConfigRenderer::sharedFiles(QStringLiteral("poly-ucs"));
    QStringList paths;
    for (const RenderedFile &f : files) {
        QFile out(dir.filePath(f.name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(f.body);
        paths.append(out.fileName());
    }
    QProcess lint;
    lint.start(xmllint, QStringList {QStringLiteral("--noout")} + paths);
    QVERIFY(lint.waitForFinished(30000));
    QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
}

void TestRenderers::precedenceOfLayers()
{
    // Model default (poly-vvx codecs) -> base settings (dscpSip 26) -> site servers -> phone override (RTP
    // 12000).
    const QList<RenderedFile> files = ConfigRenderer::render(
        Test::sampleInput(QStringLiteral("poly-vvx-450"), QStringLiteral("0004f2abcdef")));
    const QMap<QString, QString> a = polyAttributes(files.at(1).body);
    QCOMPARE(a.value(QStringLiteral("qos.ip.callControl.dscp")), QStringLiteral("26"));
    QCOMPARE(a.value(QStringLiteral("qos.ip.rtp.dscp")), QStringLiteral("46"));
    QCOMPARE(a.value(QStringLiteral("tcpIpApp.port.rtp.mediaPortRangeStart")), QStringLiteral("12000"));
    QCOMPARE(a.value(QStringLiteral("reg.1.server.1.address")), QStringLiteral("sip1.example.net"));
    QCOMPARE(a.value(QStringLiteral("reg.1.server.2.address")), QStringLiteral("sip2.example.net"));
    QCOMPARE(a.value(QStringLiteral("reg.1.server.1.transport")), QStringLiteral("TLS"));
    // poly-vvx model default: G722, PCMU, PCMA; G729 supported but off. Opus has no confirmed
    // voice.codecPref name, so it is not written at all.
    QCOMPARE(a.value(QStringLiteral("voice.codecPref.G722")), QStringLiteral("1"));
    QCOMPARE(a.value(QStringLiteral("voice.codecPref.G711_Mu")), QStringLiteral("2"));
    QCOMPARE(a.value(QStringLiteral("voice.codecPref.G729_AB")), QString());
    QVERIFY(a.contains(QStringLiteral("voice.codecPref.G729_AB")));
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        QVERIFY2(!it.key().contains(QLatin1String("opus"), Qt::CaseInsensitive), qPrintable(it.key()));
    QCOMPARE(a.value(QStringLiteral("apps.restapi.enabled")), QStringLiteral("1"));
    QCOMPARE(a.value(QStringLiteral("device.auth.localAdminPassword")),
             DeviceCredentials::adminPassword(QStringLiteral("FixedTestSecret0123456789")));

    // AudioCodes takes the TOS byte (DSCP << 2) and the RTP base port under its own names.
    const QStringList ac =
        QString::fromUtf8(ConfigRenderer::render(Test::sampleInput(QStringLiteral("audiocodes-440hd"),
                                                                   QStringLiteral("00908f602aac")))
                              .first()
                              .body)
            .split(u'\n');
    QVERIFY(ac.contains(QStringLiteral("voip/media/media_tos=184")));
    QVERIFY(ac.contains(QStringLiteral("voip/signalling/sip/tos=104")));
    QVERIFY(ac.contains(QStringLiteral("voip/media/media_port=12000")));
    QVERIFY(ac.contains(QStringLiteral("voip/codec/codec_info/0/name=G722_8000")));
}

void TestRenderers::rawParametersWrittenLast()
{
    const QVariantMap values {
        {QStringLiteral("advanced.rawParameters"),
         QStringLiteral("qos.ip.rtp.dscp=40\n# comment\nfeature.example.enabled = 1\nbad/name=1")}};
    const QList<RenderedFile> poly = ConfigRenderer::render(
        Test::sampleInput(QStringLiteral("poly-vvx-450"), QStringLiteral("0004f2abcdef"), values));
    QXmlStreamReader reader(poly.at(1).body);
    QStringList order;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement &&
            reader.name() == QLatin1String("polycomConfig")) {
            for (const QXmlStreamAttribute &a : reader.attributes())
                order.append(a.name().toString() + u'=' + a.value().toString());
        }
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(order.count(QStringLiteral("qos.ip.rtp.dscp=40")), 1);
    QCOMPARE(order.filter(QRegularExpression(QStringLiteral("^qos\\.ip\\.rtp\\.dscp="))).size(), 1);
    QCOMPARE(order.at(order.size() - 2), QStringLiteral("qos.ip.rtp.dscp=40"));
    QCOMPARE(order.last(), QStringLiteral("feature.example.enabled=1"));

    const QVariantMap yv {
        {QStringLiteral("advanced.rawParameters"), QStringLiteral("static.network.qos.audiotos=40")}};
    const QString yealink =
        QString::fromUtf8(ConfigRenderer::render(Test::sampleInput(QStringLiteral("yealink-t46u"),
                                                                   QStringLiteral("805ec0123456"), yv))
                              .first()
                              .body);
    QCOMPARE(yealink.count(QStringLiteral("static.network.qos.audiotos")), 1);
    QVERIFY(yealink.trimmed().endsWith(QStringLiteral("static.network.qos.audiotos = 40")));
    QVERIFY(yealink.startsWith(QStringLiteral("#!version:1.0.0.1\n")));
}

void TestRenderers::noParameterInjection()
{
    RenderInput input = Test::sampleInput(QStringLiteral("yealink-t46u"), QStringLiteral("805ec0123456"));
    input.config.user->name = QStringLiteral("Eve\nstatic.security.user_password = admin:pwned");
    input.config.phone.lineKeys[1].label = QStringLiteral("x\r\nlinekey.9.type = 13");
    const QString body = QString::fromUtf8(ConfigRenderer::render(input).first().body);
    QVERIFY(!body.contains(QStringLiteral("admin:pwned\n")) ||
            body.contains(QStringLiteral("Eve static.security")));
    const QStringList lines = body.split(u'\n');
    QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^static\\.security\\.user_password"))).size() ==
            1);
    QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^linekey\\.9\\."))).isEmpty());

    RenderInput ac = Test::sampleInput(QStringLiteral("audiocodes-440hd"), QStringLiteral("00908f602aac"));
    ac.config.user->name = QStringLiteral("Eve\nsystem/password=1234");
    const QStringList acLines = QString::fromUtf8(ConfigRenderer::render(ac).first().body).split(u'\n');
    QCOMPARE(acLines.filter(QRegularExpression(QStringLiteral("^system/password="))).size(), 1);
}

void TestRenderers::everyParameterIsDocumented_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("mac");
    QTest::addColumn<QVariantMap>("values");
    const QVariantMap everything {
        {QStringLiteral("e911.heldEnabled"), true},
        {QStringLiteral("e911.lisUrl"), QStringLiteral("https://lis.example.net/")},
        {QStringLiteral("e911.ersAccountId"), QStringLiteral("ERS-1")},
        {QStringLiteral("provisioning.firmwarePolicy"), QStringLiteral("automatic")},
        {QStringLiteral("provisioning.firmwareUrl"), QStringLiteral("https://fw.example.net/")},
        {QStringLiteral("dtmf.method"), QStringLiteral("inband")},
        {QStringLiteral("security.srtp"), QStringLiteral("optional")}};
    const QVariantMap noResync {{QStringLiteral("provisioning.resyncPeriod"), 0}};
    for (const auto &[model, mac] :
         {std::pair {"poly-vvx-450", "0004f2abcdef"}, std::pair {"poly-edge-e450", "0004f2abcde0"},
          std::pair {"yealink-t46u", "805ec0123456"}, std::pair {"audiocodes-440hd", "00908f602aac"}}) {
        QTest::newRow(QByteArray(QByteArray(model) + "-defaults").constData())
            << QString::fromLatin1(model) << QString::fromLatin1(mac) << QVariantMap();
        QVariantMap all = everything;
        if (!ModelCatalog::builtin().find(QString::fromLatin1(model))->held) {
            all.remove(QStringLiteral("e911.heldEnabled"));
            all.remove(QStringLiteral("e911.lisUrl"));
            all.remove(QStringLiteral("e911.ersAccountId"));
        }
        QTest::newRow(QByteArray(QByteArray(model) + "-everything").constData())
            << QString::fromLatin1(model) << QString::fromLatin1(mac) << all;
        QTest::newRow(QByteArray(QByteArray(model) + "-no-resync").constData())
            << QString::fromLatin1(model) << QString::fromLatin1(mac) << noResync;
    }
}

void TestRenderers::everyParameterIsDocumented()
{
    QFETCH(QString, modelId);
    QFETCH(QString, mac);
    QFETCH(QVariantMap, values);
    const RenderInput input = Test::sampleInput(modelId, mac, values);
    const QString renderer = input.config.model->renderer;
    const QStringList names = ConfigRenderer::parameterNames(renderer, ConfigRenderer::render(input));
    if (qEnvironmentVariableIsSet("PHONEDESK_PRINT_PARAMETERS")) {
        for (const QString &name : names)
            qInfo().noquote() << "PARAM" << renderer << name;
    }
    const QHash<QString, QSet<QString>> documented = documentedParameters();
    QVERIFY2(!documented.isEmpty(), "docs/provisioning.md has no parameter table");
    QVERIFY(names.size() > 20);
    for (const QString &name : names)
        QVERIFY2(documented.value(renderer).contains(name),
                 qPrintable(renderer + QStringLiteral(": ") + name +
                            QStringLiteral(" is not in docs/provisioning.md")));
}

void TestRenderers::hashIsStableAndSensitive()
{
    const RenderInput a = Test::sampleInput(QStringLiteral("poly-vvx-450"), QStringLiteral("0004f2abcdef"));
    const QString h1 = ConfigRenderer::hash(ConfigRenderer::render(a));
    QCOMPARE(ConfigRenderer::hash(ConfigRenderer::render(a)), h1);
    QCOMPARE(h1.size(), 64);
    const RenderInput b = Test::sampleInput(QStringLiteral("poly-vvx-450"), QStringLiteral("0004f2abcdef"),
                                            {{QStringLiteral("media.dscpRtp"), 40}});
    QVERIFY(ConfigRenderer::hash(ConfigRenderer::render(b)) != h1);
}

void TestRenderers::unassignedPhoneRegistersNothing()
{
    RenderInput input = Test::sampleInput(QStringLiteral("poly-vvx-450"), QStringLiteral("0004f2abcdef"));
    input.config.user.reset();
    input.config.phone.lineKeys = {};
    const QMap<QString, QString> a = polyAttributes(ConfigRenderer::render(input).at(1).body);
    QVERIFY(!a.contains(QStringLiteral("reg.1.address")));
    QVERIFY(!a.contains(QStringLiteral("reg.1.auth.password")));
    QVERIFY(a.contains(QStringLiteral("qos.ip.rtp.dscp")));
}

void TestRenderers::unmanagedInstructions()
{
    const RenderInput input =
        Test::sampleInput(QStringLiteral("poly-vvx-450"), QStringLiteral("0004f2abcdef"));
    const QString text = ConfigRenderer::registrationInstructions(input);
    QVERIFY(text.contains(QStringLiteral("2001")));
    QVERIFY(text.contains(QStringLiteral("sip1.example.net:5061 (TLS)")));
    QVERIFY(text.contains(QStringLiteral("sip2.example.net:5061 (TLS)")));
    QVERIFY(text.contains(DeviceCredentials::sipPassword(input.deviceSecret, 1)));
}

void TestRenderers::registrationLinesAreWhatTheFilesRegister()
{
    auto withKeys = [](const QString &modelId, const QString &mac) {
        RenderInput input = Test::sampleInput(modelId, mac);
        input.config.phone.lineKeys = {
            LineKey {1, LineKeyType::Line, QString(), QString()}, // the user's extension
            LineKey {2, LineKeyType::Line, QStringLiteral("Spare"), QString()}, // nothing to register
            LineKey {3, LineKeyType::Blf, QStringLiteral("Boss"), QStringLiteral("2002")},
            LineKey {4, LineKeyType::Line, QStringLiteral("Hotline"), QStringLiteral(" 2099 ")}};
        return input;
    };
    const RenderInput poly = withKeys(QStringLiteral("poly-vvx-450"), QStringLiteral("0004f2abcdef"));
    const QList<ConfigRenderer::RegistrationLine> lines = ConfigRenderer::registrationLines(poly);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).number, 1);
    QCOMPARE(lines.at(0).userName, QStringLiteral("2001"));
    QCOMPARE(lines.at(0).authId, QStringLiteral("2001"));
    QCOMPARE(lines.at(0).label, QStringLiteral("2001"));
    QCOMPARE(lines.at(0).displayName, Test::sampleUser().name);
    QCOMPARE(lines.at(0).password, DeviceCredentials::sipPassword(poly.deviceSecret, 1));
    QCOMPARE(lines.at(1).number, 3); // the third line key of type Line keeps its number
    QCOMPARE(lines.at(1).userName, QStringLiteral("2099"));
    QCOMPARE(lines.at(1).label, QStringLiteral("Hotline"));
    QCOMPARE(lines.at(1).password, DeviceCredentials::sipPassword(poly.deviceSecret, 3));

    // Every renderer registers exactly these accounts.
    const QMap<QString, QString> a = polyAttributes(ConfigRenderer::render(poly).at(1).body);
    for (const ConfigRenderer::RegistrationLine &line : lines) {
        const QString reg = QStringLiteral("reg.%1.").arg(line.number);
        QCOMPARE(a.value(reg + QStringLiteral("address")), line.userName);
        QCOMPARE(a.value(reg + QStringLiteral("auth.userId")), line.authId);
        QCOMPARE(a.value(reg + QStringLiteral("auth.password")), line.password);
    }
    QVERIFY(!a.contains(QStringLiteral("reg.2.address")));
    const QString yealink = QString::fromUtf8(
        ConfigRenderer::render(withKeys(QStringLiteral("yealink-t46u"), QStringLiteral("805ec0123456")))
            .at(0)
            .body);
    const QString audiocodes = QString::fromUtf8(
        ConfigRenderer::render(withKeys(QStringLiteral("audiocodes-440hd"), QStringLiteral("00908f602aac")))
            .at(0)
            .body);
    for (const ConfigRenderer::RegistrationLine &line : lines) {
        QVERIFY(yealink.contains(
            QStringLiteral("account.%1.password = %2\n").arg(line.number).arg(line.password)));
        QVERIFY(yealink.contains(
            QStringLiteral("account.%1.user_name = %2\n").arg(line.number).arg(line.userName)));
        QVERIFY(audiocodes.contains(
            QStringLiteral("voip/line/%1/auth_password=%2\n").arg(line.number - 1).arg(line.password)));
        QVERIFY(audiocodes.contains(
            QStringLiteral("voip/line/%1/id=%2\n").arg(line.number - 1).arg(line.userName)));
    }
    QVERIFY(!yealink.contains(QStringLiteral("account.2.")));
    QVERIFY(!audiocodes.contains(QStringLiteral("voip/line/1/")));

    // The registration data shown for unmanaged phones lists the same lines.
    const QString text = ConfigRenderer::registrationInstructions(poly);
    QVERIFY(text.contains(QStringLiteral("Line 1\n")));
    QVERIFY(!text.contains(QStringLiteral("Line 2\n")));
    QVERIFY(text.contains(QStringLiteral("Line 3\n  User name / extension: 2099\n")));
    QVERIFY(text.contains(QStringLiteral("  Password: ") + lines.at(1).password));
    QVERIFY(text.contains(QStringLiteral("  Registrar (primary): ") +
                          ConfigRenderer::registrarText(poly.config.site.primarySip)));

    RenderInput unassigned = poly;
    unassigned.config.user.reset();
    unassigned.config.phone.lineKeys = {};
    QVERIFY(ConfigRenderer::registrationLines(unassigned).isEmpty());
}

void TestRenderers::derivedCredentialsDiffer()
{
    const QString secret = QStringLiteral("FixedTestSecret0123456789");
    QVERIFY(DeviceCredentials::sipPassword(secret, 1) != DeviceCredentials::sipPassword(secret, 2));
    QVERIFY(DeviceCredentials::sipPassword(secret, 1) != DeviceCredentials::adminPassword(secret));
    QCOMPARE(DeviceCredentials::adminPassword(secret), secret);
    QVERIFY(!DeviceCredentials::sipPassword(secret, 1).contains(secret));
    QCOMPARE(DeviceCredentials::sipPassword(secret, 1).size(), 20);
}

void TestRenderers::secretsAreReported_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("mac");
    QTest::addColumn<QString>("adminValue"); // how the admin password is written
    const QString secret = QStringLiteral("FixedTestSecret0123456789");
    QTest::newRow("poly") << QStringLiteral("poly-vvx-450") << QStringLiteral("0004f2abcdef") << secret;
    QTest::newRow("yealink") << QStringLiteral("yealink-t46u") << QStringLiteral("805ec0123456")
                             << QStringLiteral("admin:") + secret;
    QTest::newRow("audiocodes") << QStringLiteral("audiocodes-440hd") << QStringLiteral("00908f602aac")
                                << secret;
}

// Exactly the credentials are reported: each span holds the admin password or a line's SIP
// password, every one of them is covered, and masking leaves none in the text.
void TestRenderers::secretsAreReported()
{
    QFETCH(QString, modelId);
    QFETCH(QString, mac);
    QFETCH(QString, adminValue);
    RenderInput input = Test::sampleInput(modelId, mac);
    input.config.phone.lineKeys.append(
        {4, LineKeyType::Line, QStringLiteral("Hotline"), QStringLiteral("2099")});
    const QList<ConfigRenderer::RegistrationLine> lines = ConfigRenderer::registrationLines(input);
    QCOMPARE(lines.size(), 2);
    QStringList expected {adminValue};
    for (const ConfigRenderer::RegistrationLine &line : lines)
        expected << line.password;
    QStringList reported;
    for (const RenderedFile &file : ConfigRenderer::render(input)) {
        qsizetype end = 0;
        for (const SecretSpan &span : file.secrets) {
            QVERIFY(span.offset >= end); // in order, not overlapping
            QVERIFY(span.offset + span.length <= file.body.size());
            end = span.offset + span.length;
            reported << QString::fromUtf8(file.body.mid(span.offset, span.length));
        }
        const RenderedText text = toText(file);
        const QString masked = maskSecrets(text.text, text.secrets, QStringLiteral("****"));
        QVERIFY(!masked.contains(input.deviceSecret));
        for (const ConfigRenderer::RegistrationLine &line : lines)
            QVERIFY2(!masked.contains(line.password), qPrintable(masked));
        QCOMPARE(masked.count(QStringLiteral("****")), file.secrets.size());
        // Only the credentials go: what is left is the file with the masks in their place.
        QString restored = masked;
        for (const SecretSpan &span : text.secrets)
            restored.replace(restored.indexOf(QStringLiteral("****")), 4,
                             text.text.mid(span.offset, span.length));
        QCOMPARE(restored, text.text);
    }
    std::sort(reported.begin(), reported.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(reported, expected);
}

void TestRenderers::rawParameterOverASecretStaysSecret()
{
    // A raw parameter written where a credential goes is that credential; others are not secret.
    const QVariantMap values {{QStringLiteral("advanced.rawParameters"),
                               QStringLiteral("account.1.password=Typed&Secret\nfeature.x=Visible")}};
    const RenderedFile yealink =
        ConfigRenderer::render(
            Test::sampleInput(QStringLiteral("yealink-t46u"), QStringLiteral("805ec0123456"), values))
            .first();
    const RenderedText text = toText(yealink);
    const QString masked = maskSecrets(text.text, text.secrets, QStringLiteral("****"));
    QVERIFY(text.text.contains(QStringLiteral("account.1.password = Typed&Secret\n")));
    QVERIFY(!masked.contains(QStringLiteral("Typed&Secret")));
    QVERIFY(masked.contains(QStringLiteral("account.1.password = ****\n")));
    QVERIFY(masked.contains(QStringLiteral("feature.x = Visible\n")));

    const QVariantMap polyValues {{QStringLiteral("advanced.rawParameters"),
                                   QStringLiteral("reg.1.auth.password=Typed&Secret\nfeature.x=Visible")}};
    const RenderedFile poly =
        ConfigRenderer::render(
            Test::sampleInput(QStringLiteral("poly-vvx-450"), QStringLiteral("0004f2abcdef"), polyValues))
            .at(1);
    const RenderedText polyText = toText(poly);
    const QString polyMasked = maskSecrets(polyText.text, polyText.secrets, QStringLiteral("****"));
    QVERIFY(polyText.text.contains(QStringLiteral("reg.1.auth.password=\"Typed&amp;Secret\"")));
    QVERIFY(!polyMasked.contains(QStringLiteral("Typed")));
    QVERIFY(polyMasked.contains(QStringLiteral("reg.1.auth.password=\"****\"")));
    QVERIFY(polyMasked.contains(QStringLiteral("feature.x=\"Visible\"")));
}

void TestRenderers::registrationTextReportsPasswords()
{
    RenderInput input = Test::sampleInput(QStringLiteral("poly-vvx-450"), QStringLiteral("0004f2abcdef"));
    input.config.phone.lineKeys.append(
        {4, LineKeyType::Line, QStringLiteral("Hotline"), QStringLiteral("2099")});
    const RenderedText text = ConfigRenderer::registrationText(input);
    QCOMPARE(text.text, ConfigRenderer::registrationInstructions(input));
    const QList<ConfigRenderer::RegistrationLine> lines = ConfigRenderer::registrationLines(input);
    QCOMPARE(text.secrets.size(), lines.size());
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE(text.text.mid(text.secrets.at(i).offset, text.secrets.at(i).length), lines.at(i).password);
    const QString masked = maskSecrets(text.text, text.secrets, QStringLiteral("****"));
    QVERIFY(masked.contains(QStringLiteral("  Password: ****\n")));
    QVERIFY(masked.contains(QStringLiteral("User name / extension: 2099")));
    for (const ConfigRenderer::RegistrationLine &line : lines)
        QVERIFY(!masked.contains(line.password));
}

void TestRenderers::firmwareParameters_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("mac");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("libraryUrl");
    QTest::addColumn<QString>("freeUrl");
    QTest::addColumn<QString>("expected");
    const QString lib = QStringLiteral("https://prov.example.net:8443/firmware/%1/") + QString(64, u'a') +
        QStringLiteral("/%2");
    const QString yl = lib.arg(QStringLiteral("805ec0123456"), QStringLiteral("T46U_T43U_-108.86.0.90.rom"));
    const QString ac = lib.arg(QStringLiteral("00908f602aac"), QStringLiteral("440HD_3.4.8.216.img"));
    const QString pl = lib.arg(QStringLiteral("0004f2abcdef"), QStringLiteral("sip.ld"));
    const QString outside = QStringLiteral("https://fw.example.net/phones/");
    struct Model
    {
        const char *tag;
        QString model;
        QString mac;
        QString library;
        QString outsideExpected;
        QString none;
    };
    const Model models[] = {
        {"yealink", QStringLiteral("yealink-t46u"), QStringLiteral("805ec0123456"), yl, outside, QString()},
        {"audiocodes", QStringLiteral("audiocodes-440hd"), QStringLiteral("00908f602aac"), ac, outside,
         QString()},
        {"poly", QStringLiteral("poly-vvx-450"), QStringLiteral("0004f2abcdef"), pl,
         outside + QStringLiteral("sip.ld"), QStringLiteral("sip.ld")},
    };
    for (const Model &m : models) {
        const QByteArray t(m.tag);
        QTest::newRow(QByteArray(t + " library image").constData())
            << m.model << m.mac << "automatic" << m.library << QString() << m.library;
        QTest::newRow(QByteArray(t + " library image wins over the URL").constData())
            << m.model << m.mac << "automatic" << m.library << outside << m.library;
        QTest::newRow(QByteArray(t + " outside server").constData())
            << m.model << m.mac << "automatic" << QString() << outside << m.outsideExpected;
        QTest::newRow(QByteArray(t + " manual policy").constData())
            << m.model << m.mac << "manual" << m.library << outside << m.none;
    }
}

void TestRenderers::firmwareParameters()
{
    QFETCH(QString, model);
    QFETCH(QString, mac);
    QFETCH(QString, policy);
    QFETCH(QString, libraryUrl);
    QFETCH(QString, freeUrl);
    QFETCH(QString, expected);
    RenderInput input =
        Test::sampleInput(model, mac,
                          {{QStringLiteral("provisioning.firmwarePolicy"), policy},
                           {QStringLiteral("provisioning.firmwareVersion"), QStringLiteral("108.86.0.90")},
                           {QStringLiteral("provisioning.firmwareUrl"), freeUrl}});
    input.firmware = {libraryUrl, QStringLiteral("108.86.0.90")};
    const QList<RenderedFile> files = ConfigRenderer::render(input);
    QCOMPARE(firmwareParameter(files, input.config.model->renderer), expected);
    // The URL is part of the files, so a new image makes the phone's configuration pending.
    RenderInput other = input;
    other.firmware.url.replace(QString(64, u'a'), QString(64, u'b'));
    if (policy == QLatin1String("automatic") && !libraryUrl.isEmpty())
        QVERIFY(ConfigRenderer::hash(ConfigRenderer::render(other)) != ConfigRenderer::hash(files));
}

QTEST_GUILESS_MAIN(TestRenderers)
#include "tst_renderers.moc"
