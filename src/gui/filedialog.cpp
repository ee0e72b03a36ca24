#include "filedialog.h"

#include <QFileDialog>
#include <QStringList>

namespace PhoneDesk::FileDialog {

namespace {
QStringList s_queued;
} // namespace

QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (!s_queued.isEmpty())
        return s_queued.takeFirst();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (!s_queued.isEmpty())
        return s_queued.takeFirst();
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

void queueFileName(const QString &path)
{
    s_queued.append(path);
}

} // namespace PhoneDesk::FileDialog
