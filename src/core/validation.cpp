#include "validation.h"

#include "macaddress.h"
#include "settingsschema.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace PhoneDesk::Validation {

namespace {

bool hasControl(QStringView s, bool allowNewlines = false)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            continue; // printable ASCII, the common case
        if (allowNewlines && (c == u'\n' || c == u'\r' || c == u'\t'))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QString codePointText(char32_t u)
{
    return QStringLiteral("U+%1").arg(uint(u), 4, 16, QLatin1Char('0')).toUpper();
}

// "Name must not contain invisible or text-direction characters (U+202E at character 5)."
QString invisibleMessage(const QString &label, const InvisibleCharacter &found)
{
    return QCoreApplication::translate(
               "PhoneDesk::Validation",
               "%1 must not contain invisible or text-direction characters (%2 at character %3).")
        .arg(label, codePointText(found.codePoint))
        .arg(found.position);
}

// A neighbour a zero-width (non-)joiner may stand between.
bool joins(char32_t u)
{
    return u >= 0x80 && !QChar::isSpace(u) && QChar::category(u) != QChar::Other_Format &&
        QChar::category(u) != QChar::Other_Control;
}

bool isBlank(QStringView s)
{
    for (const QChar c : s) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// Single-line text unless `multiLine` (descriptions, notes). `label` is the untranslated field
// label (QT_TRANSLATE_NOOP), translated only for a message: this runs for every row of an import.
void checkText(FieldErrors &errors, const QString &field, const char *label, const QString &value,
               int maxLength, bool required, bool multiLine = false)
{
    if (required && isBlank(value)) {
        errors.append({field,
                       QCoreApplication::translate("PhoneDesk::Validation", "%1 is required.")
                           .arg(QCoreApplication::translate("PhoneDesk::Validation", label))});
        return;
    }
    if (value.size() > maxLength)
        errors.append(
            {field,
             QCoreApplication::translate("PhoneDesk::Validation", "%1 is too long (at most %2 characters).")
                 .arg(QCoreApplication::translate("PhoneDesk::Validation", label))
                 .arg(maxLength)});
    else if (hasControl(value, multiLine))
        errors.append(
            {field,
             QCoreApplication::translate("PhoneDesk::Validation", "%1 must not contain control characters.")
                 .arg(QCoreApplication::translate("PhoneDesk::Validation", label))});
    else if (const auto invisible = findInvisible(value))
        errors.append(
            {field,
             invisibleMessage(QCoreApplication::translate("PhoneDesk::Validation", label), *invisible)});
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// What a QRegularExpression pattern ending in $ accepts: PCRE's $ also matches before one final
// newline, so the hand-written checks below drop one before looking at the rest.
QStringView withoutFinalNewline(QStringView text)
{
    return text.endsWith(u'\n') ? text.chopped(1) : text;
}

bool isHostPort(const QString &text, bool requirePort)
{
    QString host = text;
    QString port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return false;
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return false;
            port = rest.mid(1);
        }
        QHostAddress address;
        if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return false;
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon >= 0) {
            host = text.left(colon);
            port = text.mid(colon + 1);
        }
        QHostAddress address;
        if (!(address.setAddress(host) && address.protocol() == QAbstractSocket::IPv4Protocol) &&
            !isFqdn(host))
            return false;
    }
    if (requirePort && port.isEmpty())
        return false;
    if (!port.isEmpty()) {
        bool ok = false;
        const int p = port.toInt(&ok);
        if (!ok || p < 1 || p > 65535)
            return false;
    }
    return true;
}
// A maker's serial number as printed on the label: letters, digits and - . _ / (Yealink's are 16
// digits, Poly's 14 characters); trimmed. Only desk phones have one.
void checkSerialNumber(FieldErrors &errors, Phone &phone)
{
    const QString serial = phone.serialNumber.trimmed();
    if (phone.serialNumber != serial)
        phone.serialNumber = serial;
    if (serial.isEmpty())
        return;
    if (phone.category != PhoneCategory::Managed && phone.category != PhoneCategory::Unmanaged) {
        errors.append({QStringLiteral("serialNumber"),
                       QCoreApplication::translate("PhoneDesk::Validation",
                                                   "Serial number: only desk phones (managed or unmanaged) "
                                                   "have one.")});
        return;
    }
    const bool valid = serial.size() <= 64 && std::all_of(serial.cbegin(), serial.cend(), [](QChar c) {
                           return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') ||
                               (c >= u'a' && c <= u'z') || c == u'-' || c == u'.' || c == u'_' || c == u'/';
                       });
    if (!valid)
        errors.append(
            {QStringLiteral("serialNumber"),
             QCoreApplication::translate("PhoneDesk::Validation",
                                         "Serial number: \"%1\" is not a serial number. Use the one "
                                         "on the phone's label: up to 64 letters, digits, '-', '.', "
                                         "'_' or '/'.")
                 .arg(serial)});
}

// "lineKeys.<position>", made when an error is added.
struct FieldName
{
    int index;
    operator QString() const { return QStringLiteral("lineKeys.%1").arg(index); }
};
} // namespace

bool isE164(const QString &text)
{
    // ^\+[1-9][0-9]{1,14}$ without a regular expression: it runs for every key of an import.
    const QStringView s = withoutFinalNewline(text);
    if (s.size() < 3 || s.size() > 16 || s[0] != u'+' || s[1] < u'1' || s[1] > u'9')
        return false;
    return std::all_of(s.begin() + 2, s.end(), isAsciiDigit);
}

std::optional<InvisibleCharacter> findInvisible(QStringView text)
{
    // Decodes one code point at `i` (a lone surrogate stands for itself); `width` gets its length.
    auto at = [&](qsizetype i, qsizetype *width) -> char32_t {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            *width = 2;
            return QChar::surrogateToUcs4(c, text[i + 1]);
        }
        *width = 1;
        return c.unicode();
    };
    char32_t previous = 0;
    qsizetype position = 1;
    for (qsizetype i = 0, width = 1; i < text.size(); i += width, ++position) {
        const char32_t u = at(i, &width);
        // Every format character is at or above U+00AD: names in ASCII take the first test only.
        if (u >= 0xAD && QChar::category(u) == QChar::Other_Format) {
            bool allowed = false;
            if ((u == 0x200C || u == 0x200D) && i + width < text.size()) {
                qsizetype nextWidth = 1;
                allowed = joins(previous) && joins(at(i + width, &nextWidth));
            }
            if (!allowed)
                return InvisibleCharacter {position, u};
        }
        previous = u;
    }
    return std::nullopt;
}

bool isFqdn(const QString &text)
{
    // Letters, digits and hyphens; labels of 1-63 characters; 253 at most; not all-numeric TLD.
    static const QRegularExpression re(
        QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-"
                       "9-]{0,61}[A-Za-z0-9])?)*$"));
    if (!re.match(text).hasMatch())
        return false;
    const QString tld = text.section(u'.', -1);
    bool numeric = false;
    tld.toInt(&numeric);
    return !numeric;
}

bool isHostOrAddress(const QString &text)
{
    return isHostPort(text, false);
}

bool isExtension(const QString &text)
{
    // ^[0-9*#]{2,15}$
    const QStringView s = withoutFinalNewline(text);
    if (s.size() < 2 || s.size() > 15)
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) { return isAsciiDigit(c) || c == u'*' || c == u'#'; });
}

bool isSipUri(const QString &text)
{
    // sip:/sips: user@host[:port] or host[:port]; URI parameters (;transport=tls) allowed.
    static const QRegularExpression re(
        QStringLiteral("^sips?:(([A-Za-z0-9\\-_.!~*'()&=+$,;?/%]+)@)?([^;@?\\s]+)(;[^\\s]*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (text.size() > 255)
        return false;
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() && isHostPort(m.captured(3), false);
}

FieldErrors validateLineKeys(const QList<LineKey> &keys, const PhoneModel &model)
{
    FieldErrors errors;
    if (keys.size() > model.maxLineKeys) {
        errors.append({QStringLiteral("lineKeys"),
                       QCoreApplication::translate("PhoneDesk::Validation",
                                                   "Line keys: the %1 has %2 line keys, %3 are configured.")
                           .arg(model.displayName)
                           .arg(model.maxLineKeys)
                           .arg(keys.size())});
    }
    // Positions already seen, as bits (1..maxLineKeys); no allocation for ordinary models.
    QVarLengthArray<quint64, 8> used((qMax(model.maxLineKeys, 0) + 64) / 64, 0);
    for (const LineKey &key : keys) {
        // The field name is only needed for a message: built lazily (this runs for every phone).
        const FieldName field {key.index};
        if (key.index < 1 || key.index > model.maxLineKeys) {
            errors.append(
                {field,
                 QCoreApplication::translate("PhoneDesk::Validation",
                                             "Line key %1: position must be between 1 and %2 on the %3.")
                     .arg(key.index)
                     .arg(model.maxLineKeys)
                     .arg(model.displayName)});
            continue;
        }
        quint64 &word = used[key.index / 64];
        const quint64 bit = quint64(1) << (key.index % 64);
        if (word & bit)
            errors.append(
                {field,
                 QCoreApplication::translate("PhoneDesk::Validation", "Line key %1 is configured twice.")
                     .arg(key.index)});
        word |= bit;
        if (key.label.size() > 64 || hasControl(key.label))
            errors.append({field,
                           QCoreApplication::translate(
                               "PhoneDesk::Validation",
                               "Line key %1: the label must be at most 64 printable characters.")
                               .arg(key.index)});
        else if (const auto invisible = findInvisible(key.label))
            errors.append({field,
                           invisibleMessage(
                               QCoreApplication::translate("PhoneDesk::Validation", "Line key %1: the label")
                                   .arg(key.index),
                               *invisible)});
        const QString value = key.value.trimmed();
        switch (key.type) {
        case LineKeyType::SpeedDial:
            if (!(isE164(value) || isExtension(value) || isSipUri(value)))
                errors.append({field,
                               QCoreApplication::translate(
                                   "PhoneDesk::Validation",
                                   "Line key %1: a speed dial needs a number (+15551234567 or an extension) "
                                   "or a SIP address, not \"%2\".")
                                   .arg(key.index)
                                   .arg(value)});
            break;
        case LineKeyType::Blf:
            if (!(isExtension(value) || isSipUri(value)))
                errors.append(
                    {field,
                     QCoreApplication::translate(
                         "PhoneDesk::Validation",
                         "Line key %1: a BLF key needs the extension or SIP address to watch, not \"%2\".")
                         .arg(key.index)
                         .arg(value)});
            break;
        case LineKeyType::Line:
        case LineKeyType::Unassigned:
            if (!value.isEmpty() && (value.size() > 255 || hasControl(value) || findInvisible(value)))
                errors.append({field,
                               QCoreApplication::translate("PhoneDesk::Validation",
                                                           "Line key %1: the value is not valid.")
                                   .arg(key.index)});
            break;
        }
    }
    return errors;
}

FieldErrors validatePhone(Phone &phone, const ModelCatalog &catalog, const ValidationContext &context)
{
    FieldErrors errors;
    phone.name = phone.name.trimmed();
    checkText(errors, QStringLiteral("name"), QT_TRANSLATE_NOOP("PhoneDesk::Validation", "Name"), phone.name,
              128, true);
    checkText(errors, QStringLiteral("description"),
              QT_TRANSLATE_NOOP("PhoneDesk::Validation", "Description"), phone.description, 1024, false,
              true);

    const PhoneModel *model = nullptr;
    if (phone.baseSettingsId == 0) {
        errors.append({QStringLiteral("baseSettings"),
                       QCoreApplication::translate("PhoneDesk::Validation", "Base settings are required.")});
    } else if (const auto modelId = context.baseSettingsModel(phone.baseSettingsId); !modelId) {
        errors.append({QStringLiteral("baseSettings"),
                       QCoreApplication::translate("PhoneDesk::Validation",
                                                   "Base settings: the selected profile does not exist.")});
    } else if (model = catalog.find(*modelId); !model) {
        errors.append(
            {QStringLiteral("baseSettings"),
             QCoreApplication::translate("PhoneDesk::Validation",
                                         "Base settings: the profile's model \"%1\" is not in the catalog.")
                 .arg(*modelId)});
    } else if (!model->supports(phone.category)) {
        errors.append({QStringLiteral("baseSettings"),
                       QCoreApplication::translate("PhoneDesk::Validation",
                                                   "Base settings: a %2 profile is not for %1 phones.")
                           .arg(displayName(phone.category), model->displayName)});
    }

    if (phone.siteId == 0)
        errors.append({QStringLiteral("site"),
                       QCoreApplication::translate("PhoneDesk::Validation", "Site is required.")});
    else if (!context.siteMediaModel(phone.siteId))
        errors.append({QStringLiteral("site"),
                       QCoreApplication::translate("PhoneDesk::Validation",
                                                   "Site: the selected site does not exist.")});

    if (phone.userId != 0 && !context.userExists(phone.userId))
        errors.append({QStringLiteral("user"),
                       QCoreApplication::translate("PhoneDesk::Validation",
                                                   "User: the selected user does not exist.")});

    const QString hw = phone.hardwareId.trimmed();
    switch (phone.category) {
    case PhoneCategory::Managed:
    case PhoneCategory::Unmanaged:
        if (hw.isEmpty()) {
            if (phone.category == PhoneCategory::Managed)
                errors.append({QStringLiteral("hardwareId"),
                               QCoreApplication::translate(
                                   "PhoneDesk::Validation",
                                   "Hardware ID: a managed phone needs its MAC address (for example "
                                   "00:04:F2:AB:CD:EF).")});
            phone.hardwareId.clear();
        } else if (const auto mac = MacAddress::normalize(hw); !mac) {
            errors.append(
                {QStringLiteral("hardwareId"),
                 QCoreApplication::translate(
                     "PhoneDesk::Validation",
                     "Hardware ID: \"%1\" is not a MAC address. Use 12 hex digits, e.g. 00:04:F2:AB:CD:EF, "
                     "00-04-f2-ab-cd-ef, 0004.f2ab.cdef or 0004f2abcdef.")
                     .arg(hw)});
        } else if (MacAddress::isReserved(*mac)) {
            errors.append({QStringLiteral("hardwareId"),
                           QCoreApplication::translate(
                               "PhoneDesk::Validation",
                               "Hardware ID: %1 is a broadcast or multicast address, not a phone's MAC.")
                               .arg(MacAddress::format(*mac))});
        } else if (phone.hardwareId != *mac) { // kept when it is normalised already (shared)
            phone.hardwareId = *mac;
        }
        if (!phone.remoteAddress.isEmpty())
            errors.append({QStringLiteral("remoteAddress"),
                           QCoreApplication::translate("PhoneDesk::Validation",
                                                       "Remote address applies to remote phones only.")});
        break;
    case PhoneCategory::WebRtc:
        if (!hw.isEmpty() && !isFqdn(hw))
            errors.append(
                {QStringLiteral("hardwareId"),
                 QCoreApplication::translate(
                     "PhoneDesk::Validation",
                     "Hardware ID: \"%1\" is not a host name (for example softphone-12.example.com).")
                     .arg(hw)});
        phone.hardwareId = hw.toLower();
        if (phone.userId == 0)
            errors.append(
                {QStringLiteral("user"),
                 QCoreApplication::translate("PhoneDesk::Validation",
                                             "User: a WebRTC phone belongs to a user; choose one.")});
        if (!phone.remoteAddress.isEmpty())
            errors.append({QStringLiteral("remoteAddress"),
                           QCoreApplication::translate("PhoneDesk::Validation",
                                                       "Remote address applies to remote phones only.")});
        break;
    case PhoneCategory::Remote: {
        if (!hw.isEmpty())
            errors.append({QStringLiteral("hardwareId"),
                           QCoreApplication::translate("PhoneDesk::Validation",
                                                       "Hardware ID: a remote phone has no hardware ID.")});
        const QString remote = phone.remoteAddress.trimmed();
        if (remote.isEmpty())
            errors.append(
                {QStringLiteral("remoteAddress"),
                 QCoreApplication::translate(
                     "PhoneDesk::Validation",
                     "Remote address is required: an E.164 number (+15551234567) or a SIP address.")});
        else if (!isE164(remote) && !isSipUri(remote))
            errors.append(
                {QStringLiteral("remoteAddress"),
                 QCoreApplication::translate(
                     "PhoneDesk::Validation",
                     "Remote address: \"%1\" is neither an E.164 number (+15551234567) nor a SIP address "
                     "(sip:alice@example.com).")
                     .arg(remote)});
        phone.remoteAddress = remote;
        if (!phone.lineKeys.isEmpty())
            errors.append({QStringLiteral("lineKeys"),
                           QCoreApplication::translate("PhoneDesk::Validation",
                                                       "Line keys: a remote phone has no line keys.")});
        break;
    }
    }

    const QString address = phone.networkAddress.trimmed();
    if (!address.isEmpty() && !isHostOrAddress(address))
        errors.append({QStringLiteral("networkAddress"),
                       QCoreApplication::translate(
                           "PhoneDesk::Validation",
                           "Network address: \"%1\" is not a host or IP address with an optional port.")
                           .arg(address)});
    phone.networkAddress = address;
    if (phone.category == PhoneCategory::Remote && !address.isEmpty())
        errors.append({QStringLiteral("networkAddress"),
                       QCoreApplication::translate("PhoneDesk::Validation",
                                                   "Network address: remote phones are not probed.")});
    checkSerialNumber(errors, phone);

    if (model) {
        if (phone.category != PhoneCategory::Remote)
            errors.append(validateLineKeys(phone.lineKeys, *model));
        errors.append(SettingsSchema::builtin().validateValues(phone.overrides, *model));
    }
    return errors;
}

FieldErrors validateSite(const Site &site)
{
    FieldErrors errors;
    checkText(errors, QStringLiteral("name"), QT_TRANSLATE_NOOP("PhoneDesk::Validation", "Name"),
              site.name.trimmed(), 128, true);
    checkText(errors, QStringLiteral("description"),
              QT_TRANSLATE_NOOP("PhoneDesk::Validation", "Description"), site.description, 1024, false, true);
    checkText(errors, QStringLiteral("e911Location"),
              QT_TRANSLATE_NOOP("PhoneDesk::Validation", "E911 location"), site.e911Location, 512, false);
    checkText(errors, QStringLiteral("numberPlan"), QT_TRANSLATE_NOOP("PhoneDesk::Validation", "Number plan"),
              site.numberPlan, 4096, false, true);

    auto checkServer = [&](const SipServer &server, const QString &field, const QString &label,
                           bool required) {
        if (!server.isSet()) {
            if (required)
                errors.append(
                    {field,
                     QCoreApplication::translate("PhoneDesk::Validation", "%1 is required.").arg(label)});
            return;
        }
        if (!isFqdn(server.host) && !isHostOrAddress(server.host))
            errors.append({field,
                           QCoreApplication::translate("PhoneDesk::Validation",
                                                       "%1: \"%2\" is not a host name or IP address.")
                               .arg(label, server.host)});
        else if (server.host.contains(u':') && !server.host.startsWith(u'['))
            errors.append(
                {field,
                 QCoreApplication::translate("PhoneDesk::Validation",
                                             "%1: enter the port in the port field, not in the host.")
                     .arg(label)});
        if (server.port == 0)
            errors.append({field,
                           QCoreApplication::translate("PhoneDesk::Validation",
                                                       "%1: the port must be between 1 and 65535.")
                               .arg(label)});
    };
    checkServer(site.primarySip, QStringLiteral("primarySip"),
                QCoreApplication::translate("PhoneDesk::Validation", "Primary SIP server"), true);
    checkServer(site.secondarySip, QStringLiteral("secondarySip"),
                QCoreApplication::translate("PhoneDesk::Validation", "Secondary SIP server"), false);
    if (site.secondarySip.isSet() && site.secondarySip == site.primarySip)
        errors.append(
            {QStringLiteral("secondarySip"),
             QCoreApplication::translate("PhoneDesk::Validation",
                                         "Secondary SIP server: must differ from the primary server.")});
    if (!site.provisioningHost.isEmpty() && !isHostOrAddress(site.provisioningHost))
        errors.append({QStringLiteral("provisioningHost"),
                       QCoreApplication::translate(
                           "PhoneDesk::Validation",
                           "Provisioning host: \"%1\" is not a host name or address with optional port.")
                           .arg(site.provisioningHost)});
    if (!site.timeZone.isEmpty()) {
        static const QRegularExpression tz(QStringLiteral("^(UTC|[A-Za-z_]+(/[A-Za-z0-9_+\\-]+){1,2})$"));
        if (!tz.match(site.timeZone).hasMatch())
            errors.append({QStringLiteral("timeZone"),
                           QCoreApplication::translate(
                               "PhoneDesk::Validation",
                               "Time zone: \"%1\" is not a time zone name such as Europe/Berlin.")
                               .arg(site.timeZone)});
    }
    return errors;
}

FieldErrors validateUser(const User &user)
{
    FieldErrors errors;
    checkText(errors, QStringLiteral("name"), QT_TRANSLATE_NOOP("PhoneDesk::Validation", "Name"),
              user.name.trimmed(), 128, true);
    static const QRegularExpression email(QStringLiteral("^[^@\\s]{1,64}@[^@\\s]{1,253}$"));
    if (const auto invisible = findInvisible(user.email))
        errors.append(
            {QStringLiteral("email"),
             invisibleMessage(QCoreApplication::translate("PhoneDesk::Validation", "Email"), *invisible)});
    else if (!user.email.isEmpty() &&
             (!email.match(user.email).hasMatch() || !isFqdn(user.email.section(u'@', 1))))
        errors.append(
            {QStringLiteral("email"),
             QCoreApplication::translate("PhoneDesk::Validation", "Email: \"%1\" is not an email address.")
                 .arg(user.email)});
    if (!user.extension.isEmpty() && !isExtension(user.extension))
        errors.append(
            {QStringLiteral("extension"),
             QCoreApplication::translate("PhoneDesk::Validation", "Extension: \"%1\" must be 2 to 15 digits.")
                 .arg(user.extension)});
    return errors;
}

FieldErrors validateBaseSettings(const BaseSettings &settings, const ModelCatalog &catalog)
{
    FieldErrors errors;
    checkText(errors, QStringLiteral("name"), QT_TRANSLATE_NOOP("PhoneDesk::Validation", "Name"),
              settings.name.trimmed(), 128, true);
    checkText(errors, QStringLiteral("description"),
              QT_TRANSLATE_NOOP("PhoneDesk::Validation", "Description"), settings.description, 1024, false,
              true);
    const PhoneModel *model = catalog.find(settings.modelId);
    if (!model) {
        errors.append({QStringLiteral("model"),
                       settings.modelId.isEmpty()
                           ? QCoreApplication::translate("PhoneDesk::Validation", "Model is required.")
                           : QCoreApplication::translate("PhoneDesk::Validation",
                                                         "Model: \"%1\" is not a known phone model.")
                                 .arg(settings.modelId)});
        return errors;
    }
    errors.append(SettingsSchema::builtin().validateValues(settings.values, *model));
    return errors;
}

FieldErrors validateFirmwarePolicy(const BaseSettings &settings, bool libraryHasImage)
{
    const auto text = [&](const char *key) {
        return settings.values.value(QLatin1String(key)).toString().trimmed();
    };
    if (text("provisioning.firmwarePolicy") != QLatin1String("automatic") || libraryHasImage ||
        !text("provisioning.firmwareUrl").isEmpty())
        return {};
    const QString version = text("provisioning.firmwareVersion");
    const QString message = version.isEmpty()
        ? QCoreApplication::translate("PhoneDesk::Validation",
                                      "Firmware update policy: Automatic needs a Firmware version from the "
                                      "firmware library, or a Firmware server URL.")
        : QCoreApplication::translate("PhoneDesk::Validation",
                                      "Firmware update policy: Automatic, but the firmware library has no "
                                      "image of version %1 for the %2 (Firmware version), and no Firmware "
                                      "server URL is set. Add the image (Manage > Firmware…), set the URL, "
                                      "or choose Manual.")
              .arg(version, settings.modelId);
    return {{QStringLiteral("provisioning.firmwarePolicy"), message}};
}

QStringList phoneWarnings(const Phone &phone, const ModelCatalog &catalog, const ValidationContext &context)
{
    QStringList warnings;
    const auto modelId = context.baseSettingsModel(phone.baseSettingsId);
    const PhoneModel *model = modelId ? catalog.find(*modelId) : nullptr;
    const auto media = context.siteMediaModel(phone.siteId);
    if (model && media == MediaModel::Cloud && !model->cloudMediaCompatible) {
        warnings.append(
            QCoreApplication::translate(
                "PhoneDesk::Validation",
                "The %1 is not compatible with cloud media; calls at this cloud-media site may fail.")
                .arg(model->displayName));
    }
    if (model && media == MediaModel::Cloud && phone.category == PhoneCategory::Unmanaged) {
        warnings.append(QCoreApplication::translate(
            "PhoneDesk::Validation",
            "Unmanaged phones are not supported with cloud media; use a premises site or a managed model."));
    }
    return warnings;
}

} // namespace PhoneDesk::Validation
