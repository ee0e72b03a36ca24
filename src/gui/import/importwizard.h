#pragma once

// The console's "Import phones from CSV" wizard: choose a file and mode, preview the column
// mapping, review every bad row (and save that report), then commit all-or-nothing or skipping
// bad rows. Reading, checking and saving run in a worker thread with its own database connection.

#include "phoneimport.h"

#include <QWizard>

#include <memory>

namespace PhoneDesk {

class ImportSession;
class Storage;

namespace Ui {
class ImportWizard;
} // namespace Ui

class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FilePage, PreviewPage, ReportPage, CommitPage };

    ImportWizard(Storage &storage, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // For tests and for callers that already know the file (e.g. a dropped file).
    void setFilePath(const QString &path);
    void setMode(ImportMode mode);
    void setSkipInvalid(bool skip);
    // Writes the problem report as CSV; false (with a message shown) when it cannot be written.
    bool saveReport(const QString &path);

    QString filePath() const;
    ImportMode mode() const;
    bool skipInvalid() const;
    // The checked file, once the preview page has finished reading it.
    std::shared_ptr<const ImportPlan> plan() const { return m_plan; }
    bool isBusy() const { return m_busy; }
    // Result text of the last commit ("Imported: 12 created, ...") or its error.
    QString resultText() const;
    bool committed() const { return m_committed; }

    int nextId() const override;

Q_SIGNALS:
    // After a successful commit: the phone list should reload.
    void imported(qint64 created, qint64 updated);

public Q_SLOTS:
    void reject() override;

private:
    void setUpFilePage();
    void setUpPreviewPage();
    void setUpReportPage();
    void setUpCommitPage();
    void startPrepare();
    void startCommit();
    void onPrepared(bool ok, const QString &error);
    void onCommitted(bool ok, bool cancelled, const QString &message, qint64 created, qint64 updated,
                     qint64 skipped);
    void fillPreview();
    void fillReport();
    void updateReportChoice();

    std::unique_ptr<Ui::ImportWizard> m_ui;
    Storage &m_storage;
    std::unique_ptr<ImportSession> m_session;
    std::shared_ptr<const ImportPlan> m_plan;
    bool m_busy = false;
    bool m_committed = false;
    bool m_prepared = false;
};

} // namespace PhoneDesk
