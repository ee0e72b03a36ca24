#include "redirectionconsolesettings.h"

#include "credentialstore.h"
#include "redirectionsettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace PhoneDesk::RedirectionConsoleSettings {

namespace {

QString group(const QString &service)
{
    return QStringLiteral("redirection/") + service + u'/';
}

// Keys are looked up only for a service that is on: an empty keychain asks nothing.
QString readKey(const QString &entry, QStringList &problems)
{
    QString value;
    QString error;
    if (!CredentialStore::load(entry, &value, &error)) {
        problems.append(error);
        return {};
    }
    return value;
}

} // namespace

QString keychainKey(const QString &service, bool secret)
{
    return QStringLiteral("phonedesk-redirection:%1:%2")
        .arg(service, secret ? QStringLiteral("secret") : QStringLiteral("key"));
}

Stored load(QString *warning)
{
    QSettings settings;
    Stored stored;
    QStringList problems;
    stored.caCertificatesPath = settings.value(QStringLiteral("redirection/caCertificates")).toString();
    const auto certificates = RedirectionSettings::loadCaCertificates(stored.caCertificatesPath);
    if (!certificates)
        problems.append(certificates.error().fullText());
    for (const QString &service : RedirectionServices::all()) {
        RedirectionServiceConfig c;
        c.service = service;
        c.enabled = settings.value(group(service) + QStringLiteral("enabled"), false).toBool();
        c.baseUrl = QUrl(settings.value(group(service) + QStringLiteral("url")).toString());
        if (certificates)
            c.caCertificates = *certificates;
        if (c.enabled) {
            c.key = readKey(keychainKey(service), problems);
            if (service == QLatin1String(YealinkRpsServiceId))
                c.secret = readKey(keychainKey(service, true), problems);
        }
        // A CA file that cannot be read leaves nothing to trust it with: nothing is sent.
        c.enabled = c.enabled && certificates.ok();
        stored.services.append(c);
    }
    if (warning)
        *warning = problems.join(u' ');
    return stored;
}

bool save(const Stored &stored, QString *warning)
{
    QSettings settings;
    settings.setValue(QStringLiteral("redirection/caCertificates"), stored.caCertificatesPath);
    bool kept = true;
    QStringList problems;
    auto keep = [&](const QString &entry, const QString &value) {
        if (value.isEmpty()) {
            CredentialStore::forget(entry);
            return;
        }
        QString error;
        if (!CredentialStore::store(entry, value, &error)) {
            kept = false;
            problems.append(error);
        }
    };
    for (const RedirectionServiceConfig &c : stored.services) {
        settings.setValue(group(c.service) + QStringLiteral("enabled"), c.enabled);
        settings.setValue(group(c.service) + QStringLiteral("url"), c.baseUrl.toString());
        keep(keychainKey(c.service), c.key);
        if (c.service == QLatin1String(YealinkRpsServiceId))
            keep(keychainKey(c.service, true), c.secret);
    }
    settings.sync();
    if (warning)
        *warning = problems.join(u' ');
    return kept;
}

} // namespace PhoneDesk::RedirectionConsoleSettings
