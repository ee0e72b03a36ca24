// Managed configuration through the Linux system path (its location overridden with
// PHONEDESK_MANAGED_SETTINGS): a locked database URL is used and shown locked, a user's own
// setting does not override it, the role ceiling holds, the provisioning server stays off, and the
// extra CA certificates are trusted by real TLS clients (Qt's for the phones' REST API, libpq's for
// PostgreSQL). The console executable is started for what only main() decides.
#include "../provisioning/provisioningtestenv.h"
#include "connectiondialog.h"
#include "guitest.h"
#include "managedsettings.h"
#include "polyrestclient.h"
#include "provisioning/provisioningsettingswidget.h"
#include "provisioningcontroller.h"
#include "provisioningsettings.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <atomic>

using namespace PhoneDesk;
using namespace PhoneDesk::Test;

namespace {

// Writes the managed settings file and points PHONEDESK_MANAGED_SETTINGS at it.
class ManagedFile
{
public:
    explicit ManagedFile(const QByteArray &ini)
    {
        m_path = m_dir.filePath(QStringLiteral("PhoneDesk.conf"));
        QFile f(m_path);
        if (f.open(QIODevice::WriteOnly))
            f.write("[General]\n" + ini);
        qputenv(ManagedSettings::OverrideVariable, m_path.toUtf8());
    }
    ~ManagedFile() { qunsetenv(ManagedSettings::OverrideVariable); }
    QString path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// A loopback HTTPS server answering every request like a Poly phone's REST API.
class RestServer final : public QTcpServer
{
public:
    RestServer(const QString &certificate, const QString &key)
    {
        QFile c(certificate), k(key);
        if (c.open(QIODevice::ReadOnly) && k.open(QIODevice::ReadOnly)) {
            m_certificate = QSslCertificate(c.readAll(), QSsl::Pem);
            m_key = QSslKey(k.readAll(), QSsl::Ec, QSsl::Pem);
        }
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        connect(socket, &QSslSocket::readyRead, socket, [socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            const QByteArray body = R"({"Status":"2000","data":{"ModelNumber":"VVX 450"}})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

// Speaks PostgreSQL's start of a TLS session on loopback in its own thread (libpq connects
// synchronously): answers the SSLRequest with 'S', completes the handshake with the given
// certificate, then refuses the startup packet with an ErrorResponse whose text shows that libpq
// got that far, i.e. that it verified the certificate.
class FakePostgres final : public QThread
{
public:
    FakePostgres(const QString &certificate, const QString &key)
        : m_certificate(certificate)
        , m_key(key)
    { }
    quint16 port() const { return m_port.load(); }
    static constexpr const char *Marker = "phonedesk fake postgres reached over TLS";

protected:
    void run() override
    {
        // Keeps each accepted descriptor to itself, so TLS can start on it after the plain 'S'.
        class Listener final : public QTcpServer
        {
        public:
            QList<qintptr> accepted;

        protected:
            void incomingConnection(qintptr descriptor) override { accepted << descriptor; }
        };
        Listener server;
        if (!server.listen(QHostAddress::LocalHost)) {
            m_port = 1;
            return;
        }
        QFile c(m_certificate), k(m_key);
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
            return;
        const QSslCertificate certificate(c.readAll(), QSsl::Pem);
        const QSslKey key(k.readAll(), QSsl::Ec, QSsl::Pem);
        m_port = server.serverPort();
        QDeadlineTimer deadline(30000);
        while (!isInterruptionRequested() && !deadline.hasExpired()) {
            server.waitForNewConnection(50);
            if (server.accepted.isEmpty())
                continue;
            QSslSocket socket;
            socket.setSocketDescriptor(server.accepted.takeFirst());
            while (socket.bytesAvailable() < 8 && socket.waitForReadyRead(2000)) { }
            const QByteArray request = socket.read(8);
            if (request.size() != 8 || qFromBigEndian<quint32>(request.constData() + 4) != 80877103u)
                continue;
            socket.write("S");
            socket.flush();
            socket.setLocalCertificate(certificate);
            socket.setPrivateKey(key);
            socket.startServerEncryption();
            if (!socket.waitForEncrypted(5000))
                continue; // libpq did not trust the certificate and closed
            socket.waitForReadyRead(5000); // the startup packet
            QByteArray fields =
                QByteArrayLiteral("SFATAL") + '\0' + "C28000" + '\0' + QByteArray("M") + Marker + '\0' + '\0';
            QByteArray reply(1, 'E');
            char length[4];
            qToBigEndian<quint32>(quint32(fields.size() + 4), length);
            reply += QByteArray(length, 4) + fields;
            socket.write(reply);
            socket.flush();
            socket.waitForBytesWritten(2000);
            socket.disconnectFromHost();
        }
    }

private:
    QString m_certificate;
    QString m_key;
    std::atomic<quint16> m_port {0};
};

QString consoleBinary()
{
    return QStringLiteral(PHONEDESK_CONSOLE_BINARY);
}

} // namespace

class TestManagedSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void readsEveryKey();
    void badValuesNameTheirKey_data();
    void badValuesNameTheirKey();
    void nothingManaged();
    void lockedDatabaseWinsOverUserSetting();
    void unlockedDatabaseIsOnlyTheDefault();
    void connectionDialogShowsLock();
    void firstStartSignsIn();
    void tlsParametersRoundTrip();
    void standbyHostsSurviveTheDialog();
    void roleCeiling_data();
    void roleCeiling();
    void provisioningServerNotAllowed();
    void consoleRefusesRoleAboveCeiling();
    void consoleRefusesOtherDatabase();
    void consoleOpensLockedDatabase();
    void caCertificatesForRestApi();
    void caCertificatesForPostgres();

private:
    QTemporaryDir m_home;
    std::unique_ptr<TestPki> m_pki;
};

void TestManagedSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PhoneDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_managedsettings"));
    QVERIFY(m_home.isValid());
}

void TestManagedSettings::init()
{
    QSettings().clear();
    qunsetenv(ManagedSettings::OverrideVariable);
}

void TestManagedSettings::readsEveryKey()
{
    QTemporaryDir dir;
    const QString ca = dir.filePath(QStringLiteral("ca.pem"));
    QString error;
    TestPki pki;
    QVERIFY2(pki.create(&error), qPrintable(error));
    QVERIFY(QFile::copy(pki.path(QStringLiteral("server-ca.pem")), ca));
    ManagedFile file("DatabaseUrl=postgresql://helpdesk@db.example.org:5433/phonedesk?sslmode=verify-full\n"
                     "DatabaseUrlLocked=true\n"
                     "MaximumRole=operator\n"
                     "AllowProvisioningServer=false\n"
                     "CaCertificates=" +
                     ca.toUtf8() + "\n");
    QCOMPARE(ManagedSettings::location(), file.path());
    const ManagedSettings m = ManagedSettings::load();
    QVERIFY2(m.problems().isEmpty(), qPrintable(m.problems().join(u'\n')));
    QVERIFY(!m.isEmpty());
    QVERIFY(m.database().has_value());
    QCOMPARE(m.database()->host, QStringLiteral("db.example.org"));
    QCOMPARE(m.database()->port, 5433);
    QCOMPARE(m.database()->user, QStringLiteral("helpdesk"));
    QCOMPARE(m.database()->sslMode, QStringLiteral("verify-full"));
    QVERIFY(m.isDatabaseLocked());
    QCOMPARE(m.maximumRole(), std::optional<Role>(Role::Operator));
    QVERIFY(!m.provisioningServerAllowed());
    QCOMPARE(m.caCertificateFiles(), QStringList {ca});
    QCOMPARE(m.caCertificates().size(), 1);
}

void TestManagedSettings::badValuesNameTheirKey_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown role") << QByteArray("MaximumRole=superuser\n") << "MaximumRole"
                                  << "limited to Viewer";
    QTest::newRow("bad url") << QByteArray("DatabaseUrl=mysql://db/x\n") << "DatabaseUrl"
                             << "not a database address";
    QTest::newRow("password in url") << QByteArray("DatabaseUrl=postgresql://u:secret@db.example.org/pd\n")
                                     << "DatabaseUrl"
                                     << "password, which is ignored";
    QTest::newRow("bad sslmode") << QByteArray("DatabaseUrl=postgresql://db.example.org/pd?sslmode=maybe\n")
                                 << "DatabaseUrl"
                                 << "sslmode=maybe";
    QTest::newRow("bad lock") << QByteArray("DatabaseUrl=sqlite:/x.sqlite\nDatabaseUrlLocked=perhaps\n")
                              << "DatabaseUrlLocked"
                              << "stays locked";
    QTest::newRow("bad allow") << QByteArray("AllowProvisioningServer=sometimes\n")
                               << "AllowProvisioningServer"
                               << "stays off";
    QTest::newRow("missing ca") << QByteArray("CaCertificates=/nonexistent/ca.pem\n") << "CaCertificates"
                                << "cannot be read";
}

void TestManagedSettings::badValuesNameTheirKey()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, key);
    QFETCH(QString, text);
    ManagedFile file(ini);
    const ManagedSettings m = ManagedSettings::load();
    QCOMPARE(m.problems().size(), 1);
    const QString problem = m.problems().constFirst();
    QVERIFY2(problem.startsWith(key + QStringLiteral(" in ")), qPrintable(problem));
    QVERIFY2(problem.contains(file.path()), qPrintable(problem));
    QVERIFY2(problem.contains(text), qPrintable(problem));
    // The safe reading of each bad value.
    if (key == QLatin1String("MaximumRole"))
        QCOMPARE(m.clampRole(Role::Administrator), Role::Viewer);
    if (key == QLatin1String("DatabaseUrlLocked"))
        QVERIFY(m.isDatabaseLocked());
    if (key == QLatin1String("AllowProvisioningServer"))
        QVERIFY(!m.provisioningServerAllowed());
    if (qstrcmp(QTest::currentDataTag(), "password in url") == 0) {
        QVERIFY(m.database().has_value());
        QVERIFY(m.database()->password.isEmpty());
    }
}

void TestManagedSettings::nothingManaged()
{
    qputenv(ManagedSettings::OverrideVariable, m_home.filePath(QStringLiteral("absent.conf")).toUtf8());
    const ManagedSettings m = ManagedSettings::load();
    qunsetenv(ManagedSettings::OverrideVariable);
    QVERIFY(m.isEmpty());
    QVERIFY(m.problems().isEmpty());
    QCOMPARE(m.clampRole(Role::Administrator), Role::Administrator);
    QVERIFY(m.provisioningServerAllowed());
    const ConnectionSpec mine = ConnectionSpec::sqlite(m_home.filePath(QStringLiteral("mine.sqlite")));
    auto chosen = m.startupConnection(std::nullopt, mine);
    QVERIFY(chosen);
    QCOMPARE(chosen->sqlitePath, mine.sqlitePath);
}

void TestManagedSettings::lockedDatabaseWinsOverUserSetting()
{
    ManagedFile file("DatabaseUrl=postgresql://db.example.org:5432/phonedesk\n");
    // The user's own choice, saved by the console's Connect dialog before the policy arrived.
    ConnectionDialog::saveConnection(ConnectionSpec::sqlite(m_home.filePath(QStringLiteral("mine.sqlite"))));
    const ManagedSettings m = ManagedSettings::load();
    QVERIFY(m.isDatabaseLocked());
    auto chosen = m.startupConnection(std::nullopt, ConnectionDialog::savedConnection());
    QVERIFY(chosen);
    QCOMPARE(chosen->kind, ConnectionSpec::Kind::Postgres);
    QCOMPARE(chosen->host, QStringLiteral("db.example.org"));
    QCOMPARE(chosen->database, QStringLiteral("phonedesk"));

    // Signed in once as "alice": the URL names no user, so hers is kept.
    ConnectionDialog::saveConnection(ConnectionSpec::postgres(
        QStringLiteral("db.example.org"), 5432, QStringLiteral("phonedesk"), QStringLiteral("alice"), {}));
    chosen = m.startupConnection(std::nullopt, ConnectionDialog::savedConnection());
    QVERIFY(chosen);
    QCOMPARE(chosen->user, QStringLiteral("alice"));

    // --database may name the managed database, and nothing else.
    ConnectionSpec other;
    QVERIFY(ConnectionSpec::fromUrl(QStringLiteral("postgresql://bob@db2.example.org/phonedesk"), other));
    auto refused = m.startupConnection(other, std::nullopt);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("--database")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QLatin1String("db.example.org")));
    ConnectionSpec same;
    QVERIFY(ConnectionSpec::fromUrl(QStringLiteral("postgresql://bob@DB.example.org/phonedesk"), same));
    QVERIFY(m.startupConnection(same, std::nullopt));
}

void TestManagedSettings::unlockedDatabaseIsOnlyTheDefault()
{
    ManagedFile file("DatabaseUrl=postgresql://db.example.org/phonedesk\nDatabaseUrlLocked=false\n");
    const ManagedSettings m = ManagedSettings::load();
    QVERIFY(!m.isDatabaseLocked());
    auto first = m.startupConnection(std::nullopt, std::nullopt);
    QVERIFY(first);
    QCOMPARE(first->host, QStringLiteral("db.example.org")); // a new install starts on the team database
    const ConnectionSpec mine = ConnectionSpec::sqlite(m_home.filePath(QStringLiteral("mine.sqlite")));
    auto later = m.startupConnection(std::nullopt, mine);
    QVERIFY(later);
    QCOMPARE(later->kind, ConnectionSpec::Kind::Sqlite); // the user's own choice stands
    QVERIFY(m.startupConnection(mine, std::nullopt));
}

void TestManagedSettings::connectionDialogShowsLock()
{
    const ConnectionSpec mine = ConnectionSpec::sqlite(m_home.filePath(QStringLiteral("mine.sqlite")));
    {
        ConnectionDialog free(mine);
        QVERIFY(!free.isLocked());
        QVERIFY(free.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->isEnabled());
        QVERIFY(free.findChild<QLabel *>(QStringLiteral("managedLabel"))->isHidden());
    }
    ManagedFile file("DatabaseUrl=postgresql://db.example.org:5433/phonedesk?sslmode=verify-full\n");
    ConnectionDialog dialog(mine);
    dialog.show();
    QVERIFY(dialog.isLocked());
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("managedLabel"));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("Managed by your organisation")),
             qPrintable(label->text()));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"));
    auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"));
    auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"));
    auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"));
    for (QWidget *w : std::initializer_list<QWidget *> {kind, host, port, database}) {
        QVERIFY2(!w->isEnabled(), qPrintable(w->objectName()));
        QCOMPARE(w->toolTip(), ManagedSettings::managedText());
    }
    QVERIFY(user->isEnabled()); // the URL names no user: each person signs in as themselves
    QCOMPARE(host->text(), QStringLiteral("db.example.org"));
    user->setText(QStringLiteral("alice"));
    const ConnectionSpec s = dialog.spec();
    QCOMPARE(s.kind, ConnectionSpec::Kind::Postgres);
    QCOMPARE(s.host, QStringLiteral("db.example.org"));
    QCOMPARE(s.port, 5433);
    QCOMPARE(s.sslMode, QStringLiteral("verify-full"));
    QCOMPARE(ConnectionDialog::toUrl(s),
             QStringLiteral("postgresql://alice@db.example.org:5433/phonedesk?sslmode=verify-full"));
}

void TestManagedSettings::firstStartSignsIn()
{
    ManagedFile file("DatabaseUrl=postgresql://db.example.org:5432/phonedesk\n");
    const ManagedSettings m = ManagedSettings::load();
    auto chosen = m.startupConnection(std::nullopt, std::nullopt);
    QVERIFY(chosen);
    ConnectionSpec spec = *chosen;
    QVERIFY(m.needsSignIn(spec, std::nullopt)); // a new install
    // A personal database saved before the policy came: the team database still needs a sign-in.
    QVERIFY(m.needsSignIn(spec, ConnectionSpec::sqlite(m_home.filePath(QStringLiteral("mine.sqlite")))));
    ConnectionSpec signedInBefore = spec;
    signedInBefore.user = QStringLiteral("alice");
    QVERIFY(!m.needsSignIn(spec, signedInBefore)); // the keychain has (or had) the password
    ConnectionSpec withPassword = spec;
    withPassword.password = QStringLiteral("from PGPASSWORD");
    QVERIFY(!m.needsSignIn(withPassword, std::nullopt));
    QVERIFY(!ManagedSettings().needsSignIn(spec, std::nullopt)); // nothing managed: no sign-in

    // The sign-in itself: the locked dialog, and what was typed is what connects.
    spec.user = QStringLiteral("alice");
    QString title;
    bool hostLocked = false;
    Test::onModal<ConnectionDialog>(QStringLiteral("connectionDialog"), [&](ConnectionDialog *d) {
        title = d->windowTitle();
        hostLocked = !d->findChild<QLineEdit *>(QStringLiteral("hostEdit"))->isEnabled();
        d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("s3cret"));
        d->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
        d->accept();
    });
    QVERIFY(ConnectionDialog::signIn(spec));
    QCOMPARE(title, QStringLiteral("Sign In to the Team Database"));
    QVERIFY(hostLocked);
    QCOMPARE(spec.host, QStringLiteral("db.example.org"));
    QCOMPARE(spec.user, QStringLiteral("alice"));
    QCOMPARE(spec.password, QStringLiteral("s3cret"));
    // Next start: signed in to the managed database, so straight to it.
    QVERIFY(!m.needsSignIn(*m.startupConnection(std::nullopt, ConnectionDialog::savedConnection()),
                           ConnectionDialog::savedConnection()));
}

void TestManagedSettings::standbyHostsSurviveTheDialog()
{
    // The form edits the first server; a standby and target_session_attrs from the URL stay.
    ConnectionSpec spec;
    QString error;
    QVERIFY2(
        ConnectionSpec::fromUrl(QStringLiteral("postgresql://alice@db1.example.org:5432,db2.example.org:5433/"
                                               "phonedesk?target_session_attrs=read-write"),
                                spec, &error),
        qPrintable(error));
    ConnectionDialog dialog(spec);
    const ConnectionSpec back = dialog.spec();
    QCOMPARE(back.hostList(), QStringLiteral("db1.example.org,db2.example.org"));
    QCOMPARE(back.portList(), QStringLiteral("5432,5433"));
    QCOMPARE(back.targetSessionAttrs, QStringLiteral("read-write"));
    QCOMPARE(ConnectionDialog::toUrl(back), spec.toUrl());
}

void TestManagedSettings::tlsParametersRoundTrip()
{
    // The saved connection keeps the TLS parameters, also a root certificate path with a space.
    ConnectionSpec spec = ConnectionSpec::postgres(QStringLiteral("db.example.org"), 5432,
                                                   QStringLiteral("phonedesk"), QStringLiteral("alice"), {});
    spec.sslMode = QStringLiteral("verify-ca");
    spec.sslRootCertificate = QStringLiteral("/etc/ssl/team roots/ca&1.pem");
    const QString url = ConnectionDialog::toUrl(spec);
    ConnectionSpec back;
    QString error;
    QVERIFY2(ConnectionSpec::fromUrl(url, back, &error), qPrintable(url + u' ' + error));
    QCOMPARE(back.sslMode, spec.sslMode);
    QCOMPARE(back.sslRootCertificate, spec.sslRootCertificate);
    QCOMPARE(back.user, spec.user);
    // Anything else in the query is refused by name rather than ignored.
    QVERIFY(
        !ConnectionSpec::fromUrl(QStringLiteral("postgresql://db.example.org/pd?sslcert=/x"), back, &error));
    QVERIFY2(error.contains(QLatin1String("sslcert")), qPrintable(error));
}

void TestManagedSettings::roleCeiling_data()
{
    QTest::addColumn<QString>("ceiling");
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("operator caps administrator")
        << "operator" << int(Role::Administrator) << int(Role::Operator) << false;
    QTest::newRow("operator caps editor") << "operator" << int(Role::Editor) << int(Role::Operator) << false;
    QTest::newRow("operator keeps operator")
        << "operator" << int(Role::Operator) << int(Role::Operator) << true;
    QTest::newRow("operator keeps viewer") << "operator" << int(Role::Viewer) << int(Role::Viewer) << true;
    QTest::newRow("viewer caps operator") << "viewer" << int(Role::Operator) << int(Role::Viewer) << false;
    QTest::newRow("administrator caps nothing")
        << "administrator" << int(Role::Administrator) << int(Role::Administrator) << true;
}

void TestManagedSettings::roleCeiling()
{
    QFETCH(QString, ceiling);
    QFETCH(int, requested);
    QFETCH(int, expected);
    QFETCH(bool, allowed);
    ManagedFile file("MaximumRole=" + ceiling.toUtf8() + "\n");
    const ManagedSettings m = ManagedSettings::load();
    QCOMPARE(m.clampRole(Role(requested)), Role(expected));
    auto checked = m.checkRequestedRole(Role(requested));
    QCOMPARE(bool(checked), allowed);
    if (!allowed) {
        QCOMPARE(checked.error().code, Error::Code::Permission);
        QVERIFY2(checked.error().message.contains(ceiling), qPrintable(checked.error().message));
        QVERIFY(checked.error().message.contains(QLatin1String("--role")));
    }
}

void TestManagedSettings::provisioningServerNotAllowed()
{
    QString error;
    TestDatabase db = createDatabase(Backend::Sqlite, &error);
    QVERIFY2(db.storage, qPrintable(error));
    db.storage->setActor(QStringLiteral("admin"), Role::Administrator);
    // Another console (no policy there) enabled the shared setting, on a free loopback port.
    TestPki pki;
    QVERIFY2(pki.create(&error), qPrintable(error));
    ProvisioningSettings s = ProvisioningSettings::fromStorage(*db.storage);
    s.enabled = true;
    s.address = QHostAddress::LocalHost;
    {
        QTcpServer holder; // a free loopback port
        QVERIFY(holder.listen(QHostAddress::LocalHost));
        s.port = holder.serverPort();
    }
    s.certificatePath = pki.path(QStringLiteral("server.pem"));
    s.keyPath = pki.path(QStringLiteral("server.key"));
    s.deviceCaPath = pki.path(QStringLiteral("device-ca.pem"));
    QVERIFY(s.saveTo(*db.storage));
    {
        ProvisioningController free(*db.storage);
        QVERIFY2(free.apply(), qPrintable(free.lastError()));
        QVERIFY(free.isRunning());
    }

    ManagedFile file("AllowProvisioningServer=false\n");
    ProvisioningController controller(*db.storage);
    auto applied = controller.apply();
    QVERIFY(!applied);
    QVERIFY(!controller.isRunning());
    QVERIFY2(controller.lastError().contains(ManagedSettings::managedText()),
             qPrintable(controller.lastError()));

    ProvisioningSettingsWidget widget(*db.storage);
    auto *enabled = widget.findChild<QCheckBox *>(QStringLiteral("provisioningEnabled"));
    QVERIFY(!enabled->isEnabled());
    QVERIFY(!enabled->isChecked());
    QVERIFY2(enabled->text().contains(ManagedSettings::managedText()), qPrintable(enabled->text()));
    // Saving other fields here keeps the shared on/off as the other console left it.
    QVERIFY2(widget.save(), qPrintable(widget.errorText()));
    QVERIFY(ProvisioningSettings::fromStorage(*db.storage).enabled);
}

void TestManagedSettings::consoleRefusesRoleAboveCeiling()
{
    ManagedFile file("MaximumRole=operator\n");
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    console.setProcessEnvironment(env);
    console.start(consoleBinary(),
                  {QStringLiteral("--role"), QStringLiteral("administrator"), QStringLiteral("--database"),
                   QStringLiteral("sqlite:") + m_home.filePath(QStringLiteral("never.sqlite"))});
    QVERIFY2(console.waitForFinished(60000), "the console did not exit");
    const QString err = QString::fromUtf8(console.readAllStandardError());
    QCOMPARE(console.exitCode(), 2);
    QVERIFY2(err.contains(QLatin1String("at most the role operator")), qPrintable(err));
    QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("never.sqlite"))));
}

void TestManagedSettings::consoleRefusesOtherDatabase()
{
    ManagedFile file("DatabaseUrl=sqlite:" + m_home.filePath(QStringLiteral("team.sqlite")).toUtf8() + "\n");
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    console.setProcessEnvironment(env);
    console.start(consoleBinary(),
                  {QStringLiteral("--database"),
                   QStringLiteral("sqlite:") + m_home.filePath(QStringLiteral("other.sqlite"))});
    QVERIFY2(console.waitForFinished(60000), "the console did not exit");
    const QString err = QString::fromUtf8(console.readAllStandardError());
    QCOMPARE(console.exitCode(), 2);
    QVERIFY2(err.contains(QLatin1String("managed by your organisation")), qPrintable(err));
    QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("other.sqlite"))));
}

void TestManagedSettings::consoleOpensLockedDatabase()
{
    // A user who had chosen their own file; the organisation then locks the team database.
    QTemporaryDir home;
    const QString team = home.filePath(QStringLiteral("team.sqlite"));
    const QString mine = home.filePath(QStringLiteral("mine.sqlite"));
    QDir().mkpath(home.filePath(QStringLiteral("config/PhoneDesk")));
    {
        QSettings user(home.filePath(QStringLiteral("config/PhoneDesk/PhoneDesk.conf")),
                       QSettings::IniFormat);
        user.setValue(QStringLiteral("Connection/url"), QString(QStringLiteral("sqlite:") + mine));
    }
    ManagedFile file("DatabaseUrl=sqlite:" + team.toUtf8() + "\nMaximumRole=viewer\n");
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    console.setProcessEnvironment(env);
    console.start(consoleBinary(), {});
    QVERIFY(console.waitForStarted(10000));
    // The console migrates the database it opens: the team file gets its schema.
    bool opened = false;
    for (int i = 0; i < 1200 && !opened && console.state() == QProcess::Running; ++i) {
        QTest::qWait(50);
        if (QFile::exists(team)) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(team);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                opened = q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next();
            }
            db = {};
            QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        }
    }
    const bool running = console.state() == QProcess::Running;
    console.kill();
    console.waitForFinished(10000);
    QVERIFY2(opened, console.readAllStandardError().constData());
    QVERIFY(running); // it opened the window (a viewer may open it) and kept running
    QVERIFY(!QFile::exists(mine));
}

void TestManagedSettings::caCertificatesForRestApi()
{
    QString error;
    TestPki pki;
    QVERIFY2(pki.create(&error), qPrintable(error));
    RestServer server(pki.path(QStringLiteral("server.pem")), pki.path(QStringLiteral("server.key")));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    PolyRestTarget target;
    target.address = QHostAddress::LocalHost;
    target.port = server.serverPort();
    target.password = QStringLiteral("456");

    auto ask = [&target]() -> Result<QByteArray> {
        PolyRestClient client;
        client.setTimeoutMs(10000);
        std::optional<Result<QByteArray>> answer;
        client.deviceInfo(target, [&answer](const Result<QByteArray> &r) { answer = r; });
        for (int i = 0; i < 400 && !answer; ++i)
            QTest::qWait(50);
        return answer ? *answer : Error::make(Error::Code::Network, QStringLiteral("no answer in 20 s"));
    };
    const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
    {
        // The organisation's CA is not the system's: no pin, so nothing is sent.
        const Result<QByteArray> untrusted = ask();
        QVERIFY(!untrusted);
        QVERIFY2(untrusted.error().message.contains(QLatin1String("does not verify")),
                 qPrintable(untrusted.error().message));
    }
    ManagedFile file("CaCertificates=" + pki.path(QStringLiteral("server-ca.pem")).toUtf8() + "\n");
    const ManagedSettings managed = ManagedSettings::load();
    managed.applyToDefaultSslConfiguration();
    const QList<QSslCertificate> cas = QSslConfiguration::defaultConfiguration().caCertificates();
    const Result<QByteArray> trusted = ask();
    QSslConfiguration::setDefaultConfiguration(before);
    QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().fullText()));
    QVERIFY(trusted->contains("VVX 450"));
    // In addition to the system's roots, not instead of them.
    QVERIFY(cas.contains(managed.caCertificates().constFirst()));
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    if (!system.isEmpty())
        QVERIFY(cas.contains(system.constFirst()));
}

void TestManagedSettings::caCertificatesForPostgres()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("Qt's QPSQL driver is not installed");
    QString error;
    TestPki pki;
    QVERIFY2(pki.create(&error), qPrintable(error));
    FakePostgres server(pki.path(QStringLiteral("server.pem")), pki.path(QStringLiteral("server.key")));
    server.start();
    QTRY_VERIFY(server.port() != 0);
    QVERIFY(server.port() != 1);
    auto connect = [&](const ManagedSettings &managed) {
        ConnectionSpec spec;
        const QString url = QStringLiteral("postgresql://alice@127.0.0.1:%1/phonedesk?sslmode=verify-full")
                                .arg(server.port());
        if (!ConnectionSpec::fromUrl(url, spec))
            return QStringLiteral("bad url");
        spec.password = QStringLiteral("x");
        // The fake serves one connection at a time and may still be finishing the previous one
        // (up to its own 5 s waits): more than libpq's default 5 s to be let in.
        spec.connectTimeoutSeconds = 20;
        if (auto applied = managed.applyTo(spec, m_home.filePath(QStringLiteral("cache"))); !applied)
            return applied.error().fullText();
        auto opened = Storage::open(spec);
        return opened ? QStringLiteral("opened") : opened.error().fullText();
    };
    // No extra CA: libpq (sslrootcert pointing at nothing of ours) refuses the server's certificate.
    qputenv("PGSSLROOTCERT", pki.path(QStringLiteral("other-ca.pem")).toUtf8());
    const QString untrusted = connect(ManagedSettings());
    QVERIFY2(!untrusted.contains(QLatin1String(FakePostgres::Marker)), qPrintable(untrusted));
    QVERIFY2(untrusted.contains(QLatin1String("certificate verify failed")), qPrintable(untrusted));

    ManagedFile file("CaCertificates=" + pki.path(QStringLiteral("server-ca.pem")).toUtf8() + "\n");
    const ManagedSettings managed = ManagedSettings::load();
    const QString trusted = connect(managed);
    qunsetenv("PGSSLROOTCERT");
    server.requestInterruption();
    server.wait(10000);
    // libpq verified the certificate and went on to the startup packet, which the fake refuses.
    QVERIFY2(trusted.contains(QLatin1String(FakePostgres::Marker)), qPrintable(trusted));
    const QString bundle = m_home.filePath(QStringLiteral("cache/managed-ca-bundle.pem"));
    QVERIFY(QFile::exists(bundle));
    // A connection saved with the bundle loses it once no CA is managed; a URL's own file stays.
    ConnectionSpec saved = ConnectionSpec::postgres(QStringLiteral("127.0.0.1"), 5432, QStringLiteral("pd"),
                                                    QStringLiteral("alice"), {});
    saved.sslRootCertificate = bundle;
    QVERIFY(ManagedSettings().applyTo(saved, m_home.filePath(QStringLiteral("cache"))));
    QVERIFY(saved.sslRootCertificate.isEmpty());
    saved.sslRootCertificate = pki.path(QStringLiteral("other-ca.pem"));
    QVERIFY(managed.applyTo(saved, m_home.filePath(QStringLiteral("cache"))));
    QCOMPARE(saved.sslRootCertificate, pki.path(QStringLiteral("other-ca.pem")));
}

QTEST_MAIN(TestManagedSettings)
#include "tst_managedsettings.moc"
