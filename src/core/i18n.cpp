#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace PhoneDesk::I18n {

QString install(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return QStringLiteral("en");
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);

    // English numerus forms ("1 phone", "2 phones") come from phonedesk_en.
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/phonedesk_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;

    QString loaded = QStringLiteral("en");
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("phonedesk"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        !own->language().startsWith(QLatin1String("en"))) {
        QCoreApplication::installTranslator(own);
        loaded = own->language();
        // Qt's own strings: where Qt says, else where the Windows and macOS packages put them
        // next to the executable (bin/translations, PhoneDesk.app/Contents/translations).
        auto *qt = new QTranslator(app);
        const QString appDir = QCoreApplication::applicationDirPath();
        bool found = false;
        const QStringList dirs = {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                                  appDir + QStringLiteral("/translations"),
                                  appDir + QStringLiteral("/../translations")};
        for (const QString &dir : dirs) {
            if ((found = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), dir)))
                break;
        }
        if (found)
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    } else {
        delete own;
    }
    return loaded;
}

} // namespace PhoneDesk::I18n
