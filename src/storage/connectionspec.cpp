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
    // Several hosts (postgresql://u@db1:5432,db2/pd) are libpq's form, not a URL QUrl reads: the
    // further hosts are taken out of the authority here and the rest is parsed as one URL.
    QList<std::pair<QString, int>> moreHosts;
    QString single = text;
    if (const qsizetype schemeEnd = text.indexOf(QLatin1String("://")); schemeEnd > 0) {
        const qsizetype start = schemeEnd + 3;
        qsizetype end = text.size();
        for (const QChar stop : {u'/', u'?', u'#'})
            if (const qsizetype at = text.indexOf(stop, start); at >= 0 && at < end)
                end = at;
        const QString authority = text.mid(start, end - start);
        const qsizetype userEnd = authority.lastIndexOf(u'@') + 1;
        const QStringList hosts = authority.mid(userEnd).split(u',');
        for (qsizetype i = 1; i < hosts.size(); ++i) {
            const QUrl one(QStringLiteral("postgresql://") + hosts.at(i), QUrl::StrictMode);
            if (hosts.at(i).isEmpty() || !one.isValid() || one.host().isEmpty() ||
                !one.userInfo().isEmpty() || !one.path().isEmpty())
                return fail(QCoreApplication::translate("PhoneDesk::ConnectionSpec",
                                                        "\"%1\" in the PostgreSQL URL is not a host or "
                                                        "host:port.")
                                .arg(hosts.at(i)));
            moreHosts.append({one.host(), one.port(5432)});
        }
        if (hosts.size() > 1)
            single = text.left(start) + authority.left(userEnd) + hosts.constFirst() + text.mid(end);
    }
    const QUrl url(single, QUrl::StrictMode);
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
        spec.moreHosts = moreHosts;
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
            } else if (key == QLatin1String("target_session_attrs")) {
                static const QStringList attrs = {
                    QStringLiteral("any"),       QStringLiteral("read-write"),
                    QStringLiteral("read-only"), QStringLiteral("primary"),
                    QStringLiteral("standby"),   QStringLiteral("prefer-standby")};
                if (!attrs.contains(value))
                    return fail(QCoreApplication::translate("PhoneDesk::ConnectionSpec",
                                                            "target_session_attrs=%1 is not one of %2.")
                                    .arg(value, attrs.join(QLatin1String(", "))));
                spec.targetSessionAttrs = value;
            } else {
                return fail(QCoreApplication::translate(
                                "PhoneDesk::ConnectionSpec",
                                "The PostgreSQL URL parameter \"%1\" is not supported (sslmode, "
                                "sslrootcert and target_session_attrs are).")
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

namespace {

QString hostPort(const QString &host, int port)
{
    const QString shown = host.contains(u':') ? u'[' + host + u']' : host; // IPv6 literal
    return QStringLiteral("%1:%2").arg(shown).arg(port);
}

} // namespace

QString ConnectionSpec::toUrl() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + sqlitePath;
    QStringList servers = {hostPort(host, port)};
    for (const auto &[h, p] : moreHosts)
        servers.append(hostPort(h, p));
    QString url = QStringLiteral("postgresql://%1@%2/%3").arg(user, servers.join(u','), database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCertificate.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCertificate);
    if (!targetSessionAttrs.isEmpty())
        query.addQueryItem(QStringLiteral("target_session_attrs"), targetSessionAttrs);
    if (!query.isEmpty())
        url += u'?' + query.toString(QUrl::FullyEncoded);
    return url;
}

QString ConnectionSpec::hostList() const
{
    QStringList hosts = {host};
    for (const auto &entry : moreHosts)
        hosts.append(entry.first);
    return hosts.join(u',');
}

QString ConnectionSpec::portList() const
{
    QStringList ports = {QString::number(port)};
    for (const auto &entry : moreHosts)
        ports.append(QString::number(entry.second));
    return ports.join(u',');
}

QString ConnectionSpec::describe() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("SQLite %1").arg(QDir::toNativeSeparators(sqlitePath));
    QStringList servers = {hostPort(host, port)};
    for (const auto &[h, p] : moreHosts)
        servers.append(hostPort(h, p));
    return QStringLiteral("PostgreSQL %1@%2/%3").arg(user, servers.join(u','), database);
}

} // namespace PhoneDesk
