#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(PHONEDESK_VERSION));
    QTextStream(stdout) << "phonedesk-cli " << QCoreApplication::applicationVersion() << '\n';
    return 0;
}
