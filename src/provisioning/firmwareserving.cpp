#include "firmwareserving.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace PhoneDesk::FirmwareServing {

namespace {
const QRegularExpression &targetShape()
{
    static const QRegularExpression re(
        QStringLiteral("^/firmware/([0-9a-fA-F]{12})/([0-9a-f]{64})/([A-Za-z0-9_-][A-Za-z0-9._-]{0,63})$"));
    return re;
}

bool isDigits(const QByteArray &text)
{
    return !text.isEmpty() && text.size() <= 18 &&
        std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

// The entity tags of an If-Match / If-None-Match list, without W/ (weak comparison), or {"*"}.
QList<QByteArray> entityTags(const QByteArray &header, bool *weakSeen = nullptr)
{
    QList<QByteArray> tags;
    for (QByteArray tag : header.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/")) {
            if (weakSeen)
                *weakSeen = true;
            tag = tag.mid(2);
        }
        if (!tag.isEmpty())
            tags.append(tag);
    }
    return tags;
}

bool matchesAny(const QByteArray &header, const QByteArray &etag)
{
    const QList<QByteArray> tags = entityTags(header);
    return tags.contains("*") || tags.contains(etag);
}

// Seconds, as Last-Modified has them.
QDateTime lastModified(const FirmwareImage &image)
{
    QDateTime t = image.addedAt.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

// RFC 9110 13.1.5: a matching entity tag (strong comparison) or exactly the Last-Modified date.
bool ifRangeHolds(const QByteArray &ifRange, const FirmwareImage &image)
{
    const QByteArray value = ifRange.trimmed();
    if (value.startsWith("W/"))
        return false; // a weak tag never matches for a range
    if (value.startsWith('"'))
        return value == etag(image);
    const auto date = parseHttpDate(value);
    return date && *date == lastModified(image);
}

void addValidators(HttpResponse &r, const FirmwareImage &image)
{
    r.addHeader("ETag", etag(image));
    r.addHeader("Last-Modified", httpDate(lastModified(image)));
    r.addHeader("Accept-Ranges", "bytes");
    // The bytes never change under this URL; a proxy still has no business keeping them.
    r.cacheControl = "private, no-transform";
}

// 304/412 from the preconditions (RFC 9110 13.2.2), or nullopt to go on.
std::optional<HttpResponse> preconditions(const HttpRequest &request, const FirmwareImage &image)
{
    const QByteArray tag = etag(image);
    const QDateTime modified = lastModified(image);
    const QByteArray ifMatch = request.header("if-match");
    if (!ifMatch.isEmpty()) {
        const QList<QByteArray> tags = entityTags(ifMatch);
        // Strong comparison: a weak tag in the list matches nothing.
        if (!tags.contains("*") && !QList<QByteArray>(tags).contains(tag))
            return HttpResponse::error(412);
    } else if (const auto since = parseHttpDate(request.header("if-unmodified-since"));
               since && modified > *since) {
        return HttpResponse::error(412);
    }
    const QByteArray ifNoneMatch = request.header("if-none-match");
    bool notModified = false;
    if (!ifNoneMatch.isEmpty())
        notModified = matchesAny(ifNoneMatch, tag);
    else if (const auto since = parseHttpDate(request.header("if-modified-since")))
        notModified = modified <= *since;
    if (!notModified)
        return std::nullopt;
    HttpResponse r;
    r.status = 304;
    addValidators(r, image);
    r.noContentLength = true;
    return r;
}
} // namespace

QString urlName(const FirmwareImage &image)
{
    QString name;
    for (const QChar c : image.fileName) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
            c == u'.' || c == u'-' || c == u'_';
        name.append(safe ? c : u'_');
    }
    if (name.startsWith(u'.'))
        name.prepend(u'_');
    if (name.size() > 64) {
        // Keep the extension: phones and people go by it.
        const qsizetype dot = name.lastIndexOf(u'.');
        const QString extension = dot > 0 && name.size() - dot <= 8 ? name.mid(dot) : QString();
        name = name.left(64 - extension.size()) + extension;
    }
    return name.isEmpty() ? QStringLiteral("firmware") : name;
}

QString path(const QString &mac, const FirmwareImage &image)
{
    return QStringLiteral("/firmware/%1/%2/%3").arg(mac.toLower(), image.sha256, urlName(image));
}

QString phoneUrl(const QString &baseUrl, const QString &mac, const FirmwareImage &image)
{
    if (baseUrl.isEmpty())
        return {};
    QString url = baseUrl;
    if (!url.endsWith(u'/'))
        url.append(u'/');
    if (image.vendor == FirmwareVendor::Poly)
        return url + QStringLiteral("firmware/%1/%2/sip.ld").arg(mac.toLower(), image.sha256);
    return url + path(mac, image).mid(1);
}

std::optional<Target> parseTarget(const QByteArray &requestTarget)
{
    QByteArray target = requestTarget;
    if (const qsizetype q = target.indexOf('?'); q >= 0)
        target.truncate(q);
    const QRegularExpressionMatch m = targetShape().match(QString::fromLatin1(target));
    if (!m.hasMatch() || target.contains(".."))
        return std::nullopt;
    return Target {m.captured(1).toLower(), m.captured(2), m.captured(3)};
}

QByteArray etag(const FirmwareImage &image)
{
    return '"' + image.sha256.toLatin1() + '"';
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

std::optional<QDateTime> parseHttpDate(const QByteArray &text)
{
    const QString value = QString::fromLatin1(text.trimmed());
    if (value.isEmpty())
        return std::nullopt;
    // IMF-fixdate, the only form a sender may generate (RFC 9110 5.6.7).
    QDateTime t = QLocale::c().toDateTime(value, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!t.isValid())
        return std::nullopt;
    t.setTimeZone(QTimeZone::utc());
    return t;
}

std::optional<ByteRange> parseRange(const QByteArray &header, qint64 size)
{
    const QByteArray value = header.trimmed();
    if (value.size() < 6 || value.left(6).toLower() != "bytes=")
        return std::nullopt;
    const QByteArray spec = value.mid(6).trimmed();
    if (spec.contains(','))
        return std::nullopt; // several ranges: the whole image instead (allowed, 14.2)
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return std::nullopt;
    const QByteArray firstText = spec.left(dash).trimmed();
    const QByteArray lastText = spec.mid(dash + 1).trimmed();
    ByteRange range;
    if (firstText.isEmpty()) { // suffix: the last N bytes
        if (!isDigits(lastText))
            return std::nullopt;
        const qint64 suffix = lastText.toLongLong();
        if (suffix == 0 || size == 0) {
            range.unsatisfiable = true;
            return range;
        }
        range.length = std::min(suffix, size);
        range.first = size - range.length;
        return range;
    }
    if (!isDigits(firstText) || (!lastText.isEmpty() && !isDigits(lastText)))
        return std::nullopt;
    const qint64 first = firstText.toLongLong();
    if (!lastText.isEmpty() && lastText.toLongLong() < first)
        return std::nullopt; // invalid, so ignored
    const qint64 last = lastText.isEmpty() ? size - 1 : lastText.toLongLong();
    if (first >= size) {
        range.unsatisfiable = true;
        return range;
    }
    range.first = first;
    range.length = std::min(last, size - 1) - first + 1;
    return range;
}

HttpResponse respond(const HttpRequest &request, const FirmwareImage &image, const QString &filePath)
{
    if (auto answer = preconditions(request, image))
        return *answer;
    HttpResponse r;
    addValidators(r, image);
    r.addHeader("Content-Type", "application/octet-stream");
    r.filePath = filePath;
    r.fileOffset = 0;
    r.fileLength = image.size;
    // Ranges are defined for GET only (RFC 9110 14.2); an If-Range that does not hold asks for all.
    const QByteArray rangeHeader = request.header("range");
    const QByteArray ifRange = request.header("if-range");
    if (request.method != "GET" || rangeHeader.isEmpty() ||
        (!ifRange.isEmpty() && !ifRangeHolds(ifRange, image)))
        return r;
    const std::optional<ByteRange> range = parseRange(rangeHeader, image.size);
    if (!range)
        return r;
    if (range->unsatisfiable) {
        HttpResponse refused = HttpResponse::error(416);
        refused.close = false;
        refused.addHeader("Content-Range", "bytes */" + QByteArray::number(image.size));
        return refused;
    }
    r.status = 206;
    r.fileOffset = range->first;
    r.fileLength = range->length;
    r.addHeader("Content-Range",
                "bytes " + QByteArray::number(range->first) + '-' +
                    QByteArray::number(range->first + range->length - 1) + '/' +
                    QByteArray::number(image.size));
    return r;
}

} // namespace PhoneDesk::FirmwareServing
