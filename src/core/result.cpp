#include "result.h"

#include <QCoreApplication>

namespace PhoneDesk {

Error Error::validation(FieldErrors errors)
{
    QString message;
    if (errors.size() == 1)
        message = errors.first().message;
    else
        message = QCoreApplication::translate("PhoneDesk::Error", "%n problem(s) must be corrected.", nullptr,
                                              int(errors.size()));
    return Error {Code::Validation, message, std::move(errors)};
}

QString Error::fullText() const
{
    QString out = message;
    if (fields.size() > 1) {
        for (const FieldError &f : fields)
            out += u'\n' + f.message;
    }
    return out;
}

} // namespace PhoneDesk
