#pragma once

// Filters and sorts the Phones table with a PhoneFilter value from core. Re-filters only when
// the filter actually changed; keeps the counts per status for the current filter.

#include "phonefilter.h"

#include <QSortFilterProxyModel>

#include <array>

namespace PhoneDesk {

class PhoneTableModel;

class PhoneFilterProxyModel final : public QSortFilterProxyModel
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

    // Phones per status that match everything in the filter except the status criterion.
    const StatusCounts &statusCounts() const { return m_counts; }
    int totalCount() const;

signals:
    void statusCountsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void recount();

    PhoneTableModel *m_source;
    PhoneFilter m_filter;
    StatusCounts m_counts {};
    // While a full re-filter runs, filterAcceptsRow tallies the counts too: one pass, not two.
    mutable bool m_tallying = false;
    mutable StatusCounts m_tally {};
};

} // namespace PhoneDesk
