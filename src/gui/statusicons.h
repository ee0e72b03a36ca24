#pragma once

// Cached status dots and translated status labels, so table models never build them in data().

#include "types.h"

#include <QIcon>

namespace PhoneDesk::StatusIcons {

const QIcon &icon(PhoneStatus status);
const QString &label(PhoneStatus status);
const QIcon &appIcon();

} // namespace PhoneDesk::StatusIcons
