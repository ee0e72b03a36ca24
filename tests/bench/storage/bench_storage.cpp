// Storage benchmark: insert and load N phones (default 100,000) on SQLite and, when a test cluster
// is configured (PHONEDESK_TEST_PG_PORT), PostgreSQL. Prints one line per measurement.
//
//   bench_storage [--phones N]

#include "basesettingsrepository.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {
qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool run(Backend backend, int count, QTextStream &out)
{
    QString error;
    TestDatabase db = createDatabase(backend, &error);
    if (!db.storage) {
        out << "cannot open database: " << error << Qt::endl;
        return false;
    }
    Storage &s = *db.storage;
    const QString name = backend == Backend::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");

    QList<Id> sites;
    for (int i = 0; i < 8; ++i) {
        Site site;
        site.name = QStringLiteral("Site %1").arg(i);
        site.primarySip.host = QStringLiteral("sip%1.example.com").arg(i);
        sites.append(s.sites().create(site)->id);
    }
    QList<Id> profiles;
    const QList<const PhoneModel *> models = ModelCatalog::builtin().modelsFor(PhoneCategory::Managed);
    for (const PhoneModel *m : models)
        profiles.append(s.baseSettings().create({0, m->displayName, m->id, {}, {}, 1})->id);

    QList<Phone> phones;
    phones.reserve(count);
    for (int i = 0; i < count; ++i) {
        Phone p;
        p.name = QStringLiteral("Phone %1").arg(i, 6, 10, QLatin1Char('0'));
        p.category = PhoneCategory::Managed;
        p.baseSettingsId = profiles.at(i % profiles.size());
        p.siteId = sites.at(i % sites.size());
        p.hardwareId = QStringLiteral("0004f2%1").arg(i, 6, 16, QLatin1Char('0'));
        p.lineKeys = {{1, LineKeyType::Line, QStringLiteral("Line 1"), {}}};
        phones.append(p);
    }

    QElapsedTimer t;
    t.start();
    auto saved = s.phones().saveMany(phones, {}, QStringLiteral("phone.import"));
    const qint64 insertMs = t.elapsed();
    if (!saved) {
        out << "insert failed: " << saved.error().fullText() << Qt::endl;
        return false;
    }
    phones.clear();
    phones.squeeze();
    out << QStringLiteral("%1: insert %2 phones (validated, audited, one transaction): %3 ms (%4 phones/s)")
               .arg(name)
               .arg(count)
               .arg(insertMs)
               .arg(insertMs > 0 ? qint64(count) * 1000 / insertMs : 0)
        << Qt::endl;

    QList<qint64> loads;
    const qint64 rssBefore = residentKb();
    qint64 rssAfter = 0;
    for (int round = 0; round < 5; ++round) {
        t.restart();
        auto rows = s.phones().list();
        loads.append(t.elapsed());
        if (!rows || rows->size() != count) {
            out << "load failed" << Qt::endl;
            return false;
        }
        rssAfter = std::max(rssAfter, residentKb());
    }
    std::sort(loads.begin(), loads.end());
    out << QStringLiteral(
               "%1: load %2 phone rows with site, base-settings, user names and status: median %3 ms "
               "(min %4, max %5); resident memory +%6 MB")
               .arg(name)
               .arg(count)
               .arg(loads.at(loads.size() / 2))
               .arg(loads.first())
               .arg(loads.last())
               .arg((rssAfter - rssBefore) / 1024)
        << Qt::endl;
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int count = 100000;
    const QStringList args = app.arguments();
    const qsizetype i = args.indexOf(QStringLiteral("--phones"));
    if (i >= 0 && i + 1 < args.size())
        count = args.at(i + 1).toInt();
    if (count <= 0) {
        out << "usage: bench_storage [--phones N]" << Qt::endl;
        return 2;
    }
    bool ok = run(Backend::Sqlite, count, out);
    if (postgresAvailable())
        ok = run(Backend::Postgres, count, out) && ok;
    else
        out << "PostgreSQL: skipped (set PHONEDESK_TEST_PG_PORT; scripts/bench-env starts a cluster)"
            << Qt::endl;
    return ok ? 0 : 1;
}
