#pragma once

// The outcome of a Restart / Log Out / Check Status run: one line per phone with its result,
// live while the operation runs, with Cancel until it finishes.

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace PhoneDesk {

class Operation;

class OperationResultsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationResultsDialog)

public:
    explicit OperationResultsDialog(Operation *operation, QWidget *parent = nullptr);

private:
    void refresh();
    void applyFailuresOnly();

    QPointer<Operation> m_operation;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QCheckBox *m_failuresOnly = nullptr;
    // One item per result, in the operation's order (the list itself may be sorted).
    QList<QTreeWidgetItem *> m_items;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace PhoneDesk
