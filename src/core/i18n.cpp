#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
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
        auto *qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    } else {
        delete own;
    }
    return loaded;
}

} // namespace PhoneDesk::I18n
