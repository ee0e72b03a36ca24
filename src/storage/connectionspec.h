#pragma once

// Where the database lives: the embedded SQLite file or a shared PostgreSQL server.

#include <QString>

namespace PhoneDesk {

struct ConnectionSpec
{
    enum class Kind { Sqlite, Postgres };

    Kind kind = Kind::Sqlite;
    QString sqlitePath; // Sqlite: file path
    QString host; // Postgres
    int port = 5432;
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

    // Parses "sqlite:/path/file.sqlite" or "postgresql://user@host:port/db[?sslmode=..&sslrootcert=..]"
    // (password from
    // PGPASSWORD / the keychain, never from the URL in logs). Empty optional on unknown text.
    static bool fromUrl(const QString &url, ConnectionSpec &out, QString *error = nullptr);

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
