#include "phonetablemodel.h"

#include "basesettingsrepository.h"
#include "firmwareformat.h"
#include "macaddress.h"
#include "modelcatalog.h"
#include "phonerepository.h"
#include "redirectionrepository.h"
#include "statusicons.h"
#include "statusrepository.h"
#include "storage.h"

#include <QLocale>

#include <algorithm>

namespace PhoneDesk {

namespace {
// Above this share of changed rows one whole-table dataChanged is cheaper than many small ones.
constexpr double WholeTableThreshold = 0.5;
// Above this many phones a rollout change reads every phone's firmware state (one pass) rather
// than those phones' (500 per statement).
constexpr qsizetype MaxFirmwareIds = 2000;
} // namespace

PhoneTableModel::PhoneTableModel(Storage &storage, QObject *parent)
    : QAbstractTableModel(parent)
    , m_storage(storage)
{
    for (int i = 0; i < PhoneCategoryCount; ++i)
        m_categoryLabels[size_t(i)] = displayName(PhoneCategory(i));
    m_pendingText = tr("Pending");
    m_pendingToolTip = tr("The files this phone last fetched differ from its configuration now. It gets "
                          "the new files at its next fetch: Resync or Restart it, or wait for its "
                          "periodic check.");
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &PhoneTableModel::flushPendingChanges);
    connect(ChangeFeed::instance(), &ChangeFeed::changed, this, &PhoneTableModel::onChanged);
}

PhoneTableModel::~PhoneTableModel() = default;

int PhoneTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PhoneTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhoneTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const PhoneRow &r = e.row;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Name:
            return r.name;
        case Status:
            return StatusIcons::label(r.status);
        case Category:
            return m_categoryLabels[size_t(r.category)];
        case Model:
            return e.modelName;
        case Site:
            return r.siteName;
        case BaseSettings:
            return r.baseSettingsName;
        case HardwareId:
            return e.hardwareText;
        case User:
            return r.userName;
        case Address:
            return !r.networkAddress.isEmpty() ? r.networkAddress
                : !r.remoteAddress.isEmpty()   ? r.remoteAddress
                                               : r.lastFetchIp;
        case Firmware:
            return r.firmware;
        case LastSeen:
            return e.lastSeenText;
        case Configuration:
            if (!e.configurationPending)
                return QString();
            return role == Qt::ToolTipRole ? m_pendingToolTip : m_pendingText;
        case FirmwareTarget:
            return firmwareTarget(r);
        case FirmwareUpdate:
            return firmwareUpdate(r);
        case Redirection:
            if (role == Qt::ToolTipRole)
                return RedirectionRepository::describe(r.redirectionService, r.redirection,
                                                       r.redirectionReason);
            return displayName(r.redirection);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == Status)
        return StatusIcons::icon(r.status);
    if (role == IdRole)
        return r.id;
    if (role == SortRole) {
        switch (Column(index.column())) {
        case Status:
            return int(r.status);
        case Category:
            return int(r.category);
        case LastSeen:
            return r.lastSeen;
        case Configuration:
            return int(e.configurationPending);
        case Redirection:
            return int(r.redirection);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant PhoneTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Category:
        return tr("Category");
    case Model:
        return tr("Model");
    case Site:
        return tr("Site");
    case BaseSettings:
        return tr("Base Settings");
    case HardwareId:
        return tr("Hardware ID");
    case User:
        return tr("User");
    case Address:
        return tr("Address");
    case Firmware:
        return tr("Firmware");
    case LastSeen:
        return tr("Last seen");
    case Configuration:
        return tr("Configuration");
    case FirmwareTarget:
        return tr("Target firmware");
    case FirmwareUpdate:
        return tr("Firmware update");
    case Redirection:
        return tr("Redirection");
    case ColumnCount:
        break;
    }
    return {};
}

PhoneTableModel::Entry PhoneTableModel::makeEntry(PhoneRow row) const
{
    Entry e;
    if (const PhoneModel *model = ModelCatalog::builtin().find(row.modelId))
        e.modelName = model->displayName; // shares the catalog's string
    else
        e.modelName = row.modelId;
    if ((row.category == PhoneCategory::Managed || row.category == PhoneCategory::Unmanaged) &&
        row.hardwareId.size() == 12)
        e.hardwareText = MacAddress::format(row.hardwareId);
    else
        e.hardwareText = row.hardwareId;
    if (row.lastSeen.isValid())
        e.lastSeenText = QLocale().toString(row.lastSeen.toLocalTime(), QLocale::ShortFormat);
    e.configurationPending = m_configurationPending.contains(row.id);
    e.row = std::move(row);
    return e;
}

Result<void> PhoneTableModel::reload()
{
    auto rows = m_storage.phones().list();
    if (!rows) {
        emit loadFailed(rows.error().fullText());
        return rows.error();
    }
    m_pendingUpserts.clear();
    m_pendingRemoves.clear();
    m_pendingStatusIds.clear();
    m_pendingStatuses.clear();
    m_pendingStatusOffset = 0;
    m_pendingReset = false;
    m_pendingFirmware = false;
    reloadFirmware(true);
    beginResetModel();
    m_entries.clear();
    m_entries.reserve(rows->size());
    for (PhoneRow &row : *rows)
        m_entries.append(makeEntry(std::move(row)));
    m_rowById.clear();
    rebuildIndex(0);
    endResetModel();
    emit contentsChanged();
    return {};
}

void PhoneTableModel::reloadFirmwareOf(const QList<Id> &ids)
{
    auto states = RolloutRepository(m_storage).phoneStates(ids);
    if (!states)
        return; // the columns stay as they were
    for (const Id id : ids) {
        if (const auto it = states->constFind(id); it != states->cend())
            m_firmwareStates.insert(id, *it);
        else
            m_firmwareStates.remove(id);
        if (const auto row = m_rowById.constFind(id); row != m_rowById.cend())
            emit dataChanged(index(int(*row), FirmwareTarget), index(int(*row), FirmwareUpdate));
    }
}

void PhoneTableModel::reloadFirmware(bool profiles)
{
    // A failure leaves the columns as they were: the table still shows every phone.
    if (auto states = RolloutRepository(m_storage).phoneStates())
        m_firmwareStates = std::move(*states);
    if (!profiles)
        return;
    if (auto list = m_storage.baseSettings().list()) {
        m_profileFirmware.clear();
        for (const BaseSettingsSummary &b : std::as_const(*list))
            m_profileFirmware.insert(
                b.settings.id,
                b.settings.values.value(QStringLiteral("provisioning.firmwareVersion")).toString());
    }
}

QString PhoneTableModel::firmwareTarget(const PhoneRow &row) const
{
    if (row.category != PhoneCategory::Managed)
        return {};
    const auto state = m_firmwareStates.constFind(row.id);
    return state != m_firmwareStates.cend() ? state->target : m_profileFirmware.value(row.baseSettingsId);
}

QString PhoneTableModel::firmwareUpdate(const PhoneRow &row) const
{
    if (row.category != PhoneCategory::Managed)
        return {};
    const auto state = m_firmwareStates.constFind(row.id);
    if (state != m_firmwareStates.cend() && state->state) {
        switch (*state->state) {
        case RolloutPhoneState::Waiting:
            return tr("Waiting");
        case RolloutPhoneState::Updating:
            return tr("Updating");
        case RolloutPhoneState::Updated:
            return tr("Up to date");
        case RolloutPhoneState::Failed:
            return state->detail.isEmpty() ? tr("Failed") : tr("Failed (%1)").arg(state->detail);
        case RolloutPhoneState::Skipped:
            break;
        }
    }
    const QString target = firmwareTarget(row);
    if (target.isEmpty() || row.firmware.isEmpty())
        return {};
    // Not in a rollout: the profile's version reaches the phone at its next fetch.
    return Firmware::runsVersion(row.firmware, target) ? tr("Up to date") : tr("Update due");
}

void PhoneTableModel::rebuildIndex(int from)
{
    if (from == 0) {
        m_rowById.clear();
        m_rowById.reserve(m_entries.size());
    }
    for (int i = from; i < m_entries.size(); ++i)
        m_rowById.insert(m_entries.at(i).row.id, i);
}

void PhoneTableModel::onChanged(const ChangeEvent &event)
{
    switch (event.entity) {
    case ChangeEvent::Entity::Phone:
    case ChangeEvent::Entity::Status:
        if (event.kind == ChangeEvent::Kind::Reset) {
            m_pendingReset = true;
        } else if (event.kind == ChangeEvent::Kind::Remove && event.entity == ChangeEvent::Entity::Phone) {
            for (const Id id : event.ids) {
                m_pendingRemoves.insert(id);
                m_pendingUpserts.remove(id);
            }
        } else if (event.entity == ChangeEvent::Entity::Status && event.statuses) {
            m_pendingStatuses.append(event.statuses); // no read-back: the records are here
        } else if (event.entity == ChangeEvent::Entity::Status) {
            // Another process's batch or a recorded fetch: the status rows only, not the phones.
            for (const Id id : event.ids)
                m_pendingStatusIds.insert(id);
        } else {
            for (const Id id : event.ids)
                m_pendingUpserts.insert(id);
        }
        break;
    case ChangeEvent::Entity::Rollout:
        // Turns and outcomes: the two firmware columns only, of the phones named when there are a
        // few (a rollout's advance names the phones it moved; reading every phone's state of a
        // large fleet takes as long as loading the table).
        if (event.ids.isEmpty() || m_pendingFirmwareIds.size() + event.ids.size() > MaxFirmwareIds) {
            m_pendingFirmware = true;
            m_pendingFirmwareIds.clear();
        } else if (!m_pendingFirmware) {
            for (const Id id : event.ids)
                m_pendingFirmwareIds.insert(id);
        }
        break;
    case ChangeEvent::Entity::Redirection:
        // The rows of those phones carry their redirection state: read again.
        if (event.kind == ChangeEvent::Kind::Reset) {
            m_pendingReset = true;
        } else {
            for (const Id id : event.ids)
                m_pendingUpserts.insert(id);
        }
        break;
    case ChangeEvent::Entity::Site:
    case ChangeEvent::Entity::BaseSettings:
    case ChangeEvent::Entity::User:
        // Names shown in many rows may have changed; one reload is simpler and still one query.
        if (event.kind != ChangeEvent::Kind::Upsert || !event.ids.isEmpty())
            m_pendingReset = true;
        break;
    default:
        return;
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void PhoneTableModel::flushPendingChanges()
{
    m_flushTimer.stop();
    if (m_pendingReset) {
        (void)reload();
        return;
    }
    if (std::exchange(m_pendingFirmware, false) && !m_entries.isEmpty()) {
        reloadFirmware(false);
        emit dataChanged(index(0, FirmwareTarget), index(int(m_entries.size()) - 1, FirmwareUpdate));
    } else if (!m_pendingFirmwareIds.isEmpty()) {
        const QList<Id> ids(m_pendingFirmwareIds.cbegin(), m_pendingFirmwareIds.cend());
        m_pendingFirmwareIds.clear();
        reloadFirmwareOf(ids);
    }
    if (!m_pendingRemoves.isEmpty()) {
        const QList<Id> removes(m_pendingRemoves.cbegin(), m_pendingRemoves.cend());
        m_pendingRemoves.clear();
        removeIds(removes);
    }
    if (!m_pendingUpserts.isEmpty()) {
        const QList<Id> ids(m_pendingUpserts.cbegin(), m_pendingUpserts.cend());
        m_pendingUpserts.clear();
        auto rows = m_storage.phones().rows(ids);
        if (!rows) {
            emit loadFailed(rows.error().fullText());
            return;
        }
        // A phone that changed but cannot be read any more was deleted meanwhile, or moved to a
        // site outside a team member's sites (row-level security): it leaves the table.
        QSet<Id> gone(ids.cbegin(), ids.cend());
        for (const PhoneRow &row : std::as_const(*rows))
            gone.remove(row.id);
        if (!gone.isEmpty())
            removeIds(QList<Id>(gone.cbegin(), gone.cend()));
        upsertRows(*rows);
    }
    if (!m_pendingStatusIds.isEmpty()) {
        QList<Id> ids;
        ids.reserve(m_pendingStatusIds.size());
        for (const Id id : std::as_const(m_pendingStatusIds)) {
            if (rowOf(id) >= 0)
                ids.append(id);
        }
        m_pendingStatusIds.clear();
        auto records = m_storage.status().getMany(ids);
        if (!records) {
            emit loadFailed(records.error().fullText());
            return;
        }
        // Queued behind this process's own batches (the database has the newest), and applied
        // in the same slices.
        auto batch = std::make_shared<QList<StatusRecord>>();
        batch->reserve(records->size());
        for (const StatusRecord &record : std::as_const(*records))
            batch->append(record);
        if (!batch->isEmpty())
            m_pendingStatuses.append(std::move(batch));
    }
    qsizetype budget = StatusSlice;
    while (!m_pendingStatuses.isEmpty() && budget > 0) {
        const QList<StatusRecord> &batch = *m_pendingStatuses.constFirst();
        const qsizetype n = qMin(budget, batch.size() - m_pendingStatusOffset);
        applyStatusRange(batch.constData() + m_pendingStatusOffset,
                         batch.constData() + m_pendingStatusOffset + n);
        budget -= n;
        m_pendingStatusOffset += n;
        if (m_pendingStatusOffset >= batch.size()) {
            m_pendingStatuses.removeFirst();
            m_pendingStatusOffset = 0;
        }
    }
    if (!m_pendingStatuses.isEmpty() && !m_sliceQueued) { // the rest after the window's turn
        m_sliceQueued = true;
        // A zero timer, not a posted event: timers (the window's own, input) get their turn
        // between two slices, where posted events could run back to back.
        QTimer::singleShot(0, this, [this] {
            m_sliceQueued = false;
            flushPendingChanges();
        });
    }
}

void PhoneTableModel::emitRowsChanged(const QList<int> &changedRows, int firstColumn, int lastColumn)
{
    if (changedRows.isEmpty())
        return;
    if (changedRows.size() > m_entries.size() * WholeTableThreshold) {
        emit dataChanged(index(0, firstColumn), index(int(m_entries.size()) - 1, lastColumn));
        return;
    }
    QList<int> sorted = changedRows;
    std::sort(sorted.begin(), sorted.end());
    // Contiguous runs give one signal each.
    int start = sorted.first();
    int previous = start;
    for (qsizetype i = 1; i <= sorted.size(); ++i) {
        if (i < sorted.size() && sorted.at(i) == previous + 1) {
            previous = sorted.at(i);
            continue;
        }
        emit dataChanged(index(start, firstColumn), index(previous, lastColumn));
        if (i < sorted.size())
            start = previous = sorted.at(i);
    }
}

void PhoneTableModel::setPendingConfiguration(const QSet<Id> &phoneIds)
{
    QList<int> changed;
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        const bool pending = phoneIds.contains(e.row.id);
        if (e.configurationPending != pending) {
            e.configurationPending = pending;
            changed.append(row);
        }
    }
    m_configurationPending = phoneIds;
    emitRowsChanged(changed, Configuration, Configuration);
    if (!changed.isEmpty())
        emit contentsChanged(); // a view sorted by this column re-sorts
}

void PhoneTableModel::upsertRows(const QList<PhoneRow> &rows)
{
    QList<int> changed;
    QList<Entry> added;
    for (const PhoneRow &row : rows) {
        const int at = rowOf(row.id);
        if (at >= 0) {
            m_entries[at] = makeEntry(row);
            changed.append(at);
        } else {
            added.append(makeEntry(row));
        }
    }
    emitRowsChanged(changed);
    if (!added.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_entries.append(std::move(added));
        rebuildIndex(first);
        endInsertRows();
    }
    if (!rows.isEmpty())
        emit contentsChanged();
}

void PhoneTableModel::removeIds(const QList<Id> &ids)
{
    QList<int> rows;
    for (const Id id : ids) {
        const int at = rowOf(id);
        if (at >= 0)
            rows.append(at);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    // Remove contiguous runs from the bottom up so earlier row numbers stay valid.
    qsizetype i = 0;
    while (i < rows.size()) {
        int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1)
            first = rows.at(++i);
        ++i;
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_rowById.remove(m_entries.at(r).row.id);
        m_entries.remove(first, last - first + 1);
        endRemoveRows();
    }
    rebuildIndex(rows.last());
    emit contentsChanged();
}

void PhoneTableModel::applyStatuses(const QList<StatusRecord> &records)
{
    applyStatusRange(records.constData(), records.constData() + records.size());
}

void PhoneTableModel::applyStatusRange(const StatusRecord *begin, const StatusRecord *end)
{
    // Only rows whose shown values change are announced, and only the Status and Last seen
    // columns (so the filter proxy knows neither the sort keys nor the filters moved): most probes
    // of a sweep repeat the status, and the "Last seen" text changes once a minute.
    QList<int> statusChanged;
    QList<int> seenChanged;
    QList<int> fetchChanged;
    for (const StatusRecord *it = begin; it != end; ++it) {
        const StatusRecord &record = *it;
        const int at = rowOf(record.phoneId);
        if (at < 0)
            continue;
        Entry &e = m_entries[at];
        if (e.row.status != record.status) {
            e.row.status = record.status;
            statusChanged.append(at);
        }
        e.row.rttMs = record.rttMs;
        // A probe result has no fetch; a record read back from the database has the last one.
        if (record.lastFetch.time.isValid() &&
            (e.row.firmware != record.lastFetch.firmware || e.row.lastFetchIp != record.lastFetch.ip)) {
            e.row.firmware = record.lastFetch.firmware;
            e.row.lastFetchIp = record.lastFetch.ip;
            fetchChanged.append(at);
        }
        if (record.lastSeen.isValid() && record.lastSeen != e.row.lastSeen) {
            e.row.lastSeen = record.lastSeen;
            const qint64 minute = record.lastSeen.toSecsSinceEpoch() / 60;
            if (minute != m_lastSeenMinute) {
                m_lastSeenMinute = minute;
                m_lastSeenMinuteText =
                    QLocale().toString(record.lastSeen.toLocalTime(), QLocale::ShortFormat);
            }
            if (e.lastSeenText != m_lastSeenMinuteText) {
                e.lastSeenText = m_lastSeenMinuteText;
                seenChanged.append(at);
            }
        }
    }
    emitRowsChanged(statusChanged, Status, Status);
    emitRowsChanged(seenChanged, LastSeen, LastSeen);
    static_assert(Firmware == Address + 1);
    emitRowsChanged(fetchChanged, Address, Firmware);
    emitRowsChanged(fetchChanged, FirmwareUpdate, FirmwareUpdate); // "Update due" or "Up to date"
    if (!statusChanged.isEmpty() || !seenChanged.isEmpty() || !fetchChanged.isEmpty())
        emit contentsChanged();
}

} // namespace PhoneDesk
