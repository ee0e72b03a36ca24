#include "phonefilterproxymodel.h"

#include "phonetablemodel.h"

#include <QVersionNumber>

#include <algorithm>

namespace PhoneDesk {

namespace {
// Firmware versions as numbers (3.4.8 before 108.86), then what follows the numbers as text.
int compareFirmware(const QString &a, const QString &b)
{
    qsizetype suffixA = 0;
    qsizetype suffixB = 0;
    const int c = QVersionNumber::compare(QVersionNumber::fromString(a, &suffixA),
                                          QVersionNumber::fromString(b, &suffixB));
    return c != 0 ? c : QStringView(a).mid(suffixA).compare(QStringView(b).mid(suffixB), Qt::CaseInsensitive);
}
} // namespace

PhoneFilterProxyModel::PhoneFilterProxyModel(PhoneTableModel *source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_source(source)
{
    QAbstractProxyModel::setSourceModel(source);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, &PhoneFilterProxyModel::onSourceReset);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &PhoneFilterProxyModel::onRowsAboutToBeRemoved);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &PhoneFilterProxyModel::onRowsRemoved);
    connect(source, &QAbstractItemModel::rowsInserted, this, &PhoneFilterProxyModel::onRowsInserted);
    connect(source, &QAbstractItemModel::dataChanged, this, &PhoneFilterProxyModel::onDataChanged);
    connect(source, &PhoneTableModel::contentsChanged, this, &PhoneFilterProxyModel::applyPendingChanges);
    beginResetModel();
    onSourceReset();
}

// --- structure ---------------------------------------------------------------------------------

QModelIndex PhoneFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_visible.size()) || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex PhoneFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex PhoneFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

bool PhoneFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.empty();
}

int PhoneFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int PhoneFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->columnCount();
}

QModelIndex PhoneFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= int(m_visible.size()))
        return {};
    return m_source->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex PhoneFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_sourceToProxy.size()))
        return {};
    const int row = m_sourceToProxy[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant PhoneFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    if (role == Qt::DisplayRole && section >= 0 && section < int(m_visible.size()))
        return section + 1;
    return {};
}

// --- filter ------------------------------------------------------------------------------------

bool PhoneFilterProxyModel::baseMatches(int sourceRow) const
{
    return m_filter.matchesIgnoringStatus(m_source->phoneRow(sourceRow)) &&
        (!m_pendingOnly || m_source->entry(sourceRow).configurationPending);
}

bool PhoneFilterProxyModel::setPendingOnly(bool pendingOnly)
{
    if (pendingOnly == m_pendingOnly)
        return false;
    m_pendingOnly = pendingOnly;
    // Turned on, only rows that match now can still match; turned off, only the others can change.
    refilter(pendingOnly ? Retest::Matching : Retest::NotMatching);
    return true;
}

bool PhoneFilterProxyModel::statusMatches(int sourceRow) const
{
    return m_filter.statuses().isEmpty() ||
        m_filter.statuses().contains(m_source->phoneRow(sourceRow).status);
}

bool PhoneFilterProxyModel::setFilter(const PhoneFilter &filter)
{
    if (filter == m_filter)
        return false;
    // Only the name changed: when it grew (typing on), rows that did not match cannot match now;
    // when it shrank (Backspace), rows that matched still match.
    PhoneFilter withOldName = filter;
    withOldName.setNameFilter(m_filter.nameFilter());
    Retest retest = Retest::All;
    if (withOldName == m_filter) {
        if (filter.nameFilter().contains(m_filter.nameFilter(), Qt::CaseInsensitive))
            retest = Retest::Matching;
        else if (m_filter.nameFilter().contains(filter.nameFilter(), Qt::CaseInsensitive))
            retest = Retest::NotMatching;
    }
    m_filter = filter;
    refilter(retest);
    return true;
}

bool PhoneFilterProxyModel::setNameFilter(const QString &text)
{
    PhoneFilter next = m_filter;
    if (!next.setNameFilter(text))
        return false;
    return setFilter(next);
}

int PhoneFilterProxyModel::totalCount() const
{
    int total = 0;
    for (const int n : m_counts)
        total += n;
    return total;
}

void PhoneFilterProxyModel::refilter(Retest retest)
{
    const int rows = int(m_base.size());
    for (int r = 0; r < rows; ++r) {
        const bool matched = m_base[size_t(r)] != 0;
        if ((retest == Retest::Matching && !matched) || (retest == Retest::NotMatching && matched))
            continue;
        m_base[size_t(r)] = baseMatches(r) ? 1 : 0;
    }
    relayout();
}

void PhoneFilterProxyModel::rebuildVisible()
{
    const bool anyStatus = m_filter.statuses().isEmpty();
    StatusCounts counts {};
    m_visible.clear();
    m_sourceToProxy.assign(m_base.size(), -1);
    m_countedStatus.assign(m_base.size(), 0);
    for (const int r : m_order) {
        if (!m_base[size_t(r)])
            continue;
        const PhoneStatus status = m_source->phoneRow(r).status;
        ++counts[size_t(status)];
        m_countedStatus[size_t(r)] = quint8(status);
        if (anyStatus || m_filter.statuses().contains(status)) {
            m_sourceToProxy[size_t(r)] = int(m_visible.size());
            m_visible.push_back(r);
        }
    }
    const bool countsChanged = counts != m_counts;
    m_counts = counts;
    if (countsChanged)
        emit statusCountsChanged();
}

void PhoneFilterProxyModel::relayout()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(persistent.size()));
    for (const QModelIndex &index : persistent)
        sourceRows.push_back(index.row() < int(m_visible.size()) ? m_visible[size_t(index.row())] : -1);
    rebuildVisible();
    QModelIndexList updated;
    updated.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int source = sourceRows[size_t(i)];
        const int row =
            source >= 0 && source < int(m_sourceToProxy.size()) ? m_sourceToProxy[size_t(source)] : -1;
        updated.append(row < 0 ? QModelIndex() : createIndex(row, persistent.at(i).column()));
    }
    changePersistentIndexList(persistent, updated);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// --- sort --------------------------------------------------------------------------------------

bool PhoneFilterProxyModel::lessThan(int left, int right) const
{
    // Raw values straight from the rows: no QVariant per comparison on 100k-row sorts.
    const PhoneTableModel::Entry &a = m_source->entry(left);
    const PhoneTableModel::Entry &b = m_source->entry(right);
    auto text = [](const QString &x, const QString &y) { return x.compare(y, Qt::CaseInsensitive); };
    int c = 0;
    switch (PhoneTableModel::Column(m_sortColumn)) {
    case PhoneTableModel::Name:
        c = text(a.row.name, b.row.name);
        break;
    case PhoneTableModel::Status:
        c = int(a.row.status) - int(b.row.status);
        break;
    case PhoneTableModel::Category:
        c = int(a.row.category) - int(b.row.category);
        break;
    case PhoneTableModel::Model:
        c = text(a.modelName, b.modelName);
        break;
    case PhoneTableModel::Site:
        c = text(a.row.siteName, b.row.siteName);
        break;
    case PhoneTableModel::BaseSettings:
        c = text(a.row.baseSettingsName, b.row.baseSettingsName);
        break;
    case PhoneTableModel::HardwareId:
        c = a.row.hardwareId.compare(b.row.hardwareId);
        break;
    case PhoneTableModel::User:
        c = text(a.row.userName, b.row.userName);
        break;
    case PhoneTableModel::Address:
        c = text(m_source->index(left, PhoneTableModel::Address).data().toString(),
                 m_source->index(right, PhoneTableModel::Address).data().toString());
        break;
    case PhoneTableModel::Firmware:
        c = compareFirmware(a.row.firmware, b.row.firmware);
        break;
    case PhoneTableModel::LastSeen:
        c = a.row.lastSeen < b.row.lastSeen ? -1 : b.row.lastSeen < a.row.lastSeen ? 1 : 0;
        break;
    case PhoneTableModel::Configuration:
        c = int(a.configurationPending) - int(b.configurationPending);
        break;
    case PhoneTableModel::FirmwareTarget:
        c = compareFirmware(m_source->index(left, PhoneTableModel::FirmwareTarget).data().toString(),
                            m_source->index(right, PhoneTableModel::FirmwareTarget).data().toString());
        break;
    case PhoneTableModel::FirmwareUpdate:
        c = text(m_source->index(left, PhoneTableModel::FirmwareUpdate).data().toString(),
                 m_source->index(right, PhoneTableModel::FirmwareUpdate).data().toString());
        break;
    default:
        break;
    }
    if (c == 0)
        c = text(a.row.name, b.row.name); // ties by name, so the order is stable and predictable
    if (c == 0)
        return left < right;
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

const QString &PhoneFilterProxyModel::sortText(int sourceRow, int column) const
{
    const PhoneTableModel::Entry &e = m_source->entry(sourceRow);
    switch (PhoneTableModel::Column(column)) {
    case PhoneTableModel::Model:
        return e.modelName;
    case PhoneTableModel::Site:
        return e.row.siteName;
    case PhoneTableModel::BaseSettings:
        return e.row.baseSettingsName;
    case PhoneTableModel::User:
        return e.row.userName;
    case PhoneTableModel::Firmware:
        return e.row.firmware;
    default:
        return e.row.name;
    }
}

void PhoneFilterProxyModel::sortAll()
{
    m_order.resize(m_base.size());
    for (size_t i = 0; i < m_order.size(); ++i)
        m_order[i] = int(i);
    if (m_sortColumn < 0)
        return;
    const auto column = PhoneTableModel::Column(m_sortColumn);
    const bool textColumn = column == PhoneTableModel::Name || column == PhoneTableModel::Model ||
        column == PhoneTableModel::Site || column == PhoneTableModel::BaseSettings ||
        column == PhoneTableModel::User;
    if (column == PhoneTableModel::Firmware) {
        // Versions parsed once, then compared as numbers: 3.4.8 before 108.86.
        std::vector<QVersionNumber> versions(m_order.size());
        std::vector<QString> suffixes(m_order.size());
        for (size_t i = 0; i < versions.size(); ++i) {
            qsizetype suffix = 0;
            const QString &firmware = m_source->entry(int(i)).row.firmware;
            versions[i] = QVersionNumber::fromString(firmware, &suffix);
            suffixes[i] = firmware.mid(suffix).toCaseFolded();
        }
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        std::sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            int c = QVersionNumber::compare(versions[size_t(a)], versions[size_t(b)]);
            if (c == 0)
                c = QString::compare(suffixes[size_t(a)], suffixes[size_t(b)], Qt::CaseSensitive);
            if (c == 0)
                return lessThan(a, b); // ties by name
            return ascending ? c < 0 : c > 0;
        });
        return;
    }
    if (!textColumn) {
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return lessThan(a, b); });
        return;
    }
    // Case-folded keys once, then plain comparisons: the same order as lessThan() (which
    // compares case-insensitively, i.e. by case folding), several times faster on 100k rows.
    std::vector<QString> keys(m_order.size());
    std::vector<QString> nameKeys(column == PhoneTableModel::Name ? 0 : m_order.size());
    for (size_t i = 0; i < keys.size(); ++i) {
        keys[i] = sortText(int(i), column).toCaseFolded();
        if (!nameKeys.empty())
            nameKeys[i] = m_source->entry(int(i)).row.name.toCaseFolded();
    }
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        int c = QString::compare(keys[size_t(a)], keys[size_t(b)], Qt::CaseSensitive);
        if (c == 0 && !nameKeys.empty())
            c = QString::compare(nameKeys[size_t(a)], nameKeys[size_t(b)], Qt::CaseSensitive);
        if (c == 0)
            return a < b;
        return ascending ? c < 0 : c > 0;
    });
}

void PhoneFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    sortAll();
    relayout();
}

void PhoneFilterProxyModel::mergeIntoOrder(std::vector<int> rows)
{
    auto less = [this](int a, int b) { return m_sortColumn >= 0 ? lessThan(a, b) : a < b; };
    std::sort(rows.begin(), rows.end(), less);
    std::vector<int> merged;
    merged.reserve(m_order.size() + rows.size());
    std::merge(m_order.begin(), m_order.end(), rows.begin(), rows.end(), std::back_inserter(merged), less);
    m_order.swap(merged);
}

// --- source changes ----------------------------------------------------------------------------

void PhoneFilterProxyModel::onSourceReset()
{
    m_pendingChanged.clear();
    m_pendingOtherColumns = false;
    m_pendingSortKey = false;
    m_pendingView = {};
    const int rows = m_source->rowCount();
    m_base.assign(size_t(rows), 0);
    for (int r = 0; r < rows; ++r)
        m_base[size_t(r)] = baseMatches(r) ? 1 : 0;
    sortAll();
    rebuildVisible();
    endResetModel();
}

void PhoneFilterProxyModel::onRowsAboutToBeRemoved(const QModelIndex &, int, int)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    m_savedPersistent = persistentIndexList();
    m_savedSourceRows.clear();
    for (const QModelIndex &index : std::as_const(m_savedPersistent))
        m_savedSourceRows.push_back(index.row() < int(m_visible.size()) ? m_visible[size_t(index.row())]
                                                                        : -1);
}

void PhoneFilterProxyModel::onRowsRemoved(const QModelIndex &, int first, int last)
{
    const int count = last - first + 1;
    auto shift = [&](int r) { return r < first ? r : r > last ? r - count : -1; };
    std::vector<int> order;
    order.reserve(m_order.size());
    for (const int r : m_order) {
        const int s = shift(r);
        if (s >= 0)
            order.push_back(s);
    }
    m_order.swap(order);
    m_base.erase(m_base.begin() + first, m_base.begin() + last + 1);
    std::vector<int> pending;
    for (const int r : m_pendingChanged) {
        if (shift(r) >= 0)
            pending.push_back(shift(r));
    }
    m_pendingChanged.swap(pending);
    rebuildVisible();
    QModelIndexList updated;
    for (qsizetype i = 0; i < m_savedPersistent.size(); ++i) {
        const int source = m_savedSourceRows[size_t(i)] < 0 ? -1 : shift(m_savedSourceRows[size_t(i)]);
        const int row = source >= 0 ? m_sourceToProxy[size_t(source)] : -1;
        updated.append(row < 0 ? QModelIndex() : createIndex(row, m_savedPersistent.at(i).column()));
    }
    changePersistentIndexList(m_savedPersistent, updated);
    m_savedPersistent.clear();
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void PhoneFilterProxyModel::onRowsInserted(const QModelIndex &, int first, int last)
{
    // The table model only appends; rows before `first` keep their numbers.
    const int count = last - first + 1;
    if (first != int(m_base.size())) {
        // Not an append: renumber and rebuild (kept correct for any source).
        for (int &r : m_order)
            r = r >= first ? r + count : r;
    }
    m_base.insert(m_base.begin() + first, size_t(count), 0);
    std::vector<int> added;
    for (int r = first; r <= last; ++r) {
        m_base[size_t(r)] = baseMatches(r) ? 1 : 0;
        added.push_back(r);
    }
    mergeIntoOrder(std::move(added));
    relayout();
}

void PhoneFilterProxyModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // The values shown are fresh at once; where rows now sort or filter is settled once per batch
    // (contentsChanged), since a batch may arrive as many small dataChanged runs.
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
        m_pendingChanged.push_back(r);
    const int firstColumn = topLeft.column();
    const int lastColumn = bottomRight.column();
    auto only = [&](int column) { return firstColumn == column && lastColumn == column; };
    // Status and Last seen never change which rows a filter shows; Configuration only with the
    // pending filter on.
    if (!only(PhoneTableModel::Status) && !only(PhoneTableModel::LastSeen) &&
        (m_pendingOnly || !only(PhoneTableModel::Configuration)))
        m_pendingOtherColumns = true;
    if (m_sortColumn >= firstColumn && m_sortColumn <= lastColumn)
        m_pendingSortKey = true;
    // The view hears of it once per batch (applyPendingChanges): a status batch changes rows
    // scattered over the table, thousands of one-row runs, and a QTreeView looks up every row it
    // is told of by a linear search over all its rows.
    ViewChange &change = m_pendingView;
    change.firstColumn = qMin(change.firstColumn, firstColumn);
    change.lastColumn = qMax(change.lastColumn, lastColumn);
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (last - first + 1 > int(m_visible.size()) / 2) {
        if (!m_visible.empty()) {
            change.top = 0;
            change.bottom = rowCount() - 1;
            change.rows.clear();
            change.spans = true;
        }
        return;
    }
    for (int r = first; r <= last; ++r) {
        const int row = m_sourceToProxy[size_t(r)];
        if (row < 0)
            continue;
        change.top = change.top < 0 ? row : qMin(change.top, row);
        change.bottom = qMax(change.bottom, row);
        if (!change.spans)
            change.rows.push_back(row);
    }
    // One signal per row for a few, one spanning signal for many (a view repaints only what it
    // shows either way).
    constexpr size_t SpanAbove = 32;
    if (change.rows.size() > SpanAbove) {
        change.rows.clear();
        change.spans = true;
    }
}

void PhoneFilterProxyModel::emitPendingView()
{
    ViewChange change = std::exchange(m_pendingView, {});
    if (change.top < 0 || change.top >= rowCount())
        return;
    if (change.spans) {
        emit dataChanged(index(change.top, change.firstColumn),
                         index(qMin(change.bottom, rowCount() - 1), change.lastColumn));
        return;
    }
    std::sort(change.rows.begin(), change.rows.end());
    change.rows.erase(std::unique(change.rows.begin(), change.rows.end()), change.rows.end());
    for (const int row : change.rows)
        emit dataChanged(index(row, change.firstColumn), index(row, change.lastColumn));
}

void PhoneFilterProxyModel::recountStatuses(const std::vector<int> &changedRows)
{
    // Only the changed rows: what each was counted as is kept, so a batch costs its own size, not
    // a walk over the whole table.
    if (m_countedStatus.size() != m_base.size()) {
        relayout(); // counts everything afresh
        return;
    }
    StatusCounts counts = m_counts;
    for (const int r : changedRows) {
        if (!m_base[size_t(r)])
            continue;
        const auto status = quint8(m_source->phoneRow(r).status);
        quint8 &counted = m_countedStatus[size_t(r)];
        if (counted != status) {
            --counts[counted];
            ++counts[status];
            counted = status;
        }
    }
    if (counts != m_counts) {
        m_counts = counts;
        emit statusCountsChanged();
    }
}

void PhoneFilterProxyModel::applyPendingChanges()
{
    emitPendingView(); // proxy rows as they were when the values changed, before any relayout
    if (m_pendingChanged.empty())
        return;
    const bool otherColumns = std::exchange(m_pendingOtherColumns, false);
    const bool sortKey = std::exchange(m_pendingSortKey, false);
    if (!otherColumns && !sortKey) {
        // Status / Last seen / Configuration only (a poller batch): no row changes its filter match or place,
        // so no layout change for the view; only the counts, and the rows a status filter shows.
        if (m_filter.statuses().isEmpty())
            recountStatuses(m_pendingChanged);
        else
            relayout();
        m_pendingChanged.clear();
        return;
    }
    std::vector<int> changed;
    changed.swap(m_pendingChanged);
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    for (const int r : changed)
        m_base[size_t(r)] = baseMatches(r) ? 1 : 0;
    if (changed.size() > m_base.size() / 20) {
        sortAll();
    } else {
        // Few rows: take them out of the order and merge them back at their new places.
        std::vector<char> isChanged(m_base.size(), 0);
        for (const int r : changed)
            isChanged[size_t(r)] = 1;
        m_order.erase(
            std::remove_if(m_order.begin(), m_order.end(), [&](int r) { return isChanged[size_t(r)] != 0; }),
            m_order.end());
        mergeIntoOrder(std::move(changed));
    }
    relayout();
}

} // namespace PhoneDesk
