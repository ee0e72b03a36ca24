#include "digestparams.h"

namespace PhoneDesk {

namespace {

bool isSeparator(char c)
{
    return c == ' ' || c == ',' || c == '\t';
}

// A quoted-string from just after its opening quote; `i` ends after the closing quote. nullopt
// when it is not closed.
std::optional<QByteArray> quoted(const QByteArray &s, qsizetype &i)
{
    QByteArray value;
    while (i < s.size() && s.at(i) != '"') {
        if (s.at(i) == '\\' && i + 1 < s.size())
            ++i;
        value.append(s.at(i));
        ++i;
    }
    if (i >= s.size())
        return std::nullopt;
    ++i;
    return value;
}

} // namespace

std::optional<DigestParams> parseDigestParams(const QByteArray &header, int maxParams)
{
    if (!header.left(7).toLower().startsWith("digest "))
        return std::nullopt;
    const QByteArray s = header.mid(7);
    DigestParams params;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && isSeparator(s.at(i)))
            ++i;
        if (i >= s.size())
            break;
        const qsizetype eq = s.indexOf('=', i);
        if (eq < 0)
            return std::nullopt;
        QByteArray name = s.mid(i, eq - i).trimmed().toLower();
        i = eq + 1;
        QByteArray value;
        if (i < s.size() && s.at(i) == '"') {
            ++i;
            auto q = quoted(s, i);
            if (!q)
                return std::nullopt;
            value = std::move(*q);
        } else {
            const qsizetype end = s.indexOf(',', i);
            value = s.mid(i, end < 0 ? -1 : end - i).trimmed();
            i = end < 0 ? s.size() : end;
        }
        if (params.size() >= maxParams)
            return std::nullopt;
        params.append({std::move(name), std::move(value)});
    }
    return params;
}

} // namespace PhoneDesk
