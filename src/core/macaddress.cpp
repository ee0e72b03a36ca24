#include "macaddress.h"

namespace PhoneDesk::MacAddress {

namespace {
bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Checks `text` is hex groups of `groupLength` digits separated by exactly `sep`.
std::optional<QString> parseGrouped(const QString &text, QChar sep, int groupLength)
{
    const int groups = 12 / groupLength;
    if (text.size() != 12 + groups - 1)
        return std::nullopt;
    QString out;
    out.reserve(12);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((i + 1) % (groupLength + 1) == 0) {
            if (c != sep)
                return std::nullopt;
        } else {
            if (!isHex(c))
                return std::nullopt;
            out.append(c.toLower());
        }
    }
    return out;
}
} // namespace

std::optional<QString> normalize(const QString &input)
{
    const QString text = input.trimmed();
    if (text.size() == 12)
        return parseGrouped(text, QChar(), 12);
    if (text.size() == 17) {
        const QChar sep = text.at(2);
        if (sep != u':' && sep != u'-')
            return std::nullopt;
        return parseGrouped(text, sep, 2);
    }
    if (text.size() == 14 && text.at(4) == u'.')
        return parseGrouped(text, u'.', 4);
    return std::nullopt;
}

QString format(const QString &normalized)
{
    if (normalized.size() != 12)
        return normalized;
    QString out;
    out.reserve(17);
    for (int i = 0; i < 12; i += 2) {
        if (i)
            out.append(u':');
        out.append(normalized.mid(i, 2).toUpper());
    }
    return out;
}

bool isReserved(const QString &normalized)
{
    if (normalized == QLatin1String("000000000000") || normalized == QLatin1String("ffffffffffff"))
        return true;
    // Least significant bit of the first octet set = multicast/group address.
    bool ok = false;
    const int firstOctet = normalized.left(2).toInt(&ok, 16);
    return ok && (firstOctet & 1);
}

} // namespace PhoneDesk::MacAddress
