#pragma once

// File choosers the console shows, with a test seam: a queued file name is returned instead of
// showing the native dialog.

#include <QString>

class QWidget;

namespace PhoneDesk::FileDialog {

QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
QString openFileName(QWidget *parent, const QString &title, const QString &filter);
void queueFileName(const QString &path);

} // namespace PhoneDesk::FileDialog
