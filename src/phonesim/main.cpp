// phonedesk-phonesim: a simulated fleet of SIP desk phones on loopback (see fleet.h for the
// address scheme).

#include "fleet.h"
#include "processguard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace {
std::atomic_bool s_stop {false};

void onSignal(int)
{
    s_stop = true;
}

void print(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

// "mac,secret" lines (a header line, blank lines and # comments are skipped). Errors name the line.
bool readSecrets(const QString &path, QHash<QString, QString> *secrets, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QCoreApplication::translate("phonesim", "--digest-secrets: cannot read %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    static const QRegularExpression hex12(QStringLiteral("^[0-9a-f]{12}$"));
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype comma = line.indexOf(u',');
        QString mac = line.left(comma).trimmed().toLower();
        if (lineNumber == 1 && mac == QLatin1String("mac"))
            continue;
        mac.remove(u':').remove(u'-').remove(u'.');
        const QString secret = comma < 0 ? QString() : line.mid(comma + 1).trimmed();
        if (!hex12.match(mac).hasMatch()) {
            *error = QCoreApplication::translate("phonesim",
                                                 "--digest-secrets: %1 line %2: \"%3\" is not a MAC "
                                                 "address.")
                         .arg(path)
                         .arg(lineNumber)
                         .arg(line.left(comma).trimmed());
            return false;
        }
        if (secret.isEmpty()) {
            *error = QCoreApplication::translate("phonesim",
                                                 "--digest-secrets: %1 line %2: the secret of %3 is empty.")
                         .arg(path)
                         .arg(lineNumber)
                         .arg(mac);
            return false;
        }
        secrets->insert(mac, secret);
    }
    return true;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

PhoneDesk::Result<void> writeReport(const PhoneDesk::PhoneSim::Fleet &fleet, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return PhoneDesk::Error::make(
            PhoneDesk::Error::Code::Io,
            QCoreApplication::translate("phonesim", "Cannot write %1: %2").arg(path, file.errorString()));
    file.write("index,mac,status,fetches,errors,files,error\n");
    for (int i = 0; i < fleet.size(); ++i) {
        const auto state = fleet.phone(i);
        if (state.dead)
            continue;
        const QString line = QString::number(i) + u',' + PhoneDesk::PhoneSim::Fleet::macAddress(i) + u',' +
            QString::number(state.lastFetchStatus) + u',' + QString::number(state.fetches) + u',' +
            QString::number(state.fetchErrors) + u',' + csvField(state.lastFetchFiles.join(u';')) + u',' +
            csvField(state.lastFetchError) + u'\n';
        file.write(line.toUtf8());
    }
    if (!file.commit())
        return PhoneDesk::Error::make(
            PhoneDesk::Error::Code::Io,
            QCoreApplication::translate("phonesim", "Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    PhoneDesk::ProcessGuard::install(); // before any socket: no peer can end this process
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phonedesk-phonesim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHONEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "phonesim",
            "Simulated SIP desk phones on loopback. Phone i answers at 127.1.0.1 + i (skipping .0 and .255) "
            "on the SIP port; its Poly-style REST API is on the REST port of the same address.") +
        u'\n' +
        QCoreApplication::translate("phonesim",
                                    "Exit status: 0 done, 1 could not start, 2 bad options, 3 (with "
                                    "--exit-after-provisioning) some phones got no configuration."));
    parser.addHelpOption();
    parser.addVersionOption();
    auto option = [&parser](const char *name, const char *help, const char *value, const char *fallback) {
        QCommandLineOption o(QString::fromLatin1(name), QCoreApplication::translate("phonesim", help),
                             QString::fromLatin1(value), QString::fromLatin1(fallback));
        parser.addOption(o);
        return o;
    };
    const auto phones = option("phones", QT_TRANSLATE_NOOP("phonesim", "Number of phones."), "N", "100");
    const auto sipPort = option(
        "base-port", QT_TRANSLATE_NOOP("phonesim", "SIP port every phone listens on (0 = any free port)."),
        "P", "5060");
    const auto restPort =
        option("rest-port", QT_TRANSLATE_NOOP("phonesim", "HTTPS REST port (0 = any free port)."), "P", "0");
    const auto loss =
        option("loss", QT_TRANSLATE_NOOP("phonesim", "Share of requests ignored (0..1)."), "P", "0");
    const auto dead =
        option("dead", QT_TRANSLATE_NOOP("phonesim", "Share of phones that never answer (0..1)."), "P", "0");
    const auto garbage = option(
        "garbage", QT_TRANSLATE_NOOP("phonesim", "Share of answers replaced by garbage (0..1)."), "P", "0");
    const auto latency =
        option("latency-ms", QT_TRANSLATE_NOOP("phonesim", "Answer delay in milliseconds."), "MS", "0");
    const auto silence =
        option("reboot-silence-ms", QT_TRANSLATE_NOOP("phonesim", "How long a rebooting phone is silent."),
               "MS", "5000");
    const auto code =
        option("answer-code", QT_TRANSLATE_NOOP("phonesim", "Final answer to OPTIONS."), "CODE", "200");
    const auto provisioning = option("provisioning-url",
                                     QT_TRANSLATE_NOOP("phonesim",
                                                       "Base URL phones fetch <mac>.cfg from: on check-sync, "
                                                       "after a reboot and with --provision-on-boot."),
                                     "URL", "");
    const auto password = option(
        "rest-password", QT_TRANSLATE_NOOP("phonesim", "REST API password (user \"Polycom\")."), "PW", "456");
    const auto seed = option(
        "seed", QT_TRANSLATE_NOOP("phonesim", "Random seed (which phones are dead, which packets are lost)."),
        "N", "1");
    const auto csv =
        option("csv", QT_TRANSLATE_NOOP("phonesim", "Write index,mac,sip_address,rest_address to this file."),
               "FILE", "");
    const auto duration = option(
        "duration-s", QT_TRANSLATE_NOOP("phonesim", "Stop after this many seconds (0 = until interrupted)."),
        "S", "0");
    const QCommandLineOption noRest(QStringLiteral("no-rest"),
                                    QCoreApplication::translate("phonesim", "Do not serve the REST API."));
    parser.addOption(noRest);
    const auto userAgent =
        option("user-agent", QT_TRANSLATE_NOOP("phonesim", "User-Agent of the phones' SIP answers."), "UA",
               "PolycomVVX-VVX_450-UA/6.4.3.2000");
    // First contact: phones out of the box fetch their configuration.
    const QCommandLineOption provisionOnBoot(
        QStringLiteral("provision-on-boot"),
        QCoreApplication::translate(
            "phonesim",
            "Every phone fetches its configuration from --provisioning-url at start, as "
            "a phone out of the box does: <mac>.cfg, then the files a Poly master file "
            "names."));
    parser.addOption(provisionOnBoot);
    const auto bootSpread =
        option("boot-spread-ms",
               QT_TRANSLATE_NOOP("phonesim",
                                 "Phones power up at random times within this many milliseconds (seeded)."),
               "MS", "0");
    const auto concurrency = option(
        "fetch-concurrency",
        QT_TRANSLATE_NOOP("phonesim", "Configuration fetches in flight at most, fleet-wide."), "N", "32");
    const auto fetchTimeout =
        option("fetch-timeout-ms", QT_TRANSLATE_NOOP("phonesim", "Timeout of one provisioning request."),
               "MS", "10000");
    const auto provisioningUserAgent =
        option("provisioning-user-agent",
               QT_TRANSLATE_NOOP(
                   "phonesim",
                   "User-Agent of provisioning requests; {mac}, {MAC} and {mac:} stand for the phone's MAC "
                   "(default: \"FileTransport <user-agent> Type/Application\", as Poly phones send)."),
               "UA", "");
    const auto ca = option(
        "ca",
        QT_TRANSLATE_NOOP("phonesim",
                          "Check the provisioning server's certificate against the CA(s) in this PEM file "
                          "(default: not checked, as on many phones out of the box)."),
        "FILE", "");
    const auto clientCert = option(
        "client-cert",
        QT_TRANSLATE_NOOP(
            "phonesim",
            "Client certificate (PEM) every phone presents; the server accepts it only for phones it names."),
        "FILE", "");
    const auto clientKey = option(
        "client-key", QT_TRANSLATE_NOOP("phonesim", "Private key (PEM) of --client-cert."), "FILE", "");
    const auto clientCertDir = option(
        "client-cert-dir",
        QT_TRANSLATE_NOOP("phonesim", "Per-phone client certificates: <dir>/<mac>.pem and <dir>/<mac>.key."),
        "DIR", "");
    const auto digestSecrets = option(
        "digest-secrets",
        QT_TRANSLATE_NOOP(
            "phonesim",
            "CSV file of \"mac,secret\" lines: the phone's own secret for HTTP Digest authentication."),
        "FILE", "");
    const auto saveConfigs =
        option("save-configs",
               QT_TRANSLATE_NOOP("phonesim", "Write the files each phone received to <dir>/<mac>/<file>."),
               "DIR", "");
    const auto fetchReport = option(
        "fetch-report",
        QT_TRANSLATE_NOOP("phonesim",
                          "Write index,mac,status,fetches,errors,files,error per live phone to this file "
                          "after the first contact and at exit."),
        "FILE", "");
    const QCommandLineOption exitAfter(
        QStringLiteral("exit-after-provisioning"),
        QCoreApplication::translate(
            "phonesim",
            "With --provision-on-boot: exit once every phone has fetched, with status 0 "
            "when all got their configuration and 3 otherwise."));
    parser.addOption(exitAfter);
    parser.process(app);

    PhoneDesk::PhoneSim::FleetConfig config;
    bool ok = true;
    auto number = [&](const QCommandLineOption &o) {
        bool good = false;
        const double v = parser.value(o).toDouble(&good);
        if (!good) {
            print(QCoreApplication::translate("phonesim", "--%1: \"%2\" is not a number.")
                      .arg(o.names().constFirst(), parser.value(o)));
            ok = false;
        }
        return v;
    };
    config.phones = int(number(phones));
    config.sipPort = quint16(number(sipPort));
    config.restPort = quint16(number(restPort));
    config.loss = number(loss);
    config.dead = number(dead);
    config.garbage = number(garbage);
    config.latencyMs = int(number(latency));
    config.rebootSilenceMs = int(number(silence));
    config.answerCode = int(number(code));
    config.seed = quint32(number(seed));
    config.provisioningUrl = parser.value(provisioning);
    config.restPassword = parser.value(password);
    config.rest = !parser.isSet(noRest);
    config.userAgent = parser.value(userAgent);
    config.fetchOnStart = parser.isSet(provisionOnBoot);
    config.bootSpreadMs = int(number(bootSpread));
    config.fetchConcurrency = int(number(concurrency));
    config.fetchTimeoutMs = int(number(fetchTimeout));
    config.provisioningUserAgent = parser.value(provisioningUserAgent);
    config.caPath = parser.value(ca);
    config.clientCertificatePath = parser.value(clientCert);
    config.clientKeyPath = parser.value(clientKey);
    config.clientCertificateDirectory = parser.value(clientCertDir);
    config.saveDirectory = parser.value(saveConfigs);
    if (!parser.value(digestSecrets).isEmpty()) {
        QString error;
        if (!readSecrets(parser.value(digestSecrets), &config.digestSecrets, &error)) {
            print(error);
            ok = false;
        }
    }
    if (parser.isSet(exitAfter) && !config.fetchOnStart) {
        print(
            QCoreApplication::translate("phonesim", "--exit-after-provisioning needs --provision-on-boot."));
        ok = false;
    }
    const int seconds = int(number(duration));
    if (!ok)
        return 2;

    PhoneDesk::PhoneSim::Fleet fleet;
    if (auto started = fleet.start(config); !started) {
        print(started.error().fullText());
        return started.error().code == PhoneDesk::Error::Code::Validation ? 2 : 1; // bad options : cannot run
    }
    if (!parser.value(csv).isEmpty()) {
        if (auto written = fleet.writeCsv(parser.value(csv)); !written) {
            print(written.error().fullText());
            return 1;
        }
    }
    print(QStringLiteral("phones %1 first %2 last %3 sip-port %4 rest-port %5 rest-sha256 %6")
              .arg(fleet.size())
              .arg(fleet.sipAddress(0), fleet.sipAddress(fleet.size() - 1))
              .arg(fleet.sipPort())
              .arg(fleet.restPort())
              .arg(QString::fromLatin1(fleet.certificateSha256().toHex())));

    const QString reportPath = parser.value(fetchReport);
    auto report = [&fleet, &reportPath] {
        if (reportPath.isEmpty())
            return;
        if (auto written = writeReport(fleet, reportPath); !written)
            print(written.error().fullText());
    };
    int exitCode = 0;
    QElapsedTimer sinceStart;
    sinceStart.start();
    QObject::connect(&fleet, &PhoneDesk::PhoneSim::Fleet::firstContactDone, &app, [&] {
        // One machine-readable line, then the phones that did not get their configuration.
        int phonesTotal = 0;
        int failed = 0;
        QMap<int, int> statuses;
        QStringList failures;
        for (int i = 0; i < fleet.size(); ++i) {
            const auto state = fleet.phone(i);
            if (state.dead)
                continue;
            ++phonesTotal;
            ++statuses[state.lastFetchStatus];
            if (!state.lastFetchError.isEmpty()) {
                ++failed;
                if (failures.size() < 20)
                    failures.append(QStringLiteral("fetch-failed %1 %2 %3")
                                        .arg(PhoneDesk::PhoneSim::Fleet::macAddress(i))
                                        .arg(state.lastFetchStatus)
                                        .arg(state.lastFetchError));
            }
        }
        QStringList histogram;
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            histogram.append(QStringLiteral("%1:%2").arg(it.key()).arg(it.value()));
        print(QStringLiteral("first-contact phones %1 configured %2 failed %3 statuses %4 ms %5")
                  .arg(phonesTotal)
                  .arg(phonesTotal - failed)
                  .arg(failed)
                  .arg(histogram.join(u','))
                  .arg(sinceStart.elapsed()));
        for (const QString &line : std::as_const(failures))
            print(line);
        report();
        if (parser.isSet(exitAfter)) {
            exitCode = failed == 0 ? 0 : 3;
            app.quit();
        }
    });

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&app] {
        if (s_stop)
            app.quit();
    });
    poll.start(100);
    if (seconds > 0)
        QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    const int rc = app.exec();
    report();
    const auto stats = fleet.stats();
    print(QStringLiteral("received %1 answered %2 dropped %3 garbage %4 malformed %5")
              .arg(stats.received)
              .arg(stats.answered)
              .arg(stats.dropped)
              .arg(stats.garbage)
              .arg(stats.malformed));
    return rc != 0 ? rc : exitCode;
}
