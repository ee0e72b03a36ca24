#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>

namespace PhoneDesk::CredentialStore {

namespace {
const QString Service = QStringLiteral("PhoneDesk");

QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

// The keychain API is asynchronous; connecting needs the answer now, so wait for the job.
void run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
} // namespace

QString keyFor(const QString &host, int port, const QString &database, const QString &user)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

bool store(const QString &key, const QString &password, QString *error)
{
    sessionPasswords().insert(key, password);
    QKeychain::WritePasswordJob job(Service);
    job.setKey(key);
    job.setTextData(password);
    run(job);
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error =
                QCoreApplication::translate("PhoneDesk::CredentialStore",
                                            "The password could not be saved in the system keychain (%1). "
                                            "It is kept in memory for this session only.")
                    .arg(job.errorString());
        return false;
    }
    return true;
}

bool load(const QString &key, QString *password, QString *error)
{
    if (auto it = sessionPasswords().constFind(key); it != sessionPasswords().constEnd()) {
        *password = *it;
        return true;
    }
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(key);
    run(job);
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error =
                QCoreApplication::translate("PhoneDesk::CredentialStore",
                                            "No saved password could be read from the system keychain (%1).")
                    .arg(job.errorString());
        return false;
    }
    *password = job.textData();
    sessionPasswords().insert(key, *password);
    return true;
}

void forget(const QString &key)
{
    sessionPasswords().remove(key);
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(key);
    run(job);
}

} // namespace PhoneDesk::CredentialStore
