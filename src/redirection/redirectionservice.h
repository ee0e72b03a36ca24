#pragma once

// A vendor's redirection service: the cloud a factory-new phone asks for its provisioning server
// when DHCP gives it none (Poly Zero Touch Provisioning, Yealink RPS). One implementation per
// vendor, on QNetworkAccessManager; RedirectionWorker drives them with batches of rows. Every call
// answers once, from the event loop, with one outcome per device it was given; a failure of the
// whole request (401, 429, 5xx, no answer) becomes each device's outcome and, where it concerns
// the service as a whole, a pause. Another vendor (AudioCodes …) is a new subclass and an entry in
// RedirectionServices::create().

#include "redirectionrepository.h"
#include "result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QNetworkRequest>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace PhoneDesk {

// How to reach one service: where, with which credentials. The console keeps the credentials in the
// OS keychain, phonedesk-server in its environment file; never the database.
struct RedirectionServiceConfig
{
    QString service; // PolyZtpServiceId, YealinkRpsServiceId
    bool enabled = false;
    QUrl baseUrl; // empty: the vendor's (RedirectionServices::defaultBaseUrl)
    QString key; // Poly: the API key; Yealink: the AccessKey ID
    QString secret; // Yealink: the AccessKey secret
    QList<QSslCertificate> caCertificates; // trusted besides the system's (an on-premises YMCS)
    int timeoutMs = 30000; // per request
    int retryBaseMs = 5000; // first wait after a 5xx or no answer; doubles per failure in a row
    int retryMaxMs = 15 * 60 * 1000;

    // Enabled, with the credentials the service needs: only then is anything sent.
    bool configured() const;
    bool operator==(const RedirectionServiceConfig &) const = default;
};

// One row as the service sees it.
struct RedirectionDevice
{
    Id rowId = 0;
    QString mac; // 12 lower-case hex digits
    QString serialNumber;
    QString url; // where the service is to send the phone
    QString remoteId;
    bool inDoubt = false; // a request for it may have been processed: check before sending again
};

// The answer to one HTTP request, as the clients look at it.
struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QJsonValue json; // the body parsed, when it is JSON
    QString error; // no answer: why (connection, TLS, timeout)
    std::optional<qint64> retryAfterMs; // from Retry-After
    bool mayHaveArrived = false; // no answer, but the request may have been sent in full

    bool success() const { return status >= 200 && status < 300; }
    // The service's own words: "message", "error_description", "errorInfo"… or the body.
    QString message() const;
    // "HTTP 503: <message>", or the network error.
    QString summary() const;
};

struct RedirectionBatchResult
{
    QList<RedirectionOutcome> outcomes; // one per device given
    // Nothing more is sent to this service before `pausedUntil`; `pausedUntilReconfigured`: until
    // its configuration changes (its credentials were refused).
    QDateTime pausedUntil;
    bool pausedUntilReconfigured = false;
    QString pauseReason; // RedirectionReason
    QString pauseDetail;
};

class RedirectionService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedirectionService)

public:
    using Done = std::function<void(RedirectionBatchResult)>;
    using Tested = std::function<void(Result<QString>)>;

    RedirectionService(RedirectionServiceConfig config, QObject *parent = nullptr);
    ~RedirectionService() override;

    const RedirectionServiceConfig &config() const { return m_config; }
    QString id() const { return m_config.service; }
    QString displayName() const { return redirectionServiceName(m_config.service); }

    // The most devices one registration (removal) request takes.
    virtual int registerBatchLimit() const = 0;
    virtual int removeBatchLimit() const = 0;
    // Registers the devices with their URLs. A device already registered here counts as done
    // (and is moved when it points elsewhere); `inDoubt` devices are looked up first.
    virtual void registerDevices(const QList<RedirectionDevice> &devices, Done done) = 0;
    // Removes them; one the service does not know counts as removed.
    virtual void removeDevices(const QList<RedirectionDevice> &devices, Done done) = 0;
    // One harmless request with the credentials: a sentence saying what the service answered.
    virtual void testConnection(Tested done) = 0;

    // The base URL in use (the configured one, else the vendor's).
    QUrl baseUrl() const;

    static RedirectionOutcome outcome(const RedirectionDevice &device, RedirectionOutcome::Kind kind,
                                      const QString &reason = {}, const QString &detail = {});
    using One = std::function<void(const RedirectionDevice &, Done)>;
    using Group = std::function<void(const QList<RedirectionDevice> &, Done)>;

protected:
    using Answered = std::function<void(const HttpAnswer &)>;
    // A request to the base URL + `path` (+ `query`) with the service's TLS settings and timeout,
    // no redirects followed (the credentials go to the configured host only).
    QNetworkRequest request(const QString &path, const QString &query = {}) const;
    void send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
              Answered answered);

    // What every device of a request that failed as a whole gets (and the pause it means).
    RedirectionBatchResult failed(const QList<RedirectionDevice> &devices, const HttpAnswer &answer);
    // After a success: the next failure waits retryBaseMs again.
    void succeeded() { m_failuresInRow = 0; }

    // Runs `one` for each device in turn and answers with all outcomes. Once a device's answer
    // pauses the service, the devices after it are not sent: they wait for the same time.
    void eachDevice(const QList<RedirectionDevice> &devices, One one, Done done);
    // The same for groups of devices that go in one request each.
    void eachGroup(const QList<QList<RedirectionDevice>> &groups, Group group, Done done);

private:
    RedirectionServiceConfig m_config;
    QNetworkAccessManager *m_network;
    int m_failuresInRow = 0;
};

namespace RedirectionServices {

// The service of a catalog vendor ("Poly" → poly-ztp, "Yealink" → yealink-rps); empty for none.
QString forVendor(const QString &vendor);
// Every service PhoneDesk knows.
QStringList all();
QUrl defaultBaseUrl(const QString &service);
// A client for `config.service`; nullptr for an unknown one.
std::unique_ptr<RedirectionService> create(const RedirectionServiceConfig &config);

} // namespace RedirectionServices

} // namespace PhoneDesk
