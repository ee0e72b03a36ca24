#pragma once

// A simulated fleet of SIP desk phones on loopback, for the demo, tests and benchmarks.
//
// Address scheme: phone i has its own IPv4 loopback address, 127.1.0.1 + i skipping .0 and .255
// (127.1.0.1 ... 127.1.0.254, 127.1.1.1, ...), and every phone uses the same SIP port and REST
// port. One UDP socket and one TCP listener bound to the wildcard address serve all phones: the
// destination address of each datagram or connection says which phone is meant, and answers are
// sent from that address (IP_PKTINFO). 50,000 phones thus need 2 file descriptors, and each phone
// has a distinct "host:port" a phone record can hold. Linux routes all of 127.0.0.0/8 to the
// loopback interface; traffic from anything but loopback is dropped.
//
// Provisioning client: a phone fetches <url>/<mac>.cfg (and, for a Poly master file, the files its
// CONFIG_FILES names) from its own address, on a check-sync NOTIFY, after a reboot and, with
// FleetConfig::fetchOnStart, once at start as a phone out of the box does. It authenticates with a
// client certificate and/or HTTP Digest (its own secret) and checks the server against a CA when
// given one. Fetches are queued fleet-wide with a bound on how many run at once.
//
// Firmware: a fetched Yealink or AudioCodes configuration whose firmware URL (static.firmware.url,
// provisioning/firmware/url) names, by its vendor's file-name convention, a version other than the
// one the phone runs makes the phone download it over HTTPS with the credentials of its fetches,
// resume with a Range request after a cut connection, check the size (and the SHA-256 when the
// ETag is one), reboot, and come back announcing the new version in its User-Agent ({version}).
//
// Check-sync: "reboot=true" reboots, "reboot=false" fetches. A plain "check-sync" is what a Poly
// phone's files make of it: with voIpProt.SIP.specialEvent.checkSync.alwaysReboot="1" it reboots,
// otherwise it fetches and reboots only when the files differ from those of its last fetch.

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <memory>

namespace PhoneDesk::PhoneSim {

struct FleetConfig
{
    int phones = 100;
    quint16 sipPort = 0; // 0 = a free port
    quint16 restPort = 0; // 0 = a free port; Poly-style HTTPS REST API
    bool rest = true;
    double loss = 0.0; // probability a request is ignored (both directions folded into one)
    double dead = 0.0; // share of phones that never answer (chosen by seed)
    double garbage = 0.0; // probability an answer is replaced by garbage bytes
    int latencyMs = 0; // answer delay
    int rebootSilenceMs = 5000; // how long a rebooting phone is silent
    int answerCode = 200; // final answer to OPTIONS
    QString provisioningUrl; // base URL; check-sync makes the phone GET <url>/<mac>.cfg
    QHash<int, QString>
        provisioningUrls; // per phone index, over provisioningUrl (sites with their own servers)
    QString restPassword = QStringLiteral("456"); // Basic auth "Polycom:<password>" (Poly's default)
    QString userAgent = QStringLiteral("PolycomVVX-VVX_450-UA/6.4.3.2000");
    quint32 seed = 1;
    // PEM; empty = a self-signed one made in-process with libcrypto (the openssl command only in
    // builds without OpenSSL's headers)
    QString certificatePath;
    QString keyPath;

    // Provisioning client.
    bool fetchOnStart = false; // first contact: every live phone fetches its configuration at start
    int bootSpreadMs = 0; // first-contact fetches begin at seeded random times within this window
    int fetchConcurrency = 32; // fetches in flight at most, fleet-wide (first contact and check-sync)
    int fetchTimeoutMs = 10000; // per HTTP request
    // Empty: "FileTransport <userAgent> Type/Application" (Poly). {mac}, {MAC} and {mac:} are
    // replaced by the phone's MAC (0004f2000001, 0004F2000001, 00:04:f2:00:00:01): Yealink and
    // AudioCodes phones name their MAC in the User-Agent, Poly phones do not.
    QString provisioningUserAgent;
    QHash<int, QString> provisioningUserAgents; // per phone index, over provisioningUserAgent (a mixed fleet)
    QString caPath; // PEM CA(s) the server's certificate must chain to; empty = not verified
    // PEM certificate and key every phone presents; the server accepts it only for phones it names.
    QString clientCertificatePath;
    QString clientKeyPath;
    // Per-phone certificates: <dir>/<mac>.pem with <dir>/<mac>.key, used over the one above.
    QString clientCertificateDirectory;
    QHash<QString, QString> digestSecrets; // MAC (12 lower-case hex digits) -> the phone's Digest secret
    QString saveDirectory; // received files are written to <dir>/<mac>/<file name>
    QString firmwareVersion; // what every phone runs at start; {version} in the User-Agent
    // Poly phones: the part number whose application (<part number>.sip.ld) a phone asks for in
    // the folder of its master file's APP_FILE_PATH before a combined sip.ld. Empty: sip.ld only.
    QString polyPartNumber;
};

struct PhoneState
{
    int options = 0;
    // OPTIONS per source (address:port of the prober): which pollers probe the phone, how often.
    QHash<QString, int> optionsFrom;
    int notifies = 0;
    int reboots = 0;
    int resyncs = 0;
    int fetches = 0; // completed provisioning fetches (every file asked for was served)
    int fetchErrors = 0;
    int restCalls = 0;
    bool dead = false;
    bool rebooting = false;
    QByteArray lastEvent;
    int lastFetchStatus = 0; // 200, or the HTTP status that ended the last fetch; 0 = no HTTP answer
    QStringList lastFetchFiles; // files received by the last fetch, in the order fetched
    QString lastFetchError; // why the last fetch failed (HTTP status, TLS or network error)
    QString firmware; // the version the phone runs
    int firmwareRequests = 0; // HTTP requests for firmware bytes (a resumed download makes two)
    int firmwareUpdates = 0; // downloads completed and verified (installed or not)
    QString lastFirmwareError; // why the last download failed; empty when it did not
};

struct FleetStats
{
    quint64 received = 0;
    quint64 answered = 0;
    quint64 dropped = 0; // loss, dead, rebooting
    quint64 garbage = 0;
    quint64 malformed = 0;
};

class Fleet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Fleet)

public:
    explicit Fleet(QObject *parent = nullptr);
    ~Fleet() override;

    Result<void> start(const FleetConfig &config);
    void stop();
    bool isRunning() const;

    const FleetConfig &config() const { return m_config; }
    int size() const { return m_config.phones; }
    quint16 sipPort() const { return m_sipPort; }
    quint16 restPort() const { return m_restPort; }

    static QHostAddress addressOf(int index); // 127.1.0.1 + index, skipping .0/.255
    static int indexOf(const QHostAddress &address); // -1 when not a fleet address
    QString sipAddress(int index) const; // "127.1.0.5:5062"
    static QString macAddress(int index); // "0004f2" + 6 hex digits (Poly OUI)

    // SHA-256 of the REST listener's certificate (DER), for pinning.
    QByteArray certificateSha256() const;
    QSslCertificate certificate() const { return m_certificate; }

    // "index,mac,sip_address,rest_address" lines with a header row.
    Result<void> writeCsv(const QString &path) const;

    void setDead(int index, bool dead);
    void setAnswerCode(int index, int code); // per phone, over FleetConfig::answerCode
    void setRestPassword(int index, const QString &password);
    // As if the phone's files set checkSync.alwaysReboot="1": a plain check-sync reboots it (its
    // next fetch decides again).
    void setCheckSyncReboots(int index, bool reboots);
    // The phone's first firmware download is cut (the connection aborted) after `bytes` body bytes;
    // it resumes with a Range request. 0: not cut.
    void setFirmwareCutAfter(int index, qint64 bytes);
    // A failed update: the phone downloads and reboots but comes back on the version it ran (and
    // does not download that URL again).
    void setFirmwareUpdateFails(int index, bool fails);
    PhoneState phone(int index) const;
    FleetStats stats() const { return m_stats; }

    // Queues a configuration fetch for the phone (as a check-sync NOTIFY would).
    void fetchConfiguration(int index);
    // The User-Agent the phone sends to the provisioning server.
    QString provisioningUserAgent(int index) const;
    // True when every first-contact fetch has ended (at once without FleetConfig::fetchOnStart).
    bool firstContactFinished() const;

signals:
    // The phone is back from a reboot (and fetches its configuration, with a provisioning URL).
    void rebooted(int index);
    // A check-sync NOTIFY without reboot told the phone to fetch its configuration (it does, with
    // a provisioning URL).
    void resyncRequested(int index);
    void configFetched(int index, int httpStatus);
    // A firmware download ended: verified (`error` empty; the phone reboots next) or not.
    void firmwareDownloaded(int index, const QString &version, const QString &error);
    // Every live phone has made its first-contact fetch (FleetConfig::fetchOnStart).
    void firstContactDone();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    FleetConfig m_config;
    quint16 m_sipPort = 0;
    quint16 m_restPort = 0;
    QSslCertificate m_certificate;
    QSslKey m_key;
    FleetStats m_stats;

    friend struct Impl;
};

} // namespace PhoneDesk::PhoneSim
