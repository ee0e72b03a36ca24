#include "flattreeview.h"

namespace PhoneDesk {

FlatTreeView::FlatTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
}

std::pair<int, int> FlatTreeView::rowsOnScreen() const
{
    if (!model() || !isVisible())
        return {-1, -1};
    const int rows = model()->rowCount(rootIndex());
    if (rows == 0)
        return {-1, -1};
    const QModelIndex top = indexAt(QPoint(0, 0));
    if (!top.isValid())
        return {-1, -1}; // an empty viewport (no row reaches its top)
    const QModelIndex bottom = indexAt(QPoint(0, viewport()->height() - 1));
    return {top.row(), bottom.isValid() ? bottom.row() : rows - 1};
}

void FlatTreeView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                               const QList<int> &roles)
{
    // One row, rows with children or rows of varying height: Qt's own handling is what is needed.
    if (!uniformRowHeights() || rootIsDecorated() || topLeft.row() == bottomRight.row() ||
        topLeft.parent() != rootIndex()) {
        QTreeView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    const auto [first, last] = rowsOnScreen();
    const int top = std::max(topLeft.row(), first);
    const int bottom = std::min(bottomRight.row(), last);
    if (first < 0 || top > bottom)
        return; // nothing of it on screen
    QTreeView::dataChanged(topLeft.siblingAtRow(top), bottomRight.siblingAtRow(bottom), roles);
}

} // namespace PhoneDesk
