// ConnectionGuard on the real PostgreSQL test cluster: a connection the server ends
// (pg_terminate_backend, what a restart does to every session) is noticed, logged once,
// reconnected, LISTENs again and publishes Reset events; a failed statement on a live connection
// is not taken for a lost one; the backoff doubles to its cap with jitter.

#include "changefeed.h"
#include "connectionguard.h"
#include "phonerepository.h"
#include "testsupport.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "phonedesk.storage.connection") == 0) {
        QMutexLocker lock(&s_logMutex);
        s_log.append(message);
    }
    if (s_previous)
        s_previous(type, context, message);
}

QStringList logLines()
{
    QMutexLocker lock(&s_logMutex);
    return s_log;
}

qint64 backendPid(Storage &storage)
{
    QSqlQuery q(storage.database());
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}
} // namespace

// Skipped without the test cluster; failed when PHONEDESK_REQUIRE_PG=1 says it must be there.
#define REQUIRE_POSTGRES()                                                                                   \
    do {                                                                                                     \
        if (!postgresAvailable()) {                                                                          \
            if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))                                        \
                QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test cluster is configured "            \
                      "(PHONEDESK_TEST_PG_PORT)");                                                           \
            QSKIP("no PostgreSQL test cluster (PHONEDESK_TEST_PG_PORT)");                                    \
        }                                                                                                    \
    } while (false)

class TestConnectionGuard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backoffDoublesToItsCapWithJitter();
    void terminatedConnectionIsRestoredAndListensAgain();
    void failedStatementIsNotALostConnection();
    void workerConnectionIsRestoredWithoutResets();
};

void TestConnectionGuard::initTestCase()
{
    s_previous = qInstallMessageHandler(collect);
}

void TestConnectionGuard::backoffDoublesToItsCapWithJitter()
{
    const ConnectionGuard::Timing timing; // 0.5 s doubling to 30 s
    QRandomGenerator random(42);
    QSet<int> firstDelays;
    for (int i = 0; i < 50; ++i) {
        const int first = ConnectionGuard::backoffDelayMs(0, timing, random);
        QVERIFY2(first >= 375 && first <= 625, qPrintable(QString::number(first)));
        firstDelays.insert(first);
        const int third = ConnectionGuard::backoffDelayMs(2, timing, random); // 2 s
        QVERIFY2(third >= 1500 && third <= 2500, qPrintable(QString::number(third)));
        const int late = ConnectionGuard::backoffDelayMs(12, timing, random);
        QVERIFY2(late >= 22500 && late <= 30000, qPrintable(QString::number(late)));
        QVERIFY(ConnectionGuard::backoffDelayMs(1000, timing, random) <= 30000);
    }
    QVERIFY2(firstDelays.size() > 10, "no jitter"); // guards do not retry in lockstep
}

void TestConnectionGuard::terminatedConnectionIsRestoredAndListensAgain()
{
    REQUIRE_POSTGRES();
    QString error;
    TestDatabase db = createDatabase(Backend::Postgres, &error);
    QVERIFY2(db.storage, qPrintable(error));
    auto other = openAgain(db, &error);
    QVERIFY2(other, qPrintable(error));

    ConnectionGuard::Timing timing;
    timing.initialDelayMs = 50;
    timing.maxDelayMs = 400;
    timing.probeIntervalMs = 60000; // the notification socket must notice it, not the probe
    auto *guard = new ConnectionGuard(*db.storage, QStringLiteral("main"), timing);
    QCOMPARE(ConnectionGuard::of(*db.storage), guard);
    QVERIFY(guard->isConnected());
    QSignalSpy lost(guard, &ConnectionGuard::lost);
    QSignalSpy restored(guard, &ConnectionGuard::restored);
    QList<ChangeEvent> events;
    connect(ChangeFeed::instance(), &ChangeFeed::changed, this,
            [&](const ChangeEvent &event) { events.append(event); });

    const qint64 before = backendPid(*db.storage);
    QVERIFY(before > 0);
    s_log.clear();
    QSqlQuery kill(other->database());
    QVERIFY2(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(before)),
             qPrintable(kill.lastError().text()));

    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5000);
    QVERIFY2(lost.first().first().toString().contains(QLatin1String("terminat")) ||
                 lost.first().first().toString().contains(QLatin1String("connection")),
             qPrintable(lost.first().first().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 10000);
    QVERIFY(guard->isConnected());
    QCOMPARE(lost.size(), 1); // one loss, one line
    const QStringList lines = logLines();
    QCOMPARE(lines.filter(QStringLiteral("database connection lost: ")).size(), 1);
    QVERIFY2(lines.filter(QStringLiteral("; reconnecting")).size() == 1, qPrintable(lines.join(u'\n')));
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^database connection restored after [0-9.]+ s")))
                 .size(),
             1);

    // A new session, and the caches are told to reload what the outage hid.
    const qint64 after = backendPid(*db.storage);
    QVERIFY(after > 0 && after != before);
    for (const auto entity : {ChangeEvent::Entity::Phone, ChangeEvent::Entity::Status})
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [&](const ChangeEvent &e) {
            return e.entity == entity && e.kind == ChangeEvent::Kind::Reset;
        }));

    // LISTENing again: another process's notification reaches this process's feed.
    events.clear();
    QSqlQuery notify(other->database());
    QVERIFY(notify.exec(QStringLiteral("SELECT pg_notify('phonedesk_changes', 'elsewhere/phone:u:4242')")));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(),
                                         [](const ChangeEvent &e) {
                                             return e.entity == ChangeEvent::Entity::Phone &&
                                                 e.ids == QList<Id> {4242};
                                         }),
                             5000);
    QVERIFY(db.storage->phones().list().ok());
}

void TestConnectionGuard::failedStatementIsNotALostConnection()
{
    REQUIRE_POSTGRES();
    QString error;
    TestDatabase db = createDatabase(Backend::Postgres, &error);
    QVERIFY2(db.storage, qPrintable(error));
    auto *guard = new ConnectionGuard(*db.storage, QStringLiteral("main"));
    QSignalSpy lost(guard, &ConnectionGuard::lost);
    QSqlQuery bad(db.storage->database());
    QVERIFY(!bad.exec(QStringLiteral("SELECT * FROM no_such_table")));
    QVERIFY(!guard->checkAfterFailure());
    QVERIFY(guard->isConnected());
    QCOMPARE(lost.size(), 0);
}

void TestConnectionGuard::workerConnectionIsRestoredWithoutResets()
{
    REQUIRE_POSTGRES();
    QString error;
    TestDatabase db = createDatabase(Backend::Postgres, &error);
    QVERIFY2(db.storage, qPrintable(error));
    auto opened = Storage::openForWorker(db.spec, QStringLiteral("worker"), Role::Operator);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().fullText()));
    std::unique_ptr<Storage> worker = std::move(opened).value();
    ConnectionGuard::Timing timing;
    timing.initialDelayMs = 50;
    timing.maxDelayMs = 400;
    timing.probeIntervalMs = 60000;
    auto *guard = new ConnectionGuard(*worker, QStringLiteral("status poller"), timing);
    QSignalSpy restored(guard, &ConnectionGuard::restored);
    QList<ChangeEvent> events;
    connect(ChangeFeed::instance(), &ChangeFeed::changed, this,
            [&](const ChangeEvent &event) { events.append(event); });

    QSqlQuery kill(db.storage->database());
    QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backendPid(*worker))));
    // Not listening: nothing tells it but the next statement that fails.
    QSqlQuery failing(worker->database());
    QTRY_VERIFY_WITH_TIMEOUT(!failing.exec(QStringLiteral("SELECT 1")), 5000);
    QVERIFY(guard->checkAfterFailure());
    QVERIFY(!guard->isConnected());
    QVERIFY(guard->checkAfterFailure()); // still gone: keep what failed
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 10000);
    QVERIFY(worker->phones().list().ok());
    QVERIFY(std::none_of(events.cbegin(), events.cend(),
                         [](const ChangeEvent &e) { return e.kind == ChangeEvent::Kind::Reset; }));
}

QTEST_GUILESS_MAIN(TestConnectionGuard)
#include "tst_connectionguard.moc"
