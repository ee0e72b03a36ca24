#include "statusicons.h"

#include <array>

namespace PhoneDesk::StatusIcons {

namespace {
QString iconPath(PhoneStatus status)
{
    switch (status) {
    case PhoneStatus::Online:
        return QStringLiteral(":/phonedesk/icons/status-online.svg");
    case PhoneStatus::Degraded:
        return QStringLiteral(":/phonedesk/icons/status-degraded.svg");
    case PhoneStatus::Offline:
        return QStringLiteral(":/phonedesk/icons/status-offline.svg");
    case PhoneStatus::Restarting:
        return QStringLiteral(":/phonedesk/icons/status-restarting.svg");
    case PhoneStatus::NotMonitored:
        return QStringLiteral(":/phonedesk/icons/status-notmonitored.svg");
    case PhoneStatus::Unknown:
        break;
    }
    return QStringLiteral(":/phonedesk/icons/status-unknown.svg");
}
} // namespace

const QIcon &icon(PhoneStatus status)
{
    static const std::array<QIcon, PhoneStatusCount> icons = [] {
        std::array<QIcon, PhoneStatusCount> out;
        for (int i = 0; i < PhoneStatusCount; ++i)
            out[size_t(i)] = QIcon(iconPath(PhoneStatus(i)));
        return out;
    }();
    return icons[size_t(status)];
}

const QString &label(PhoneStatus status)
{
    static const std::array<QString, PhoneStatusCount> labels = [] {
        std::array<QString, PhoneStatusCount> out;
        for (int i = 0; i < PhoneStatusCount; ++i)
            out[size_t(i)] = displayName(PhoneStatus(i));
        return out;
    }();
    return labels[size_t(status)];
}

const QIcon &appIcon()
{
    static const QIcon icon(QStringLiteral(":/phonedesk/icons/phonedesk.svg"));
    return icon;
}

QIcon actionIcon(const QString &themeName, const QString &file)
{
    return QIcon::fromTheme(
        themeName, QIcon(QStringLiteral(":/phonedesk/icons/action-") + file + QStringLiteral(".svg")));
}

} // namespace PhoneDesk::StatusIcons
