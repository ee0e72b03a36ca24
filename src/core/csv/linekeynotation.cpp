#include "linekeynotation.h"

#include <QCoreApplication>

namespace PhoneDesk::LineKeyNotation {

namespace {
// One character of an entry and whether a backslash made it literal.
struct Char
{
    QChar c;
    bool escaped = false;
};

bool isSpace(const Char &c)
{
    return !c.escaped && (c.c == u' ' || c.c == u'\t');
}

QString textOf(const QList<Char> &chars, qsizetype from, qsizetype to)
{
    QString s;
    s.reserve(to - from);
    for (qsizetype i = from; i < to; ++i)
        s.append(chars[i].c);
    return s;
}

QString rawOf(const QList<Char> &chars)
{
    QString s;
    for (const Char &c : chars) {
        if (c.escaped)
            s.append(u'\\');
        s.append(c.c);
    }
    return s;
}

void escapeInto(QString &out, const QString &text, bool escapeSpaces)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';')
            out.append(u'\\');
        else if ((c == u' ' || c == u'\t') && escapeSpaces)
            out.append(u'\\');
        out.append(c);
    }
}
} // namespace

Result<QList<LineKey>> parse(const QString &text)
{
    // Split on unescaped ';' into entries of (character, escaped) pairs.
    QList<QList<Char>> entries(1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            if (i + 1 >= text.size())
                return Error::make(Error::Code::Validation,
                                   QCoreApplication::translate(
                                       "PhoneDesk::LineKeyNotation",
                                       "the notation ends with a backslash; write \\\\ for a backslash."));
            entries.last().append(Char {text.at(++i), true});
        } else if (c == u';') {
            entries.append(QList<Char>());
        } else {
            entries.last().append(Char {c, false});
        }
    }

    QList<LineKey> keys;
    int number = 0;
    for (QList<Char> &entry : entries) {
        while (!entry.isEmpty() && isSpace(entry.first()))
            entry.removeFirst();
        while (!entry.isEmpty() && isSpace(entry.last()))
            entry.removeLast();
        if (entry.isEmpty())
            continue;
        ++number;
        const QString raw = rawOf(entry);
        auto fail = [&](const QString &why) {
            return Error::make(
                Error::Code::Validation,
                QCoreApplication::translate("PhoneDesk::LineKeyNotation", "entry %1 \"%2\": %3")
                    .arg(number)
                    .arg(raw, why));
        };
        qsizetype eq = -1;
        for (qsizetype i = 0; i < entry.size(); ++i) {
            if (!entry[i].escaped && entry[i].c == u'=') {
                eq = i;
                break;
            }
        }
        if (eq < 0)
            return fail(QCoreApplication::translate("PhoneDesk::LineKeyNotation",
                                                    "expected position=type, for example 2=blf:1002 Alice."));
        const QString position = textOf(entry, 0, eq).trimmed();
        bool ok = false;
        const int index = position.toInt(&ok);
        if (!ok || index < 1 || index > 999)
            return fail(QCoreApplication::translate("PhoneDesk::LineKeyNotation",
                                                    "the position \"%1\" is not a key number from 1 to 999.")
                            .arg(position));

        qsizetype i = eq + 1;
        while (i < entry.size() && isSpace(entry[i]))
            ++i;
        const qsizetype typeStart = i;
        while (i < entry.size() && !isSpace(entry[i]) && !(!entry[i].escaped && entry[i].c == u':'))
            ++i;
        const QString typeText = textOf(entry, typeStart, i);
        const auto type = lineKeyTypeFromKey(typeText);
        if (!type)
            return fail(
                typeText.isEmpty()
                    ? QCoreApplication::translate("PhoneDesk::LineKeyNotation",
                                                  "the key type is missing; use line, speed, blf or none.")
                    : QCoreApplication::translate("PhoneDesk::LineKeyNotation",
                                                  "\"%1\" is not a key type; use line, speed, blf or none.")
                          .arg(typeText));
        LineKey key;
        key.index = index;
        key.type = *type;
        if (i < entry.size() && !entry[i].escaped && entry[i].c == u':') {
            const qsizetype valueStart = ++i;
            while (i < entry.size() && !isSpace(entry[i]))
                ++i;
            key.value = textOf(entry, valueStart, i);
        }
        if (i < entry.size()) // the one separating space; everything after it is the label
            key.label = textOf(entry, i + 1, entry.size());
        keys.append(key);
    }
    return keys;
}

QString format(const QList<LineKey> &keys)
{
    QString out;
    for (const LineKey &key : keys) {
        if (!out.isEmpty())
            out.append(u';');
        out.append(QString::number(key.index));
        out.append(u'=');
        out.append(toKey(key.type));
        if (!key.value.isEmpty()) {
            out.append(u':');
            escapeInto(out, key.value, true);
        }
        if (!key.label.isEmpty()) {
            out.append(u' ');
            // Inner spaces stay readable; only a trailing one would be lost to trimming.
            qsizetype end = key.label.size();
            while (end > 0 && (key.label.at(end - 1) == u' ' || key.label.at(end - 1) == u'\t'))
                --end;
            escapeInto(out, key.label.left(end), false);
            escapeInto(out, key.label.mid(end), true);
        }
    }
    return out;
}

} // namespace PhoneDesk::LineKeyNotation
