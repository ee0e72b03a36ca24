#pragma once

// Read-only mode for the console's forms: a role that may look at a record but not change it
// gets the same dialog with nothing to type into, tick or choose and a Close button instead of
// OK/Save. One walk over the form's widgets, so a new field is covered without its own check.

#include "types.h"

class QWidget;

namespace PhoneDesk::ReadOnlyForm {

// Puts `form` and every widget in it into read-only mode: line edits, text edits and spin boxes
// read-only (their text can still be selected and copied), combo boxes, check boxes, radio
// buttons and sliders disabled, item views not editable (no editor, no check box toggled, no
// drag and drop), push buttons that would change something hidden, and every button box under
// it reduced to Close. Widgets marked with keepUsable() are left alone. Idempotent.
void apply(QWidget *form);

// apply() unless `role` has `permission`; returns whether the form is read-only now.
bool applyUnlessAllowed(QWidget *form, Role role, Permission permission);

// Whether apply() was called on `form` (editors refuse to save then).
bool isReadOnly(const QWidget *form);

// `widget` changes nothing (e.g. a Show button) and stays usable in a read-only form.
void keepUsable(QWidget *widget);

} // namespace PhoneDesk::ReadOnlyForm
