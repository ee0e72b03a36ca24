// Benchmark of the console's Phones tab with many phones (figures in docs/PERFORMANCE.md):
// start to first painted table, a name-filter keystroke (median) against a raw substring scan over
// the same names, sort by name, and resident memory. With --fetched every phone has fetched its
// files once and the console works out "Configuration: Pending" in the background meanwhile.
#include "basesettingsrepository.h"
#include "consolebench.h"
#include "demodata.h"
#include "demofetches.h"
#include "mainwindow.h"
#include "modelcatalog.h"
#include "pendingconfigwatcher.h"
#include "phonefilterproxymodel.h"
#include "phonerepository.h"
#include "phonetablemodel.h"
#include "processguard.h"
#include "siterepository.h"
#include "testsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <cstdio>

using namespace PhoneDesk;
using namespace PhoneDesk::Bench;

namespace {
qint64 statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

bool fill(Storage &storage, int phones, QString *error)
{
    DemoOptions demo;
    demo.managedPhones = 0;
    demo.unmanagedPhones = 0;
    demo.webRtcPhones = 0;
    demo.remotePhones = 0;
    demo.users = 200;
    if (auto r = populateDemoData(storage, demo); !r) {
        *error = r.error().fullText();
        return false;
    }
    auto sites = storage.sites().list();
    auto profiles = storage.baseSettings().list();
    if (!sites || !profiles) {
        *error = QStringLiteral("could not read sites or base settings");
        return false;
    }
    QList<BaseSettings> managed;
    for (const BaseSettingsSummary &s : *profiles) {
        const PhoneModel *m = ModelCatalog::builtin().find(s.settings.modelId);
        if (m && m->supports(PhoneCategory::Managed) && m->cloudMediaCompatible)
            managed.append(s.settings);
    }
    QList<Phone> batch;
    batch.reserve(phones);
    for (int i = 0; i < phones; ++i) {
        const BaseSettings &profile = managed.at(i % managed.size());
        const Site &site = sites->at(i % sites->size());
        const PhoneModel *m = ModelCatalog::builtin().find(profile.modelId);
        Phone p;
        p.name = QStringLiteral("%1 %2 %3")
                     .arg(site.name.section(u' ', 0, 0), m->model)
                     .arg(i, 6, 10, QLatin1Char('0'));
        p.category = PhoneCategory::Managed;
        p.baseSettingsId = profile.id;
        p.siteId = site.id;
        p.hardwareId = QStringLiteral("0004f2%1").arg(i, 6, 16, QLatin1Char('0'));
        batch.append(std::move(p));
    }
    auto saved = storage.phones().saveMany(batch, {}, QStringLiteral("phone.create"));
    if (!saved) {
        *error = saved.error().fullText();
        return false;
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    PhoneDesk::ProcessGuard::install(); // before any socket: no peer can end this process
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PhoneDeskBench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption phonesOption(QStringLiteral("phones"), QStringLiteral("Number of phones."),
                                          QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Typing rounds."),
                                          QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption fetchedOption(
        QStringLiteral("fetched"),
        QStringLiteral(
            "Every phone has fetched its files once (1 in 7 since changed): the console works "
            "out \"Configuration: Pending\" in the background while the keystrokes are measured."));
    parser.addOptions({phonesOption, roundsOption, fetchedOption});
    parser.process(app);
    const int phones = parser.value(phonesOption).toInt();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    const qint64 rssStart = statusKb("VmRSS:");
    QString error;
    Test::TestDatabase db = Test::createDatabase(Test::Backend::Sqlite, &error);
    if (!db.storage) {
        std::fprintf(stderr, "database: %s\n", qPrintable(error));
        return 1;
    }
    db.storage->setActor(QStringLiteral("bench"), Role::Administrator);
    QElapsedTimer timer;
    timer.start();
    if (!fill(*db.storage, phones, &error)) {
        std::fprintf(stderr, "fill: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("phones: %d (generated with saveMany in %lld ms)\n", phones, timer.elapsed());
    if (parser.isSet(fetchedOption)) {
        timer.restart();
        auto fetched = recordDemoFetches(*db.storage);
        if (!fetched) {
            std::fprintf(stderr, "fetches: %s\n", qPrintable(fetched.error().fullText()));
            return 1;
        }
        std::printf("fetches recorded: %d (rendered and written in %lld ms)\n", *fetched, timer.elapsed());
    }
    // A fresh connection, as when the console starts on an existing database.
    db.storage.reset();
    auto storage = Storage::open(db.spec);
    if (!storage) {
        std::fprintf(stderr, "open: %s\n", qPrintable(storage.error().fullText()));
        return 1;
    }
    (*storage)->setActor(QStringLiteral("bench"), Role::Administrator);
#ifdef __GLIBC__
    malloc_trim(0); // what generating the data freed goes back to the system: the window is measured
#endif
    const qint64 rssBeforeWindow = statusKb("VmRSS:");

    // Start to first painted table: window construction (one query for every row), show, paint.
    PaintWatch watch;
    timer.restart();
    MainWindow window(**storage);
    qint64 pendingKnownAt = -1;
    QObject::connect(window.pendingConfigWatcher(), &PendingConfigWatcher::pendingChanged, &window,
                     [&] { pendingKnownAt = pendingKnownAt < 0 ? timer.elapsed() : pendingKnownAt; });
    window.phoneView()->viewport()->installEventFilter(&watch);
    window.resize(1280, 760);
    window.show();
    const qint64 constructed = timer.elapsed();
    while (!watch.painted && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 painted = timer.elapsed();
    if (window.phoneModel()->rowCount() != phones) {
        std::fprintf(stderr, "table has %d rows, expected %d\n", window.phoneModel()->rowCount(), phones);
        return 1;
    }
    std::printf("start to first painted table: %lld ms (window with model loaded: %lld ms)\n", painted,
                constructed);

    // Name-filter keystrokes: type a query and delete it again, key by key, repainting each time.
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("nameFilterEdit"));
    const QString query = QStringLiteral("berlin vvx 450 00");
    QList<double> keystrokes;
    QStringList typedStates; // the filter text after each keystroke, for the raw scan
    edit->setFocus();
    for (int round = 0; round < rounds; ++round) {
        for (const QChar c : query) {
            QElapsedTimer k;
            k.start();
            QTest::keyClick(edit, c.toLatin1());
            QCoreApplication::processEvents(); // the view repaints what the filter changed
            keystrokes.append(double(k.nsecsElapsed()) / 1e6);
            typedStates.append(edit->text());
        }
        for (int i = 0; i < query.size(); ++i) {
            QElapsedTimer k;
            k.start();
            QTest::keyClick(edit, Qt::Key_Backspace);
            QCoreApplication::processEvents();
            keystrokes.append(double(k.nsecsElapsed()) / 1e6);
            typedStates.append(edit->text());
        }
    }
    // The floor: a plain case-insensitive substring scan over the same names for the same texts.
    QStringList names;
    names.reserve(phones);
    for (int r = 0; r < window.phoneModel()->rowCount(); ++r)
        names.append(window.phoneModel()->phoneRow(r).name);
    QList<double> scans;
    int sink = 0;
    for (const QString &text : std::as_const(typedStates)) {
        const QString needle = text.trimmed();
        QElapsedTimer k;
        k.start();
        int matches = 0;
        for (const QString &name : std::as_const(names))
            matches += name.contains(needle, Qt::CaseInsensitive) ? 1 : 0;
        scans.append(double(k.nsecsElapsed()) / 1e6);
        sink += matches;
    }
    const double keyMedian = median(keystrokes);
    const double scanMedian = median(scans);
    std::printf("name-filter keystroke: median %.2f ms, p90 %.2f ms, max %.2f ms over %lld keystrokes\n",
                keyMedian, percentile(keystrokes, 0.9), percentile(keystrokes, 1.0),
                qlonglong(keystrokes.size()));
    std::printf("raw substring scan of %d names: median %.2f ms (ratio keystroke/scan %.2f) [%d]\n", phones,
                scanMedian, scanMedian > 0 ? keyMedian / scanMedian : 0.0, sink % 2);

    // Sort by name, both directions, each with its repaint.
    QList<double> sorts;
    for (const Qt::SortOrder order :
         {Qt::DescendingOrder, Qt::AscendingOrder, Qt::DescendingOrder, Qt::AscendingOrder}) {
        QElapsedTimer k;
        k.start();
        window.phoneView()->sortByColumn(PhoneTableModel::Name, order);
        QCoreApplication::processEvents();
        sorts.append(double(k.nsecsElapsed()) / 1e6);
    }
    std::printf("sort by name: median %.1f ms over %lld sorts\n", median(sorts), qlonglong(sorts.size()));

    // "Configuration: Pending", worked out in the background since the first paint.
    while (pendingKnownAt < 0 && timer.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    std::printf("configuration pending: %lld phones, known %lld ms after the window started\n",
                qlonglong(window.pendingConfigWatcher()->pending().size()), pendingKnownAt);

    const qint64 rss = statusKb("VmRSS:");
    std::printf("resident memory: %lld MB (peak %lld MB; %lld MB at start, %lld MB before the window)\n",
                rss / 1024, statusKb("VmHWM:") / 1024, rssStart / 1024, rssBeforeWindow / 1024);
    return 0;
}
