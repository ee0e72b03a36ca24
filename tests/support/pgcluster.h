#pragma once

// A PostgreSQL cluster of a test's own (initdb and pg_ctl on a free loopback port), for tests that
// stop, restart or fail over the database and so cannot use the shared cluster scripts/test
// starts: postgres superuser, trust on loopback, fsync off. A second cluster can be made a
// streaming standby of a first one (pg_basebackup -R) and promoted. As root, the postgres user the
// package made runs the server (PostgreSQL refuses root). Stopped (immediate) on destruction.

#include "connectionspec.h"
#include "storage.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace PhoneDesk::Test {

class PgCluster
{
public:
    PgCluster() = default;
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // The server binaries exist (the newest /usr/lib/postgresql/<n>/bin); else why not.
    static bool available(QString *why = nullptr);
    // available(), psql on the PATH and the PostgreSQL tests switched on (PHONEDESK_TEST_PG_PORT).
    static bool usable(QString *why);

    bool create(QString *error);
    // A standby of `primary`, streaming from it, started read-only.
    bool createStandbyOf(const PgCluster &primary, QString *error);
    bool start(QString *error);
    // mode: smart, fast or immediate.
    bool stop(const QString &mode, QString *error = nullptr);
    bool promote(QString *error);
    bool createDatabase(const QString &name, QString *error);
    // createDatabase(), then opens it as postgres; null (with `error`) when either fails.
    std::unique_ptr<Storage> createAndOpen(const QString &name, QString *error);
    // psql -c as postgres; the unaligned, tuples-only output (trimmed) or an error.
    bool sql(const QString &database, const QString &statement, QString *out, QString *error);

    int port() const { return m_port; }
    ConnectionSpec spec(const QString &database) const;
    QString log() const;

private:
    bool prepare(QString *error);
    QString dataDir() const;
    bool run(QStringList command, bool asPostgres, QString *error, QString *out = nullptr);

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_asPostgres = false;
};

// For a test slot that makes clusters of its own: skips it without PostgreSQL's server binaries,
// psql or the PostgreSQL tests' switch (PHONEDESK_TEST_PG_PORT), and fails it instead when
// PHONEDESK_REQUIRE_PG=1 says they must be there.
#define PHONEDESK_REQUIRE_OWN_CLUSTERS()                                                                     \
    do {                                                                                                     \
        QString why_;                                                                                        \
        if (!PhoneDesk::Test::PgCluster::usable(&why_)) {                                                    \
            if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))                                        \
                QFAIL(qPrintable(QStringLiteral("PHONEDESK_REQUIRE_PG is set but PostgreSQL cannot be run "  \
                                                "here: %1")                                                  \
                                     .arg(why_)));                                                           \
            QSKIP(qPrintable(why_));                                                                         \
        }                                                                                                    \
    } while (false)

} // namespace PhoneDesk::Test
