#include "demofetches.h"

#include "configservice.h"
#include "macaddress.h"
#include "modelcatalog.h"
#include "phonerepository.h"
#include "statusrepository.h"
#include "storage.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>

namespace PhoneDesk {

namespace {
// What each vendor's phones send when they fetch (the formats parseUserAgent reads).
ProvisioningFetch demoFetch(const PhoneConfig &config, const PhoneModel &model)
{
    ProvisioningFetch f;
    const QString token = model.userAgentTokens.value(0, model.model);
    if (config.renderer == QLatin1String("poly-ucs")) {
        const bool pvos = model.family == QLatin1String("CCX") || model.family.startsWith(u"Edge");
        f.firmware = pvos ? QStringLiteral("8.1.3.1301") : QStringLiteral("6.4.6.2156");
        f.userAgent = QStringLiteral("FileTransport Polycom%1-%2-UA/%3 Type/Application")
                          .arg(QString(model.family).remove(u' '), token, f.firmware);
    } else if (config.renderer == QLatin1String("yealink")) {
        f.firmware = QStringLiteral("108.86.0.118");
        f.userAgent = QStringLiteral("Yealink %1 %2 %3")
                          .arg(token, f.firmware, MacAddress::format(config.mac).toLower());
    } else if (config.renderer == QLatin1String("audiocodes")) {
        f.firmware = QStringLiteral("3.4.8.216");
        f.userAgent =
            QStringLiteral("AUDC-IPPhone/%1 (%2-Rev0; %3)").arg(f.firmware, token, config.mac.toUpper());
    } else {
        f.firmware = QStringLiteral("1.0");
        f.userAgent = model.displayName;
    }
    return f;
}
// A made-up address for phone number `n` from the documentation ranges (RFC 5737), which device
// control never probes: a demo without its simulated fleet sends nothing onto the network.
QString documentationAddress(int n)
{
    static const char *const ranges[] = {"192.0.2.", "198.51.100.", "203.0.113."};
    return QString::fromLatin1(ranges[(n / 254) % 3]) + QString::number(1 + n % 254);
}

// The host of a "host:port", "[v6]:port" or bare address.
QString hostOf(const QString &address)
{
    if (address.startsWith(u'['))
        return address.mid(1, address.indexOf(u']') - 1);
    return address.count(u':') == 1 ? address.section(u':', 0, 0) : address;
}
} // namespace

Result<int> recordDemoFetches(Storage &storage)
{
    ConfigService configs(storage);
    auto rendered = configs.renderAll(/*keepFiles*/ false); // the hashes are what a fetch records
    if (!rendered)
        return rendered.error();
    auto rows = storage.phones().list();
    if (!rows)
        return rows.error();
    QHash<Id, QString> addressOf;
    for (const PhoneRow &row : *rows)
        addressOf.insert(row.id, row.networkAddress);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    int recorded = 0;
    auto r = storage.inTransaction([&]() -> Result<void> {
        for (const PhoneConfig &config : std::as_const(*rendered)) {
            const PhoneModel *model = ModelCatalog::builtin().find(config.modelId);
            if (!model)
                continue;
            ProvisioningFetch fetch = demoFetch(config, *model);
            fetch.time = now.addSecs(-60 * (5 + (recorded * 37) % 240));
            // The address the phone fetched from: its SIP address (a simulated phone on loopback)
            // without the port; a phone without one gets a documentation address.
            fetch.ip = hostOf(addressOf.value(config.phoneId));
            if (!QHostAddress(fetch.ip).isLoopback())
                fetch.ip = documentationAddress(recorded);
            fetch.configHash = recorded % 7 == 3
                ? QString::fromLatin1(
                      QCryptographicHash::hash((config.hash + QStringLiteral("earlier")).toUtf8(),
                                               QCryptographicHash::Sha256)
                          .toHex())
                : config.hash;
            if (auto e = storage.status().recordFetch(config.phoneId, fetch); !e)
                return e;
            ++recorded;
        }
        return {};
    });
    if (!r)
        return r.error();
    return recorded;
}

Result<bool> recordDemoFetch(Storage &storage, Id phoneId, const QString &ip)
{
    ConfigService configs(storage);
    auto config = configs.render(phoneId);
    if (!config)
        return config.error();
    if (!*config)
        return false;
    const PhoneModel *model = ModelCatalog::builtin().find((*config)->modelId);
    if (!model)
        return false;
    ProvisioningFetch fetch = demoFetch(**config, *model);
    fetch.time = QDateTime::currentDateTimeUtc();
    fetch.ip = ip;
    fetch.configHash = (*config)->hash;
    if (auto recorded = storage.status().recordFetch(phoneId, fetch); !recorded)
        return recorded.error();
    return true;
}

} // namespace PhoneDesk
