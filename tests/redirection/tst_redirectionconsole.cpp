// The console registering an embedded database's phones, as main() wires it (ConsoleSession): the
// settings from the user's settings and the keychain, the Phones tab's Redirection column and the
// phone editor following the worker, Manage → Redirection Services… testing a connection and
// handing new keys to the worker (never into the settings file), and a console that does no phone
// work (a Viewer's) sending nothing.

#include "basesettingsrepository.h"
#include "consolesession.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "managedsettings.h"
#include "messagebox.h"
#include "phoneeditor.h"
#include "phonerepository.h"
#include "phonetablemodel.h"
#include "processguard.h"
#include "redirectionconsolesettings.h"
#include "redirectioncontrol.h"
#include "redirectionrepository.h"
#include "redirectionsettingsdialog.h"
#include "redirectiontestenv.h"
#include "siterepository.h"
#include "statecolors.h"
#include "storage.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

class TestRedirectionConsole final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { PhoneDesk::ProcessGuard::install(); }

private slots:
    void initTestCase();
    void init();
    void consoleRegistersItsPhones();
    void newKeysFromTheSettingsPageReachTheWorker();
    void viewersConsoleSendsNothing();

private:
    // A database file with `count` Yealink phones at a site with a provisioning host.
    ConnectionSpec database(int count);
    void configure(const RedirectionServiceConfig &yealink);
    int row(MainWindow &window, const QString &mac) const;

    TestPki m_pki;
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestRedirectionConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PhoneDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_redirectionconsole"));
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
}

void TestRedirectionConsole::init()
{
    QSettings().clear();
    for (const QString &service : RedirectionServices::all()) {
        CredentialStore::forget(RedirectionConsoleSettings::keychainKey(service));
        CredentialStore::forget(RedirectionConsoleSettings::keychainKey(service, true));
    }
}

ConnectionSpec TestRedirectionConsole::database(int count)
{
    const ConnectionSpec spec =
        ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("console-%1.sqlite").arg(++m_files)));
    auto opened = Storage::open(spec);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().fullText()));
    Storage &s = **opened;
    s.setActor(QStringLiteral("tester"), Role::Administrator);
    Site site;
    site.name = QStringLiteral("Berlin");
    site.primarySip = {QStringLiteral("sip.example.com"), 5061, SipTransport::Tls};
    site.provisioningHost = QStringLiteral("prov.example.com");
    site = *s.sites().create(site);
    const Id t54 =
        s.baseSettings().create({0, QStringLiteral("T54W"), QStringLiteral("yealink-t54w"), {}, {}, 1})->id;
    QList<Phone> phones;
    for (int i = 1; i <= count; ++i) {
        Phone p;
        p.name = QStringLiteral("Desk %1").arg(i);
        p.baseSettingsId = t54;
        p.siteId = site.id;
        p.hardwareId = QStringLiteral("805ec0%1").arg(i, 6, 16, QLatin1Char('0'));
        phones.append(p);
    }
    if (!s.phones().saveMany(phones, {}, QStringLiteral("phone.create")))
        qFatal("the phones were not saved");
    return spec;
}

void TestRedirectionConsole::configure(const RedirectionServiceConfig &yealink)
{
    RedirectionConsoleSettings::Stored stored;
    stored.caCertificatesPath = m_pki.path(QStringLiteral("server-ca.pem"));
    stored.services = {yealink};
    QString warning;
    // Without a keychain (a build machine) the keys stay in memory for the session: enough here.
    RedirectionConsoleSettings::save(stored, &warning);
}

int TestRedirectionConsole::row(MainWindow &window, const QString &mac) const
{
    PhoneTableModel *model = window.phoneModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->phoneRow(r).hardwareId == mac)
            return r;
    }
    return -1;
}

void TestRedirectionConsole::consoleRegistersItsPhones()
{
    QString error;
    MockService yealink = startMock(m_pki, Flavour::YealinkRps, &error);
    QVERIFY2(yealink.server, qPrintable(error));
    configure(yealink.config);
    const ManagedSettings managed;
    ConsoleSession session(managed, {});
    QVERIFY(session.open(database(120)));
    QVERIFY(session.redirection());
    QVERIFY(waitFor([&] { return yealink.server->devices().size() == 120; }));
    QCOMPARE(yealink.server->requestsTo(QStringLiteral("/v2/rps/addDevicesByMac")).size(), 2);

    // The Phones tab follows: every phone Registered, the tooltip says what that means.
    MainWindow &window = *session.window();
    const QString mac = QStringLiteral("805ec0000007");
    QVERIFY(waitFor([&] {
        window.phoneModel()->flushPendingChanges();
        const int r = row(window, mac);
        return r >= 0 &&
            window.phoneModel()->index(r, PhoneTableModel::Redirection).data().toString() ==
            displayName(RedirectionState::Registered);
    }));
    const QModelIndex cell = window.phoneModel()->index(row(window, mac), PhoneTableModel::Redirection);
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("Yealink RPS sends this phone")),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
    QCOMPARE(window.phoneModel()->headerData(PhoneTableModel::Redirection, Qt::Horizontal).toString(),
             PhoneTableModel::tr("Redirection"));

    // A phone added in the console goes too, and its editor says so.
    Phone added = *session.storage()->phones().get(window.phoneModel()->phoneRow(0).id);
    added.id = 0;
    added.name = QStringLiteral("Reception");
    added.hardwareId = QStringLiteral("805ec0000999");
    added = *session.storage()->phones().create(added);
    QVERIFY(waitFor([&] { return yealink.server->devices().contains(QStringLiteral("805ec0000999")); }));
    QVERIFY(waitFor([&] {
        auto r = RedirectionRepository(*session.storage()).forPhone(added.id);
        return r && r->has_value() && (*r)->state == RedirectionState::Registered;
    }));
    PhoneEditor editor(*session.storage(), added.id);
    const QString summary = editor.findChild<QLabel *>(QStringLiteral("statusSummary"))->text();
    QVERIFY2(summary.contains(QLatin1String("Redirection: Yealink RPS sends this phone")),
             qPrintable(summary));

    // The settings page: the key from the keychain, a connection test against the service, the
    // counts; the settings file holds no key.
    auto dialog = window.createRedirectionSettingsDialog();
    auto *keyId = dialog->findChild<QLineEdit *>(QStringLiteral("yealinkKeyIdEdit"));
    QCOMPARE(keyId->text(), yealink.config.key);
    dialog->findChild<QPushButton *>(QStringLiteral("yealinkTestButton"))->click();
    auto *result = dialog->findChild<StateLabel *>(QStringLiteral("yealinkTestResult"));
    QVERIFY(waitFor([&] { return result->text().contains(QLatin1String("accepted")); }));
    QCOMPARE(result->state(), MessageState::Success);
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("yealinkStatus"));
    QVERIFY2(status->text().contains(QLatin1String("121 registered")), qPrintable(status->text()));
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("yealink-rps"));
    QVERIFY(!stored.contains(yealink.config.secret.toUtf8()));
    QVERIFY(!stored.contains(yealink.config.key.toUtf8()));
}

void TestRedirectionConsole::newKeysFromTheSettingsPageReachTheWorker()
{
    QString error;
    MockService yealink = startMock(m_pki, Flavour::YealinkRps, &error);
    QVERIFY2(yealink.server, qPrintable(error));
    RedirectionServiceConfig old = yealink.config;
    old.secret = QStringLiteral("a secret from last year");
    configure(old);
    const ManagedSettings managed;
    ConsoleSession session(managed, {});
    QVERIFY(session.open(database(5)));
    auto failed = [&] {
        auto all = RedirectionRepository(*session.storage()).all();
        return all && all->size() == 5 &&
            std::all_of(all->cbegin(), all->cend(), [](const RedirectionRecord &r) {
                   return r.reason == RedirectionReason::Unauthorized;
               });
    };
    QVERIFY(waitFor(failed));
    QVERIFY(yealink.server->devices().isEmpty());

    auto dialog = session.window()->createRedirectionSettingsDialog();
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("yealinkSecretEdit"));
    QCOMPARE(secret->text(), old.secret);
    secret->setText(yealink.config.secret);
    // Without a keychain (a build machine) saving says the keys are kept for this session only.
    const QString probe = QStringLiteral("phonedesk-redirection-test:probe");
    QString probeError;
    const bool keychain = CredentialStore::store(probe, QStringLiteral("x"), &probeError);
    CredentialStore::forget(probe);
    if (!keychain)
        MessageBox::queueAnswer(QMessageBox::Ok);
    (void)MessageBox::takeShownTexts();
    QVERIFY(static_cast<RedirectionSettingsDialog *>(dialog.get())->save());
    const QStringList shown = MessageBox::takeShownTexts();
    QCOMPARE(shown.size(), keychain ? 0 : 1);
    if (!keychain)
        QVERIFY2(shown.first().contains(QLatin1String("this session only")), qPrintable(shown.first()));
    QVERIFY(!MessageBox::hasQueuedAnswers());
    QVERIFY(waitFor([&] { return yealink.server->devices().size() == 5; }));
    QString kept;
    QVERIFY(CredentialStore::load(
        RedirectionConsoleSettings::keychainKey(QString::fromLatin1(YealinkRpsServiceId), true), &kept,
        &error));
    QCOMPARE(kept, yealink.config.secret);
    // An address that is not https is refused, naming the field.
    dialog->findChild<QLineEdit *>(QStringLiteral("yealinkUrlEdit"))
        ->setText(QStringLiteral("http://ymcs.example.com"));
    const auto refused = static_cast<RedirectionSettingsDialog *>(dialog.get())->servicesFromFields();
    QVERIFY(!refused);
    QVERIFY2(refused.error().fullText().contains(QLatin1String("Yealink address")),
             qPrintable(refused.error().fullText()));
}

void TestRedirectionConsole::viewersConsoleSendsNothing()
{
    QString error;
    MockService yealink = startMock(m_pki, Flavour::YealinkRps, &error);
    QVERIFY2(yealink.server, qPrintable(error));
    configure(yealink.config);
    const ManagedSettings managed;
    ConsoleSession::Options options;
    options.role = Role::Viewer;
    ConsoleSession session(managed, options);
    QVERIFY(session.open(database(3)));
    QVERIFY(!session.redirection());
    QTest::qWait(500);
    QVERIFY(yealink.server->requests().isEmpty());
    auto dialog = session.window()->createRedirectionSettingsDialog();
    auto *notice = dialog->findChild<QLabel *>(QStringLiteral("noticeLabel"));
    QVERIFY(notice->isVisibleTo(dialog.get()));
    QVERIFY2(notice->text().contains(QLatin1String("registers no phones")), qPrintable(notice->text()));
    // A Viewer sees neither key nor secret.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("yealinkSecretEdit"))->text(), QString());
}

QTEST_MAIN(TestRedirectionConsole)
#include "tst_redirectionconsole.moc"
