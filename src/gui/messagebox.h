#pragma once

// Message boxes the console shows, with a test seam: a queued next answer replaces the modal
// dialog, and the text that would have been shown is kept for the test to check.

#include <QMessageBox>
#include <QStringList>

namespace PhoneDesk {

class Storage;
struct Error;

class MessageBox final
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                    QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    // Custom buttons; returns the index of the chosen label, or -1 when closed.
    static int choose(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                      const QStringList &buttonLabels, int defaultIndex, int escapeIndex);

    // Asks before an action: one button named after the action, and Cancel. Returns whether the
    // action was chosen. Cancel is the default when `cancelIsDefault` (for what cannot be undone).
    // In the test seam the action is choice 0 and Cancel choice 1, as for choose().
    static bool confirm(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                        const QString &actionLabel, bool cancelIsDefault);
    // A save that failed: the error, or, when the database connection turns out to be lost, that
    // PhoneDesk is reconnecting and the changes are still in the open form, to be saved again once
    // the connection is back (the error below it).
    static void saveFailed(QWidget *parent, Storage &storage, const Error &error);
    // "A, B, C" for up to `shown` names, then "and N more" (translated).
    static QString nameList(const QStringList &names, int shown = 5);

    // Test seam: answers given in order instead of showing a dialog. For choose() the answer is
    // the button index (cast to StandardButton).
    static void queueAnswer(QMessageBox::StandardButton answer);
    static void queueChoice(int index);
    static bool hasQueuedAnswers();
    // Texts of every message box shown or answered since the last call.
    static QStringList takeShownTexts();

private:
    static bool takeAnswer(int *answer, const QString &text);
};

} // namespace PhoneDesk
