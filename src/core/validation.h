#pragma once

// Validation of every record before it is stored: per-field errors whose messages name the field.
// The same rules serve the editors, the CSV import and the storage layer.

#include "entities.h"
#include "modelcatalog.h"
#include "result.h"

#include <optional>

namespace PhoneDesk {

// What validation needs to know about the records a phone refers to.
class ValidationContext
{
public:
    virtual ~ValidationContext() = default;
    // The model id of base settings `id`, or nullopt if there is no such profile.
    virtual std::optional<QString> baseSettingsModel(Id id) const = 0;
    virtual std::optional<MediaModel> siteMediaModel(Id id) const = 0;
    virtual bool userExists(Id id) const = 0;
};

namespace Validation {

bool isE164(const QString &text); // "+15551234567": + then 2-15 digits, no leading 0
bool isSipUri(const QString &text); // "sip:alice@example.com" / "sips:1001@10.0.0.5:5061"
bool isFqdn(const QString &text); // "softphone-12.example.com"
bool isHostOrAddress(const QString &text); // FQDN, IPv4 or [IPv6], optional :port
bool isExtension(const QString &text); // 2-15 digits, or * # for feature codes

// A character that would make a name read differently from what it is.
struct InvisibleCharacter
{
    qsizetype position = 0; // 1-based, in characters (code points)
    char32_t codePoint = 0;
};
// The first invisible format character in `text` (Unicode category Cf): the bidirectional
// controls U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C, and U+200B, U+2060, U+FEFF,
// U+00AD, tag characters and the rest of Cf. Zero-width non-joiner and joiner (U+200C, U+200D)
// are allowed between two visible non-ASCII characters, where Persian, Indic scripts and emoji
// sequences need them. Every name, label and description is checked with it (the editors, the
// CSV import and the CLI all validate through this file).
std::optional<InvisibleCharacter> findInvisible(QStringView text);

// Managed/unmanaged MAC normalisation into `phone.hardwareId` happens here too, so callers can
// pass what a person typed. Returns the errors; `phone` is normalised in place when valid.
FieldErrors validatePhone(Phone &phone, const ModelCatalog &catalog, const ValidationContext &context);

FieldErrors validateLineKeys(const QList<LineKey> &keys, const PhoneModel &model);
FieldErrors validateSite(const Site &site);
FieldErrors validateUser(const User &user);
FieldErrors validateBaseSettings(const BaseSettings &settings, const ModelCatalog &catalog);
// The Automatic firmware policy needs something to update from: an image of the firmware library
// that the profile's firmware version names for its model (`libraryHasImage`, from
// Firmware::imageFor), or a firmware server URL (an outside server). Errors name the setting.
FieldErrors validateFirmwarePolicy(const BaseSettings &settings, bool libraryHasImage);

// Warnings that do not block saving (e.g. a model incompatible with a cloud-media site).
QStringList phoneWarnings(const Phone &phone, const ModelCatalog &catalog, const ValidationContext &context);

} // namespace Validation
} // namespace PhoneDesk
