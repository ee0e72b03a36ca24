#pragma once

// Database passwords: kept in the OS keychain (QtKeychain), never in a settings file. When no
// keychain is available (no Secret Service on Linux), the password lives in memory for this
// session only and the caller says so.

#include <QString>

namespace PhoneDesk::CredentialStore {

// The key a connection's password is filed under: "postgresql://user@host:port/db".
QString keyFor(const QString &host, int port, const QString &database, const QString &user);

// Stores in the keychain; on failure keeps it for the session and returns false with `error`.
bool store(const QString &key, const QString &password, QString *error);
// The session copy first, then the keychain. Empty optional-like: false with `error`.
bool load(const QString &key, QString *password, QString *error);
void forget(const QString &key);

} // namespace PhoneDesk::CredentialStore
