#include "fleet.h"

#include "digestparams.h"
#include "firmwareformat.h"
#include "sipmessage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QUdpSocket>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
#include <deque>
#include <optional>
#include <vector>

#ifdef Q_OS_LINUX
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

#ifdef PHONEDESK_PHONESIM_OPENSSL
#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#else
#include <QProcess>
#include <QTemporaryDir>
#endif

namespace PhoneDesk::PhoneSim {

namespace {

constexpr quint32 FirstAddress = (127u << 24) | (1u << 16); // 127.1.0.0
constexpr qsizetype MaxHttpRequest = 64 * 1024;
constexpr qsizetype MaxHttpAnswer = 4 * 1024 * 1024;

QSslKey loadKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            return key;
    }
    return {};
}

struct Credentials
{
    QSslCertificate certificate;
    QSslKey key;
};

#ifdef PHONEDESK_PHONESIM_OPENSSL
QString openSslError()
{
    char text[256] = {};
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (!code)
        return QCoreApplication::translate("PhoneDesk::PhoneSim", "unknown OpenSSL error");
    ERR_error_string_n(code, text, sizeof(text));
    return QString::fromLatin1(text);
}

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

// A self-signed P-256 certificate (CN=phonedesk-phonesim, 30 days) made in this process through
// libcrypto: the fleet needs no openssl command on the PATH. Clients pin it (no name checks).
Result<Credentials> makeCertificate()
{
    auto fail = [](const QString &step) {
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("PhoneDesk::PhoneSim", "Could not make the REST certificate (%1): %2")
                .arg(step, openSslError()));
    };
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> context(
        EVP_PKEY_CTX_new_id(EVP_PKEY_EC, nullptr), EVP_PKEY_CTX_free);
    EVP_PKEY *rawKey = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) <= 0 ||
        EVP_PKEY_CTX_set_ec_paramgen_curve_nid(context.get(), NID_X9_62_prime256v1) <= 0 ||
        EVP_PKEY_keygen(context.get(), &rawKey) <= 0)
        return fail(QStringLiteral("key"));
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(rawKey, EVP_PKEY_free);

    std::unique_ptr<X509, decltype(&X509_free)> certificate(X509_new(), X509_free);
    if (!certificate)
        return fail(QStringLiteral("certificate"));
    X509 *x = certificate.get();
    X509_NAME *name = X509_get_subject_name(x);
    const long serial = long(QRandomGenerator::system()->bounded(1u, 0x7fffffffu));
    if (X509_set_version(x, 2) != 1 || ASN1_INTEGER_set(X509_get_serialNumber(x), serial) != 1 ||
        !X509_gmtime_adj(X509_getm_notBefore(x), -3600) ||
        !X509_gmtime_adj(X509_getm_notAfter(x), 30L * 24 * 3600) ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>("phonedesk-phonesim"), -1, -1,
                                   0) != 1 ||
        X509_set_issuer_name(x, name) != 1 || X509_set_pubkey(x, key.get()) != 1)
        return fail(QStringLiteral("certificate"));
    X509V3_CTX v3;
    X509V3_set_ctx_nodb(&v3);
    X509V3_set_ctx(&v3, x, x, nullptr, nullptr, 0);
    const std::pair<const char *, const char *> extensions[] = {
        {"basicConstraints", "critical,CA:FALSE"},
        {"keyUsage", "critical,digitalSignature"},
        {"extendedKeyUsage", "serverAuth"},
    };
    for (const auto &[extName, extValue] : extensions) {
        X509_EXTENSION *extension = X509V3_EXT_conf(nullptr, &v3, extName, extValue);
        const bool added = extension && X509_add_ext(x, extension, -1) == 1;
        X509_EXTENSION_free(extension);
        if (!added)
            return fail(QString::fromLatin1(extName));
    }
    if (X509_sign(x, key.get(), EVP_sha256()) <= 0)
        return fail(QStringLiteral("signature"));

    std::unique_ptr<BIO, decltype(&BIO_free)> certPem(BIO_new(BIO_s_mem()), BIO_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> keyPem(BIO_new(BIO_s_mem()), BIO_free);
    if (!certPem || !keyPem || PEM_write_bio_X509(certPem.get(), x) != 1 ||
        PEM_write_bio_PrivateKey(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return fail(QStringLiteral("PEM"));
    Credentials out {QSslCertificate(drain(certPem.get()), QSsl::Pem),
                     QSslKey(drain(keyPem.get()), QSsl::Ec, QSsl::Pem)};
    if (out.certificate.isNull() || out.key.isNull())
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("PhoneDesk::PhoneSim",
                                                       "The REST certificate made with OpenSSL could not "
                                                       "be loaded by Qt's TLS backend."));
    return out;
}
#else
// Built without OpenSSL's headers (libssl-dev): the certificate comes from the openssl command.
Result<Credentials> makeCertificate()
{
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=phonedesk-phonesim"), QStringLiteral("-keyout"),
                   dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem"))});
    if (!openssl.waitForFinished(20000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        const QString why = openssl.error() == QProcess::FailedToStart
            ? QCoreApplication::translate("PhoneDesk::PhoneSim", "the openssl command was not found")
            : QString::fromLocal8Bit(openssl.readAllStandardError()).trimmed();
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate(
                "PhoneDesk::PhoneSim",
                "This build has no OpenSSL library support (OpenSSL's headers were missing when it was "
                "built), so the REST API's certificate is made with the openssl command, which failed: "
                "%1. Install openssl, build with OpenSSL's headers (libssl-dev), or turn the REST API "
                "off (--no-rest).")
                .arg(why));
    }
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    Credentials out;
    if (certFile.open(QIODevice::ReadOnly))
        out.certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    if (keyFile.open(QIODevice::ReadOnly))
        out.key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    return out;
}
#endif

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("PhoneDesk::PhoneSim", "Cannot read %1: %2")
                     .arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

// A file name the phone may ask for and store: no paths, no URLs.
bool isPlainFileName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"));
    return re.match(name).hasMatch() && !name.contains(QLatin1String(".."));
}

// The per-phone files a Poly master configuration file names in CONFIG_FILES (comma-separated,
// [PHONE_MAC_ADDRESS] standing for the phone's MAC). Only plain names on the same server are
// followed; anything else (URLs, paths) is left out.
// A Poly master file's APP_FILE_PATH; empty when `body` is no master file.
QString polyAppFilePath(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() != QLatin1String("APPLICATION"))
            return {};
        return xml.attributes().value(QLatin1String("APP_FILE_PATH")).toString().trimmed();
    }
    return {};
}

// The version a Poly application names in its first bytes ("UC Software 6.4.6.2156"). Poly does
// not document the header of a sip.ld; the simulation's test images carry the version so.
QString polyApplicationVersion(const QByteArray &head)
{
    static const QRegularExpression re(QStringLiteral(R"(UC Software (\d+(?:\.\d+){2,3}))"));
    return re.match(QString::fromLatin1(head)).captured(1);
}

QStringList polyConfigFiles(const QByteArray &body, const QString &mac)
{
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() != QLatin1String("APPLICATION"))
            return {}; // not a master file
        QStringList files;
        const QString list = xml.attributes().value(QLatin1String("CONFIG_FILES")).toString();
        for (QString name : list.split(u',', Qt::SkipEmptyParts)) {
            name = name.trimmed().replace(QLatin1String("[PHONE_MAC_ADDRESS]"), mac);
            if (isPlainFileName(name) && !files.contains(name))
                files.append(name);
        }
        return files;
    }
    return {};
}

struct HttpAnswer
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;

    QList<QByteArray> values(const QByteArray &name) const
    {
        QList<QByteArray> out;
        for (const auto &[n, v] : headers) {
            if (n == name)
                out.append(v);
        }
        return out;
    }
};

// Parses what the server sent. `complete` says whether the answer is all there: the body reached
// its Content-Length, or, without one, the server `closed` the connection.
std::optional<HttpAnswer> parseAnswer(const QByteArray &data, bool closed, bool *complete)
{
    *complete = false;
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0 || !data.startsWith("HTTP/1."))
        return std::nullopt;
    HttpAnswer answer;
    const QList<QByteArray> lines = data.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
    bool ok = false;
    answer.status = statusLine.value(1).toInt(&ok);
    if (!ok)
        return std::nullopt;
    qsizetype length = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        answer.headers.append({name, value});
        if (name == "content-length")
            length = value.toLongLong();
    }
    answer.body = data.mid(end + 4);
    if (length >= 0 && answer.body.size() >= length) {
        answer.body.truncate(length);
        *complete = true;
    } else if (length < 0) {
        *complete = closed;
    }
    return answer;
}

// One WWW-Authenticate: Digest challenge (RFC 7616).
struct DigestChallenge
{
    QByteArray realm;
    QByteArray nonce;
    QByteArray opaque;
    QByteArray algorithm = "MD5";
    bool qopAuth = false;
    bool stale = false;
};

std::optional<DigestChallenge> parseChallenge(const QByteArray &header)
{
    const auto params = parseDigestParams(header);
    if (!params)
        return std::nullopt;
    DigestChallenge c;
    bool hasQop = false;
    for (const auto &[name, value] : *params) {
        if (name == "realm")
            c.realm = value;
        else if (name == "nonce")
            c.nonce = value;
        else if (name == "opaque")
            c.opaque = value;
        else if (name == "algorithm")
            c.algorithm = value.toUpper();
        else if (name == "stale")
            c.stale = value.toLower() == "true";
        else if (name == "qop") {
            hasQop = true;
            for (const QByteArray &q : value.split(','))
                c.qopAuth = c.qopAuth || q.trimmed().toLower() == "auth";
        }
    }
    if (c.nonce.isEmpty() || (c.algorithm != "MD5" && c.algorithm != "SHA-256") || (hasQop && !c.qopAuth))
        return std::nullopt;
    return c;
}

// The strongest challenge this client can answer (SHA-256 over MD5).
std::optional<DigestChallenge> chooseChallenge(const QList<QByteArray> &headers)
{
    std::optional<DigestChallenge> best;
    for (const QByteArray &h : headers) {
        auto c = parseChallenge(h);
        if (c && (!best || (c->algorithm == "SHA-256" && best->algorithm != "SHA-256")))
            best = c;
    }
    return best;
}

QByteArray digestHash(const QByteArray &algorithm, const QByteArray &data)
{
    return QCryptographicHash::hash(
               data, algorithm == "SHA-256" ? QCryptographicHash::Sha256 : QCryptographicHash::Md5)
        .toHex();
}

// Sends from the phone's own address. Qt's QNetworkDatagram::setSender() is not honoured for
// IPv4 on every version, so on Linux this uses sendmsg() with IP_PKTINFO directly.
bool sendFrom(QUdpSocket *socket, const QNetworkDatagram &datagram)
{
#ifdef Q_OS_LINUX
    const QByteArray data = datagram.data();
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_port = htons(quint16(datagram.destinationPort()));
    to.sin_addr.s_addr = htonl(datagram.destinationAddress().toIPv4Address());
    iovec iov {const_cast<char *>(data.constData()), size_t(data.size())};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(in_pktinfo))] = {};
    msghdr msg {};
    msg.msg_name = &to;
    msg.msg_namelen = sizeof(to);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof(control);
    cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
    cmsg->cmsg_level = IPPROTO_IP;
    cmsg->cmsg_type = IP_PKTINFO;
    cmsg->cmsg_len = CMSG_LEN(sizeof(in_pktinfo));
    in_pktinfo info {};
    info.ipi_spec_dst.s_addr = htonl(datagram.senderAddress().toIPv4Address());
    std::memcpy(CMSG_DATA(cmsg), &info, sizeof(info));
    return ::sendmsg(int(socket->socketDescriptor()), &msg, MSG_DONTWAIT) == data.size();
#else
    return socket->writeDatagram(datagram) >= 0;
#endif
}

// The REST listener hands each accepted descriptor to a QSslSocket (Qt 6.4 lacks QSslServer on
// every platform we build for, and this works on all of them).
class TlsListener final : public QTcpServer
{
public:
    TlsListener() { setProxy(QNetworkProxy::NoProxy); }

    std::function<void(qintptr)> onConnection;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (onConnection)
            onConnection(descriptor);
    }
};
} // namespace

struct Fleet::Impl
{
    struct Phone
    {
        PhoneState state;
        qint64 silentUntilMs = 0;
        int answerCode = 0; // 0 = fleet default
        QString restPassword;
        enum class Fetch : quint8 { Idle, Queued, Running };
        Fetch fetch = Fetch::Idle;
        bool fetchAgain = false; // asked to fetch while a fetch was running
        bool firstContactOwed = false;
        // A Poly phone (alwaysReboot=0) restarts on a plain check-sync only when the files it
        // fetched differ from the ones it holds.
        bool rebootIfChanged = false;
        QByteArray heldFiles; // hash of the files of the last complete fetch
        bool alwaysReboot = false; // its files set checkSync.alwaysReboot="1"
        qint64 firmwareCutAfter = 0; // one-shot: abort the next download after this many bytes
        bool firmwareFails = false; // come back on the old version
        bool downloading = false;
        QString failedFirmwareUrl; // an update that failed: not tried again
        QString installedApplicationUrl; // Poly: the APP_FILE_PATH whose application it runs
    };
    // One phone's fetch: <mac>.cfg, then what a master file names, one request per connection.
    struct FetchJob
    {
        int index = 0;
        quint64 generation = 0;
        QString mac;
        QByteArray userAgent;
        QStringList files; // still to fetch; the first is being fetched
        QStringList received;
        QSslCertificate certificate;
        QSslKey key;
        QString secret;
        std::optional<DigestChallenge> challenge;
        quint32 nonceCount = 0;
        int challengesAnswered = 0; // for the current file
        QByteArray filesHash; // of the names and contents received so far
        bool alwaysReboot = false;
        QString firmwareUrl; // the firmware URL the configuration names
    };
    // One firmware download: the bytes are hashed as they arrive, never kept.
    struct Download
    {
        FetchJob auth; // the phone's identity and Digest state
        QUrl url;
        QString configUrl; // the URL the configuration names (Poly: APP_FILE_PATH, a sip.ld)
        QString version; // Poly: empty until the application's first bytes name it
        bool poly = false;
        bool combinedNext = false; // Poly: <part number>.sip.ld answered 404, sip.ld is next
        bool alreadyRunning = false; // Poly: the application is the version the phone runs
        QByteArray head; // Poly: the first bytes, for the version
        qint64 received = 0;
        qint64 total = -1;
        QByteArray etag;
        QCryptographicHash hash {QCryptographicHash::Sha256};
        int attempts = 0;
    };
    struct Delayed
    {
        qint64 dueMs;
        QNetworkDatagram datagram;
    };

    Fleet *q;
    QUdpSocket *udp = nullptr;
    TlsListener *rest = nullptr;
    std::vector<Phone> phones;
    QRandomGenerator rng;
    std::deque<Delayed> delayed;
    QTimer delayTimer;
    QElapsedTimer clock;
    QByteArray toTag = SipWire::newToken(4);

    // Provisioning client.
    QUrl provisioningBase;
    QHash<int, QUrl> provisioningBases; // per phone, over provisioningBase
    const QUrl &baseFor(int index) const
    {
        const auto it = provisioningBases.constFind(index);
        return it != provisioningBases.cend() ? *it : provisioningBase;
    }
    QSslConfiguration fetchSsl;
    bool verifyServer = false;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    std::deque<int> fetchQueue;
    int fetchesRunning = 0;
    quint64 generation = 0; // bumped by stop(): answers to an earlier run are dropped
    QSet<QSslSocket *> fetchSockets;
    std::vector<std::pair<qint64, int>> bootOrder; // (ms after start, phone) for the first contact
    size_t bootNext = 0;
    qint64 bootStartMs = 0;
    QTimer bootTimer;
    int firstContactLeft = 0;

    explicit Impl(Fleet *fleet)
        : q(fleet)
    {
        clock.start();
    }

    bool chance(double p) { return p > 0 && rng.generateDouble() < p; }
    bool silent(const Phone &p) const
    {
        return p.state.dead || (p.silentUntilMs > 0 && clock.elapsed() < p.silentUntilMs);
    }

    void readSip();
    void handleSip(const QNetworkDatagram &in);
    void send(QNetworkDatagram datagram);
    void flushDelayed();
    QByteArray garbageFor(const SipMessage &request);
    void reboot(int index);

    Result<void> setUpProvisioningClient(const FleetConfig &config);
    void scheduleFirstContact();
    void releaseBoots();
    void enqueueFetch(int index);
    void pumpFetches();
    void startFetch(int index);
    void sendFetchRequest(const std::shared_ptr<FetchJob> &job);
    void onFetchAnswer(const std::shared_ptr<FetchJob> &job, const HttpAnswer &answer);
    void endFetch(const std::shared_ptr<FetchJob> &job, int status, const QString &error);
    void settleFirstContact(Phone &phone);
    QByteArray digestAuthorization(FetchJob &job, const QByteArray &uri);
    QString saveReceived(const FetchJob &job, const QString &name, const QByteArray &body) const;
    void stopFetches();
    void maybeUpdateFirmware(int index, const QString &url);
    // A download by phone `index` with the credentials of its fetches.
    std::shared_ptr<Download> newDownload(int index) const;
    void sendDownloadRequest(const std::shared_ptr<Download> &download);
    // Headers of a firmware answer: false when the download cannot go on (`error` says why).
    bool acceptDownloadHeaders(Download &download, const HttpAnswer &answer, QString *error);
    void endDownload(const std::shared_ptr<Download> &download, const QString &error);

    void acceptRest(qintptr descriptor);
    void serveRest(QSslSocket *socket, int index, const QByteArray &request);
};

Fleet::Fleet(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(this))
{ }

Fleet::~Fleet()
{
    stop();
}

QHostAddress Fleet::addressOf(int index)
{
    const quint32 block = quint32(index) / 254;
    const quint32 host = quint32(index) % 254 + 1;
    return QHostAddress(FirstAddress + block * 256 + host);
}

int Fleet::indexOf(const QHostAddress &address)
{
    bool ok = false;
    const quint32 a = address.toIPv4Address(&ok);
    if (!ok || a <= FirstAddress || (a >> 24) != 127)
        return -1;
    const quint32 offset = a - FirstAddress;
    const quint32 host = offset % 256;
    if (host == 0 || host == 255)
        return -1;
    return int((offset / 256) * 254 + host - 1);
}

QString Fleet::sipAddress(int index) const
{
    return addressOf(index).toString() + u':' + QString::number(m_sipPort);
}

QString Fleet::macAddress(int index)
{
    return QStringLiteral("0004f2") + QStringLiteral("%1").arg(index, 6, 16, QLatin1Char('0'));
}

bool Fleet::isRunning() const
{
    return d->udp != nullptr;
}

Result<void> Fleet::start(const FleetConfig &config)
{
    stop();
    if (config.phones < 1 || config.phones > 254 * 254 * 2)
        return Error::make(Error::Code::Validation,
                           QCoreApplication::translate("PhoneDesk::PhoneSim",
                                                       "The number of phones must be between 1 and %1.")
                               .arg(254 * 254 * 2));
    if (config.loss < 0 || config.loss > 1 || config.dead < 0 || config.dead > 1 || config.garbage < 0 ||
        config.garbage > 1)
        return Error::make(Error::Code::Validation,
                           QCoreApplication::translate("PhoneDesk::PhoneSim",
                                                       "Loss, dead and garbage are shares between 0 and 1."));
    m_config = config;
    d->rng.seed(config.seed);
    d->phones.assign(size_t(config.phones), {});
    for (Impl::Phone &p : d->phones) {
        p.state.dead = d->chance(config.dead);
        p.state.firmware = config.firmwareVersion;
    }
    if (auto client = d->setUpProvisioningClient(config); !client) {
        stop();
        return client;
    }

    // The wildcard address is what lets one socket answer for every 127.x address; non-loopback
    // senders are dropped in readSip().
    d->udp = new QUdpSocket(this);
    d->udp->setProxy(QNetworkProxy::NoProxy); // a phone's SIP socket; the desktop's proxy is not its
    if (!d->udp->bind(QHostAddress::AnyIPv4, config.sipPort)) {
        const QString message =
            QCoreApplication::translate("PhoneDesk::PhoneSim", "Cannot open SIP port %1: %2")
                .arg(config.sipPort)
                .arg(d->udp->errorString());
        stop();
        return Error::make(Error::Code::Network, message);
    }
    d->udp->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 8 * 1024 * 1024);
    d->udp->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 8 * 1024 * 1024);
    m_sipPort = d->udp->localPort();
    connect(d->udp, &QUdpSocket::readyRead, this, [this] { d->readSip(); });
    d->delayTimer.setSingleShot(true);
    d->delayTimer.setTimerType(Qt::PreciseTimer);
    connect(&d->delayTimer, &QTimer::timeout, this, [this] { d->flushDelayed(); });

    if (config.rest) {
        if (!config.certificatePath.isEmpty()) {
            QFile certFile(config.certificatePath);
            QFile keyFile(config.keyPath);
            if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
                stop();
                return Error::make(Error::Code::Io,
                                   QCoreApplication::translate("PhoneDesk::PhoneSim",
                                                               "Cannot read the certificate or key file."));
            }
            m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
            m_key = loadKey(keyFile.readAll());
        } else {
            auto made = makeCertificate();
            if (!made) {
                stop();
                return made.error();
            }
            m_certificate = made->certificate;
            m_key = made->key;
        }
        if (m_certificate.isNull() || m_key.isNull()) {
            stop();
            return Error::make(
                Error::Code::Io,
                QCoreApplication::translate("PhoneDesk::PhoneSim",
                                            "The REST certificate or key could not be loaded."));
        }
        d->rest = new TlsListener;
        d->rest->setParent(this);
        d->rest->onConnection = [this](qintptr descriptor) { d->acceptRest(descriptor); };
        if (!d->rest->listen(QHostAddress::AnyIPv4, config.restPort)) {
            const QString message =
                QCoreApplication::translate("PhoneDesk::PhoneSim", "Cannot open REST port %1: %2")
                    .arg(config.restPort)
                    .arg(d->rest->errorString());
            stop();
            return Error::make(Error::Code::Network, message);
        }
        m_restPort = d->rest->serverPort();
    }
    if (config.fetchOnStart)
        d->scheduleFirstContact();
    return {};
}

void Fleet::stop()
{
    d->stopFetches();
    delete d->udp;
    d->udp = nullptr;
    delete d->rest;
    d->rest = nullptr;
    d->delayed.clear();
    d->delayTimer.stop();
    m_sipPort = 0;
    m_restPort = 0;
}

QByteArray Fleet::certificateSha256() const
{
    return m_certificate.isNull() ? QByteArray() : m_certificate.digest(QCryptographicHash::Sha256);
}

Result<void> Fleet::writeCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("PhoneDesk::PhoneSim", "Cannot write %1: %2")
                               .arg(path, file.errorString()));
    file.write("index,mac,sip_address,rest_address\n");
    for (int i = 0; i < m_config.phones; ++i) {
        const QString line = QString::number(i) + u',' + macAddress(i) + u',' + sipAddress(i) + u',' +
            (m_restPort ? addressOf(i).toString() + u':' + QString::number(m_restPort) : QString()) + u'\n';
        file.write(line.toLatin1());
    }
    if (!file.commit())
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("PhoneDesk::PhoneSim", "Cannot write %1: %2")
                               .arg(path, file.errorString()));
    return {};
}

void Fleet::setDead(int index, bool dead)
{
    if (index >= 0 && size_t(index) < d->phones.size())
        d->phones[size_t(index)].state.dead = dead;
}

void Fleet::setAnswerCode(int index, int code)
{
    if (index >= 0 && size_t(index) < d->phones.size())
        d->phones[size_t(index)].answerCode = code;
}

void Fleet::setRestPassword(int index, const QString &password)
{
    if (index >= 0 && size_t(index) < d->phones.size())
        d->phones[size_t(index)].restPassword = password;
}

void Fleet::setCheckSyncReboots(int index, bool reboots)
{
    if (index >= 0 && size_t(index) < d->phones.size())
        d->phones[size_t(index)].alwaysReboot = reboots;
}

void Fleet::setFirmwareCutAfter(int index, qint64 bytes)
{
    if (index >= 0 && size_t(index) < d->phones.size())
        d->phones[size_t(index)].firmwareCutAfter = bytes;
}

void Fleet::setFirmwareUpdateFails(int index, bool fails)
{
    if (index >= 0 && size_t(index) < d->phones.size()) {
        d->phones[size_t(index)].firmwareFails = fails;
        d->phones[size_t(index)].failedFirmwareUrl.clear();
    }
}

PhoneState Fleet::phone(int index) const
{
    if (index < 0 || size_t(index) >= d->phones.size())
        return {};
    const Impl::Phone &p = d->phones[size_t(index)];
    PhoneState s = p.state;
    s.rebooting = p.silentUntilMs > 0 && d->clock.elapsed() < p.silentUntilMs;
    return s;
}

void Fleet::fetchConfiguration(int index)
{
    d->enqueueFetch(index);
}

QString Fleet::provisioningUserAgent(int index) const
{
    QString ua = m_config.provisioningUserAgents.contains(index)
        ? m_config.provisioningUserAgents.value(index)
        : m_config.provisioningUserAgent.isEmpty()
        ? QStringLiteral("FileTransport ") + m_config.userAgent + QStringLiteral(" Type/Application")
        : m_config.provisioningUserAgent;
    if (ua.contains(u'{')) {
        const QString mac = macAddress(index);
        QString colons;
        for (int i = 0; i < mac.size(); i += 2)
            colons += (i ? QStringLiteral(":") : QString()) + mac.mid(i, 2);
        ua.replace(QLatin1String("{mac}"), mac);
        ua.replace(QLatin1String("{MAC}"), mac.toUpper());
        ua.replace(QLatin1String("{mac:}"), colons);
        if (index >= 0 && size_t(index) < d->phones.size())
            ua.replace(QLatin1String("{version}"), d->phones[size_t(index)].state.firmware);
    }
    return ua;
}

bool Fleet::firstContactFinished() const
{
    return d->firstContactLeft == 0;
}

void Fleet::Impl::readSip()
{
    // Drained completely (see SipClient::onUdpReadyRead for why).
    while (udp && udp->hasPendingDatagrams()) {
        const QNetworkDatagram in = udp->receiveDatagram(SipMessage::MaxSize + 1);
        if (!in.isValid())
            break;
        handleSip(in);
    }
}

void Fleet::Impl::handleSip(const QNetworkDatagram &in)
{
    ++q->m_stats.received;
    if (!in.senderAddress().isLoopback())
        return; // a simulator answers loopback only
    const int index = indexOf(in.destinationAddress());
    if (index < 0 || size_t(index) >= phones.size()) {
        ++q->m_stats.dropped;
        return;
    }
    Phone &phone = phones[size_t(index)];
    if (silent(phone) || chance(q->m_config.loss)) {
        ++q->m_stats.dropped;
        return;
    }
    const auto request = SipMessage::parse(in.data());
    if (!request || request->isResponse) {
        ++q->m_stats.malformed;
        return;
    }

    QByteArray answer;
    bool rebootAfter = false;
    bool fetchAfter = false;
    const QList<SipHeader> ua {{QByteArrayLiteral("User-Agent"), q->m_config.userAgent.toLatin1()}};
    if (request->method == "OPTIONS") {
        ++phone.state.options;
        ++phone.state
              .optionsFrom[QStringLiteral("%1:%2").arg(in.senderAddress().toString()).arg(in.senderPort())];
        const int code = phone.answerCode ? phone.answerCode : q->m_config.answerCode;
        const QByteArray reason = code == 200 ? QByteArrayLiteral("OK")
            : code == 401                     ? QByteArrayLiteral("Unauthorized")
            : code == 404                     ? QByteArrayLiteral("Not Found")
            : code == 503                     ? QByteArrayLiteral("Service Unavailable")
                                              : QByteArrayLiteral("Status");
        QList<SipHeader> headers = ua;
        headers.append(
            {QByteArrayLiteral("Allow"), QByteArrayLiteral("INVITE, ACK, BYE, CANCEL, OPTIONS, NOTIFY")});
        answer = SipWire::buildResponse(*request, code, reason, toTag, headers);
    } else if (request->method == "NOTIFY") {
        ++phone.state.notifies;
        const QByteArray event = request->header("Event").trimmed();
        phone.state.lastEvent = event;
        if (!event.startsWith("check-sync")) {
            answer = SipWire::buildResponse(*request, 489, "Bad Event", toTag, ua);
        } else if (request->header("Subscription-State").isEmpty()) {
            answer = SipWire::buildResponse(*request, 400, "Missing Subscription-State", toTag, ua);
        } else {
            answer = SipWire::buildResponse(*request, 200, "OK", toTag, ua);
            // No reboot parameter: the phone decides (Poly: always with alwaysReboot="1", else
            // only when its files changed).
            const bool plain = !event.contains("reboot=");
            rebootAfter = event.contains("reboot=true") || (plain && phone.alwaysReboot);
            fetchAfter = !rebootAfter;
            phone.rebootIfChanged = fetchAfter && plain && baseFor(index).isValid();
        }
    } else {
        answer = SipWire::buildResponse(*request, 405, "Method Not Allowed", toTag, ua);
    }
    if (chance(q->m_config.garbage)) {
        ++q->m_stats.garbage;
        answer = garbageFor(*request);
    }

    QNetworkDatagram out(answer, in.senderAddress(), quint16(in.senderPort()));
    out.setSender(in.destinationAddress(), q->m_sipPort);
    send(std::move(out));
    if (rebootAfter) {
        ++phone.state.reboots;
        QTimer::singleShot(50, q, [this, index] { reboot(index); });
    } else if (fetchAfter) {
        ++phone.state.resyncs;
        QTimer::singleShot(10, q, [this, index] {
            emit q->resyncRequested(index);
            enqueueFetch(index);
        });
    }
}

QByteArray Fleet::Impl::garbageFor(const SipMessage &request)
{
    const QByteArray good = SipWire::buildResponse(
        request, 200, "OK", toTag, {{QByteArrayLiteral("User-Agent"), q->m_config.userAgent.toLatin1()}});
    switch (rng.bounded(5)) {
    case 0: { // random bytes
        QByteArray noise(int(rng.bounded(1, 400)), Qt::Uninitialized);
        for (char &c : noise)
            c = char(rng.bounded(256));
        return noise;
    }
    case 1: // truncated in the middle of the headers
        return good.left(good.size() / 2);
    case 2: { // right shape, wrong branch: must not complete the transaction
        QByteArray wrong = good;
        return wrong.replace(request.topBranch, SipWire::newBranch());
    }
    case 3: // huge: a 60 kB header
        return good.left(good.indexOf("\r\n") + 2) + "X-Padding: " + QByteArray(60000, 'x') + "\r\n" +
            good.mid(good.indexOf("\r\n") + 2);
    default: // status line of a different protocol
        return QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    }
}

void Fleet::Impl::send(QNetworkDatagram datagram)
{
    if (q->m_config.latencyMs <= 0) {
        sendFrom(udp, datagram);
        ++q->m_stats.answered;
        return;
    }
    delayed.push_back({clock.elapsed() + q->m_config.latencyMs, std::move(datagram)});
    if (!delayTimer.isActive())
        delayTimer.start(q->m_config.latencyMs);
}

void Fleet::Impl::flushDelayed()
{
    const qint64 now = clock.elapsed();
    while (!delayed.empty() && delayed.front().dueMs <= now) {
        sendFrom(udp, delayed.front().datagram);
        ++q->m_stats.answered;
        delayed.pop_front();
    }
    if (!delayed.empty())
        delayTimer.start(int(qMax<qint64>(1, delayed.front().dueMs - now)));
}

void Fleet::Impl::reboot(int index)
{
    Phone &phone = phones[size_t(index)];
    phone.silentUntilMs = clock.elapsed() + q->m_config.rebootSilenceMs;
    QTimer::singleShot(q->m_config.rebootSilenceMs, q, [this, index] {
        if (!udp)
            return;
        emit q->rebooted(index);
        // A phone fetches its configuration as it boots.
        enqueueFetch(index);
    });
}

Result<void> Fleet::Impl::setUpProvisioningClient(const FleetConfig &config)
{
    provisioningBase = QUrl();
    clientCertificate = QSslCertificate();
    clientKey = QSslKey();
    fetchSsl = QSslConfiguration::defaultConfiguration();
    verifyServer = false;
    auto invalid = [](const QString &message) { return Error::make(Error::Code::Validation, message); };
    provisioningBases.clear();
    // A simulator talks to loopback only (its phones fetch from their own 127.x address).
    const auto parseBase = [&](const QString &text) -> Result<QUrl> {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return invalid(QCoreApplication::translate(
                               "PhoneDesk::PhoneSim",
                               "The provisioning URL \"%1\" is not an http:// or https:// URL with a host.")
                               .arg(text));
        const QHostAddress host(url.host());
        if (url.host() != QLatin1String("localhost") && !host.isLoopback())
            return invalid(
                QCoreApplication::translate(
                    "PhoneDesk::PhoneSim",
                    "The provisioning URL \"%1\" must name a loopback address (127.0.0.1, [::1] or "
                    "localhost): simulated phones fetch on this computer only.")
                    .arg(text));
        return url;
    };
    for (auto it = config.provisioningUrls.cbegin(); it != config.provisioningUrls.cend(); ++it) {
        auto url = parseBase(it.value());
        if (!url)
            return url.error();
        provisioningBases.insert(it.key(), *url);
    }
    if (!config.provisioningUrl.isEmpty()) {
        auto url = parseBase(config.provisioningUrl);
        if (!url)
            return url.error();
        provisioningBase = *url;
    } else if (config.fetchOnStart && config.provisioningUrls.size() < config.phones) {
        return invalid(QCoreApplication::translate(
            "PhoneDesk::PhoneSim", "Fetching the configuration at start needs a provisioning URL."));
    }
    if (config.fetchConcurrency < 1 || config.fetchConcurrency > 10000)
        return invalid(QCoreApplication::translate(
            "PhoneDesk::PhoneSim", "The number of fetches at once must be between 1 and 10000."));
    if (config.bootSpreadMs < 0 || config.bootSpreadMs > 3600000)
        return invalid(QCoreApplication::translate("PhoneDesk::PhoneSim",
                                                   "The boot spread must be between 0 and 3600000 ms."));
    if (config.fetchTimeoutMs < 100)
        return invalid(
            QCoreApplication::translate("PhoneDesk::PhoneSim", "The fetch timeout must be at least 100 ms."));
    QString error;
    if (!config.caPath.isEmpty()) {
        const QByteArray pem = readFile(config.caPath, &error);
        if (!error.isEmpty())
            return Error::make(Error::Code::Io, error);
        const QList<QSslCertificate> cas = QSslCertificate::fromData(pem, QSsl::Pem);
        if (cas.isEmpty())
            return invalid(
                QCoreApplication::translate("PhoneDesk::PhoneSim", "The CA file %1 holds no PEM certificate.")
                    .arg(config.caPath));
        fetchSsl.setCaCertificates(cas);
        fetchSsl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        verifyServer = true;
    } else {
        // Like many phones out of the box: no CA to check the server against.
        fetchSsl.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    if (config.clientCertificatePath.isEmpty() != config.clientKeyPath.isEmpty())
        return invalid(QCoreApplication::translate(
            "PhoneDesk::PhoneSim", "A client certificate needs its key, and a key its certificate."));
    if (!config.clientCertificatePath.isEmpty()) {
        const QByteArray certificate = readFile(config.clientCertificatePath, &error);
        const QByteArray key = error.isEmpty() ? readFile(config.clientKeyPath, &error) : QByteArray();
        if (!error.isEmpty())
            return Error::make(Error::Code::Io, error);
        clientCertificate = QSslCertificate(certificate, QSsl::Pem);
        clientKey = loadKey(key);
        if (clientCertificate.isNull())
            return invalid(QCoreApplication::translate("PhoneDesk::PhoneSim", "%1 is not a PEM certificate.")
                               .arg(config.clientCertificatePath));
        if (clientKey.isNull())
            return invalid(QCoreApplication::translate("PhoneDesk::PhoneSim",
                                                       "%1 is not a PEM private key (or it is encrypted).")
                               .arg(config.clientKeyPath));
    }
    if (!config.clientCertificateDirectory.isEmpty() && !QFileInfo(config.clientCertificateDirectory).isDir())
        return invalid(QCoreApplication::translate("PhoneDesk::PhoneSim",
                                                   "The client certificate folder %1 does not exist.")
                           .arg(config.clientCertificateDirectory));
    if (!config.saveDirectory.isEmpty() && !QDir().mkpath(config.saveDirectory))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("PhoneDesk::PhoneSim", "Cannot create the folder %1.")
                               .arg(config.saveDirectory));
    return {};
}

void Fleet::Impl::scheduleFirstContact()
{
    // Phones power up over bootSpreadMs (seeded, so a run can be repeated); the fetch queue then
    // bounds how many talk to the server at once.
    bootOrder.clear();
    for (size_t i = 0; i < phones.size(); ++i) {
        if (phones[i].state.dead)
            continue; // a phone that never answers is switched off
        const qint64 due = q->m_config.bootSpreadMs > 0 ? qint64(rng.bounded(q->m_config.bootSpreadMs)) : 0;
        bootOrder.emplace_back(due, int(i));
        phones[i].firstContactOwed = true;
    }
    std::stable_sort(bootOrder.begin(), bootOrder.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    bootNext = 0;
    firstContactLeft = int(bootOrder.size());
    bootStartMs = clock.elapsed();
    bootTimer.setSingleShot(true);
    QObject::disconnect(&bootTimer, nullptr, q, nullptr);
    QObject::connect(&bootTimer, &QTimer::timeout, q, [this] { releaseBoots(); });
    if (bootOrder.empty())
        QTimer::singleShot(0, q, [this] { emit q->firstContactDone(); });
    else
        bootTimer.start(0); // from the event loop, so callers can connect to the signals first
}

void Fleet::Impl::releaseBoots()
{
    const qint64 now = clock.elapsed() - bootStartMs;
    while (bootNext < bootOrder.size() && bootOrder[bootNext].first <= now)
        enqueueFetch(bootOrder[bootNext++].second);
    if (bootNext < bootOrder.size())
        bootTimer.start(int(bootOrder[bootNext].first - now));
}

void Fleet::Impl::enqueueFetch(int index)
{
    if (!udp || index < 0 || size_t(index) >= phones.size() || !baseFor(index).isValid())
        return;
    Phone &phone = phones[size_t(index)];
    if (phone.fetch == Phone::Fetch::Queued)
        return;
    if (phone.fetch == Phone::Fetch::Running) {
        phone.fetchAgain = true; // the files may have changed since this fetch began
        return;
    }
    phone.fetch = Phone::Fetch::Queued;
    fetchQueue.push_back(index);
    pumpFetches();
}

void Fleet::Impl::pumpFetches()
{
    while (udp && fetchesRunning < q->m_config.fetchConcurrency && !fetchQueue.empty()) {
        const int index = fetchQueue.front();
        fetchQueue.pop_front();
        Phone &phone = phones[size_t(index)];
        if (phone.state.dead) { // switched off while waiting
            phone.fetch = Phone::Fetch::Idle;
            settleFirstContact(phone);
            continue;
        }
        startFetch(index);
    }
}

void Fleet::Impl::settleFirstContact(Phone &phone)
{
    if (!phone.firstContactOwed)
        return;
    phone.firstContactOwed = false;
    if (--firstContactLeft == 0)
        emit q->firstContactDone();
}

void Fleet::Impl::startFetch(int index)
{
    Phone &phone = phones[size_t(index)];
    phone.fetch = Phone::Fetch::Running;
    ++fetchesRunning;
    auto job = std::make_shared<FetchJob>();
    job->index = index;
    job->generation = generation;
    job->mac = macAddress(index);
    job->userAgent = q->provisioningUserAgent(index).toLatin1();
    job->files = {job->mac + QStringLiteral(".cfg")};
    job->secret = q->m_config.digestSecrets.value(job->mac);
    job->certificate = clientCertificate;
    job->key = clientKey;
    const QString dir = q->m_config.clientCertificateDirectory;
    if (!dir.isEmpty() && QFileInfo::exists(dir + u'/' + job->mac + QStringLiteral(".pem"))) {
        QString error;
        const QByteArray certificate = readFile(dir + u'/' + job->mac + QStringLiteral(".pem"), &error);
        const QByteArray key =
            error.isEmpty() ? readFile(dir + u'/' + job->mac + QStringLiteral(".key"), &error) : QByteArray();
        job->certificate = QSslCertificate(certificate, QSsl::Pem);
        job->key = loadKey(key);
        if (error.isEmpty() && (job->certificate.isNull() || job->key.isNull()))
            error = QCoreApplication::translate("PhoneDesk::PhoneSim",
                                                "The certificate or key of %1 in %2 cannot be loaded.")
                        .arg(job->mac, dir);
        if (!error.isEmpty()) {
            // Ended from the event loop: a whole fleet failing here must not recurse.
            QTimer::singleShot(0, q, [this, job, error] {
                if (job->generation == generation)
                    endFetch(job, 0, error);
            });
            return;
        }
    }
    sendFetchRequest(job);
}

QByteArray Fleet::Impl::digestAuthorization(FetchJob &job, const QByteArray &uri)
{
    const DigestChallenge &c = *job.challenge;
    const QByteArray user = job.mac.toLatin1();
    const QByteArray ha1 = digestHash(c.algorithm, user + ':' + c.realm + ':' + job.secret.toUtf8());
    const QByteArray ha2 = digestHash(c.algorithm, "GET:" + uri);
    QByteArray out = "Digest username=\"" + user + "\", realm=\"" + c.realm + "\", nonce=\"" + c.nonce +
        "\", uri=\"" + uri + "\", algorithm=" + c.algorithm;
    if (c.qopAuth) {
        const QByteArray nc = QByteArray::number(++job.nonceCount, 16).rightJustified(8, '0');
        const QByteArray cnonce = SipWire::newToken(8);
        out += ", qop=auth, nc=" + nc + ", cnonce=\"" + cnonce + "\", response=\"" +
            digestHash(c.algorithm, ha1 + ':' + c.nonce + ':' + nc + ':' + cnonce + ":auth:" + ha2) + '"';
    } else {
        out += ", response=\"" + digestHash(c.algorithm, ha1 + ':' + c.nonce + ':' + ha2) + '"';
    }
    if (!c.opaque.isEmpty())
        out += ", opaque=\"" + c.opaque + '"';
    return out;
}

void Fleet::Impl::sendFetchRequest(const std::shared_ptr<FetchJob> &job)
{
    const QUrl &base = baseFor(job->index);
    const bool tls = base.scheme() == QLatin1String("https");
    QString path = base.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    const QByteArray target = QUrl::toPercentEncoding(path + job->files.constFirst(), "/");
    QUrl authority = base;
    authority.setUserInfo({});
    QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: " + authority.authority().toLatin1() +
        "\r\nUser-Agent: " + job->userAgent + "\r\nAccept: */*\r\nConnection: close\r\n";
    if (job->challenge && !job->secret.isEmpty())
        request += "Authorization: " + digestAuthorization(*job, target) + "\r\n";
    request += "\r\n";

    auto *socket = new QSslSocket(q);
    socket->setProxy(QNetworkProxy::NoProxy); // phones do not use the desktop's proxy
    fetchSockets.insert(socket);
    QSslConfiguration ssl = fetchSsl;
    if (!job->certificate.isNull()) {
        ssl.setLocalCertificate(job->certificate);
        ssl.setPrivateKey(job->key);
    }
    socket->setSslConfiguration(ssl);

    struct Exchange
    {
        QByteArray data;
        QString tlsError;
        bool done = false;
    };
    auto exchange = std::make_shared<Exchange>();
    auto complete = [this, socket, job, exchange](QString error) {
        if (exchange->done)
            return;
        exchange->done = true;
        fetchSockets.remove(socket);
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        if (job->generation != generation)
            return;
        bool whole = false;
        const auto answer = parseAnswer(exchange->data, error.isEmpty(), &whole);
        if (answer && whole) {
            onFetchAnswer(job, *answer);
            return;
        }
        if (!exchange->tlsError.isEmpty())
            error = exchange->tlsError;
        else if (error.isEmpty() && answer)
            error = QCoreApplication::translate(
                "PhoneDesk::PhoneSim", "the server closed the connection before the answer was complete");
        else if (error.isEmpty())
            error = QCoreApplication::translate("PhoneDesk::PhoneSim",
                                                "the server closed the connection without an answer");
        endFetch(job, 0, error);
    };
    QObject::connect(socket, &QSslSocket::readyRead, q, [socket, exchange, complete] {
        exchange->data.append(socket->readAll());
        bool whole = false;
        if (exchange->data.size() > MaxHttpAnswer)
            complete(QCoreApplication::translate("PhoneDesk::PhoneSim", "the answer is larger than %1 bytes")
                         .arg(MaxHttpAnswer));
        else if (parseAnswer(exchange->data, false, &whole) && whole)
            complete({});
    });
    QObject::connect(socket, &QSslSocket::disconnected, q, [complete] { complete({}); });
    QObject::connect(
        socket, &QSslSocket::errorOccurred, q, [socket, complete](QAbstractSocket::SocketError e) {
            complete(e == QAbstractSocket::RemoteHostClosedError ? QString() : socket->errorString());
        });
    QObject::connect(
        socket, &QSslSocket::sslErrors, q, [this, socket, exchange](const QList<QSslError> &errors) {
            if (!verifyServer) {
                socket->ignoreSslErrors();
            } else if (!errors.isEmpty()) {
                exchange->tlsError = QCoreApplication::translate(
                                         "PhoneDesk::PhoneSim", "the server's certificate is not trusted: %1")
                                         .arg(errors.first().errorString());
            }
        });
    // The simulated phone fetches from its own address, so the server sees the IP a real phone
    // would have.
    if (!socket->bind(addressOf(job->index), 0)) {
        const QString error =
            QCoreApplication::translate("PhoneDesk::PhoneSim", "cannot use the address %1: %2")
                .arg(addressOf(job->index).toString(), socket->errorString());
        QTimer::singleShot(0, socket, [complete, error] { complete(error); });
        return;
    }
    if (tls) {
        QObject::connect(socket, &QSslSocket::encrypted, q, [socket, request] { socket->write(request); });
        socket->connectToHostEncrypted(base.host(), quint16(base.port(443)));
    } else {
        QObject::connect(socket, &QSslSocket::connected, q, [socket, request] { socket->write(request); });
        socket->connectToHost(base.host(), quint16(base.port(80)));
    }
    QTimer::singleShot(q->m_config.fetchTimeoutMs, socket, [complete] {
        complete(QCoreApplication::translate("PhoneDesk::PhoneSim", "no answer within the fetch timeout"));
    });
}

void Fleet::Impl::onFetchAnswer(const std::shared_ptr<FetchJob> &job, const HttpAnswer &answer)
{
    if (answer.status == 401) {
        // Digest: answer a fresh challenge once per file, and again when the server only found
        // the nonce stale. A second plain refusal means the secret is wrong.
        const auto challenge = chooseChallenge(answer.values("www-authenticate"));
        if (challenge && !job->secret.isEmpty() &&
            (job->challengesAnswered == 0 || (challenge->stale && job->challengesAnswered < 3))) {
            job->challenge = challenge;
            job->nonceCount = 0;
            ++job->challengesAnswered;
            sendFetchRequest(job);
            return;
        }
        endFetch(job, 401,
                 job->secret.isEmpty()
                     ? QCoreApplication::translate(
                           "PhoneDesk::PhoneSim",
                           "HTTP 401: the server asks for credentials and the phone has none")
                     : QCoreApplication::translate("PhoneDesk::PhoneSim",
                                                   "HTTP 401: the server refused the phone's credentials"));
        return;
    }
    if (answer.status < 200 || answer.status > 299) {
        endFetch(job, answer.status,
                 QCoreApplication::translate("PhoneDesk::PhoneSim", "HTTP %1 for %2")
                     .arg(answer.status)
                     .arg(job->files.constFirst()));
        return;
    }
    const QString name = job->files.takeFirst();
    job->challengesAnswered = 0;
    if (const QString error = saveReceived(*job, name, answer.body); !error.isEmpty()) {
        endFetch(job, answer.status, error);
        return;
    }
    job->received.append(name);
    job->filesHash = QCryptographicHash::hash(QByteArray(job->filesHash + name.toUtf8() + '\0' + answer.body),
                                              QCryptographicHash::Sha256);
    if (answer.body.contains("voIpProt.SIP.specialEvent.checkSync.alwaysReboot=\"1\""))
        job->alwaysReboot = true;
    static const QRegularExpression firmwareLine(
        QStringLiteral("^(?:static\\.firmware\\.url\\s*=|provisioning/firmware/url=)\\s*(\\S+)\\s*$"),
        QRegularExpression::MultilineOption);
    if (const auto m = firmwareLine.match(QString::fromUtf8(answer.body)); m.hasMatch())
        job->firmwareUrl = m.captured(1);
    if (job->received.size() == 1) {
        // A Poly master file names its application (an https URL: downloaded when it is not the
        // one the phone runs) and the files that hold the settings: fetch them in its order.
        if (const QString app = polyAppFilePath(answer.body);
            app.startsWith(QLatin1String("https://")) && app.endsWith(QLatin1String("sip.ld")))
            job->firmwareUrl = app;
        for (const QString &file : polyConfigFiles(answer.body, job->mac)) {
            if (!job->received.contains(file) && !job->files.contains(file))
                job->files.append(file);
        }
    }
    if (job->files.isEmpty())
        endFetch(job, answer.status, {});
    else
        sendFetchRequest(job);
}

QString Fleet::Impl::saveReceived(const FetchJob &job, const QString &name, const QByteArray &body) const
{
    const QString root = q->m_config.saveDirectory;
    if (root.isEmpty())
        return {};
    if (!isPlainFileName(name))
        return QCoreApplication::translate("PhoneDesk::PhoneSim", "%1 is not a file name the phone stores.")
            .arg(name);
    QDir dir(root);
    if (!dir.mkpath(job.mac))
        return QCoreApplication::translate("PhoneDesk::PhoneSim", "Cannot create the folder %1.")
            .arg(dir.filePath(job.mac));
    QSaveFile file(dir.filePath(job.mac + u'/' + name));
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.commit())
        return QCoreApplication::translate("PhoneDesk::PhoneSim", "Cannot write %1: %2")
            .arg(file.fileName(), file.errorString());
    return {};
}

void Fleet::Impl::endFetch(const std::shared_ptr<FetchJob> &job, int status, const QString &error)
{
    --fetchesRunning;
    Phone &phone = phones[size_t(job->index)];
    phone.fetch = Phone::Fetch::Idle;
    phone.state.lastFetchStatus = status;
    phone.state.lastFetchFiles = job->received;
    phone.state.lastFetchError = error;
    const int index = job->index;
    const bool rebootIfChanged = std::exchange(phone.rebootIfChanged, false);
    if (error.isEmpty()) {
        ++phone.state.fetches;
        const bool changed = !phone.heldFiles.isEmpty() && phone.heldFiles != job->filesHash;
        phone.heldFiles = job->filesHash;
        phone.alwaysReboot = job->alwaysReboot;
        if (rebootIfChanged && changed) {
            ++phone.state.reboots;
            QTimer::singleShot(50, q, [this, index] { reboot(index); });
        } else if (!job->firmwareUrl.isEmpty()) {
            maybeUpdateFirmware(index, job->firmwareUrl);
        }
    } else {
        ++phone.state.fetchErrors;
    }
    if (phone.fetchAgain) {
        phone.fetchAgain = false;
        phone.fetch = Phone::Fetch::Queued;
        fetchQueue.push_back(index);
    }
    // The next fetches start from the event loop: no recursion however many end at once.
    QTimer::singleShot(0, q, [this] { pumpFetches(); });
    emit q->configFetched(index, status);
    settleFirstContact(phones[size_t(index)]);
}

void Fleet::Impl::stopFetches()
{
    ++generation;
    const QSet<QSslSocket *> sockets = std::exchange(fetchSockets, {});
    for (QSslSocket *socket : sockets) {
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
    }
    fetchQueue.clear();
    fetchesRunning = 0;
    bootTimer.stop();
    bootOrder.clear();
    bootNext = 0;
    firstContactLeft = 0;
    for (Phone &phone : phones) {
        phone.fetch = Phone::Fetch::Idle;
        phone.fetchAgain = false;
        phone.firstContactOwed = false;
    }
}

std::shared_ptr<Fleet::Impl::Download> Fleet::Impl::newDownload(int index) const
{
    auto download = std::make_shared<Download>();
    download->auth.index = index;
    download->auth.generation = generation;
    download->auth.mac = macAddress(index);
    download->auth.userAgent = q->provisioningUserAgent(index).toLatin1();
    download->auth.secret = q->m_config.digestSecrets.value(download->auth.mac);
    download->auth.certificate = clientCertificate;
    download->auth.key = clientKey;
    return download;
}

void Fleet::Impl::maybeUpdateFirmware(int index, const QString &url)
{
    Phone &phone = phones[size_t(index)];
    const QUrl parsed(url, QUrl::StrictMode);
    const QString name = parsed.fileName();
    if (name.endsWith(QLatin1String("sip.ld"))) {
        // Poly: the application in APP_FILE_PATH's folder, <part number>.sip.ld first; whether it
        // is another version shows in its first bytes (the phone compares it with what it runs).
        if (phone.downloading || parsed.scheme() != QLatin1String("https") ||
            url == phone.installedApplicationUrl || url == phone.failedFirmwareUrl)
            return;
        auto download = newDownload(index);
        download->poly = true;
        download->configUrl = url;
        const QString part = q->m_config.polyPartNumber;
        download->url = parsed.resolved(
            QUrl(part.isEmpty() ? QStringLiteral("sip.ld") : part + QStringLiteral(".sip.ld")));
        download->combinedNext = !part.isEmpty();
        phone.downloading = true;
        sendDownloadRequest(download);
        return;
    }
    const auto vendor = Firmware::vendorOfFileName(name);
    // The vendor's file-name convention says the version (Yealink, AudioCodes); a phone that cannot
    // tell, or that runs it already, does not download.
    QString version = vendor ? Firmware::parseFileName(*vendor, name).version : QString();
    if (version.isEmpty() && vendor && *vendor != FirmwareVendor::Poly) {
        // PhoneDesk's URL name has '(', ')' and ',' made '_': the version still ends the name.
        static const QRegularExpression tail(
            QStringLiteral(R"([-_](\d+(?:\.[0-9A-Za-z]+){2,})(?:_\d+_)?\.(?:rom|img)$)"));
        version = tail.match(name).captured(1);
    }
    if (phone.downloading || version.isEmpty() || parsed.scheme() != QLatin1String("https") ||
        Firmware::runsVersion(phone.state.firmware, version) || url == phone.failedFirmwareUrl)
        return;
    auto download = newDownload(index);
    download->url = parsed;
    download->version = version;
    phone.downloading = true;
    sendDownloadRequest(download);
}

void Fleet::Impl::sendDownloadRequest(const std::shared_ptr<Download> &download)
{
    FetchJob &auth = download->auth;
    Phone &phone = phones[size_t(auth.index)];
    ++phone.state.firmwareRequests;
    ++download->attempts;
    const QByteArray target = download->url.path(QUrl::FullyEncoded).toLatin1();
    QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: " + download->url.authority().toLatin1() +
        "\r\nUser-Agent: " + auth.userAgent + "\r\nAccept: */*\r\nConnection: close\r\n";
    if (download->received > 0) // resume what a cut connection left
        request += "Range: bytes=" + QByteArray::number(download->received) +
            "-\r\nIf-Range: " + download->etag + "\r\n";
    if (auth.challenge && !auth.secret.isEmpty())
        request += "Authorization: " + digestAuthorization(auth, target) + "\r\n";
    request += "\r\n";

    auto *socket = new QSslSocket(q);
    socket->setProxy(QNetworkProxy::NoProxy); // phones do not use the desktop's proxy
    fetchSockets.insert(socket);
    QSslConfiguration ssl = fetchSsl;
    if (!auth.certificate.isNull()) {
        ssl.setLocalCertificate(auth.certificate);
        ssl.setPrivateKey(auth.key);
    }
    socket->setSslConfiguration(ssl);
    struct Exchange
    {
        QByteArray head;
        std::optional<HttpAnswer> answer;
        bool done = false;
        QString tlsError;
    };
    auto exchange = std::make_shared<Exchange>();
    // retry: start another request (a challenge answered, a cut resumed) rather than end.
    auto finish = [this, socket, download, exchange](const QString &error, bool retry) {
        if (exchange->done)
            return;
        exchange->done = true;
        fetchSockets.remove(socket);
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        if (download->auth.generation != generation)
            return;
        if (retry && download->attempts < 6)
            QTimer::singleShot(100, q, [this, download] {
                if (download->auth.generation == generation)
                    sendDownloadRequest(download);
            });
        else
            endDownload(download,
                        error.isEmpty() && !exchange->tlsError.isEmpty() ? exchange->tlsError : error);
    };
    auto onBody = [this, download, finish](QByteArray bytes) {
        Phone &p = phones[size_t(download->auth.index)];
        bool cut = false;
        if (p.firmwareCutAfter > 0 && download->received + bytes.size() >= p.firmwareCutAfter) {
            bytes.truncate(p.firmwareCutAfter - download->received);
            p.firmwareCutAfter = 0; // once
            cut = true;
        }
        download->hash.addData(bytes);
        download->received += bytes.size();
        if (download->poly && download->version.isEmpty() && download->head.size() < 4096) {
            download->head.append(bytes.left(4096 - download->head.size()));
            download->version = polyApplicationVersion(download->head);
            const bool headWhole = download->head.size() >= 4096 || download->received >= download->total;
            if (download->version.isEmpty() && headWhole) {
                finish(QCoreApplication::translate("PhoneDesk::PhoneSim",
                                                   "the application names no version in its first bytes"),
                       false);
                return;
            }
            if (!download->version.isEmpty() && Firmware::runsVersion(p.state.firmware, download->version)) {
                download->alreadyRunning = true; // the phone runs it: the rest is not downloaded
                finish({}, false);
                return;
            }
        }
        if (cut)
            finish({}, true);
        else if (download->received >= download->total)
            finish({}, false);
    };
    QObject::connect(socket, &QSslSocket::readyRead, q, [this, socket, download, exchange, finish, onBody] {
        if (exchange->answer) {
            onBody(socket->readAll());
            return;
        }
        exchange->head.append(socket->readAll());
        bool whole = false;
        auto answer = parseAnswer(exchange->head, false, &whole);
        if (!answer) {
            if (exchange->head.size() > 64 * 1024)
                finish(QCoreApplication::translate("PhoneDesk::PhoneSim",
                                                   "the firmware answer has no end of headers"),
                       false);
            return;
        }
        if (answer->status == 401) {
            const auto challenge = chooseChallenge(answer->values("www-authenticate"));
            FetchJob &a = download->auth;
            const bool again = challenge && !a.secret.isEmpty() &&
                (a.challengesAnswered == 0 || (challenge->stale && a.challengesAnswered < 3));
            if (again) {
                a.challenge = challenge;
                a.nonceCount = 0;
                ++a.challengesAnswered;
            }
            finish(QCoreApplication::translate("PhoneDesk::PhoneSim", "HTTP 401 for the firmware"), again);
            return;
        }
        if (answer->status == 404 && download->poly && download->combinedNext) {
            // No application for its part number: the combined sip.ld next to it.
            download->combinedNext = false;
            download->url = download->url.resolved(QUrl(QStringLiteral("sip.ld")));
            download->attempts = 0;
            download->auth.challenge.reset();
            download->auth.challengesAnswered = 0;
            finish({}, true);
            return;
        }
        QString error;
        if (!acceptDownloadHeaders(*download, *answer, &error)) {
            finish(error, answer->status == 503);
            return;
        }
        exchange->answer = answer;
        onBody(answer->body);
    });
    QObject::connect(socket, &QSslSocket::disconnected, q, [download, finish] {
        finish(
            QCoreApplication::translate("PhoneDesk::PhoneSim", "the connection closed after %1 of %2 bytes")
                .arg(download->received)
                .arg(download->total),
            true);
    });
    QObject::connect(socket, &QSslSocket::errorOccurred, q, [socket, finish](QAbstractSocket::SocketError e) {
        finish(socket->errorString(), e == QAbstractSocket::RemoteHostClosedError);
    });
    QObject::connect(
        socket, &QSslSocket::sslErrors, q, [this, socket, exchange](const QList<QSslError> &errors) {
            if (!verifyServer)
                socket->ignoreSslErrors();
            else if (!errors.isEmpty())
                exchange->tlsError = QCoreApplication::translate(
                                         "PhoneDesk::PhoneSim", "the server's certificate is not trusted: %1")
                                         .arg(errors.first().errorString());
        });
    if (!socket->bind(addressOf(auth.index), 0)) {
        const QString error = socket->errorString();
        QTimer::singleShot(0, socket, [finish, error] { finish(error, false); });
        return;
    }
    QObject::connect(socket, &QSslSocket::encrypted, q, [socket, request] { socket->write(request); });
    socket->connectToHostEncrypted(download->url.host(), quint16(download->url.port(443)));
    QTimer::singleShot(std::max(q->m_config.fetchTimeoutMs, 60000), socket, [finish] {
        finish(QCoreApplication::translate("PhoneDesk::PhoneSim", "the firmware download timed out"), false);
    });
}

bool Fleet::Impl::acceptDownloadHeaders(Download &download, const HttpAnswer &answer, QString *error)
{
    const auto header = [&](const QByteArray &name) { return answer.values(name).value(0); };
    if (answer.status == 200) {
        // The whole image (first request, or the server ignored the range): start over.
        download.received = 0;
        download.hash.reset();
        download.total = header("content-length").toLongLong();
        download.etag = header("etag");
        return true;
    }
    if (answer.status == 206 && download.received > 0) {
        // "bytes <first>-<last>/<size>": it must start where the phone stopped.
        static const QRegularExpression range(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+)$"));
        const auto m = range.match(QString::fromLatin1(header("content-range")));
        if (m.hasMatch() && m.captured(1).toLongLong() == download.received &&
            header("etag") == download.etag) {
            download.total = m.captured(3).toLongLong();
            return true;
        }
        *error = QCoreApplication::translate("PhoneDesk::PhoneSim",
                                             "the resumed firmware answer does not continue "
                                             "at byte %1")
                     .arg(download.received);
        return false;
    }
    *error =
        QCoreApplication::translate("PhoneDesk::PhoneSim", "HTTP %1 for the firmware").arg(answer.status);
    return false;
}

void Fleet::Impl::endDownload(const std::shared_ptr<Download> &download, const QString &failure)
{
    const int index = download->auth.index;
    Phone &phone = phones[size_t(index)];
    phone.downloading = false;
    if (download->alreadyRunning && failure.isEmpty()) {
        phone.installedApplicationUrl = download->configUrl;
        return;
    }
    QString error = failure;
    if (error.isEmpty() && (download->total <= 0 || download->received != download->total))
        error = QCoreApplication::translate("PhoneDesk::PhoneSim", "the firmware has %1 bytes, not %2")
                    .arg(download->received)
                    .arg(download->total);
    // A strong ETag that is a SHA-256 (64 hex digits) is checked against the bytes.
    static const QRegularExpression shaTag(QStringLiteral("^\"([0-9a-f]{64})\"$"));
    const auto tag = shaTag.match(QString::fromLatin1(download->etag));
    if (error.isEmpty() && tag.hasMatch() &&
        QString::fromLatin1(download->hash.result().toHex()) != tag.captured(1))
        error = QCoreApplication::translate("PhoneDesk::PhoneSim",
                                            "the firmware's SHA-256 is not the one its ETag names");
    phone.state.lastFirmwareError = error;
    emit q->firmwareDownloaded(index, download->version, error);
    if (!error.isEmpty())
        return;
    ++phone.state.firmwareUpdates;
    const QString configured = download->poly ? download->configUrl : download->url.toString();
    if (phone.firmwareFails) {
        phone.failedFirmwareUrl = configured;
    } else {
        phone.state.firmware = download->version;
        if (download->poly)
            phone.installedApplicationUrl = configured;
    }
    // Installing reboots the phone; it comes back fetching its configuration with its new User-Agent.
    ++phone.state.reboots;
    QTimer::singleShot(50, q, [this, index] { reboot(index); });
}

void Fleet::Impl::acceptRest(qintptr descriptor)
{
    auto *socket = new QSslSocket(q);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const int index = indexOf(socket->localAddress());
    if (!socket->peerAddress().isLoopback() || index < 0 || size_t(index) >= phones.size() ||
        silent(phones[size_t(index)])) {
        // Dead and rebooting phones do not take connections.
        socket->abort();
        socket->deleteLater();
        return;
    }
    socket->setLocalCertificate(q->m_certificate);
    socket->setPrivateKey(q->m_key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QSslSocket::readyRead, q, [this, socket, buffer, index] {
        buffer->append(socket->readAll());
        if (buffer->size() > MaxHttpRequest) {
            socket->abort();
            return;
        }
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer->left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < end + 4 + length)
            return;
        serveRest(socket, index, *buffer);
        buffer->clear();
    });
    QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    QObject::connect(socket, &QSslSocket::errorOccurred, socket, [socket] { socket->deleteLater(); });
    QTimer::singleShot(30000, socket, [socket] { socket->abort(); });
    socket->startServerEncryption();
}

void Fleet::Impl::serveRest(QSslSocket *socket, int index, const QByteArray &request)
{
    Phone &phone = phones[size_t(index)];
    ++phone.state.restCalls;
    const QByteArray firstLine = request.left(request.indexOf("\r\n"));
    const QList<QByteArray> parts = firstLine.split(' ');
    const QByteArray method = parts.value(0);
    const QByteArray path = parts.value(1);
    QByteArray authorization;
    for (const QByteArray &line : request.left(request.indexOf("\r\n\r\n")).split('\n')) {
        if (line.toLower().startsWith("authorization:"))
            authorization = line.mid(14).trimmed();
    }
    auto reply = [socket](int code, const QByteArray &reason, const QByteArray &body,
                          const QByteArray &extra = {}) {
        socket->write("HTTP/1.1 " + QByteArray::number(code) + ' ' + reason +
                      "\r\nContent-Type: application/json\r\n" + extra + "Content-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    };
    const QString password = phone.restPassword.isEmpty() ? q->m_config.restPassword : phone.restPassword;
    const QByteArray credentials = QByteArray("Polycom:") + password.toUtf8();
    const QByteArray expected = "Basic " + credentials.toBase64();
    if (authorization != expected) {
        reply(401, "Unauthorized", R"({"Status":"4001"})",
              "WWW-Authenticate: Basic realm=\"PolycomREST\"\r\n");
        return;
    }
    if (method == "POST" && path == "/api/v1/mgmt/safeRestart") {
        reply(200, "OK", R"({"Status":"2000"})");
        ++phone.state.reboots;
        QTimer::singleShot(50, q, [this, index] { reboot(index); });
        return;
    }
    if (method == "GET" && path == "/api/v1/mgmt/device/info") {
        QJsonObject data {{QStringLiteral("ModelNumber"), QStringLiteral("VVX 450")},
                          {QStringLiteral("DeviceVendor"), QStringLiteral("Polycom")},
                          {QStringLiteral("MACAddress"), macAddress(index)},
                          {QStringLiteral("IPAddress"), addressOf(index).toString()},
                          {QStringLiteral("Firmware"),
                           QJsonObject {{QStringLiteral("Application"), QStringLiteral("6.4.3.2000")}}},
                          {QStringLiteral("ReadyToUse"), QStringLiteral("True")}};
        reply(200, "OK",
              QJsonDocument(QJsonObject {{QStringLiteral("Status"), QStringLiteral("2000")},
                                         {QStringLiteral("data"), data}})
                  .toJson(QJsonDocument::Compact));
        return;
    }
    reply(404, "Not Found", R"({"Status":"4004"})");
}

} // namespace PhoneDesk::PhoneSim
