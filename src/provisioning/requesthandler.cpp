#include "requesthandler.h"

#include "firmwarecache.h"
#include "firmwareserving.h"
#include "useragent.h"

#include <QRegularExpression>

#include <cctype>

namespace PhoneDesk {

namespace {
const QByteArray NotFoundBody = "Not Found\n";

// Only names we generate can match: "<12 hex>.cfg", "<12 hex>-phonedesk.cfg", "<12 hex>-directory.xml".
const QRegularExpression &perPhoneName()
{
    static const QRegularExpression re(
        QStringLiteral("^([0-9a-fA-F]{12})(\\.cfg|-phonedesk\\.cfg|-directory\\.xml)$"));
    return re;
}

// An optional prefix of plain segments (a phone configured with https://host/prov/) and a file name.
const QRegularExpression &pathShape()
{
    static const QRegularExpression re(
        QStringLiteral("^((?:/[A-Za-z0-9_-]{1,64}){0,4})/([A-Za-z0-9_-][A-Za-z0-9._-]{0,63})$"));
    return re;
}
} // namespace

QByteArray HttpResponse::reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 304:
        return "Not Modified";
    case 412:
        return "Precondition Failed";
    case 416:
        return "Range Not Satisfiable";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

HttpResponse HttpResponse::error(int status)
{
    HttpResponse r;
    r.status = status;
    r.body = status == 404 ? NotFoundBody : reason(status) + '\n';
    r.addHeader("Content-Type", "text/plain");
    // Anything but 404/401 means the stream may be out of step: close it.
    r.close = status != 404 && status != 401;
    return r;
}

QByteArray HttpResponse::serialize(bool headOnly, bool keepAlive) const
{
    QByteArray out;
    out.reserve(256 + (headOnly ? 0 : body.size()));
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (!noContentLength)
        out += "Content-Length: " + QByteArray::number(fileLength >= 0 ? fileLength : body.size()) + "\r\n";
    out += "Cache-Control: " + cacheControl + "\r\nX-Content-Type-Options: nosniff\r\n";
    out += (keepAlive && !close) ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    if (!headOnly)
        out += body;
    return out;
}

RequestHandler::RequestHandler(const ProvisioningSettings &settings, DeviceDirectory &directory,
                               AbuseGuard &guard, DigestAuthenticator &digest, FirmwareCache *firmware)
    : m_settings(settings)
    , m_directory(directory)
    , m_guard(guard)
    , m_digest(digest)
    , m_firmware(firmware)
{ }

bool RequestHandler::certificateNamesMac(const QStringList &names, const QString &mac)
{
    for (const QString &name : names) {
        QString compact;
        compact.reserve(name.size());
        for (const QChar c : name) {
            if (c != u':' && c != u'-' && c != u'.')
                compact.append(c.toLower());
        }
        // The MAC must stand alone or be delimited: "0004f2abcdef" or "SEP0004f2abcdef", not inside a longer
        // hex run.
        qsizetype at = compact.indexOf(mac);
        while (at >= 0) {
            const bool leftOk = at == 0 || !isxdigit(compact.at(at - 1).toLatin1());
            const qsizetype end = at + mac.size();
            const bool rightOk = end == compact.size() || !isxdigit(compact.at(end).toLatin1());
            if (leftOk && rightOk)
                return true;
            at = compact.indexOf(mac, at + 1);
        }
    }
    return false;
}

RequestOutcome RequestHandler::refuse(RequestOutcome outcome, const ClientIdentity &client,
                                      const QString &result, bool countFailure)
{
    if (countFailure)
        m_guard.recordFailure(client.address);
    // Without the database a phone missing from the directory may have been added, and
    // credentials that do not match may have been changed, since it was loaded: not "not found",
    // but "ask again later". Known phones with matching credentials are still served from it.
    static const QStringList dependsOnDatabase = {
        QStringLiteral("unknown-mac"),
        QStringLiteral("bad-credentials"),
        QStringLiteral("unauthenticated"),
        QStringLiteral("user-agent-vendor-mismatch"),
        QStringLiteral("user-agent-mac-mismatch"),
        QStringLiteral("user-agent-model-mismatch"),
        QStringLiteral("no-such-file"),
        QStringLiteral("no-such-firmware"),
    };
    if (!m_directory.databaseReachable() && dependsOnDatabase.contains(result)) {
        outcome.response = HttpResponse::error(503);
        outcome.response.addHeader("Retry-After", QByteArray::number(DatabaseRetryAfterSeconds));
        outcome.result = result + QStringLiteral("-database-unavailable");
        return outcome;
    }
    outcome.response = HttpResponse::error(404);
    outcome.result = result;
    return outcome;
}

QString RequestHandler::requestedMac(const QByteArray &requestTarget)
{
    QByteArray target = requestTarget;
    if (const qsizetype q = target.indexOf('?'); q >= 0)
        target.truncate(q);
    if (target.contains("..") || target.contains('%') || target.contains('\\'))
        return {};
    const QRegularExpressionMatch shape = pathShape().match(QString::fromLatin1(target));
    if (!shape.hasMatch())
        return {};
    const QRegularExpressionMatch name = perPhoneName().match(shape.captured(2));
    return name.hasMatch() ? name.captured(1).toLower() : QString();
}

bool RequestHandler::certificateIdentifies(const ClientIdentity &client, const QString &mac)
{
    return !mac.isEmpty() && client.hasCertificate && client.certificateValid &&
        certificateNamesMac(client.certificateNames, mac);
}

RequestOutcome RequestHandler::handle(const HttpRequest &request, const ClientIdentity &client)
{
    RequestOutcome out = decide(request, client);
    // Without the database a MAC missing from the directory may be a phone added meanwhile:
    // not put into quarantine (it is, if still unknown, when it asks again).
    if (out.quarantine && !m_directory.databaseReachable())
        out.quarantine = false;
    return out;
}

RequestOutcome RequestHandler::decide(const HttpRequest &request, const ClientIdentity &client)
{
    RequestOutcome out;
    // The failure budget is for requests that do not prove who they are: a phone with a valid
    // device certificate for the MAC it asks for is served even while others behind the same
    // address (a NATed site) have used the budget up.
    if (!m_guard.allowed(client.address) && !certificateIdentifies(client, requestedMac(request.target))) {
        out.response = HttpResponse::error(429);
        out.response.addHeader("Retry-After", "60");
        out.result = QStringLiteral("rate-limited");
        return out;
    }
    const bool head = request.method == "HEAD";
    if (request.method != "GET" && !head) {
        // Phones upload logs and override files with PUT; nothing of theirs is stored here.
        out.response = HttpResponse::error(405);
        out.response.addHeader("Allow", "GET, HEAD");
        out.response.close = true;
        out.result = QStringLiteral("method-refused");
        return out;
    }

    if (m_firmware && request.target.startsWith("/firmware/"))
        return decideFirmware(request, client, std::move(out));
    QByteArray target = request.target;
    if (const qsizetype q = target.indexOf('?'); q >= 0)
        target.truncate(q);
    // Percent-encoding, backslashes and dot segments never name a file we serve: the same 404 as
    // any other unknown name, and no decoding that could turn them into one.
    const QRegularExpressionMatch shape = pathShape().match(QString::fromLatin1(target));
    if (!shape.hasMatch() || target.contains("..") || target.contains('%') || target.contains('\\'))
        return refuse(out, client, QStringLiteral("bad-path"), true);
    const QString fileName = shape.captured(2);
    out.file = fileName;

    if (auto shared = m_directory.sharedFile(fileName)) {
        out.response.addHeader("Content-Type", shared->contentType);
        out.response.body = shared->body;
        out.result = QStringLiteral("served-shared");
        return out;
    }

    const QRegularExpressionMatch name = perPhoneName().match(fileName);
    if (!name.hasMatch())
        return refuse(out, client, QStringLiteral("unknown-file"), true);
    const QString mac = name.captured(1).toLower();
    const QString canonical = mac + name.captured(2);
    out.mac = mac;
    const QString userAgent = QString::fromUtf8(request.header("user-agent").left(512));
    const UserAgentInfo ua = parseUserAgent(userAgent);
    out.firmware = ua.firmware;
    out.modelId = ua.modelId;

    const std::shared_ptr<const DeviceEntry> entry = m_directory.find(mac);
    // Authentication first, so that an unknown MAC and a known one without valid credentials get
    // the same answer (no oracle for enumeration): no credentials -> 401 challenge (Digest on) or
    // 404; wrong credentials or unknown MAC -> 404.
    if (!authenticate(request, client, entry, name.captured(2), out))
        return out;
    if (!entry) {
        out.quarantine = true;
        return refuse(out, client, QStringLiteral("unknown-mac"), true);
    }

    if (!userAgentFits(ua, *entry, client, out))
        return out;

    const auto file = entry->files.constFind(canonical);
    if (file == entry->files.constEnd())
        return refuse(out, client, QStringLiteral("no-such-file"), false);
    out.response.addHeader("Content-Type", file->contentType);
    out.response.body = file->body;
    out.phoneId = entry->phoneId;
    out.hash = entry->hash;
    out.result = QStringLiteral("served");
    return out;
}

// The User-Agent must be the vendor of the phone on record, and name the same MAC and model where it
// says.
bool RequestHandler::userAgentFits(const UserAgentInfo &ua, const DeviceEntry &entry,
                                   const ClientIdentity &client, RequestOutcome &out)
{
    const char *mismatch = nullptr;
    if (ua.renderer != entry.renderer)
        mismatch = "user-agent-vendor-mismatch";
    else if (!ua.mac.isEmpty() && ua.mac != out.mac)
        mismatch = "user-agent-mac-mismatch";
    else if (!ua.modelId.isEmpty() && ua.modelId != entry.modelId)
        mismatch = "user-agent-model-mismatch";
    if (!mismatch)
        return true;
    out = refuse(std::move(out), client, QString::fromLatin1(mismatch), true);
    return false;
}

RequestOutcome RequestHandler::decideFirmware(const HttpRequest &request, const ClientIdentity &client,
                                              RequestOutcome out)
{
    const auto target = FirmwareServing::parseTarget(request.target);
    if (!target)
        return refuse(out, client, QStringLiteral("bad-path"), true);
    out.mac = target->mac;
    out.file = target->name;
    const UserAgentInfo ua = parseUserAgent(QString::fromUtf8(request.header("user-agent").left(512)));
    out.firmware = ua.firmware;
    out.modelId = ua.modelId;
    const std::shared_ptr<const DeviceEntry> entry = m_directory.find(target->mac);
    // Exactly the checks of a configuration file; an unknown MAC asking for firmware is not put
    // into quarantine (it has not asked for a configuration).
    const bool authenticated = authenticate(request, client, entry, QStringLiteral("-directory.xml"), out);
    out.quarantine = false;
    if (!authenticated)
        return out;
    if (!entry)
        return refuse(out, client, QStringLiteral("unknown-mac"), true);
    if (!userAgentFits(ua, *entry, client, out))
        return out;
    // The image must be in the library, under this name (an application of a Poly package in the
    // package's folder), and for the phone's model.
    const std::optional<FirmwareCache::Entry> image = m_firmware->resolve(target->sha256, target->name);
    if (!image || !image->image.models.contains(entry->modelId))
        return refuse(out, client, QStringLiteral("no-such-firmware"), false);
    if (image->state != FirmwareCache::State::Ready) {
        m_firmware->request(image->image.sha256);
        out.response = HttpResponse::error(503);
        out.response.close = false;
        out.response.addHeader("Retry-After", QByteArray::number(FirmwareRetryAfterSeconds));
        out.result = QStringLiteral("firmware-caching");
        return out;
    }
    out.response = FirmwareServing::respond(request, image->image, image->path);
    out.phoneId = entry->phoneId;
    out.firmwareImageId = image->image.id;
    out.firmwareSha256 = image->image.sha256;
    out.firmwareVersion = image->image.version;
    out.result = QStringLiteral("served-firmware");
    return out;
}

bool RequestHandler::authenticate(const HttpRequest &request, const ClientIdentity &client,
                                  const std::shared_ptr<const DeviceEntry> &entry, const QString &suffix,
                                  RequestOutcome &out)
{
    const bool identified = certificateIdentifies(client, out.mac);
    const QByteArray authorization = request.header("authorization");
    bool authenticated = false;
    if (client.hasCertificate && !identified) {
        if (!entry)
            out.quarantine = suffix != QLatin1String("-directory.xml");
        out = refuse(std::move(out), client, QStringLiteral("certificate-mismatch"), true);
        return false;
    }
    if (identified) {
        authenticated = true;
    } else if (m_settings.digest && !authorization.isEmpty()) {
        if (!verifyDigest(request, authorization, client, entry, out))
            return false;
        authenticated = true;
    } else if (m_settings.allowUnauthenticated) {
        authenticated = entry != nullptr;
    }
    if (authenticated)
        return true;

    if (!entry)
        out.quarantine = suffix != QLatin1String("-directory.xml");
    if (m_settings.digest) {
        // The challenge is the normal first step of every fetch, so it costs half a failure,
        // the same for known and unknown MACs: bulk enumeration still runs out of budget,
        // and the budget says nothing about which MACs exist.
        out.response = HttpResponse::error(401);
        m_guard.recordFailure(client.address, 0.5);
        for (const QByteArray &challenge : m_digest.challenges())
            out.response.addHeader("WWW-Authenticate", challenge);
        out.result = QStringLiteral("challenge");
        return false;
    }
    out =
        refuse(std::move(out), client, QString::fromLatin1(entry ? "unauthenticated" : "unknown-mac"), true);
    return false;
}

bool RequestHandler::verifyDigest(const HttpRequest &request, const QByteArray &authorization,
                                  const ClientIdentity &client,
                                  const std::shared_ptr<const DeviceEntry> &entry, RequestOutcome &out)
{
    const auto credentials = DigestAuthenticator::parse(authorization);
    if (!credentials || credentials->username.toLower() != out.mac.toLatin1()) {
        if (!entry)
            out.quarantine = true;
        out = refuse(std::move(out), client, QStringLiteral("bad-credentials"), true);
        return false;
    }
    // Unknown MACs are checked against a throw-away secret so the work (and time) is the same.
    const QString secret = entry ? entry->secret : QStringLiteral("\x01unknown");
    const auto verdict = m_digest.verify(*credentials, request.method, request.target, secret);
    if (verdict == DigestAuthenticator::Verdict::Stale) {
        out.response = HttpResponse::error(401);
        for (const QByteArray &challenge : m_digest.challenges(true))
            out.response.addHeader("WWW-Authenticate", challenge);
        out.result = QStringLiteral("stale-nonce");
        return false;
    }
    if (verdict != DigestAuthenticator::Verdict::Ok || !entry) {
        if (!entry)
            out.quarantine = true;
        out = refuse(std::move(out), client, QString::fromLatin1(entry ? "bad-credentials" : "unknown-mac"),
                     true);
        return false;
    }
    return true;
}

} // namespace PhoneDesk
