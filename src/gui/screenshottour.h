#pragma once

// Takes the documentation screenshots from the real window: the Phones tab with filters applied,
// the phone editor (line keys, general, generated configuration), the base settings editor and the
// provisioning server settings and quarantine (`phonedesk --demo --screenshot DIR`).

#include <QStringList>

namespace PhoneDesk {

class MainWindow;
class Storage;

// Writes PNG files into `directory`; returns their paths, or the error in `error`.
QStringList takeScreenshots(MainWindow &window, Storage &storage, const QString &directory, QString *error);

} // namespace PhoneDesk
