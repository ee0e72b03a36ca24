#pragma once

// Filters and sorts the Phones table with a PhoneFilter value from core.
//
// A flat proxy made for 100,000 rows: the source rows are kept in sort order once, and a filter
// change is one pass over that order (no sorting), announced as one layout change so selection
// and the current row survive. Narrowing the name filter (typing on) only re-tests the rows shown.
// It also keeps the counts per status for the current filter, from the same pass.

#include "phonefilter.h"

#include <QAbstractProxyModel>

#include <array>
#include <limits>
#include <vector>

namespace PhoneDesk {

class PhoneTableModel;

class PhoneFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneFilterProxyModel)

public:
    using StatusCounts = std::array<int, PhoneStatusCount>;

    explicit PhoneFilterProxyModel(PhoneTableModel *source, QObject *parent = nullptr);

    const PhoneFilter &filter() const { return m_filter; }
    // Replaces the whole filter; re-filters only if it differs. Returns whether it changed.
    bool setFilter(const PhoneFilter &filter);
    bool setNameFilter(const QString &text);
    // Only phones whose configuration is pending (as `phonedesk-cli phones list --pending`).
    bool setPendingOnly(bool pendingOnly);
    bool pendingOnly() const { return m_pendingOnly; }

    // Phones per status that match everything in the filter except the status criterion.
    const StatusCounts &statusCounts() const { return m_counts; }
    int totalCount() const;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

signals:
    void statusCountsChanged();

private:
    bool lessThan(int leftSourceRow, int rightSourceRow) const;
    bool baseMatches(int sourceRow) const; // everything but the status criterion
    bool statusMatches(int sourceRow) const;
    void sortAll();
    // Rebuilds the visible rows from the sort order and the per-row base matches, inside a
    // layout change that carries persistent indexes (selection, current row) along.
    void relayout();
    void rebuildVisible();
    void recountStatuses(const std::vector<int> &changedSourceRows);
    enum class Retest { All, Matching, NotMatching };
    void refilter(Retest retest);
    const QString &sortText(int sourceRow, int column) const;
    void onSourceReset();
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    // Once per batch of the source (its contentsChanged, which follows every dataChanged of it).
    void applyPendingChanges();
    void emitPendingView();
    void mergeIntoOrder(std::vector<int> rows);

    PhoneTableModel *m_source;
    PhoneFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order; // every source row, in sort order
    std::vector<char> m_base; // per source row: matches all criteria but status
    std::vector<int> m_visible; // proxy row -> source row
    std::vector<int> m_sourceToProxy; // source row -> proxy row, -1 when hidden
    StatusCounts m_counts {};
    std::vector<quint8> m_countedStatus; // per source row: the status m_counts has it under
    // Persistent indexes as source rows across a removal in the source.
    QModelIndexList m_savedPersistent;
    std::vector<int> m_savedSourceRows;
    bool m_pendingOnly = false;
    std::vector<int> m_pendingChanged; // source rows changed since the last batch
    // What those changes touched: a column other than Status / Last seen (filters may move),
    // and the sort column (the order may move). A status batch usually touches neither.
    bool m_pendingOtherColumns = false;
    bool m_pendingSortKey = false;
    // The proxy rows and columns of those changes, told to the view at the end of the batch.
    struct ViewChange
    {
        std::vector<int> rows; // while they are few
        bool spans = false; // many: one signal from top to bottom
        int top = -1;
        int bottom = -1;
        int firstColumn = std::numeric_limits<int>::max();
        int lastColumn = -1;
    };
    ViewChange m_pendingView;
};

} // namespace PhoneDesk
