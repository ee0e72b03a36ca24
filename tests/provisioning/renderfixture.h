#pragma once

// In-memory phones of each renderer family with fixed secrets, shared by the provisioning tests.

#include "configrenderer.h"
#include "modelcatalog.h"

#include <QString>

namespace PhoneDesk::Test {

inline Site sampleSite()
{
    Site site;
    site.id = 1;
    site.name = QStringLiteral("Berlin HQ");
    site.primarySip = {QStringLiteral("sip1.example.net"), 5061, SipTransport::Tls};
    site.secondarySip = {QStringLiteral("sip2.example.net"), 5061, SipTransport::Tls};
    site.provisioningHost = QStringLiteral("prov.example.net:8443");
    site.timeZone = QStringLiteral("Europe/Berlin");
    return site;
}

inline User sampleUser()
{
    return User {7, QStringLiteral("Ada <Lovelace> & \"Co\""), QStringLiteral("ada@example.net"),
                 QStringLiteral("2001"), 1};
}

// A phone of `modelId` with a line, a BLF and a speed dial key; base settings with non-default values.
inline RenderInput sampleInput(const QString &modelId, const QString &mac, QVariantMap baseValues = {})
{
    const PhoneModel *model = ModelCatalog::builtin().find(modelId);
    Q_ASSERT(model);
    BaseSettings bs;
    bs.id = 3;
    bs.name = QStringLiteral("Standard");
    bs.modelId = modelId;
    bs.values = baseValues;
    if (!bs.values.contains(QStringLiteral("media.dscpSip")))
        bs.values.insert(QStringLiteral("media.dscpSip"), 26);
    Phone phone;
    phone.id = 42;
    phone.name = QStringLiteral("Reception");
    phone.hardwareId = mac;
    phone.baseSettingsId = 3;
    phone.siteId = 1;
    phone.userId = 7;
    phone.lineKeys = {
        LineKey {1, LineKeyType::Line, QStringLiteral("Main"), QStringLiteral("2001")},
        LineKey {2, LineKeyType::Blf, QStringLiteral("Boss"), QStringLiteral("2002")},
        LineKey {3, LineKeyType::SpeedDial, QStringLiteral("Lobby"), QStringLiteral("+4930123456")}};
    phone.overrides.insert(QStringLiteral("media.rtpPortStart"), 12000);
    RenderInput input {computeEffectiveConfig(*model, bs, sampleSite(), phone, sampleUser()),
                       QStringLiteral("FixedTestSecret0123456789"),
                       QStringLiteral("https://prov.example.net:8443/")};
    return input;
}

} // namespace PhoneDesk::Test
