#include "importwizard.h"

#include "checkedfile.h"
#include "importworker.h"
#include "storage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

#include <functional>

namespace PhoneDesk {

namespace {
constexpr int MaxIssuesShown = 5000;

QTableWidget *makeTable(QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}
} // namespace

// A wizard page whose completeness and set-up the wizard decides.
class ImportWizard::Page final : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete = [] { return true; };
    std::function<void()> onInit;
    std::function<void()> onCleanup;

    bool isComplete() const override { return complete(); }
    void initializePage() override
    {
        if (onInit)
            onInit();
    }
    void cleanupPage() override
    {
        if (onCleanup)
            onCleanup();
    }
    void refresh() { Q_EMIT completeChanged(); }
};

ImportWizard::ImportWizard(Storage &storage, QWidget *parent)
    : QWizard(parent)
    , m_storage(storage)
    , m_session(std::make_unique<ImportSession>(storage.spec(), storage.actor(), storage.role()))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Phones from CSV"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    buildFilePage();
    buildPreviewPage();
    buildReportPage();
    buildCommitPage();
    setPage(FilePage, m_filePage);
    setPage(PreviewPage, m_previewPage);
    setPage(ReportPage, m_reportPage);
    setPage(CommitPage, m_commitPage);
    setStartId(FilePage);
    resize(820, 600);

    ImportWorker *worker = m_session->worker();
    connect(worker, &ImportWorker::prepared, this, &ImportWizard::onPrepared);
    connect(worker, &ImportWorker::committed, this, &ImportWizard::onCommitted);
    connect(
        worker, &ImportWorker::progress, this, [this](ImportWorker::Phase phase, qint64 done, qint64 total) {
            QProgressBar *bar = phase == ImportWorker::Phase::Reading ? m_prepareProgress : m_commitProgress;
            bar->setRange(0, 1000);
            bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
            if (phase == ImportWorker::Phase::Saving)
                m_commitStatus->setText(tr("Saving phone %1 of %2…").arg(done).arg(total));
        });
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::buildFilePage()
{
    m_filePage = new Page(this);
    m_filePage->setTitle(tr("Choose a CSV file"));
    m_filePage->setSubTitle(
        tr("One phone per row, with a header row naming the columns (see the CSV format in the "
           "user guide). UTF-8, comma or semicolon."));
    m_path = new QLineEdit(m_filePage);
    m_path->setObjectName(QStringLiteral("importFilePath"));
    auto *browse = new QPushButton(tr("&Browse…"), m_filePage);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import phones"), m_path->text(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    m_mode = new QComboBox(m_filePage);
    m_mode->setObjectName(QStringLiteral("importMode"));
    m_mode->addItem(tr("Create new phones only"), int(ImportMode::CreateOnly));
    m_mode->addItem(tr("Update phones with the same hardware ID, create the others"),
                    int(ImportMode::UpsertByHardwareId));
    m_mode->addItem(tr("Update phones with the same name, create the others"), int(ImportMode::UpsertByName));
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout(m_filePage);
    // A row that is a layout gets no buddy from QFormLayout: without one the label would show
    // its "&" instead of a mnemonic.
    auto *fileLabel = new QLabel(tr("&File:"), m_filePage);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, row);
    form->addRow(tr("&Mode:"), m_mode);
    m_filePage->complete = [this] { return QFileInfo(m_path->text().trimmed()).isFile(); };
    connect(m_path, &QLineEdit::textChanged, m_filePage, &Page::refresh);
}

void ImportWizard::buildPreviewPage()
{
    m_previewPage = new Page(this);
    m_previewPage->setTitle(tr("Preview"));
    m_previewPage->setSubTitle(tr("How the columns of the file are understood, and its first rows."));
    m_prepareProgress = new QProgressBar(m_previewPage);
    m_prepareStatus = new QLabel(m_previewPage);
    m_prepareStatus->setWordWrap(true);
    m_prepareStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_columns = makeTable(m_previewPage);
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setColumnCount(2);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as")});
    m_preview = makeTable(m_previewPage);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->verticalHeader()->setVisible(true); // the file's line numbers
    m_summary = new QLabel(m_previewPage);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(m_previewPage);
    layout->addWidget(m_prepareProgress);
    layout->addWidget(m_prepareStatus);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_summary);
    m_previewPage->onInit = [this] { startPrepare(); };
    m_previewPage->onCleanup = [this] {
        m_session->cancel();
        m_prepared = false;
    };
    m_previewPage->complete = [this] { return m_prepared && m_plan && !m_plan->fatal; };
}

void ImportWizard::buildReportPage()
{
    m_reportPage = new Page(this);
    m_reportPage->setTitle(tr("Rows with problems"));
    m_reportPage->setSubTitle(tr("Every problem with its line and column. Save the report to fix the file."));
    m_issues = makeTable(m_reportPage);
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setColumnCount(3);
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    auto *save = new QPushButton(tr("&Save Report…"), m_reportPage);
    save->setObjectName(QStringLiteral("saveImportReport"));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString suggested =
            QFileInfo(filePath())
                .absoluteDir()
                .filePath(QFileInfo(filePath()).completeBaseName() + QStringLiteral("-problems.csv"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the problem report"), suggested,
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            saveReport(path);
    });
    m_allOrNothing =
        new QRadioButton(tr("Import &nothing until every row is valid (all or nothing)"), m_reportPage);
    m_allOrNothing->setObjectName(QStringLiteral("importAllOrNothing"));
    m_skip = new QRadioButton(tr("S&kip the rows with problems and import the others"), m_reportPage);
    m_skip->setObjectName(QStringLiteral("importSkipInvalid"));
    m_allOrNothing->setChecked(true);
    auto *group = new QButtonGroup(m_reportPage);
    group->addButton(m_allOrNothing);
    group->addButton(m_skip);
    m_reportHint = new QLabel(m_reportPage);
    m_reportHint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(m_reportPage);
    layout->addWidget(m_issues, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_allOrNothing);
    layout->addWidget(m_skip);
    layout->addWidget(m_reportHint);
    connect(m_allOrNothing, &QRadioButton::toggled, this, &ImportWizard::updateReportChoice);
    m_reportPage->onInit = [this] { fillReport(); };
    m_reportPage->complete = [this] { return m_plan && m_skip->isChecked() && !m_plan->rows.isEmpty(); };
}

void ImportWizard::buildCommitPage()
{
    m_commitPage = new Page(this);
    m_commitPage->setTitle(tr("Import"));
    m_commitProgress = new QProgressBar(m_commitPage);
    m_commitStatus = new QLabel(m_commitPage);
    m_commitStatus->setObjectName(QStringLiteral("importResult"));
    m_commitStatus->setWordWrap(true);
    m_commitStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancelCommit = new QPushButton(tr("&Stop"), m_commitPage);
    m_cancelCommit->setToolTip(tr("Stop the import; nothing is saved."));
    connect(m_cancelCommit, &QPushButton::clicked, this, [this] { m_session->cancel(); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_commitProgress, 1);
    row->addWidget(m_cancelCommit);
    auto *layout = new QVBoxLayout(m_commitPage);
    layout->addLayout(row);
    layout->addWidget(m_commitStatus);
    layout->addStretch(1);
    m_commitPage->setFinalPage(true);
    m_commitPage->onInit = [this] { startCommit(); };
    m_commitPage->complete = [this] { return !m_busy; };
}

void ImportWizard::setFilePath(const QString &path)
{
    m_path->setText(path);
}

void ImportWizard::setMode(ImportMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void ImportWizard::setSkipInvalid(bool skip)
{
    (skip ? m_skip : m_allOrNothing)->setChecked(true);
}

QString ImportWizard::filePath() const
{
    return m_path->text().trimmed();
}

ImportMode ImportWizard::mode() const
{
    return static_cast<ImportMode>(m_mode->currentData().toInt());
}

bool ImportWizard::skipInvalid() const
{
    return m_skip->isChecked();
}

QString ImportWizard::resultText() const
{
    return m_commitStatus->text();
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
    m_prepareProgress->setRange(0, 0);
    m_prepareProgress->setVisible(true);
    m_prepareStatus->setText(tr("Reading and checking %1…").arg(QFileInfo(filePath()).fileName()));
    m_columns->setRowCount(0);
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_summary->clear();
    m_previewPage->refresh();
    m_session->prepare(filePath(), mode());
}

void ImportWizard::onPrepared(bool ok, const QString &error)
{
    m_busy = false;
    m_prepareProgress->setVisible(false);
    if (!ok) {
        m_prepareStatus->setText(error);
        m_previewPage->refresh();
        return;
    }
    m_plan = m_session->worker()->plan();
    m_prepared = true;
    fillPreview();
    m_previewPage->refresh();
}

void ImportWizard::fillPreview()
{
    const ImportPlan &plan = *m_plan;
    m_prepareStatus->clear();
    m_columns->setRowCount(int(plan.columns.size()));
    for (int i = 0; i < plan.columns.size(); ++i) {
        const ImportColumn &c = plan.columns.at(i);
        m_columns->setItem(i, 0, item(c.header));
        auto *as = item(c.field.isEmpty() ? tr("(unknown column: ignored)") : c.field);
        if (c.field.isEmpty())
            as->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_columns->setItem(i, 1, as);
    }
    m_columns->resizeColumnToContents(0);

    QStringList headers;
    for (const ImportColumn &c : plan.columns)
        headers.append(c.header);
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(plan.preview.size()));
    for (int r = 0; r < plan.preview.size(); ++r) {
        const Csv::Record &record = plan.preview.at(r);
        m_preview->setVerticalHeaderItem(r, item(QString::number(record.line)));
        for (int c = 0; c < record.fields.size() && c < headers.size(); ++c)
            m_preview->setItem(r, c, item(record.fields.at(c)));
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
    m_summary->setText(lines.join(u'\n'));
}

void ImportWizard::fillReport()
{
    const ImportPlan &plan = *m_plan;
    const int shown = int(qMin<qsizetype>(plan.issues.size(), MaxIssuesShown));
    m_issues->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const ImportIssue &i = plan.issues.at(r);
        m_issues->setItem(r, 0, item(QString::number(i.line)));
        m_issues->setItem(
            r, 1,
            item(i.column > 0 ? QStringLiteral("%1 (%2)").arg(i.column).arg(i.columnName) : i.columnName));
        m_issues->setItem(r, 2, item(i.message));
    }
    m_issues->resizeColumnToContents(0);
    m_issues->resizeColumnToContents(1);
    m_skip->setEnabled(!plan.rows.isEmpty());
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
    if (m_allOrNothing->isChecked())
        hint += u' ' +
            tr("Nothing can be imported until they are fixed: save the report, fix the file and import it "
               "again, or choose to skip them.");
    else
        hint += u' ' + tr("%n valid row(s) will be imported.", nullptr, int(m_plan->rows.size()));
    m_reportHint->setText(hint);
    m_reportPage->refresh();
}

void ImportWizard::startCommit()
{
    m_busy = true;
    m_committed = false;
    m_cancelCommit->setEnabled(true);
    m_commitProgress->setRange(0, 0);
    m_commitStatus->setText(tr("Saving…"));
    m_commitPage->refresh();
    m_session->commit(skipInvalid());
}

void ImportWizard::onCommitted(bool ok, bool cancelled, const QString &message, qint64 created,
                               qint64 updated, qint64 skipped)
{
    m_busy = false;
    m_cancelCommit->setEnabled(false);
    m_commitProgress->setRange(0, 1);
    m_commitProgress->setValue(ok ? 1 : 0);
    if (ok) {
        m_committed = true;
        m_commitStatus->setText(
            tr("Imported: %1 created, %2 updated, %3 skipped.").arg(created).arg(updated).arg(skipped));
        Q_EMIT imported(created, updated);
    } else if (cancelled) {
        m_commitStatus->setText(tr("Stopped. Nothing was saved."));
    } else {
        m_commitStatus->setText(tr("Nothing was saved.") + u'\n' + message);
    }
    m_commitPage->refresh();
}

} // namespace PhoneDesk
