#include "formui.h"

#include "formerrors.h"

#include <QFormLayout>
#include <QVBoxLayout>
#include <QWidget>

namespace PhoneDesk::FormUi {

QWidget *wrapWithErrors(FormErrors &errors, QFormLayout *form, QWidget *editor, const QString &field)
{
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    form->getWidgetPosition(editor, &row, &role);
    Q_ASSERT_X(row >= 0, "FormUi::wrapWithErrors", "the editor is not in the form");
    // wrap() moves the editor into a new widget, which takes it out of the form's row.
    QWidget *box = errors.wrap(editor, field);
    form->setWidget(row, role, box);
    return box;
}

QWidget *placeUnder(QFormLayout *form, QWidget *editor, QWidget *below)
{
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    form->getWidgetPosition(editor, &row, &role);
    Q_ASSERT_X(row >= 0, "FormUi::placeUnder", "the editor is not in the form");
    auto *box = new QWidget(editor->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // Moving the editor into the box takes it out of the form's row.
    layout->addWidget(editor);
    layout->addWidget(below);
    form->setWidget(row, role, box);
    return box;
}

} // namespace PhoneDesk::FormUi
