#pragma once

// The Phones table: every phone as one row held in memory (PhoneRow plus its display strings),
// an id -> row hash for O(1) updates, and incremental refresh from the ChangeFeed in batches.

#include "changefeed.h"
#include "entities.h"
#include "result.h"
#include "rolloutrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <array>

namespace PhoneDesk {

class Storage;

class PhoneTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneTableModel)

public:
    enum Column {
        Name,
        Status,
        Category,
        Model,
        Site,
        BaseSettings,
        HardwareId,
        User,
        Address,
        Firmware,
        LastSeen,
        Configuration, // "Pending" when the files the phone last fetched are out of date
        FirmwareTarget, // the firmware its files point at (a rollout's pin, else its profile's)
        FirmwareUpdate, // "Up to date", "Updating", "Waiting", "Failed (came back on x.y)"
        Redirection, // where the phone stands with its vendor's redirection service
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // the raw value the column sorts by
        IdRole,
    };

    struct Entry
    {
        PhoneRow row;
        QString modelName; // catalog display name (shared string)
        QString hardwareText; // formatted MAC or FQDN
        QString lastSeenText;
        bool configurationPending = false;
    };

    explicit PhoneTableModel(Storage &storage, QObject *parent = nullptr);
    ~PhoneTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Loads every phone (one query) and resets the model.
    Result<void> reload();

    const Entry &entry(int row) const { return m_entries.at(row); }
    const PhoneRow &phoneRow(int row) const { return m_entries.at(row).row; }
    int rowOf(Id id) const { return m_rowById.value(id, -1); }

    // Applies fresh rows: updates the ones present, inserts new ones at the end (one range).
    void upsertRows(const QList<PhoneRow> &rows);
    void removeIds(const QList<Id> &ids);
    // Phones whose fetched configuration is out of date (PendingConfigWatcher); the others are not.
    void setPendingConfiguration(const QSet<Id> &phoneIds);
    // Live status from the poller, without a database round trip. Records read back from the
    // database (another process's writes) carry the last fetch too: firmware and fetch address.
    void applyStatuses(const QList<StatusRecord> &records);
    // Status records applied per event-loop pass: a batch of 50,000 is spread over several
    // passes so that the window keeps painting and answering input in between.
    static constexpr qsizetype StatusSlice = 2500;

    // Delay before a batch of change events is applied (0 = next event loop turn).
    void setBatchInterval(int ms) { m_flushTimer.setInterval(ms); }
    // Applies queued change events now (tests and the benchmark).
    void flushPendingChanges();
    void applyStatusRange(const StatusRecord *begin, const StatusRecord *end);

signals:
    void loadFailed(const QString &message);
    // After any change of rows or their values (counts per status are recomputed from it).
    void contentsChanged();

private:
    void onChanged(const ChangeEvent &event);
    Entry makeEntry(PhoneRow row) const;
    // dataChanged per contiguous run of `rows`, for the columns first..last.
    void emitRowsChanged(const QList<int> &rows, int firstColumn = 0, int lastColumn = ColumnCount - 1);
    void rebuildIndex(int from);
    // Rollout states (a rollout change) and, with `profiles`, the profiles' firmware versions
    // (a full reload: base-settings changes come that way).
    void reloadFirmware(bool profiles);
    void reloadFirmwareOf(const QList<Id> &ids);
    QString firmwareTarget(const PhoneRow &row) const;
    QString firmwareUpdate(const PhoneRow &row) const;

    Storage &m_storage;
    QList<Entry> m_entries;
    QHash<Id, int> m_rowById;
    QSet<Id> m_pendingUpserts;
    QSet<Id> m_pendingRemoves;
    // Phones whose status another process wrote (a server's batch, by NOTIFY): only their
    // phone_status rows are read at the flush, and applied like this process's own records.
    QSet<Id> m_pendingStatusIds;
    // Status batches from this process (shared, not copied), applied at the flush.
    QList<std::shared_ptr<const QList<StatusRecord>>> m_pendingStatuses;
    qsizetype m_pendingStatusOffset = 0; // into m_pendingStatuses.first()
    bool m_sliceQueued = false;
    // "Last seen" text of the most recent minute formatted: a poller batch has thousands of phones
    // seen within the same minute, and formatting a date is the costly part of applying it.
    qint64 m_lastSeenMinute = -1;
    QString m_lastSeenMinuteText;
    bool m_pendingReset = false;
    QTimer m_flushTimer;
    std::array<QString, 4> m_categoryLabels;
    QSet<Id> m_configurationPending;
    QHash<Id, PhoneFirmwareState> m_firmwareStates; // phones with a pin or a rollout
    QHash<Id, QString> m_profileFirmware; // base settings -> their firmware version
    bool m_pendingFirmware = false; // every phone's firmware columns to read again
    QSet<Id> m_pendingFirmwareIds; // or only these phones'
    QString m_pendingText;
    QString m_pendingToolTip;
};

} // namespace PhoneDesk
