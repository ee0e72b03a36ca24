#include "redirectionsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QSettings>

namespace PhoneDesk::RedirectionSettings {

namespace { } // namespace

Result<QUrl> parseBaseUrl(const QString &text, const QString &label)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QUrl();
    const QUrl url(trimmed, QUrl::StrictMode);
    // The credentials go with every request: never in clear, never to a URL without a host.
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
        !url.query().isEmpty() || !url.fragment().isEmpty())
        return Error::validation(
            {{label,
              QCoreApplication::translate("PhoneDesk::Redirection",
                                          "%1: \"%2\" is not an https:// address with a host (for example "
                                          "https://api.ztp.poly.com/v1).")
                  .arg(label, trimmed)}});
    return url;
}

Result<QList<QSslCertificate>> loadCaCertificates(const QString &path)
{
    if (path.trimmed().isEmpty())
        return QList<QSslCertificate>();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("PhoneDesk::Redirection",
                                                       "Cannot read the CA certificates \"%1\": %2")
                               .arg(path, file.errorString()));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return Error::make(
            Error::Code::Validation,
            QCoreApplication::translate("PhoneDesk::Redirection",
                                        "\"%1\" holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
                .arg(path));
    return certificates;
}

Result<QList<RedirectionServiceConfig>> fromServer(QSettings &ini, const QProcessEnvironment &env)
{
    auto certificates =
        loadCaCertificates(ini.value(QStringLiteral("redirection/caCertificates")).toString());
    if (!certificates)
        return certificates.error();
    struct Entry
    {
        const char *service;
        const char *urlKey;
        const char *keyVariable;
        const char *secretVariable;
    };
    const Entry entries[] = {
        {PolyZtpServiceId, "redirection/polyZtpUrl", PolyZtpKeyVariable, nullptr},
        {YealinkRpsServiceId, "redirection/yealinkRpsUrl", YealinkRpsKeyIdVariable,
         YealinkRpsKeySecretVariable},
    };
    QList<RedirectionServiceConfig> out;
    for (const Entry &e : entries) {
        RedirectionServiceConfig c;
        c.service = QString::fromLatin1(e.service);
        auto url = parseBaseUrl(ini.value(QLatin1String(e.urlKey)).toString(), QLatin1String(e.urlKey));
        if (!url)
            return url.error();
        c.baseUrl = *url;
        c.key = env.value(QLatin1String(e.keyVariable)).trimmed();
        if (e.secretVariable)
            c.secret = env.value(QLatin1String(e.secretVariable)).trimmed();
        c.caCertificates = *certificates;
        c.enabled = !c.key.isEmpty();
        if (c.enabled && !c.configured())
            return Error::make(
                Error::Code::Validation,
                QCoreApplication::translate(
                    "PhoneDesk::Redirection",
                    "%1 is set but %2 is not: Yealink RPS needs the AccessKey ID and its secret.")
                    .arg(QLatin1String(e.keyVariable), QLatin1String(e.secretVariable)));
        out.append(c);
    }
    return out;
}

} // namespace PhoneDesk::RedirectionSettings
