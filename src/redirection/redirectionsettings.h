#pragma once

// Where each redirection service is and how PhoneDesk signs in, as phonedesk-server reads it: the
// base URLs and extra CA certificates from [redirection] of its INI file, the credentials from its
// environment (the systemd unit's EnvironmentFile, readable by root only). The console keeps the
// same settings in the user's settings and the keychain (RedirectionSettingsDialog).

#include "redirectionservice.h"
#include "result.h"

class QProcessEnvironment;
class QSettings;

namespace PhoneDesk::RedirectionSettings {

// The environment variables phonedesk-server reads the credentials from.
inline constexpr const char *PolyZtpKeyVariable = "PHONEDESK_POLY_ZTP_API_KEY";
inline constexpr const char *YealinkRpsKeyIdVariable = "PHONEDESK_YEALINK_RPS_ACCESS_KEY_ID";
inline constexpr const char *YealinkRpsKeySecretVariable = "PHONEDESK_YEALINK_RPS_ACCESS_KEY_SECRET";

// Every service: enabled when its credentials are in `env`. Errors name the setting.
Result<QList<RedirectionServiceConfig>> fromServer(QSettings &ini, const QProcessEnvironment &env);

// A base URL as typed: empty (the vendor's) or https:// with a host. `label` names the field.
Result<QUrl> parseBaseUrl(const QString &text, const QString &label);
// The certificates of a PEM file (empty path: none). Errors name the file.
Result<QList<QSslCertificate>> loadCaCertificates(const QString &path);

} // namespace PhoneDesk::RedirectionSettings
