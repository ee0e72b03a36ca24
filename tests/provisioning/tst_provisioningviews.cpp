// The console's provisioning views: configuration preview (files for managed phones, registration
// data for unmanaged ones), the quarantine list with Claim, and the server settings page.

#include "configpreviewwidget.h"
#include "provisioningsettingswidget.h"
#include "provisioningtestenv.h"
#include "quarantineview.h"

#include <QApplication>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

class TestProvisioningViews final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewShowsTheExactFiles();
    void previewForUnmanagedShowsRegistrationData();
    void quarantineClaimCreatesThePhone();
    void settingsPageValidatesAndSaves();

private:
    TestDatabase m_db;
    TestFleet m_fleet;
};

void TestProvisioningViews::init()
{
    QString error;
    m_db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    QVERIFY2(m_fleet.create(*m_db.storage, &error), qPrintable(error));
}

void TestProvisioningViews::cleanup()
{
    m_db = TestDatabase();
}

void TestProvisioningViews::previewShowsTheExactFiles()
{
    ConfigPreviewWidget preview;
    preview.showPhone(*m_db.storage, m_fleet.polyId);
    QCOMPARE(preview.fileNames(),
             (QStringList {m_fleet.polyMac + QStringLiteral(".cfg"),
                           m_fleet.polyMac + QStringLiteral("-phonedesk.cfg")}));
    const QString params = preview.fileText(m_fleet.polyMac + QStringLiteral("-phonedesk.cfg"));
    QVERIFY(params.contains(QStringLiteral("reg.1.address=\"2001\"")));
    QVERIFY(params.contains(QStringLiteral("reg.1.server.2.address=\"sip2.example.net\"")));
    ConfigService service(*m_db.storage);
    const auto rendered = service.render(m_fleet.polyId).value();
    QVERIFY(rendered);
    // The credentials are masked until an administrator shows them; then it is the file itself.
    const RenderedText served = toText(rendered->files.at(1));
    QCOMPARE(params, maskSecrets(served.text, served.secrets, ConfigPreviewWidget::mask()));
    QVERIFY(!params.contains(m_db.storage->phones().deviceSecret(m_fleet.polyId).value()));
    QVERIFY(preview.mayShowSecrets());
    preview.setSecretsShown(true);
    QCOMPARE(preview.fileText(m_fleet.polyMac + QStringLiteral("-phonedesk.cfg")).toUtf8(),
             rendered->files.at(1).body);
}

void TestProvisioningViews::previewForUnmanagedShowsRegistrationData()
{
    Phone phone = m_db.storage->phones().get(m_fleet.polyId).value();
    BaseSettings bs;
    bs.name = QStringLiteral("Generic");
    bs.modelId = QStringLiteral("generic-sip");
    phone.baseSettingsId = m_db.storage->baseSettings().create(bs).value().id;
    phone.category = PhoneCategory::Unmanaged;
    QVERIFY(m_db.storage->phones().update(phone).ok());
    ConfigPreviewWidget preview;
    preview.showPhone(*m_db.storage, m_fleet.polyId);
    QCOMPARE(preview.fileNames().size(), 1);
    const QString text = preview.fileText(preview.fileNames().first());
    QVERIFY(text.contains(QStringLiteral("2001")));
    QVERIFY(text.contains(QStringLiteral("sip1.example.net:5061 (TLS)")));
}

void TestProvisioningViews::quarantineClaimCreatesThePhone()
{
    QuarantineRepository repo(*m_db.storage);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(
        repo.record({QuarantineEntry {QStringLiteral("0004f2000042"), now, now, QStringLiteral("192.0.2.7"),
                                      QString::fromLatin1(PolyUserAgent), QStringLiteral("poly-vvx-450"), 1}},
                    10)
            .value(),
        1);
    QuarantineView view(*m_db.storage);
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->index(0, QuarantineModel::Mac).data().toString(),
             QStringLiteral("00:04:F2:00:00:42"));
    const Id baseSettingsId = m_db.storage->phones().get(m_fleet.polyId).value().baseSettingsId;
    const Id id = view.claim(0, QStringLiteral("Claimed phone"), baseSettingsId, m_fleet.siteId);
    QVERIFY(id != 0);
    const Phone phone = m_db.storage->phones().get(id).value();
    QCOMPARE(phone.hardwareId, QStringLiteral("0004f2000042"));
    QCOMPARE(phone.category, PhoneCategory::Managed);
    QTRY_COMPARE(view.model()->rowCount(), 0);
    // Bounded: a full quarantine takes no new MACs.
    QCOMPARE(repo.record({QuarantineEntry {QStringLiteral("0004f2000043"), now, now, {}, {}, {}, 1},
                          QuarantineEntry {QStringLiteral("0004f2000044"), now, now, {}, {}, {}, 1}},
                         1)
                 .value(),
             1);
    QCOMPARE(repo.count().value(), 1);
}

void TestProvisioningViews::settingsPageValidatesAndSaves()
{
    TestPki pki;
    QString error;
    QVERIFY2(pki.create(&error), qPrintable(error));
    ProvisioningSettingsWidget page(*m_db.storage);
    QVERIFY(!page.settings().enabled); // off by default
    ProvisioningSettings s = page.settings();
    s.enabled = true;
    s.certificatePath = pki.path(QStringLiteral("missing.pem"));
    page.setSettings(s);
    QVERIFY(!page.save());
    QVERIFY(page.errorText().contains(QStringLiteral("missing.pem")));
    QVERIFY(!ProvisioningSettings::fromStorage(*m_db.storage).enabled); // nothing half-written

    s.certificatePath = pki.path(QStringLiteral("server.pem"));
    s.keyPath = pki.path(QStringLiteral("server.key"));
    s.deviceCaPath = pki.path(QStringLiteral("device-ca.pem"));
    s.port = 18999;
    page.setSettings(s);
    QVERIFY2(page.save(), qPrintable(page.errorText()));
    const ProvisioningSettings stored = ProvisioningSettings::fromStorage(*m_db.storage);
    QVERIFY(stored.enabled);
    QCOMPARE(stored.port, quint16(18999));
    QCOMPARE(stored.keyPath, s.keyPath);
    QCOMPARE(stored.clientCertificates, ClientCertificateMode::Optional);
}

QTEST_MAIN(TestProvisioningViews)
#include "tst_provisioningviews.moc"
