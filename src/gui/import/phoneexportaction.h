#pragma once

// Export from the console: asks where to save, writes the given phones (the selection or the
// filtered view, in view order) as CSV and reports the outcome to the user.

#include "entities.h"

class QWidget;

namespace PhoneDesk {

class Storage;

// Shows a save dialog (suggesting phones.csv), then exports. False when cancelled or failed
// (a message box says why).
bool exportPhonesInteractively(QWidget *parent, Storage &storage, const QList<Id> &ids);

// Exports without asking; on failure shows a message box and returns false.
bool exportPhonesToFile(QWidget *parent, Storage &storage, const QList<Id> &ids, const QString &path);

} // namespace PhoneDesk
