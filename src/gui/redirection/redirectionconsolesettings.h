#pragma once

// The console's settings of the redirection services: whether each is on, its address and the extra
// CA certificates in the user's settings ([redirection]); the keys in the OS keychain
// (CredentialStore), never in a settings file or the database.

#include "redirectionservice.h"

namespace PhoneDesk::RedirectionConsoleSettings {

struct Stored
{
    QList<RedirectionServiceConfig> services; // one per service PhoneDesk knows
    QString caCertificatesPath;
};

// What the user's settings and the keychain hold. `warning` says what could not be read (the
// keychain, the CA file); the services concerned are off then.
Stored load(QString *warning = nullptr);
// Saves everything; the keys go to the keychain (or, without one, into memory for this session:
// false with `warning` saying so).
bool save(const Stored &stored, QString *warning = nullptr);

// The keychain entry of a service's key ("secret": Yealink's AccessKey secret).
QString keychainKey(const QString &service, bool secret = false);

} // namespace PhoneDesk::RedirectionConsoleSettings
