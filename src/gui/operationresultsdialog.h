#pragma once

// The outcome of a Restart / Log Out / Check Status run: one line per phone with its result,
// live while the operation runs, with Cancel until it finishes.

#include <QDialog>
#include <QPointer>

#include <memory>

class QTreeWidgetItem;

namespace PhoneDesk {

namespace Ui {
class OperationResultsDialog;
} // namespace Ui

class Operation;

class OperationResultsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationResultsDialog)

public:
    explicit OperationResultsDialog(Operation *operation, QWidget *parent = nullptr);
    ~OperationResultsDialog() override;

private:
    void refresh();
    void applyFailuresOnly();

    std::unique_ptr<Ui::OperationResultsDialog> m_ui;
    QPointer<Operation> m_operation;
    // One item per result, in the operation's order (the list itself may be sorted).
    QList<QTreeWidgetItem *> m_items;
};

} // namespace PhoneDesk
