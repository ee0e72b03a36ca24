#include "redirectionservice.h"

#include "polyztpservice.h"
#include "yealinkrpsservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace PhoneDesk {

namespace {

// Retry-After: delay-seconds or an HTTP-date (RFC 9110, 10.2.3).
std::optional<qint64> retryAfterMs(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
}

// A service that names a very long wait is still asked again within a day.
constexpr qint64 MaxRetryAfterMs = 24 * 3600 * 1000;
// A 429 without Retry-After.
constexpr qint64 DefaultRetryAfterMs = 60 * 1000;

} // namespace

bool RedirectionServiceConfig::configured() const
{
    if (!enabled || key.isEmpty())
        return false;
    return service != QLatin1String(YealinkRpsServiceId) || !secret.isEmpty();
}

QString HttpAnswer::message() const
{
    if (json.isObject()) {
        const QJsonObject o = json.toObject();
        for (const char *field : {"message", "error_description", "errorInfo", "msg", "error"}) {
            if (const QJsonValue v = o.value(QLatin1String(field)); v.isString() && !v.toString().isEmpty())
                return v.toString();
        }
    }
    return QString::fromUtf8(body.left(200)).simplified();
}

QString HttpAnswer::summary() const
{
    if (status == 0)
        return error;
    const QString words = message();
    return words.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                           : QStringLiteral("HTTP %1: %2").arg(status).arg(words);
}

RedirectionService::RedirectionService(RedirectionServiceConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

RedirectionService::~RedirectionService() = default;

QUrl RedirectionService::baseUrl() const
{
    return m_config.baseUrl.isEmpty() ? RedirectionServices::defaultBaseUrl(m_config.service)
                                      : m_config.baseUrl;
}

QNetworkRequest RedirectionService::request(const QString &path, const QString &query) const
{
    QUrl url = baseUrl();
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest r(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_config.caCertificates.isEmpty())
        tls.addCaCertificates(m_config.caCertificates);
    r.setSslConfiguration(tls);
    r.setTransferTimeout(m_config.timeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("PhoneDesk/" PHONEDESK_VERSION));
    r.setRawHeader("Accept", "application/json");
    return r;
}

void RedirectionService::send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
                              Answered answered)
{
    QNetworkRequest r = request;
    if (!body.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(r, verb, body);
    connect(reply, &QNetworkReply::finished, this, [reply, answered = std::move(answered)] {
        reply->deleteLater();
        HttpAnswer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        if (a.status == 0) {
            a.error = reply->errorString();
            // Refused or unresolved: it never left. A timeout or a reset after sending: it may have.
            const auto e = reply->error();
            a.mayHaveArrived = e != QNetworkReply::ConnectionRefusedError &&
                e != QNetworkReply::HostNotFoundError && e != QNetworkReply::SslHandshakeFailedError &&
                e != QNetworkReply::OperationCanceledError;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(a.body, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            a.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        if (reply->hasRawHeader("Retry-After"))
            a.retryAfterMs = retryAfterMs(reply->rawHeader("Retry-After"));
        answered(a);
    });
}

RedirectionOutcome RedirectionService::outcome(const RedirectionDevice &device, RedirectionOutcome::Kind kind,
                                               const QString &reason, const QString &detail)
{
    RedirectionOutcome o;
    o.rowId = device.rowId;
    o.kind = kind;
    o.reason = reason;
    o.detail = detail;
    return o;
}

RedirectionBatchResult RedirectionService::failed(const QList<RedirectionDevice> &devices,
                                                  const HttpAnswer &a)
{
    using Kind = RedirectionOutcome::Kind;
    RedirectionBatchResult result;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString detail = a.summary();
    auto everyDevice = [&](Kind kind, const QString &reason, const QDateTime &retryAt = {},
                           bool inDoubt = false) {
        for (const RedirectionDevice &d : devices) {
            RedirectionOutcome o = outcome(d, kind, reason, detail);
            o.retryAt = retryAt;
            o.inDoubt = inDoubt || d.inDoubt;
            result.outcomes.append(o);
        }
    };
    if (a.status == 401) {
        everyDevice(Kind::Refused, RedirectionReason::Unauthorized);
        result.pausedUntilReconfigured = true;
        result.pauseReason = RedirectionReason::Unauthorized;
    } else if (a.status == 403) {
        everyDevice(Kind::Refused, RedirectionReason::Forbidden);
    } else if (a.status == 429) {
        // Not processed: sent again as it is once the service says so.
        const qint64 wait = std::min(a.retryAfterMs.value_or(DefaultRetryAfterMs), MaxRetryAfterMs);
        result.pausedUntil = now.addMSecs(wait);
        result.pauseReason = RedirectionReason::RateLimited;
        everyDevice(Kind::Retry, RedirectionReason::RateLimited, result.pausedUntil);
    } else if (a.status >= 500 || a.status == 0) {
        // Maybe processed: the rows stay marked sent and are looked up before they go again.
        ++m_failuresInRow;
        const qint64 backoff = std::min<qint64>(
            qint64(m_config.retryBaseMs) << std::min(m_failuresInRow - 1, 20), m_config.retryMaxMs);
        const qint64 wait =
            a.retryAfterMs ? std::min(std::max(*a.retryAfterMs, backoff), MaxRetryAfterMs) : backoff;
        result.pausedUntil = now.addMSecs(wait);
        result.pauseReason = a.status == 0 ? RedirectionReason::Network : RedirectionReason::ServerError;
        everyDevice(Kind::Retry, result.pauseReason, result.pausedUntil, a.status != 0 || a.mayHaveArrived);
    } else {
        everyDevice(Kind::Refused, RedirectionReason::Refused);
    }
    result.pauseDetail = detail;
    return result;
}

namespace {
// eachGroup(): the groups one after the other, kept alive by the callback in flight.
struct EachRun : std::enable_shared_from_this<EachRun>
{
    QObject *context = nullptr;
    QList<QList<RedirectionDevice>> groups;
    qsizetype next = 0;
    RedirectionBatchResult result;
    RedirectionService::Group group;
    RedirectionService::Done done;

    bool paused() const { return result.pausedUntil.isValid() || result.pausedUntilReconfigured; }

    void step()
    {
        if (next < groups.size() && !paused()) {
            const QList<RedirectionDevice> &g = groups.at(next++);
            group(g, [self = shared_from_this()](const RedirectionBatchResult &part) { self->merge(part); });
            return;
        }
        // What was not sent waits for the pause: a refused key fails it, a wait delays it.
        for (qsizetype i = next; i < groups.size(); ++i) {
            for (const RedirectionDevice &d : groups.at(i)) {
                RedirectionOutcome o = RedirectionService::outcome(d,
                                                                   result.pausedUntilReconfigured
                                                                       ? RedirectionOutcome::Kind::Refused
                                                                       : RedirectionOutcome::Kind::Retry,
                                                                   result.pauseReason, result.pauseDetail);
                o.retryAt = result.pausedUntil;
                o.inDoubt = d.inDoubt;
                result.outcomes.append(o);
            }
        }
        QTimer::singleShot(0, context, [done = done, result = result] { done(result); });
    }

    void merge(const RedirectionBatchResult &part)
    {
        result.outcomes.append(part.outcomes);
        if (part.pausedUntil.isValid() || part.pausedUntilReconfigured) {
            result.pausedUntil = part.pausedUntil;
            result.pausedUntilReconfigured = part.pausedUntilReconfigured;
            result.pauseReason = part.pauseReason;
            result.pauseDetail = part.pauseDetail;
        }
        step();
    }
};
} // namespace

void RedirectionService::eachGroup(const QList<QList<RedirectionDevice>> &groups, Group group, Done done)
{
    auto run = std::make_shared<EachRun>();
    run->context = this;
    run->groups = groups;
    run->group = std::move(group);
    run->done = std::move(done);
    run->step();
}

void RedirectionService::eachDevice(const QList<RedirectionDevice> &devices, One one, Done done)
{
    QList<QList<RedirectionDevice>> groups;
    groups.reserve(devices.size());
    for (const RedirectionDevice &d : devices)
        groups.append({d});
    eachGroup(
        groups,
        [one = std::move(one)](const QList<RedirectionDevice> &g, Done next) {
            one(g.first(), std::move(next));
        },
        std::move(done));
}

// --- the registry -------------------------------------------------------------------------

namespace RedirectionServices {

QString forVendor(const QString &vendor)
{
    if (vendor == QLatin1String("Poly"))
        return QString::fromLatin1(PolyZtpServiceId);
    if (vendor == QLatin1String("Yealink"))
        return QString::fromLatin1(YealinkRpsServiceId);
    return {};
}

QStringList all()
{
    return {QString::fromLatin1(PolyZtpServiceId), QString::fromLatin1(YealinkRpsServiceId)};
}

QUrl defaultBaseUrl(const QString &service)
{
    if (service == QLatin1String(PolyZtpServiceId))
        return QUrl(QStringLiteral("https://api.ztp.poly.com/v1"));
    if (service == QLatin1String(YealinkRpsServiceId))
        return QUrl(QStringLiteral("https://us-api.ymcs.yealink.com"));
    return {};
}

std::unique_ptr<RedirectionService> create(const RedirectionServiceConfig &config)
{
    if (config.service == QLatin1String(PolyZtpServiceId))
        return std::make_unique<PolyZtpService>(config);
    if (config.service == QLatin1String(YealinkRpsServiceId))
        return std::make_unique<YealinkRpsService>(config);
    return nullptr;
}

} // namespace RedirectionServices

} // namespace PhoneDesk
