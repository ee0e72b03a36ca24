#pragma once

// Enumerations of the domain and their stable storage keys / translated labels.

#include <QMetaType>
#include <QString>

#include <optional>

namespace PhoneDesk {

enum class PhoneCategory { Managed, Unmanaged, WebRtc, Remote };
inline constexpr int PhoneCategoryCount = 4;

enum class PhoneStatus { Unknown, Online, Degraded, Offline, Restarting, NotMonitored };
inline constexpr int PhoneStatusCount = 6;

enum class LineKeyType { Line, SpeedDial, Blf, Unassigned };

enum class HardwareIdType { Mac, Fqdn, None };

enum class MediaModel { Cloud, Premises };

enum class SipTransport { Udp, Tcp, Tls };

// Console roles (seed "Permissions"). Ordered: each role can do what the ones before it can.
enum class Role { Viewer, Operator, Editor, Administrator };

enum class Permission {
    View, // everyone
    ControlPhones, // restart, log out, check status
    EditPhones, // add, edit, delete phones
    Administer, // base settings, sites, users, import, settings
};

bool roleAllows(Role role, Permission permission);

// Stable keys used in the database, CSV files and the CLI; never translated.
QString toKey(PhoneCategory value);
QString toKey(PhoneStatus value);
QString toKey(LineKeyType value);
QString toKey(HardwareIdType value);
QString toKey(MediaModel value);
QString toKey(SipTransport value);
QString toKey(Role value);

// Parse a key (case-insensitive; a few common spellings accepted, e.g. "webrtc", "speed").
std::optional<PhoneCategory> phoneCategoryFromKey(const QString &key);
std::optional<PhoneStatus> phoneStatusFromKey(const QString &key);
std::optional<LineKeyType> lineKeyTypeFromKey(const QString &key);
std::optional<HardwareIdType> hardwareIdTypeFromKey(const QString &key);
std::optional<MediaModel> mediaModelFromKey(const QString &key);
std::optional<SipTransport> sipTransportFromKey(const QString &key);
std::optional<Role> roleFromKey(const QString &key);

// Translated labels for people.
QString displayName(PhoneCategory value);
QString displayName(PhoneStatus value);
QString displayName(LineKeyType value);
QString displayName(MediaModel value);
QString displayName(Role value);

} // namespace PhoneDesk

Q_DECLARE_METATYPE(PhoneDesk::PhoneCategory)
Q_DECLARE_METATYPE(PhoneDesk::PhoneStatus)
