#pragma once

// The files a provisioning renderer produces for one phone, and the inputs it needs beyond the
// effective configuration (the per-device secret and where the phone fetches from).

#include "effectiveconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace PhoneDesk {

struct RenderedFile
{
    QString name; // file name the phone requests, e.g. "0004f2abcdef.cfg"
    QByteArray contentType; // MIME type served
    QByteArray body;

    bool operator==(const RenderedFile &) const = default;
};

struct RenderInput
{
    EffectiveConfig config;
    QString deviceSecret; // PhoneRepository::deviceSecret(); the credentials below are derived from it
    QString provisioningUrl; // https://host[:port]/ the phone fetches from (from the site, else the server
                             // setting)
};

// The ordered parameter list a key/value renderer builds. Raw vendor parameters replace an earlier
// value of the same name and move to the end ("written last, so it wins").
class ParameterList final
{
public:
    void set(const QString &name, const QString &value);
    void set(const QString &name, int value) { set(name, QString::number(value)); }
    void setRaw(const QString &name, const QString &value);
    const QList<std::pair<QString, QString>> &items() const { return m_items; }

private:
    QList<std::pair<QString, QString>> m_items;
};

// Credentials from the per-device secret: one secret in the database. SIP passwords are derived
// (they also go to the registrar, a third party) so a leaked SIP password does not open the
// phone's admin interface; the admin password is the secret, which the REST client uses.
namespace DeviceCredentials {
QString sipPassword(const QString &deviceSecret, int line);
QString adminPassword(const QString &deviceSecret);
} // namespace DeviceCredentials

} // namespace PhoneDesk
