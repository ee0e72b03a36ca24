#include "demodata.h"
#include "mainwindow.h"
#include "storage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace PhoneDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PhoneDesk"));
    QApplication::setOrganizationName(QStringLiteral("PhoneDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PHONEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desk phone management console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open a demo organisation."));
    parser.addOption(demo);
    parser.process(app);

    auto storage = Storage::open(ConnectionSpec::defaultSqlite());
    if (!storage) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "PhoneDesk"), storage.error().fullText());
        return 1;
    }
    MainWindow window(**storage);
    window.show();
    return app.exec();
}
