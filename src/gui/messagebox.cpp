#include "messagebox.h"

#include "connectionguard.h"
#include "result.h"

#include <QCoreApplication>
#include <QPushButton>

namespace PhoneDesk {

namespace {
QList<int> s_answers;
QStringList s_texts;
} // namespace

bool MessageBox::takeAnswer(int *answer, const QString &text)
{
    s_texts.append(text);
    if (s_answers.isEmpty())
        return false;
    *answer = s_answers.takeFirst();
    return true;
}

void MessageBox::queueAnswer(QMessageBox::StandardButton answer)
{
    s_answers.append(int(answer));
}

void MessageBox::queueChoice(int index)
{
    s_answers.append(index);
}

bool MessageBox::hasQueuedAnswers()
{
    return !s_answers.isEmpty();
}

QStringList MessageBox::takeShownTexts()
{
    return std::exchange(s_texts, {});
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    int answer = 0;
    if (takeAnswer(&answer, text))
        return QMessageBox::StandardButton(answer);
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    int answer = 0;
    if (takeAnswer(&answer, text))
        return;
    QMessageBox::warning(parent, title, text);
}

void MessageBox::saveFailed(QWidget *parent, Storage &storage, const Error &error)
{
    const QString title = parent ? parent->windowTitle() : QString();
    ConnectionGuard *guard = ConnectionGuard::of(storage);
    if (!guard || (guard->isConnected() && !guard->checkAfterFailure())) {
        warning(parent, title, error.fullText());
        return;
    }
    warning(
        parent, title,
        QCoreApplication::translate("PhoneDesk::MessageBox",
                                    "Not saved: the connection to the database is lost. PhoneDesk is "
                                    "reconnecting by itself; your changes are still here. Save again once "
                                    "the status bar says the connection is back.\n\n%1")
            .arg(error.fullText()));
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    int answer = 0;
    if (takeAnswer(&answer, text))
        return;
    QMessageBox::critical(parent, title, text);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    int answer = 0;
    if (takeAnswer(&answer, text))
        return;
    QMessageBox::information(parent, title, text);
}

int MessageBox::choose(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                       const QStringList &buttonLabels, int defaultIndex, int escapeIndex)
{
    int answer = 0;
    if (takeAnswer(&answer, text))
        return answer;
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    QList<QPushButton *> buttons;
    for (const QString &label : buttonLabels)
        buttons.append(box.addButton(label, QMessageBox::ActionRole));
    if (defaultIndex >= 0 && defaultIndex < buttons.size())
        box.setDefaultButton(buttons.at(defaultIndex));
    if (escapeIndex >= 0 && escapeIndex < buttons.size())
        box.setEscapeButton(buttons.at(escapeIndex));
    box.exec();
    return int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

bool MessageBox::confirm(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                         const QString &actionLabel, bool cancelIsDefault)
{
    const QString cancel = QCoreApplication::translate("PhoneDesk::MessageBox", "Cancel");
    return choose(parent, icon, title, text, {actionLabel, cancel}, cancelIsDefault ? 1 : 0, 1) == 0;
}

QString MessageBox::nameList(const QStringList &names, int shown)
{
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    const QString first = names.mid(0, shown).join(QStringLiteral(", "));
    return QCoreApplication::translate("PhoneDesk::MessageBox", "%1 and %n more", nullptr,
                                       int(names.size() - shown))
        .arg(first);
}

} // namespace PhoneDesk
