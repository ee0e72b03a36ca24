// phonedesk-phonesim: a simulated fleet of SIP desk phones on loopback (see fleet.h for the
// address scheme).

#include "fleet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phonedesk-phonesim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHONEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "phonesim",
        "Simulated SIP desk phones on loopback. Phone i answers at 127.1.0.1 + i (skipping .0 and .255) "
        "on the SIP port; its Poly-style REST API is on the REST port of the same address."));
    parser.addHelpOption();
    parser.addVersionOption();
    auto option = [&parser](const char *name, const char *help, const char *value, const char *fallback) {
        QCommandLineOption o(QString::fromLatin1(name), QCoreApplication::translate("phonesim", help),
                             QString::fromLatin1(value), QString::fromLatin1(fallback));
        parser.addOption(o);
        return o;
    };
    const auto phones = option("phones", "Number of phones.", "N", "100");
    const auto sipPort =
        option("base-port", "SIP port every phone listens on (0 = any free port).", "P", "5060");
    const auto restPort = option("rest-port", "HTTPS REST port (0 = any free port).", "P", "0");
    const auto loss = option("loss", "Share of requests ignored (0..1).", "P", "0");
    const auto dead = option("dead", "Share of phones that never answer (0..1).", "P", "0");
    const auto garbage = option("garbage", "Share of answers replaced by garbage (0..1).", "P", "0");
    const auto latency = option("latency-ms", "Answer delay in milliseconds.", "MS", "0");
    const auto silence = option("reboot-silence-ms", "How long a rebooting phone is silent.", "MS", "5000");
    const auto code = option("answer-code", "Final answer to OPTIONS.", "CODE", "200");
    const auto provisioning =
        option("provisioning-url", "Base URL phones fetch <mac>.cfg from on check-sync.", "URL", "");
    const auto password = option("rest-password", "REST API password (user \"Polycom\").", "PW", "456");
    const auto seed =
        option("seed", "Random seed (which phones are dead, which packets are lost).", "N", "1");
    const auto csv = option("csv", "Write index,mac,sip_address,rest_address to this file.", "FILE", "");
    const auto duration =
        option("duration-s", "Stop after this many seconds (0 = until interrupted).", "S", "0");
    const QCommandLineOption noRest(QStringLiteral("no-rest"),
                                    QCoreApplication::translate("phonesim", "Do not serve the REST API."));
    parser.addOption(noRest);
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
    const int seconds = int(number(duration));
    if (!ok)
        return 2;

    PhoneDesk::PhoneSim::Fleet fleet;
    if (auto started = fleet.start(config); !started) {
        print(started.error().fullText());
        return 1;
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
    const auto stats = fleet.stats();
    print(QStringLiteral("received %1 answered %2 dropped %3 garbage %4 malformed %5")
              .arg(stats.received)
              .arg(stats.answered)
              .arg(stats.dropped)
              .arg(stats.garbage)
              .arg(stats.malformed));
    return rc;
}
