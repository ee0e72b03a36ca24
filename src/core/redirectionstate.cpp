#include "redirectionstate.h"

#include <QCoreApplication>

namespace PhoneDesk {

namespace {
constexpr std::pair<RedirectionState, const char *> Keys[] = {
    {RedirectionState::Pending, "pending"},   {RedirectionState::Registered, "registered"},
    {RedirectionState::Failed, "failed"},     {RedirectionState::NotConfigured, "not_configured"},
    {RedirectionState::Removing, "removing"},
};
} // namespace

QString toKey(RedirectionState state)
{
    for (const auto &[s, key] : Keys) {
        if (s == state)
            return QLatin1String(key);
    }
    return {};
}

std::optional<RedirectionState> redirectionStateFromKey(const QString &key)
{
    for (const auto &[s, name] : Keys) {
        if (key == QLatin1String(name))
            return s;
    }
    return std::nullopt;
}

QString displayName(RedirectionState state)
{
    switch (state) {
    case RedirectionState::None:
        return {};
    case RedirectionState::Pending:
        return QCoreApplication::translate("PhoneDesk::Types", "Pending");
    case RedirectionState::Registered:
        return QCoreApplication::translate("PhoneDesk::Types", "Registered");
    case RedirectionState::Failed:
        return QCoreApplication::translate("PhoneDesk::Types", "Failed");
    case RedirectionState::NotConfigured:
        return QCoreApplication::translate("PhoneDesk::Types", "Not configured");
    case RedirectionState::Removing:
        return QCoreApplication::translate("PhoneDesk::Types", "Removing");
    }
    return {};
}

QString redirectionServiceName(const QString &service)
{
    // Product names: not translated.
    if (service == QLatin1String(PolyZtpServiceId))
        return QStringLiteral("Poly ZTP");
    if (service == QLatin1String(YealinkRpsServiceId))
        return QStringLiteral("Yealink RPS");
    return service;
}

} // namespace PhoneDesk
