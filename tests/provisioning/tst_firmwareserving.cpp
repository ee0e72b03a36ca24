// Firmware images served by the HTTPS provisioning server to real clients (curl over TLS on
// loopback): the phone's own credentials as for its configuration, the whole image and ranges of
// it identical to the library's bytes, resuming after a cut connection, 304/416/HEAD, many
// clients at once with the server's memory flat, downloads recorded, removal.

#include "firmwarecache.h"
#include "firmwarefiles.h"
#include "firmwareserving.h"
#include "processguard.h"
#include "provisioningtestenv.h"
#include "statusrepository.h"

#include <QTimeZone>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSslSocket>
#include <QTest>
#include <QThread>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
const QString YealinkRom = QStringLiteral("T46U(T43U,T46U,T41U,T48U,T42U,T44U,T44W)-108.86.0.90.rom");

struct Answer
{
    int exitCode = -1;
    int status = 0;
    QByteArray headers;
    QByteArray body;
};

// The resident memory of this process, in KiB (Linux).
qint64 residentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QByteArray headerValue(const QByteArray &headers, const QByteArray &name)
{
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}
} // namespace

class TestFirmwareServing final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rangeHeaderParsing();
    void unauthenticatedIsRefusedLikeConfigurationFiles();
    void fullDownloadMatchesAndIsRecorded();
    void rangesAndResumeGiveIdenticalBytes();
    void conditionalRequestsAndHead();
    void twentyClientsAtOnceKeepMemoryFlat();
    void removedImageIsGoneWithItsCacheFile();
    void readerThatPausesIsNotCutAsIdle();
    void polyPackageServesEachPhoneItsApplication();

private:
    FirmwareImage addImage(qint64 size);
    bool startServer();
    void waitUntilCached(const FirmwareImage &image);
    QStringList curlArgs(const QString &path, bool credentials = true, int maxTime = 120) const;
    Answer fetch(const QString &path, const QStringList &extra = {}, bool credentials = true);
    int m_idleTimeoutMs = 5000;
    bool m_allowUnauthenticated = false;

    QString imagePath(const FirmwareImage &image) const
    {
        return FirmwareServing::path(m_fleet.yealinkMac, image);
    }
    QString sha256Of(const QString &file) const;
    void settle()
    {
        spin(100);
        m_server->flush();
    }

    TestPki m_pki;
    TestDatabase m_db;
    TestFleet m_fleet;
    QString m_secret;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<ProvisioningServer> m_server;
};

void TestFirmwareServing::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
}

void TestFirmwareServing::init()
{
    QString error;
    m_db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    m_db.storage->setActor(QStringLiteral("tester"), Role::Administrator);
    QVERIFY2(m_fleet.create(*m_db.storage, &error), qPrintable(error));
    m_secret = m_db.storage->phones().deviceSecret(m_fleet.yealinkId).value();
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
}

void TestFirmwareServing::cleanup()
{
    m_idleTimeoutMs = 5000;
    m_allowUnauthenticated = false;
    m_server.reset();
    m_db = TestDatabase();
    m_files.reset();
}

// A Yealink image of `size` pseudo-random bytes, added to the library.
FirmwareImage TestFirmwareServing::addImage(qint64 size)
{
    const QString path = m_files->filePath(YealinkRom);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (qint64 written = 0; written < size;) {
        for (char &c : block) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x);
        }
        const qint64 n = std::min<qint64>(block.size(), size - written);
        file.write(block.constData(), n);
        written += n;
    }
    file.close();
    auto added = FirmwareRepository(*m_db.storage).add({path, std::nullopt, {}, {}});
    if (!added)
        qFatal("adding the image failed: %s", qPrintable(added.error().fullText()));
    return *added;
}

bool TestFirmwareServing::startServer()
{
    ProvisioningSettings settings;
    settings.address = QHostAddress(QHostAddress::LocalHost);
    settings.port = 0;
    settings.certificatePath = m_pki.path(QStringLiteral("server.pem"));
    settings.keyPath = m_pki.path(QStringLiteral("server.key"));
    settings.clientCertificates = ClientCertificateMode::Off;
    settings.digest = true;
    settings.idleTimeoutMs = m_idleTimeoutMs;
    settings.allowUnauthenticated = m_allowUnauthenticated;
    settings.workerThreads = 2;
    settings.failureBurst = 1000; // the Digest challenges of many downloads
    settings.firmwareCacheDir = m_files->filePath(QStringLiteral("cache"));
    m_server = std::make_unique<ProvisioningServer>(*m_db.storage, settings);
    const auto r = m_server->start();
    if (!r)
        qWarning().noquote() << r.error().fullText();
    return r.ok() && m_server->serverPort() != 0;
}

// The first request finds the image not cached yet: 503 with Retry-After, never a partial body;
// the cache is filled from the database meanwhile.
void TestFirmwareServing::waitUntilCached(const FirmwareImage &image)
{
    const Answer first = fetch(imagePath(image), {QStringLiteral("-I")});
    QCOMPARE(first.status, 503);
    QCOMPARE(headerValue(first.headers, "Retry-After"), QByteArray("10"));
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired() &&
           m_server->firmwareCache()->lookup(image.sha256)->state != FirmwareCache::State::Ready)
        spin(20);
    QCOMPARE(m_server->firmwareCache()->lookup(image.sha256)->state, FirmwareCache::State::Ready);
    QVERIFY(QFile::exists(m_server->firmwareCache()->pathFor(image.sha256)));
    QCOMPARE(sha256Of(m_server->firmwareCache()->pathFor(image.sha256)), image.sha256);
}

QStringList TestFirmwareServing::curlArgs(const QString &path, bool credentials, int maxTime) const
{
    QStringList args {QStringLiteral("-sS"),
                      QStringLiteral("--max-time"),
                      QString::number(maxTime),
                      QStringLiteral("--cacert"),
                      m_pki.path(QStringLiteral("server-ca.pem")),
                      QStringLiteral("-A"),
                      QString::fromLatin1(YealinkUserAgent)};
    if (credentials)
        args << QStringLiteral("--digest") << QStringLiteral("-u") << m_fleet.yealinkMac + u':' + m_secret;
    args << QStringLiteral("https://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(path);
    return args;
}

// Headers of the last answer (after a Digest challenge) with -D, the body to a file.
Answer TestFirmwareServing::fetch(const QString &path, const QStringList &extra, bool credentials)
{
    const QString headers = m_files->filePath(QStringLiteral("headers.txt"));
    const QString body = m_files->filePath(QStringLiteral("body.bin"));
    QFile::remove(body);
    QStringList args {QStringLiteral("-D"), headers, QStringLiteral("-w"), QStringLiteral("%{http_code}")};
    if (!extra.contains(QStringLiteral("-o")))
        args << QStringLiteral("-o") << body;
    args << curlArgs(path, credentials) << extra; // options after the URL win (-A)
    const ProcessResult p = runProcess(QStringLiteral("curl"), args);
    Answer a;
    a.exitCode = p.exitCode;
    a.status = p.out.trimmed().right(3).toInt();
    QFile h(headers);
    if (h.open(QIODevice::ReadOnly)) {
        const QByteArray all = h.readAll();
        a.headers = all.mid(std::max<qsizetype>(0, all.lastIndexOf("HTTP/1.1 ")));
    }
    QFile b(body);
    if (b.size() < 1024 * 1024 && b.open(QIODevice::ReadOnly))
        a.body = b.readAll();
    return a;
}

QString TestFirmwareServing::sha256Of(const QString &file) const
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

void TestFirmwareServing::rangeHeaderParsing()
{
    using FirmwareServing::parseRange;
    const auto r = parseRange("bytes=100-199", 1000);
    QVERIFY(r && !r->unsatisfiable);
    QCOMPARE(r->first, 100);
    QCOMPARE(r->length, 100);
    QCOMPARE(parseRange("bytes=900-", 1000)->length, 100);
    QCOMPARE(parseRange("bytes=-300", 1000)->first, 700);
    QCOMPARE(parseRange("bytes=-3000", 1000)->length, 1000);
    QCOMPARE(parseRange("bytes=990-5000", 1000)->length, 10);
    QVERIFY(parseRange("bytes=1000-", 1000)->unsatisfiable);
    QVERIFY(parseRange("bytes=-0", 1000)->unsatisfiable);
    // Bad syntax and several ranges are ignored: the whole image.
    QVERIFY(!parseRange("bytes=abc", 1000));
    QVERIFY(!parseRange("bytes=200-100", 1000));
    QVERIFY(!parseRange("items=0-1", 1000));
    QVERIFY(!parseRange("bytes=0-1,5-6", 1000));
    QVERIFY(!parseRange("bytes=+1-2", 1000));
    FirmwareImage image;
    image.fileName = YealinkRom;
    QCOMPARE(FirmwareServing::urlName(image),
             QStringLiteral("T46U_T43U_T46U_T41U_T48U_T42U_T44U_T44W_-108.86.0.90.rom"));
    image.sha256 = QString(64, u'a');
    const auto target =
        FirmwareServing::parseTarget(FirmwareServing::path(QStringLiteral("805EC0123456"), image).toLatin1());
    QVERIFY(target);
    QCOMPARE(target->mac, QStringLiteral("805ec0123456"));
    QCOMPARE(target->sha256, image.sha256);
    QVERIFY(!FirmwareServing::parseTarget("/firmware/805ec0123456/../x/y.rom"));
    const QDateTime t(QDate(2024, 3, 5), QTime(7, 8, 9), QTimeZone::utc());
    QCOMPARE(FirmwareServing::httpDate(t), QByteArray("Tue, 05 Mar 2024 07:08:09 GMT"));
    QCOMPARE(*FirmwareServing::parseHttpDate("Tue, 05 Mar 2024 07:08:09 GMT"), t);
}

void TestFirmwareServing::unauthenticatedIsRefusedLikeConfigurationFiles()
{
    const FirmwareImage image = addImage(300 * 1024);
    QVERIFY(startServer());
    waitUntilCached(image);
    const QString config = u'/' + m_fleet.yealinkMac + QStringLiteral(".cfg");
    // No credentials: the same Digest challenge as for the phone's configuration.
    const Answer anonymous = fetch(imagePath(image), {}, false);
    const Answer anonymousConfig = fetch(config, {}, false);
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymousConfig.status, 401);
    QVERIFY(!headerValue(anonymous.headers, "WWW-Authenticate").isEmpty());
    // Another phone's secret: 404, as for the configuration.
    const QString otherSecret = m_db.storage->phones().deviceSecret(m_fleet.polyId).value();
    const QStringList wrong {QStringLiteral("--digest"), QStringLiteral("-u"),
                             m_fleet.yealinkMac + u':' + otherSecret};
    const Answer bad = fetch(imagePath(image), wrong, false);
    const Answer badConfig = fetch(config, wrong, false);
    QCOMPARE(bad.status, 404);
    QCOMPARE(badConfig.status, 404);
    // The right secret with a User-Agent of another vendor: refused by the same cross-check.
    const Answer wrongAgent =
        fetch(imagePath(image), {QStringLiteral("-A"), QString::fromLatin1(PolyUserAgent)});
    QCOMPARE(wrongAgent.status, 404);
    // A phone of a model the image is not for (the Poly phone, with its own credentials).
    const QString polySecret = m_db.storage->phones().deviceSecret(m_fleet.polyId).value();
    const ProcessResult poly =
        runProcess(QStringLiteral("curl"),
                   {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                    QStringLiteral("-w"), QStringLiteral("%{http_code}"), QStringLiteral("--cacert"),
                    m_pki.path(QStringLiteral("server-ca.pem")), QStringLiteral("-A"),
                    QString::fromLatin1(PolyUserAgent), QStringLiteral("--digest"), QStringLiteral("-u"),
                    m_fleet.polyMac + u':' + polySecret,
                    QStringLiteral("https://127.0.0.1:%1%2")
                        .arg(m_server->serverPort())
                        .arg(FirmwareServing::path(m_fleet.polyMac, image))});
    QCOMPARE(poly.out.trimmed(), QByteArray("404"));
    settle();
    // Nothing of these is a download, and no unknown MAC came of them.
    QVERIFY(FirmwareRepository(*m_db.storage).downloads(m_fleet.yealinkId)->isEmpty());
}

void TestFirmwareServing::fullDownloadMatchesAndIsRecorded()
{
    const FirmwareImage image = addImage(5 * 1024 * 1024 + 123);
    QVERIFY(startServer());
    waitUntilCached(image);
    const Answer a = fetch(imagePath(image));
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(a.status, 200);
    QCOMPARE(sha256Of(m_files->filePath(QStringLiteral("body.bin"))), image.sha256);
    QCOMPARE(headerValue(a.headers, "ETag"), FirmwareServing::etag(image));
    QCOMPARE(headerValue(a.headers, "Accept-Ranges"), QByteArray("bytes"));
    QCOMPARE(headerValue(a.headers, "Content-Length").toLongLong(), image.size);
    QVERIFY(!headerValue(a.headers, "Last-Modified").isEmpty());
    settle();
    const auto downloads = FirmwareRepository(*m_db.storage).downloads(m_fleet.yealinkId);
    QVERIFY(downloads);
    QCOMPARE(downloads->size(), 1);
    const FirmwareDownload &d = downloads->first();
    QCOMPARE(d.imageId, image.id);
    QCOMPARE(d.sha256, image.sha256);
    QCOMPARE(d.version, QStringLiteral("108.86.0.90"));
    QCOMPARE(d.bytesSent, image.size);
    QVERIFY(d.complete);
    QVERIFY(!d.ranged);
    QCOMPARE(d.ip, QStringLiteral("127.0.0.1"));
    // A firmware download is no configuration fetch.
    QVERIFY(!m_db.storage->status().get(m_fleet.yealinkId)->lastFetch.time.isValid());
}

void TestFirmwareServing::rangesAndResumeGiveIdenticalBytes()
{
    const FirmwareImage image = addImage(8 * 1024 * 1024);
    QVERIFY(startServer());
    waitUntilCached(image);
    // Two ranges, one after the other, make the image.
    const QString part1 = m_files->filePath(QStringLiteral("part1"));
    const QString part2 = m_files->filePath(QStringLiteral("part2"));
    const Answer first = fetch(
        imagePath(image), {QStringLiteral("-r"), QStringLiteral("0-999999"), QStringLiteral("-o"), part1});
    QCOMPARE(first.status, 206);
    QCOMPARE(headerValue(first.headers, "Content-Range"),
             QByteArray("bytes 0-999999/") + QByteArray::number(image.size));
    const Answer second = fetch(
        imagePath(image), {QStringLiteral("-r"), QStringLiteral("1000000-"), QStringLiteral("-o"), part2});
    QCOMPARE(second.status, 206);
    QFile a(part1), b(part2);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.size() + b.size(), image.size);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&a);
    hash.addData(&b);
    QCOMPARE(QString::fromLatin1(hash.result().toHex()), image.sha256);

    // A download cut off (curl gives up after a second at 1 MB/s), then resumed with -C -.
    const QString resumed = m_files->filePath(QStringLiteral("resumed"));
    const ProcessResult cut = runProcess(
        QStringLiteral("curl"),
        QStringList {QStringLiteral("--limit-rate"), QStringLiteral("1M"), QStringLiteral("-o"), resumed} +
            curlArgs(imagePath(image), true, 2));
    QCOMPARE(cut.exitCode, 28); // operation timed out: the connection was cut mid-body
    const qint64 partial = QFileInfo(resumed).size();
    QVERIFY2(partial < image.size, qPrintable(QString::number(partial)));
    const Answer rest =
        fetch(imagePath(image), {QStringLiteral("-C"), QStringLiteral("-"), QStringLiteral("-o"), resumed});
    QCOMPARE(rest.exitCode, 0);
    QCOMPARE(rest.status, partial > 0 ? 206 : 200);
    QCOMPARE(sha256Of(resumed), image.sha256);

    // Past the end: 416 with the size.
    const Answer beyond = fetch(imagePath(image), {QStringLiteral("-r"), QString::number(image.size) + u'-'});
    QCOMPARE(beyond.status, 416);
    QCOMPARE(headerValue(beyond.headers, "Content-Range"),
             QByteArray("bytes */") + QByteArray::number(image.size));
    // Bad syntax is ignored: the whole image.
    const Answer ignored =
        fetch(imagePath(image), {QStringLiteral("-H"), QStringLiteral("Range: bytes=abc")});
    QCOMPARE(ignored.status, 200);
    QCOMPARE(QFileInfo(m_files->filePath(QStringLiteral("body.bin"))).size(), image.size);
    // If-Range with another tag: the whole image; with this one: the range.
    const Answer stale = fetch(imagePath(image),
                               {QStringLiteral("-r"), QStringLiteral("0-9"), QStringLiteral("-H"),
                                QStringLiteral("If-Range: \"0000\"")});
    QCOMPARE(stale.status, 200);
    const Answer fresh =
        fetch(imagePath(image),
              {QStringLiteral("-r"), QStringLiteral("0-9"), QStringLiteral("-H"),
               QStringLiteral("If-Range: ") + QString::fromLatin1(FirmwareServing::etag(image))});
    QCOMPARE(fresh.status, 206);
    QCOMPARE(fresh.body.size(), 10);

    settle();
    const auto downloads = FirmwareRepository(*m_db.storage).downloads(m_fleet.yealinkId);
    QVERIFY(downloads);
    QCOMPARE(downloads->size(), 7); // 416 sends no body: not a download
    int cutOff = 0;
    int ranged = 0;
    for (const FirmwareDownload &d : *downloads) {
        cutOff += d.complete ? 0 : 1;
        ranged += d.ranged ? 1 : 0;
    }
    QCOMPARE(cutOff, 1);
    QCOMPARE(ranged, partial > 0 ? 4 : 3);
}

void TestFirmwareServing::conditionalRequestsAndHead()
{
    const FirmwareImage image = addImage(2 * 1024 * 1024);
    QVERIFY(startServer());
    waitUntilCached(image);
    const QString tag = QString::fromLatin1(FirmwareServing::etag(image));
    const Answer same =
        fetch(imagePath(image), {QStringLiteral("-H"), QStringLiteral("If-None-Match: ") + tag});
    QCOMPARE(same.status, 304);
    QVERIFY(same.body.isEmpty());
    QCOMPARE(headerValue(same.headers, "ETag"), tag.toLatin1());
    const Answer other =
        fetch(imagePath(image), {QStringLiteral("-H"), QStringLiteral("If-None-Match: \"abc\"")});
    QCOMPARE(other.status, 200);
    const QByteArray modified = headerValue(other.headers, "Last-Modified");
    QVERIFY(!modified.isEmpty());
    const Answer since =
        fetch(imagePath(image),
              {QStringLiteral("-H"), QStringLiteral("If-Modified-Since: ") + QString::fromLatin1(modified)});
    QCOMPARE(since.status, 304);
    const Answer before =
        fetch(imagePath(image),
              {QStringLiteral("-H"), QStringLiteral("If-Modified-Since: Mon, 01 Jan 2001 00:00:00 GMT")});
    QCOMPARE(before.status, 200);
    const Answer head = fetch(imagePath(image), {QStringLiteral("-I")});
    QCOMPARE(head.status, 200);
    QCOMPARE(headerValue(head.headers, "Content-Length").toLongLong(), image.size);
    // curl -I writes the headers where the body would go: nothing but them arrived.
    QVERIFY(QFileInfo(m_files->filePath(QStringLiteral("body.bin"))).size() < 2048);
    settle();
    // 304s and HEAD send no body: only the two 200 GETs are downloads.
    QCOMPARE(FirmwareRepository(*m_db.storage).downloads(m_fleet.yealinkId)->size(), 2);
}

void TestFirmwareServing::twentyClientsAtOnceKeepMemoryFlat()
{
    constexpr qint64 Size = 60 * 1024 * 1024;
    const FirmwareImage image = addImage(Size);
    QVERIFY(startServer());
    waitUntilCached(image);
    const qint64 before = residentKib();
    QVERIFY(before > 0);
    constexpr int Clients = 20;
    std::vector<std::unique_ptr<QProcess>> clients;
    const QString command = QStringLiteral("curl \"$@\" | sha256sum");
    for (int i = 0; i < Clients; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral("sh"),
                 QStringList {QStringLiteral("-c"), command, QStringLiteral("sh")} +
                     curlArgs(imagePath(image)));
        clients.push_back(std::move(p));
    }
    qint64 peak = before;
    QDeadlineTimer deadline(300000);
    auto running = [&] {
        return std::any_of(clients.cbegin(), clients.cend(),
                           [](const auto &p) { return p->state() != QProcess::NotRunning; });
    };
    while (running() && !deadline.hasExpired()) {
        spin(20);
        peak = std::max(peak, residentKib());
    }
    QVERIFY(!running());
    for (const auto &p : clients) {
        QCOMPARE(p->exitCode(), 0);
        QCOMPARE(p->readAllStandardOutput().left(64), image.sha256.toLatin1());
    }
    // 20 × 60 MB went out; the server holds at most a few pieces per connection. Far below one image.
    const qint64 growthKib = peak - before;
    qInfo("resident memory %lld KiB before, %lld KiB at the peak", before, peak);
#ifdef PHONEDESK_SANITIZED
    // The sanitizer's allocator keeps freed pieces in quarantine: still far below one image.
    constexpr qint64 LimitKib = 40 * 1024;
#else
    constexpr qint64 LimitKib = 16 * 1024;
#endif
    QVERIFY2(growthKib < LimitKib, qPrintable(QStringLiteral("grew by %1 KiB").arg(growthKib)));
    settle();
    const auto downloads = FirmwareRepository(*m_db.storage).downloads(m_fleet.yealinkId);
    QCOMPARE(downloads->size(), Clients);
    for (const FirmwareDownload &d : *downloads)
        QVERIFY(d.complete && d.bytesSent == Size);
}

void TestFirmwareServing::removedImageIsGoneWithItsCacheFile()
{
    const FirmwareImage image = addImage(1024 * 1024);
    QVERIFY(startServer());
    waitUntilCached(image);
    const QString cached = m_server->firmwareCache()->pathFor(image.sha256);
    QVERIFY(QFile::exists(cached));
    QVERIFY(FirmwareRepository(*m_db.storage).remove(image.id));
    QDeadlineTimer deadline(10000);
    while (QFile::exists(cached) && !deadline.hasExpired())
        spin(20);
    QVERIFY(!QFile::exists(cached));
    const Answer gone = fetch(imagePath(image));
    QCOMPARE(gone.status, 404);
    // An image added while the server runs is cached without waiting for a phone.
    const FirmwareImage again = addImage(2 * 1024 * 1024);
    QDeadlineTimer filled(60000);
    while (!filled.hasExpired() && m_server->firmwareCache()->lookup(again.sha256) &&
           m_server->firmwareCache()->lookup(again.sha256)->state != FirmwareCache::State::Ready)
        spin(20);
    QCOMPARE(m_server->firmwareCache()->lookup(again.sha256)->state, FirmwareCache::State::Ready);
}

QTEST_GUILESS_MAIN(TestFirmwareServing)
void TestFirmwareServing::readerThatPausesIsNotCutAsIdle()
{
    // A phone that stops reading for longer than the idle deadline while its download waits in full
    // socket buffers (hundreds downloading at once, a slow link) is not idle: it gets the rest when
    // it reads again. 24 MB: more than loopback's socket buffers hold, so the server must wait.
    m_idleTimeoutMs = 1000;
    m_allowUnauthenticated = true; // a plain GET from this socket; the User-Agent is still checked
    const FirmwareImage image = addImage(24 * 1024 * 1024);
    QVERIFY(startServer());
    waitUntilCached(image);

    QSslSocket socket;
    QSslConfiguration tls = socket.sslConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_pki.path(QStringLiteral("server-ca.pem"))));
    socket.setSslConfiguration(tls);
    socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->serverPort());
    QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
    socket.write("GET " + imagePath(image).toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: " +
                 YealinkUserAgent + "\r\nConnection: close\r\n\r\n");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray head;
    qint64 body = 0;
    bool paused = false;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 120000) {
        if (!paused && body > 4 * 1024 * 1024) {
            paused = true;
            // Not reading (no event loop either): the kernel's buffers fill and the server waits.
            QThread::msleep(3 * m_idleTimeoutMs);
        }
        if (!socket.waitForReadyRead(5000) && socket.bytesAvailable() == 0)
            break;
        QByteArray data = socket.readAll();
        if (head.indexOf("\r\n\r\n") < 0) {
            head += data;
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end < 0)
                continue;
            data = head.mid(end + 4);
            head.truncate(end + 4);
            QVERIFY2(head.startsWith("HTTP/1.1 200 "), head.constData());
        }
        hash.addData(data);
        body += data.size();
        if (body >= image.size)
            break;
    }
    QVERIFY(paused);
    QCOMPARE(body, image.size);
    QCOMPARE(QString::fromLatin1(hash.result().toHex()), image.sha256);
}

#include "tst_firmwareserving.moc"

// A Poly package's folder: the phone asks for the application of its part number, by name; the
// package's other files and a combined sip.ld it does not hold are not there.
void TestFirmwareServing::polyPackageServesEachPhoneItsApplication()
{
    const qint64 size = 300 * 1024 + 5;
    const QString path = writeFile(m_files->path(), QStringLiteral("UC_Software_6_4_6_release_sig_split.zip"),
                                   polyPackage(size, 41, ZipMethod::Deflated));
    FirmwareRepository repo(*m_db.storage);
    auto package = repo.add({path, std::nullopt, {}, {QStringLiteral("poly-vvx-450")}});
    QVERIFY2(package, package ? "" : qPrintable(package.error().fullText()));
    const auto applications = repo.applications(package->id).value();
    QCOMPARE(applications.size(), 2);
    const FirmwareImage &vvx = applications.at(1); // 3111-48840-001.sip.ld
    QCOMPARE(vvx.fileName, QStringLiteral("3111-48840-001.sip.ld"));
    QVERIFY(startServer());
    const QString secret = m_db.storage->phones().deviceSecret(m_fleet.polyId).value();
    const QString folder = QStringLiteral("/firmware/%1/%2/").arg(m_fleet.polyMac, package->sha256);
    const QStringList asPoly {QStringLiteral("-A"), QString::fromLatin1(PolyUserAgent),
                              QStringLiteral("--digest"), QStringLiteral("-u"),
                              m_fleet.polyMac + u':' + secret};
    // What the configuration names (phoneUrl) is this folder with sip.ld.
    QCOMPARE(
        FirmwareServing::phoneUrl(QStringLiteral("https://prov.example.com/"), m_fleet.polyMac, *package),
        QStringLiteral("https://prov.example.com") + folder + QStringLiteral("sip.ld"));

    const Answer first = fetch(folder + vvx.fileName, asPoly, false);
    QCOMPARE(first.status, 503); // the application is copied into the cache first
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() &&
           m_server->firmwareCache()->lookup(vvx.sha256)->state != FirmwareCache::State::Ready)
        spin(20);
    const Answer a = fetch(folder + vvx.fileName, asPoly, false);
    QCOMPARE(a.status, 200);
    QCOMPARE(sha256Of(m_files->filePath(QStringLiteral("body.bin"))), vvx.sha256);
    QCOMPARE(vvx.sha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(polyApplication(size, 41, 0), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(headerValue(a.headers, "ETag"), FirmwareServing::etag(vvx));
    QCOMPARE(headerValue(a.headers, "Content-Length").toLongLong(), size);
    for (const QString &absent : {QStringLiteral("sip.ld"), QStringLiteral("000000000000.cfg"),
                                  QStringLiteral("3111-99999-001.sip.ld"), package->fileName})
        QCOMPARE(fetch(folder + absent, asPoly, false).status, 404);
    // The package's application is not served in another image's folder, nor to another model.
    QCOMPARE(fetch(QStringLiteral("/firmware/%1/%2/%3").arg(m_fleet.polyMac, vvx.sha256, vvx.fileName),
                   asPoly, false)
                 .status,
             200);
    QCOMPARE(fetch(folder + vvx.fileName).status, 404); // the Yealink phone
    settle();
    const auto downloads = repo.downloads(m_fleet.polyId).value();
    QCOMPARE(downloads.size(), 2);
    QCOMPARE(downloads.last().imageId, vvx.id);
    QCOMPARE(downloads.last().sha256, vvx.sha256);
    QCOMPARE(downloads.last().version, QStringLiteral("6.4.6"));
    QVERIFY(downloads.last().complete);
}
