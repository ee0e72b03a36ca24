// CSV import/export benchmark: import N rows (default 100,000: read, map, validate, check
// duplicates, commit in one transaction) on SQLite and, when a test cluster is configured
// (PHONEDESK_TEST_PG_PORT), PostgreSQL; export them again; and, as the floor for loading the same
// file without any validation, sqlite3's own `.import` into a bare table. One line per figure;
// the CPU time of the process is given next to the wall time (other builds share the cores).
// With --memory it measures instead what importing a file costs in memory, as the CLI and the
// wizard import it (PhoneImporter::prepareFile, then commit, on SQLite): the peak resident set
// (VmHWM of /proc/self/status, reset through /proc/self/clear_refs before each phase) against
// the file's size, and fails (exit status 1) when the peak is above 3x a file of 64 MB or more.
//
//   bench_import [--rows N] [--memory [--notes BYTES]]
//
// --notes makes every description that many bytes longer (free text), for files whose rows are
// long rather than many.

#include "basesettingsrepository.h"
#include "csvreader.h"
#include "phoneexport.h"
#include "phoneimport.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "sqlitedatabase.h"
#include "testsupport.h"
#include "userrepository.h"
#include "validation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <ctime>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
constexpr int Sites = 8;
constexpr int Users = 200;

const QStringList &profileModels()
{
    static const QStringList models = {QStringLiteral("poly-vvx-450"), QStringLiteral("poly-vvx-350"),
                                       QStringLiteral("yealink-t54w"), QStringLiteral("poly-edge-e450")};
    return models;
}

const QByteArray CsvHeader =
    "name,category,base_settings,site,hardware_id,user,description,line_keys,setting:media.dscpRtp\r\n";

// Rows [from, to) of the generated file; with `notes`, each description goes on with that many
// bytes of free text (a site survey, a history of the phone), as in files with long texts.
void appendRows(QByteArray &csv, int from, int to, int notes = 0)
{
    static const QByteArray words = "Wall mount next to the door; cable from patch panel B, port 14. "
                                    "Replaced handset cord in March; headset adapter on request. ";
    for (int i = from; i < to; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "Phone " + n + ",managed,Profile " + QByteArray::number(i % profileModels().size()) +
            ",Site " + QByteArray::number(i % Sites) + ",0004f2" + QByteArray::number(0x100000 + i, 16) + ",";
        if (i % 3 == 0)
            csv += "user" + QByteArray::number(i % Users) + "@example.com";
        csv += ",\"Floor " + QByteArray::number(i % 12) + ", room " + n;
        for (int left = notes; left > 0; left -= int(words.size()))
            csv += left >= words.size() ? words : words.left(left);
        csv += "\",1=line;2=blf:" + QByteArray::number(1000 + i % 9000) + " Colleague " +
            QByteArray::number(i % 50) + ",";
        if (i % 10 == 0)
            csv += "40";
        csv += "\r\n";
    }
}

QByteArray makeCsv(int rows)
{
    QByteArray csv = CsvHeader;
    csv.reserve(qsizetype(rows) * 150);
    appendRows(csv, 0, rows);
    return csv;
}

// A field of /proc/self/status in kB ("VmRSS:", "VmHWM:"), -1 where there is none.
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

// Starts a new peak: VmHWM becomes the current resident set (Linux 4.0 and newer).
bool resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

// Gives freed memory back to the system, so that what is resident is what is in use.
void trim()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

QString mb(qint64 kb)
{
    return QString::number(double(kb) / 1024.0, 'f', 0);
}

bool seed(Storage &s)
{
    for (int i = 0; i < Sites; ++i) {
        Site site;
        site.name = QStringLiteral("Site %1").arg(i);
        site.primarySip.host = QStringLiteral("sip%1.example.com").arg(i);
        if (!s.sites().create(site))
            return false;
    }
    for (int i = 0; i < profileModels().size(); ++i) {
        if (!s.baseSettings().create(
                {0, QStringLiteral("Profile %1").arg(i), profileModels().at(i), {}, {}, 1}))
            return false;
    }
    for (int i = 0; i < Users; ++i) {
        if (!s.users().create(
                {0, QStringLiteral("User %1").arg(i), QStringLiteral("user%1@example.com").arg(i), {}, 1}))
            return false;
    }
    return true;
}

bool run(Backend backend, const QByteArray &csv, int rows, const QString &dir, QTextStream &out,
         qint64 *importMs)
{
    QString error;
    TestDatabase db = createDatabase(backend, &error);
    if (!db.storage || !seed(*db.storage)) {
        out << "cannot set up the database: " << error << Qt::endl;
        return false;
    }
    Storage &s = *db.storage;
    s.setActor(QStringLiteral("bench"), Role::Administrator);
    const QString name = backend == Backend::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");

    QElapsedTimer t;
    t.start();
    std::clock_t cpu = std::clock();
    auto plan = PhoneImporter(s).prepare(csv, ImportMode::CreateOnly);
    const qint64 prepareMs = t.elapsed();
    const qint64 prepareCpuMs = qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;
    if (!plan || !plan->issues.isEmpty() || plan->rows.size() != rows) {
        out << name << ": prepare failed: "
            << (plan ? (plan->issues.isEmpty() ? QStringLiteral("row count") : plan->issues.first().text())
                     : plan.error().fullText())
            << Qt::endl;
        return false;
    }
    // What the editor's validation alone costs, on one thread (prepare runs it on all of them).
    {
        auto context = StorageValidationContext::load(s);
        QList<Phone> phones; // decoded from the plan before the clock starts
        phones.reserve(plan->rows.size());
        for (const ImportRow &row : plan->rows)
            phones.append(row.phone);
        QElapsedTimer v;
        v.start();
        qsizetype errors = 0;
        for (Phone &p : phones)
            errors += Validation::validatePhone(p, ModelCatalog::builtin(), **context).size();
        out << QStringLiteral("%1: Validation::validatePhone alone, %2 phones: %3 ms")
                   .arg(name)
                   .arg(rows)
                   .arg(v.elapsed())
            << (errors ? " (with errors!)" : "") << Qt::endl;
    }
    t.restart();
    cpu = std::clock();
    auto result = PhoneImporter(s).commit(*plan, false, QStringLiteral("bench.csv"));
    const qint64 commitMs = t.elapsed();
    const qint64 commitCpuMs = qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;
    if (!result) {
        out << name << ": commit failed: " << result.error().fullText() << Qt::endl;
        return false;
    }
    *importMs = prepareMs + commitMs;
    out << QStringLiteral("%1: import %2 rows: %3 ms (%4 rows/s) = read+map+validate %5 ms + commit %6 ms")
               .arg(name)
               .arg(rows)
               .arg(*importMs)
               .arg(rows * 1000 / qMax<qint64>(1, *importMs))
               .arg(prepareMs)
               .arg(commitMs)
        << QStringLiteral(" (CPU time of the process: %1 ms + %2 ms)").arg(prepareCpuMs).arg(commitCpuMs)
        << Qt::endl;

    t.restart();
    auto phones = s.phones().getAll();
    const qint64 loadMs = t.elapsed();
    const QString exportPath = dir + QStringLiteral("/export-") + name + QStringLiteral(".csv");
    t.restart();
    auto written = PhoneExport::exportAllToFile(s, exportPath);
    const qint64 exportMs = t.elapsed();
    if (!phones || !written || *written != rows) {
        out << name << ": export failed" << Qt::endl;
        return false;
    }
    out << QStringLiteral("%1: export %2 phones: %3 ms (of which reading the full records: %4 ms)")
               .arg(name)
               .arg(*written)
               .arg(exportMs)
               .arg(loadMs)
        << Qt::endl;
    return true;
}
// The most an import may have resident, as a multiple of the file's size (docs/PERFORMANCE.md).
constexpr double MaxMemoryRatio = 3.0;
// Checked for files from this size on; below it the fixed part (~15 MB resident before the import,
// SQLite's page cache of up to 64 MB) outweighs what depends on the file.
constexpr qint64 MinCheckedBytes = qint64(64) * 1024 * 1024;

// Imports the file at `path` (`rows` rows of `fileBytes` bytes) as phonedesk-cli phones import does
// and prints the peak resident set of each phase against the file's size.
bool runMemory(const QString &path, int rows, qint64 fileBytes, QTextStream &out)
{
    QString error;
    TestDatabase db = createDatabase(Backend::Sqlite, &error);
    if (!db.storage || !seed(*db.storage)) {
        out << "cannot set up the database: " << error << Qt::endl;
        return false;
    }
    Storage &s = *db.storage;
    s.setActor(QStringLiteral("bench"), Role::Administrator);
    trim();
    const qint64 before = statusKb("VmRSS:");
    if (before < 0 || !resetPeak()) {
        out << "memory: /proc/self/status or /proc/self/clear_refs is not available" << Qt::endl;
        return false;
    }
    QElapsedTimer t;
    t.start();
    auto plan = PhoneImporter(s).prepareFile(path, ImportMode::CreateOnly);
    const qint64 prepareMs = t.elapsed();
    const qint64 preparePeak = statusKb("VmHWM:");
    trim(); // what is left is the plan (and the database's caches)
    const qint64 afterPrepare = statusKb("VmRSS:");
    if (!plan || !plan->issues.isEmpty() || plan->rows.size() != rows) {
        out << "prepareFile failed: "
            << (plan ? (plan->issues.isEmpty() ? QStringLiteral("row count") : plan->issues.first().text())
                     : plan.error().fullText())
            << Qt::endl;
        return false;
    }
    resetPeak();
    t.restart();
    auto result = PhoneImporter(s).commit(*plan, false, path);
    const qint64 commitMs = t.elapsed();
    const qint64 commitPeak = statusKb("VmHWM:");
    if (!result || result->created != rows) {
        out << "commit failed: " << (result ? QStringLiteral("row count") : result.error().fullText())
            << Qt::endl;
        return false;
    }
    const qint64 peak = qMax(preparePeak, commitPeak);
    const double fileKb = double(fileBytes) / 1024.0;
    out << QStringLiteral("memory: resident before the import %1 MB; peak while checking (prepareFile, "
                          "%2 ms) %3 MB, %4 MB resident with the plan; peak while saving (commit, %5 ms) "
                          "%6 MB")
               .arg(mb(before))
               .arg(prepareMs)
               .arg(mb(preparePeak))
               .arg(mb(afterPrepare))
               .arg(commitMs)
               .arg(mb(commitPeak))
        << Qt::endl;
    const double ratio = double(peak) / fileKb;
    out << QStringLiteral("memory: peak %1 MB = %2x the file (target <= %3x); %4 bytes per row above the "
                          "resident set before")
               .arg(mb(peak))
               .arg(ratio, 0, 'f', 2)
               .arg(MaxMemoryRatio, 0, 'f', 0)
               .arg((peak - before) * 1024 / qMax(1, rows))
        << Qt::endl;
    if (fileBytes < MinCheckedBytes) {
        out << QStringLiteral("memory: target not checked, the file is smaller than %1 MB (what is "
                              "resident before the import and SQLite's cache would dominate)")
                   .arg(MinCheckedBytes / (1024 * 1024))
            << Qt::endl;
    } else if (ratio > MaxMemoryRatio) {
        out << QStringLiteral("memory: FAILED, the peak is above %1x the file").arg(MaxMemoryRatio, 0, 'f', 0)
            << Qt::endl;
        return false;
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int rows = 100000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--rows")); i > 0 && i + 1 < args.size())
        rows = args.at(i + 1).toInt();
    if (rows <= 0) {
        out << "usage: bench_import [--rows N] [--memory [--notes BYTES]]" << Qt::endl;
        return 2;
    }

    int notes = 0;
    if (const qsizetype i = args.indexOf(QStringLiteral("--notes")); i > 0 && i + 1 < args.size())
        notes = qMax(0, args.at(i + 1).toInt());

    QTemporaryDir dir;
    if (args.contains(QStringLiteral("--memory"))) {
        // Written in pieces and released before the import, so the figures are the import's.
        const QString path = dir.filePath(QStringLiteral("phones.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(CsvHeader) != CsvHeader.size())
            return 1;
        for (int from = 0; from < rows; from += 65536) {
            QByteArray piece;
            appendRows(piece, from, qMin(rows, from + 65536), notes);
            if (f.write(piece) != piece.size())
                return 1;
        }
        const qint64 size = f.size();
        f.close();
        out << QStringLiteral("file: %1 rows, %2 MB").arg(rows).arg(double(size) / 1e6, 0, 'f', 1)
            << Qt::endl;
        return runMemory(path, rows, size, out) ? 0 : 1;
    }
    const QByteArray csv = makeCsv(rows);
    const QString path = dir.filePath(QStringLiteral("phones.csv"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
            return 1;
    }
    out << QStringLiteral("file: %1 rows, %2 MB").arg(rows).arg(double(csv.size()) / 1e6, 0, 'f', 1)
        << Qt::endl;

    QElapsedTimer t;
    t.start();
    const Csv::Document doc = Csv::read(csv);
    out << QStringLiteral("CSV reader alone: %1 ms for %2 records").arg(t.elapsed()).arg(doc.records.size())
        << Qt::endl;

    // The floor: sqlite3's own CSV import into a bare table, no validation (process start included).
    qint64 floorMs = -1;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        QProcess p;
        t.restart();
        p.start(sqlite3,
                {dir.filePath(QStringLiteral("bare.sqlite")),
                 QStringLiteral(".import --csv %1 phones").arg(path)});
        if (p.waitForFinished(600000) && p.exitCode() == 0) {
            floorMs = t.elapsed();
            out << QStringLiteral("sqlite3 .import (bare table, no validation): %1 ms").arg(floorMs)
                << Qt::endl;
        } else {
            out << "sqlite3 .import failed: " << p.readAllStandardError() << Qt::endl;
        }
    } else {
        out << "sqlite3 not found; no floor measured" << Qt::endl;
    }

    qint64 sqliteMs = 0;
    bool ok = run(Backend::Sqlite, csv, rows, dir.path(), out, &sqliteMs);
    // What the figures depend on (asked after the run, so the check is not timed as part of it):
    // the threads prepare may use, and how SQLite batches are written.
    out << QStringLiteral("threads: %1; SQLite batches written through %2")
               .arg(QThread::idealThreadCount())
               .arg(SqliteDatabase::available() ? QStringLiteral("the sqlite3 library")
                                                : QStringLiteral("Qt Sql (no usable sqlite3 library)"))
        << Qt::endl;
    if (ok && floorMs > 0)
        out << QStringLiteral("SQLite import / sqlite3 .import = %1x (target <= 5x)")
                   .arg(double(sqliteMs) / double(floorMs), 0, 'f', 1)
            << Qt::endl;
    if (postgresAvailable()) {
        qint64 pgMs = 0;
        ok = run(Backend::Postgres, csv, rows, dir.path(), out, &pgMs) && ok;
    } else {
        out << "PostgreSQL: skipped (set PHONEDESK_TEST_PG_PORT)" << Qt::endl;
    }
    return ok ? 0 : 1;
}
