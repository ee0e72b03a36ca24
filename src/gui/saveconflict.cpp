#include "saveconflict.h"

#include "auditrepository.h"
#include "storage.h"

#include <QCoreApplication>
#include <QLocale>

namespace PhoneDesk::SaveConflict {

Choice ask(QWidget *parent, Storage &storage, const Subject &subject, Id id)
{
    QString who;
    if (auto latest = storage.audit().latestFor(subject.auditEntity, id); latest && latest->has_value())
        who = QCoreApplication::translate("PhoneDesk::SaveConflict", " by %1 at %2")
                  .arg((*latest)->actor,
                       QLocale().toString((*latest)->time.toLocalTime(), QLocale::ShortFormat));
    const QString text = subject.headline(who) + QStringLiteral("\n\n") +
        QCoreApplication::translate("PhoneDesk::SaveConflict",
                                    "Reload shows the saved version (your changes are discarded). Overwrite "
                                    "saves your version over it. Cancel returns to your changes.");
    const int choice =
        MessageBox::choose(parent, QMessageBox::Warning, subject.title, text,
                           {QCoreApplication::translate("PhoneDesk::SaveConflict", "&Reload"),
                            QCoreApplication::translate("PhoneDesk::SaveConflict", "&Overwrite"),
                            QCoreApplication::translate("PhoneDesk::SaveConflict", "Cancel")},
                           2, 2);
    return choice == 0 ? Choice::Reload : choice == 1 ? Choice::Overwrite : Choice::Cancel;
}

} // namespace PhoneDesk::SaveConflict
