#pragma once

// Where the database lives: the embedded SQLite file or a shared PostgreSQL server.

#include <QList>
#include <QString>

#include <utility>

namespace PhoneDesk {

struct ConnectionSpec
{
    enum class Kind { Sqlite, Postgres };

    Kind kind = Kind::Sqlite;
    QString sqlitePath; // Sqlite: file path
    QString host; // Postgres: the first (or only) server
    int port = 5432;
    // Further servers of the same cluster (a standby that may be promoted), tried in order after
    // `host` when a connection is (re)opened: postgresql://u@db1:5432,db2:5432/phonedesk.
    QList<std::pair<QString, int>> moreHosts;
    // libpq's target_session_attrs (any, read-write, read-only, primary, standby, prefer-standby):
    // with several hosts, "read-write" skips a standby and so follows the primary after a failover.
    QString targetSessionAttrs;
    QString database;
    QString user;
    QString password; // never persisted by PhoneDesk in plain text (the console keeps it in the OS keychain)
    int connectTimeoutSeconds = 5;
    // PostgreSQL TLS, passed to libpq as given (the URL's ?sslmode=verify-full&sslrootcert=/ca.pem):
    // empty means libpq's default (sslmode=prefer, ~/.postgresql/root.crt).
    QString sslMode;
    QString sslRootCertificate;
    // PostgreSQL: LISTEN for other consoles' changes and publish them in this process. One
    // connection per process listens (the console's or the server's main one); connections of
    // worker threads set this to false, or every remote change would be published once per connection.
    bool listenForChanges = true;

    // The default embedded database: phonedesk.sqlite in the user's application data folder.
    static ConnectionSpec defaultSqlite();
    static ConnectionSpec sqlite(const QString &path);
    static ConnectionSpec postgres(const QString &host, int port, const QString &database,
                                   const QString &user, const QString &password);

    // Parses "sqlite:/path/file.sqlite" or
    // "postgresql://user@host:port[,host2:port2...]/db[?sslmode=..&sslrootcert=..&target_session_attrs=..]"
    // (password from PGPASSWORD / the keychain, never from the URL in logs). False with a message
    // naming the part on anything else.
    static bool fromUrl(const QString &url, ConnectionSpec &out, QString *error = nullptr);
    // The URL form without the password (what fromUrl() reads back).
    QString toUrl() const;

    // libpq's host and port lists for all servers ("db1,db2" and "5432,5433").
    QString hostList() const;
    QString portList() const;

    // An in-memory SQLite database: it exists on its one connection only, so work that would run on
    // a second connection (a worker thread's) has to share that one.
    bool isPrivate() const
    {
        return kind == Kind::Sqlite && (sqlitePath.isEmpty() || sqlitePath == QLatin1String(":memory:"));
    }

    // "SQLite /home/a/phonedesk.sqlite" or "PostgreSQL phonedesk@db.example.com:5432/phonedesk" (no
    // password).
    QString describe() const;
};

} // namespace PhoneDesk
