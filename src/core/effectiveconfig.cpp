#include "effectiveconfig.h"

#include "settingsschema.h"

namespace PhoneDesk {

QList<LineKey> EffectiveConfig::lines() const
{
    QList<LineKey> out;
    for (const LineKey &key : phone.lineKeys) {
        if (key.type == LineKeyType::Line)
            out.append(key);
    }
    if (out.isEmpty() && model && model->maxLineKeys > 0)
        out.append(LineKey {1, LineKeyType::Line, QString(), QString()});
    return out;
}

EffectiveConfig computeEffectiveConfig(const PhoneModel &model, const BaseSettings &baseSettings,
                                       const Site &site, const Phone &phone, const std::optional<User> &user)
{
    EffectiveConfig config;
    config.model = &model;
    config.phone = phone;
    config.site = site;
    config.user = user;
    config.baseSettingsName = baseSettings.name;

    QVariantMap layered = baseSettings.values;
    for (auto it = phone.overrides.constBegin(); it != phone.overrides.constEnd(); ++it)
        layered.insert(it.key(), it.value());
    config.settings = SettingsSchema::builtin().resolved(layered, model);
    return config;
}

} // namespace PhoneDesk
