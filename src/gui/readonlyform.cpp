#include "readonlyform.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTextEdit>

namespace PhoneDesk::ReadOnlyForm {

namespace {
const char *const ReadOnlyProperty = "phonedesk_readOnly";
const char *const KeepUsableProperty = "phonedesk_keepUsable";

// Paints like the default delegate but never edits: no editor, and clicks or Space on a check
// box are not passed on (edit triggers alone do not stop those).
class ViewOnlyDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return nullptr;
    }

protected:
    bool editorEvent(QEvent *, QAbstractItemModel *, const QStyleOptionViewItem &,
                     const QModelIndex &) override
    {
        return false;
    }
};

// Marked to stay usable, or a part of a combo or spin box (its line edit, its popup list), which
// is handled as a whole.
bool leaveAlone(const QWidget *widget, const QWidget *form)
{
    for (const QWidget *w = widget; w && w != form; w = w->parentWidget()) {
        if (w->property(KeepUsableProperty).toBool())
            return true;
        if (w != widget && (qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)))
            return true;
    }
    return false;
}

void makeViewOnly(QAbstractItemView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setDragDropMode(QAbstractItemView::NoDragDrop);
    view->setDragEnabled(false);
    view->setAcceptDrops(false);
    QAbstractItemDelegate *current = view->itemDelegate();
    if (dynamic_cast<ViewOnlyDelegate *>(current))
        return;
    if (current && current->metaObject() != &QStyledItemDelegate::staticMetaObject) {
        // A delegate of its own may edit in ways this cannot know: the view is only looked at.
        view->setEnabled(false);
        return;
    }
    view->setItemDelegate(new ViewOnlyDelegate(view));
}

void reduceToClose(QDialogButtonBox *box)
{
    box->clear(); // OK, Save, Apply and any "Migrate" etc.
    box->setStandardButtons(QDialogButtonBox::Close); // RejectRole: rejected() closes the dialog
}
} // namespace

void apply(QWidget *form)
{
    if (!form)
        return;
    form->setProperty(ReadOnlyProperty, true);
    // Button boxes first: their buttons are replaced, not hidden with the form's other buttons.
    for (QDialogButtonBox *box : form->findChildren<QDialogButtonBox *>())
        reduceToClose(box);
    const QList<QWidget *> widgets = form->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (leaveAlone(w, form))
            continue;
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            edit->setReadOnly(true);
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
            text->setReadOnly(true);
        } else if (auto *rich = qobject_cast<QTextEdit *>(w)) {
            rich->setReadOnly(true);
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            spin->setReadOnly(true);
            spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        } else if (qobject_cast<QComboBox *>(w) || qobject_cast<QCheckBox *>(w) ||
                   qobject_cast<QRadioButton *>(w)) {
            w->setEnabled(false);
        } else if (qobject_cast<QAbstractSlider *>(w) && !qobject_cast<QScrollBar *>(w)) {
            w->setEnabled(false);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            makeViewOnly(view);
        } else if (auto *button = qobject_cast<QPushButton *>(w)) {
            if (!qobject_cast<QDialogButtonBox *>(button->parentWidget()))
                button->hide(); // Add, Remove, Move, Browse…: absent rather than dead
        }
    }
}

bool applyUnlessAllowed(QWidget *form, Role role, Permission permission)
{
    if (roleAllows(role, permission))
        return false;
    apply(form);
    return true;
}

bool isReadOnly(const QWidget *form)
{
    return form && form->property(ReadOnlyProperty).toBool();
}

void keepUsable(QWidget *widget)
{
    widget->setProperty(KeepUsableProperty, true);
}

} // namespace PhoneDesk::ReadOnlyForm
