#pragma once

// Glue between the Designer forms in ui/ and the console's form helpers built in code.

class QFormLayout;
class QString;
class QWidget;

namespace PhoneDesk {

class FormErrors;

namespace FormUi {

// Puts `editor`'s FormErrors label under it, in the row of `form` where the .ui placed the editor
// (the label's buddy and the tab order stay with the editor). Returns the wrapping widget.
QWidget *wrapWithErrors(FormErrors &errors, QFormLayout *form, QWidget *editor, const QString &field);

// Puts `below` (a message label) under `editor` in the row of `form` where the .ui placed the
// editor, as wrapWithErrors() does for a label of its own. Returns the wrapping widget.
QWidget *placeUnder(QFormLayout *form, QWidget *editor, QWidget *below);

} // namespace FormUi
} // namespace PhoneDesk
