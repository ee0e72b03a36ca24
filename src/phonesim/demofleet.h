#pragma once

// The console's demo (`phonedesk --demo`): the demo organisation with the simulated fleet answering
// for its managed and unmanaged phones on loopback, so that status, Restart, Resync and Log Out
// really run. Nothing of the demo leaves this computer: the fleet's phones are on 127.1.x.x, and
// the demo's made-up addresses (fetch IPs of phones without a simulated one, quarantined phones)
// come from the documentation ranges, which device control refuses to contact (siptarget.h).
//
// The simulated phones behave as phones that fetched their PhoneDesk configuration: their REST API
// takes the admin password that configuration sets (the device secret; a Poly phone's Restart goes
// over REST), and since the demo runs no provisioning server, a phone told to check-sync, or back
// from a reboot, has its fetch of the current files recorded as the server would record it.

#include "demodata.h"
#include "entities.h"
#include "fleet.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace PhoneDesk {
class DeviceControl;
class Storage;
struct DeviceControlConfig;
} // namespace PhoneDesk

namespace PhoneDesk::PhoneSim {

class DemoFleet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoFleet)

public:
    explicit DemoFleet(QObject *parent = nullptr);
    ~DemoFleet() override;

    // The demo's fleet: one simulated phone per managed and unmanaged phone of `options`, a few
    // that never answer (as in any real fleet), 3 ms answer delay.
    static FleetConfig defaultConfig(const DemoOptions &options);
    // How long a simulated phone takes to fetch its files after a check-sync.
    static constexpr int FetchDelayMs = 1000;

    // Starts the fleet; on success `options.networkAddress` points the demo's phones at it. On
    // failure the demo still works, without status (its phones have no address to probe).
    Result<void> start(DemoOptions &options, std::optional<FleetConfig> config = std::nullopt);
    bool isRunning() const { return m_fleet.isRunning(); }
    Fleet &fleet() { return m_fleet; }

    // Fills the empty demo database (populateDemoData, recordDemoFetches) and, with the fleet
    // running, ties the simulated phones to their records: admin passwords, and fetches recorded
    // in `storage` from then on (until detach()). The storage actor needs to be an administrator.
    Result<DemoSummary> populate(Storage &storage, const DemoOptions &options);
    // Stops recording in the storage given to populate() (it is being closed).
    void detach();

    // Device control for the demo database: the fleet's REST port.
    void configure(DeviceControlConfig &config) const;
    // Trusts the fleet's REST certificate for the demo's phones, as an administrator would after
    // comparing it (Phones > Trust Phone Web Certificate).
    Result<void> trustCertificates(DeviceControl &control);

    // The phone a simulated phone answers for (0: none).
    Id phoneIdOf(int index) const { return m_phoneOf.value(index); }

private:
    void onFetch(int index);

    Fleet m_fleet;
    QPointer<Storage> m_storage;
    QHash<int, Id> m_phoneOf; // fleet index -> phone id
};

} // namespace PhoneDesk::PhoneSim
