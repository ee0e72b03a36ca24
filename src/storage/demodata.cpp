#include "demodata.h"

#include "basesettingsrepository.h"
#include "modelcatalog.h"
#include "phonerepository.h"
#include "quarantinerepository.h"
#include "siterepository.h"
#include "storage.h"
#include "userrepository.h"

#include <QCoreApplication>

namespace PhoneDesk {

namespace {
const char *const FirstNames[] = {"Anna", "Ben",   "Chloé", "David", "Elif", "Farid", "Greta",
                                  "Hiro", "Ines",  "Jonas", "Katja", "Luis", "Maya",  "Noah",
                                  "Olga", "Pavel", "Quinn", "Rosa",  "Sven", "Tara"};
const char *const LastNames[] = {"Keller",    "Okafor",  "Dubois", "Novak",   "Yılmaz",  "Haddad",
                                 "Lindqvist", "Tanaka",  "García", "Weber",   "Ivanova", "Moreno",
                                 "Patel",     "Schmidt", "Rossi",  "Kowalski"};

// Vendor OUIs so the demo MACs look like the real thing.
QString ouiFor(const PhoneModel &m)
{
    if (m.vendor == QLatin1String("Poly"))
        return QStringLiteral("0004f2");
    if (m.vendor == QLatin1String("Yealink"))
        return QStringLiteral("805ec0");
    if (m.vendor == QLatin1String("AudioCodes"))
        return QStringLiteral("00908f");
    if (m.vendor == QLatin1String("Spectralink"))
        return QStringLiteral("00907a");
    return QStringLiteral("020000"); // locally administered
}
} // namespace

Result<DemoSummary> populateDemoData(Storage &storage, const DemoOptions &options)
{
    auto existing = storage.phones().count();
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error::make(
            Error::Code::InUse,
            QCoreApplication::translate("PhoneDesk::Storage",
                                        "The database already has phones; demo data is only added to an "
                                        "empty database."));
    DemoSummary summary;
    const ModelCatalog &catalog = ModelCatalog::builtin();

    // Sites
    struct SiteSeed
    {
        const char *name, *description, *host, *tz, *location;
        MediaModel media;
    };
    const SiteSeed siteSeeds[] = {
        {"Berlin HQ", "Headquarters, floors 2-5", "sip-berlin.example.com", "Europe/Berlin",
         "Friedrichstr. 100, 10117 Berlin", MediaModel::Cloud},
        {"London Office", "Sales and support", "sip-london.example.com", "Europe/London",
         "1 Finsbury Ave, London EC2M 2PF", MediaModel::Premises},
        {"New York", "Americas contact centre", "sip-nyc.example.com", "America/New_York",
         "350 5th Ave, New York, NY 10118", MediaModel::Cloud},
        {"Home Office", "Remote and hybrid workers", "sip-edge.example.com", "UTC", "", MediaModel::Cloud},
    };
    QList<Site> sites;
    for (const SiteSeed &s : siteSeeds) {
        Site site;
        site.name = QString::fromUtf8(s.name);
        site.description = QString::fromUtf8(s.description);
        site.mediaModel = s.media;
        site.primarySip = {QString::fromLatin1(s.host), 5061, SipTransport::Tls};
        site.secondarySip = {QStringLiteral("backup-") + QString::fromLatin1(s.host), 5061,
                             SipTransport::Tls};
        site.provisioningHost = QStringLiteral("prov.example.com");
        site.timeZone = QString::fromLatin1(s.tz);
        site.e911Location = QString::fromUtf8(s.location);
        site.numberPlan = QStringLiteral("E.164; outbound via default route");
        auto created = storage.sites().create(site);
        if (!created)
            return created.error();
        sites.append(*created);
    }
    summary.sites = int(sites.size());

    // Users
    QList<User> users;
    for (int i = 0; i < options.users; ++i) {
        const QString first = QString::fromUtf8(FirstNames[i % std::size(FirstNames)]);
        const QString last =
            QString::fromUtf8(LastNames[(i / std::size(FirstNames) + i) % std::size(LastNames)]);
        User user;
        user.name = first + u' ' + last;
        user.email = QStringLiteral("user%1@example.com").arg(i + 1);
        user.extension = QString::number(1000 + i);
        auto created = storage.users().create(user);
        if (!created)
            return created.error();
        users.append(*created);
    }
    summary.users = int(users.size());

    // Base settings: one default profile per model, plus a hardened variant for one model.
    QHash<QString, BaseSettings> profileByModel;
    for (const PhoneModel &m : catalog.models()) {
        BaseSettings b;
        b.name = m.displayName + QStringLiteral(" - default");
        b.modelId = m.id;
        b.description = QStringLiteral("Default settings for the %1").arg(m.displayName);
        if (m.held) {
            b.values.insert(QStringLiteral("e911.heldEnabled"), true);
            b.values.insert(QStringLiteral("e911.lisUrl"), QStringLiteral("https://lis.example.com/held"));
            b.values.insert(QStringLiteral("e911.ersAccountId"), QStringLiteral("ERS-10442"));
        }
        auto created = storage.baseSettings().create(b);
        if (!created)
            return created.error();
        profileByModel.insert(m.id, *created);
    }
    summary.baseSettings = int(profileByModel.size());

    const QList<const PhoneModel *> managedModels = catalog.modelsFor(PhoneCategory::Managed);
    QList<Phone> phones;
    int addressIndex = 0;
    for (int i = 0; i < options.managedPhones; ++i) {
        const PhoneModel *m = managedModels.at(i % managedModels.size());
        // Keep incompatible models off cloud-media sites in the demo.
        const Site &site = m->cloudMediaCompatible ? sites.at(i % 3) : sites.at(1);
        Phone p;
        p.name = QStringLiteral("%1 %2 %3")
                     .arg(site.name.section(u' ', 0, 0), m->model)
                     .arg(i + 1, 3, 10, QLatin1Char('0'));
        p.category = PhoneCategory::Managed;
        p.baseSettingsId = profileByModel.value(m->id).id;
        p.siteId = site.id;
        p.hardwareId = ouiFor(*m) + QStringLiteral("%1").arg(0x100000 + i, 6, 16, QLatin1Char('0'));
        if (!users.isEmpty() && i % 4 != 3)
            p.userId = users.at(i % users.size()).id;
        for (int k = 1; k <= qMin(m->maxLineKeys, 4); ++k) {
            if (k == 1)
                p.lineKeys.append({1, LineKeyType::Line, QStringLiteral("Line 1"), QString()});
            else if (k == 2)
                p.lineKeys.append({2, LineKeyType::Blf, QStringLiteral("Reception"), QStringLiteral("1000")});
            else if (k == 3)
                p.lineKeys.append(
                    {3, LineKeyType::SpeedDial, QStringLiteral("Helpdesk"), QStringLiteral("+4930123456")});
        }
        if (options.networkAddress)
            p.networkAddress = options.networkAddress(addressIndex++);
        phones.append(p);
    }
    for (int i = 0; i < options.unmanagedPhones; ++i) {
        Phone p;
        p.name = QStringLiteral("Analog adapter %1").arg(i + 1, 3, 10, QLatin1Char('0'));
        p.category = PhoneCategory::Unmanaged;
        p.baseSettingsId = profileByModel.value(QStringLiteral("generic-sip")).id;
        p.siteId = sites.at(1).id; // premises site: unmanaged phones do not work with cloud media
        p.hardwareId = QStringLiteral("02aa%1").arg(0x10000000 + i, 8, 16, QLatin1Char('0'));
        if (options.networkAddress)
            p.networkAddress = options.networkAddress(addressIndex++);
        phones.append(p);
    }
    for (int i = 0; i < options.webRtcPhones && !users.isEmpty(); ++i) {
        Phone p;
        const User &user = users.at(i % users.size());
        p.name = QStringLiteral("WebRTC %1").arg(user.name) +
            (i >= users.size() ? QStringLiteral(" %1").arg(i) : QString());
        p.category = PhoneCategory::WebRtc;
        p.baseSettingsId = profileByModel.value(QStringLiteral("webrtc")).id;
        p.siteId = sites.at(i % sites.size()).id;
        p.userId = user.id;
        phones.append(p);
    }
    for (int i = 0; i < options.remotePhones; ++i) {
        Phone p;
        p.name = QStringLiteral("Remote %1").arg(i + 1, 3, 10, QLatin1Char('0'));
        p.category = PhoneCategory::Remote;
        p.baseSettingsId = profileByModel.value(QStringLiteral("remote")).id;
        p.siteId = sites.at(3).id;
        p.remoteAddress = i % 3 == 2 ? QStringLiteral("sip:agent%1@home.example.net").arg(i + 1)
                                     : QStringLiteral("+4915%1").arg(10000000 + i * 7919);
        if (!users.isEmpty())
            p.userId = users.at((i + 40) % users.size()).id;
        phones.append(p);
    }
    auto saved = storage.phones().saveMany(phones, {}, QStringLiteral("phone.create"));
    if (!saved)
        return saved.error();
    summary.phones = int(saved->size());

    // Unknown phones seen by the provisioning server, as their User-Agents announce themselves.
    // Their addresses come from the documentation ranges (RFC 5737), which are never probed.
    struct Unboxed
    {
        const char *mac, *userAgent, *modelId, *ip;
        int minutesAgo, requests;
    };
    static constexpr Unboxed unboxed[] = {
        {"0004f2c0ffee", "FileTransport PolycomVVX-VVX_450-UA/6.4.3.5156 Type/Application", "poly-vvx-450",
         "192.0.2.31", 7, 3},
        {"805ec0d15ea5", "Yealink SIP-T46U 108.86.0.45 80:5e:c0:d1:5e:a5", "yealink-t46u", "192.0.2.58", 42,
         12},
        {"00908f5eed01", "AUDC-IPPhone/3.4.6 (440HDG-Rev0; 00908F5EED01)", "audiocodes-440hd",
         "198.51.100.17", 180, 1},
    };
    QList<QuarantineEntry> sightings;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < std::min<int>(options.quarantinedPhones, std::size(unboxed)); ++i) {
        const Unboxed &u = unboxed[i];
        if (!catalog.find(QLatin1String(u.modelId)))
            continue;
        const QDateTime seen = now.addSecs(-60 * u.minutesAgo);
        sightings.append({QLatin1String(u.mac), seen.addSecs(-600), seen, QLatin1String(u.ip),
                          QLatin1String(u.userAgent), QLatin1String(u.modelId), u.requests});
    }
    auto quarantined = QuarantineRepository(storage).record(sightings, int(std::size(unboxed)));
    if (!quarantined)
        return quarantined.error();
    summary.quarantined = *quarantined;
    return summary;
}

} // namespace PhoneDesk
