#include "settingsschema.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace PhoneDesk {

namespace {
constexpr const char *Ctx = "PhoneDesk::SettingsSchema";

using T = SettingDefinition::Type;

SettingDefinition make(const char *key, T type, QVariant def, Capability needs, const char *label,
                       const char *help)
{
    SettingDefinition d;
    d.key = QString::fromLatin1(key);
    d.category = d.key.section(u'.', 0, 0);
    d.type = type;
    d.defaultValue = std::move(def);
    d.needs = needs;
    d.label = label;
    d.help = help;
    return d;
}

SettingDefinition ranged(SettingDefinition d, int minimum, int maximum, bool even = false)
{
    d.minimum = minimum;
    d.maximum = maximum;
    d.evenOnly = even;
    return d;
}

SettingDefinition choices(SettingDefinition d, QStringList values)
{
    d.choices = std::move(values);
    return d;
}

SettingDefinition https(SettingDefinition d)
{
    d.httpsOnly = true;
    return d;
}

const QRegularExpression &rawNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$"));
    return re;
}
} // namespace

SettingsSchema::SettingsSchema()
{
    using C = Capability;
    m_settings = {
        // General
        make("general.dynamicReload", T::Bool, true, C::Sip,
             QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Dynamic reload"),
             QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema",
                               "Apply configuration changes without a restart: when these settings change, "
                               "the phones using them are told to re-fetch their configuration.")),
        make("general.persistUserSettings", T::Bool, true, C::Provisions,
             QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Persist user settings"),
             QT_TRANSLATE_NOOP(
                 "PhoneDesk::SettingsSchema",
                 "Keep settings the user changed on the phone (ring tone, volume) across re-provisioning.")),
        // Media / QoS
        ranged(make("media.dscpRtp", T::Int, 46, C::Media,
                    QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "DSCP for RTP"),
                    QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema",
                                      "Differentiated Services code point for voice packets (0-63; 46 = "
                                      "Expedited Forwarding).")),
               0, 63),
        ranged(make("media.dscpSip", T::Int, 24, C::Media,
                    QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "DSCP for SIP"),
                    QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema",
                                      "Differentiated Services code point for SIP signalling (0-63).")),
               0, 63),
        ranged(
            make("media.rtpPortStart", T::Int, 4000, C::Sip,
                 QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "RTP audio port range start"),
                 QT_TRANSLATE_NOOP(
                     "PhoneDesk::SettingsSchema",
                     "First UDP port used for RTP audio (1024-65534, even: RTCP uses the next odd port).")),
            1024, 65534, true),
        // Codecs
        make("codecs.preferred", T::CodecList,
             QStringList {QStringLiteral("audio/opus"), QStringLiteral("audio/PCMU"),
                          QStringLiteral("audio/PCMA")},
             C::Media, QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Preferred codecs"),
             QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema",
                               "Audio codecs in order of preference: the phone offers them in this order.")),
        // DTMF
        choices(make("dtmf.method", T::Enum, QStringLiteral("rtp-events"), C::Sip,
                     QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "DTMF method"),
                     QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema",
                                       "RTP events (out-of-band, RFC 4733) or in-band audio tones.")),
                {QStringLiteral("rtp-events"), QStringLiteral("inband")}),
        ranged(make("dtmf.payloadType", T::Int, 101, C::Sip,
                    QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "RTP event payload type"),
                    QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema",
                                      "Dynamic RTP payload type for telephone events (96-127).")),
               96, 127),
        // Security
        choices(make("security.tlsCa", T::Enum, QStringLiteral("public"), C::Provisions,
                     QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "TLS certificate authority"),
                     QT_TRANSLATE_NOOP(
                         "PhoneDesk::SettingsSchema",
                         "Which certificate authorities the phone trusts for SIP and provisioning TLS.")),
                {QStringLiteral("public"), QStringLiteral("private"), QStringLiteral("both")}),
        choices(make("security.sipTransport", T::Enum, QStringLiteral("tls"), C::Sip,
                     QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "SIP transport"),
                     QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema",
                                       "Transport for SIP signalling: UDP, TCP or TLS.")),
                {QStringLiteral("udp"), QStringLiteral("tcp"), QStringLiteral("tls")}),
        choices(make("security.srtp", T::Enum, QStringLiteral("required"), C::Sip,
                     QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "SRTP"),
                     QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema",
                                       "Encrypt media with SRTP: disabled, offered (optional) or required.")),
                {QStringLiteral("disabled"), QStringLiteral("optional"), QStringLiteral("required")}),
        make("security.mutualAuth", T::Bool, true, C::Provisions,
             QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Mutual authentication"),
             QT_TRANSLATE_NOOP(
                 "PhoneDesk::SettingsSchema",
                 "The phone presents its device certificate when it fetches its configuration.")),
        // Provisioning
        make("provisioning.firmwareVersion", T::String, QString(), C::Provisions,
             QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Firmware version"),
             QT_TRANSLATE_NOOP(
                 "PhoneDesk::SettingsSchema",
                 "Firmware the phones should run, from the firmware library; none keeps what they have. A "
                 "change reaches every phone at its next fetch; a rollout (Manage > Firmware "
                 "Rollouts…) moves them a few at a time.")),
        choices(
            make(
                "provisioning.firmwarePolicy", T::Enum, QStringLiteral("manual"), C::Provisions,
                QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Firmware update policy"),
                QT_TRANSLATE_NOOP(
                    "PhoneDesk::SettingsSchema",
                    "Manual: never update on its own. Automatic: update when the firmware version changes.")),
            {QStringLiteral("manual"), QStringLiteral("automatic")}),
        https(make("provisioning.firmwareUrl", T::Url, QString(), C::Provisions,
                   QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Firmware server URL"),
                   QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema",
                                     "HTTPS address the phones download firmware from."))),
        ranged(make("provisioning.resyncPeriod", T::Int, 1440, C::Provisions,
                    QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Resync period (minutes)"),
                    QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema",
                                      "How often phones check for a new configuration (0 = only on boot or "
                                      "when told; at most one week).")),
               0, 10080),
        // E911 / HELD
        make("e911.heldEnabled", T::Bool, false, C::Held,
             QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Enable HELD"),
             QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema",
                               "Let the phone fetch its location from a Location Information Server for "
                               "emergency calls. Poly phones: PhoneDesk keeps the LIS URL and account but "
                               "does not write Poly's location parameters yet (their names are not "
                               "confirmed); add them under Advanced for the firmware in use.")),
        https(make("e911.lisUrl", T::Url, QString(), C::Held,
                   QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "LIS URL"),
                   QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema",
                                     "HTTPS address of the Location Information Server."))),
        make("e911.ersAccountId", T::String, QString(), C::Held,
             QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Emergency Routing Service account ID"),
             QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema",
                               "Account identifier at the emergency routing provider.")),
        make("e911.emergencyNumbers", T::String, QStringLiteral("911"), C::Held,
             QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Emergency numbers"),
             QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema",
                               "Comma-separated numbers treated as emergency calls.")),
        // Advanced
        make("advanced.rawParameters", T::KeyValues, QString(), C::Provisions,
             QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Raw vendor parameters"),
             QT_TRANSLATE_NOOP(
                 "PhoneDesk::SettingsSchema",
                 "One vendor parameter per line as name=value, for what the other settings do not cover. "
                 "Written last, so it wins.")),
    };
    for (SettingDefinition &d : m_settings) {
        if (d.type == T::String || d.type == T::Url)
            d.maxLength = 255;
        if (d.type == T::KeyValues)
            d.maxLength = 65536;
    }
    m_index.reserve(m_settings.size());
    for (qsizetype i = 0; i < m_settings.size(); ++i) {
        if (!m_index.contains(m_settings.at(i).key)) // the first of a key wins, as a search from the front
            m_index.insert(m_settings.at(i).key, i);
    }
}

const SettingsSchema &SettingsSchema::builtin()
{
    static const SettingsSchema schema;
    return schema;
}

const SettingDefinition *SettingsSchema::find(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.constEnd() ? nullptr : &m_settings.at(*it);
}

QStringList SettingsSchema::categories()
{
    return {QStringLiteral("general"), QStringLiteral("media"),    QStringLiteral("codecs"),
            QStringLiteral("dtmf"),    QStringLiteral("security"), QStringLiteral("provisioning"),
            QStringLiteral("e911"),    QStringLiteral("advanced")};
}

QString SettingsSchema::categoryLabel(const QString &category)
{
    if (category == QLatin1String("general"))
        return QCoreApplication::translate("PhoneDesk::SettingsSchema", "General");
    if (category == QLatin1String("media"))
        return QCoreApplication::translate("PhoneDesk::SettingsSchema", "Media / QoS");
    if (category == QLatin1String("codecs"))
        return QCoreApplication::translate("PhoneDesk::SettingsSchema", "Codecs");
    if (category == QLatin1String("dtmf"))
        return QCoreApplication::translate("PhoneDesk::SettingsSchema", "DTMF");
    if (category == QLatin1String("security"))
        return QCoreApplication::translate("PhoneDesk::SettingsSchema", "Security");
    if (category == QLatin1String("provisioning"))
        return QCoreApplication::translate("PhoneDesk::SettingsSchema", "Provisioning");
    if (category == QLatin1String("e911"))
        return QCoreApplication::translate("PhoneDesk::SettingsSchema", "E911 / HELD");
    if (category == QLatin1String("advanced"))
        return QCoreApplication::translate("PhoneDesk::SettingsSchema", "Advanced");
    return category;
}

QString SettingsSchema::label(const SettingDefinition &definition)
{
    return QCoreApplication::translate(Ctx, definition.label);
}

QString SettingsSchema::help(const SettingDefinition &definition)
{
    return QCoreApplication::translate(Ctx, definition.help);
}

QString SettingsSchema::choiceLabel(const QString &choice)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"rtp-events", QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "RTP events (RFC 4733)")},
        {"inband", QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "In-band audio")},
        {"public", QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Public certificate authorities")},
        {"private", QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Organisation's private CA")},
        {"both", QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Public and private CAs")},
        {"udp", QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "UDP")},
        {"tcp", QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "TCP")},
        {"tls", QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "TLS")},
        {"disabled", QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Disabled")},
        {"optional", QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Optional")},
        {"required", QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Required")},
        {"manual", QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Manual")},
        {"automatic", QT_TRANSLATE_NOOP("PhoneDesk::SettingsSchema", "Automatic")},
    };
    for (const auto &[key, text] : labels) {
        if (choice == QLatin1String(key))
            return QCoreApplication::translate(Ctx, text);
    }
    return choice;
}

const QStringList &SettingsSchema::allCodecs()
{
    static const QStringList codecs {QStringLiteral("audio/opus"), QStringLiteral("audio/PCMU"),
                                     QStringLiteral("audio/PCMA"), QStringLiteral("audio/G722"),
                                     QStringLiteral("audio/G729")};
    return codecs;
}

QVariant SettingsSchema::defaultFor(const SettingDefinition &definition, const PhoneModel &model) const
{
    const auto it = model.defaults.constFind(definition.key);
    if (it == model.defaults.constEnd())
        return definition.defaultValue;
    if (definition.type == T::CodecList)
        return it->toStringList();
    return *it;
}

QList<const SettingDefinition *> SettingsSchema::settingsFor(const PhoneModel &model) const
{
    QList<const SettingDefinition *> out;
    for (const SettingDefinition &d : m_settings) {
        if (d.appliesTo(model))
            out.append(&d);
    }
    return out;
}

namespace {

// One check per setting type: the message for a value the setting does not take, else nullopt.
// `name` is the setting's label.
using Problem = std::optional<QString>;

bool hasControlCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

Problem checkBool(const QString &name, const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return std::nullopt;
    static const QStringList accepted = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"),
                                         QStringLiteral("0")};
    if (accepted.contains(value.toString().toLower()))
        return std::nullopt;
    return QCoreApplication::translate("PhoneDesk::SettingsSchema", "%1 must be on or off (true or false).")
        .arg(name);
}

Problem checkInt(const SettingDefinition &d, const QString &name, const QVariant &value)
{
    bool ok = false;
    const qlonglong v = value.toLongLong(&ok);
    if (!ok)
        return QCoreApplication::translate("PhoneDesk::SettingsSchema", "%1 must be a whole number.")
            .arg(name);
    if (v < d.minimum || v > d.maximum)
        return QCoreApplication::translate("PhoneDesk::SettingsSchema",
                                           "%1 must be between %2 and %3 (got %4).")
            .arg(name)
            .arg(d.minimum)
            .arg(d.maximum)
            .arg(v);
    if (d.evenOnly && v % 2 != 0)
        return QCoreApplication::translate("PhoneDesk::SettingsSchema", "%1 must be an even number (got %2).")
            .arg(name)
            .arg(v);
    return std::nullopt;
}

Problem checkString(const SettingDefinition &d, const QString &name, const QVariant &value)
{
    const QString s = value.toString();
    if (s.size() > d.maxLength)
        return QCoreApplication::translate("PhoneDesk::SettingsSchema",
                                           "%1 is too long (at most %2 characters).")
            .arg(name)
            .arg(d.maxLength);
    if (hasControlCharacter(s))
        return QCoreApplication::translate("PhoneDesk::SettingsSchema",
                                           "%1 must not contain control characters.")
            .arg(name);
    return std::nullopt;
}

Problem checkCodecs(const QString &name, const QVariant &value, const PhoneModel &model,
                    const QStringList &known)
{
    const QStringList list = value.toStringList();
    if (list.isEmpty())
        return QCoreApplication::translate("PhoneDesk::SettingsSchema", "%1 needs at least one codec.")
            .arg(name);
    QStringList seen;
    for (const QString &codec : list) {
        if (!known.contains(codec))
            return QCoreApplication::translate("PhoneDesk::SettingsSchema",
                                               "%1: \"%2\" is not a known codec (use %3).")
                .arg(name, codec, known.join(QStringLiteral(", ")));
        if (!model.codecs.contains(codec))
            return QCoreApplication::translate("PhoneDesk::SettingsSchema", "%1: the %2 does not support %3.")
                .arg(name, model.displayName, codec);
        if (seen.contains(codec))
            return QCoreApplication::translate("PhoneDesk::SettingsSchema", "%1: %2 is listed twice.")
                .arg(name, codec);
        seen.append(codec);
    }
    return std::nullopt;
}

Problem checkUrl(const SettingDefinition &d, const QString &name, const QVariant &value)
{
    const QString s = value.toString().trimmed();
    if (s.isEmpty())
        return std::nullopt;
    const QUrl url(s, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || s.size() > d.maxLength)
        return QCoreApplication::translate(
                   "PhoneDesk::SettingsSchema",
                   "%1 is not a valid address (for example https://lis.example.com/held).")
            .arg(name);
    const bool https = url.scheme() == QLatin1String("https");
    if (d.httpsOnly && !https)
        return QCoreApplication::translate("PhoneDesk::SettingsSchema", "%1 must use https.").arg(name);
    if (!d.httpsOnly && !https && url.scheme() != QLatin1String("http"))
        return QCoreApplication::translate("PhoneDesk::SettingsSchema",
                                           "%1 must be an http or https address.")
            .arg(name);
    return std::nullopt;
}

// One line of a name=value list (1-based `number`); comments and empty lines are fine.
Problem checkKeyValueLine(const QString &name, const QString &text, int number,
                          const QRegularExpression &names)
{
    const QString line = text.trimmed();
    if (line.isEmpty() || line.startsWith(u'#'))
        return std::nullopt;
    const qsizetype eq = line.indexOf(u'=');
    if (eq < 0)
        return QCoreApplication::translate("PhoneDesk::SettingsSchema", "%1, line %2: expected name=value.")
            .arg(name)
            .arg(number);
    const QString key = line.left(eq).trimmed();
    if (!names.match(key).hasMatch())
        return QCoreApplication::translate(
                   "PhoneDesk::SettingsSchema",
                   "%1, line %2: \"%3\" is not a valid parameter name (letters, digits, . _ - / only).")
            .arg(name)
            .arg(number)
            .arg(key);
    if (hasControlCharacter(line))
        return QCoreApplication::translate("PhoneDesk::SettingsSchema",
                                           "%1, line %2: control characters are not allowed.")
            .arg(name)
            .arg(number);
    return std::nullopt;
}

Problem checkKeyValues(const SettingDefinition &d, const QString &name, const QVariant &value,
                       const QRegularExpression &names)
{
    const QString s = value.toString();
    if (s.size() > d.maxLength)
        return QCoreApplication::translate("PhoneDesk::SettingsSchema", "%1 is too long.").arg(name);
    const QStringList lines = s.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (Problem problem = checkKeyValueLine(name, lines.at(i), i + 1, names))
            return problem;
    }
    return std::nullopt;
}

} // namespace

std::optional<FieldError> SettingsSchema::validate(const SettingDefinition &d, const QVariant &value,
                                                   const PhoneModel &model) const
{
    const QString name = label(d);
    Problem problem;
    switch (d.type) {
    case T::Bool:
        problem = checkBool(name, value);
        break;
    case T::Int:
        problem = checkInt(d, name, value);
        break;
    case T::String:
        problem = checkString(d, name, value);
        break;
    case T::Enum:
        if (!d.choices.contains(value.toString()))
            problem = QCoreApplication::translate("PhoneDesk::SettingsSchema",
                                                  "%1 must be one of: %2 (got \"%3\").")
                          .arg(name, d.choices.join(QStringLiteral(", ")), value.toString());
        break;
    case T::CodecList:
        problem = checkCodecs(name, value, model, allCodecs());
        break;
    case T::Url:
        problem = checkUrl(d, name, value);
        break;
    case T::KeyValues:
        problem = checkKeyValues(d, name, value, rawNamePattern());
        break;
    }
    if (!problem)
        return std::nullopt;
    return FieldError {d.key, *problem};
}

FieldErrors SettingsSchema::validateValues(const QVariantMap &values, const PhoneModel &model) const
{
    FieldErrors errors;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const SettingDefinition *d = find(it.key());
        if (!d) {
            errors.append(
                {it.key(),
                 QCoreApplication::translate("PhoneDesk::SettingsSchema", "\"%1\" is not a known setting.")
                     .arg(it.key())});
            continue;
        }
        if (!d->appliesTo(model)) {
            errors.append(
                {it.key(),
                 QCoreApplication::translate("PhoneDesk::SettingsSchema", "%1 does not apply to the %2.")
                     .arg(label(*d), model.displayName)});
            continue;
        }
        if (auto e = validate(*d, it.value(), model))
            errors.append(*e);
    }
    // Cross-field rule: HELD needs a LIS URL. Only the two settings are looked up: this runs for
    // every phone of a bulk import.
    if (model.held) {
        auto effective = [&](const QString &key) {
            const auto it = values.constFind(key);
            if (it != values.constEnd())
                return *it;
            const SettingDefinition *d = find(key);
            return d ? defaultFor(*d, model) : QVariant();
        };
        if (effective(QStringLiteral("e911.heldEnabled")).toBool() &&
            effective(QStringLiteral("e911.lisUrl")).toString().trimmed().isEmpty())
            errors.append({QStringLiteral("e911.lisUrl"),
                           QCoreApplication::translate("PhoneDesk::SettingsSchema",
                                                       "LIS URL is required when HELD is enabled.")});
    }
    return errors;
}

QVariantMap SettingsSchema::resolved(const QVariantMap &values, const PhoneModel &model) const
{
    QVariantMap out;
    for (const SettingDefinition &d : m_settings) {
        if (!d.appliesTo(model))
            continue;
        const auto it = values.constFind(d.key);
        out.insert(d.key, it != values.constEnd() ? *it : defaultFor(d, model));
    }
    return out;
}

QVariantMap SettingsSchema::normalized(const QVariantMap &values) const
{
    QVariantMap out;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const SettingDefinition *d = find(it.key());
        QVariant v = it.value();
        if (d) {
            switch (d->type) {
            case T::Bool:
                if (v.typeId() != QMetaType::Bool) {
                    if (auto b = fromText(*d, v.toString()))
                        v = *b;
                }
                break;
            case T::Int: {
                bool ok = false;
                const double number = v.toDouble(&ok);
                if (ok && qAbs(number) < 2e9 && number == double(qint64(number)) &&
                    v.typeId() != QMetaType::QString)
                    v = int(number);
                else if (auto i = fromText(*d, v.toString()))
                    v = *i;
                break;
            }
            case T::CodecList:
                v = v.toStringList();
                break;
            default:
                v = v.toString();
                break;
            }
        }
        out.insert(it.key(), v);
    }
    return out;
}

std::optional<QVariant> SettingsSchema::fromText(const SettingDefinition &d, const QString &input) const
{
    const QString text = input.trimmed();
    switch (d.type) {
    case T::Bool: {
        const QString s = text.toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes") ||
            s == QLatin1String("on"))
            return QVariant(true);
        if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("no") ||
            s == QLatin1String("off"))
            return QVariant(false);
        return std::nullopt;
    }
    case T::Int: {
        bool ok = false;
        const int v = text.toInt(&ok);
        return ok ? std::optional<QVariant>(v) : std::nullopt;
    }
    case T::CodecList: {
        QStringList list;
        for (const QString &part : text.split(u'|', Qt::SkipEmptyParts))
            list.append(part.trimmed());
        return QVariant(list);
    }
    case T::KeyValues: {
        QString joined = input;
        joined.replace(u'|', u'\n');
        return QVariant(joined);
    }
    case T::String:
    case T::Enum:
    case T::Url:
        return QVariant(text);
    }
    return std::nullopt;
}

QString SettingsSchema::toText(const SettingDefinition &d, const QVariant &value)
{
    switch (d.type) {
    case T::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case T::CodecList:
        return value.toStringList().join(u'|');
    case T::KeyValues: {
        QString s = value.toString();
        s.replace(u'\n', u'|');
        return s;
    }
    default:
        return value.toString();
    }
}

} // namespace PhoneDesk
