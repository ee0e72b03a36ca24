// The console's provisioning views: configuration preview (files for managed phones, registration
// data for unmanaged ones), the quarantine list with Claim and its drop count, and the server
// settings page with its warning while phones are served without authentication.

#include "configpreviewwidget.h"
#include "provisioningsettingswidget.h"
#include "provisioningtestenv.h"
#include "quarantineview.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
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
    void quarantineViewCountsDroppedEntries();
    void settingsPageValidatesAndSaves();
    void settingsPageWarnsOfUnauthenticatedServing();

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
    // Bounded: in a full quarantine the newest MAC takes the place of the oldest.
    QCOMPARE(
        repo.record({QuarantineEntry {QStringLiteral("0004f2000043"), now, now, {}, {}, {}, 1},
                     QuarantineEntry {QStringLiteral("0004f2000044"), now, now.addSecs(1), {}, {}, {}, 1}},
                    1)
            .value(),
        2);
    QCOMPARE(repo.count().value(), 1);
    QCOMPARE(repo.list().value().first().mac, QStringLiteral("0004f2000044"));
}

void TestProvisioningViews::quarantineViewCountsDroppedEntries()
{
    QuarantineView view(*m_db.storage);
    auto *drops = view.findChild<QLabel *>(QStringLiteral("quarantineDrops"));
    QVERIFY(drops);
    QVERIFY(!drops->isVisibleTo(&view)); // nothing dropped yet
    // Three MACs for a quarantine of one: two give way.
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QList<QuarantineEntry> sightings;
    for (int i = 0; i < 3; ++i)
        sightings.append({QStringLiteral("0004f200010%1").arg(i),
                          t0,
                          t0.addSecs(i),
                          QStringLiteral("192.0.2.9"),
                          {},
                          {},
                          1});
    QuarantineRepository repo(*m_db.storage);
    QCOMPARE(repo.record(sightings, 1).value(), 3);
    QCOMPARE(m_db.storage->setting(QStringLiteral("provisioning.quarantineDropped")).value(),
             QStringLiteral("2"));
    const QDateTime last = QDateTime::fromString(
        m_db.storage->setting(QStringLiteral("provisioning.quarantineLastDrop")).value(), Qt::ISODateWithMs);
    QVERIFY(last.isValid());
    QTRY_VERIFY(drops->isVisibleTo(&view)); // the change feed refreshes the view
    QCOMPARE(drops->text(),
             QStringLiteral("2 unknown device(s) dropped from the quarantine to make room for newer "
                            "ones, the last on %1. The server's log names the addresses they came "
                            "from.")
                 .arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat)));
    QCOMPARE(view.model()->rowCount(), 1);
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

void TestProvisioningViews::settingsPageWarnsOfUnauthenticatedServing()
{
    const QString warning = QStringLiteral(
        "allowUnauthenticated is on: anyone who can reach the provisioning server and names a known phone's "
        "MAC address with its vendor's User-Agent is served that phone's configuration, including its SIP "
        "passwords and local admin password. Use it in an isolated lab only.");
    ProvisioningSettingsWidget page(*m_db.storage);
    auto *banner = page.findChild<QLabel *>(QStringLiteral("provisioningUnauthenticatedWarning"));
    auto *box = page.findChild<QCheckBox *>(QStringLiteral("provisioningAllowUnauthenticated"));
    QVERIFY(banner);
    QVERIFY(box);
    QVERIFY(!banner->isVisibleTo(&page)); // off by default: no banner
    QVERIFY(!box->isChecked());

    // On in the stored settings (as a script or another console may have left it): shown at once.
    ProvisioningSettings s = page.settings();
    s.allowUnauthenticated = true;
    page.setSettings(s);
    QVERIFY(box->isChecked());
    QVERIFY(banner->isVisibleTo(&page));
    QCOMPARE(banner->text(), warning);
    // Red, and derived from the palette: dark red on a light theme, light red on a dark one.
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::WindowText, QColor(235, 235, 235));
    for (const QPalette &palette : {light, dark}) {
        page.setPalette(palette);
        const QColor text = banner->palette().color(QPalette::WindowText);
        const QColor background = banner->palette().color(QPalette::Window);
        const int hue = text.hslHue();
        QVERIFY2((hue <= 10 || hue >= 350) && text.hslSaturation() > 150 && text.red() > text.green() + 80,
                 qPrintable(text.name()));
        const bool darkTheme = palette.color(QPalette::Window).lightness() < 128;
        QVERIFY2(darkTheme ? text.lightness() > background.lightness() + 60
                           : text.lightness() + 60 < background.lightness(),
                 qPrintable(text.name() + u' ' + background.name()));
    }

    // Ticked off: gone, and saved so.
    box->setChecked(false);
    QVERIFY(!banner->isVisibleTo(&page));
    QVERIFY(page.save());
    QVERIFY(!ProvisioningSettings::fromStorage(*m_db.storage).allowUnauthenticated);
    box->setChecked(true);
    QVERIFY(banner->isVisibleTo(&page));
    QVERIFY(page.save());
    QVERIFY(ProvisioningSettings::fromStorage(*m_db.storage).allowUnauthenticated);
}

QTEST_MAIN(TestProvisioningViews)
#include "tst_provisioningviews.moc"
