#include "formerrors.h"

#include "statecolors.h"

#include <QLabel>
#include <QVBoxLayout>

namespace PhoneDesk {

QWidget *FormErrors::wrap(QWidget *editor, const QString &field)
{
    auto *box = new QWidget(editor->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    editor->setParent(box);
    layout->addWidget(editor);
    auto *label = new StateLabel(MessageState::Error, box);
    label->setObjectName(field + QStringLiteral("Error"));
    label->setVisible(false);
    layout->addWidget(label);
    m_labels.insert(field, label);
    return box;
}

QStringList FormErrors::show(const FieldErrors &errors)
{
    QHash<QString, QStringList> byField;
    QStringList rest;
    for (const FieldError &e : errors) {
        if (m_labels.contains(e.field))
            byField[e.field].append(e.message);
        else
            rest.append(e.message);
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(u'\n'));
        it.value()->setVisible(!messages.isEmpty());
    }
    return rest;
}

} // namespace PhoneDesk
