#include "scram.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace PhoneDesk::Scram {

namespace {

// RFC 3454 C.1.2: non-ASCII space characters, mapped to SPACE.
bool isNonAsciiSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
        c == 0x3000;
}

// RFC 3454 B.1: commonly mapped to nothing.
bool isMappedToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) ||
        (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF;
}

// RFC 4013 section 2.3: the prohibited output (RFC 3454 C.1.2 to C.9), and code points that were
// unassigned in Unicode 3.2 (A.1), which SASLprep does not allow in stored strings.
bool isProhibited(char32_t c)
{
    if (isNonAsciiSpace(c) || c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))
        return true;
    if (c == 0x06DD || c == 0x070F || c == 0x180E || c == 0x200C || c == 0x200D || c == 0x2028 ||
        c == 0x2029 || (c >= 0x2060 && c <= 0x2063) || (c >= 0x206A && c <= 0x206F) || c == 0xFEFF ||
        (c >= 0xFFF9 && c <= 0xFFFC) || (c >= 0x1D173 && c <= 0x1D17A))
        return true; // C.2.2
    if ((c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD) || (c >= 0x100000 && c <= 0x10FFFD))
        return true; // C.3
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
        return true; // C.4
    if ((c >= 0xD800 && c <= 0xDFFF) || (c >= 0xFFF9 && c <= 0xFFFD) || (c >= 0x2FF0 && c <= 0x2FFB))
        return true; // C.5, C.6, C.7
    if (c == 0x0340 || c == 0x0341 || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E))
        return true; // C.8
    if (c == 0xE0001 || (c >= 0xE0020 && c <= 0xE007F))
        return true; // C.9
    const QChar::UnicodeVersion version = QChar::unicodeVersion(c);
    return version == QChar::Unicode_Unassigned || version > QChar::Unicode_3_2;
}

bool isRandAL(char32_t c)
{
    const QChar::Direction d = QChar::direction(c);
    return d == QChar::DirR || d == QChar::DirAL;
}

bool isL(char32_t c)
{
    return QChar::direction(c) == QChar::DirL;
}

} // namespace

QByteArray preparedPassword(const QString &password)
{
    const QByteArray raw = password.toUtf8();
    bool ascii = true;
    for (const char c : raw)
        ascii = ascii && uchar(c) < 0x80;
    if (ascii) // as PostgreSQL: an ASCII password is used as it is
        return raw;
    QString mapped;
    for (const char32_t c : password.toUcs4()) {
        if (isMappedToNothing(c))
            continue;
        if (isNonAsciiSpace(c))
            mapped += u' ';
        else
            mapped += QString::fromUcs4(&c, 1);
    }
    const QList<uint> prepared = mapped.normalized(QString::NormalizationForm_KC).toUcs4();
    bool randAL = false;
    bool l = false;
    for (const uint c : prepared) {
        if (isProhibited(c))
            return raw;
        randAL = randAL || isRandAL(c);
        l = l || isL(c);
    }
    // RFC 3454 section 6: right-to-left text must not mix with left-to-right text and must start
    // and end with a right-to-left character.
    if (randAL && (l || !isRandAL(prepared.constFirst()) || !isRandAL(prepared.constLast())))
        return raw;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(prepared.constData()), prepared.size())
        .toUtf8();
}

QByteArray saltedPassword(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, preparedPassword(password), salt,
                                              iterations, 32);
}

QString verifier(const QString &password, int iterations, QByteArray salt)
{
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(salt.data()),
                                             reinterpret_cast<quint32 *>(salt.data() + salt.size()));
    }
    const QByteArray salted = saltedPassword(password, salt, iterations);
    const QByteArray clientKey =
        QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey =
        QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QString checkPassword(const QString &password)
{
    if (password.isEmpty())
        return QCoreApplication::translate("PhoneDesk::Scram", "The password is empty.");
    if (password.toUcs4().size() < 8)
        return QCoreApplication::translate("PhoneDesk::Scram",
                                           "The password must have at least 8 characters.");
    for (const char32_t c : password.toUcs4()) {
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))
            return QCoreApplication::translate("PhoneDesk::Scram",
                                               "The password contains a control character.");
    }
    return {};
}

} // namespace PhoneDesk::Scram
