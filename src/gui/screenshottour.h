#pragma once

// Takes the documentation screenshots from the real window: the Phones tab with filters applied,
// the phone editor on its line keys and the base settings editor (`phonedesk --screenshot DIR`).

#include <QStringList>

namespace PhoneDesk {

class MainWindow;
class Storage;

// Writes PNG files into `directory`; returns their paths, or the error in `error`.
QStringList takeScreenshots(MainWindow &window, Storage &storage, const QString &directory, QString *error);

} // namespace PhoneDesk
