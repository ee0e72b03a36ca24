// DeviceControl on a real database: polling the simulated fleet writes status records and audit
// entries in batches, phones without a probe path are Not monitored, and roles are enforced. The
// poller's socket under junk and spoofed answers, and bound where the settings say.

#include "auditrepository.h"
#include "demodata.h"
#include "devicecontrol.h"
#include "devicecontrolsettings.h"
#include "fleet.h"
#include "logcapture.h"
#include "modelcatalog.h"
#include "phonerepository.h"
#include "processguard.h"
#include "sipmessage.h"
#include "statusrepository.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QNetworkDatagram>
#include <QPointer>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace PhoneDesk;

class TestDeviceControl final : public QObject
{
    Q_OBJECT

public:
    // Before any socket, as in every PhoneDesk executable: a peer that resets cannot end the run.
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private:
    Test::TestDatabase m_db;
    PhoneSim::Fleet m_fleet;

    static DeviceControlConfig fastConfig()
    {
        DeviceControlConfig c;
        c.sip.timeoutMs = 800;
        c.poller.intervalMs = 2000;
        c.poller.probeTimeoutMs = 800;
        c.poller.attempts = 2;
        c.poller.batchIntervalMs = 200;
        c.commands.notifyTimeoutMs = 800;
        return c;
    }

    // A phone record probed at `address` ("127.0.0.1:40000").
    Id addPhone(const QString &name, const QString &address)
    {
        auto rows = m_db.storage->phones().list();
        if (!rows)
            return 0;
        for (const PhoneRow &row : std::as_const(*rows)) {
            if (row.category != PhoneCategory::Managed)
                continue;
            Phone phone;
            phone.name = name;
            phone.baseSettingsId = row.baseSettingsId;
            phone.siteId = row.siteId;
            phone.hardwareId =
                QStringLiteral("0004f2%1")
                    .arg(QRandomGenerator::global()->bounded(1 << 24), 6, 16, QLatin1Char('0'));
            phone.networkAddress = address;
            auto created = m_db.storage->phones().create(phone);
            if (!created)
                qWarning("%s", qPrintable(created.error().fullText()));
            return created ? created->id : 0;
        }
        return 0;
    }

    // Probes that stay open (nothing answers unless the test does): the poller's socket awaits
    // every phone's answer for the whole test.
    static DeviceControlConfig patientConfig()
    {
        DeviceControlConfig c = fastConfig();
        c.sip.timeoutMs = 120000;
        c.poller.probeTimeoutMs = 120000;
        c.poller.attempts = 1;
        c.poller.intervalMs = 2000; // one sweep, quickly: the next waits for its probes
        return c;
    }

    // Waits for a request at `phone`; returns it and where it came from.
    static std::optional<QNetworkDatagram> nextRequest(QUdpSocket &phone, int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!phone.hasPendingDatagrams() && !deadline.hasExpired())
            QTest::qWait(5);
        if (!phone.hasPendingDatagrams())
            return std::nullopt;
        return phone.receiveDatagram();
    }

private slots:
    void init()
    {
        QString error;
        m_db = Test::createDatabase(Test::Backend::Sqlite, &error);
        QVERIFY2(m_db.storage, qPrintable(error));
        PhoneSim::FleetConfig config;
        config.phones = 40;
        config.rest = false;
        QVERIFY(m_fleet.start(config).ok());
        m_fleet.setDead(5, true);
        DemoOptions demo;
        demo.managedPhones = 30;
        demo.unmanagedPhones = 10;
        demo.webRtcPhones = 5;
        demo.remotePhones = 5;
        demo.users = 20;
        demo.networkAddress = [this](int index) { return m_fleet.sipAddress(index); };
        auto populated = populateDemoData(*m_db.storage, demo);
        QVERIFY2(populated, populated ? "" : qPrintable(populated.error().fullText()));
    }

    void cleanup()
    {
        m_fleet.stop();
        m_db = {};
    }

    void pollingWritesStatusInBatches()
    {
        DeviceControl control(m_db.storage.get(), fastConfig());
        QVERIFY(control.pollsInOwnThread()); // a database file: a connection of its own
        QSignalSpy changed(&control, &DeviceControl::statusesChanged);
        QSignalSpy swept(&control, &DeviceControl::sweepFinished);
        QVERIFY(control.startPolling().ok());
        QVERIFY(swept.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(control.probesInFlight() == 0, 2000);
        QTest::qWait(300); // the last batch
        control.stopPolling();

        auto rows = m_db.storage->phones().list();
        QVERIFY(rows);
        auto statuses = m_db.storage->status().all();
        QVERIFY(statuses);
        int online = 0;
        int offline = 0;
        int notMonitored = 0;
        for (const PhoneRow &row : std::as_const(*rows)) {
            const StatusRecord s = statuses->value(row.id);
            if (row.category == PhoneCategory::WebRtc || row.category == PhoneCategory::Remote) {
                QCOMPARE(s.status, PhoneStatus::NotMonitored);
                ++notMonitored;
            } else if (row.networkAddress == m_fleet.sipAddress(5)) {
                QCOMPARE(s.status, PhoneStatus::Offline);
                ++offline;
            } else {
                QVERIFY2(s.status == PhoneStatus::Online, qPrintable(row.name + u' ' + s.detail));
                QVERIFY(s.lastSeen.isValid());
                ++online;
            }
        }
        QCOMPARE(online, 39);
        QCOMPARE(offline, 1);
        QCOMPARE(notMonitored, 10);
        // Batched: far fewer signals than phones.
        QVERIFY2(changed.size() < 20, qPrintable(QString::number(changed.size())));
        AuditQuery q;
        q.action = QStringLiteral("status.change");
        auto audit = m_db.storage->audit().query(q);
        QVERIFY(audit);
        QCOMPARE(audit->size(), 50); // one transition per phone (Unknown -> something)
    }

    void pollingOnTheCallersThreadWhenAsked()
    {
        // Same results without the thread (tools, in-memory databases).
        DeviceControlConfig config = fastConfig();
        config.pollInOwnThread = false;
        DeviceControl control(m_db.storage.get(), config);
        QVERIFY(!control.pollsInOwnThread());
        QSignalSpy swept(&control, &DeviceControl::sweepFinished);
        QVERIFY(control.startPolling().ok());
        QVERIFY(swept.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(control.probesInFlight() == 0, 2000);
        const SweepStats stats = swept.first().at(0).value<SweepStats>();
        QCOMPARE(stats.probed, 40);
        QCOMPARE(stats.offline, 1);
        control.stopPolling();
        QVERIFY(!control.isPolling());
    }

    void fetchGivesAnUnprobedPhoneAProbePath()
    {
        // A phone known only by its MAC is Not monitored until its first provisioning fetch;
        // the fetch's IP is its probe path from then on, without any change to the phone record.
        auto rows = m_db.storage->phones().list();
        QVERIFY(rows);
        const PhoneRow *template_ = nullptr;
        for (const PhoneRow &row : std::as_const(*rows)) {
            if (row.category == PhoneCategory::Managed)
                template_ = &row;
        }
        QVERIFY(template_);
        Phone unboxed;
        unboxed.name = QStringLiteral("Unboxed");
        unboxed.baseSettingsId = template_->baseSettingsId;
        unboxed.siteId = template_->siteId;
        unboxed.hardwareId = QStringLiteral("0004f2fedcba");
        auto created = m_db.storage->phones().create(unboxed);
        QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));
        const Id id = created->id;

        DeviceControl control(m_db.storage.get(), fastConfig());
        QSignalSpy swept(&control, &DeviceControl::sweepFinished);
        QVERIFY(control.startPolling().ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_db.storage->status().get(id)->status, PhoneStatus::NotMonitored, 5000);

        // Its fetch came from 127.0.0.1, where no SIP phone listens on 5060: once it is probed,
        // it turns Offline; while it is not probed, it would stay Not monitored.
        ProvisioningFetch fetch;
        fetch.time = QDateTime::currentDateTimeUtc();
        fetch.ip = QStringLiteral("127.0.0.1");
        fetch.userAgent = QStringLiteral("PolycomVVX-VVX_450-UA/6.4.3.2000");
        QVERIFY(m_db.storage->status().recordFetch(id, fetch));
        QTRY_COMPARE_WITH_TIMEOUT(m_db.storage->status().get(id)->status, PhoneStatus::Offline, 15000);
        control.stopPolling();
    }

    void restartWithoutPollingEndsWithTheStatusProbed()
    {
        // A process that only sends commands (phonedesk-cli) never starts polling: the phone's
        // status must still leave Restarting once the phone is back. A model restarted with
        // NOTIFY check-sync;reboot=true (Poly's plain check-sync reboots only after a change).
        auto rows = m_db.storage->phones().list();
        QVERIFY(rows);
        Id id = 0;
        int index = -1;
        for (const PhoneRow &row : std::as_const(*rows)) {
            const PhoneModel *model = ModelCatalog::builtin().find(row.modelId);
            if (row.networkAddress.isEmpty() || row.networkAddress == m_fleet.sipAddress(5) || !model ||
                model->restartChannel != RestartChannel::SipNotify ||
                !model->rebootEvent.contains(QLatin1String("reboot=true")))
                continue;
            id = row.id;
            index = PhoneSim::Fleet::indexOf(QHostAddress(row.networkAddress.section(u':', 0, 0)));
            break;
        }
        QVERIFY(id);
        QVERIFY(index >= 0);

        DeviceControlConfig c = fastConfig();
        c.commands.restartProbeIntervalMs = 300;
        c.commands.restartTimeoutMs = 15000;
        DeviceControl control(m_db.storage.get(), c);
        auto op = control.restart({id});
        QVERIFY2(op, op ? "" : qPrintable(op.error().fullText()));
        QSignalSpy done(*op, &Operation::finished);
        QVERIFY(done.wait(20000));
        QVERIFY2((*op)->state() == Operation::State::Succeeded, qPrintable((*op)->results().at(0).reason));
        QCOMPARE(m_fleet.phone(index).reboots, 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_db.storage->status().get(id)->status, PhoneStatus::Online, 5000);
    }

    // Closing (the console quitting, phonedesk-server stopping) while a restart waits for a phone
    // that never answers: the command's SIP transaction is cancelled on a client that still
    // exists (it was used after being freed, found by ThreadSanitizer and AddressSanitizer).
    void closingWithACommandInFlight()
    {
        Id dead = 0;
        for (const PhoneRow &row : m_db.storage->phones().list().value()) {
            if (row.networkAddress == m_fleet.sipAddress(5))
                dead = row.id;
        }
        QVERIFY(dead);
        DeviceControlConfig c = patientConfig();
        c.commands.restartTimeoutMs = 60000;
        auto control = std::make_unique<DeviceControl>(m_db.storage.get(), c);
        auto op = control->restart({dead});
        QVERIFY2(op, op ? "" : qPrintable(op.error().fullText()));
        QPointer<Operation> running = *op;
        QTest::qWait(500); // the runner sends within 50 ms; the dead phone never answers
        QVERIFY(!running->isFinished());
        control.reset();
        QVERIFY(running.isNull()); // went with the runner
    }

    void documentationAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("refused");
        QTest::newRow("TEST-NET-1") << "192.0.2.1" << true;
        QTest::newRow("TEST-NET-2 with port") << "198.51.100.255:5062" << true;
        QTest::newRow("TEST-NET-3 in a URI") << "sip:1001@203.0.113.9;transport=tcp" << true;
        QTest::newRow("IPv6 documentation") << "[2001:db8::1]:5060" << true;
        QTest::newRow("IPv4-mapped") << "[::ffff:192.0.2.1]:5060" << true;
        QTest::newRow("next to TEST-NET-1") << "192.0.3.1" << false;
        QTest::newRow("next to TEST-NET-2") << "198.51.101.1" << false;
        QTest::newRow("next to TEST-NET-3") << "203.0.112.255" << false;
        QTest::newRow("next to 2001:db8::/32") << "[2001:db9::1]:5060" << false;
        QTest::newRow("loopback") << "127.1.0.7:5060" << false;
    }

    void documentationAddressesAreRefused()
    {
        QFETCH(QString, address);
        QFETCH(bool, refused);
        QString error;
        const auto target = SipTarget::parse(address, SipTransport::Udp, &error);
        QCOMPARE(!target.has_value(), refused);
        if (refused) {
            QVERIFY2(error.contains(QLatin1String("documentation address, not probed")), qPrintable(error));
            QVERIFY2(error.contains(address), qPrintable(error)); // names the address
        }
    }

    void documentationAddressesAreNeverContacted()
    {
        // Made-up phones (examples, the demo without its fleet): a documentation network address,
        // a phone known only by a fetch from a documentation address, and a Poly phone whose REST
        // API would be used (admin password and a trusted certificate on record).
        auto rows = m_db.storage->phones().list();
        QVERIFY(rows);
        Id poly = 0;
        QList<Id> others;
        for (const PhoneRow &row : std::as_const(*rows)) {
            const PhoneModel *model = ModelCatalog::builtin().find(row.modelId);
            if (row.category != PhoneCategory::Managed || !model)
                continue;
            if (!poly && model->restartChannel == RestartChannel::PolyRest)
                poly = row.id;
            else if (others.size() < 2 && model->restartChannel == RestartChannel::SipNotify)
                others.append(row.id);
        }
        QVERIFY(poly);
        QCOMPARE(others.size(), 2);
        auto readdress = [this](Id id, const QString &address) {
            auto phone = m_db.storage->phones().get(id);
            QVERIFY(phone);
            phone->networkAddress = address;
            auto saved = m_db.storage->phones().update(*phone);
            QVERIFY2(saved, saved ? "" : qPrintable(saved.error().fullText()));
        };
        readdress(others.at(0), QStringLiteral("192.0.2.10:5060"));
        readdress(others.at(1), QString());
        ProvisioningFetch fetch;
        fetch.time = QDateTime::currentDateTimeUtc();
        fetch.ip = QStringLiteral("198.51.100.7");
        QVERIFY(m_db.storage->status().recordFetch(others.at(1), fetch));
        readdress(poly, QStringLiteral("[2001:db8::5]:5060"));
        const QList<Id> ids {others.at(0), others.at(1), poly};

        DeviceControl control(m_db.storage.get(), fastConfig());
        QVERIFY(control.pinRestCertificate(poly, QByteArray(32, '\x5a')).ok());
        for (auto run : {&DeviceControl::restart, &DeviceControl::resync}) {
            auto op = (control.*run)(ids);
            QVERIFY2(op, op ? "" : qPrintable(op.error().fullText()));
            QSignalSpy done(*op, &Operation::finished);
            QVERIFY((*op)->isFinished() || done.wait(5000));
            QCOMPARE((*op)->failed(), 3);
            for (const Operation::PhoneResult &r : (*op)->results())
                QVERIFY2(r.reason.contains(QLatin1String("documentation address, not probed")),
                         qPrintable(r.reason));
        }
        // The web certificate is not even asked for.
        auto asked = control.fetchRestCertificate(poly, [](const Result<QSslCertificate> &) {});
        QVERIFY(!asked);
        QVERIFY2(asked.error().message.contains(QLatin1String("documentation address")),
                 qPrintable(asked.error().message));
        // The REST client refuses one too, however its target was made.
        PolyRestClient rest;
        std::optional<Result<QByteArray>> answer;
        rest.safeRestart({QHostAddress(QStringLiteral("203.0.113.9")), 443, QStringLiteral("secret"),
                          QByteArray(32, '\x5a')},
                         [&answer](const Result<QByteArray> &r) { answer = r; });
        QVERIFY(!answer); // never from inside the call
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QVERIFY2(answer->error().message.contains(QLatin1String("documentation address, not contacted")),
                 qPrintable(answer->error().message));
        // Nothing was sent: not by the command client, and no simulated phone heard a NOTIFY.
        QCOMPARE(control.sipClient()->stats().requests, quint64(0));
        for (int i = 0; i < m_fleet.size(); ++i)
            QCOMPARE(m_fleet.phone(i).notifies, 0);

        // Polling leaves them Not monitored.
        QVERIFY(control.startPolling().ok());
        for (const Id id : ids)
            QTRY_COMPARE_WITH_TIMEOUT(m_db.storage->status().get(id)->status, PhoneStatus::NotMonitored,
                                      5000);
        control.stopPolling();
    }

    void viewerMayNotControlPhones()
    {
        m_db.storage->setActor(QStringLiteral("viewer"), Role::Viewer);
        DeviceControl control(m_db.storage.get(), fastConfig());
        auto rows = m_db.storage->phones().list();
        QVERIFY(rows);
        const QList<Id> ids {rows->first().id};
        for (auto result :
             {control.restart(ids), control.resync(ids), control.logOut(ids), control.checkStatus(ids)}) {
            QVERIFY(!result);
            QCOMPARE(result.error().code, Error::Code::Permission);
        }
        QCOMPARE(m_fleet.phone(0).notifies, 0);
    }

    void logOutClearsUserAndResyncs()
    {
        m_db.storage->setActor(QStringLiteral("operator"), Role::Operator);
        DeviceControl control(m_db.storage.get(), fastConfig());
        auto rows = m_db.storage->phones().list();
        QVERIFY(rows);
        QList<Id> ids;
        int managedWithAddress = -1;
        int webRtc = -1;
        for (const PhoneRow &row : std::as_const(*rows)) {
            if (row.userId == 0)
                continue;
            if (row.category == PhoneCategory::Managed && managedWithAddress < 0 &&
                row.networkAddress != m_fleet.sipAddress(5)) {
                managedWithAddress = int(ids.size());
                ids.append(row.id);
            } else if (row.category == PhoneCategory::WebRtc && webRtc < 0) {
                webRtc = int(ids.size());
                ids.append(row.id);
            }
        }
        QVERIFY(managedWithAddress >= 0);
        QVERIFY(webRtc >= 0);
        auto op = control.logOut(ids);
        QVERIFY2(op, op ? "" : qPrintable(op.error().fullText()));
        QSignalSpy done(*op, &Operation::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE((*op)->state(), Operation::State::Succeeded);
        QVERIFY((*op)->results().at(managedWithAddress).reason.contains(QLatin1String("200")));
        for (const Id id : std::as_const(ids)) {
            auto phone = m_db.storage->phones().get(id);
            QVERIFY(phone);
            QCOMPARE(phone->userId, Id(0));
        }
        const int index = PhoneSim::Fleet::indexOf(
            SipTarget::parse(m_db.storage->phones().get(ids.at(managedWithAddress))->networkAddress)
                ->address);
        QCOMPARE(m_fleet.phone(index).notifies, 1);
        AuditQuery q;
        q.action = QStringLiteral("phone.logout");
        auto audit = m_db.storage->audit().query(q);
        QVERIFY(audit);
        QVERIFY(audit->size() >= 3); // the association removals and the resync result
    }

    void junkFloodIsCountedAndLoggedOncePerSource()
    {
        // 100,000 junk datagrams from a probed phone's address and port (the only ones that
        // reach the parser), and junk from an address nothing was sent to. No phone answers.
        m_fleet.stop();
        QUdpSocket junkPhone;
        QVERIFY(junkPhone.bind(QHostAddress::LocalHost, 0));
        const Id id =
            addPhone(QStringLiteral("Junk"), QStringLiteral("127.0.0.1:%1").arg(junkPhone.localPort()));
        QVERIFY(id);
        Test::LogCapture log({QStringLiteral("phonedesk.sip"), QStringLiteral("phonedesk.sip.osip")});
        DeviceControl control(m_db.storage.get(), patientConfig());
        QVERIFY(control.pollsInOwnThread());
        QVERIFY(control.startPolling().ok());
        const auto probe = nextRequest(junkPhone);
        QVERIFY(probe);
        const auto [pollerAddress, pollerPort] = control.pollingSocket();
        QCOMPARE(quint16(probe->senderPort()), pollerPort);
        QCOMPARE(pollerAddress, QHostAddress(QHostAddress::AnyIPv4)); // the default: every address

        const QList<QByteArray> junk {
            QByteArrayLiteral("\xde\xad\xbe\xef"),
            QByteArrayLiteral("SIP/2.0 200 OK\r\nVia: garbage\r\nCSeq: x\r\n\r\n"), // oSIP refuses it
            QByteArrayLiteral("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;bran"), // truncated
            QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"),
            QByteArray(65000, 'x'), // as large as a datagram gets
        };
        constexpr int Total = 100000;
        constexpr int Burst = 100; // within the socket's receive buffer: none lost in the kernel
        QElapsedTimer clock;
        clock.start();
        int sent = 0;
        while (sent < Total) {
            for (int i = 0; i < Burst; ++i, ++sent) {
                // One large datagram per thousand, the small kinds in turn otherwise.
                const QByteArray &d = sent % 1000 == 999 ? junk.at(4) : junk.at(sent % 4);
                QCOMPARE(junkPhone.writeDatagram(d, QHostAddress::LocalHost, pollerPort), qint64(d.size()));
            }
            QDeadlineTimer deadline(10000);
            while (control.sipStats().malformed < quint64(sent) && !deadline.hasExpired())
                QThread::usleep(200);
            QCOMPARE(control.sipStats().malformed, quint64(sent));
        }
        QUdpSocket stranger;
        QVERIFY(stranger.bind(QHostAddress(QStringLiteral("127.0.0.2")), 0));
        for (int i = 0; i < 1000; ++i)
            stranger.writeDatagram(junk.at(i % 4), QHostAddress::LocalHost, pollerPort);
        QTRY_COMPARE_WITH_TIMEOUT(control.sipStats().unsolicited, quint64(1000), 10000);
        const qint64 elapsed = clock.elapsed();
        QTest::qWait(200);

        const SipClient::Stats stats = control.sipStats();
        QCOMPARE(stats.malformed, quint64(Total)); // every one sent, none lost, none twice
        QCOMPARE(stats.unsolicited, quint64(1000));
        QCOMPARE(stats.responses, quint64(0));
        QCOMPARE(stats.stray, quint64(0));
        // One line for the flooding source (plus one summary per minute the flood lasted), none for
        // the stranger's junk (not parsed), none from oSIP.
        const auto lines = log.lines("phonedesk.sip");
        QVERIFY2(!lines.isEmpty() && lines.size() <= 1 + elapsed / 60000,
                 qPrintable(QString::number(lines.size())));
        for (const auto &line : lines) {
            QVERIFY2(line.text.contains(QLatin1String("127.0.0.1")), qPrintable(line.text));
            QVERIFY2(!line.text.contains(QLatin1String("127.0.0.2")), qPrintable(line.text));
        }
        QCOMPARE(log.count("phonedesk.sip.osip"), 0);
        // Junk is not an answer: the phone is still waiting for its first one.
        QCOMPARE(m_db.storage->status().get(id)->status, PhoneStatus::Unknown);
        control.stopPolling();
    }

    void spoofedAnswersDoNotChangeStatus()
    {
        // A correct-looking answer (right branch, Call-ID, CSeq) from anywhere but the probed
        // phone's address and port is dropped unread; the phone's own answer counts.
        m_fleet.stop();
        QUdpSocket phone;
        QVERIFY(phone.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress));
        const Id id =
            addPhone(QStringLiteral("Probed"), QStringLiteral("127.0.0.1:%1").arg(phone.localPort()));
        QVERIFY(id);
        DeviceControl control(m_db.storage.get(), patientConfig());
        QVERIFY(control.startPolling().ok());
        const auto probe = nextRequest(phone);
        QVERIFY(probe);
        const auto request = SipMessage::parse(probe->data());
        QVERIFY(request);
        const QByteArray answer = SipWire::buildResponse(*request, 200, "OK", "spoof");

        QUdpSocket otherAddress;
        QVERIFY(otherAddress.bind(QHostAddress(QStringLiteral("127.0.0.2")), phone.localPort(),
                                  QAbstractSocket::DontShareAddress));
        QUdpSocket otherPort;
        QVERIFY(otherPort.bind(QHostAddress::LocalHost, 0));
        for (QUdpSocket *s : {&otherAddress, &otherPort})
            s->writeDatagram(answer, probe->senderAddress(), quint16(probe->senderPort()));
        QTest::qWait(1500); // several batch intervals: a result would have been written
        auto rows = m_db.storage->phones().list();
        QVERIFY(rows);
        for (const PhoneRow &row : std::as_const(*rows)) {
            if (row.category == PhoneCategory::WebRtc || row.category == PhoneCategory::Remote)
                continue;
            QVERIFY2(m_db.storage->status().get(row.id)->status == PhoneStatus::Unknown,
                     qPrintable(row.name));
        }
        SipClient::Stats stats = control.sipStats();
        QCOMPARE(stats.unsolicited, quint64(2));
        QCOMPARE(stats.responses, quint64(0));
        QCOMPARE(stats.stray + stats.malformed, quint64(0)); // not even parsed

        phone.writeDatagram(answer, probe->senderAddress(), quint16(probe->senderPort()));
        // Seen: Degraded, as it answered after more than a second.
        QTRY_COMPARE_WITH_TIMEOUT(m_db.storage->status().get(id)->status, PhoneStatus::Degraded, 5000);
        QVERIFY(m_db.storage->status().get(id)->lastSeen.isValid());
        QCOMPARE(control.sipStats().responses, quint64(1));
        control.stopPolling();
    }

    void bindAddressSetting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("address"); // empty: refused
        QTest::newRow("unset") << QString() << QStringLiteral("0.0.0.0");
        QTest::newRow("any") << QStringLiteral("any") << QStringLiteral("0.0.0.0");
        QTest::newRow("star") << QStringLiteral("*") << QStringLiteral("0.0.0.0");
        QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << QStringLiteral("0.0.0.0");
        QTest::newRow("::") << QStringLiteral("::") << QStringLiteral("0.0.0.0");
        QTest::newRow("IPv4") << QStringLiteral(" 127.0.0.3 ") << QStringLiteral("127.0.0.3");
        QTest::newRow("IPv6") << QStringLiteral("::1") << QStringLiteral("::1");
        QTest::newRow("name") << QStringLiteral("sip.example.com") << QString();
        QTest::newRow("with port") << QStringLiteral("127.0.0.3:5060") << QString();
        QTest::newRow("multicast") << QStringLiteral("224.0.0.1") << QString();
        QTest::newRow("broadcast") << QStringLiteral("255.255.255.255") << QString();
    }

    void bindAddressSetting()
    {
        QFETCH(QString, value);
        QFETCH(QString, address);
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("phonedesk.conf")), QSettings::IniFormat);
        if (!value.isNull())
            ini.setValue(QStringLiteral("deviceControl/bindAddress"), value);
        const auto read = DeviceControlSettings::read(ini);
        if (address.isEmpty()) {
            QVERIFY(!read);
            QCOMPARE(read.error().code, Error::Code::Validation);
            QCOMPARE(read.error().fields.value(0).field, QStringLiteral("deviceControl/bindAddress"));
            QVERIFY2(read.error().message.contains(QLatin1String("deviceControl/bindAddress")) &&
                         read.error().message.contains(value.trimmed()),
                     qPrintable(read.error().message));
            return;
        }
        QVERIFY2(read, read ? "" : qPrintable(read.error().fullText()));
        DeviceControlConfig config;
        read->applyTo(config);
        QCOMPARE(config.sip.bindAddress, QHostAddress(address));
        QCOMPARE(read->bindsAllAddresses(), address == QLatin1String("0.0.0.0"));
        // Written back, it reads the same.
        read->write(ini);
        QCOMPARE(DeviceControlSettings::read(ini)->bindAddress, QHostAddress(address));
    }

    void pollerBindsToTheConfiguredAddress()
    {
        // As phonedesk-server and the console configure it: [deviceControl] bindAddress.
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("phonedesk.conf")), QSettings::IniFormat);
        ini.setValue(QStringLiteral("deviceControl/bindAddress"), QStringLiteral("127.0.0.3"));
        const auto settings = DeviceControlSettings::read(ini);
        QVERIFY(settings);
        DeviceControlConfig config = fastConfig();
        settings->applyTo(config);
        DeviceControl control(m_db.storage.get(), config);
        QSignalSpy swept(&control, &DeviceControl::sweepFinished);
        QVERIFY(control.startPolling().ok());
        const auto [address, port] = control.pollingSocket();
        QCOMPARE(address, QHostAddress(QStringLiteral("127.0.0.3")));
        QVERIFY(port != 0);
        // Not bound on the other addresses: the same port is free on 127.0.0.1 and the wildcard
        // address would conflict with it.
        {
            QUdpSocket elsewhere;
            QVERIFY2(elsewhere.bind(QHostAddress::LocalHost, port, QAbstractSocket::DontShareAddress),
                     qPrintable(elsewhere.errorString()));
            QUdpSocket wildcard;
            QVERIFY(!wildcard.bind(QHostAddress::AnyIPv4, port, QAbstractSocket::DontShareAddress));
        }
        // The fleet answers it from there: probes and answers use that address.
        QVERIFY(swept.wait(15000));
        const SweepStats stats = swept.first().at(0).value<SweepStats>();
        QCOMPARE(stats.online, 39);
        QCOMPARE(stats.offline, 1);
        // Commands use the same address.
        auto op = control.checkStatus({});
        QVERIFY(op);
        QCOMPARE(control.sipClient()->localAddress(), QHostAddress(QStringLiteral("127.0.0.3")));
        control.stopPolling();
    }
};

QTEST_GUILESS_MAIN(TestDeviceControl)
#include "tst_devicecontrol.moc"
