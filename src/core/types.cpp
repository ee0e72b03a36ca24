#include "types.h"

#include <QCoreApplication>

namespace PhoneDesk {

namespace {
template<typename Enum, size_t N>
std::optional<Enum> lookup(const QString &key, const std::pair<const char *, Enum> (&table)[N])
{
    const QString k = key.trimmed().toLower();
    for (const auto &[name, value] : table) {
        if (k == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}
} // namespace

bool roleAllows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::View:
        return true;
    case Permission::ControlPhones:
        return role >= Role::Operator;
    case Permission::EditPhones:
        return role >= Role::Editor;
    case Permission::Administer:
        return role == Role::Administrator;
    }
    return false;
}

QString toKey(PhoneCategory value)
{
    switch (value) {
    case PhoneCategory::Managed:
        return QStringLiteral("managed");
    case PhoneCategory::Unmanaged:
        return QStringLiteral("unmanaged");
    case PhoneCategory::WebRtc:
        return QStringLiteral("webrtc");
    case PhoneCategory::Remote:
        return QStringLiteral("remote");
    }
    return {};
}

QString toKey(PhoneStatus value)
{
    switch (value) {
    case PhoneStatus::Unknown:
        return QStringLiteral("unknown");
    case PhoneStatus::Online:
        return QStringLiteral("online");
    case PhoneStatus::Degraded:
        return QStringLiteral("degraded");
    case PhoneStatus::Offline:
        return QStringLiteral("offline");
    case PhoneStatus::Restarting:
        return QStringLiteral("restarting");
    case PhoneStatus::NotMonitored:
        return QStringLiteral("not-monitored");
    }
    return {};
}

QString toKey(LineKeyType value)
{
    switch (value) {
    case LineKeyType::Line:
        return QStringLiteral("line");
    case LineKeyType::SpeedDial:
        return QStringLiteral("speed");
    case LineKeyType::Blf:
        return QStringLiteral("blf");
    case LineKeyType::Unassigned:
        return QStringLiteral("none");
    }
    return {};
}

QString toKey(HardwareIdType value)
{
    switch (value) {
    case HardwareIdType::Mac:
        return QStringLiteral("mac");
    case HardwareIdType::Fqdn:
        return QStringLiteral("fqdn");
    case HardwareIdType::None:
        return QStringLiteral("none");
    }
    return {};
}

QString toKey(MediaModel value)
{
    return value == MediaModel::Cloud ? QStringLiteral("cloud") : QStringLiteral("premises");
}

QString toKey(SipTransport value)
{
    switch (value) {
    case SipTransport::Udp:
        return QStringLiteral("udp");
    case SipTransport::Tcp:
        return QStringLiteral("tcp");
    case SipTransport::Tls:
        return QStringLiteral("tls");
    }
    return {};
}

QString toKey(Role value)
{
    switch (value) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<PhoneCategory> phoneCategoryFromKey(const QString &key)
{
    static const std::pair<const char *, PhoneCategory> table[] = {
        {"managed", PhoneCategory::Managed}, {"unmanaged", PhoneCategory::Unmanaged},
        {"webrtc", PhoneCategory::WebRtc},   {"web-rtc", PhoneCategory::WebRtc},
        {"remote", PhoneCategory::Remote},
    };
    return lookup(key, table);
}

std::optional<PhoneStatus> phoneStatusFromKey(const QString &key)
{
    static const std::pair<const char *, PhoneStatus> table[] = {
        {"unknown", PhoneStatus::Unknown},           {"online", PhoneStatus::Online},
        {"degraded", PhoneStatus::Degraded},         {"offline", PhoneStatus::Offline},
        {"restarting", PhoneStatus::Restarting},     {"not-monitored", PhoneStatus::NotMonitored},
        {"notmonitored", PhoneStatus::NotMonitored},
    };
    return lookup(key, table);
}

std::optional<LineKeyType> lineKeyTypeFromKey(const QString &key)
{
    static const std::pair<const char *, LineKeyType> table[] = {
        {"line", LineKeyType::Line},
        {"speed", LineKeyType::SpeedDial},
        {"speeddial", LineKeyType::SpeedDial},
        {"speed-dial", LineKeyType::SpeedDial},
        {"blf", LineKeyType::Blf},
        {"none", LineKeyType::Unassigned},
        {"unassigned", LineKeyType::Unassigned},
    };
    return lookup(key, table);
}

std::optional<HardwareIdType> hardwareIdTypeFromKey(const QString &key)
{
    static const std::pair<const char *, HardwareIdType> table[] = {
        {"mac", HardwareIdType::Mac}, {"fqdn", HardwareIdType::Fqdn}, {"none", HardwareIdType::None}};
    return lookup(key, table);
}

std::optional<MediaModel> mediaModelFromKey(const QString &key)
{
    static const std::pair<const char *, MediaModel> table[] = {{"cloud", MediaModel::Cloud},
                                                                {"premises", MediaModel::Premises}};
    return lookup(key, table);
}

std::optional<SipTransport> sipTransportFromKey(const QString &key)
{
    static const std::pair<const char *, SipTransport> table[] = {
        {"udp", SipTransport::Udp}, {"tcp", SipTransport::Tcp}, {"tls", SipTransport::Tls}};
    return lookup(key, table);
}

std::optional<Role> roleFromKey(const QString &key)
{
    static const std::pair<const char *, Role> table[] = {{"viewer", Role::Viewer},
                                                          {"operator", Role::Operator},
                                                          {"editor", Role::Editor},
                                                          {"administrator", Role::Administrator},
                                                          {"admin", Role::Administrator}};
    return lookup(key, table);
}

QString displayName(PhoneCategory value)
{
    switch (value) {
    case PhoneCategory::Managed:
        return QCoreApplication::translate("PhoneDesk::Types", "Managed");
    case PhoneCategory::Unmanaged:
        return QCoreApplication::translate("PhoneDesk::Types", "Unmanaged");
    case PhoneCategory::WebRtc:
        return QCoreApplication::translate("PhoneDesk::Types", "WebRTC");
    case PhoneCategory::Remote:
        return QCoreApplication::translate("PhoneDesk::Types", "Remote");
    }
    return {};
}

QString displayName(PhoneStatus value)
{
    switch (value) {
    case PhoneStatus::Unknown:
        return QCoreApplication::translate("PhoneDesk::Types", "Unknown");
    case PhoneStatus::Online:
        return QCoreApplication::translate("PhoneDesk::Types", "Online");
    case PhoneStatus::Degraded:
        return QCoreApplication::translate("PhoneDesk::Types", "Degraded");
    case PhoneStatus::Offline:
        return QCoreApplication::translate("PhoneDesk::Types", "Offline");
    case PhoneStatus::Restarting:
        return QCoreApplication::translate("PhoneDesk::Types", "Restarting");
    case PhoneStatus::NotMonitored:
        return QCoreApplication::translate("PhoneDesk::Types", "Not monitored");
    }
    return {};
}

QString displayName(LineKeyType value)
{
    switch (value) {
    case LineKeyType::Line:
        return QCoreApplication::translate("PhoneDesk::Types", "Line");
    case LineKeyType::SpeedDial:
        return QCoreApplication::translate("PhoneDesk::Types", "Speed dial");
    case LineKeyType::Blf:
        return QCoreApplication::translate("PhoneDesk::Types", "BLF");
    case LineKeyType::Unassigned:
        return QCoreApplication::translate("PhoneDesk::Types", "Unassigned");
    }
    return {};
}

QString displayName(MediaModel value)
{
    return value == MediaModel::Cloud ? QCoreApplication::translate("PhoneDesk::Types", "Cloud")
                                      : QCoreApplication::translate("PhoneDesk::Types", "Premises");
}

QString displayName(Role value)
{
    switch (value) {
    case Role::Viewer:
        return QCoreApplication::translate("PhoneDesk::Types", "Viewer");
    case Role::Operator:
        return QCoreApplication::translate("PhoneDesk::Types", "Operator");
    case Role::Editor:
        return QCoreApplication::translate("PhoneDesk::Types", "Editor");
    case Role::Administrator:
        return QCoreApplication::translate("PhoneDesk::Types", "Administrator");
    }
    return {};
}

} // namespace PhoneDesk
