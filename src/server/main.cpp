// phonedesk-server: the headless provisioning server, status poller and command runner.

#include "processguard.h"
#include "serverapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    PhoneDesk::ProcessGuard::install(); // before any socket: no peer can end this process
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phonedesk-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("PhoneDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHONEDESK_VERSION));
    return PhoneDesk::runServer(app);
}
