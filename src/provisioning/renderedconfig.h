#pragma once

// The files a provisioning renderer produces for one phone, and the inputs it needs beyond the
// effective configuration (the per-device secret and where the phone fetches from).

#include "effectiveconfig.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace PhoneDesk {

// Where a renderer wrote a credential (a SIP password, the admin password that is the device
// secret) into a body or a text: `length` units from `offset` (bytes of a RenderedFile's body,
// characters of a RenderedText). The console masks exactly these; nothing guesses from names.
struct SecretSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;

    bool operator==(const SecretSpan &) const = default;
};

struct RenderedFile
{
    QString name; // file name the phone requests, e.g. "0004f2abcdef.cfg"
    QByteArray contentType; // MIME type served
    QByteArray body;
    QList<SecretSpan> secrets {}; // credentials in `body`, in order; not part of the hash

    bool operator==(const RenderedFile &) const = default;
};

// A firmware image of the library as the provisioning server serves it to one phone.
struct LibraryFirmware
{
    QString url; // https://<provisioning host>/firmware/<mac>/<sha256>/<name>; empty: no image
    QString version; // the image's version

    bool operator==(const LibraryFirmware &) const = default;
};

struct RenderInput
{
    EffectiveConfig config;
    QString deviceSecret; // PhoneRepository::deviceSecret(); the credentials below are derived from it
    QString provisioningUrl; // https://host[:port]/ the phone fetches from (from the site, else the server
                             // setting)
    // The library image the phone's firmware version names for its model (ConfigService fills it
    // in); with the Automatic policy the firmware parameters point at it rather than at the
    // free-text firmware URL.
    LibraryFirmware firmware {};
};

// Text for people (the registration data of an unmanaged phone) and where credentials are in it.
struct RenderedText
{
    QString text;
    QList<SecretSpan> secrets; // character offsets into `text`, in order
};

// The same text with every secret replaced by `mask` (a fixed mask, so the length of a secret does
// not show). Spans that do not fit the text are masked up to its end.
QString maskSecrets(const QString &text, const QList<SecretSpan> &secrets, const QString &mask);
// A file body as text with its secret spans in characters (the body is UTF-8).
RenderedText toText(const RenderedFile &file);

// The ordered parameter list a key/value renderer builds. Raw vendor parameters replace an earlier
// value of the same name and move to the end ("written last, so it wins").
class ParameterList final
{
public:
    void set(const QString &name, const QString &value);
    void set(const QString &name, int value) { set(name, QString::number(value)); }
    // A credential: the renderer reports where it wrote the value, so the console can mask it.
    void setSecret(const QString &name, const QString &value);
    // A raw parameter that replaces a secret one stays secret: it sits where the credential goes.
    void setRaw(const QString &name, const QString &value);
    const QList<std::pair<QString, QString>> &items() const { return m_items; }
    bool isSecret(const QString &name) const { return m_secrets.contains(name); }

private:
    QList<std::pair<QString, QString>> m_items;
    QSet<QString> m_secrets;
};

// Credentials from the per-device secret: one secret in the database. SIP passwords are derived
// (they also go to the registrar, a third party) so a leaked SIP password does not open the
// phone's admin interface; the admin password is the secret, which the REST client uses.
namespace DeviceCredentials {
QString sipPassword(const QString &deviceSecret, int line);
QString adminPassword(const QString &deviceSecret);
} // namespace DeviceCredentials

} // namespace PhoneDesk
