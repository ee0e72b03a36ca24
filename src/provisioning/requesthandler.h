#pragma once

// Decides the answer to one provisioning request: which file, for which phone, after checking the
// User-Agent, the client certificate and Digest credentials. Pure and thread-safe: the worker
// threads call it; what must reach the database comes back as events.

#include "abuseguard.h"
#include "devicedirectory.h"
#include "digestauth.h"
#include "httprequestparser.h"
#include "provisioningsettings.h"

#include <QDateTime>
#include <QHostAddress>
#include <QStringList>

namespace PhoneDesk {

struct HttpResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool close = false;
    // A body streamed from a file (firmware) instead of `body`: `fileLength` bytes from
    // `fileOffset`. -1: the body is `body`.
    QString filePath;
    qint64 fileOffset = 0;
    qint64 fileLength = -1;
    QByteArray cacheControl = "no-store";
    bool noContentLength = false; // 304

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }

    QByteArray serialize(bool headOnly, bool keepAlive) const;
    static QByteArray reason(int status);
    static HttpResponse error(int status);
};

struct ClientIdentity
{
    QHostAddress address;
    bool hasCertificate = false;
    bool certificateValid = false; // issued by the device CA (checked by the TLS layer)
    QStringList certificateNames; // subject CN, serial number and subjectAltNames
};

// What the server must remember about a request.
struct RequestOutcome
{
    HttpResponse response;
    QString mac;
    QString file;
    QString result; // short word for the access log: "served", "unknown-mac", "bad-credentials" ...
    Id phoneId = 0; // set when a phone was served: record the fetch
    QString firmware;
    QString hash;
    QString modelId; // from the User-Agent
    bool quarantine = false; // an unknown MAC asked for its configuration
    // A firmware image to stream (response.filePath): recorded as a download once it ends, never
    // as a configuration fetch.
    Id firmwareImageId = 0;
    QString firmwareSha256;
    QString firmwareVersion;
};

class FirmwareCache;
struct UserAgentInfo;

class RequestHandler final
{
public:
    // Retry-After of the 503 answers given while the database cannot be reached.
    static constexpr int DatabaseRetryAfterSeconds = 30;
    // Retry-After while a firmware image is being copied into the server's cache.
    static constexpr int FirmwareRetryAfterSeconds = 10;

    RequestHandler(const ProvisioningSettings &settings, DeviceDirectory &directory, AbuseGuard &guard,
                   DigestAuthenticator &digest, FirmwareCache *firmware = nullptr);

    RequestOutcome handle(const HttpRequest &request, const ClientIdentity &client);

    // True when the certificate names identify `mac` (any notation; e.g. CN=00:04:f2:ab:cd:ef).
    static bool certificateNamesMac(const QStringList &names, const QString &mac);
    // True when the client presented a valid device certificate (issued by the device CA) naming `mac`.
    static bool certificateIdentifies(const ClientIdentity &client, const QString &mac);
    // The MAC (lower case) of a per-phone file the target names; empty for anything else.
    static QString requestedMac(const QByteArray &target);

private:
    // /firmware/<mac>/<sha256>/<name>: the phone's own credentials, as for its files.
    RequestOutcome decideFirmware(const HttpRequest &request, const ClientIdentity &client,
                                  RequestOutcome out);
    // False (with `out` the refusal) when the User-Agent is not of the phone on record.
    bool userAgentFits(const UserAgentInfo &ua, const DeviceEntry &entry, const ClientIdentity &client,
                       RequestOutcome &out);
    RequestOutcome decide(const HttpRequest &request, const ClientIdentity &client);
    // True when the request proves it comes from the phone `out.mac` names (a device certificate,
    // Digest credentials, or a known MAC where unauthenticated fetches are allowed); otherwise
    // `out` holds the answer. `suffix` is the file name's after the MAC.
    bool authenticate(const HttpRequest &request, const ClientIdentity &client,
                      const std::shared_ptr<const DeviceEntry> &entry, const QString &suffix,
                      RequestOutcome &out);
    // True when the Digest credentials in `authorization` are the phone's; otherwise `out` holds
    // the answer.
    bool verifyDigest(const HttpRequest &request, const QByteArray &authorization,
                      const ClientIdentity &client, const std::shared_ptr<const DeviceEntry> &entry,
                      RequestOutcome &out);
    RequestOutcome refuse(RequestOutcome outcome, const ClientIdentity &client, const QString &result,
                          bool countFailure);

    ProvisioningSettings m_settings;
    DeviceDirectory &m_directory;
    AbuseGuard &m_guard;
    DigestAuthenticator &m_digest;
    FirmwareCache *m_firmware;
};

} // namespace PhoneDesk
