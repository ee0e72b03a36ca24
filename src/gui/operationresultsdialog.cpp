#include "operationresultsdialog.h"

#include "operation.h"

#include "ui_operationresultsdialog.h"

#include <QPushButton>

namespace PhoneDesk {

namespace {
QString stateText(Operation::State state)
{
    switch (state) {
    case Operation::State::Queued:
        return OperationResultsDialog::tr("Waiting");
    case Operation::State::InProgress:
        return OperationResultsDialog::tr("In progress");
    case Operation::State::Succeeded:
        return OperationResultsDialog::tr("Succeeded");
    case Operation::State::Failed:
        return OperationResultsDialog::tr("Failed");
    case Operation::State::Cancelled:
        return OperationResultsDialog::tr("Cancelled");
    }
    return {};
}

// A check says what it found: Online / Degraded, Offline for a phone that did not answer, and
// "Not checked" for a phone that has nothing to probe.
QString resultText(const Operation::PhoneResult &result)
{
    if (result.status && result.state != Operation::State::Cancelled) {
        if (*result.status == PhoneStatus::NotMonitored)
            return OperationResultsDialog::tr("Not checked");
        if (*result.status != PhoneStatus::Unknown)
            return displayName(*result.status);
    }
    return stateText(result.state);
}
} // namespace

OperationResultsDialog::OperationResultsDialog(Operation *operation, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OperationResultsDialog>())
    , m_operation(operation)
{
    m_ui->setupUi(this);
    setWindowTitle(Operation::kindName(operation->kind()));
    connect(m_ui->failuresOnlyCheck, &QCheckBox::toggled, this, &OperationResultsDialog::applyFailuresOnly);
    m_ui->resultList->setColumnWidth(0, 200);
    m_ui->resultList->setColumnWidth(1, 110);
    m_ui->resultList->sortByColumn(0, Qt::AscendingOrder);
    QPushButton *cancel = m_ui->buttonBox->addButton(tr("Cancel Operation"), QDialogButtonBox::ActionRole);
    cancel->setObjectName(QStringLiteral("cancelOperationButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(cancel, &QPushButton::clicked, this, [this] {
        if (m_operation)
            m_operation->cancel();
    });
    connect(operation, &Operation::progress, this, &OperationResultsDialog::refresh);
    connect(operation, &Operation::finished, this, &OperationResultsDialog::refresh);
    refresh();
}

OperationResultsDialog::~OperationResultsDialog() = default;

void OperationResultsDialog::refresh()
{
    if (!m_operation)
        return;
    const auto &results = m_operation->results();
    // Sorting is held while the texts change, so the items stay where the user is looking.
    m_ui->resultList->setSortingEnabled(false);
    while (m_items.size() < results.size())
        m_items.append(new QTreeWidgetItem(m_ui->resultList));
    for (qsizetype i = 0; i < results.size(); ++i) {
        QTreeWidgetItem *item = m_items.at(i);
        item->setText(0, results.at(i).phoneName);
        item->setText(1, resultText(results.at(i)));
        item->setText(2, results.at(i).reason);
        item->setToolTip(2, results.at(i).reason);
        item->setData(1, Qt::UserRole, results.at(i).state == Operation::State::Failed);
    }
    m_ui->resultList->setSortingEnabled(true);
    applyFailuresOnly();
    m_ui->summaryLabel->setText(m_operation->summary());
    for (QAbstractButton *b : m_ui->buttonBox->buttons()) {
        if (b->objectName() == QLatin1String("cancelOperationButton"))
            b->setEnabled(!m_operation->isFinished());
    }
}

void OperationResultsDialog::applyFailuresOnly()
{
    const bool only = m_ui->failuresOnlyCheck->isChecked();
    for (QTreeWidgetItem *item : std::as_const(m_items))
        item->setHidden(only && !item->data(1, Qt::UserRole).toBool());
}

} // namespace PhoneDesk
