#include "configrenderer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <algorithm>

namespace PhoneDesk {

void ParameterList::set(const QString &name, const QString &value)
{
    m_items.append({name, value});
}

void ParameterList::setSecret(const QString &name, const QString &value)
{
    m_items.append({name, value});
    m_secrets.insert(name);
}

void ParameterList::setRaw(const QString &name, const QString &value)
{
    m_items.removeIf([&](const std::pair<QString, QString> &item) { return item.first == name; });
    m_items.append({name, value});
}

QString maskSecrets(const QString &text, const QList<SecretSpan> &secrets, const QString &mask)
{
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const SecretSpan &span : secrets) {
        const qsizetype from = std::clamp(span.offset, at, text.size());
        const qsizetype to = std::clamp(span.offset + span.length, from, text.size());
        out += QStringView(text).sliced(at, from - at);
        out += mask;
        at = to;
    }
    out += QStringView(text).sliced(at);
    return out;
}

RenderedText toText(const RenderedFile &file)
{
    RenderedText out;
    out.text = QString::fromUtf8(file.body);
    // Byte offsets to character offsets: decode up to each boundary (spans are few and in order).
    qsizetype byte = 0;
    qsizetype chars = 0;
    auto charsAt = [&](qsizetype offset) {
        offset = std::clamp(offset, byte, qsizetype(file.body.size()));
        chars += QString::fromUtf8(QByteArrayView(file.body).sliced(byte, offset - byte)).size();
        byte = offset;
        return chars;
    };
    for (const SecretSpan &span : file.secrets) {
        const qsizetype from = charsAt(span.offset);
        const qsizetype to = charsAt(span.offset + span.length);
        out.secrets.append({from, to - from});
    }
    return out;
}

namespace DeviceCredentials {
namespace {
QString derive(const QString &deviceSecret, const QByteArray &purpose)
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(purpose, deviceSecret.toUtf8(), QCryptographicHash::Sha256);
    // 20 characters of base64url: ~120 bits, typeable on a phone keypad if someone must.
    return QString::fromLatin1(
        mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(20));
}
} // namespace

QString sipPassword(const QString &deviceSecret, int line)
{
    return derive(deviceSecret, "phonedesk-sip-line-" + QByteArray::number(line));
}

QString adminPassword(const QString &deviceSecret)
{
    // The secret itself: the device-control REST client (Poly safeRestart) logs in with it.
    return deviceSecret;
}
} // namespace DeviceCredentials

namespace ConfigRenderer {

namespace {

const QString Poly = QStringLiteral("poly-ucs");
const QString Yealink = QStringLiteral("yealink");
const QString AudioCodes = QStringLiteral("audiocodes");

QList<LineKey> sortedKeys(const EffectiveConfig &config)
{
    QList<LineKey> keys = config.phone.lineKeys;
    std::sort(keys.begin(), keys.end(), [](const LineKey &a, const LineKey &b) { return a.index < b.index; });
    return keys;
}

// Control characters would end a key = value line early and inject parameters.
QString clean(const QString &value)
{
    QString out = value;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return out;
}

QList<std::pair<QString, QString>> rawParameters(const EffectiveConfig &config)
{
    QList<std::pair<QString, QString>> out;
    const QStringList lines = config.value(QStringLiteral("advanced.rawParameters")).toString().split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            continue; // validation refuses these; never emit a half parameter
        out.append({line.left(eq).trimmed(), clean(line.mid(eq + 1).trimmed())});
    }
    return out;
}

QString dtmfMethod(const EffectiveConfig &c)
{
    return c.value(QStringLiteral("dtmf.method")).toString();
}

QString srtpMode(const EffectiveConfig &c)
{
    return c.value(QStringLiteral("security.srtp")).toString();
}

QString boolText(bool b)
{
    return b ? QStringLiteral("1") : QStringLiteral("0");
}

QString firmwareUrl(const EffectiveConfig &c)
{
    return c.value(QStringLiteral("provisioning.firmwareUrl")).toString().trimmed();
}

bool automaticPolicy(const EffectiveConfig &c)
{
    return c.value(QStringLiteral("provisioning.firmwarePolicy")).toString() == QLatin1String("automatic");
}

// With the Automatic policy, what the firmware parameters point at: the library image this server
// serves to the phone, else the free-text firmware URL (an outside server). Empty otherwise.
QString firmwareTarget(const RenderInput &in)
{
    if (!automaticPolicy(in.config))
        return {};
    return in.firmware.url.isEmpty() ? firmwareUrl(in.config) : clean(in.firmware.url);
}

// ---------------------------------------------------------------- Poly UC Software

QString polyTransport(SipTransport t)
{
    switch (t) {
    case SipTransport::Udp:
        return QStringLiteral("UDPOnly");
    case SipTransport::Tcp:
        return QStringLiteral("TCPOnly");
    case SipTransport::Tls:
        return QStringLiteral("TLS");
    }
    return QStringLiteral("TLS");
}

QString polyCodec(const QString &mime)
{
    if (mime == QLatin1String("audio/PCMU"))
        return QStringLiteral("G711_Mu");
    if (mime == QLatin1String("audio/PCMA"))
        return QStringLiteral("G711_A");
    if (mime == QLatin1String("audio/G722"))
        return QStringLiteral("G722");
    if (mime == QLatin1String("audio/G729"))
        return QStringLiteral("G729_AB");
    // Opus is left out: no UC Software reference or real configuration file at hand confirms the
    // spelling of its voice.codecPref name, and a misspelt name is silently ignored by the phone.
    return {};
}

QByteArray xmlDocument(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    body(xml);
    xml.writeEndDocument();
    return out;
}

QByteArray polyMaster(const QString &appFilePath, const QString &configFiles)
{
    return xmlDocument([&](QXmlStreamWriter &xml) {
        xml.writeComment(QStringLiteral(" PhoneDesk master configuration file "));
        xml.writeStartElement(QStringLiteral("APPLICATION"));
        xml.writeAttribute(QStringLiteral("APP_FILE_PATH"), appFilePath);
        xml.writeAttribute(QStringLiteral("CONFIG_FILES"), configFiles);
        xml.writeAttribute(QStringLiteral("MISC_FILES"), QString());
        xml.writeAttribute(QStringLiteral("LOG_FILE_DIRECTORY"), QString());
        xml.writeAttribute(QStringLiteral("OVERRIDES_DIRECTORY"), QString());
        xml.writeAttribute(QStringLiteral("CONTACTS_DIRECTORY"), QString());
        xml.writeAttribute(QStringLiteral("LICENSE_DIRECTORY"), QString());
        xml.writeEndElement();
    });
}

ParameterList polyParameters(const RenderInput &in, QList<std::pair<int, LineKey>> *speedDials)
{
    const EffectiveConfig &c = in.config;
    ParameterList p;
    // Every device.* parameter needs its sibling ".set" = 1 or the phone ignores it.
    p.set(QStringLiteral("device.set"), 1);
    p.set(QStringLiteral("device.auth.localAdminPassword.set"), 1);
    p.setSecret(QStringLiteral("device.auth.localAdminPassword"),
                DeviceCredentials::adminPassword(in.deviceSecret));
    p.set(QStringLiteral("apps.restapi.enabled"), 1);
    p.set(QStringLiteral("prov.autoConfigUpload.enabled"), 0);

    const QList<RegistrationLine> lines = registrationLines(in);
    for (const RegistrationLine &line : lines) {
        const QString reg = QStringLiteral("reg.%1.").arg(line.number);
        p.set(reg + QStringLiteral("address"), line.userName);
        p.set(reg + QStringLiteral("label"), line.label);
        p.set(reg + QStringLiteral("displayName"), line.displayName);
        p.set(reg + QStringLiteral("auth.userId"), line.authId);
        p.setSecret(reg + QStringLiteral("auth.password"), line.password);
        p.set(reg + QStringLiteral("lineKeys"), 1);
        const SipServer servers[] = {c.site.primarySip, c.site.secondarySip};
        for (int s = 0; s < 2; ++s) {
            if (!servers[s].isSet())
                continue;
            const QString server = reg + QStringLiteral("server.%1.").arg(s + 1);
            p.set(server + QStringLiteral("address"), servers[s].host);
            p.set(server + QStringLiteral("port"), servers[s].port);
            p.set(server + QStringLiteral("transport"), polyTransport(servers[s].transport));
            p.set(server + QStringLiteral("expires"), 3600);
            p.set(server + QStringLiteral("register"), 1);
        }
    }

    // Flexible line keys: each key says what it is; BLF keys point into the attendant resource list.
    const QList<LineKey> keys = sortedKeys(c);
    if (!keys.isEmpty()) {
        p.set(QStringLiteral("lineKey.reassignment.enabled"), 1);
        int lineNumber = 0;
        int blf = 0;
        int speedDial = 0;
        for (const LineKey &key : keys) {
            const QString k = QStringLiteral("lineKey.%1.").arg(key.index);
            switch (key.type) {
            case LineKeyType::Line:
                p.set(k + QStringLiteral("category"), QStringLiteral("Line"));
                p.set(k + QStringLiteral("index"), ++lineNumber);
                break;
            case LineKeyType::Blf: {
                ++blf;
                p.set(k + QStringLiteral("category"), QStringLiteral("BLF"));
                p.set(k + QStringLiteral("index"), blf);
                const QString r = QStringLiteral("attendant.resourceList.%1.").arg(blf);
                p.set(r + QStringLiteral("address"), key.value);
                p.set(r + QStringLiteral("label"), key.label);
                break;
            }
            case LineKeyType::SpeedDial:
                ++speedDial;
                p.set(k + QStringLiteral("category"), QStringLiteral("SpeedDial"));
                p.set(k + QStringLiteral("index"), speedDial);
                if (speedDials)
                    speedDials->append({speedDial, key});
                break;
            case LineKeyType::Unassigned:
                p.set(k + QStringLiteral("category"), QStringLiteral("Unassigned"));
                p.set(k + QStringLiteral("index"), 0);
                break;
            }
        }
    }

    // Codec priority: 1 = first choice; an empty value disables the codec.
    const QStringList preferred = c.value(QStringLiteral("codecs.preferred")).toStringList();
    for (const QString &codec : c.model->codecs) {
        const QString name = polyCodec(codec);
        if (name.isEmpty())
            continue;
        const qsizetype rank = preferred.indexOf(codec);
        p.set(QStringLiteral("voice.codecPref.") + name, rank < 0 ? QString() : QString::number(rank + 1));
    }

    const bool rtpEvents = dtmfMethod(c) == QLatin1String("rtp-events");
    p.set(QStringLiteral("tone.dtmf.viaRtp"), 1);
    p.set(QStringLiteral("tone.dtmf.rfc2833Control"), boolText(rtpEvents));
    p.set(QStringLiteral("tone.dtmf.rfc2833Payload"), c.value(QStringLiteral("dtmf.payloadType")).toInt());
    p.set(QStringLiteral("voIpProt.SIP.dtmfViaSignaling.rfc2976"), 0);

    p.set(QStringLiteral("qos.ip.rtp.dscp"), c.value(QStringLiteral("media.dscpRtp")).toInt());
    p.set(QStringLiteral("qos.ip.callControl.dscp"), c.value(QStringLiteral("media.dscpSip")).toInt());
    p.set(QStringLiteral("tcpIpApp.port.rtp.mediaPortRangeStart"),
          c.value(QStringLiteral("media.rtpPortStart")).toInt());

    const QString srtp = srtpMode(c);
    p.set(QStringLiteral("sec.srtp.enable"), boolText(srtp != QLatin1String("disabled")));
    p.set(QStringLiteral("sec.srtp.offer"), boolText(srtp != QLatin1String("disabled")));
    p.set(QStringLiteral("sec.srtp.require"), boolText(srtp == QLatin1String("required")));
    p.set(QStringLiteral("sec.TLS.SIP.strictCertCommonNameValidation"), 1);
    p.set(QStringLiteral("device.sec.TLS.prov.strictCertCommonNameValidation.set"), 1);
    p.set(QStringLiteral("device.sec.TLS.prov.strictCertCommonNameValidation"), 1);

    // HELD itself (LIS URL, ERS account) is not written: its UC Software parameter names could not be
    // confirmed (docs/provisioning.md). The emergency numbers still route to the registrar.
    if (c.model->held && c.value(QStringLiteral("e911.heldEnabled")).toBool()) {
        int n = 0;
        for (const QString &number :
             c.value(QStringLiteral("e911.emergencyNumbers")).toString().split(u',', Qt::SkipEmptyParts))
            p.set(QStringLiteral("dialplan.routing.emergency.%1.value").arg(++n), number.trimmed());
    }

    if (!firmwareUrl(c).isEmpty()) {
        p.set(QStringLiteral("device.prov.upgradeServer.set"), 1);
        p.set(QStringLiteral("device.prov.upgradeServer"), firmwareUrl(c));
    }

    // Poly has one check-sync event for resync and restart. A phone PhoneDesk restarts over its REST
    // API re-reads its files on it and restarts only when they changed (a resync without a needless
    // reboot); one that only check-sync can restart always reboots on it, or Restart would not.
    p.set(QStringLiteral("voIpProt.SIP.specialEvent.checkSync.alwaysReboot"),
          checkSyncAlwaysReboots(*c.model) ? 1 : 0);
    const int period = c.value(QStringLiteral("provisioning.resyncPeriod")).toInt();
    p.set(QStringLiteral("prov.polling.enabled"), boolText(period > 0));
    if (period > 0) {
        p.set(QStringLiteral("prov.polling.mode"), QStringLiteral("rel"));
        p.set(QStringLiteral("prov.polling.period"), period * 60);
    }

    // Poly parameters are XML attribute names: a name that cannot be one is not a Poly parameter.
    static const QRegularExpression xmlName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.\\-]*$"));
    for (const auto &[name, value] : rawParameters(c)) {
        if (xmlName.match(name).hasMatch())
            p.setRaw(name, value);
    }
    return p;
}

QList<RenderedFile> renderPoly(const RenderInput &in)
{
    const QString mac = in.config.phone.hardwareId;
    QList<RenderedFile> files;
    QString appFile = QStringLiteral("sip.ld");
    if (automaticPolicy(in.config) && !in.firmware.url.isEmpty()) {
        appFile = clean(in.firmware.url); // ends in sip.ld: UC Software asks for <part number>.sip.ld
    } else if (!firmwareTarget(in).isEmpty()) {
        const QString url = firmwareUrl(in.config);
        appFile = url.endsWith(QLatin1String(".ld"))
            ? url
            : url + (url.endsWith(u'/') ? QString() : QStringLiteral("/")) + QStringLiteral("sip.ld");
    }
    const QString paramFile = mac + QStringLiteral("-phonedesk.cfg");
    files.append({mac + QStringLiteral(".cfg"), "application/xml", polyMaster(appFile, paramFile)});

    QList<std::pair<int, LineKey>> speedDials;
    const ParameterList params = polyParameters(in, &speedDials);
    QList<SecretSpan> secrets;
    const QByteArray body = xmlDocument([&](QXmlStreamWriter &xml) {
        xml.writeComment(QStringLiteral(" PhoneDesk configuration; changes here are overwritten "));
        xml.writeStartElement(QStringLiteral("polycomConfig"));
        for (const auto &[name, value] : params.items()) {
            // The writer puts ` name="escaped value"` straight into its buffer: the value is
            // what lies between `="` and the closing quote.
            const qint64 before = xml.device()->pos();
            xml.writeAttribute(name, value);
            if (params.isSecret(name)) {
                const qint64 from = before + 1 + name.toUtf8().size() + 2;
                secrets.append({from, xml.device()->pos() - 1 - from});
            }
        }
        xml.writeEndElement();
    });
    files.append({paramFile, "application/xml", body, secrets});

    // Speed dials live in the contact directory; the sd index ties a key to an entry.
    if (!speedDials.isEmpty()) {
        const QByteArray directory = xmlDocument([&](QXmlStreamWriter &xml) {
            xml.writeStartElement(QStringLiteral("directory"));
            xml.writeStartElement(QStringLiteral("item_list"));
            for (const auto &[sd, key] : speedDials) {
                xml.writeStartElement(QStringLiteral("item"));
                xml.writeTextElement(QStringLiteral("fn"), key.label.isEmpty() ? key.value : key.label);
                xml.writeTextElement(QStringLiteral("ct"), key.value);
                xml.writeTextElement(QStringLiteral("sd"), QString::number(sd));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
        files.append({mac + QStringLiteral("-directory.xml"), "application/xml", directory});
    }
    return files;
}

// ---------------------------------------------------------------- Yealink

int yealinkTransport(SipTransport t)
{
    switch (t) {
    case SipTransport::Udp:
        return 0;
    case SipTransport::Tcp:
        return 1;
    case SipTransport::Tls:
        return 2;
    }
    return 2;
}

QString yealinkCodec(const QString &mime)
{
    if (mime == QLatin1String("audio/PCMU"))
        return QStringLiteral("pcmu");
    if (mime == QLatin1String("audio/PCMA"))
        return QStringLiteral("pcma");
    if (mime == QLatin1String("audio/G722"))
        return QStringLiteral("g722");
    if (mime == QLatin1String("audio/G729"))
        return QStringLiteral("g729");
    if (mime == QLatin1String("audio/opus"))
        return QStringLiteral("opus");
    return {};
}

RenderedFile keyValueFile(const QString &name, const QByteArray &header, const ParameterList &params,
                          const QString &separator)
{
    RenderedFile file {name, "text/plain", header};
    const QByteArray between = separator.toUtf8();
    for (const auto &[key, value] : params.items()) {
        file.body += key.toUtf8() + between;
        const QByteArray bytes = value.toUtf8();
        if (params.isSecret(key))
            file.secrets.append({file.body.size(), bytes.size()});
        file.body += bytes + '\n';
    }
    return file;
}

QList<RenderedFile> renderYealink(const RenderInput &in)
{
    const EffectiveConfig &c = in.config;
    ParameterList p;
    const QList<RegistrationLine> lines = registrationLines(in);
    const QStringList preferred = c.value(QStringLiteral("codecs.preferred")).toStringList();
    const QString srtp = srtpMode(c);
    for (const RegistrationLine &line : lines) {
        const QString a = QStringLiteral("account.%1.").arg(line.number);
        p.set(a + QStringLiteral("enable"), 1);
        p.set(a + QStringLiteral("label"), clean(line.label));
        p.set(a + QStringLiteral("display_name"), clean(line.displayName));
        p.set(a + QStringLiteral("auth_name"), clean(line.authId));
        p.set(a + QStringLiteral("user_name"), clean(line.userName));
        p.setSecret(a + QStringLiteral("password"), line.password);
        const SipServer servers[] = {c.site.primarySip, c.site.secondarySip};
        for (int s = 0; s < 2; ++s) {
            if (!servers[s].isSet())
                continue;
            const QString server = a + QStringLiteral("sip_server.%1.").arg(s + 1);
            p.set(server + QStringLiteral("address"), clean(servers[s].host));
            p.set(server + QStringLiteral("port"), servers[s].port);
            p.set(server + QStringLiteral("transport_type"), yealinkTransport(servers[s].transport));
            p.set(server + QStringLiteral("expires"), 3600);
        }
        const bool rtpEvents = dtmfMethod(c) == QLatin1String("rtp-events");
        p.set(a + QStringLiteral("dtmf.type"), rtpEvents ? 1 : 0);
        p.set(a + QStringLiteral("dtmf.dtmf_payload"), c.value(QStringLiteral("dtmf.payloadType")).toInt());
        for (const QString &codec : c.model->codecs) {
            const QString name = yealinkCodec(codec);
            if (name.isEmpty())
                continue;
            const qsizetype rank = preferred.indexOf(codec);
            p.set(a + QStringLiteral("codec.%1.enable").arg(name), rank < 0 ? 0 : 1);
            p.set(a + QStringLiteral("codec.%1.priority").arg(name), rank < 0 ? 0 : int(rank) + 1);
        }
        p.set(a + QStringLiteral("srtp_encryption"),
              srtp == QLatin1String("required") ? 2 : (srtp == QLatin1String("optional") ? 1 : 0));
    }

    int lineNumber = 0;
    for (const LineKey &key : sortedKeys(c)) {
        const QString k = QStringLiteral("linekey.%1.").arg(key.index);
        switch (key.type) {
        case LineKeyType::Line:
            p.set(k + QStringLiteral("type"), 15);
            p.set(k + QStringLiteral("line"), ++lineNumber);
            break;
        case LineKeyType::Blf:
            p.set(k + QStringLiteral("type"), 16);
            p.set(k + QStringLiteral("line"), 1);
            p.set(k + QStringLiteral("value"), clean(key.value));
            break;
        case LineKeyType::SpeedDial:
            p.set(k + QStringLiteral("type"), 13);
            p.set(k + QStringLiteral("line"), 1);
            p.set(k + QStringLiteral("value"), clean(key.value));
            break;
        case LineKeyType::Unassigned:
            p.set(k + QStringLiteral("type"), 0);
            break;
        }
        p.set(k + QStringLiteral("label"), clean(key.label));
    }

    p.set(QStringLiteral("static.network.qos.audiotos"), c.value(QStringLiteral("media.dscpRtp")).toInt());
    p.set(QStringLiteral("static.network.qos.signaltos"), c.value(QStringLiteral("media.dscpSip")).toInt());
    const int rtpStart = c.value(QStringLiteral("media.rtpPortStart")).toInt();
    p.set(QStringLiteral("static.network.port.min_rtpport"), rtpStart);
    p.set(QStringLiteral("static.network.port.max_rtpport"), std::min(rtpStart + 999, 65535));
    p.setSecret(QStringLiteral("static.security.user_password"),
                QStringLiteral("admin:") + DeviceCredentials::adminPassword(in.deviceSecret));
    if (!in.provisioningUrl.isEmpty())
        p.set(QStringLiteral("static.auto_provision.server.url"), clean(in.provisioningUrl));
    const int period = c.value(QStringLiteral("provisioning.resyncPeriod")).toInt();
    p.set(QStringLiteral("static.auto_provision.repeat.enable"), boolText(period > 0));
    if (period > 0)
        p.set(QStringLiteral("static.auto_provision.repeat.minutes"), period);
    if (const QString firmware = firmwareTarget(in); !firmware.isEmpty())
        p.set(QStringLiteral("static.firmware.url"), clean(firmware));
    // 0: reboot only when the NOTIFY says check-sync;reboot=true, so a resync does not drop calls.
    p.set(QStringLiteral("sip.notify_reboot_enable"), 0);

    for (const auto &[name, value] : rawParameters(c))
        p.setRaw(name, value);
    const QByteArray header = "#!version:1.0.0.1\n## PhoneDesk configuration; changes here are overwritten\n";
    return {keyValueFile(c.phone.hardwareId + QStringLiteral(".cfg"), header, p, QStringLiteral(" = "))};
}

// ---------------------------------------------------------------- AudioCodes

QString audioCodesTransport(SipTransport t)
{
    switch (t) {
    case SipTransport::Udp:
        return QStringLiteral("UDP");
    case SipTransport::Tcp:
        return QStringLiteral("TCP");
    case SipTransport::Tls:
        return QStringLiteral("TLS");
    }
    return QStringLiteral("TLS");
}

// Coder names as a 4xxHD phone writes them in its own configuration export.
QString audioCodesCodec(const QString &mime)
{
    if (mime == QLatin1String("audio/PCMU"))
        return QStringLiteral("PCMU");
    if (mime == QLatin1String("audio/PCMA"))
        return QStringLiteral("PCMA");
    if (mime == QLatin1String("audio/G722"))
        return QStringLiteral("G722_8000");
    if (mime == QLatin1String("audio/G729"))
        return QStringLiteral("G729");
    if (mime == QLatin1String("audio/opus"))
        return QStringLiteral("OPUS");
    return {};
}

QList<RenderedFile> renderAudioCodes(const RenderInput &in)
{
    const EffectiveConfig &c = in.config;
    ParameterList p;
    const QList<RegistrationLine> lines = registrationLines(in);
    for (const RegistrationLine &line : lines) {
        const QString l = QStringLiteral("voip/line/%1/").arg(line.number - 1); // AudioCodes counts from 0
        p.set(l + QStringLiteral("enabled"), 1);
        p.set(l + QStringLiteral("id"), clean(line.userName));
        p.set(l + QStringLiteral("description"),
              clean(line.displayName.isEmpty() ? line.label : line.displayName));
        p.set(l + QStringLiteral("auth_name"), clean(line.authId));
        p.setSecret(l + QStringLiteral("auth_password"), line.password);
    }
    const SipServer &primary = c.site.primarySip;
    if (primary.isSet()) {
        p.set(QStringLiteral("voip/signalling/sip/use_proxy"), 1);
        p.set(QStringLiteral("voip/signalling/sip/proxy_address"), clean(primary.host));
        p.set(QStringLiteral("voip/signalling/sip/proxy_port"), primary.port);
        p.set(QStringLiteral("voip/signalling/sip/use_proxy_ip_port_for_registrar"), 1);
        p.set(QStringLiteral("voip/signalling/sip/sip_registrar/enabled"), 1);
        p.set(QStringLiteral("voip/signalling/sip/sip_registrar/addr"), clean(primary.host));
        p.set(QStringLiteral("voip/signalling/sip/transport_protocol"),
              audioCodesTransport(primary.transport));
        // The registration expiry in seconds ("SIP proxy server registration timeout").
        p.set(QStringLiteral("voip/signalling/sip/proxy_timeout"), 3600);
    }
    const SipServer &secondary = c.site.secondarySip;
    p.set(QStringLiteral("voip/signalling/sip/redundant_proxy/enabled"), boolText(secondary.isSet()));
    if (secondary.isSet()) {
        p.set(QStringLiteral("voip/signalling/sip/redundant_proxy/address"), clean(secondary.host));
        p.set(QStringLiteral("voip/signalling/sip/redundant_proxy/port"), secondary.port);
    }

    const QStringList preferred = c.value(QStringLiteral("codecs.preferred")).toStringList();
    int slot = 0;
    for (const QString &codec : preferred) {
        const QString name = audioCodesCodec(codec);
        if (name.isEmpty() || !c.model->codecs.contains(codec))
            continue;
        const QString k = QStringLiteral("voip/codec/codec_info/%1/").arg(slot++);
        p.set(k + QStringLiteral("name"), name);
        p.set(k + QStringLiteral("enabled"), 1);
    }

    const bool rtpEvents = dtmfMethod(c) == QLatin1String("rtp-events");
    p.set(QStringLiteral("voip/media/out_of_band_dtmf"),
          rtpEvents ? QStringLiteral("RFC2833") : QStringLiteral("INBAND"));
    p.set(QStringLiteral("voip/media/dtmf_payload"), c.value(QStringLiteral("dtmf.payloadType")).toInt());
    // These two take the whole IP TOS byte, not the DSCP: DSCP 46 (EF) is written as 184.
    p.set(QStringLiteral("voip/media/media_tos"), c.value(QStringLiteral("media.dscpRtp")).toInt() << 2);
    p.set(QStringLiteral("voip/signalling/sip/tos"), c.value(QStringLiteral("media.dscpSip")).toInt() << 2);
    p.set(QStringLiteral("voip/media/media_port"), c.value(QStringLiteral("media.rtpPortStart")).toInt());
    const QString srtp = srtpMode(c);
    p.set(QStringLiteral("voip/media/srtp/mode"),
          srtp == QLatin1String("required")
              ? QStringLiteral("REQUIREENCRYPTION")
              : (srtp == QLatin1String("optional") ? QStringLiteral("SUPPORTENCRYPTION")
                                                   : QStringLiteral("DONOTSUPPORTENCRYPTION")));

    int speed = 0;
    for (const LineKey &key : sortedKeys(c)) {
        if (key.type != LineKeyType::SpeedDial && key.type != LineKeyType::Blf)
            continue;
        const QString k = QStringLiteral("personal_settings/functional_key/%1/").arg(speed++);
        p.set(k + QStringLiteral("type"),
              key.type == LineKeyType::Blf ? QStringLiteral("BLF") : QStringLiteral("SPEED_DIAL"));
        p.set(k + QStringLiteral("key_label"), clean(key.label));
        p.set(k + QStringLiteral("speed_dial_extension"), clean(key.value));
    }

    p.setSecret(QStringLiteral("system/password"), DeviceCredentials::adminPassword(in.deviceSecret));
    if (!in.provisioningUrl.isEmpty())
        p.set(QStringLiteral("provisioning/configuration/url"), clean(in.provisioningUrl));
    const int period = c.value(QStringLiteral("provisioning.resyncPeriod")).toInt();
    if (period > 0) {
        p.set(QStringLiteral("provisioning/period/type"), QStringLiteral("HOURLY"));
        p.set(QStringLiteral("provisioning/period/hourly/hours_interval"), std::max(1, period / 60));
    } else {
        p.set(QStringLiteral("provisioning/period/type"), QStringLiteral("POWERUP"));
    }
    // check-sync needs no switch on these phones; 0 keeps a resync from forcing a reboot.
    p.set(QStringLiteral("voip/services/notify/check_sync/force_reboot_enabled"), 0);
    // There is no separate auto-update switch: the phone upgrades from the firmware URL it is given.
    if (const QString firmware = firmwareTarget(in); !firmware.isEmpty())
        p.set(QStringLiteral("provisioning/firmware/url"), clean(firmware));

    for (const auto &[name, value] : rawParameters(c))
        p.setRaw(name, value);
    const QByteArray header = "# PhoneDesk configuration; changes here are overwritten\n";
    return {keyValueFile(c.phone.hardwareId + QStringLiteral(".cfg"), header, p, QStringLiteral("="))};
}
} // namespace

QStringList renderers()
{
    return {Poly, Yealink, AudioCodes};
}

bool checkSyncAlwaysReboots(const PhoneModel &model)
{
    return model.renderer == Poly && model.restartChannel != RestartChannel::PolyRest;
}

bool supports(const QString &renderer)
{
    return renderers().contains(renderer);
}

QList<RenderedFile> render(const RenderInput &input)
{
    const PhoneModel *model = input.config.model;
    if (!model || input.config.phone.hardwareId.isEmpty())
        return {};
    if (model->renderer == Poly)
        return renderPoly(input);
    if (model->renderer == Yealink)
        return renderYealink(input);
    if (model->renderer == AudioCodes)
        return renderAudioCodes(input);
    return {};
}

QList<RenderedFile> sharedFiles(const QString &renderer)
{
    if (renderer == Poly) {
        // Phones without a per-phone master file (not on record) land here; it names only the
        // per-phone file, which such a phone is refused, so it holds nothing of value.
        return {{QStringLiteral("000000000000.cfg"), "application/xml",
                 polyMaster(QStringLiteral("sip.ld"), QStringLiteral("[PHONE_MAC_ADDRESS]-phonedesk.cfg"))}};
    }
    return {};
}

QString hash(const QList<RenderedFile> &files)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const RenderedFile &f : files) {
        h.addData(f.name.toUtf8());
        h.addData(QByteArrayView("\0", 1));
        h.addData(QByteArray::number(f.body.size()));
        h.addData(QByteArrayView("\0", 1));
        h.addData(f.body);
    }
    return QString::fromLatin1(h.result().toHex());
}

QList<RegistrationLine> registrationLines(const RenderInput &input)
{
    const EffectiveConfig &c = input.config;
    QList<RegistrationLine> out;
    const QList<LineKey> keys = c.lines();
    int number = 0;
    for (const LineKey &key : keys) {
        ++number;
        RegistrationLine line;
        line.number = number;
        line.userName = key.value.trimmed();
        if (line.userName.isEmpty() && number == 1 && c.user)
            line.userName = c.user->extension;
        if (line.userName.isEmpty())
            continue; // unassigned line: nothing to register
        line.authId = line.userName;
        line.password = DeviceCredentials::sipPassword(input.deviceSecret, number);
        line.displayName = c.user ? c.user->name : QString();
        line.label = key.label.isEmpty() ? line.userName : key.label;
        out.append(line);
    }
    return out;
}

QString registrarText(const SipServer &server)
{
    return QStringLiteral("%1:%2 (%3)")
        .arg(server.host)
        .arg(server.port)
        .arg(toKey(server.transport).toUpper());
}

QString registrationInstructions(const RenderInput &input)
{
    return registrationText(input).text;
}

RenderedText registrationText(const RenderInput &input)
{
    const EffectiveConfig &c = input.config;
    QStringList out;
    QList<SecretSpan> secrets;
    const QList<RegistrationLine> lines = registrationLines(input);
    for (const RegistrationLine &line : lines) {
        out << QCoreApplication::translate("PhoneDesk::ConfigRenderer", "Line %1").arg(line.number);
        out << QCoreApplication::translate("PhoneDesk::ConfigRenderer", "  User name / extension: %1")
                   .arg(line.userName);
        out << QCoreApplication::translate("PhoneDesk::ConfigRenderer", "  Authentication ID: %1")
                   .arg(line.authId);
        {
            // Placed by hand rather than with arg() so the password's position is known.
            const QString label = QCoreApplication::translate("PhoneDesk::ConfigRenderer", "  Password: %1");
            const qsizetype marker = label.indexOf(QLatin1String("%1"));
            const qsizetype at = marker < 0 ? label.size() : marker;
            qsizetype offset = 0; // where this line starts in the joined text
            for (const QString &written : std::as_const(out))
                offset += written.size() + 1;
            out << label.left(at) + line.password + (marker < 0 ? QString() : label.mid(at + 2));
            secrets.append({offset + at, line.password.size()});
        }
        if (c.user)
            out << QCoreApplication::translate("PhoneDesk::ConfigRenderer", "  Display name: %1")
                       .arg(line.displayName);
        if (c.site.primarySip.isSet())
            out << QCoreApplication::translate("PhoneDesk::ConfigRenderer", "  Registrar (primary): %1")
                       .arg(registrarText(c.site.primarySip));
        if (c.site.secondarySip.isSet())
            out << QCoreApplication::translate("PhoneDesk::ConfigRenderer", "  Registrar (secondary): %1")
                       .arg(registrarText(c.site.secondarySip));
    }
    if (out.isEmpty())
        out << QCoreApplication::translate(
            "PhoneDesk::ConfigRenderer",
            "No line is assigned: give the phone a user or a line key with an extension first.");
    const QString dtmf = dtmfMethod(c) == QLatin1String("rtp-events")
        ? QCoreApplication::translate("PhoneDesk::ConfigRenderer", "RTP events (RFC 4733), payload type %1")
              .arg(c.value(QStringLiteral("dtmf.payloadType")).toInt())
        : QCoreApplication::translate("PhoneDesk::ConfigRenderer", "in-band audio");
    out << QCoreApplication::translate("PhoneDesk::ConfigRenderer", "DTMF: %1").arg(dtmf);
    out << QCoreApplication::translate("PhoneDesk::ConfigRenderer", "Codecs, in order: %1")
               .arg(c.value(QStringLiteral("codecs.preferred")).toStringList().join(QStringLiteral(", ")));
    out << QCoreApplication::translate("PhoneDesk::ConfigRenderer", "SRTP: %1").arg(srtpMode(c));
    return {out.join(u'\n'), secrets};
}

QStringList parameterNames(const QString &renderer, const QList<RenderedFile> &files)
{
    static const QRegularExpression dotIndex(QStringLiteral("\\.(\\d+)(?=\\.|$)"));
    static const QRegularExpression slashIndex(QStringLiteral("/(\\d+)(?=/|$)"));
    QStringList names;
    auto add = [&](QString name) {
        name.replace(renderer == AudioCodes ? slashIndex : dotIndex,
                     renderer == AudioCodes ? QStringLiteral("/N") : QStringLiteral(".N"));
        if (!names.contains(name))
            names.append(name);
    };
    for (const RenderedFile &f : files) {
        if (renderer == Poly) {
            QXmlStreamReader xml(f.body);
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement &&
                    xml.name() == QLatin1String("polycomConfig")) {
                    for (const QXmlStreamAttribute &a : xml.attributes())
                        add(a.name().toString());
                }
            }
            continue;
        }
        const QStringList lines = QString::fromUtf8(f.body).split(u'\n');
        for (const QString &line : lines) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const qsizetype eq = line.indexOf(u'=');
            if (eq > 0)
                add(line.left(eq).trimmed());
        }
    }
    return names;
}

} // namespace ConfigRenderer
} // namespace PhoneDesk
