// The console's import wizard driven as a user would: file, preview, problem report, skip, commit —
// and closing it during a commit saves nothing.

#include "basesettingsrepository.h"
#include "importwizard.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "storage.h"
#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

class TestImportWizard final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsSkippingBadRows();
    void fatalFileCannotContinue();
    void closingDuringCommitSavesNothing();

private:
    QString writeFile(const QByteArray &data);
    QByteArray rows(int count);

    TestDatabase m_db;
    QTemporaryDir m_files;
    int m_fileNumber = 0;
};

void TestImportWizard::init()
{
    QString error;
    m_db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    Storage *s = m_db.storage.get();
    s->setActor(QStringLiteral("tester"), Role::Administrator);
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    QVERIFY(s->sites().create(site).ok());
    QVERIFY(s->baseSettings()
                .create({0, QStringLiteral("VVX 450"), QStringLiteral("poly-vvx-450"), {}, {}, 1})
                .ok());
}

void TestImportWizard::cleanup()
{
    m_db = TestDatabase();
}

QString TestImportWizard::writeFile(const QByteArray &data)
{
    const QString path = m_files.filePath(QStringLiteral("in%1.csv").arg(++m_fileNumber));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestImportWizard::rows(int count)
{
    QByteArray data = "name,category,base_settings,site,hardware_id,colour\n";
    for (int i = 0; i < count; ++i)
        data += "P" + QByteArray::number(i) + ",managed,VVX 450,Berlin,0004f2" +
            QByteArray::number(0x100000 + i, 16) + ",red\n";
    return data;
}

void TestImportWizard::importsSkippingBadRows()
{
    ImportWizard wizard(*m_db.storage);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    QVERIFY(!wizard.currentPage()->isComplete()); // no file yet
    wizard.setFilePath(writeFile(rows(2) + "Bad,managed,VVX 450,Paris,00:04:f2:00:00:99,red\n"));
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    auto *summary = wizard.findChild<QLabel *>(QStringLiteral("importSummary"));
    QCOMPARE(summary->text(),
             QStringLiteral("3 row(s) in the file: 2 to create, 0 to update, 1 with problems.\n"
                            "Line 1, column 6 (colour): unknown column \"colour\"; it is ignored."));
    auto *columns = wizard.findChild<QTableWidget *>(QStringLiteral("importColumns"));
    QCOMPARE(columns->rowCount(), 6);
    QCOMPARE(columns->item(4, 1)->text(), QStringLiteral("hardware_id"));
    QCOMPARE(columns->item(5, 1)->text(), QStringLiteral("(unknown column: ignored)"));
    QCOMPARE(wizard.findChild<QTableWidget *>(QStringLiteral("importPreview"))->rowCount(), 3);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPage));
    auto *issues = wizard.findChild<QTableWidget *>(QStringLiteral("importIssues"));
    QCOMPARE(issues->rowCount(), 1);
    QCOMPARE(issues->item(0, 0)->text(), QStringLiteral("4"));
    QCOMPARE(issues->item(0, 1)->text(), QStringLiteral("4 (site)"));
    QCOMPARE(issues->item(0, 2)->text(), QStringLiteral("there is no site named \"Paris\"."));
    QVERIFY(!wizard.currentPage()->isComplete()); // all or nothing: cannot go on
    const QString report = m_files.filePath(QStringLiteral("report.csv"));
    QVERIFY(wizard.saveReport(report));
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(),
             QByteArray("line,column,column_name,message\r\n4,4,site,\"there is no site named "
                        "\"\"Paris\"\".\"\r\n"));
    wizard.setSkipInvalid(true);
    QVERIFY(wizard.currentPage()->isComplete());

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CommitPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.committed(), 20000);
    QCOMPARE(wizard.resultText(), QStringLiteral("Imported: 2 created, 0 updated, 1 skipped."));
    QCOMPARE(imported.size(), 1);
    QCOMPARE(m_db.storage->phones().count().value(), 2);
}

void TestImportWizard::fatalFileCannotContinue()
{
    ImportWizard wizard(*m_db.storage);
    wizard.show();
    wizard.setFilePath(writeFile("name,category,base_settings,site\n"));
    wizard.next();
    auto *summary = wizard.findChild<QLabel *>(QStringLiteral("importSummary"));
    QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), 20000);
    QCOMPARE(
        summary->text(),
        QStringLiteral("This file cannot be imported:\nLine 1: the file has a header row but no phones."));
    QVERIFY(!wizard.currentPage()->isComplete());
}

void TestImportWizard::closingDuringCommitSavesNothing()
{
    const QString path = writeFile(rows(20000));
    {
        ImportWizard wizard(*m_db.storage);
        wizard.show();
        wizard.setFilePath(path);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CommitPage));
        QVERIFY(wizard.isBusy());
        wizard.reject(); // the user closes the wizard: the worker stops and rolls back
    } // the wizard waits for its worker here
    QCOMPARE(m_db.storage->phones().count().value(), 0);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
