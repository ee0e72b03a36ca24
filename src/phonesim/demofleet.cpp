#include "demofleet.h"

#include "configrenderer.h"
#include "demofetches.h"
#include "devicecontrol.h"
#include "modelcatalog.h"
#include "phonerepository.h"
#include "storage.h"

#include <QCoreApplication>
#include <QTimer>

namespace PhoneDesk::PhoneSim {

DemoFleet::DemoFleet(QObject *parent)
    : QObject(parent)
{
    connect(&m_fleet, &Fleet::resyncRequested, this, [this](int index) {
        // The phone fetches its files a moment after it accepted the check-sync.
        QTimer::singleShot(FetchDelayMs, this, [this, index] { onFetch(index); });
    });
    connect(&m_fleet, &Fleet::rebooted, this, &DemoFleet::onFetch); // a phone fetches as it boots
}

DemoFleet::~DemoFleet() = default;

FleetConfig DemoFleet::defaultConfig(const DemoOptions &options)
{
    FleetConfig config;
    config.phones = qMax(1, options.managedPhones + options.unmanagedPhones);
    config.dead = 0.04; // a few phones that never answer, as in any real fleet
    config.latencyMs = 3;
    return config;
}

Result<void> DemoFleet::start(DemoOptions &options, std::optional<FleetConfig> config)
{
    const FleetConfig chosen = config ? *config : defaultConfig(options);
    if (auto started = m_fleet.start(chosen); !started)
        return started;
    options.networkAddress = [this](int index) { return m_fleet.sipAddress(index); };
    return {};
}

Result<DemoSummary> DemoFleet::populate(Storage &storage, const DemoOptions &options)
{
    auto summary = populateDemoData(storage, options);
    if (!summary)
        return summary;
    // The desk phones have fetched their files once (a few since changed: "Pending").
    if (auto fetched = recordDemoFetches(storage); !fetched)
        return fetched.error();
    if (!m_fleet.isRunning())
        return summary;

    auto rows = storage.phones().list();
    if (!rows)
        return rows.error();
    m_phoneOf.clear();
    for (const PhoneRow &row : std::as_const(*rows)) {
        if (row.networkAddress.isEmpty())
            continue;
        const int index = Fleet::indexOf(QHostAddress(row.networkAddress.section(u':', 0, 0)));
        if (index < 0 || index >= m_fleet.size())
            continue;
        m_phoneOf.insert(index, row.id);
        // What the files it fetched say about check-sync.
        if (const PhoneModel *model = ModelCatalog::builtin().find(row.modelId))
            m_fleet.setCheckSyncReboots(index, ConfigRenderer::checkSyncAlwaysReboots(*model));
        // The phone took the admin password its PhoneDesk configuration sets with that fetch.
        auto secret = storage.phones().deviceSecret(row.id);
        if (!secret)
            return secret.error();
        if (!secret->isEmpty())
            m_fleet.setRestPassword(index, DeviceCredentials::adminPassword(*secret));
    }
    m_storage = &storage;
    return summary;
}

void DemoFleet::detach()
{
    m_storage = nullptr;
}

void DemoFleet::configure(DeviceControlConfig &config) const
{
    if (m_fleet.isRunning())
        config.polyRestPort = m_fleet.restPort();
}

Result<void> DemoFleet::trustCertificates(DeviceControl &control)
{
    if (!m_fleet.isRunning())
        return {};
    const QByteArray pin = m_fleet.certificateSha256();
    for (const Id phoneId : std::as_const(m_phoneOf)) {
        if (auto pinned = control.pinRestCertificate(phoneId, pin); !pinned)
            return pinned;
    }
    return {};
}

void DemoFleet::onFetch(int index)
{
    const Id phoneId = m_phoneOf.value(index);
    if (!m_storage || !phoneId || !m_fleet.isRunning())
        return;
    Storage &storage = *m_storage;
    // Only while the record still points at this simulated phone (it may have been edited).
    auto rows = storage.phones().rows({phoneId});
    if (!rows || rows->isEmpty() ||
        Fleet::indexOf(QHostAddress(rows->constFirst().networkAddress.section(u':', 0, 0))) != index)
        return;
    auto recorded = recordDemoFetch(storage, phoneId, Fleet::addressOf(index).toString());
    if (!recorded) {
        qWarning("%s",
                 qPrintable(QCoreApplication::translate("PhoneDesk::PhoneSim",
                                                        "Demo phone %1 could not record its fetch: %2")
                                .arg(index)
                                .arg(recorded.error().fullText())));
        return;
    }
    // Whatever admin password the files it fetched set (the secret may have been renewed).
    if (*recorded) {
        if (auto secret = storage.phones().deviceSecret(phoneId); secret && !secret->isEmpty())
            m_fleet.setRestPassword(index, DeviceCredentials::adminPassword(*secret));
    }
}

} // namespace PhoneDesk::PhoneSim
