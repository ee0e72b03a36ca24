// The console on a team database that goes away and comes back (a PostgreSQL cluster of the
// test's own, stopped and started): the status bar says "Database connection lost —
// reconnecting…" within seconds, a form saved meanwhile says it was not saved and keeps what was
// typed, and once the console has reconnected by itself the same form saves. Skipped without
// PostgreSQL's server binaries or PHONEDESK_TEST_PG_PORT; failed with PHONEDESK_REQUIRE_PG=1.

#include "connectionguard.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "pgcluster.h"
#include "sitedialog.h"
#include "siterepository.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

class TestConsoleReconnect final : public QObject
{
    Q_OBJECT

private slots:
    void reconnectsAndKeepsTheForm();
};

void TestConsoleReconnect::reconnectsAndKeepsTheForm()
{
    PHONEDESK_REQUIRE_OWN_CLUSTERS();
    QString error;
    PgCluster cluster;
    QVERIFY2(cluster.create(&error), qPrintable(error));
    QVERIFY2(cluster.createDatabase(QStringLiteral("reconnect"), &error), qPrintable(error));
    const ConnectionSpec spec = cluster.spec(QStringLiteral("reconnect"));
    auto opened = Storage::open(spec);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
    Storage &storage = **opened;
    // As the console makes it, with short delays for the test.
    new ConnectionGuard(
        storage, QStringLiteral("main"),
        ConnectionGuard::Timing {.initialDelayMs = 200, .maxDelayMs = 1000, .probeIntervalMs = 300});

    MainWindow window(storage);
    window.show();
    auto *label = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), spec.describe());

    SiteDialog dialog(storage, Site {}, &window);
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Lisbon"));
    dialog.findChild<QLineEdit *>(QStringLiteral("primarySipHostEdit"))
        ->setText(QStringLiteral("sip.example.org"));

    QVERIFY2(cluster.stop(QStringLiteral("fast"), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Database connection lost — reconnecting…"),
                              15000);
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("open forms keep your changes")),
             qPrintable(window.statusBar()->currentMessage()));

    // Saved while the database is away: not saved, said so, and the form keeps its text.
    (void)MessageBox::takeShownTexts();
    MessageBox::queueAnswer(QMessageBox::Ok);
    dialog.accept();
    const QStringList shown = MessageBox::takeShownTexts();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(
        shown.constFirst().startsWith(QLatin1String("Not saved: the connection to the database is lost")),
        qPrintable(shown.constFirst()));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Lisbon"));

    QVERIFY2(cluster.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), spec.describe(), 30000);
    QVERIFY2(
        window.statusBar()->currentMessage().startsWith(QLatin1String("The database connection is back")),
        qPrintable(window.statusBar()->currentMessage()));

    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY2(MessageBox::takeShownTexts().isEmpty(), "no message after a save that worked");
    auto sites = SiteRepository(storage).list();
    QVERIFY(sites);
    QCOMPARE(sites->size(), 1);
    QCOMPARE(sites->constFirst().name, QStringLiteral("Lisbon"));
}

QTEST_MAIN(TestConsoleReconnect)
#include "tst_consolereconnect.moc"
