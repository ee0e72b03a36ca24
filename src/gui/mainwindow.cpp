#include "mainwindow.h"

#include "storage.h"

#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>

namespace PhoneDesk {

MainWindow::MainWindow(Storage &storage, QWidget *parent)
    : QMainWindow(parent)
    , m_storage(storage)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PhoneDesk"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("tabs"));
    for (const QString &name : {tr("Phones"), tr("Base Settings"), tr("Sites"), tr("Users"), tr("Activity")})
        tabs->addTab(new QLabel(name, tabs), name);
    setCentralWidget(tabs);
    statusBar()->showMessage(m_storage.spec().describe());
}

MainWindow::~MainWindow() = default;

} // namespace PhoneDesk
