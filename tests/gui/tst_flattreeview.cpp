// Tests FlatTreeView: a change to a long range of rows reaches the view as the part on screen
// only — repainted, with the new values — and costs the view the rows it shows, not the range.
#include "flattreeview.h"

#include <QAbstractTableModel>
#include <QPaintEvent>
#include <QScrollBar>
#include <QTest>

using namespace PhoneDesk;

namespace {

// Rows whose text carries a generation number; counts the indexes the view asks for.
class CountingModel final : public QAbstractTableModel
{
public:
    explicit CountingModel(int rows)
        : m_rows(rows)
    { }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        ++indexCalls;
        return QAbstractTableModel::index(row, column, parent);
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return QStringLiteral("row %1 gen %2").arg(index.row()).arg(generation);
    }
    void changeRows(int first, int last)
    {
        ++generation;
        emit dataChanged(QAbstractTableModel::index(first, 0), QAbstractTableModel::index(last, 2));
    }

    mutable qint64 indexCalls = 0;
    int generation = 0;

private:
    int m_rows;
};

// The viewport's paint events, as the region each one repaints.
class PaintRecorder final : public QObject
{
public:
    QRegion painted;
    int events = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++events;
            painted += static_cast<QPaintEvent *>(event)->region();
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestFlatTreeView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void longRangeCostsTheRowsOnScreen();
    void rowsOnScreenAreRepainted();
    void rangeOffScreenPaintsNothing();
    void hiddenViewIgnoresRanges();
    void singleRowsAndEmptyViews();

private:
    void settle();
    // A pixel of the row's first cell that is on screen (the last row may show in part).
    QPoint shownPixel(int row) const
    {
        return m_view->visualRect(m_model->index(row, 0)).intersected(m_view->viewport()->rect()).center();
    }

    std::unique_ptr<CountingModel> m_model;
    std::unique_ptr<FlatTreeView> m_view;
    PaintRecorder m_paints;
};

void TestFlatTreeView::init()
{
    m_model = std::make_unique<CountingModel>(100000);
    m_view = std::make_unique<FlatTreeView>();
    m_view->setModel(m_model.get());
    m_view->resize(480, 320);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->verticalScrollBar()->setValue(5000); // rows 5000 and a screenful after it
    m_view->viewport()->installEventFilter(&m_paints);
    settle();
}

void TestFlatTreeView::cleanup()
{
    m_view.reset();
    m_model.reset();
}

void TestFlatTreeView::settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    m_paints.painted = {};
    m_paints.events = 0;
    m_model->indexCalls = 0;
}

void TestFlatTreeView::longRangeCostsTheRowsOnScreen()
{
    const auto [first, last] = m_view->rowsOnScreen();
    QVERIFY2(first >= 5000 && last > first && last - first < 100,
             qPrintable(QStringLiteral("%1..%2").arg(first).arg(last)));
    m_model->changeRows(0, 99999);
    // Qt's own handling asks for an index of every row of the range (100,000 and more); the rows on
    // screen, a few times each, are what it takes here.
    QVERIFY2(m_model->indexCalls < 20 * (last - first + 1),
             qPrintable(QStringLiteral("%1 index() calls for %2 rows on screen")
                            .arg(m_model->indexCalls)
                            .arg(last - first + 1)));
}

void TestFlatTreeView::rowsOnScreenAreRepainted()
{
    const auto [first, last] = m_view->rowsOnScreen();
    m_model->changeRows(first + 2, 99999); // starts on screen, runs far past it
    QTRY_VERIFY(m_paints.events > 0);
    QVERIFY(m_paints.painted.contains(shownPixel(first + 2)));
    QVERIFY(m_paints.painted.contains(shownPixel(last)));
    // The rows above the change keep their pixels.
    QVERIFY(!m_paints.painted.contains(shownPixel(first)));
    // And what is painted shows the new generation.
    QCOMPARE(m_model->index(first + 2, 0).data().toString(), QStringLiteral("row %1 gen 1").arg(first + 2));
}

void TestFlatTreeView::rangeOffScreenPaintsNothing()
{
    const auto [first, last] = m_view->rowsOnScreen();
    m_model->changeRows(0, first - 1);
    m_model->changeRows(last + 1, 99999);
    QTest::qWait(50);
    QCOMPARE(m_paints.events, 0);
    QVERIFY(m_model->indexCalls < 100);

    // Scrolled to later, the changed rows show their new values.
    m_view->scrollToBottom();
    QTRY_VERIFY(m_paints.events > 0);
    const auto [newFirst, newLast] = m_view->rowsOnScreen();
    QCOMPARE(newLast, 99999);
    QVERIFY(m_paints.painted.contains(shownPixel(newFirst + 1)));
}

void TestFlatTreeView::hiddenViewIgnoresRanges()
{
    m_view->hide();
    QCOMPARE(m_view->rowsOnScreen(), std::make_pair(-1, -1));
    m_model->changeRows(0, 99999);
    QVERIFY(m_model->indexCalls < 100);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_VERIFY(m_paints.events > 0); // shown again: painted whole, from the model
    const auto [first, last] = m_view->rowsOnScreen();
    QVERIFY(m_paints.painted.contains(shownPixel(first)));
    QVERIFY(m_paints.painted.contains(shownPixel(last)));
}

void TestFlatTreeView::singleRowsAndEmptyViews()
{
    const auto [first, last] = m_view->rowsOnScreen();
    Q_UNUSED(last);
    // One row on screen: Qt's own path, repainted.
    m_model->changeRows(first + 1, first + 1);
    QTRY_VERIFY(m_paints.events > 0);
    QVERIFY(m_paints.painted.contains(shownPixel(first + 1)));

    // No model rows at all: nothing on screen, nothing to do.
    CountingModel empty(0);
    m_view->setModel(&empty);
    QCOMPARE(m_view->rowsOnScreen(), std::make_pair(-1, -1));
    m_view->setModel(m_model.get());
}

QTEST_MAIN(TestFlatTreeView)
#include "tst_flattreeview.moc"
