#pragma once

// The console's open database and everything wired to it: the Storage (with its ConnectionGuard on
// PostgreSQL), device control (polling and commands here, or commands through the database in team
// mode), the in-process provisioning server and the main window. main() parses the command line
// and calls open(); File → Connect to Database… calls it again. The tests drive it as main() does.

#include "result.h"
#include "types.h"

#include <QObject>

#include <memory>
#include <optional>

namespace PhoneDesk {

class DeviceControl;
class MainWindow;
class ManagedSettings;
class ProvisioningController;
class RedirectionControl;
class Storage;
struct ConnectionSpec;
struct DemoOptions;

namespace PhoneSim {
class DemoFleet;
}

class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    struct Options
    {
        Role role = Role::Administrator; // embedded database: the role to work in
        bool roleGiven = false; // --role was given: on a team database it may only lower the role
        // --demo: the first database opened is filled with the demo organisation, and the fleet
        // (if running) answers for its phones.
        PhoneSim::DemoFleet *demoFleet = nullptr;
        DemoOptions *demoOptions = nullptr;
    };

    ConsoleSession(const ManagedSettings &managed, Options options, QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Opens `spec` and shows a window on it, replacing the current database, device control,
    // provisioning server and window at once. When it cannot be opened the current ones stay and
    // the reason is shown; false then.
    bool open(ConnectionSpec spec);

    Storage *storage() const { return m_storage.get(); }
    DeviceControl *deviceControl() const { return m_control.get(); }
    ProvisioningController *provisioning() const { return m_provisioning.get(); }
    // The worker registering this database's phones with the vendors' redirection services; null
    // when this console does not do that work (a team database's server does, the demo, a Viewer).
    RedirectionControl *redirection() const { return m_redirection.get(); }
    MainWindow *window() const { return m_window.get(); }
    // The open database is the demo's (not one opened from the demo).
    bool demoOpen() const { return m_demoOpen; }

    // The name the embedded database records as the actor ($USER / %USERNAME%).
    static QString currentUserName();

private:
    Result<std::unique_ptr<Storage>> openStorage(ConnectionSpec spec);
    void makeDeviceControl();
    void makeWindow();
    void startProvisioning();
    void startRedirection();

    const ManagedSettings &m_managed;
    Options m_options;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<DeviceControl> m_control;
    std::unique_ptr<ProvisioningController> m_provisioning;
    std::unique_ptr<RedirectionControl> m_redirection;
    std::unique_ptr<MainWindow> m_window;
    bool m_demoOpen = false;
    // This machine's [deviceControl] settings could not be read: why, and the file.
    QString m_settingsError;
    QString m_settingsFile;
};

} // namespace PhoneDesk
