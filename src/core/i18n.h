#pragma once

// Loads PhoneDesk's and Qt's translations for the user's language (or `language`, e.g. "de").

#include <QString>

namespace PhoneDesk::I18n {

// Installs translators on the running QCoreApplication. Returns the language actually loaded
// ("en" when there is none for the request). English plural forms are always loaded.
QString install(const QString &language = {});

} // namespace PhoneDesk::I18n
