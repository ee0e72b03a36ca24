#include "importwizard.h"

#include "checkedfile.h"
#include "importwizardpage.h"
#include "importworker.h"
#include "storage.h"

#include "ui_importwizard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>

namespace PhoneDesk {

namespace {
constexpr int MaxIssuesShown = 5000;

// The look every table of the wizard shares.
void setUpTable(QTableWidget *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}
} // namespace

ImportWizard::ImportWizard(Storage &storage, QWidget *parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::ImportWizard>())
    , m_storage(storage)
    , m_session(std::make_unique<ImportSession>(storage.spec(), storage.actor(), storage.role()))
{
    m_ui->setupUi(this);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    for (QTableWidget *table : {m_ui->importColumns, m_ui->importPreview, m_ui->importIssues})
        setUpTable(table);
    setUpFilePage();
    setUpPreviewPage();
    setUpReportPage();
    setUpCommitPage();
    setStartId(FilePage);

    ImportWorker *worker = m_session->worker();
    connect(worker, &ImportWorker::prepared, this, &ImportWizard::onPrepared);
    connect(worker, &ImportWorker::committed, this, &ImportWizard::onCommitted);
    connect(worker, &ImportWorker::progress, this,
            [this](ImportWorker::Phase phase, qint64 done, qint64 total) {
                QProgressBar *bar =
                    phase == ImportWorker::Phase::Reading ? m_ui->prepareProgress : m_ui->commitProgress;
                bar->setRange(0, 1000);
                bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
                if (phase == ImportWorker::Phase::Saving)
                    m_ui->importResult->setText(tr("Saving phone %1 of %2…").arg(done).arg(total));
            });
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setUpFilePage()
{
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import phones"), m_ui->importFilePath->text(),
                                         tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_ui->importFilePath->setText(path);
    });
    m_ui->importMode->addItem(tr("Create new phones only"), int(ImportMode::CreateOnly));
    m_ui->importMode->addItem(tr("Update phones with the same hardware ID, create the others"),
                              int(ImportMode::UpsertByHardwareId));
    m_ui->importMode->addItem(tr("Update phones with the same name, create the others"),
                              int(ImportMode::UpsertByName));
    m_ui->filePage->complete = [this] { return QFileInfo(m_ui->importFilePath->text().trimmed()).isFile(); };
    connect(m_ui->importFilePath, &QLineEdit::textChanged, m_ui->filePage, &ImportWizardPage::refresh);
}

void ImportWizard::setUpPreviewPage()
{
    m_ui->importPreview->verticalHeader()->setVisible(true); // the file's line numbers
    m_ui->previewPage->onInit = [this] { startPrepare(); };
    m_ui->previewPage->onCleanup = [this] {
        m_session->cancel();
        m_prepared = false;
    };
    m_ui->previewPage->complete = [this] { return m_prepared && m_plan && !m_plan->fatal; };
}

void ImportWizard::setUpReportPage()
{
    connect(m_ui->saveImportReport, &QPushButton::clicked, this, [this] {
        const QString suggested =
            QFileInfo(filePath())
                .absoluteDir()
                .filePath(QFileInfo(filePath()).completeBaseName() + QStringLiteral("-problems.csv"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the problem report"), suggested,
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            saveReport(path);
    });
    connect(m_ui->importAllOrNothing, &QRadioButton::toggled, this, &ImportWizard::updateReportChoice);
    m_ui->reportPage->onInit = [this] { fillReport(); };
    m_ui->reportPage->complete = [this] {
        return m_plan && m_ui->importSkipInvalid->isChecked() && !m_plan->rows.isEmpty();
    };
}

void ImportWizard::setUpCommitPage()
{
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] { m_session->cancel(); });
    m_ui->commitPage->setFinalPage(true);
    m_ui->commitPage->onInit = [this] { startCommit(); };
    m_ui->commitPage->complete = [this] { return !m_busy; };
}

void ImportWizard::setFilePath(const QString &path)
{
    m_ui->importFilePath->setText(path);
}

void ImportWizard::setMode(ImportMode mode)
{
    m_ui->importMode->setCurrentIndex(m_ui->importMode->findData(int(mode)));
}

void ImportWizard::setSkipInvalid(bool skip)
{
    (skip ? m_ui->importSkipInvalid : m_ui->importAllOrNothing)->setChecked(true);
}

QString ImportWizard::filePath() const
{
    return m_ui->importFilePath->text().trimmed();
}

ImportMode ImportWizard::mode() const
{
    return static_cast<ImportMode>(m_ui->importMode->currentData().toInt());
}

bool ImportWizard::skipInvalid() const
{
    return m_ui->importSkipInvalid->isChecked();
}

QString ImportWizard::resultText() const
{
    return m_ui->importResult->text();
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilePage:
        return PreviewPage;
    case PreviewPage:
        return m_plan && !m_plan->issues.isEmpty() ? ReportPage : CommitPage;
    case ReportPage:
        return CommitPage;
    default:
        return -1;
    }
}

bool ImportWizard::saveReport(const QString &path)
{
    if (!m_plan)
        return false;
    const QByteArray csv = PhoneImporter::reportCsv(m_plan->issues);
    if (auto written = CheckedFile::writeAll(path, csv); !written) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The report was not saved.\n\n%1").arg(written.error().fullText()));
        return false;
    }
    return true;
}

void ImportWizard::reject()
{
    // Stop the worker; the session waits for it and the transaction is rolled back.
    m_session->cancel();
    QWizard::reject();
}

void ImportWizard::startPrepare()
{
    m_prepared = false;
    m_plan.reset();
    m_busy = true;
    m_ui->prepareProgress->setRange(0, 0);
    m_ui->prepareProgress->setVisible(true);
    m_ui->prepareStatus->setText(tr("Reading and checking %1…").arg(QFileInfo(filePath()).fileName()));
    m_ui->importColumns->setRowCount(0);
    m_ui->importPreview->clear();
    m_ui->importPreview->setRowCount(0);
    m_ui->importPreview->setColumnCount(0);
    m_ui->importSummary->clear();
    m_ui->previewPage->refresh();
    m_session->prepare(filePath(), mode());
}

void ImportWizard::onPrepared(bool ok, const QString &error)
{
    m_busy = false;
    m_ui->prepareProgress->setVisible(false);
    if (!ok) {
        m_ui->prepareStatus->setText(error);
        m_ui->previewPage->refresh();
        return;
    }
    m_plan = m_session->worker()->plan();
    m_prepared = true;
    fillPreview();
    m_ui->previewPage->refresh();
}

void ImportWizard::fillPreview()
{
    const ImportPlan &plan = *m_plan;
    m_ui->prepareStatus->clear();
    m_ui->importColumns->setRowCount(int(plan.columns.size()));
    for (int i = 0; i < plan.columns.size(); ++i) {
        const ImportColumn &c = plan.columns.at(i);
        m_ui->importColumns->setItem(i, 0, item(c.header));
        auto *as = item(c.field.isEmpty() ? tr("(unknown column: ignored)") : c.field);
        if (c.field.isEmpty())
            as->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_ui->importColumns->setItem(i, 1, as);
    }
    m_ui->importColumns->resizeColumnToContents(0);

    QStringList headers;
    for (const ImportColumn &c : plan.columns)
        headers.append(c.header);
    m_ui->importPreview->setColumnCount(int(headers.size()));
    m_ui->importPreview->setHorizontalHeaderLabels(headers);
    m_ui->importPreview->setRowCount(int(plan.preview.size()));
    for (int r = 0; r < plan.preview.size(); ++r) {
        const Csv::Record &record = plan.preview.at(r);
        m_ui->importPreview->setVerticalHeaderItem(r, item(QString::number(record.line)));
        for (int c = 0; c < record.fields.size() && c < headers.size(); ++c)
            m_ui->importPreview->setItem(r, c, item(record.fields.at(c)));
    }

    QStringList lines;
    if (plan.fatal) {
        lines.append(tr("This file cannot be imported:"));
        constexpr qsizetype MaxLines = 20; // a label, not a report
        for (qsizetype i = 0; i < qMin(plan.issues.size(), MaxLines); ++i)
            lines.append(plan.issues.at(i).text());
        if (plan.issues.size() > MaxLines)
            lines.append(tr("… and %n more problem(s).", nullptr, int(plan.issues.size() - MaxLines)));
    } else {
        lines.append(tr("%n row(s) in the file: ", nullptr, int(plan.dataRows)) +
                     tr("%1 to create, %2 to update, %3 with problems.")
                         .arg(plan.creates())
                         .arg(plan.updates())
                         .arg(plan.rejectedRows()));
    }
    for (const ImportIssue &w : plan.warnings)
        lines.append(w.text());
    m_ui->importSummary->setText(lines.join(u'\n'));
}

void ImportWizard::fillReport()
{
    const ImportPlan &plan = *m_plan;
    const int shown = int(qMin<qsizetype>(plan.issues.size(), MaxIssuesShown));
    m_ui->importIssues->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const ImportIssue &i = plan.issues.at(r);
        m_ui->importIssues->setItem(r, 0, item(QString::number(i.line)));
        m_ui->importIssues->setItem(
            r, 1,
            item(i.column > 0 ? QStringLiteral("%1 (%2)").arg(i.column).arg(i.columnName) : i.columnName));
        m_ui->importIssues->setItem(r, 2, item(i.message));
    }
    m_ui->importIssues->resizeColumnToContents(0);
    m_ui->importIssues->resizeColumnToContents(1);
    m_ui->importSkipInvalid->setEnabled(!plan.rows.isEmpty());
    updateReportChoice();
}

void ImportWizard::updateReportChoice()
{
    if (!m_plan)
        return;
    const qsizetype rejected = m_plan->rejectedRows();
    QString hint = tr("%n row(s) have problems.", nullptr, int(rejected));
    if (m_plan->issues.size() > MaxIssuesShown)
        hint += u' ' +
            tr("The first %1 problems are shown; the saved report has all %2.")
                .arg(MaxIssuesShown)
                .arg(m_plan->issues.size());
    if (m_ui->importAllOrNothing->isChecked())
        hint += u' ' +
            tr("Nothing can be imported until they are fixed: save the report, fix the file and import it "
               "again, or choose to skip them.");
    else
        hint += u' ' + tr("%n valid row(s) will be imported.", nullptr, int(m_plan->rows.size()));
    m_ui->reportHint->setText(hint);
    m_ui->reportPage->refresh();
}

void ImportWizard::startCommit()
{
    m_busy = true;
    m_committed = false;
    m_ui->stopButton->setEnabled(true);
    m_ui->commitProgress->setRange(0, 0);
    m_ui->importResult->setText(tr("Saving…"));
    m_ui->commitPage->refresh();
    m_session->commit(skipInvalid());
}

void ImportWizard::onCommitted(bool ok, bool cancelled, const QString &message, qint64 created,
                               qint64 updated, qint64 skipped)
{
    m_busy = false;
    m_ui->stopButton->setEnabled(false);
    m_ui->commitProgress->setRange(0, 1);
    m_ui->commitProgress->setValue(ok ? 1 : 0);
    if (ok) {
        m_committed = true;
        m_ui->importResult->setText(
            tr("Imported: %1 created, %2 updated, %3 skipped.").arg(created).arg(updated).arg(skipped));
        Q_EMIT imported(created, updated);
    } else if (cancelled) {
        m_ui->importResult->setText(tr("Stopped. Nothing was saved."));
    } else {
        m_ui->importResult->setText(tr("Nothing was saved.") + u'\n' + message);
    }
    m_ui->commitPage->refresh();
}

} // namespace PhoneDesk
