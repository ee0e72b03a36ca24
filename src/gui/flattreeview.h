#pragma once

// A QTreeView for a flat model of many rows (the phone list, the activity log).
//
// Qt's tree view handles dataChanged(top, bottom) by visiting every row of the range — to refresh
// its row-height cache and to add up the rectangle to repaint — even when few of them, or none,
// are on screen. A poller batch that changes 150,000 rows costs the console seconds that way.
// This view passes on only the part of a range that is on screen: with uniform row heights (the
// views using it set them), nothing else needs the notice, and rows scrolled into view later are
// painted from the model as they appear.

#include <QTreeView>

namespace PhoneDesk {

class FlatTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit FlatTreeView(QWidget *parent = nullptr);

    // The first and last model rows (of the root) with a pixel on screen; {-1, -1} when none.
    std::pair<int, int> rowsOnScreen() const;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
};

} // namespace PhoneDesk
