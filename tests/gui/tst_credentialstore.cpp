// Tests that database passwords go to the OS keychain or, when none is available (no Secret
// Service, as on build machines), stay in memory for the session with a message saying so —
// and never into the settings file.
#include "connectiondialog.h"
#include "credentialstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace PhoneDesk;

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeThenLoad();
    void settingsNeverHoldThePassword();
    void connectionDialogValidates();
};

void TestCredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PhoneDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_credentialstore"));
}

void TestCredentialStore::storeThenLoad()
{
    const QString key =
        CredentialStore::keyFor(QStringLiteral("127.0.0.1"), 5432, QStringLiteral("phonedesk"),
                                QStringLiteral("tester-%1").arg(QCoreApplication::applicationPid()));
    QString error;
    const bool inKeychain = CredentialStore::store(key, QStringLiteral("s3cret"), &error);
    if (!inKeychain) {
        // The message says what happened and what it means for the person.
        QVERIFY2(error.contains(QStringLiteral("keychain")) &&
                     error.contains(QStringLiteral("this session only")),
                 qPrintable(error));
    } else {
        QVERIFY(error.isEmpty());
    }
    QString password;
    QVERIFY(CredentialStore::load(key, &password, &error));
    QCOMPARE(password, QStringLiteral("s3cret"));
    CredentialStore::forget(key);
    QString after;
    QString loadError;
    QVERIFY(!CredentialStore::load(key, &after, &loadError) || after.isEmpty());
}

void TestCredentialStore::settingsNeverHoldThePassword()
{
    const ConnectionSpec spec =
        ConnectionSpec::postgres(QStringLiteral("db.example.com"), 5433, QStringLiteral("phonedesk"),
                                 QStringLiteral("alice"), QStringLiteral("topsecret"));
    ConnectionDialog::saveConnection(spec);
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("db.example.com"));
    QVERIFY(!stored.contains("topsecret"));
    const auto saved = ConnectionDialog::savedConnection();
    QVERIFY(saved.has_value());
    QCOMPARE(saved->host, QStringLiteral("db.example.com"));
    QCOMPARE(saved->port, 5433);
    QCOMPARE(saved->user, QStringLiteral("alice"));
    QVERIFY(saved->password.isEmpty());
}

void TestCredentialStore::connectionDialogValidates()
{
    ConnectionDialog dialog(ConnectionSpec::sqlite(QStringLiteral("/tmp/x.sqlite")));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    auto *ok =
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.spec().kind, ConnectionSpec::Kind::Sqlite);
    kind->setCurrentIndex(1);
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->text().contains(QStringLiteral("Host")));
    QVERIFY(error->text().contains(QStringLiteral("User")));
    dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(QStringLiteral("db.example.com"));
    dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("bob"));
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("pw"));
    dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.spec().user, QStringLiteral("bob"));
    QCOMPARE(dialog.spec().password, QStringLiteral("pw")); // for this session's connection
    QCOMPARE(ConnectionDialog::savedConnection()->user, QStringLiteral("bob"));
    QVERIFY(ConnectionDialog::savedConnection()->password.isEmpty());
}

QTEST_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
