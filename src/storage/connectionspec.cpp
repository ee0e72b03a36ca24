#include "connectionspec.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace PhoneDesk {

ConnectionSpec ConnectionSpec::defaultSqlite()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqlite(QDir(dir).filePath(QStringLiteral("phonedesk.sqlite")));
}

ConnectionSpec ConnectionSpec::sqlite(const QString &path)
{
    ConnectionSpec spec;
    spec.kind = Kind::Sqlite;
    spec.sqlitePath = path;
    return spec;
}

ConnectionSpec ConnectionSpec::postgres(const QString &host, int port, const QString &database,
                                        const QString &user, const QString &password)
{
    ConnectionSpec spec;
    spec.kind = Kind::Postgres;
    spec.host = host;
    spec.port = port;
    spec.database = database;
    spec.user = user;
    spec.password = password;
    return spec;
}

bool ConnectionSpec::fromUrl(const QString &text, ConnectionSpec &out, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (text.startsWith(QLatin1String("sqlite:"))) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty())
            return fail(
                QCoreApplication::translate("PhoneDesk::ConnectionSpec", "The SQLite URL names no file."));
        out = sqlite(path);
        return true;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() &&
        (url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres"))) {
        QString db = url.path();
        if (db.startsWith(u'/'))
            db = db.mid(1);
        if (url.host().isEmpty() || db.isEmpty())
            return fail(QCoreApplication::translate("PhoneDesk::ConnectionSpec",
                                                    "A PostgreSQL URL needs a host and a database: "
                                                    "postgresql://user@host:5432/phonedesk"));
        ConnectionSpec spec = postgres(url.host(), url.port(5432), db, url.userName(), url.password());
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("sslmode")) {
                static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                                  QStringLiteral("prefer"),    QStringLiteral("require"),
                                                  QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
                if (!modes.contains(value))
                    return fail(QCoreApplication::translate("PhoneDesk::ConnectionSpec",
                                                            "sslmode=%1 is not one of %2.")
                                    .arg(value, modes.join(QLatin1String(", "))));
                spec.sslMode = value;
            } else if (key == QLatin1String("sslrootcert")) {
                spec.sslRootCertificate = value;
            } else {
                return fail(QCoreApplication::translate(
                                "PhoneDesk::ConnectionSpec",
                                "The PostgreSQL URL parameter \"%1\" is not supported (sslmode and "
                                "sslrootcert are).")
                                .arg(key));
            }
        }
        out = spec;
        return true;
    }
    return fail(
        QCoreApplication::translate("PhoneDesk::ConnectionSpec",
                                    "\"%1\" is not a database address; use sqlite:/path/file.sqlite or "
                                    "postgresql://user@host:5432/database.")
            .arg(text));
}

QString ConnectionSpec::describe() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("SQLite %1").arg(QDir::toNativeSeparators(sqlitePath));
    return QStringLiteral("PostgreSQL %1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace PhoneDesk
