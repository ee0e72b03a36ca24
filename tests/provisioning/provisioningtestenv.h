#pragma once

// Fixtures for the provisioning server tests: a throw-away PKI made with the openssl CLI (keys
// never leave the temporary folder), a small phone fleet in a fresh database, a running server,
// and non-blocking runs of curl / openssl s_client (the server shares this thread's event loop).

#include "basesettingsrepository.h"
#include "phonerepository.h"
#include "provisioningserver.h"
#include "rolloutrepository.h"
#include "siterepository.h"
#include "storage.h"
#include "testsupport.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace PhoneDesk::Test {

struct ProcessResult
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

// Runs a program while the event loop keeps turning (so the in-process server answers).
inline ProcessResult runProcess(const QString &program, const QStringList &arguments,
                                const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        process.waitForFinished(5);
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "timed out";
        return result;
    }
    result.finished = true;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

// CA, server and client certificates for one test run.
class TestPki
{
public:
    bool create(QString *error)
    {
        if (!m_dir.isValid())
            return fail(error, QStringLiteral("no temporary folder"));
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (m_openssl.isEmpty())
            return fail(error, QStringLiteral("openssl is not installed"));
        writeFile(QStringLiteral("server.ext"),
                  "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
        writeFile(QStringLiteral("client.ext"), "extendedKeyUsage=clientAuth\n");
        return makeCa(QStringLiteral("server-ca"), QStringLiteral("PhoneDesk Test Server CA"), error) &&
            makeCa(QStringLiteral("device-ca"), QStringLiteral("PhoneDesk Test Device CA"), error) &&
            makeCa(QStringLiteral("other-ca"), QStringLiteral("Some Other CA"), error) &&
            issue(QStringLiteral("server"), QStringLiteral("127.0.0.1"), QStringLiteral("server-ca"),
                  QStringLiteral("server.ext"), error);
    }

    // A client certificate with subject CN `commonName`, issued by `ca` ("device-ca" or "other-ca").
    bool issueClient(const QString &name, const QString &commonName, const QString &ca, QString *error)
    {
        return issue(name, commonName, ca, QStringLiteral("client.ext"), error);
    }

    QString path(const QString &file) const { return m_dir.filePath(file); }

private:
    bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }
    void writeFile(const QString &name, const QByteArray &data)
    {
        QFile f(path(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(data);
    }
    bool openssl(const QStringList &args, QString *error)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(m_openssl, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return fail(error,
                        QStringLiteral("openssl %1 failed: %2")
                            .arg(args.join(u' '), QString::fromUtf8(p.readAllStandardError())));
        return true;
    }
    bool makeCa(const QString &name, const QString &subject, QString *error)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                        name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + subject},
                       error);
    }
    bool issue(const QString &name, const QString &commonName, const QString &ca, const QString &ext,
               QString *error)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                        QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=") + commonName},
                       error) &&
            openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     name + QStringLiteral(".csr"), QStringLiteral("-CA"), ca + QStringLiteral(".pem"),
                     QStringLiteral("-CAkey"), ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"),
                     QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-extfile"), ext},
                    error);
    }

    QTemporaryDir m_dir;
    QString m_openssl;
};

// The provisioning part of a phonedesk-server configuration file for the tests that start the
// binary: loopback, an ephemeral port, the PKI's server certificate, Digest authentication and no
// client certificates (a test that wants them sets clientCertificates after this).
inline void setServerProvisioning(QSettings &ini, const TestPki &pki)
{
    ini.setValue(QStringLiteral("provisioning/address"), QStringLiteral("127.0.0.1"));
    ini.setValue(QStringLiteral("provisioning/port"), 0);
    ini.setValue(QStringLiteral("provisioning/certificate"), pki.path(QStringLiteral("server.pem")));
    ini.setValue(QStringLiteral("provisioning/key"), pki.path(QStringLiteral("server.key")));
    ini.setValue(QStringLiteral("provisioning/clientCertificates"), QStringLiteral("off"));
    ini.setValue(QStringLiteral("provisioning/digest"), true);
}

// The phonedesk-server binary (`binary`) on `configPath` with provisioning only
// (--no-device-control); the port it listens on, 0 (with `log`) when it did not come up in 30 s.
inline int startProvisioningOnly(QProcess &server, const QString &binary, const QString &configPath,
                                 QByteArray &log)
{
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(binary, {QStringLiteral("--config"), configPath, QStringLiteral("--no-device-control")});
    if (!server.waitForStarted(10000))
        return 0;
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QDeadlineTimer startup(30000);
    while (!startup.hasExpired() && server.state() == QProcess::Running) {
        server.waitForReadyRead(200);
        log += server.readAll();
        if (const auto m = listening.match(QString::fromUtf8(log)); m.hasMatch())
            return m.captured(1).toInt();
    }
    return 0;
}

// A phonedesk-server configuration for the SQLite test database `db`, in its folder: the
// provisioning of setServerProvisioning(), no syslog. Its path.
inline QString writeSqliteServerConfig(const TestDatabase &db, const TestPki &pki)
{
    const QString path = db.dir->filePath(QStringLiteral("server.conf"));
    QSettings ini(path, QSettings::IniFormat);
    ini.setValue(QStringLiteral("database/url"), QString(QStringLiteral("sqlite:") + db.spec.sqlitePath));
    setServerProvisioning(ini, pki);
    ini.setValue(QStringLiteral("logging/syslog"), false);
    return path;
}

// SIGTERM, and the rest of its log; true when it ended cleanly with exit code 0.
inline bool stopProvisioningOnly(QProcess &server, QByteArray &log)
{
    server.terminate();
    const bool finished = server.waitForFinished(15000);
    log += server.readAll();
    const bool clean = finished && server.exitStatus() == QProcess::NormalExit && server.exitCode() == 0;
    if (!clean) // the log a failure shows says which way it did not end
        log += finished ? QByteArray("\n[test] the server ended with ") +
                (server.exitStatus() == QProcess::NormalExit
                     ? "exit code " + QByteArray::number(server.exitCode())
                     : QByteArray("a crash"))
                        : QByteArray("\n[test] the server did not end within 15 s of SIGTERM");
    if (!clean) // QTest cuts a failure's message at 1,000 characters: the whole log goes here
        qWarning().noquote() << "[test] the server's whole log:\n" << log;
    return clean;
}

// The phonedesk-server binary on a team database as `login` (the server role), provisioning on
// loopback, the SIP sockets on loopback; ready once it says it takes phone commands.
struct TeamServerProcess
{
    std::unique_ptr<QProcess> process;
    QByteArray log;
    QString token; // how it marks the rows it claims

    // `configPath`: a file to write the configuration to. False (with the log) when it did not
    // come up within 30 s.
    bool start(const QString &binary, const QString &configPath, const QString &url, const QString &password,
               const TestPki &pki)
    {
        {
            QSettings ini(configPath, QSettings::IniFormat);
            ini.setValue(QStringLiteral("database/url"), url);
            setServerProvisioning(ini, pki);
            ini.setValue(QStringLiteral("deviceControl/bindAddress"), QStringLiteral("127.0.0.1"));
            ini.setValue(QStringLiteral("logging/syslog"), false);
        }
        process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), password);
        process->setProcessEnvironment(environment);
        process->start(binary, {QStringLiteral("--config"), configPath});
        if (!process->waitForStarted(10000))
            return false;
        static const QRegularExpression taking(
            QStringLiteral("phone commands: taking the commands of \\d+ shards as (\\S+)"));
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30000 && process->state() == QProcess::Running) {
            spin(20);
            log += process->readAll();
            if (const auto m = taking.match(QString::fromUtf8(log)); m.hasMatch()) {
                token = m.captured(1);
                return true;
            }
        }
        qWarning("phonedesk-server did not start taking commands:\n%s", log.constData());
        return false;
    }

    // SIGTERM, and the rest of its log.
    void stop()
    {
        if (!process)
            return;
        if (process->state() == QProcess::Running)
            process->terminate();
        process->waitForFinished(15000);
        log += process->readAll();
    }

    ~TeamServerProcess() { stop(); }
};

// A site, a user and Managed phones of each vendor family.
struct TestFleet
{
    Id siteId = 0;
    Id polyId = 0;
    Id yealinkId = 0;
    Id audiocodesId = 0;
    QString polyMac = QStringLiteral("0004f2abcdef");
    QString yealinkMac = QStringLiteral("805ec0123456");
    QString audiocodesMac = QStringLiteral("00908f602aac");

    bool create(Storage &storage, QString *error)
    {
        Site site;
        site.name = QStringLiteral("HQ");
        site.primarySip = {QStringLiteral("sip1.example.net"), 5061, SipTransport::Tls};
        site.secondarySip = {QStringLiteral("sip2.example.net"), 5061, SipTransport::Tls};
        auto s = storage.sites().create(site);
        if (!s)
            return fail(error, s.error());
        siteId = s->id;
        User user {0, QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.net"),
                   QStringLiteral("2001"), 1};
        auto u = storage.users().create(user);
        if (!u)
            return fail(error, u.error());
        auto phone = [&](const QString &model, const QString &name, const QString &mac, Id userId, Id *id) {
            BaseSettings bs;
            bs.name = name + QStringLiteral(" settings");
            bs.modelId = model;
            auto b = storage.baseSettings().create(bs);
            if (!b)
                return fail(error, b.error());
            Phone p;
            p.name = name;
            p.category = PhoneCategory::Managed;
            p.baseSettingsId = b->id;
            p.siteId = siteId;
            p.hardwareId = mac;
            p.userId = userId;
            auto created = storage.phones().create(p);
            if (!created)
                return fail(error, created.error());
            *id = created->id;
            return true;
        };
        return phone(QStringLiteral("poly-vvx-450"), QStringLiteral("Reception"), polyMac, u->id, &polyId) &&
            phone(QStringLiteral("yealink-t46u"), QStringLiteral("Lab Yealink"), yealinkMac, 0, &yealinkId) &&
            phone(QStringLiteral("audiocodes-440hd"), QStringLiteral("Lab AudioCodes"), audiocodesMac, 0,
                  &audiocodesId);
    }

private:
    bool fail(QString *error, const Error &e)
    {
        if (error)
            *error = e.fullText();
        return false;
    }
};

inline const char *PolyUserAgent = "FileTransport PolycomVVX-VVX_450-UA/6.4.3.5156 Type/Application";
inline const char *YealinkUserAgent = "Yealink SIP-T46U 108.86.0.45 80:5e:c0:12:34:56";
inline const char *AudioCodesUserAgent = "AUDC-IPPhone/3.4.6 (440HDG-Rev0; 00908F602AAC)";

struct Fetch
{
    int status = 0;
    QByteArray headers;
};

// One fetch of a Poly phone's file with Digest credentials (curl, the event loop turning meanwhile).
inline Fetch digestFetch(const TestPki &pki, int port, const QString &mac, const QString &secret)
{
    const ProcessResult r = runProcess(
        QStringLiteral("curl"),
        {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-D"),
         QStringLiteral("-"), QStringLiteral("-w"), QStringLiteral("\nstatus=%{http_code}"),
         QStringLiteral("--max-time"), QStringLiteral("20"), QStringLiteral("--cacert"),
         pki.path(QStringLiteral("server-ca.pem")), QStringLiteral("-A"), QString::fromLatin1(PolyUserAgent),
         QStringLiteral("--digest"), QStringLiteral("-u"), mac + u':' + secret,
         QStringLiteral("https://127.0.0.1:%1/%2-phonedesk.cfg").arg(port).arg(mac)});
    Fetch f;
    const qsizetype at = r.out.lastIndexOf("status=");
    if (at >= 0)
        f.status = r.out.mid(at + 7).trimmed().toInt();
    // The headers of the last answer (the first one is the Digest challenge).
    const qsizetype last = r.out.lastIndexOf("HTTP/1.1 ");
    f.headers = last >= 0 ? r.out.mid(last, at - last) : r.out;
    return f;
}

// A rollout of the phones of `baseSettingsId` to `version`, at most `limit` updating at once.
inline Result<FirmwareRollout> startRollout(Storage &storage, Id baseSettingsId, const QString &version,
                                            int limit)
{
    RolloutRequest request;
    request.baseSettingsId = baseSettingsId;
    request.targetVersion = version;
    request.maxUpdating = limit;
    return RolloutRepository(storage).start(request);
}

// What a finished rollout of a test fleet left: the phone at fleet index `failedIndex` failed,
// having come back on `running`, every other one updated to `wanted`; `indexOf` maps the phones to
// fleet indexes, `firmwareOf(index)` says what that simulated phone runs. Empty when so, else the
// first phone that differs.
inline QString rolloutOutcomeMismatch(Storage &storage, Id rolloutId, const QHash<Id, int> &indexOf,
                                      int failedIndex, const QString &running, const QString &wanted,
                                      const std::function<QString(int)> &firmwareOf)
{
    const auto members = RolloutRepository(storage).phones(rolloutId);
    if (!members)
        return members.error().fullText();
    for (const RolloutPhone &p : *members) {
        const int i = indexOf.value(p.phoneId, -1);
        if (i < 0)
            return QStringLiteral("%1 is not a phone of the fleet").arg(p.phoneName);
        const bool failed = i == failedIndex;
        const QString detail = failed ? QStringLiteral("came back on %1").arg(running) : p.detail;
        if (p.state != (failed ? RolloutPhoneState::Failed : RolloutPhoneState::Updated) ||
            p.detail != detail || firmwareOf(i) != (failed ? running : wanted))
            return QStringLiteral("%1 (fleet index %2): state %3, \"%4\", running %5")
                .arg(p.phoneName)
                .arg(i)
                .arg(int(p.state))
                .arg(p.detail, firmwareOf(i));
    }
    return {};
}

// How many phones of a rollout are updating, read every 20 ms while the event loop runs: the most
// seen, and how many times it was read. Stops with stop() or when destroyed.
struct RolloutSampler
{
    RolloutSampler(Storage &storage, Id rolloutId)
    {
        QObject::connect(&timer, &QTimer::timeout, [this, &storage, rolloutId] {
            if (auto r = RolloutRepository(storage).find(rolloutId); r && *r) {
                most = std::max(most, (*r)->updating);
                ++samples;
            }
        });
        timer.start(20);
    }
    void stop() { timer.stop(); }

    int most = 0;
    int samples = 0;
    QTimer timer;
};

} // namespace PhoneDesk::Test
