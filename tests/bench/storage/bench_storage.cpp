// Storage benchmark: insert and load N phones (default 100,000) on SQLite and, when a test cluster
// is configured (PHONEDESK_TEST_PG_PORT), PostgreSQL; then every phone in a firmware rollout (two
// rollouts per profile, the older one finished, half the phones pinned) and the rollout state of
// every phone read as the Phones tab reads it. Prints one line per measurement.
//
//   bench_storage [--phones N]

#include "basesettingsrepository.h"
#include "phonerepository.h"
#include "rolloutrepository.h"
#include "siterepository.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
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

// Every phone in two rollouts of its profile (the first finished: updated or failed; the second
// running: waiting, updating, updated), half of them pinned to the old version; set up with SQL
// (not measured), then RolloutRepository::phoneStates() five times.
bool rolloutStates(Storage &s, const QString &name, const QList<Id> &profiles, int count, QTextStream &out)
{
    QElapsedTimer t;
    t.start();
    auto setUp = s.inTransaction([&]() -> Result<void> {
        QSqlQuery q(s.database());
        for (const Id profile : profiles) {
            for (const char *state : {"completed", "running"}) {
                q.prepare(QStringLiteral(
                    "INSERT INTO firmware_rollouts (base_settings_id, target_version, from_version, scope, "
                    "max_updating, timeout_minutes, state, created_at) VALUES (?, ?, '1.0', 'all', 10, 30, "
                    "?, 0)"));
                q.addBindValue(profile);
                q.addBindValue(QString::fromLatin1(state) == QLatin1String("running")
                                   ? QStringLiteral("3.0")
                                   : QStringLiteral("2.0"));
                q.addBindValue(QString::fromLatin1(state));
                if (!q.exec())
                    return Error::make(Error::Code::Io, q.lastError().text());
            }
        }
        const QString rolloutOf =
            QStringLiteral("(SELECT r.id FROM firmware_rollouts r WHERE r.base_settings_id = "
                           "p.base_settings_id AND r.state = '%1')");
        const std::pair<const char *, const char *> memberships[] = {
            {"completed", "CASE WHEN p.id % 7 = 0 THEN 'failed' ELSE 'updated' END"},
            {"running", "CASE p.id % 3 WHEN 0 THEN 'waiting' WHEN 1 THEN 'updating' ELSE 'updated' END"}};
        for (const auto &[which, state] : memberships) {
            if (!q.exec(QStringLiteral(
                            "INSERT INTO firmware_rollout_phones (rollout_id, phone_id, position, state) "
                            "SELECT %1, p.id, p.id, %2 FROM phones p")
                            .arg(rolloutOf.arg(QLatin1String(which)), QLatin1String(state))))
                return Error::make(Error::Code::Io, q.lastError().text());
        }
        if (!q.exec(QStringLiteral("INSERT INTO phone_firmware_pins (phone_id, version, rollout_id) "
                                   "SELECT p.id, '2.0', %1 FROM phones p WHERE p.id % 2 = 0")
                        .arg(rolloutOf.arg(QLatin1String("running")))))
            return Error::make(Error::Code::Io, q.lastError().text());
        return {};
    });
    if (!setUp) {
        out << "rollout set-up failed: " << setUp.error().fullText() << Qt::endl;
        return false;
    }
    const qint64 setUpMs = t.elapsed();
    QList<qint64> reads;
    for (int round = 0; round < 5; ++round) {
        t.restart();
        auto states = RolloutRepository(s).phoneStates();
        reads.append(t.elapsed());
        if (!states || states->size() != count) {
            out << "reading the rollout states failed: "
                << (states ? QStringLiteral("%1 phones").arg(states->size()) : states.error().fullText())
                << Qt::endl;
            return false;
        }
    }
    std::sort(reads.begin(), reads.end());
    out << QStringLiteral("%1: rollout state of %2 phones (2 rollouts each, half pinned; set up in %3 ms): "
                          "median %4 ms (min %5, max %6)")
               .arg(name)
               .arg(count)
               .arg(setUpMs)
               .arg(reads.at(reads.size() / 2))
               .arg(reads.first())
               .arg(reads.last())
        << Qt::endl;
    // What one advance's change makes the Phones tab read: the phones it moved (here 100).
    QList<Id> moved;
    for (int i = 0; i < 100; ++i)
        moved.append(Id(1 + qint64(i) * count / 100));
    QList<qint64> partial;
    QElapsedTimer u;
    for (int round = 0; round < 5; ++round) {
        u.start();
        auto states = RolloutRepository(s).phoneStates(moved);
        partial.append(u.nsecsElapsed() / 1000);
        if (!states || states->size() != moved.size()) {
            out << "reading the rollout states of 100 phones failed" << Qt::endl;
            return false;
        }
    }
    std::sort(partial.begin(), partial.end());
    out << QStringLiteral("%1: rollout state of 100 of them: median %2 µs (min %3, max %4)")
               .arg(name)
               .arg(partial.at(partial.size() / 2))
               .arg(partial.first())
               .arg(partial.last())
        << Qt::endl;
    return true;
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
    return rolloutStates(s, name, profiles, count, out);
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
