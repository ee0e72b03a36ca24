#pragma once

// Where a managed phone stands with its vendor's redirection service (Poly ZTP, Yealink RPS): the
// states of the phone_redirection table, their stable keys and their labels for people.

#include <QString>

#include <optional>

namespace PhoneDesk {

enum class RedirectionState {
    None, // the phone has no redirection service (another vendor, not managed, no MAC)
    Pending, // to be registered (or registered again) with the service
    Registered, // the service sends the phone to this PhoneDesk
    Failed, // the service refused it, or gave up; the reason says why
    NotConfigured, // the service is not configured here: nothing is sent
    Removing, // the phone is gone (or moved away): to be removed from the service
};

// "pending", "registered", "failed", "not_configured", "removing"; empty for None.
QString toKey(RedirectionState state);
std::optional<RedirectionState> redirectionStateFromKey(const QString &key);
// Translated: "Pending", "Registered", …; empty for None.
QString displayName(RedirectionState state);

// The services PhoneDesk registers phones with, by their stable ids.
inline constexpr const char *PolyZtpServiceId = "poly-ztp";
inline constexpr const char *YealinkRpsServiceId = "yealink-rps";
// "Poly ZTP", "Yealink RPS"; an unknown id as it is.
QString redirectionServiceName(const QString &service);

} // namespace PhoneDesk
