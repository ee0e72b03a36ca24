#include "testsupport.h"

#include "scram.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace PhoneDesk::Test {

ConnectionSpec postgresSpec(const QString &database)
{
    return ConnectionSpec::postgres(
        qEnvironmentVariable("PHONEDESK_TEST_PG_HOST", QStringLiteral("127.0.0.1")),
        qEnvironmentVariableIntValue("PHONEDESK_TEST_PG_PORT"), database,
        qEnvironmentVariable("PHONEDESK_TEST_PG_USER", QStringLiteral("phonedesk")),
        qEnvironmentVariable("PHONEDESK_TEST_PG_PASSWORD"));
}

bool postgresAvailable()
{
    return qEnvironmentVariableIntValue("PHONEDESK_TEST_PG_PORT") > 0;
}

TestDatabase createDatabase(Backend backend, QString *error)
{
    TestDatabase db;
    if (backend == Backend::Sqlite) {
        db.dir = std::make_unique<QTemporaryDir>();
        db.spec = ConnectionSpec::sqlite(db.dir->filePath(QStringLiteral("test.sqlite")));
    } else {
        static QAtomicInt counter;
        const QString name = QStringLiteral("pdtest_%1_%2_%3")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QDateTime::currentMSecsSinceEpoch())
                                 .arg(counter.fetchAndAddRelaxed(1));
        {
            QSqlDatabase admin =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pdtest-admin"));
            const ConnectionSpec spec = postgresSpec(QStringLiteral("postgres"));
            admin.setHostName(spec.host);
            admin.setPort(spec.port);
            admin.setUserName(spec.user);
            admin.setPassword(spec.password);
            admin.setDatabaseName(spec.database);
            if (!admin.open()) {
                if (error)
                    *error = admin.lastError().text();
            } else {
                QSqlQuery q(admin);
                if (!q.exec(QStringLiteral("CREATE DATABASE ") + name) && error)
                    *error = q.lastError().text();
                admin.close();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pdtest-admin"));
        db.spec = postgresSpec(name);
    }
    auto storage = Storage::open(db.spec);
    if (!storage) {
        if (error)
            *error = storage.error().fullText();
        return db;
    }
    db.storage = std::move(storage).value();
    return db;
}

std::unique_ptr<Storage> openAgain(const TestDatabase &db, QString *error)
{
    auto storage = Storage::open(db.spec);
    if (!storage) {
        if (error)
            *error = storage.error().fullText();
        return nullptr;
    }
    return std::move(storage).value();
}

ConnectionSpec asLogin(const ConnectionSpec &spec, const QString &login, const QString &password)
{
    ConnectionSpec other = spec;
    other.user = login;
    other.password = password;
    return other;
}

QString teamLogin(const TestDatabase &db, const QString &name)
{
    return db.spec.database + QStringLiteral("_p_") + name; // never one of its group roles' names
}

PsqlResult psql(const ConnectionSpec &spec, const QStringList &statements)
{
    QStringList args {QStringLiteral("-h"), spec.host,
                      QStringLiteral("-p"), QString::number(spec.port),
                      QStringLiteral("-U"), spec.user,
                      QStringLiteral("-d"), spec.database,
                      QStringLiteral("-X"), QStringLiteral("-q"),
                      QStringLiteral("-t"), QStringLiteral("-A"),
                      QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                      QStringLiteral("-v"), QStringLiteral("VERBOSITY=verbose")};
    for (const QString &s : statements)
        args << QStringLiteral("-c") << s;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), spec.password);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("psql"), args);
    PsqlResult r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("psql did not finish: ") + p.errorString();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.err = QString::fromUtf8(p.readAllStandardError());
    static const QRegularExpression state(QStringLiteral(R"((?:ERROR|FATAL):\s+([0-9A-Z]{5}):)"));
    if (const auto m = state.match(r.err); m.hasMatch())
        r.sqlState = m.captured(1);
    return r;
}

bool addTeamMember(Storage &storage, const QString &login, TeamRole role, const QString &password,
                   QString *error)
{
    TeamMember member;
    member.login = login;
    member.role = role;
    auto added = storage.team().add(member, Scram::verifier(password));
    if (!added && error)
        *error = added.error().fullText();
    return bool(added);
}

} // namespace PhoneDesk::Test
