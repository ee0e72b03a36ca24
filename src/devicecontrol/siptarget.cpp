#include "siptarget.h"

#include <QCoreApplication>

namespace PhoneDesk {

namespace {

bool validUser(const QString &user)
{
    for (const QChar c : user) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && !QStringLiteral("-_.!~*'()&=+$,;?/%").contains(c))
            return false;
    }
    return true;
}
} // namespace

bool isDocumentationAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also ::ffff:a.b.c.d
    if (isV4) {
        const quint32 net = v4 & 0xffffff00u;
        return net == 0xc0000200u /* 192.0.2.0/24 */ || net == 0xc6336400u /* 198.51.100.0/24 */ ||
            net == 0xcb007100u /* 203.0.113.0/24 */;
    }
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    return v6[0] == 0x20 && v6[1] == 0x01 && v6[2] == 0x0d && v6[3] == 0xb8; // 2001:db8::/32
}

QByteArray SipTarget::requestUri() const
{
    QByteArray uri = QByteArrayLiteral("sip:");
    if (!user.isEmpty())
        uri += user + '@';
    uri += hostPort().toLatin1();
    if (transport == SipTransport::Tcp)
        uri += ";transport=tcp";
    else if (transport == SipTransport::Tls)
        uri += ";transport=tls";
    return uri;
}

QString SipTarget::hostPort() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + address.toString() + u']'
        : address.toString();
    return host + u':' + QString::number(port);
}

std::optional<SipTarget> SipTarget::parse(const QString &input, SipTransport defaultTransport, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<SipTarget> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(QCoreApplication::translate("PhoneDesk::SipTarget", "The phone has no network address."));

    SipTarget target;
    target.transport = defaultTransport;
    if (text.startsWith(QLatin1String("sips:"), Qt::CaseInsensitive)) {
        target.transport = SipTransport::Tls;
        text = text.mid(5);
    } else if (text.startsWith(QLatin1String("sip:"), Qt::CaseInsensitive)) {
        text = text.mid(4);
    }
    // URI parameters: only transport= matters for where the request goes.
    const qsizetype semicolon = text.indexOf(u';');
    if (semicolon >= 0) {
        const QStringList params = text.mid(semicolon + 1).split(u';', Qt::SkipEmptyParts);
        text.truncate(semicolon);
        for (const QString &p : params) {
            if (p.startsWith(QLatin1String("transport="), Qt::CaseInsensitive)) {
                const auto t = sipTransportFromKey(p.mid(10));
                if (!t)
                    return fail(QCoreApplication::translate("PhoneDesk::SipTarget",
                                                            "\"%1\": unknown transport \"%2\".")
                                    .arg(input, p.mid(10)));
                target.transport = *t;
            }
        }
    }
    const qsizetype at = text.lastIndexOf(u'@');
    if (at >= 0) {
        const QString user = text.left(at);
        if (user.isEmpty() || user.size() > 64 || !validUser(user))
            return fail(
                QCoreApplication::translate("PhoneDesk::SipTarget", "\"%1\": the user part is not valid.")
                    .arg(input));
        target.user = user.toLatin1();
        text = text.mid(at + 1);
    }

    QString host = text;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return fail(
                QCoreApplication::translate("PhoneDesk::SipTarget",
                                            "\"%1\": the IPv6 address is missing its closing bracket.")
                    .arg(input));
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return fail(QCoreApplication::translate("PhoneDesk::SipTarget",
                                                        "\"%1\": unexpected text after the address.")
                                .arg(input));
            portText = rest.mid(1);
        }
    } else if (text.count(u':') == 1) {
        host = text.section(u':', 0, 0);
        portText = text.section(u':', 1);
    }
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return fail(QCoreApplication::translate("PhoneDesk::SipTarget",
                                                    "\"%1\": the port must be a number from 1 to 65535.")
                            .arg(input));
        target.port = quint16(port);
    } else if (target.transport == SipTransport::Tls) {
        target.port = 5061;
    }
    if (!target.address.setAddress(host))
        return fail(
            QCoreApplication::translate("PhoneDesk::SipTarget",
                                        "\"%1\": only IP addresses are probed; enter the phone's IP address.")
                .arg(input));
    // A zone ("fe80::1%eth0") names an interface of this machine, which a record shared between
    // consoles cannot hold; it would not survive the Request-URI either (found by fuzzing).
    if (!target.address.scopeId().isEmpty())
        return fail(
            QCoreApplication::translate("PhoneDesk::SipTarget",
                                        "\"%1\": IPv6 zone indices are not supported; use a global address.")
                .arg(input));
    if (target.address.isMulticast() || target.address == QHostAddress(QHostAddress::Broadcast) ||
        target.address.isNull() || target.address == QHostAddress(QHostAddress::AnyIPv4) ||
        target.address == QHostAddress(QHostAddress::AnyIPv6))
        return fail(
            QCoreApplication::translate("PhoneDesk::SipTarget", "\"%1\": not the address of a single phone.")
                .arg(input));
    if (isDocumentationAddress(target.address))
        return fail(QCoreApplication::translate("PhoneDesk::SipTarget",
                                                "\"%1\": documentation address, not probed (it stands for "
                                                "a made-up phone; enter the phone's real IP address).")
                        .arg(input));
    return target;
}

} // namespace PhoneDesk
