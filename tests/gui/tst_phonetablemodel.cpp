// Tests the Phones table model and its PhoneFilter proxy: model consistency under
// QAbstractItemModelTester, incremental updates from the change feed, filtering and counts.
#include "demodata.h"
#include "guitest.h"
#include "phonefilterproxymodel.h"
#include "phonerepository.h"
#include "phonetablemodel.h"
#include "recordtablemodel.h"
#include "statusrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QVersionNumber>

#include <algorithm>

using namespace PhoneDesk;

class TestPhoneTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsEveryPhone();
    void incrementalUpdates();
    void statusBatchesAreOneSignalPerRun();
    void statusRecordsFromTheFeedNeedNoReadBack();
    void statusFromAnotherProcessReadsTheStatusRowsOnly();
    void scatteredStatusBatchIsOneSignalForTheView();
    void statusBatchUnderStatusFilterAndStatusSort();
    void filterByEachCriterion();
    void typingAndDeletingMatchesAFullScan();
    void countsPerStatusIgnoreTheStatusCriterion();
    void countsFollowStatusBatchesAndRowChanges();
    void sortsByRawValues();
    void configurationPendingColumn();
    void recordTableModel();

private:
    Test::TestDatabase m_db;
    std::unique_ptr<PhoneTableModel> m_model;
    std::unique_ptr<PhoneFilterProxyModel> m_proxy;
};

void TestPhoneTableModel::init()
{
    QString error;
    m_db = Test::createDatabase(Test::Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    m_db.storage->setActor(QStringLiteral("tester"), Role::Administrator);
    auto demo = populateDemoData(*m_db.storage);
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().fullText()));
    m_model = std::make_unique<PhoneTableModel>(*m_db.storage);
    m_proxy = std::make_unique<PhoneFilterProxyModel>(m_model.get());
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_model.get());
    new QAbstractItemModelTester(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_proxy.get());
    QVERIFY(m_model->reload().ok());
}

void TestPhoneTableModel::cleanup()
{
    m_proxy.reset();
    m_model.reset();
    m_db = {};
}

void TestPhoneTableModel::loadsEveryPhone()
{
    auto count = m_db.storage->phones().count();
    QVERIFY(count.ok());
    QCOMPARE(m_model->rowCount(), *count);
    QCOMPARE(m_model->columnCount(), int(PhoneTableModel::ColumnCount));
    QCOMPARE(m_proxy->rowCount(), *count);
    // Display values come from the row; MAC addresses are formatted.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const PhoneRow &row = m_model->phoneRow(r);
        QCOMPARE(m_model->rowOf(row.id), r);
        QCOMPARE(m_model->index(r, PhoneTableModel::Name).data().toString(), row.name);
        QCOMPARE(m_model->index(r, PhoneTableModel::Site).data().toString(), row.siteName);
        if (row.category == PhoneCategory::Managed)
            QVERIFY(m_model->index(r, PhoneTableModel::HardwareId).data().toString().contains(u':'));
    }
}

void TestPhoneTableModel::incrementalUpdates()
{
    auto existing = m_db.storage->phones().list();
    QVERIFY(existing.ok());
    const PhoneRow first = existing->first();

    // Create: one inserted row, no reset.
    auto full = m_db.storage->phones().get(first.id);
    QVERIFY(full.ok());
    Phone phone = *full;
    phone.id = 0;
    phone.name = QStringLiteral("Incremental 1");
    phone.hardwareId = QStringLiteral("0004f2aa0001");
    phone.networkAddress.clear();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const int before = m_model->rowCount();
    auto created = m_db.storage->phones().create(phone);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().fullText()));
    QTRY_COMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    const int row = m_model->rowOf(created->id);
    QVERIFY(row >= 0);
    QCOMPARE(m_model->phoneRow(row).name, QStringLiteral("Incremental 1"));

    // Update: dataChanged for that row only.
    Phone renamed = *created;
    renamed.name = QStringLiteral("Incremental renamed");
    QVERIFY(m_db.storage->phones().update(renamed).ok());
    QTRY_COMPARE(m_model->phoneRow(m_model->rowOf(created->id)).name, QStringLiteral("Incremental renamed"));
    QVERIFY(!changed.isEmpty());
    const QModelIndex topLeft = changed.last().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.last().at(1).toModelIndex();
    QCOMPARE(topLeft.row(), m_model->rowOf(created->id));
    QCOMPARE(bottomRight.row(), topLeft.row());
    QCOMPARE(reset.size(), 0);

    // Remove two rows that are not neighbours: the index stays consistent.
    const Id other = existing->at(5).id;
    QVERIFY(m_db.storage->phones().remove({created->id, other}).ok());
    QTRY_COMPARE(m_model->rowCount(), before - 1);
    QVERIFY(removed.size() >= 1);
    QCOMPARE(m_model->rowOf(created->id), -1);
    QCOMPARE(m_model->rowOf(other), -1);
    for (int r = 0; r < m_model->rowCount(); ++r)
        QCOMPARE(m_model->rowOf(m_model->phoneRow(r).id), r);
    QCOMPARE(reset.size(), 0);
}

void TestPhoneTableModel::statusBatchesAreOneSignalPerRun()
{
    // Rows 2..5 change status in one batch: one dataChanged for the contiguous run.
    QList<StatusRecord> records;
    for (int r = 2; r <= 5; ++r) {
        StatusRecord s;
        s.phoneId = m_model->phoneRow(r).id;
        s.status = PhoneStatus::Online;
        s.lastSeen = QDateTime::currentDateTimeUtc();
        records.append(s);
    }
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy counts(m_proxy.get(), &PhoneFilterProxyModel::statusCountsChanged);
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    m_model->applyStatuses(records);
    // One signal per contiguous run and column that changed: Status and Last seen.
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 5);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(PhoneTableModel::Status));
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(PhoneTableModel::Status));
    QCOMPARE(changed.at(1).at(0).toModelIndex().column(), int(PhoneTableModel::LastSeen));
    QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 5);
    // Sort column and filters untouched: nothing moved, so no layout change for the view.
    QCOMPARE(layout.size(), 0);
    QCOMPARE(m_model->index(3, PhoneTableModel::Status).data().toString(), displayName(PhoneStatus::Online));
    QVERIFY(!m_model->index(3, PhoneTableModel::LastSeen).data().toString().isEmpty());
    QCOMPARE(counts.size(), 1);
    QCOMPARE(m_proxy->statusCounts()[size_t(PhoneStatus::Online)], 4);
}

void TestPhoneTableModel::statusRecordsFromTheFeedNeedNoReadBack()
{
    // The poller's batches arrive through the change feed with their records: the model applies
    // them as they are (these were never written, so a read-back would show the old status) and
    // announces only rows whose shown values changed.
    const Id first = m_model->phoneRow(0).id;
    const Id second = m_model->phoneRow(1).id;
    const QDateTime seen = QDateTime::currentDateTimeUtc();
    StatusRecord a;
    a.phoneId = first;
    a.status = PhoneStatus::Degraded;
    a.lastSeen = seen;
    StatusRecord b = a;
    b.phoneId = second;
    b.status = m_model->phoneRow(1).status; // unchanged status...
    b.lastSeen = m_model->phoneRow(1).lastSeen; // ...and unchanged time: nothing to show
    b.rttMs = 77;
    ChangeEvent event(ChangeEvent::Entity::Status, ChangeEvent::Kind::Upsert, {first, second});
    event.statuses = std::make_shared<const QList<StatusRecord>>(QList<StatusRecord> {a, b});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    ChangeFeed::instance()->publish(event);
    QTRY_COMPARE(changed.size(), 2); // row 0's Status and Last seen; row 1 shows nothing new
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 0);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->phoneRow(0).status, PhoneStatus::Degraded);
    QCOMPARE(m_model->index(0, PhoneTableModel::Status).data().toString(),
             displayName(PhoneStatus::Degraded));
    QCOMPARE(m_model->phoneRow(1).rttMs, 77);
    QCOMPARE(m_db.storage->status().get(first)->status == PhoneStatus::Degraded, false);
    // A batch larger than one slice is applied over several event-loop passes, completely.
    QList<StatusRecord> big;
    for (qsizetype i = 0; i < PhoneTableModel::StatusSlice * 2 + 17; ++i) {
        StatusRecord r = a;
        r.status = i % 2 ? PhoneStatus::Online : PhoneStatus::Offline;
        big.append(r);
    }
    big.last().status = PhoneStatus::Restarting;
    ChangeEvent large(ChangeEvent::Entity::Status, ChangeEvent::Kind::Upsert, {first});
    large.statuses = std::make_shared<const QList<StatusRecord>>(big);
    ChangeFeed::instance()->publish(large);
    QTRY_COMPARE(m_model->phoneRow(0).status, PhoneStatus::Restarting);
    a.status = PhoneStatus::Degraded;
    m_model->applyStatuses({a});
    // The same minute again, same status: applied, but no row to announce.
    a.lastSeen = seen.addMSecs(1);
    if (a.lastSeen.toSecsSinceEpoch() / 60 == seen.toSecsSinceEpoch() / 60) {
        changed.clear();
        ChangeEvent again(ChangeEvent::Entity::Status, ChangeEvent::Kind::Upsert, {first});
        again.statuses = std::make_shared<const QList<StatusRecord>>(QList<StatusRecord> {a});
        ChangeFeed::instance()->publish(again);
        QTRY_COMPARE(m_model->phoneRow(0).lastSeen, a.lastSeen);
        QCOMPARE(changed.size(), 0);
    }
}

void TestPhoneTableModel::statusFromAnotherProcessReadsTheStatusRowsOnly()
{
    // Another process's status batch arrives by NOTIFY as phone ids without records (in as many
    // events as the ids need). The model reads those phones' status rows and updates the cells
    // that show them: no reset, no whole-row update (which would make the filter proxy test
    // every other column again). A recorded fetch arrives the same way and brings the firmware
    // and fetch address.
    const QDateTime seen(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    QList<StatusRecord> records;
    QList<Id> ids;
    for (int r = 0; r < 6; ++r) {
        QVERIFY(m_model->phoneRow(r).status != PhoneStatus::Restarting);
        StatusRecord s;
        s.phoneId = m_model->phoneRow(r).id;
        s.status = PhoneStatus::Restarting;
        s.rttMs = 40 + r;
        s.lastSeen = seen;
        records.append(s);
        ids.append(s.phoneId);
    }
    {
        const QSignalBlocker elsewhere(ChangeFeed::instance()); // written, but not announced here
        auto written = m_db.storage->status().applyProbeResults(records);
        QVERIFY2(written, written ? "" : qPrintable(written.error().fullText()));
    }
    QTest::qWait(10);
    QCOMPARE(m_model->phoneRow(5).status == PhoneStatus::Restarting, false);
    ProvisioningFetch fetch;
    fetch.time = seen;
    fetch.ip = QStringLiteral("192.0.2.77");
    fetch.firmware = QStringLiteral("9.9.1");
    fetch.configHash = QStringLiteral("abc");
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_db.storage->status().recordFetch(ids.first(), fetch)); // announced: the phone's id only
    ChangeFeed::instance()->publish({ChangeEvent::Entity::Status, ChangeEvent::Kind::Upsert, ids.mid(0, 3)});
    ChangeFeed::instance()->publish({ChangeEvent::Entity::Status, ChangeEvent::Kind::Upsert, ids.mid(3)});
    QTRY_COMPARE(m_model->phoneRow(m_model->rowOf(ids.last())).status, PhoneStatus::Restarting);
    for (int i = 0; i < ids.size(); ++i) {
        const PhoneRow &row = m_model->phoneRow(m_model->rowOf(ids.at(i)));
        QCOMPARE(row.status, PhoneStatus::Restarting);
        QCOMPARE(row.lastSeen, seen);
        QCOMPARE(row.rttMs, 40 + i);
        QCOMPARE(m_model->index(m_model->rowOf(ids.at(i)), PhoneTableModel::Status).data().toString(),
                 displayName(PhoneStatus::Restarting));
    }
    const int fetched = m_model->rowOf(ids.first());
    QCOMPARE(m_model->phoneRow(fetched).firmware, QStringLiteral("9.9.1"));
    QCOMPARE(m_model->phoneRow(fetched).lastFetchIp, QStringLiteral("192.0.2.77"));
    QCOMPARE(m_model->index(fetched, PhoneTableModel::Firmware).data().toString(), QStringLiteral("9.9.1"));
    QCOMPARE(reset.size(), 0);
    QVERIFY(!changed.isEmpty());
    bool fetchAnnounced = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const int first = args.at(0).toModelIndex().column();
        const int last = args.at(1).toModelIndex().column();
        const bool statusCells =
            first == last && (first == PhoneTableModel::Status || first == PhoneTableModel::LastSeen);
        const bool fetchCells = first == PhoneTableModel::Address && last == PhoneTableModel::Firmware;
        // What the firmware reported decides "Up to date" or "Update due".
        const bool updateCell = first == last && first == PhoneTableModel::FirmwareUpdate;
        QVERIFY2(statusCells || fetchCells || updateCell,
                 qPrintable(QStringLiteral("columns %1..%2").arg(first).arg(last)));
        fetchAnnounced = fetchAnnounced || (fetchCells && args.at(0).toModelIndex().row() == fetched);
    }
    QVERIFY(fetchAnnounced);
}

void TestPhoneTableModel::scatteredStatusBatchIsOneSignalForTheView()
{
    // A status batch changes rows scattered over the table (every other one here): the model
    // announces each run, the proxy tells the view once, from the first to the last row shown,
    // with the new values already readable. A few rows are told one by one.
    auto batch = [this](int rows, int step, PhoneStatus status) {
        QList<StatusRecord> records;
        for (int r = 0; r < rows * step; r += step) {
            StatusRecord s;
            s.phoneId = m_model->phoneRow(r).id;
            s.status = status;
            records.append(s);
        }
        m_model->applyStatuses(records);
    };
    QVERIFY(m_model->rowCount() >= 120);
    QVERIFY(m_proxy->filter().statuses().isEmpty());
    QSignalSpy source(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy view(m_proxy.get(), &QAbstractItemModel::dataChanged);
    QList<QString> shownAtSignal;
    connect(m_proxy.get(), &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &topLeft) {
        shownAtSignal.append(topLeft.siblingAtColumn(PhoneTableModel::Status).data().toString());
    });
    batch(60, 2, PhoneStatus::Degraded);
    QCOMPARE(source.size(), 60);
    QCOMPARE(view.size(), 1);
    const QModelIndex top = view.at(0).at(0).toModelIndex();
    const QModelIndex bottom = view.at(0).at(1).toModelIndex();
    QCOMPARE(top.column(), int(PhoneTableModel::Status));
    QCOMPARE(bottom.column(), int(PhoneTableModel::Status));
    int degradedInside = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const bool degraded = m_proxy->index(row, PhoneTableModel::Status).data().toString() ==
            displayName(PhoneStatus::Degraded);
        QVERIFY(!degraded || (row >= top.row() && row <= bottom.row()));
        degradedInside += degraded ? 1 : 0;
    }
    QCOMPARE(degradedInside, 60);
    QCOMPARE(m_proxy->statusCounts()[size_t(PhoneStatus::Degraded)], 60);

    view.clear();
    shownAtSignal.clear();
    batch(3, 2, PhoneStatus::Online);
    QCOMPARE(view.size(), 3);
    for (const QList<QVariant> &args : std::as_const(view))
        QCOMPARE(args.at(0).toModelIndex(), args.at(1).toModelIndex());
    QCOMPARE(shownAtSignal, (QList<QString>(3, displayName(PhoneStatus::Online))));
}

void TestPhoneTableModel::statusBatchUnderStatusFilterAndStatusSort()
{
    auto batch = [this](const QList<int> &rows, PhoneStatus status) {
        QList<StatusRecord> records;
        for (const int r : rows) {
            StatusRecord s;
            s.phoneId = m_model->phoneRow(r).id;
            s.status = status;
            records.append(s);
        }
        m_model->applyStatuses(records);
    };
    auto shownIds = [this] {
        QList<Id> ids;
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            ids.append(m_model->phoneRow(m_proxy->mapToSource(m_proxy->index(r, 0)).row()).id);
        return ids;
    };
    batch({0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, PhoneStatus::Online);
    PhoneFilter onlineOnly;
    onlineOnly.setStatuses({PhoneStatus::Online});
    QVERIFY(m_proxy->setFilter(onlineOnly));
    QCOMPARE(m_proxy->rowCount(), 10);
    // Rows 3 and 4 go Offline: a status filter means the view's rows change.
    batch({3, 4}, PhoneStatus::Offline);
    QCOMPARE(m_proxy->rowCount(), 8);
    QVERIFY(!shownIds().contains(m_model->phoneRow(3).id));
    int offline = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        offline += m_model->phoneRow(r).status == PhoneStatus::Offline ? 1 : 0;
    QCOMPARE(m_proxy->statusCounts()[size_t(PhoneStatus::Offline)], offline);
    // Sorted by status: a status batch moves rows. The first row (lowest status) becomes the
    // highest status, so the order stays non-decreasing only if it moved.
    QVERIFY(m_proxy->setFilter(PhoneFilter()));
    m_proxy->sort(PhoneTableModel::Status, Qt::AscendingOrder);
    const Id moved = shownIds().constFirst();
    QVERIFY(m_model->phoneRow(m_model->rowOf(moved)).status != PhoneStatus::NotMonitored);
    batch({m_model->rowOf(moved)}, PhoneStatus::NotMonitored);
    QVERIFY(shownIds().constFirst() != moved);
    for (int r = 1; r < m_proxy->rowCount(); ++r) {
        const auto a = m_model->phoneRow(m_proxy->mapToSource(m_proxy->index(r - 1, 0)).row()).status;
        const auto b = m_model->phoneRow(m_proxy->mapToSource(m_proxy->index(r, 0)).row()).status;
        QVERIFY(int(a) <= int(b));
    }
}

void TestPhoneTableModel::filterByEachCriterion()
{
    auto rows = m_db.storage->phones().list();
    QVERIFY(rows.ok());
    auto expected = [&](const PhoneFilter &f) {
        int n = 0;
        for (const PhoneRow &r : *rows)
            n += f.matches(r) ? 1 : 0;
        return n;
    };
    const PhoneRow &sample = rows->at(7);

    PhoneFilter byName;
    byName.setNameFilter(sample.name.mid(2, 5).toUpper()); // case-insensitive substring
    PhoneFilter bySite;
    bySite.setSite(sample.siteId);
    PhoneFilter byProfile;
    byProfile.setBaseSettings(sample.baseSettingsId);
    PhoneFilter byCategory;
    byCategory.setCategory(PhoneCategory::Remote);
    PhoneFilter byModel;
    byModel.setModel(sample.modelId);
    PhoneFilter byStatus;
    byStatus.setStatuses({PhoneStatus::Unknown});
    PhoneFilter combined = bySite;
    combined.setModel(sample.modelId);
    combined.setNameFilter(sample.name.left(3));

    for (const PhoneFilter &f : {byName, bySite, byProfile, byCategory, byModel, byStatus, combined}) {
        QVERIFY(m_proxy->setFilter(f));
        const int want = expected(f);
        QVERIFY(want > 0);
        QCOMPARE(m_proxy->rowCount(), want);
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            const int source = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
            QVERIFY(f.matches(m_model->phoneRow(source)));
        }
        QVERIFY(!m_proxy->setFilter(f)); // same filter: no re-filtering
    }
    QVERIFY(m_proxy->setFilter(PhoneFilter()));
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());

    // Nothing matches: an empty view and zero counts.
    QVERIFY(m_proxy->setNameFilter(QStringLiteral("no phone is called this")));
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->totalCount(), 0);
}

void TestPhoneTableModel::typingAndDeletingMatchesAFullScan()
{
    // Narrowing re-tests only rows shown and widening only rows hidden; both must equal a full scan.
    auto rows = m_db.storage->phones().list();
    QVERIFY(rows.ok());
    PhoneFilter site;
    site.setSite(rows->at(0).siteId);
    QVERIFY(m_proxy->setFilter(site));
    const QString text = QStringLiteral("Berlin VVX 4");
    QStringList states;
    for (qsizetype i = 1; i <= text.size(); ++i)
        states << text.left(i);
    for (qsizetype i = text.size() - 1; i >= 0; --i)
        states << text.left(i);
    states << QStringLiteral("0") << QStringLiteral("00") << QStringLiteral("0") << QStringLiteral("vvx");
    for (const QString &state : std::as_const(states)) {
        m_proxy->setNameFilter(state);
        PhoneFilter f = site;
        f.setNameFilter(state);
        int want = 0;
        for (const PhoneRow &r : *rows)
            want += f.matches(r) ? 1 : 0;
        QVERIFY2(m_proxy->rowCount() == want, qPrintable(state));
        QCOMPARE(m_proxy->totalCount(), want);
    }
}

void TestPhoneTableModel::countsPerStatusIgnoreTheStatusCriterion()
{
    QList<StatusRecord> records;
    for (int r = 0; r < 10; ++r)
        records.append({m_model->phoneRow(r).id,
                        r < 6 ? PhoneStatus::Online : PhoneStatus::Offline,
                        10,
                        {},
                        {},
                        {},
                        {}});
    m_model->applyStatuses(records);
    PhoneFilter f;
    f.setStatuses({PhoneStatus::Offline});
    QVERIFY(m_proxy->setFilter(f));
    QCOMPARE(m_proxy->rowCount(), 4);
    // Counts show every status for the other criteria, so a person sees what the status filter hides.
    QCOMPARE(m_proxy->statusCounts()[size_t(PhoneStatus::Online)], 6);
    QCOMPARE(m_proxy->statusCounts()[size_t(PhoneStatus::Offline)], 4);
    QCOMPARE(m_proxy->totalCount(), m_model->rowCount());
}

void TestPhoneTableModel::countsFollowStatusBatchesAndRowChanges()
{
    // Status batches update the counts from the rows they change; whatever mixes with them (a
    // name filter, rows added and removed, one row changed twice in a batch) must leave the counts
    // what a count over the shown rows gives.
    auto countShown = [this] {
        PhoneFilterProxyModel::StatusCounts counts {};
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ++counts[size_t(m_model->phoneRow(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).status)];
        return counts;
    };
    const QString someNames = m_model->phoneRow(0).name.left(1);
    PhoneFilter f;
    QVERIFY(f.setNameFilter(someNames));
    QVERIFY(m_proxy->setFilter(f));
    QVERIFY(m_proxy->rowCount() > 0);
    QVERIFY(m_proxy->rowCount() < m_model->rowCount()); // some rows are counted, some are not

    const PhoneStatus cycle[] = {PhoneStatus::Online, PhoneStatus::Offline, PhoneStatus::Degraded,
                                 PhoneStatus::Restarting};
    auto batch = [&](int round) {
        QList<StatusRecord> records;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            StatusRecord s;
            s.phoneId = m_model->phoneRow(r).id;
            s.status = cycle[size_t((r + round) % 4)];
            records.append(s);
            if (r % 7 == 0) { // the same phone again later in the batch: the last one counts
                s.status = cycle[size_t((r + round + 1) % 4)];
                records.append(s);
            }
        }
        m_model->applyStatuses(records);
    };
    for (int round = 0; round < 3; ++round) {
        batch(round);
        QCOMPARE(m_proxy->statusCounts(), countShown());
    }

    // A phone added and one removed between batches.
    auto full = m_db.storage->phones().get(m_model->phoneRow(0).id);
    QVERIFY(full.ok());
    Phone phone = *full;
    phone.id = 0;
    phone.name = someNames + QStringLiteral(" counted too");
    phone.hardwareId = QStringLiteral("0004f2aa0c01");
    phone.networkAddress.clear();
    auto created = m_db.storage->phones().create(phone);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().fullText()));
    QTRY_VERIFY(m_model->rowOf(created->id) >= 0);
    const int before = m_model->rowCount();
    QVERIFY(m_db.storage->phones().remove({m_model->phoneRow(1).id}).ok());
    QTRY_COMPARE(m_model->rowCount(), before - 1);
    QCOMPARE(m_proxy->statusCounts(), countShown());
    for (int round = 3; round < 6; ++round) {
        batch(round);
        QCOMPARE(m_proxy->statusCounts(), countShown());
    }
    QCOMPARE(m_proxy->totalCount(), m_proxy->rowCount());
}

void TestPhoneTableModel::sortsByRawValues()
{
    m_proxy->sort(PhoneTableModel::Name, Qt::AscendingOrder);
    for (int r = 1; r < m_proxy->rowCount(); ++r) {
        const QString a = m_proxy->index(r - 1, PhoneTableModel::Name).data().toString();
        const QString b = m_proxy->index(r, PhoneTableModel::Name).data().toString();
        QVERIFY2(a.compare(b, Qt::CaseInsensitive) <= 0, qPrintable(a + QStringLiteral(" > ") + b));
    }
    // Ties on the site are ordered by name; descending reverses both.
    m_proxy->sort(PhoneTableModel::Site, Qt::DescendingOrder);
    for (int r = 1; r < m_proxy->rowCount(); ++r) {
        const QString siteA = m_proxy->index(r - 1, PhoneTableModel::Site).data().toString();
        const QString siteB = m_proxy->index(r, PhoneTableModel::Site).data().toString();
        const int c = siteA.compare(siteB, Qt::CaseInsensitive);
        QVERIFY(c >= 0);
        if (c == 0) {
            QVERIFY(m_proxy->index(r - 1, PhoneTableModel::Name)
                        .data()
                        .toString()
                        .compare(m_proxy->index(r, PhoneTableModel::Name).data().toString(),
                                 Qt::CaseInsensitive) >= 0);
        }
    }
    // Firmware as version numbers: 3.4.8.216 before 8.1.3.1301 before 108.86.0.45 (as text, 108
    // sorts first).
    auto phones = m_db.storage->phones().list();
    QVERIFY(phones.ok() && phones->size() >= 4);
    const QStringList firmwares = {QStringLiteral("108.86.0.45"), QStringLiteral("3.4.8.216"),
                                   QStringLiteral("8.1.3.1301"), QStringLiteral("8.1.10")};
    for (int i = 0; i < firmwares.size(); ++i) {
        ProvisioningFetch fetch;
        fetch.time = QDateTime::currentDateTimeUtc();
        fetch.ip = QStringLiteral("192.0.2.%1").arg(i + 10);
        fetch.userAgent = QStringLiteral("Test");
        fetch.firmware = firmwares.at(i);
        QVERIFY(m_db.storage->status().recordFetch(phones->at(i).id, fetch).ok());
    }
    QVERIFY(m_model->reload().ok());
    m_proxy->sort(PhoneTableModel::Firmware, Qt::AscendingOrder);
    QList<QVersionNumber> versions;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QString firmware = m_proxy->index(r, PhoneTableModel::Firmware).data().toString();
        if (!firmware.isEmpty())
            versions.append(QVersionNumber::fromString(firmware));
    }
    QVERIFY(std::any_of(versions.cbegin(), versions.cend(),
                        [](const QVersionNumber &v) { return v.majorVersion() < 10; }));
    QVERIFY(std::any_of(versions.cbegin(), versions.cend(),
                        [](const QVersionNumber &v) { return v.majorVersion() >= 100; }));
    for (qsizetype i = 1; i < versions.size(); ++i)
        QVERIFY2(
            versions.at(i - 1) <= versions.at(i),
            qPrintable(versions.at(i - 1).toString() + QStringLiteral(" > ") + versions.at(i).toString()));
    m_proxy->sort(PhoneTableModel::Category, Qt::DescendingOrder);
    for (int r = 1; r < m_proxy->rowCount(); ++r) {
        QVERIFY(m_proxy->index(r - 1, PhoneTableModel::Category).data(PhoneTableModel::SortRole).toInt() >=
                m_proxy->index(r, PhoneTableModel::Category).data(PhoneTableModel::SortRole).toInt());
    }
}

void TestPhoneTableModel::configurationPendingColumn()
{
    const Id a = m_model->phoneRow(3).id;
    const Id b = m_model->phoneRow(4).id;
    const Id c = m_model->phoneRow(9).id;
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    m_model->setPendingConfiguration({a, b, c});
    // One signal per contiguous run, for the Configuration column only: rows 3..4 and 9.
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 9);
    for (const auto &signal : std::as_const(changed)) {
        QCOMPARE(signal.at(0).toModelIndex().column(), int(PhoneTableModel::Configuration));
        QCOMPARE(signal.at(1).toModelIndex().column(), int(PhoneTableModel::Configuration));
    }
    QCOMPARE(layout.size(), 0); // not the sort column: nothing moves
    QCOMPARE(m_model->index(3, PhoneTableModel::Configuration).data().toString(),
             PhoneTableModel::tr("Pending"));
    QVERIFY(m_model->index(5, PhoneTableModel::Configuration).data().toString().isEmpty());

    // Sorted by it, descending: the pending phones first, by name among themselves.
    m_proxy->sort(PhoneTableModel::Configuration, Qt::DescendingOrder);
    QSet<Id> top;
    for (int row = 0; row < 3; ++row)
        top.insert(m_proxy->index(row, 0).data(PhoneTableModel::IdRole).toLongLong());
    QCOMPARE(top, (QSet<Id> {a, b, c}));
    QVERIFY(m_proxy->index(3, PhoneTableModel::Configuration).data().toString().isEmpty());

    // Phone a fetched its new files: only its row changes, and it leaves the top of the sort.
    changed.clear();
    m_model->setPendingConfiguration({b, c});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
    QVERIFY(m_model->index(3, PhoneTableModel::Configuration).data().toString().isEmpty());
    top.clear();
    for (int row = 0; row < 2; ++row)
        top.insert(m_proxy->index(row, 0).data(PhoneTableModel::IdRole).toLongLong());
    QCOMPARE(top, (QSet<Id> {b, c}));
    QVERIFY(m_proxy->index(2, PhoneTableModel::Configuration).data().toString().isEmpty());

    // A phone that arrives later picks up its state from the set.
    m_model->setPendingConfiguration({b, c, a});
    m_model->upsertRows({m_model->phoneRow(3)});
    QCOMPARE(m_model->index(3, PhoneTableModel::Configuration).data().toString(),
             PhoneTableModel::tr("Pending"));
}

void TestPhoneTableModel::recordTableModel()
{
    RecordTableModel model({QStringLiteral("Name"), QStringLiteral("Count")});
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    model.setRecords({{1, {QStringLiteral("a"), 3}, {}}, {2, {QStringLiteral("b"), 5}, {}}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.index(1, 1).data().toInt(), 5);
    QCOMPARE(model.index(1, 0).data(RecordTableModel::IdRole).toLongLong(), Id(2));
    QCOMPARE(model.rowOf(2), 1);
    QCOMPARE(model.rowOf(9), -1);
    model.setRecords({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestPhoneTableModel)
#include "tst_phonetablemodel.moc"
