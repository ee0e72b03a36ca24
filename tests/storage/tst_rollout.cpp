// Firmware rollouts on every backend (PHONEDESK_TEST_BACKEND): who is in a rollout (all, sites, a
// percentage, a selection), pins that hold the others, turns within the limit and the window,
// outcomes from what the phones report (updated, came back on the old version, timed out), pause,
// resume, roll back, refusals; the files the configuration service renders for a held phone and
// one whose turn came; on PostgreSQL the team's grants and several servers advancing at once.

#include "basesettingsrepository.h"
#include "configservice.h"
#include "firmwarefiles.h"
#include "firmwarerepository.h"
#include "phonerepository.h"
#include "rolloutrepository.h"
#include "siterepository.h"
#include "statusrepository.h"
#include "storage.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {

const QString Old = QStringLiteral("108.86.0.80");
const QString New = QStringLiteral("108.86.0.90");
const QString Password = QStringLiteral("Rollout f\u00fcr alle 1");

QString romName(const QString &version)
{
    return QStringLiteral("T46U(T43U,T46U,T41U,T48U,T42U,T44U,T44W)-%1.rom").arg(version);
}

QByteArray bodies(const PhoneConfig &config)
{
    QByteArray all;
    for (const RenderedFile &f : config.files)
        all += f.body + '\n';
    return all;
}

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, 7), QTime(hour, minute));
}

} // namespace

class TestRollout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void windowParsingAndWrap();
    void startHoldsEveryPhoneAndMovesTheProfile();
    void turnsNeverExceedTheLimit();
    void silentPhonesAreNamedForAnotherResync();
    void cameBackOnTheOldVersionFails();
    void notBackInTimeFails();
    void windowHoldsTurns();
    void scopeBySitesPercentAndSelection();
    void pauseAndResume();
    void rollBackMovesTheMovedPhonesBack();
    void refusalsNameTheField();
    void teamGrantsAndServersAdvancingAtOnce();

private:
    void makeFleet(int phones, int sites = 1);
    Result<FirmwareRollout> start(RolloutRequest request);
    void reportFetch(Id phone, const QString &firmware, const QDateTime &when,
                     const QString &servedHash = {});
    void reportDownload(Id phone, const QString &version, const QDateTime &finished);
    int count(Id rollout, RolloutPhoneState state);
    qint64 rows(const QString &sql);

    Backend m_backend = Backend::Sqlite;
    TestDatabase m_db;
    Storage *s = nullptr;
    std::unique_ptr<QTemporaryDir> m_files;
    BaseSettings m_profile;
    QList<Site> m_sites;
    QList<Id> m_phones;
    QHash<QString, Id> m_images;
};

void TestRollout::initTestCase()
{
    const QString backend = qEnvironmentVariable("PHONEDESK_TEST_BACKEND", QStringLiteral("sqlite"));
    m_backend = backend == QLatin1String("postgres") ? Backend::Postgres : Backend::Sqlite;
    if (m_backend == Backend::Postgres && !postgresAvailable()) {
        if (qEnvironmentVariableIntValue("PHONEDESK_REQUIRE_PG"))
            QFAIL("PHONEDESK_REQUIRE_PG is set but no PostgreSQL test cluster is configured "
                  "(PHONEDESK_TEST_PG_PORT)");
        QSKIP("No PostgreSQL test cluster (set PHONEDESK_TEST_PG_PORT; scripts/test starts one)");
    }
}

void TestRollout::init()
{
    QString error;
    m_db = createDatabase(m_backend, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    s = m_db.storage.get();
    s->setActor(QStringLiteral("tester"), Role::Administrator);
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    m_images.clear();
    quint32 seed = 7;
    for (const QString &version : {Old, New}) {
        const QString path = m_files->filePath(romName(version));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(binaryImage(5000, seed++));
        f.close();
        auto added = FirmwareRepository(*s).add({path, std::nullopt, {}, {}});
        QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
        m_images.insert(version, added->id);
    }
}

void TestRollout::cleanup()
{
    m_sites.clear();
    m_phones.clear();
    s = nullptr;
    m_db = {};
    m_files.reset();
}

void TestRollout::makeFleet(int phones, int sites)
{
    for (int i = 0; i < sites; ++i) {
        Site site;
        site.name = QStringLiteral("Site %1").arg(i);
        site.primarySip = {QStringLiteral("sip.example.net"), 5061, SipTransport::Tls};
        site.provisioningHost = QStringLiteral("prov.example.net");
        auto created = s->sites().create(site);
        QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));
        m_sites.append(*created);
    }
    BaseSettings bs;
    bs.name = QStringLiteral("Front desk T46U");
    bs.modelId = QStringLiteral("yealink-t46u");
    bs.values = {{QStringLiteral("provisioning.firmwarePolicy"), QStringLiteral("automatic")},
                 {QStringLiteral("provisioning.firmwareVersion"), Old}};
    auto profile = s->baseSettings().create(bs);
    QVERIFY2(profile, profile ? "" : qPrintable(profile.error().fullText()));
    m_profile = *profile;
    for (int i = 0; i < phones; ++i) {
        Phone p;
        p.name = QStringLiteral("Desk %1").arg(i, 3, 10, QChar(u'0'));
        p.category = PhoneCategory::Managed;
        p.baseSettingsId = m_profile.id;
        p.siteId = m_sites.at(i % sites).id;
        p.hardwareId = QStringLiteral("805ec0%1").arg(i, 6, 16, QChar(u'0'));
        auto created = s->phones().create(p);
        QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));
        m_phones.append(created->id);
        reportFetch(created->id, Old, at(1));
    }
}

Result<FirmwareRollout> TestRollout::start(RolloutRequest request)
{
    request.baseSettingsId = m_profile.id;
    if (request.targetVersion.isEmpty())
        request.targetVersion = New;
    return RolloutRepository(*s).start(request);
}

void TestRollout::reportFetch(Id phone, const QString &firmware, const QDateTime &when,
                              const QString &servedHash)
{
    ProvisioningFetch fetch;
    fetch.time = when;
    fetch.configHash = servedHash;
    fetch.ip = QStringLiteral("192.0.2.10");
    fetch.userAgent = QStringLiteral("Yealink SIP-T46U %1").arg(firmware);
    fetch.firmware = firmware;
    auto r = s->status().recordFetch(phone, fetch);
    QVERIFY2(r, r ? "" : qPrintable(QString::number(phone) + u' ' + r.error().fullText()));
}

void TestRollout::reportDownload(Id phone, const QString &version, const QDateTime &finished)
{
    FirmwareDownload d;
    d.phoneId = phone;
    d.imageId = m_images.value(version);
    d.sha256 = QStringLiteral("00");
    d.version = version;
    d.started = finished.addSecs(-30);
    d.finished = finished;
    d.bytesSent = 5000;
    d.complete = true;
    auto r = FirmwareRepository(*s).recordDownloads({d});
    QVERIFY2(r, r ? "" : qPrintable(r.error().fullText()));
}

int TestRollout::count(Id rollout, RolloutPhoneState state)
{
    auto phones = RolloutRepository(*s).phones(rollout);
    if (!phones)
        qFatal("%s", qPrintable(phones.error().fullText()));
    return int(std::count_if(phones->cbegin(), phones->cend(),
                             [state](const RolloutPhone &p) { return p.state == state; }));
}

qint64 TestRollout::rows(const QString &sql)
{
    QSqlQuery q(s->database());
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

void TestRollout::windowParsingAndWrap()
{
    QString error;
    const auto night = RolloutWindow::parse(QStringLiteral("22:00-06:00"), &error);
    QVERIFY2(night, qPrintable(error));
    QCOMPARE(night->startMinute, 22 * 60);
    QCOMPARE(night->endMinute, 6 * 60);
    QVERIFY(night->contains(23 * 60));
    QVERIFY(night->contains(2 * 60));
    QVERIFY(!night->contains(6 * 60));
    QVERIFY(!night->contains(12 * 60));
    QCOMPARE(night->toText(), QStringLiteral("22:00-06:00"));
    const auto day = RolloutWindow::parse(QStringLiteral(" 9:30 - 17:00 "), &error);
    QVERIFY(day && day->contains(9 * 60 + 30) && !day->contains(17 * 60) && !day->contains(9 * 60));
    for (const char *bad : {"22:00", "25:00-06:00", "10:60-11:00", "08:00-08:00", "soon"}) {
        error.clear();
        QVERIFY2(!RolloutWindow::parse(QLatin1String(bad), &error), bad);
        QVERIFY2(error.contains(QLatin1String(bad)) && error.contains(QLatin1String("HH:MM-HH:MM")),
                 qPrintable(error));
    }
}

void TestRollout::startHoldsEveryPhoneAndMovesTheProfile()
{
    makeFleet(30);
    RolloutRequest request;
    request.maxUpdating = 10;
    auto rollout = start(request);
    QVERIFY2(rollout, rollout ? "" : qPrintable(rollout.error().fullText()));
    QCOMPARE(rollout->fromVersion, Old);
    QCOMPARE(rollout->targetVersion, New);
    QCOMPARE(rollout->waiting, 30);
    QCOMPARE(rollout->state, RolloutState::Running);
    QCOMPARE(rollout->createdBy.isEmpty(), false);
    // The profile names the new version; every phone is held at the old one until its turn.
    QCOMPARE(s->baseSettings()
                 .get(m_profile.id)
                 ->values.value(QStringLiteral("provisioning.firmwareVersion"))
                 .toString(),
             New);
    auto pins = RolloutRepository(*s).pins();
    QVERIFY(pins);
    QCOMPARE(pins->size(), 30);
    QCOMPARE(pins->value(m_phones.first()), Old);

    ConfigService configs(*s);
    auto held = configs.render(m_phones.first());
    QVERIFY2(held && *held, held ? "" : qPrintable(held.error().fullText()));
    QCOMPARE((*held)->firmwareVersion, Old);
    QVERIFY(!bodies(**held).contains(New.toUtf8()));

    auto progress = RolloutRepository(*s).advance(at(12));
    QVERIFY2(progress, progress ? "" : qPrintable(progress.error().fullText()));
    QCOMPARE(progress->admitted.size(), 10);
    QCOMPARE(progress->admitted, m_phones.mid(0, 10)); // in turn order
    QCOMPARE(count(rollout->id, RolloutPhoneState::Updating), 10);
    QCOMPARE(RolloutRepository(*s).pins()->size(), 20);
    auto moved = configs.render(m_phones.first());
    QVERIFY(moved && *moved);
    QCOMPARE((*moved)->firmwareVersion, New);
    QVERIFY2(bodies(**moved).contains("static.firmware.url"), bodies(**moved).constData());
    QVERIFY(bodies(**moved).contains(New.toUtf8()));
    auto states = RolloutRepository(*s).phoneStates();
    QVERIFY(states);
    QCOMPARE(states->value(m_phones.first()).target, New);
    QCOMPARE(states->value(m_phones.first()).state, RolloutPhoneState::Updating);
    QCOMPARE(states->value(m_phones.last()).target, Old);
    QCOMPARE(states->value(m_phones.last()).state, RolloutPhoneState::Waiting);
}

void TestRollout::turnsNeverExceedTheLimit()
{
    makeFleet(25);
    RolloutRequest request;
    request.maxUpdating = 4;
    auto rollout = start(request);
    QVERIFY2(rollout, rollout ? "" : qPrintable(rollout.error().fullText()));
    RolloutRepository repo(*s);
    int rounds = 0;
    QDateTime now = at(12);
    while (repo.find(rollout->id).value()->state == RolloutState::Running && rounds < 50) {
        auto progress = repo.advance(now);
        QVERIFY2(progress, progress ? "" : qPrintable(progress.error().fullText()));
        const int updating = count(rollout->id, RolloutPhoneState::Updating);
        QVERIFY2(updating <= 4, qPrintable(QString::number(updating)));
        // Two of the phones updating report the new version each round.
        int reported = 0;
        const QList<RolloutPhone> members = repo.phones(rollout->id).value();
        for (const RolloutPhone &p : members) {
            if (p.state == RolloutPhoneState::Updating && reported < 2) {
                reportFetch(p.phoneId, New + QStringLiteral(".1"), now.addSecs(10)); // more parts: still it
                ++reported;
            }
        }
        now = now.addSecs(60);
        ++rounds;
    }
    const auto done = repo.find(rollout->id).value();
    QCOMPARE(done->state, RolloutState::Completed);
    QCOMPARE(done->updated, 25);
    QVERIFY(done->finishedAt.isValid());
    QVERIFY2(rounds >= 25 / 2, qPrintable(QString::number(rounds))); // two at a time: the limit held
    QCOMPARE(repo.pins()->size(), 0);
    QCOMPARE(repo.phoneStates()->value(m_phones.at(3)).state, RolloutPhoneState::Updated);
}

// A phone given its turn that has not fetched since, a while later, is named for another check-sync
// (its first one may have been lost); one that fetched is not, and the limit still holds.
void TestRollout::silentPhonesAreNamedForAnotherResync()
{
    makeFleet(3);
    RolloutRequest request;
    request.maxUpdating = 2;
    auto rollout = start(request);
    QVERIFY2(rollout, rollout ? "" : qPrintable(rollout.error().fullText()));
    RolloutRepository repo(*s);
    const auto first = repo.advance(at(12), 60000).value();
    QCOMPARE(first.admitted.size(), 2);
    QVERIFY(first.silent.isEmpty());
    QVERIFY(repo.advance(at(12).addSecs(30), 60000).value().silent.isEmpty()); // not yet
    reportFetch(first.admitted.at(0), Old, at(12).addSecs(40), QStringLiteral("files-0")); // fetched
    const auto later = repo.advance(at(12, 2), 60000).value();
    QCOMPARE(later.silent, QList<Id> {first.admitted.at(1)});
    QVERIFY(later.admitted.isEmpty());
    QCOMPARE(count(rollout->id, RolloutPhoneState::Updating), 2);
    // The one that fetched but has not downloaded is named with what it was served, so that the
    // server can tell whether those were the files of its turn.
    QCOMPARE(later.servedSinceTurn, (QHash<Id, QString> {{first.admitted.at(0), QStringLiteral("files-0")}}));
    // Once it has downloaded the image it is on its way: named no more.
    reportDownload(first.admitted.at(0), New, at(12, 3));
    QVERIFY(repo.advance(at(12, 4), 60000).value().servedSinceTurn.isEmpty());
}

void TestRollout::cameBackOnTheOldVersionFails()
{
    makeFleet(3);
    RolloutRequest request;
    request.maxUpdating = 3;
    auto rollout = start(request);
    QVERIFY(rollout);
    RolloutRepository repo(*s);
    QVERIFY(repo.advance(at(12)));
    // Phone 0 fetched again before downloading: still on its way. Phone 1 downloaded the image,
    // rebooted and came back on the old version.
    reportFetch(m_phones.at(0), Old, at(12, 1));
    reportDownload(m_phones.at(1), New, at(12, 2));
    reportFetch(m_phones.at(1), Old, at(12, 4));
    auto progress = repo.advance(at(12, 5));
    QVERIFY(progress);
    QCOMPARE(progress->failed, QList<Id> {m_phones.at(1)});
    const auto phones = repo.phones(rollout->id).value();
    QCOMPARE(phones.at(0).state, RolloutPhoneState::Updating);
    QCOMPARE(phones.at(1).state, RolloutPhoneState::Failed);
    QCOMPARE(phones.at(1).detail, QStringLiteral("came back on %1").arg(Old));
    QCOMPARE(phones.at(1).runningBefore, Old);
    // Held at the old version again: not sent the image over and over.
    QCOMPARE(repo.pins()->value(m_phones.at(1), QStringLiteral("none")), Old);
    QCOMPARE(ConfigService(*s).render(m_phones.at(1)).value()->firmwareVersion, Old);
}

void TestRollout::notBackInTimeFails()
{
    makeFleet(2);
    RolloutRequest request;
    request.maxUpdating = 1;
    request.timeoutMinutes = 30;
    auto rollout = start(request);
    QVERIFY(rollout);
    RolloutRepository repo(*s);
    QVERIFY(repo.advance(at(12)));
    QCOMPARE(repo.advance(at(12, 29)).value().failed.size(), 0);
    auto progress = repo.advance(at(12, 31));
    QVERIFY(progress);
    QCOMPARE(progress->failed, QList<Id> {m_phones.at(0)});
    QCOMPARE(progress->admitted, QList<Id> {m_phones.at(1)}); // its place goes to the next one
    QCOMPARE(repo.phones(rollout->id).value().at(0).detail,
             QStringLiteral("not back on %1 within 30 min").arg(New));
}

void TestRollout::windowHoldsTurns()
{
    makeFleet(4);
    RolloutRequest request;
    request.maxUpdating = 2;
    request.window = RolloutWindow {22 * 60, 6 * 60};
    auto rollout = start(request);
    QVERIFY(rollout);
    QCOMPARE(rollout->window, request.window);
    RolloutRepository repo(*s);
    QCOMPARE(repo.advance(at(12)).value().admitted.size(), 0);
    QCOMPARE(repo.advance(at(21, 59)).value().admitted.size(), 0);
    QCOMPARE(repo.advance(at(22, 0)).value().admitted.size(), 2);
    // Outcomes are still recorded outside the window; turns are not given.
    reportFetch(m_phones.at(0), New, at(22, 30));
    auto later = repo.advance(at(7));
    QVERIFY(later);
    QCOMPARE(later->updated, QList<Id> {m_phones.at(0)});
    QCOMPARE(later->admitted.size(), 0);
    QCOMPARE(repo.advance(at(3)).value().admitted.size(), 1);
}

void TestRollout::scopeBySitesPercentAndSelection()
{
    makeFleet(40, 2);
    RolloutRepository repo(*s);
    // Sites: the phones of site 1 only; the others stay held at the old version.
    RolloutRequest bySite;
    bySite.scope = RolloutScope::Sites;
    bySite.siteIds = {m_sites.at(1).id};
    bySite.maxUpdating = 100;
    auto rollout = start(bySite);
    QVERIFY2(rollout, rollout ? "" : qPrintable(rollout.error().fullText()));
    QCOMPARE(rollout->waiting, 20);
    QCOMPARE(rollout->scopeDetail, m_sites.at(1).name);
    QVERIFY(repo.advance(at(12)));
    for (int i = 0; i < 40; ++i) {
        const auto state = repo.phoneStates()->value(m_phones.at(i));
        QCOMPARE(state.target, i % 2 == 1 ? New : Old);
    }

    // A percentage of the profile's phones: 25 % of 40, spread over both sites.
    RolloutRequest share;
    share.scope = RolloutScope::Percent;
    share.percent = 25;
    share.maxUpdating = 100;
    auto quarter = start(share);
    QVERIFY2(quarter, quarter ? "" : qPrintable(quarter.error().fullText()));
    QCOMPARE(quarter->phones(), 10);
    QCOMPARE(quarter->scopeDetail, QStringLiteral("25 %"));
    QCOMPARE(repo.find(rollout->id).value()->state, RolloutState::Stopped); // the later one took over
    QSet<Id> sites;
    const QList<RolloutPhone> quarterPhones = repo.phones(quarter->id).value();
    for (const RolloutPhone &p : quarterPhones)
        sites.insert(s->phones().get(p.phoneId)->siteId);
    QCOMPARE(sites.size(), 2);

    // A selection: only phones of the profile.
    BaseSettings lobbyProfile;
    lobbyProfile.name = QStringLiteral("Lobby T46U");
    lobbyProfile.modelId = QStringLiteral("yealink-t46u");
    auto otherProfile = s->baseSettings().create(lobbyProfile);
    QVERIFY2(otherProfile, otherProfile ? "" : qPrintable(otherProfile.error().fullText()));
    Phone other;
    other.name = QStringLiteral("Lobby");
    other.category = PhoneCategory::Managed;
    other.baseSettingsId = otherProfile->id;
    other.hardwareId = QStringLiteral("805ec0ffff01");
    other.siteId = m_sites.first().id;
    auto lobby = s->phones().create(other);
    QVERIFY2(lobby, lobby ? "" : qPrintable(lobby.error().fullText()));
    RolloutRequest picked;
    picked.scope = RolloutScope::Selection;
    picked.phoneIds = {m_phones.at(0), lobby->id};
    auto refused = start(picked);
    QVERIFY(!refused);
    QCOMPARE(refused.error().fields.first().field, QStringLiteral("phones"));
    QVERIFY2(refused.error().fields.first().message.contains(QLatin1String("\"Lobby\"")),
             qPrintable(refused.error().fullText()));
    picked.phoneIds = {m_phones.at(0), m_phones.at(5)};
    auto two = start(picked);
    QVERIFY2(two, two ? "" : qPrintable(two.error().fullText()));
    QCOMPARE(two->phones(), 2);
    QCOMPARE(two->scopeDetail, QStringLiteral("2 selected"));
}

void TestRollout::pauseAndResume()
{
    makeFleet(6);
    RolloutRequest request;
    request.maxUpdating = 2;
    auto rollout = start(request);
    QVERIFY(rollout);
    RolloutRepository repo(*s);
    QVERIFY(repo.advance(at(12)));
    QVERIFY(repo.pause(rollout->id));
    QCOMPARE(repo.find(rollout->id).value()->state, RolloutState::Paused);
    reportFetch(m_phones.at(0), New, at(12, 1));
    reportFetch(m_phones.at(1), New, at(12, 1));
    auto paused = repo.advance(at(12, 2));
    QVERIFY(paused);
    QCOMPARE(paused->updated.size(), 2); // outcomes go on
    QCOMPARE(paused->admitted.size(), 0); // turns do not
    auto again = repo.pause(rollout->id);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Conflict);
    QVERIFY(repo.resume(rollout->id));
    QCOMPARE(repo.advance(at(12, 3)).value().admitted.size(), 2);
}

void TestRollout::rollBackMovesTheMovedPhonesBack()
{
    makeFleet(6);
    RolloutRequest request;
    request.maxUpdating = 2;
    auto rollout = start(request);
    QVERIFY(rollout);
    RolloutRepository repo(*s);
    QVERIFY(repo.advance(at(12)));
    reportFetch(m_phones.at(0), New, at(12, 1));
    QVERIFY(repo.advance(at(12, 2))); // phone 0 updated, 1 and 2 updating, 3-5 waiting

    auto back = repo.rollBack(rollout->id);
    QVERIFY2(back, back ? "" : qPrintable(back.error().fullText()));
    QCOMPARE(back->targetVersion, Old);
    QCOMPARE(back->fromVersion, New);
    QCOMPARE(back->replacesId, rollout->id);
    QCOMPARE(back->phones(), 3);
    // Phones 1 and 2 never reported the new version: told the old one again, they run it.
    QCOMPARE(back->updated, 2);
    QCOMPARE(back->waiting, 1);
    QCOMPARE(repo.find(rollout->id).value()->state, RolloutState::Stopped);
    QCOMPARE(s->baseSettings()
                 .get(m_profile.id)
                 ->values.value(QStringLiteral("provisioning.firmwareVersion"))
                 .toString(),
             Old);
    // The phones that never moved follow the profile again (the old version); the one that moved
    // is held at the new version until its turn back.
    auto pins = repo.pins().value();
    QVERIFY(!pins.contains(m_phones.at(4)));
    QVERIFY(!pins.contains(m_phones.at(1)));
    QCOMPARE(pins.value(m_phones.at(0)), New);
    QCOMPARE(ConfigService(*s).render(m_phones.at(4)).value()->firmwareVersion, Old);
    QCOMPARE(ConfigService(*s).render(m_phones.at(0)).value()->firmwareVersion, New);
    auto progress = repo.advance(at(12, 3));
    QVERIFY(progress);
    QCOMPARE(progress->admitted, QList<Id> {m_phones.at(0)});
    QCOMPARE(ConfigService(*s).render(m_phones.at(0)).value()->firmwareVersion, Old);
    reportFetch(m_phones.at(0), Old, at(12, 9));
    QCOMPARE(repo.advance(at(12, 10)).value().completedRollouts, QList<Id> {back->id});
    // Rolling back the rollback goes forward again.
    auto twice = repo.rollBack(back->id);
    QVERIFY2(twice, twice ? "" : qPrintable(twice.error().fullText()));
    QCOMPARE(twice->targetVersion, New);

    // Three rollouts over these phones, pins and skips: the states read for some phones (the
    // Phones tab after an advance names them) are those of the whole read.
    const auto all = repo.phoneStates().value();
    const QList<Id> some {m_phones.at(0), m_phones.at(2), m_phones.at(5), 999999};
    const auto part = repo.phoneStates(some).value();
    QVERIFY(!part.contains(999999));
    for (const Id id : some) {
        QCOMPARE(part.contains(id), all.contains(id));
        if (!all.contains(id))
            continue;
        QCOMPARE(part.value(id).target, all.value(id).target);
        QCOMPARE(part.value(id).state, all.value(id).state);
        QCOMPARE(part.value(id).rolloutId, all.value(id).rolloutId);
        QCOMPARE(part.value(id).detail, all.value(id).detail);
    }
    QCOMPARE(all.value(m_phones.at(0)).rolloutId, twice->id);
    QVERIFY(repo.phoneStates(QList<Id> {}).value().isEmpty());
}

void TestRollout::refusalsNameTheField()
{
    makeFleet(3);
    RolloutRequest unknown;
    unknown.targetVersion = QStringLiteral("108.86.0.99");
    auto r = start(unknown);
    QVERIFY(!r);
    QCOMPARE(r.error().fields.first().field, QStringLiteral("targetVersion"));
    QVERIFY2(r.error().fullText().contains(QLatin1String("108.86.0.99")), qPrintable(r.error().fullText()));

    RolloutRequest limits;
    limits.maxUpdating = 0;
    limits.timeoutMinutes = 0;
    limits.scope = RolloutScope::Percent;
    limits.percent = 101;
    r = start(limits);
    QVERIFY(!r);
    QStringList fields;
    for (const FieldError &e : r.error().fields)
        fields << e.field;
    QCOMPARE(fields,
             (QStringList {QStringLiteral("maxUpdating"), QStringLiteral("timeoutMinutes"),
                           QStringLiteral("percent")}));

    RolloutRequest noSite;
    noSite.scope = RolloutScope::Sites;
    noSite.siteIds = {m_sites.first().id + 1000};
    r = start(noSite);
    QVERIFY(!r);

    s->setActor(QStringLiteral("editor"), Role::Editor);
    r = start({});
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Permission);
    s->setActor(QStringLiteral("tester"), Role::Administrator);
    // Nothing of the refused attempts is left.
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM firmware_rollouts")), 0);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM phone_firmware_pins")), 0);
    QCOMPARE(s->baseSettings()
                 .get(m_profile.id)
                 ->values.value(QStringLiteral("provisioning.firmwareVersion"))
                 .toString(),
             Old);
}

void TestRollout::teamGrantsAndServersAdvancingAtOnce()
{
    if (m_backend != Backend::Postgres)
        QSKIP("team mode is PostgreSQL only");
    makeFleet(60);
    auto setup = s->team().setup();
    QVERIFY2(setup, setup ? "" : qPrintable(setup.error().fullText()));
    QString error;
    const QString viewer = teamLogin(m_db, QStringLiteral("viewer"));
    const QString server = teamLogin(m_db, QStringLiteral("server"));
    QVERIFY2(addTeamMember(*s, viewer, TeamRole::Viewer, Password, &error), qPrintable(error));
    QVERIFY2(addTeamMember(*s, server, TeamRole::Server, Password, &error), qPrintable(error));

    auto asViewer = Storage::open(asLogin(m_db.spec, viewer, Password));
    QVERIFY2(asViewer, asViewer ? "" : qPrintable(asViewer.error().fullText()));
    RolloutRequest request;
    request.baseSettingsId = m_profile.id;
    request.targetVersion = New;
    request.maxUpdating = 7;
    QCOMPARE(RolloutRepository(**asViewer).start(request).error().code, Error::Code::Permission);
    QSqlQuery vq((*asViewer)->database());
    QVERIFY(!vq.exec(QStringLiteral("DELETE FROM phone_firmware_pins")));

    auto rollout = RolloutRepository(*s).start(request);
    QVERIFY2(rollout, rollout ? "" : qPrintable(rollout.error().fullText()));
    QCOMPARE(RolloutRepository(**asViewer).list().value().size(), 1);

    // Three servers advance at the same moment, each on its own connection: seven turns in all.
    std::atomic<int> admitted {0};
    std::atomic<int> failures {0};
    QList<QThread *> threads;
    for (int i = 0; i < 3; ++i) {
        threads.append(QThread::create([&, i] {
            auto st =
                Storage::openForWorker(asLogin(m_db.spec, server, Password), server, Role::Administrator);
            if (!st) {
                ++failures;
                qWarning("%s", qPrintable(st.error().fullText()));
                return;
            }
            for (int round = 0; round < 3; ++round) {
                auto progress = RolloutRepository(**st).advance(at(12, i));
                if (!progress) {
                    ++failures;
                    qWarning("%s", qPrintable(progress.error().fullText()));
                    return;
                }
                admitted += int(progress->admitted.size());
            }
        }));
    }
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QCOMPARE(failures.load(), 0);
    QCOMPARE(admitted.load(), 7);
    QCOMPARE(count(rollout->id, RolloutPhoneState::Updating), 7);
    // The server role gives turns but does not start rollouts or change the profile.
    auto asServer = Storage::open(asLogin(m_db.spec, server, Password));
    QVERIFY(asServer);
    QSqlQuery sq((*asServer)->database());
    QVERIFY(!sq.exec(QStringLiteral("INSERT INTO firmware_rollouts (base_settings_id, target_version, scope, "
                                    "max_updating, timeout_minutes, state, created_at) "
                                    "VALUES (%1, 'x', 'all', 1, 1, 'running', 0)")
                         .arg(m_profile.id)));
    QVERIFY(!sq.exec(QStringLiteral("UPDATE firmware_rollouts SET max_updating = 1000")));
}

QTEST_GUILESS_MAIN(TestRollout)
#include "tst_rollout.moc"
