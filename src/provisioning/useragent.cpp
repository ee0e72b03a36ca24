#include "useragent.h"

#include "macaddress.h"
#include "modelcatalog.h"

#include <QHash>
#include <QRegularExpression>

namespace PhoneDesk {

namespace {
UserAgentInfo parse(const QString &userAgent)
{
    UserAgentInfo info;
    if (userAgent.size() > 512)
        return info;
    // FileTransport PolycomVVX-VVX_450-UA/6.4.3.5156 Type/Application
    static const QRegularExpression poly(
        QStringLiteral("^FileTransport Polycom(\\w+)-(\\w+?)-UA/([\\d.]+)(?: Type/(\\w+))?"));
    // Yealink SIP-T46U 108.86.0.45 80:5e:c0:12:34:56
    static const QRegularExpression yealink(
        QStringLiteral("^Yealink\\s+(\\S+)\\s+([\\d.]+)(?:\\s+([0-9A-Fa-f:.-]{12,17}))?\\s*$"));
    // AUDC-IPPhone/3.4.6 (440HDG-Rev0; 00908F602AAC)
    static const QRegularExpression audiocodes(QStringLiteral(
        "^AUDC-IPPhone(?:-\\w+)?/([\\w.]+)\\s*\\(([^;)]+)(?:;\\s*([0-9A-Fa-f:.-]{12,17}))?\\)"));

    if (const auto m = poly.match(userAgent); m.hasMatch()) {
        info.renderer = QStringLiteral("poly-ucs");
        info.modelToken = m.captured(2);
        info.firmware = m.captured(3);
    } else if (const auto m = yealink.match(userAgent); m.hasMatch()) {
        info.renderer = QStringLiteral("yealink");
        info.modelToken = m.captured(1);
        info.firmware = m.captured(2);
        info.mac = MacAddress::normalize(m.captured(3)).value_or(QString());
    } else if (const auto m = audiocodes.match(userAgent); m.hasMatch()) {
        info.renderer = QStringLiteral("audiocodes");
        info.firmware = m.captured(1);
        info.modelToken = m.captured(2).trimmed();
        info.mac = MacAddress::normalize(m.captured(3)).value_or(QString());
    } else {
        return info;
    }
    if (const PhoneModel *model = ModelCatalog::builtin().matchUserAgent(userAgent);
        model && model->renderer == info.renderer)
        info.modelId = model->id;
    return info;
}
} // namespace

UserAgentInfo parseUserAgent(const QString &userAgent)
{
    // A fleet sends a handful of distinct User-Agents: remember them per thread (bounded).
    thread_local QHash<QString, UserAgentInfo> cache;
    const auto it = cache.constFind(userAgent);
    if (it != cache.constEnd())
        return *it;
    if (cache.size() >= 512)
        cache.clear();
    const UserAgentInfo info = parse(userAgent);
    cache.insert(userAgent, info);
    return info;
}

} // namespace PhoneDesk
