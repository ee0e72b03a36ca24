#include "phoneexportaction.h"

#include "phoneexport.h"
#include "storage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace PhoneDesk {

bool exportPhonesToFile(QWidget *parent, Storage &storage, const QList<Id> &ids, const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = PhoneExport::exportToFile(storage, ids, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(
            parent, QCoreApplication::translate("PhoneDesk::ExportAction", "Export phones"),
            QCoreApplication::translate("PhoneDesk::ExportAction", "The phones were not exported.\n\n%1")
                .arg(written.error().fullText()));
        return false;
    }
    return true;
}

bool exportPhonesInteractively(QWidget *parent, Storage &storage, const QList<Id> &ids)
{
    const QString path = QFileDialog::getSaveFileName(
        parent,
        QCoreApplication::translate("PhoneDesk::ExportAction", "Export %n phone(s) to CSV", nullptr,
                                    int(ids.size())),
        QDir::home().filePath(QStringLiteral("phones.csv")),
        QCoreApplication::translate("PhoneDesk::ExportAction", "CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    return exportPhonesToFile(parent, storage, ids, path);
}

} // namespace PhoneDesk
