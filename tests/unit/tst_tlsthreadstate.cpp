// freeTlsStateWhenFinished(): a thread's own OpenSSL state is freed by the time the thread's
// `finished` has been delivered, not later by OpenSSL's thread-exit handler (which runs after
// QThread::wait() has returned, so a process ending right then could leave it half freed).
#include "tlsthreadstate.h"

#include <QTest>
#include <QThread>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rand.h>

#include <atomic>
#include <cstdlib>

using namespace PhoneDesk;

namespace {
// Blocks OpenSSL has allocated and not freed, in the whole process. Counted through OpenSSL's
// own allocator hooks, which main() installs before OpenSSL allocates anything.
std::atomic<long> s_live {0};

void *countingMalloc(size_t size, const char *, int)
{
    void *p = std::malloc(size);
    if (p)
        ++s_live;
    return p;
}

void *countingRealloc(void *p, size_t size, const char *, int)
{
    if (!p)
        return countingMalloc(size, nullptr, 0);
    if (size == 0) {
        std::free(p);
        --s_live;
        return nullptr;
    }
    return std::realloc(p, size);
}

void countingFree(void *p, const char *, int)
{
    if (p) {
        std::free(p);
        --s_live;
    }
}

// What a thread that did TLS leaves: OpenSSL's blocks before its first use in the thread, right
// after it, and when the thread's `finished` reaches a slot connected after the one under test.
struct ThreadCounts
{
    long before = -1;
    long afterUse = -1;
    long atFinished = -1;
};

ThreadCounts runThreadThatUsesOpenSsl(bool freeState)
{
    ThreadCounts counts;
    QThread thread;
    if (freeState)
        freeTlsStateWhenFinished(thread);
    QObject::connect(
        &thread, &QThread::started, &thread,
        [&counts] {
            counts.before = s_live.load();
            unsigned char bytes[32];
            RAND_bytes(bytes, int(sizeof bytes)); // this thread's own random generators
            ERR_put_error(ERR_LIB_SSL, 0, ERR_R_MALLOC_FAILURE, __FILE__, __LINE__); // its error queue
            counts.afterUse = s_live.load();
            QThread::currentThread()->quit();
        },
        Qt::DirectConnection);
    QObject::connect(
        &thread, &QThread::finished, &thread, [&counts] { counts.atFinished = s_live.load(); },
        Qt::DirectConnection);
    thread.start();
    thread.wait();
    return counts;
}
} // namespace

class TestTlsThreadState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The process-wide state (the primary generator, the error strings) is made here, in the
        // main thread, so that what the threads below allocate is their own.
        unsigned char bytes[32];
        QVERIFY(RAND_bytes(bytes, int(sizeof bytes)) == 1);
        ERR_put_error(ERR_LIB_SSL, 0, ERR_R_MALLOC_FAILURE, __FILE__, __LINE__);
        ERR_clear_error();
        QVERIFY(s_live.load() > 0); // the hooks are in place
    }

    // Without the call the thread's state is still there when `finished` is delivered: the
    // measurement can tell the two apart.
    void stateOutlivesFinishedWithoutIt()
    {
        const ThreadCounts counts = runThreadThatUsesOpenSsl(false);
        QVERIFY2(counts.afterUse > counts.before,
                 qPrintable(QStringLiteral("%1 -> %2").arg(counts.before).arg(counts.afterUse)));
        QCOMPARE(counts.atFinished, counts.afterUse);
    }

    void stateIsFreedAsTheThreadFinishes()
    {
        const ThreadCounts counts = runThreadThatUsesOpenSsl(true);
        QVERIFY2(counts.afterUse > counts.before,
                 qPrintable(QStringLiteral("%1 -> %2").arg(counts.before).arg(counts.afterUse)));
        QCOMPARE(counts.atFinished, counts.before);
    }
};

int main(int argc, char **argv)
{
    // Before anything in the process (Qt's TLS plugin included) makes OpenSSL allocate.
    if (CRYPTO_set_mem_functions(countingMalloc, countingRealloc, countingFree) != 1)
        return 2;
    QCoreApplication app(argc, argv);
    TestTlsThreadState test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tlsthreadstate.moc"
