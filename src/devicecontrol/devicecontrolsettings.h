#pragma once

// Device-control settings that belong to the machine device control runs on rather than to the
// shared database: which local address the SIP socket of the poller and the commands is bound to.
// phonedesk-server reads them from the [deviceControl] group of its INI file; the console and
// phonedesk-cli from the same group of the user's settings file (on Linux
// ~/.config/PhoneDesk/PhoneDesk.conf), which they share.

#include "result.h"

#include <QHostAddress>
#include <QString>

class QSettings;

namespace PhoneDesk {

struct DeviceControlConfig;

struct DeviceControlSettings
{
    static constexpr const char *Group = "deviceControl";
    static constexpr const char *KeyEnabled = "enabled";
    static constexpr const char *KeyBindAddress = "bindAddress";

    bool enabled = true; // phonedesk-server only: status polling and phone commands at all
    QHostAddress bindAddress = QHostAddress(QHostAddress::AnyIPv4); // AnyIPv4 = every address

    bool bindsAllAddresses() const;
    // "" for every address, else the address.
    QString bindAddressText() const;

    // Reads the [deviceControl] group. Empty, "*", "any", "0.0.0.0" and "::" mean every address;
    // anything else must be a unicast IP address of this machine. Errors name the key.
    static Result<DeviceControlSettings> read(QSettings &settings);
    // Parses a bind address as read() does (for a settings form).
    static Result<QHostAddress> parseBindAddress(const QString &text);
    void write(QSettings &settings) const;

    void applyTo(DeviceControlConfig &config) const;
};

} // namespace PhoneDesk
