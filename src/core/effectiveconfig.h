#pragma once

// A phone's effective configuration, computed in this order of precedence:
// model defaults -> base settings -> site (SIP servers, time zone, location) -> phone overrides and line
// keys. Renderers and the preview consume this; they never combine the layers themselves.

#include "entities.h"
#include "modelcatalog.h"

#include <QVariantMap>

#include <optional>

namespace PhoneDesk {

struct EffectiveConfig
{
    const PhoneModel *model = nullptr;
    Phone phone;
    Site site;
    std::optional<User> user; // nullopt = unassigned (logged out)
    QString baseSettingsName;
    QVariantMap settings; // every applicable setting key -> value

    QVariant value(const QString &key) const { return settings.value(key); }
    // The lines the phone registers: line keys of type Line, or one line when there are none.
    QList<LineKey> lines() const;
};

EffectiveConfig computeEffectiveConfig(const PhoneModel &model, const BaseSettings &baseSettings,
                                       const Site &site, const Phone &phone, const std::optional<User> &user);

} // namespace PhoneDesk
