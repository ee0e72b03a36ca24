#pragma once

// SCRAM-SHA-256 verifiers (RFC 5802, RFC 7677) as PostgreSQL stores them. PhoneDesk computes the
// verifier of a team member's password on the client and hands the server only that, so the
// clear password never reaches the server, its statement log or its replicas.

#include <QByteArray>
#include <QString>

namespace PhoneDesk::Scram {

inline constexpr int DefaultIterations = 4096; // PostgreSQL's scram_iterations default

// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>" (base64 parts) for `password`,
// prepared as PostgreSQL and libpq prepare it (SASLprep, RFC 4013). A random 16-byte salt when
// `salt` is empty.
QString verifier(const QString &password, int iterations = DefaultIterations, QByteArray salt = {});

// The bytes the key is derived from: the password after SASLprep, or as it is (UTF-8) when
// SASLprep refuses it, as PostgreSQL does.
QByteArray preparedPassword(const QString &password);

// SaltedPassword = Hi(password, salt, i) of RFC 5802 (PBKDF2 with HMAC-SHA-256).
QByteArray saltedPassword(const QString &password, const QByteArray &salt, int iterations);

// What is wrong with `password` for a team login (translated), or empty when it will do: at
// least 8 characters, no control characters.
QString checkPassword(const QString &password);

} // namespace PhoneDesk::Scram
