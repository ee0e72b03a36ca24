#pragma once

// Cached status dots and translated status labels, so table models never build them in data();
// the toolbar's action icons.

#include "types.h"

#include <QIcon>

namespace PhoneDesk::StatusIcons {

const QIcon &icon(PhoneStatus status);
const QString &label(PhoneStatus status);
const QIcon &appIcon();
// A toolbar icon: the desktop theme's `themeName` where the theme has it, else the console's own
// resources/icons/action-<file>.svg, so every action has one on every desktop.
QIcon actionIcon(const QString &themeName, const QString &file);

} // namespace PhoneDesk::StatusIcons
