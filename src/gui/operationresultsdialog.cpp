#include "operationresultsdialog.h"

#include "operation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    , m_operation(operation)
{
    setObjectName(QStringLiteral("operationResultsDialog"));
    setWindowTitle(Operation::kindName(operation->kind()));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    layout->addWidget(m_summary);
    m_failuresOnly = new QCheckBox(tr("Show failures only"), this);
    m_failuresOnly->setObjectName(QStringLiteral("failuresOnlyCheck"));
    layout->addWidget(m_failuresOnly);
    connect(m_failuresOnly, &QCheckBox::toggled, this, &OperationResultsDialog::applyFailuresOnly);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("resultList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Phone"), tr("Result"), tr("Details")});
    m_list->setColumnWidth(0, 200);
    m_list->setColumnWidth(1, 110);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    layout->addWidget(m_list, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *cancel = m_buttons->addButton(tr("Cancel Operation"), QDialogButtonBox::ActionRole);
    cancel->setObjectName(QStringLiteral("cancelOperationButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(cancel, &QPushButton::clicked, this, [this] {
        if (m_operation)
            m_operation->cancel();
    });
    connect(operation, &Operation::progress, this, &OperationResultsDialog::refresh);
    connect(operation, &Operation::finished, this, &OperationResultsDialog::refresh);
    refresh();
    resize(640, 420);
}

void OperationResultsDialog::refresh()
{
    if (!m_operation)
        return;
    const auto &results = m_operation->results();
    // Sorting is held while the texts change, so the items stay where the user is looking.
    m_list->setSortingEnabled(false);
    while (m_items.size() < results.size())
        m_items.append(new QTreeWidgetItem(m_list));
    for (qsizetype i = 0; i < results.size(); ++i) {
        QTreeWidgetItem *item = m_items.at(i);
        item->setText(0, results.at(i).phoneName);
        item->setText(1, resultText(results.at(i)));
        item->setText(2, results.at(i).reason);
        item->setToolTip(2, results.at(i).reason);
        item->setData(1, Qt::UserRole, results.at(i).state == Operation::State::Failed);
    }
    m_list->setSortingEnabled(true);
    applyFailuresOnly();
    m_summary->setText(m_operation->summary());
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (b->objectName() == QLatin1String("cancelOperationButton"))
            b->setEnabled(!m_operation->isFinished());
    }
}

void OperationResultsDialog::applyFailuresOnly()
{
    const bool only = m_failuresOnly->isChecked();
    for (QTreeWidgetItem *item : std::as_const(m_items))
        item->setHidden(only && !item->data(1, Qt::UserRole).toBool());
}

} // namespace PhoneDesk
