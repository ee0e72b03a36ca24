#pragma once

// Validation messages shown next to the fields of a form: one label under each editor, keyed by
// the field name the core's FieldError uses; messages for other fields are returned to the caller.

#include "result.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace PhoneDesk {

class FormErrors final
{
public:
    // Wraps `editor` with an error label for `field` (objectName "<field>Error"); add the result to the form.
    QWidget *wrap(QWidget *editor, const QString &field);
    // Shows the messages; returns those whose field has no label.
    QStringList show(const FieldErrors &errors);

private:
    QHash<QString, QLabel *> m_labels;
};

} // namespace PhoneDesk
