#pragma once

// The base-settings schema: every setting a Base Settings profile can hold, its type, range,
// default, label and help. The Base Settings editor, validation and renderers are driven by it.

#include "modelcatalog.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace PhoneDesk {

struct SettingDefinition
{
    enum class Type {
        Bool,
        Int,
        String,
        Enum, // one of `choices`
        CodecList, // ordered list of MIME names, from the model's codecs
        Url, // absolute URL; `httpsOnly` demands https
        KeyValues, // "name=value" lines (raw vendor parameters)
    };

    QString key; // "media.dscpRtp"
    QString category; // "media"
    Type type = Type::String;
    QVariant defaultValue;
    int minimum = 0;
    int maximum = 0;
    bool evenOnly = false;
    bool httpsOnly = false;
    int maxLength = 255;
    QStringList choices; // Enum keys
    Capability needs = Capability::Media;
    const char *label = nullptr; // untranslated; use SettingsSchema::label()
    const char *help = nullptr;

    bool appliesTo(const PhoneModel &model) const { return model.has(needs); }
};

class SettingsSchema final
{
public:
    static const SettingsSchema &builtin();

    const QList<SettingDefinition> &settings() const { return m_settings; }
    const SettingDefinition *find(const QString &key) const;

    // Category keys in display order: general, media, codecs, dtmf, security, provisioning, e911, advanced.
    static QStringList categories();
    static QString categoryLabel(const QString &category);
    static QString label(const SettingDefinition &definition);
    static QString help(const SettingDefinition &definition);
    static QString choiceLabel(const QString &choice);

    // The default of `key` for `model`: the model's default if it has one, else the schema's.
    QVariant defaultFor(const SettingDefinition &definition, const PhoneModel &model) const;

    // The settings that apply to `model`.
    QList<const SettingDefinition *> settingsFor(const PhoneModel &model) const;

    // Checks one value; the message names the setting. An invalid value gives a FieldError.
    std::optional<FieldError> validate(const SettingDefinition &definition, const QVariant &value,
                                       const PhoneModel &model) const;
    // Checks a whole map of values (base settings or phone overrides) for `model`: unknown keys,
    // settings that do not apply to the model, and every range. `fieldPrefix` is put before keys.
    FieldErrors validateValues(const QVariantMap &values, const PhoneModel &model) const;

    // Values with every applicable default filled in, then `values` on top (unknown keys dropped).
    QVariantMap resolved(const QVariantMap &values, const PhoneModel &model) const;

    // Values converted to their schema types (JSON gives doubles for ints, lists of variants for
    // codec lists); unknown keys and unconvertible values are kept as they are for validation to report.
    QVariantMap normalized(const QVariantMap &values) const;

    // Converts a value from text (CSV, CLI) to the setting's type. Empty optional on bad text.
    std::optional<QVariant> fromText(const SettingDefinition &definition, const QString &text) const;
    // ... and back: lists joined with '|', booleans as true/false.
    static QString toText(const SettingDefinition &definition, const QVariant &value);

    static const QStringList &allCodecs();

private:
    SettingsSchema();
    QList<SettingDefinition> m_settings;
    QHash<QString, qsizetype> m_index; // key -> position in m_settings (find() runs per imported row)
};

} // namespace PhoneDesk
