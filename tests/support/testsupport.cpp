#include "testsupport.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace PhoneDesk::Test {

namespace {
ConnectionSpec postgresSpec(const QString &database)
{
    return ConnectionSpec::postgres(
        qEnvironmentVariable("PHONEDESK_TEST_PG_HOST", QStringLiteral("127.0.0.1")),
        qEnvironmentVariableIntValue("PHONEDESK_TEST_PG_PORT"), database,
        qEnvironmentVariable("PHONEDESK_TEST_PG_USER", QStringLiteral("phonedesk")),
        qEnvironmentVariable("PHONEDESK_TEST_PG_PASSWORD"));
}
} // namespace

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

} // namespace PhoneDesk::Test
