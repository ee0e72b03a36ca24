#include "phonefilterproxymodel.h"

#include "phonetablemodel.h"

namespace PhoneDesk {

PhoneFilterProxyModel::PhoneFilterProxyModel(PhoneTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(PhoneTableModel::SortRole);
    setDynamicSortFilter(true);
    // Rows added, removed or changed in the source alter the counts; recount once per batch.
    connect(source, &PhoneTableModel::contentsChanged, this, &PhoneFilterProxyModel::recount);
    recount();
}

bool PhoneFilterProxyModel::setFilter(const PhoneFilter &filter)
{
    if (filter == m_filter)
        return false;
    m_filter = filter;
    refilter();
    return true;
}

bool PhoneFilterProxyModel::setNameFilter(const QString &text)
{
    if (!m_filter.setNameFilter(text))
        return false;
    refilter();
    return true;
}

int PhoneFilterProxyModel::totalCount() const
{
    int total = 0;
    for (const int n : m_counts)
        total += n;
    return total;
}

void PhoneFilterProxyModel::refilter()
{
    m_tally.fill(0);
    m_tallying = true;
    invalidateRowsFilter();
    m_tallying = false;
    // invalidateRowsFilter visits every source row exactly once for a flat model, unless the
    // proxy had no mapping yet (nothing shown): then count separately.
    int visited = 0;
    for (const int n : m_tally)
        visited += n;
    if (visited == 0 && m_source->rowCount() > 0) {
        recount();
        return;
    }
    m_counts = m_tally;
    emit statusCountsChanged();
}

void PhoneFilterProxyModel::recount()
{
    StatusCounts counts {};
    const int rows = m_source->rowCount();
    for (int i = 0; i < rows; ++i) {
        const PhoneRow &row = m_source->phoneRow(i);
        if (m_filter.matchesIgnoringStatus(row))
            ++counts[size_t(row.status)];
    }
    m_counts = counts;
    emit statusCountsChanged();
}

bool PhoneFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const PhoneRow &row = m_source->phoneRow(sourceRow);
    if (!m_filter.matchesIgnoringStatus(row))
        return false;
    if (m_tallying)
        ++m_tally[size_t(row.status)];
    return m_filter.statuses().isEmpty() || m_filter.statuses().contains(row.status);
}

bool PhoneFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Compare the rows' raw values directly: no QVariant per comparison on 100k-row sorts.
    const PhoneTableModel::Entry &a = m_source->entry(left.row());
    const PhoneTableModel::Entry &b = m_source->entry(right.row());
    auto text = [](const QString &x, const QString &y) {
        const int c = x.compare(y, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : x < y;
    };
    switch (PhoneTableModel::Column(left.column())) {
    case PhoneTableModel::Name:
        return text(a.row.name, b.row.name);
    case PhoneTableModel::Status:
        return a.row.status < b.row.status;
    case PhoneTableModel::Category:
        return a.row.category < b.row.category;
    case PhoneTableModel::Model:
        return text(a.modelName, b.modelName);
    case PhoneTableModel::Site:
        return text(a.row.siteName, b.row.siteName);
    case PhoneTableModel::BaseSettings:
        return text(a.row.baseSettingsName, b.row.baseSettingsName);
    case PhoneTableModel::HardwareId:
        return a.row.hardwareId < b.row.hardwareId;
    case PhoneTableModel::User:
        return text(a.row.userName, b.row.userName);
    case PhoneTableModel::LastSeen:
        return a.row.lastSeen < b.row.lastSeen;
    case PhoneTableModel::Firmware:
        return text(a.row.firmware, b.row.firmware);
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace PhoneDesk
