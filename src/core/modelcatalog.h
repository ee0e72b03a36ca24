#pragma once

// The catalog of phone models PhoneDesk knows, loaded from data (resources/catalog/models.json).

#include "result.h"
#include "types.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace PhoneDesk {

// What a model can do; settings in the schema name the capability they need.
enum class Capability { Media, Sip, Provisions, Held };

// How Restart reaches a model.
enum class RestartChannel { PolyRest, SipNotify, None };

struct PhoneModel
{
    QString id; // stable key, e.g. "poly-vvx-450"
    QString vendor; // "Poly"
    QString family; // "VVX"
    QString familyId; // key of its family in the catalog, e.g. "poly-vvx"; empty for models of none
    QString model; // "VVX 450"
    QString displayName; // "Poly VVX 450"
    QList<PhoneCategory> categories;
    int maxLineKeys = 1;
    HardwareIdType hardwareIdType = HardwareIdType::None;
    bool held = false; // HELD / E911 location (Poly VVX, CCX, Edge E)
    bool cloudMediaCompatible = true; // false: warn when assigned to a cloud-media site
    QString renderer; // "poly-ucs", "yealink", "audiocodes" or empty
    RestartChannel restartChannel = RestartChannel::None;
    QString rebootEvent; // SIP NOTIFY Event header value that reboots, e.g. "check-sync;reboot=true"
    QString resyncEvent; // ... that re-fetches the configuration without reboot
    QStringList codecs; // supported codecs, MIME names ("audio/opus")
    QStringList userAgentTokens; // substrings of the provisioning User-Agent naming this model
    QVariantMap defaults; // setting key -> model default (over the schema default)

    bool supports(PhoneCategory category) const { return categories.contains(category); }
    bool has(Capability capability) const;
};

class ModelCatalog final
{
public:
    // The built-in catalog, loaded once from the embedded resource.
    static const ModelCatalog &builtin();

    // Parses a catalog document; errors name the model and the field.
    static Result<ModelCatalog> fromJson(const QByteArray &json);

    const QList<PhoneModel> &models() const { return m_models; }
    const PhoneModel *find(const QString &id) const;
    // The models that may be used for phones of `category`.
    QList<const PhoneModel *> modelsFor(PhoneCategory category) const;
    // The model whose User-Agent tokens match `userAgent`, if any.
    const PhoneModel *matchUserAgent(const QString &userAgent) const;

private:
    QList<PhoneModel> m_models;
    QHash<QString, qsizetype> m_index;
};

} // namespace PhoneDesk
