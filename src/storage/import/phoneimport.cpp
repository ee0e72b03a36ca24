#include "phoneimport.h"

#include "basesettingsrepository.h"
#include "csvwriter.h"
#include "linekeynotation.h"
#include "macaddress.h"
#include "modelcatalog.h"
#include "phonerepository.h"
#include "settingsschema.h"
#include "siterepository.h"
#include "sqlutil.h"
#include "storage.h"
#include "userrepository.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <array>
#include <atomic>
#include <latch>
#include <optional>

namespace PhoneDesk {

namespace {
const QString Name = QStringLiteral("name");
const QString Category = QStringLiteral("category");
const QString Model = QStringLiteral("model");
const QString BaseSettingsCol = QStringLiteral("base_settings");
const QString SiteCol = QStringLiteral("site");
const QString HardwareId = QStringLiteral("hardware_id");
const QString UserCol = QStringLiteral("user");
const QString RemoteAddress = QStringLiteral("remote_address");
const QString NetworkAddress = QStringLiteral("network_address");
const QString SerialNumber = QStringLiteral("serial_number");
const QString Description = QStringLiteral("description");
const QString LineKeys = QStringLiteral("line_keys");
const QString SettingPrefix = QStringLiteral("setting:");

constexpr qsizetype PreviewRows = 100;

// Lookup of records by name: exact match first, then a unique case-insensitive one.
template<typename T> class NameIndex
{
public:
    void add(const QString &name, const T &value)
    {
        m_exact.insert(name, value);
        m_folded[name.toCaseFolded()].append(value);
    }
    // nullopt + ambiguous=false: not found; nullopt + ambiguous=true: several differ only in case.
    std::optional<T> find(const QString &name, bool *ambiguous = nullptr) const
    {
        if (ambiguous)
            *ambiguous = false;
        if (auto it = m_exact.constFind(name); it != m_exact.constEnd())
            return *it;
        const auto it = m_folded.constFind(name.toCaseFolded());
        if (it == m_folded.constEnd())
            return std::nullopt;
        if (it->size() > 1) {
            if (ambiguous)
                *ambiguous = true;
            return std::nullopt;
        }
        return it->first();
    }
    QList<T> all(const QString &name) const { return m_folded.value(name.toCaseFolded()); }

private:
    QHash<QString, T> m_exact;
    QHash<QString, QList<T>> m_folded;
};

// Validation field names (validatePhone) -> CSV column names.
QString columnForField(const QString &field, bool hasBaseSettingsColumn)
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("name"), Name},
        {QStringLiteral("category"), Category},
        {QStringLiteral("site"), SiteCol},
        {QStringLiteral("user"), UserCol},
        {QStringLiteral("hardwareId"), HardwareId},
        {QStringLiteral("remoteAddress"), RemoteAddress},
        {QStringLiteral("networkAddress"), NetworkAddress},
        {QStringLiteral("serialNumber"), SerialNumber},
        {QStringLiteral("description"), Description},
    };
    if (field == QLatin1String("baseSettings"))
        return hasBaseSettingsColumn ? BaseSettingsCol : Model;
    if (field.startsWith(QLatin1String("lineKeys")))
        return LineKeys;
    if (auto it = map.constFind(field); it != map.constEnd())
        return *it;
    if (SettingsSchema::builtin().find(field))
        return SettingPrefix + field;
    return field;
}

QString hardwareKey(PhoneCategory category, const QString &raw)
{
    const QString hw = raw.trimmed();
    if (hw.isEmpty())
        return {};
    if (category == PhoneCategory::Managed || category == PhoneCategory::Unmanaged)
        return MacAddress::normalize(hw).value_or(QString());
    return hw.toLower();
}

QString showHardware(PhoneCategory category, const QString &normalized)
{
    return (category == PhoneCategory::Managed || category == PhoneCategory::Unmanaged)
        ? MacAddress::format(normalized)
        : normalized;
}

// Rows are mapped and validated in blocks of this many; the rows of one block are handed out
// to the threads in chunks.
constexpr qsizetype ParallelBlock = 2048;
constexpr qsizetype ParallelChunk = 128;

// Runs work(from, to, slot) over [begin, end) in chunks taken by the threads of `pool` and by
// the calling thread once it has run `meanwhile` (the in-order work on other blocks, so the
// threads are not idle during it). Returns when both are done. Without a pool, all here.
// `slot` is 0 on the calling thread and 1..maxThreadCount() on the pool's: per-thread state.
void parallelFor(QThreadPool *pool, qsizetype begin, qsizetype end,
                 const std::function<void(qsizetype, qsizetype, int)> &work,
                 const std::function<void()> &meanwhile = {})
{
    if (!pool || end - begin <= ParallelChunk) {
        if (meanwhile)
            meanwhile();
        if (begin < end)
            work(begin, end, 0);
        return;
    }
    // The store releases what this thread prepared to the threads' first fetch_add; the latch
    // releases what they did to the wait.
    std::atomic<qsizetype> next;
    next.store(begin, std::memory_order_release);
    auto takeChunks = [&](int slot) {
        for (qsizetype from = next.fetch_add(ParallelChunk); from < end; from = next.fetch_add(ParallelChunk))
            work(from, qMin(end, from + ParallelChunk), slot);
    };
    const int helpers = pool->maxThreadCount();
    std::latch finished(helpers);
    for (int i = 0; i < helpers; ++i) {
        pool->start([&takeChunks, &finished, i] {
            takeChunks(i + 1);
            finished.count_down();
        });
    }
    if (meanwhile)
        meanwhile();
    takeChunks(0);
    finished.wait();
}

struct Existing
{
    Id id = 0;
    QString name;
};

// Line-key texts already parsed, per thread: rows with the same keys share one list.
using LineKeyCache = QHash<QString, QList<LineKey>>;
constexpr qsizetype LineKeyCacheSize = 16384; // entries; later texts are parsed every time

// The compact encoding of ImportRows and SeenTexts: numbers as LEB128 varints, texts as their
// UTF-8 length and bytes. Written straight into memory made room for beforehand (at most
// maxNumber / maxText bytes each).
constexpr qsizetype maxNumber = 10;

constexpr qsizetype maxText(QStringView text)
{
    return maxNumber + 3 * text.size();
}

struct Writer
{
    char *p;

    void number(quint64 value)
    {
        while (value >= 0x80) {
            *p++ = char(value | 0x80);
            value >>= 7;
        }
        *p++ = char(value);
    }

    void text(QStringView text)
    {
        const char16_t *const chars = text.utf16();
        const qsizetype size = text.size();
        char *const start = p;
        number(quint64(size));
        // ASCII, as almost every cell is: one byte per character.
        for (qsizetype i = 0; i < size; ++i) {
            if (chars[i] >= 0x80) {
                p = start;
                const QByteArray utf8 = text.toUtf8();
                number(quint64(utf8.size()));
                memcpy(p, utf8.constData(), size_t(utf8.size()));
                p += utf8.size();
                return;
            }
            p[i] = char(chars[i]);
        }
        p += size;
    }

    void bytes(QByteArrayView bytes)
    {
        number(quint64(bytes.size()));
        memcpy(p, bytes.data(), size_t(bytes.size()));
        p += bytes.size();
    }
};

// Makes room for `most` more bytes at the end of `bytes` and returns where they start; shrink
// it to what was written with `bytes.resize(written - bytes.constData())`.
char *extend(QByteArray &bytes, qsizetype most)
{
    const qsizetype at = bytes.size();
    if (bytes.capacity() - at < most)
        bytes.reserve(qMax(at + most, 2 * bytes.capacity()));
    bytes.resize(at + most);
    return bytes.data() + at;
}

// Reads what Writer::number / Writer::text wrote at `p`, moving past it.
quint64 readNumber(const char *&p)
{
    quint64 value = 0;
    int shift = 0;
    for (;;) {
        const auto byte = quint8(*p++);
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value;
        shift += 7;
    }
}

QByteArrayView readBytes(const char *&p)
{
    const auto size = qsizetype(readNumber(p));
    const QByteArrayView bytes(p, size);
    p += size;
    return bytes;
}

QString readText(const char *&p)
{
    const QByteArrayView bytes = readBytes(p);
    return bytes.isEmpty() ? QString() : QString::fromUtf8(bytes);
}

// The value of a MAC in the normalised form (12 lower-case hex digits), or nullopt.
std::optional<quint64> macValue(QStringView text)
{
    if (text.size() != 12)
        return std::nullopt;
    quint64 value = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        int digit;
        if (u >= u'0' && u <= u'9')
            digit = u - u'0';
        else if (u >= u'a' && u <= u'f')
            digit = u - u'a' + 10;
        else
            return std::nullopt;
        value = value << 4 | quint64(digit);
    }
    return value;
}

QString macText(quint64 value)
{
    static const char16_t digits[] = u"0123456789abcdef";
    QString text(12, Qt::Uninitialized);
    for (int i = 11; i >= 0; --i, value >>= 4)
        text[i] = QChar(digits[value & 0xf]);
    return text;
}

// Names or hardware IDs seen so far in a file, each with the line it was first seen on; compact
// for files of millions of rows (about 40 bytes a name instead of a string and a hash node of
// ~100): a MAC is kept as its 48-bit value, any other text under a 64-bit hash, with the text
// itself once as UTF-8 to tell apart texts whose hashes are the same.
class SeenTexts
{
public:
    void reserve(qsizetype texts) { m_index.reserve(texts); }

    // The line `text` was first seen on; 0 when it is new, and from now on it was seen on `line`.
    qsizetype firstSeen(QStringView text, qsizetype line)
    {
        // One lookup per text: a new key's value is 0 (lines and positions are stored + 1).
        if (const auto mac = macValue(text)) {
            quint64 &seen = m_index[*mac | MacKey];
            if (seen != 0)
                return qsizetype(seen);
            seen = quint64(line);
            return 0;
        }
        for (quint64 key = qHash(text, 0) & ~MacKey;; key = (key + 1) & ~MacKey) {
            quint64 &at = m_index[key];
            if (at == 0) {
                at = quint64(m_texts.size()) + 1;
                Writer out {extend(m_texts, maxNumber + maxText(text))};
                out.number(quint64(line));
                out.text(text);
                m_texts.resize(out.p - m_texts.constData());
                return 0;
            }
            const char *p = m_texts.constData() + (at - 1);
            const auto seen = qsizetype(readNumber(p));
            if (readText(p) == text)
                return seen;
            // Another text with the same hash: the next key.
        }
    }

private:
    static constexpr quint64 MacKey = quint64(1) << 63; // set in the keys of MACs only
    QHash<quint64, quint64> m_index; // key -> the line (MAC) or where the text is in m_texts, + 1
    QByteArray m_texts; // line, then text, of each non-MAC text
};

// Layout of an encoded ImportRow: numbers line, flags, id, version, name, category,
// base settings, site, user; the hardware ID (six bytes for a MAC, a text otherwise, nothing when
// empty); texts remote and network address, description; the line keys (an index into the
// shared lists, or inline), the overrides (likewise, inline as QDataStream bytes).
constexpr quint64 RowUpdate = 1;
constexpr quint64 RowMac = 2;
constexpr quint64 RowHardwareText = 4;
constexpr quint64 RowLineKeysInline = 8;
constexpr quint64 RowOverridesInline = 16;

// Equal, and of the same types (QVariant's == takes 1 and true, or 40 and 40.0, for equal).
bool sameOverrides(const QVariantMap &a, const QVariantMap &b)
{
    if (a.size() != b.size())
        return false;
    for (auto i = a.constBegin(), j = b.constBegin(); i != a.constEnd(); ++i, ++j) {
        if (i.key() != j.key() || i.value().metaType() != j.value().metaType() || i.value() != j.value())
            return false;
    }
    return true;
}

QByteArray overridesBytes(const QVariantMap &overrides)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << overrides;
    return bytes;
}
} // namespace

void ImportRows::append(const ImportRow &row)
{
    const Phone &p = row.phone;
    quint64 flags = row.update ? RowUpdate : 0;
    const std::optional<quint64> mac = macValue(p.hardwareId);
    if (mac)
        flags |= RowMac;
    else if (!p.hardwareId.isEmpty())
        flags |= RowHardwareText;

    quint32 lineKeys = 0; // 0: none, else the index + 1 of the shared list
    if (!p.lineKeys.isEmpty()) {
        if (const auto it = m_lineKeyIndex.constFind(p.lineKeys.constData());
            it != m_lineKeyIndex.constEnd()) {
            lineKeys = *it;
        } else if (m_lineKeyLists.size() < MaxShared) {
            m_lineKeyLists.append(p.lineKeys); // keeps the data the key points to alive
            lineKeys = quint32(m_lineKeyLists.size());
            m_lineKeyIndex.insert(p.lineKeys.constData(), lineKeys);
        } else {
            flags |= RowLineKeysInline;
        }
    }
    quint32 overrides = 0;
    QByteArray overridesInline;
    if (!p.overrides.isEmpty()) {
        // Rows mostly repeat a few sets of overrides: compared with the last ones first, which is
        // cheaper than serialising them.
        for (const quint32 recent : m_recentOverrides) {
            if (recent != 0 && sameOverrides(m_overrideMaps.at(recent - 1), p.overrides)) {
                overrides = recent;
                break;
            }
        }
        if (overrides == 0) {
            QByteArray bytes = overridesBytes(p.overrides);
            if (const auto it = m_overrideIndex.constFind(bytes); it != m_overrideIndex.constEnd()) {
                overrides = *it;
            } else if (m_overrideMaps.size() < MaxShared) {
                m_overrideMaps.append(p.overrides);
                overrides = quint32(m_overrideMaps.size());
                m_overrideIndex.insert(bytes, overrides);
            } else {
                flags |= RowOverridesInline;
                overridesInline = std::move(bytes);
            }
            if (overrides != 0) {
                m_recentOverrides[m_nextRecent] = overrides;
                m_nextRecent = (m_nextRecent + 1) % m_recentOverrides.size();
            }
        }
    }

    qsizetype most = 10 * maxNumber + 6 + maxText(p.name) + maxText(p.hardwareId) + maxText(p.remoteAddress) +
        maxText(p.networkAddress) + maxText(p.serialNumber) + maxText(p.description) + overridesInline.size();
    if (flags & RowLineKeysInline) {
        for (const LineKey &key : p.lineKeys)
            most += 2 * maxNumber + maxText(key.label) + maxText(key.value);
    }
    if (m_chunks.empty() || m_chunks.back().capacity() - m_chunks.back().size() < most) {
        m_chunks.emplace_back();
        m_chunks.back().reserve(qMax(ChunkBytes, most));
    }
    QByteArray &chunk = m_chunks.back();
    m_offsets.push_back(quint64(m_chunks.size() - 1) << 32 | quint64(chunk.size()));
    Writer out {extend(chunk, most)};
    out.number(quint64(row.line));
    out.number(flags);
    out.number(quint64(p.id));
    out.number(quint64(qint64(p.version)));
    out.text(p.name);
    out.number(quint64(int(p.category)));
    out.number(quint64(p.baseSettingsId));
    out.number(quint64(p.siteId));
    out.number(quint64(p.userId));
    if (mac) {
        for (int shift = 40; shift >= 0; shift -= 8)
            *out.p++ = char(*mac >> shift);
    } else if (flags & RowHardwareText) {
        out.text(p.hardwareId);
    }
    out.text(p.remoteAddress);
    out.text(p.networkAddress);
    out.text(p.serialNumber);
    out.text(p.description);
    if (flags & RowLineKeysInline) {
        out.number(quint64(p.lineKeys.size()));
        for (const LineKey &key : p.lineKeys) {
            out.number(quint64(qint64(key.index)));
            out.number(quint64(int(key.type)));
            out.text(key.label);
            out.text(key.value);
        }
    } else {
        out.number(lineKeys);
    }
    if (flags & RowOverridesInline)
        out.bytes(overridesInline);
    else
        out.number(overrides);
    chunk.resize(out.p - chunk.constData());
    if (row.update)
        ++m_updates;
}

ImportRow ImportRows::at(qsizetype i) const
{
    const quint64 offset = m_offsets[size_t(i)];
    const char *p = m_chunks[size_t(offset >> 32)].constData() + (offset & 0xffffffffu);
    ImportRow row;
    Phone &phone = row.phone;
    row.line = qsizetype(readNumber(p));
    const quint64 flags = readNumber(p);
    row.update = flags & RowUpdate;
    phone.id = Id(readNumber(p));
    phone.version = int(qint64(readNumber(p)));
    phone.name = readText(p);
    phone.category = PhoneCategory(int(readNumber(p)));
    phone.baseSettingsId = Id(readNumber(p));
    phone.siteId = Id(readNumber(p));
    phone.userId = Id(readNumber(p));
    if (flags & RowMac) {
        quint64 mac = 0;
        for (int b = 0; b < 6; ++b)
            mac = mac << 8 | quint8(*p++);
        phone.hardwareId = macText(mac);
    } else if (flags & RowHardwareText) {
        phone.hardwareId = readText(p);
    }
    phone.remoteAddress = readText(p);
    phone.networkAddress = readText(p);
    phone.serialNumber = readText(p);
    phone.description = readText(p);
    if (flags & RowLineKeysInline) {
        const auto count = qsizetype(readNumber(p));
        phone.lineKeys.reserve(count);
        for (qsizetype k = 0; k < count; ++k) {
            LineKey key;
            key.index = int(qint64(readNumber(p)));
            key.type = LineKeyType(int(readNumber(p)));
            key.label = readText(p);
            key.value = readText(p);
            phone.lineKeys.append(std::move(key));
        }
    } else if (const quint64 index = readNumber(p)) {
        phone.lineKeys = m_lineKeyLists.at(qsizetype(index - 1));
    }
    if (flags & RowOverridesInline) {
        QDataStream stream(readBytes(p).toByteArray());
        stream.setVersion(QDataStream::Qt_6_4);
        stream >> phone.overrides;
    } else if (const quint64 index = readNumber(p)) {
        phone.overrides = m_overrideMaps.at(qsizetype(index - 1));
    }
    return row;
}

QString toKey(ImportMode mode)
{
    switch (mode) {
    case ImportMode::CreateOnly:
        return QStringLiteral("create");
    case ImportMode::UpsertByHardwareId:
        return QStringLiteral("upsert-hardware-id");
    case ImportMode::UpsertByName:
        return QStringLiteral("upsert-name");
    }
    return {};
}

std::optional<ImportMode> importModeFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("create") || k == QLatin1String("create-only"))
        return ImportMode::CreateOnly;
    if (k == QLatin1String("upsert-hardware-id") || k == QLatin1String("upsert-mac"))
        return ImportMode::UpsertByHardwareId;
    if (k == QLatin1String("upsert-name"))
        return ImportMode::UpsertByName;
    return std::nullopt;
}

QString ImportIssue::text() const
{
    if (line == 0)
        return message;
    if (column > 0 && !columnName.isEmpty())
        return QCoreApplication::translate("PhoneDesk::Import", "Line %1, column %2 (%3): %4")
            .arg(line)
            .arg(column)
            .arg(columnName, message);
    if (column > 0)
        return QCoreApplication::translate("PhoneDesk::Import", "Line %1, column %2: %3")
            .arg(line)
            .arg(column)
            .arg(message);
    if (!columnName.isEmpty())
        return QCoreApplication::translate("PhoneDesk::Import", "Line %1 (%2): %3")
            .arg(line)
            .arg(columnName, message);
    return QCoreApplication::translate("PhoneDesk::Import", "Line %1: %2").arg(line).arg(message);
}

qsizetype ImportPlan::rejectedRows() const
{
    QSet<qsizetype> lines;
    for (const ImportIssue &i : issues) {
        if (i.line > 1)
            lines.insert(i.line);
    }
    return lines.size();
}

qsizetype ImportPlan::creates() const
{
    return rows.size() - rows.updates();
}

qsizetype ImportPlan::updates() const
{
    return rows.updates();
}

QString PhoneImporter::canonicalColumn(const QString &header)
{
    const QString h = header.trimmed();
    if (h.startsWith(SettingPrefix, Qt::CaseInsensitive)) {
        const QString key = h.mid(SettingPrefix.size()).trimmed();
        for (const SettingDefinition &d : SettingsSchema::builtin().settings()) {
            if (d.key.compare(key, Qt::CaseInsensitive) == 0)
                return SettingPrefix + d.key;
        }
        return {};
    }
    QString k = h.toLower();
    k.replace(u' ', u'_').replace(u'-', u'_');
    static const QHash<QString, QString> aliases = {
        {Name, Name},
        {Category, Category},
        {Model, Model},
        {BaseSettingsCol, BaseSettingsCol},
        {QStringLiteral("basesettings"), BaseSettingsCol},
        {SiteCol, SiteCol},
        {HardwareId, HardwareId},
        {QStringLiteral("hardwareid"), HardwareId},
        {QStringLiteral("mac"), HardwareId},
        {QStringLiteral("mac_address"), HardwareId},
        {UserCol, UserCol},
        {RemoteAddress, RemoteAddress},
        {NetworkAddress, NetworkAddress},
        {SerialNumber, SerialNumber},
        {QStringLiteral("serial"), SerialNumber},
        {Description, Description},
        {LineKeys, LineKeys},
    };
    return aliases.value(k);
}

Result<ImportPlan> PhoneImporter::prepareFile(const QString &path, ImportMode mode,
                                              const ProgressCallback &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("PhoneDesk::Import", "Cannot read \"%1\": %2")
                               .arg(path, file.errorString()));
    if (QFileInfo(path).isDir())
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("PhoneDesk::Import", "Cannot read \"%1\": it is a folder.")
                .arg(path));
    // The file is read a block at a time, but the plan holds every valid row (compactly, about
    // 90 bytes for a 114-byte row; more for rows with issues): the size stays bounded.
    constexpr qint64 MaxBytes = qint64(512) * 1024 * 1024;
    if (file.size() > MaxBytes)
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("PhoneDesk::Import",
                                                       "Cannot import \"%1\": the file is larger than %2 MB; "
                                                       "split it into several files.")
                               .arg(path)
                               .arg(MaxBytes / (1024 * 1024)));
    Csv::Reader reader(file);
    auto plan = prepareFrom(reader, file.size(), mode, progress);
    if (!reader.deviceError().isEmpty())
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("PhoneDesk::Import", "Cannot read \"%1\": %2")
                               .arg(path, reader.deviceError()));
    return plan;
}

Result<ImportPlan> PhoneImporter::prepare(const QByteArray &data, ImportMode mode,
                                          const ProgressCallback &progress)
{
    Csv::Reader reader {QByteArrayView(data)};
    return prepareFrom(reader, data.size(), mode, progress);
}

namespace {

// --- PhoneImporter::prepareFrom() in stages ---------------------------------------------------
//
// A file goes through: the header (ImportColumns::read) -> what names refer to
// (ImportReferences::load) -> then block by block: each row mapped into a draft phone (RowMapper,
// on the threads) -> duplicates inside the file and against the database, in file order
// (DuplicateChecker) -> updates merged into the phones they change and the editor's validation
// (RowValidator, on the threads) -> into the plan. ImportPreparation reads the file and runs the
// blocks through the stages, overlapping them.

void fatalIssue(ImportPlan &plan, qsizetype line, qsizetype column, const QString &columnName,
                const QString &message)
{
    plan.issues.append({line, column, columnName, message});
    plan.fatal = true;
}

struct SettingColumn
{
    QString column; // "setting:media.dscpRtp"
    QString key; // "media.dscpRtp"
    const SettingDefinition *definition = nullptr;
    qsizetype index = -1;
};

// Where the known columns of the file are (-1: not in the file), looked up once instead of per cell.
struct ImportColumns
{
    qsizetype count = 0; // columns in the header
    QHash<QString, qsizetype> index; // canonical name -> 0-based index
    qsizetype name = -1;
    qsizetype category = -1;
    qsizetype model = -1;
    qsizetype profile = -1;
    qsizetype site = -1;
    qsizetype hardware = -1;
    qsizetype user = -1;
    qsizetype remote = -1;
    qsizetype network = -1;
    qsizetype serial = -1;
    qsizetype description = -1;
    qsizetype lineKeys = -1;
    QList<SettingColumn> settings;

    qsizetype of(const QString &column) const { return index.value(column, -1); }
    bool hasBaseSettings() const { return profile >= 0; }

    // Reads the header row into plan.columns, with its warnings and issues (plan.fatal when the
    // rows cannot be understood).
    static ImportColumns read(const Csv::Record &header, ImportMode mode, ImportPlan &plan)
    {
        ImportColumns columns;
        columns.count = header.fields.size();
        for (qsizetype i = 0; i < header.fields.size(); ++i)
            columns.addHeaderField(header, i, plan);
        columns.requireColumns(header.line, mode, plan);
        columns.locate();
        return columns;
    }

private:
    void addHeaderField(const Csv::Record &header, qsizetype i, ImportPlan &plan)
    {
        const QString &text = header.fields.at(i);
        const QString field = PhoneImporter::canonicalColumn(text);
        plan.columns.append({text, field});
        if (text.trimmed().isEmpty()) {
            plan.warnings.append(
                {header.line, i + 1, QString(),
                 QCoreApplication::translate("PhoneDesk::Import", "the column has no name; it is ignored.")});
            return;
        }
        if (field.isEmpty()) {
            if (text.trimmed().startsWith(SettingPrefix, Qt::CaseInsensitive))
                fatalIssue(plan, header.line, i + 1, text.trimmed(),
                           QCoreApplication::translate(
                               "PhoneDesk::Import",
                               "\"%1\" is not a known setting; see the setting keys in docs/csv-format.md.")
                               .arg(text.trimmed().mid(SettingPrefix.size())));
            else
                plan.warnings.append(
                    {header.line, i + 1, text.trimmed(),
                     QCoreApplication::translate("PhoneDesk::Import", "unknown column \"%1\"; it is ignored.")
                         .arg(text.trimmed())});
            return;
        }
        if (auto it = index.constFind(field); it != index.constEnd()) {
            fatalIssue(plan, header.line, i + 1, field,
                       QCoreApplication::translate("PhoneDesk::Import",
                                                   "the column \"%1\" appears twice (also column %2).")
                           .arg(field)
                           .arg(*it + 1));
            return;
        }
        index.insert(field, i);
    }

    void requireColumns(qsizetype line, ImportMode mode, ImportPlan &plan) const
    {
        for (const QString &required : {Name, Category, SiteCol}) {
            if (!index.contains(required))
                fatalIssue(
                    plan, line, 0, QString(),
                    QCoreApplication::translate("PhoneDesk::Import", "the required column \"%1\" is missing.")
                        .arg(required));
        }
        if (!index.contains(BaseSettingsCol) && !index.contains(Model))
            fatalIssue(plan, line, 0, QString(),
                       QCoreApplication::translate(
                           "PhoneDesk::Import", "the file needs a \"base_settings\" or a \"model\" column."));
        if (mode == ImportMode::UpsertByHardwareId && !index.contains(HardwareId))
            fatalIssue(
                plan, line, 0, QString(),
                QCoreApplication::translate(
                    "PhoneDesk::Import",
                    "the required column \"hardware_id\" is missing (rows are matched by hardware ID)."));
    }

    void locate()
    {
        name = of(Name);
        category = of(Category);
        model = of(Model);
        profile = of(BaseSettingsCol);
        site = of(SiteCol);
        hardware = of(HardwareId);
        user = of(UserCol);
        remote = of(RemoteAddress);
        network = of(NetworkAddress);
        serial = of(SerialNumber);
        description = of(Description);
        lineKeys = of(LineKeys);
        const SettingsSchema &schema = SettingsSchema::builtin();
        for (auto it = index.constBegin(); it != index.constEnd(); ++it) {
            if (it.key().startsWith(SettingPrefix)) {
                const QString key = it.key().mid(SettingPrefix.size());
                settings.append({it.key(), key, schema.find(key), it.value()});
            }
        }
    }
};

// What the names in a file refer to: sites, base settings, users, the phones there are.
struct ImportReferences
{
    QList<Site> sites;
    QList<BaseSettingsSummary> profiles; // the indexes point into it
    QList<User> users;
    std::unique_ptr<StorageValidationContext> context;
    NameIndex<Id> siteIndex;
    NameIndex<const BaseSettings *> profileIndex;
    QHash<QString, QList<const BaseSettings *>> profilesByModel;
    QHash<QString, QList<Id>> usersByEmail;
    NameIndex<Id> userNames;
    QHash<QString, Existing> existingNames;
    QHash<QString, Existing> existingHardware;

    static Result<std::unique_ptr<ImportReferences>> load(Storage &storage)
    {
        auto refs = std::make_unique<ImportReferences>();
        if (auto r = refs->loadRecords(storage); !r)
            return r.error();
        if (auto r = refs->loadPhones(storage); !r)
            return r.error();
        return refs;
    }

private:
    Result<void> loadRecords(Storage &storage)
    {
        auto readSites = storage.sites().list();
        if (!readSites)
            return readSites.error();
        auto readProfiles = storage.baseSettings().list();
        if (!readProfiles)
            return readProfiles.error();
        auto readUsers = storage.users().list();
        if (!readUsers)
            return readUsers.error();
        auto readContext = StorageValidationContext::load(storage);
        if (!readContext)
            return readContext.error();
        sites = std::move(*readSites);
        profiles = std::move(*readProfiles);
        users = std::move(*readUsers);
        context = std::move(*readContext);
        for (const Site &s : std::as_const(sites))
            siteIndex.add(s.name, s.id);
        for (const BaseSettingsSummary &b : std::as_const(profiles)) {
            profileIndex.add(b.settings.name, &b.settings);
            profilesByModel[b.settings.modelId].append(&b.settings);
        }
        for (const User &u : std::as_const(users)) {
            if (!u.email.isEmpty())
                usersByEmail[u.email.toCaseFolded()].append(u.id);
            userNames.add(u.name, u.id);
        }
        return {};
    }

    Result<void> loadPhones(Storage &storage)
    {
        QSqlQuery q(storage.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, name, hardware_id FROM phones")))
            return Sql::toError(q.lastError(),
                                QCoreApplication::translate("PhoneDesk::Import", "reading phones"));
        while (q.next()) {
            const Existing e {q.value(0).toLongLong(), q.value(1).toString()};
            existingNames.insert(e.name, e);
            if (!q.value(2).isNull() && !q.value(2).toString().isEmpty())
                existingHardware.insert(q.value(2).toString(), e);
        }
        if (auto read =
                Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
            !read)
            return read.error();
        return {};
    }
};

// A row on its way into the plan: the phone it describes and the problems found with it, in the
// order they are reported.
struct Draft
{
    qsizetype line = 0;
    Phone phone;
    bool complete = false; // as many fields as the header: every column of the file has a value
    QSet<QString> reported; // columns that already have an issue
    QList<ImportIssue> issues;
    QString hardwareKey; // normalised for the duplicate checks
    Id target = 0; // the phone the row updates

    void issue(const QString &column, qsizetype index, const QString &message)
    {
        issues.append({line, index + 1, column, message});
        reported.insert(column);
        if (column == Model || column == BaseSettingsCol) // the same fact, said once
            reported.unite({Model, BaseSettingsCol});
    }
};

// Stage "map" (any order, on the threads): one row into a phone, with the problems of its cells.
class RowMapper
{
public:
    RowMapper(const ImportColumns &columns, const ImportReferences &refs)
        : m_columns(columns)
        , m_refs(refs)
    { }

    // `cache`: the line-key texts this thread parsed already.
    void map(Draft &d, const Csv::Record &record, LineKeyCache &cache) const
    {
        d.line = record.line;
        if (record.fields.size() != m_columns.count) {
            d.issues.append({d.line, 0, QString(),
                             QCoreApplication::translate(
                                 "PhoneDesk::Import", "the row has %1 fields but the header has %2 columns.")
                                 .arg(record.fields.size())
                                 .arg(m_columns.count)});
            return;
        }
        d.complete = true;
        Phone &p = d.phone;
        p.name = cell(record, m_columns.name).trimmed();
        mapCategory(d, cell(record, m_columns.category).trimmed());
        mapBaseSettings(d, cell(record, m_columns.profile).trimmed(),
                        cell(record, m_columns.model).trimmed());
        mapSite(d, cell(record, m_columns.site).trimmed());
        mapUser(d, cell(record, m_columns.user).trimmed());
        p.hardwareId = cell(record, m_columns.hardware).trimmed();
        p.remoteAddress = cell(record, m_columns.remote).trimmed();
        p.networkAddress = cell(record, m_columns.network).trimmed();
        p.serialNumber = cell(record, m_columns.serial).trimmed();
        p.description = cell(record, m_columns.description);
        if (m_columns.lineKeys >= 0)
            mapLineKeys(d, cell(record, m_columns.lineKeys), cache);
        mapSettings(d, record);

        d.hardwareKey = hardwareKey(p.category, p.hardwareId);
        // A MAC in the form validation normalises it to: the phone and the duplicate check
        // share one string (validatePhone keeps a hardware ID that is normalised already).
        if (!d.hardwareKey.isEmpty() &&
            (p.category == PhoneCategory::Managed || p.category == PhoneCategory::Unmanaged))
            p.hardwareId = d.hardwareKey;
    }

private:
    // Cells an export neutralised (a ' before = + - @ ...) are taken as they were before it.
    static QString cell(const Csv::Record &record, qsizetype index)
    {
        if (index < 0 || index >= record.fields.size())
            return QString();
        const QString &text = record.fields.at(index);
        return !text.isEmpty() && text.front() == u'\'' ? Csv::restoreFormula(text) : text;
    }

    void issue(Draft &d, const QString &column, const QString &message) const
    {
        d.issue(column, m_columns.of(column), message);
    }

    void mapCategory(Draft &d, const QString &text) const
    {
        if (const auto c = phoneCategoryFromKey(text))
            d.phone.category = *c;
        else
            issue(d, Category,
                  text.isEmpty() ? QCoreApplication::translate(
                                       "PhoneDesk::Import",
                                       "the category is required: managed, unmanaged, webrtc or remote.")
                                 : QCoreApplication::translate(
                                       "PhoneDesk::Import",
                                       "\"%1\" is not a category; use managed, unmanaged, webrtc or remote.")
                                       .arg(text));
    }

    // Base settings: by name, or the only profile of the model.
    void mapBaseSettings(Draft &d, const QString &profileName, const QString &modelText) const
    {
        const PhoneModel *model = nullptr;
        if (!modelText.isEmpty()) {
            model = findModel(modelText);
            if (!model) {
                issue(d, Model,
                      QCoreApplication::translate(
                          "PhoneDesk::Import",
                          "\"%1\" is not a known phone model (use a model id such as poly-vvx-450, or its "
                          "name such as Poly VVX 450).")
                          .arg(modelText));
                if (profileName.isEmpty())
                    return;
            }
        }
        if (!profileName.isEmpty())
            mapProfileByName(d, profileName, model);
        else if (model)
            mapProfileByModel(d, *model);
        else
            issue(d, m_columns.hasBaseSettings() ? BaseSettingsCol : Model,
                  QCoreApplication::translate(
                      "PhoneDesk::Import",
                      "base settings are required: name a profile in base_settings, or give the model."));
    }

    static const PhoneModel *findModel(const QString &text)
    {
        const ModelCatalog &catalog = ModelCatalog::builtin();
        if (const PhoneModel *model = catalog.find(text))
            return model;
        for (const PhoneModel &m : catalog.models()) {
            if (m.id.compare(text, Qt::CaseInsensitive) == 0 ||
                m.displayName.compare(text, Qt::CaseInsensitive) == 0)
                return &m;
        }
        return nullptr;
    }

    void mapProfileByName(Draft &d, const QString &profileName, const PhoneModel *model) const
    {
        bool ambiguous = false;
        if (const auto b = m_refs.profileIndex.find(profileName, &ambiguous)) {
            d.phone.baseSettingsId = (*b)->id;
            if (model && (*b)->modelId != model->id) {
                const PhoneModel *profileModel = ModelCatalog::builtin().find((*b)->modelId);
                issue(d, Model,
                      QCoreApplication::translate("PhoneDesk::Import",
                                                  "the base settings \"%1\" are for the %2, not the %3.")
                          .arg((*b)->name, profileModel ? profileModel->displayName : (*b)->modelId,
                               model->displayName));
            }
        } else if (ambiguous) {
            issue(d, BaseSettingsCol,
                  QCoreApplication::translate("PhoneDesk::Import",
                                              "several base settings are called \"%1\" (differing in case); "
                                              "write the name exactly.")
                      .arg(profileName));
        } else {
            issue(d, BaseSettingsCol,
                  QCoreApplication::translate("PhoneDesk::Import", "there are no base settings named \"%1\".")
                      .arg(profileName));
        }
    }

    void mapProfileByModel(Draft &d, const PhoneModel &model) const
    {
        const QList<const BaseSettings *> candidates = m_refs.profilesByModel.value(model.id);
        if (candidates.size() == 1) {
            d.phone.baseSettingsId = candidates.first()->id;
            return;
        }
        if (candidates.isEmpty()) {
            issue(d, Model,
                  QCoreApplication::translate(
                      "PhoneDesk::Import",
                      "there are no base settings for the %1; create a profile first, or name one in "
                      "the base_settings column.")
                      .arg(model.displayName));
            return;
        }
        QStringList names;
        for (const BaseSettings *b : candidates)
            names.append(b->name);
        names.sort();
        issue(d, Model,
              QCoreApplication::translate(
                  "PhoneDesk::Import",
                  "the %1 has %2 base settings profiles (%3); name one in the base_settings column.")
                  .arg(model.displayName)
                  .arg(candidates.size())
                  .arg(names.join(QStringLiteral(", "))));
    }

    void mapSite(Draft &d, const QString &siteName) const
    {
        if (siteName.isEmpty()) {
            issue(d, SiteCol, QCoreApplication::translate("PhoneDesk::Import", "the site is required."));
            return;
        }
        bool ambiguous = false;
        if (const auto s = m_refs.siteIndex.find(siteName, &ambiguous))
            d.phone.siteId = *s;
        else
            issue(d, SiteCol,
                  ambiguous
                      ? QCoreApplication::translate(
                            "PhoneDesk::Import",
                            "several sites are called \"%1\" (differing in case); write the name exactly.")
                            .arg(siteName)
                      : QCoreApplication::translate("PhoneDesk::Import", "there is no site named \"%1\".")
                            .arg(siteName));
    }

    void mapUser(Draft &d, const QString &userText) const
    {
        if (userText.isEmpty())
            return;
        const QList<Id> byEmail = m_refs.usersByEmail.value(userText.toCaseFolded());
        const QList<Id> byName = m_refs.userNames.all(userText);
        if (byEmail.size() == 1)
            d.phone.userId = byEmail.first();
        else if (byEmail.size() > 1)
            issue(d, UserCol,
                  QCoreApplication::translate("PhoneDesk::Import",
                                              "several users have the email address \"%1\".")
                      .arg(userText));
        else if (byName.size() == 1)
            d.phone.userId = byName.first();
        else if (byName.size() > 1)
            issue(d, UserCol,
                  QCoreApplication::translate("PhoneDesk::Import",
                                              "several users are called \"%1\"; use the email address.")
                      .arg(userText));
        else
            issue(d, UserCol,
                  QCoreApplication::translate("PhoneDesk::Import",
                                              "there is no user with the email address or name \"%1\".")
                      .arg(userText));
    }

    // Phones often have the same keys: parsed once, the list is shared between them.
    void mapLineKeys(Draft &d, const QString &text, LineKeyCache &cache) const
    {
        if (const auto it = cache.constFind(text); it != cache.constEnd()) {
            d.phone.lineKeys = *it;
        } else if (auto keys = LineKeyNotation::parse(text)) {
            d.phone.lineKeys = *keys;
            if (cache.size() < LineKeyCacheSize)
                cache.insert(text, d.phone.lineKeys);
        } else {
            issue(d, LineKeys, keys.error().message);
        }
    }

    void mapSettings(Draft &d, const Csv::Record &record) const
    {
        const SettingsSchema &schema = SettingsSchema::builtin();
        for (const SettingColumn &setting : std::as_const(m_columns.settings)) {
            const QString text = cell(record, setting.index);
            if (text.trimmed().isEmpty())
                continue;
            if (const auto value = schema.fromText(*setting.definition, text))
                d.phone.overrides.insert(setting.key, *value);
            else
                issue(d, setting.column,
                      QCoreApplication::translate("PhoneDesk::Import", "\"%1\" is not a valid value for %2.")
                          .arg(text, SettingsSchema::label(*setting.definition)));
        }
    }

    const ImportColumns &m_columns;
    const ImportReferences &m_refs;
};

// Stage "duplicates" (in file order): names and hardware IDs used twice in the file, and what the
// import mode makes of the phones already in the database (an update target, or an issue).
class DuplicateChecker
{
public:
    DuplicateChecker(const ImportColumns &columns, const ImportReferences &refs, ImportMode mode)
        : m_columns(columns)
        , m_refs(refs)
        , m_mode(mode)
    { }

    // As many rows as the file is expected to have: no rehashing on the way.
    void reserve(qsizetype rows)
    {
        m_names.reserve(rows);
        m_hardware.reserve(rows);
    }

    void check(Draft &d)
    {
        if (!d.complete)
            return;
        checkInFile(d);
        checkInDatabase(d);
    }

private:
    void issue(Draft &d, const QString &column, const QString &message) const
    {
        d.issue(column, m_columns.of(column), message);
    }

    void checkInFile(Draft &d)
    {
        const Phone &p = d.phone;
        if (!p.name.isEmpty()) {
            if (const qsizetype seen = m_names.firstSeen(p.name, d.line))
                issue(d, Name,
                      QCoreApplication::translate("PhoneDesk::Import",
                                                  "the name \"%1\" is also used on line %2.")
                          .arg(p.name)
                          .arg(seen));
        }
        if (!d.hardwareKey.isEmpty()) {
            if (const qsizetype seen = m_hardware.firstSeen(d.hardwareKey, d.line))
                issue(d, HardwareId,
                      QCoreApplication::translate("PhoneDesk::Import",
                                                  "the hardware ID %1 is also used on line %2.")
                          .arg(showHardware(p.category, d.hardwareKey))
                          .arg(seen));
        }
    }

    void checkInDatabase(Draft &d) const
    {
        const Phone &p = d.phone;
        const QString &hwKey = d.hardwareKey;
        const auto byName = m_refs.existingNames.constFind(p.name);
        const auto byHardware =
            hwKey.isEmpty() ? m_refs.existingHardware.constEnd() : m_refs.existingHardware.constFind(hwKey);
        const bool nameTaken = byName != m_refs.existingNames.constEnd();
        const bool hardwareTaken = byHardware != m_refs.existingHardware.constEnd();
        const auto hardwareBelongs = [&] {
            issue(d, HardwareId,
                  QCoreApplication::translate("PhoneDesk::Import",
                                              "the hardware ID %1 already belongs to phone \"%2\".")
                      .arg(showHardware(p.category, hwKey), byHardware->name));
        };
        switch (m_mode) {
        case ImportMode::CreateOnly:
            if (nameTaken)
                issue(d, Name,
                      QCoreApplication::translate(
                          "PhoneDesk::Import",
                          "a phone named \"%1\" already exists; import in an update mode to change it.")
                          .arg(p.name));
            if (hardwareTaken)
                hardwareBelongs();
            break;
        case ImportMode::UpsertByHardwareId:
            if (hardwareTaken)
                d.target = byHardware->id;
            if (nameTaken && byName->id != d.target)
                issue(d, Name,
                      QCoreApplication::translate("PhoneDesk::Import",
                                                  "another phone is already called \"%1\".")
                          .arg(p.name));
            break;
        case ImportMode::UpsertByName:
            if (nameTaken)
                d.target = byName->id;
            if (hardwareTaken && byHardware->id != d.target)
                hardwareBelongs();
            break;
        }
    }

    const ImportColumns &m_columns;
    const ImportReferences &m_refs;
    ImportMode m_mode;
    SeenTexts m_names; // names and hardware IDs seen so far, with their lines
    SeenTexts m_hardware;
};

// Stage "validate" (any order, on the threads): an update keeps what the file does not say; then
// the editor's validation.
class RowValidator
{
public:
    RowValidator(const ImportColumns &columns, const ValidationContext &context)
        : m_columns(columns)
        , m_context(context)
    { }

    // The phones the rows of a block update, as they are now (before the block is validated).
    Result<void> loadTargets(Storage &storage, const QList<Draft> &drafts)
    {
        m_current.clear();
        QList<Id> targets;
        for (const Draft &d : drafts) {
            if (d.target != 0)
                targets.append(d.target);
        }
        if (targets.isEmpty())
            return {};
        auto phones = storage.phones().getMany(targets);
        if (!phones)
            return phones.error();
        for (const Phone &p : std::as_const(*phones))
            m_current.insert(p.id, p);
        return {};
    }

    void validate(Draft &d) const
    {
        if (!d.complete)
            return;
        if (d.target != 0 && !merge(d)) {
            d.issues.append({d.line, 0, QString(),
                             QCoreApplication::translate("PhoneDesk::Import",
                                                         "the phone to update was deleted meanwhile.")});
            return;
        }
        if (d.reported.contains(Category))
            return; // without a category the editor's rules would only guess; the row is rejected anyway
        Phone &p = d.phone;
        p.overrides = SettingsSchema::builtin().normalized(p.overrides);
        const FieldErrors errors = Validation::validatePhone(p, ModelCatalog::builtin(), m_context);
        for (const FieldError &e : errors) {
            const QString column = columnForField(e.field, m_columns.hasBaseSettings());
            if (d.reported.contains(column))
                continue; // already said more precisely (e.g. "there is no site named X")
            d.issues.append({d.line, m_columns.of(column) + 1, column, e.message});
        }
    }

private:
    // The phone the row updates with what the row says; false when it is gone.
    bool merge(Draft &d) const
    {
        const auto it = m_current.constFind(d.target);
        if (it == m_current.constEnd())
            return false;
        const Phone &p = d.phone;
        Phone merged = *it;
        merged.name = p.name;
        merged.category = p.category;
        merged.baseSettingsId = p.baseSettingsId;
        merged.siteId = p.siteId;
        if (m_columns.hardware >= 0)
            merged.hardwareId = p.hardwareId;
        if (m_columns.user >= 0)
            merged.userId = p.userId;
        if (m_columns.remote >= 0)
            merged.remoteAddress = p.remoteAddress;
        if (m_columns.network >= 0)
            merged.networkAddress = p.networkAddress;
        if (m_columns.serial >= 0)
            merged.serialNumber = p.serialNumber;
        if (m_columns.description >= 0)
            merged.description = p.description;
        if (m_columns.lineKeys >= 0)
            merged.lineKeys = p.lineKeys;
        for (const SettingColumn &setting : std::as_const(m_columns.settings))
            merged.overrides.remove(setting.key);
        for (auto o = p.overrides.constBegin(); o != p.overrides.constEnd(); ++o)
            merged.overrides.insert(o.key(), o.value());
        d.phone = std::move(merged);
        return true;
    }

    const ImportColumns &m_columns;
    const ValidationContext &m_context;
    QHash<Id, Phone> m_current; // the phones the rows of the block being validated update
};

// Reads the file a block of rows at a time and runs the blocks through the stages. The work that
// looks at one row alone (map, validate) runs in parallel; the reading, the duplicate checks, the
// plan and the progress reports run in order, so the plan and every message are the same however
// many threads there are. Only a few blocks of records and drafts exist at a time: the memory an
// import needs is the plan's.
class ImportPreparation
{
public:
    ImportPreparation(Storage &storage, Csv::Reader &reader, qint64 bytes, ImportMode mode,
                      const ProgressCallback &progress)
        : m_storage(storage)
        , m_reader(reader)
        , m_bytes(bytes)
        , m_progress(progress)
    {
        m_plan.mode = mode;
    }

    Result<ImportPlan> run()
    {
        if (!readHeader())
            return std::move(m_plan);
        // A broken header: the rows cannot be understood; they are only counted (and the preview
        // shown). A file without rows needs nothing from the database either.
        if (m_plan.fatal || m_first.isEmpty()) {
            countRest();
            finishFile();
            return std::move(m_plan);
        }
        auto refs = ImportReferences::load(m_storage);
        if (!refs)
            return refs.error();
        m_refs = std::move(*refs);
        m_mapper.emplace(m_columns, *m_refs);
        m_checker.emplace(m_columns, *m_refs, m_plan.mode);
        m_validator.emplace(m_columns, *m_refs->context);
        if (auto r = runBlocks(); !r)
            return r.error();
        if (m_stopped)
            return cancelled();
        finishFile();
        std::stable_sort(m_plan.issues.begin(), m_plan.issues.end(),
                         [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
        if (m_progress && !m_progress(m_bytes, m_bytes))
            return cancelled();
        return std::move(m_plan);
    }

private:
    struct Block
    {
        QList<Csv::Record> records;
        QList<Draft> drafts;
    };

    static Error cancelled()
    {
        return Error::make(Error::Code::Cancelled,
                           QCoreApplication::translate("PhoneDesk::Import", "Cancelled."));
    }

    // The header and the first block of rows; false when the file has no header.
    bool readHeader()
    {
        m_reader.next(m_first, 1 + ParallelBlock);
        m_plan.delimiter = m_reader.delimiter();
        if (m_first.isEmpty()) {
            if (const auto &error = m_reader.error())
                fatalIssue(m_plan, error->line, error->column, QString(), error->message);
            else
                fatalIssue(
                    m_plan, 1, 0, QString(),
                    QCoreApplication::translate(
                        "PhoneDesk::Import",
                        "the file is empty; the first line must be a header row naming the columns, for "
                        "example name,category,site,base_settings,hardware_id."));
            return false;
        }
        const Csv::Record header = m_first.takeFirst();
        m_headerLine = header.line;
        m_columns = ImportColumns::read(header, m_plan.mode, m_plan);
        m_plan.dataRows = m_first.size();
        addPreview(m_first);
        return true;
    }

    void countRest()
    {
        QList<Csv::Record> records = std::move(m_first);
        for (records.clear(); m_reader.next(records, ParallelBlock); records.clear()) {
            m_plan.dataRows += records.size();
            addPreview(records);
        }
    }

    void addPreview(const QList<Csv::Record> &records)
    {
        for (qsizetype i = 0; i < records.size() && m_plan.preview.size() < PreviewRows; ++i) {
            m_plan.preview.append(records.at(i));
            for (QString &field : m_plan.preview.last().fields) {
                if (!field.isEmpty() && field.front() == u'\'')
                    field = Csv::restoreFormula(field);
            }
        }
    }

    // The end of the file: a syntax error stops the import (the rows before it were checked, so
    // people see all they need to fix), as does a file without rows.
    void finishFile()
    {
        if (const auto &error = m_reader.error()) {
            // Name the column the error is in, as the header calls it.
            const qsizetype c = error->column - 1;
            const QList<ImportColumn> &columns = m_plan.columns;
            const QString name = c >= 0 && c < columns.size()
                ? (columns.at(c).field.isEmpty() ? columns.at(c).header.trimmed() : columns.at(c).field)
                : QString();
            fatalIssue(m_plan, error->line, error->column, name, error->message);
        } else if (m_plan.dataRows == 0) {
            fatalIssue(
                m_plan, m_headerLine, 0, QString(),
                QCoreApplication::translate("PhoneDesk::Import", "the file has a header row but no phones."));
        }
    }

    // Progress is the share of the file read (the number of rows is known only at its end).
    void tick()
    {
        ++m_done;
        if (m_progress && m_done % 512 == 0 && !m_progress(qMin(m_reader.bytesRead(), m_bytes), m_bytes))
            m_stopped = true;
    }

    Block &block(qsizetype k) { return m_blocks[size_t(k % qsizetype(m_blocks.size()))]; }

    void readBlock()
    {
        Block &b = block(m_readBlocks);
        b.records.clear();
        b.drafts.clear();
        if (m_readBlocks == 0) {
            b.records = std::move(m_first);
        } else if (m_reader.next(b.records, ParallelBlock)) {
            m_plan.dataRows += b.records.size();
            addPreview(b.records);
        }
        b.drafts.resize(b.records.size());
        ++m_readBlocks;
    }

    // Room in the plan for as many rows as the file has if the rest is like what was read: the
    // plan is the largest part of an import, and growing it in steps would copy it each time.
    qsizetype expectedRows() const
    {
        const qint64 read = m_reader.bytesRead();
        return read > 0 ? qsizetype(qint64(m_plan.dataRows) * m_bytes / read * 21 / 20) : 0;
    }

    void reserveRows(qsizetype more)
    {
        if (m_plan.rows.size() + more <= m_plan.rows.capacity() || m_reader.bytesRead() <= 0)
            return;
        m_plan.rows.reserve(qMax(m_plan.rows.size() + more, expectedRows() + ParallelBlock));
    }

    void intoPlan(Block &b)
    {
        reserveRows(b.drafts.size());
        for (qsizetype i = 0; i < b.drafts.size() && !m_stopped; ++i) {
            Draft &d = b.drafts[i];
            if (d.issues.isEmpty())
                m_plan.rows.append({d.line, std::move(d.phone), d.target != 0});
            else
                m_plan.issues.append(d.issues);
            tick();
        }
        b.drafts.clear();
    }

    Result<void> checkBlock(Block &b)
    {
        b.records.clear(); // what the drafts keep of the cells, they share
        for (qsizetype i = 0; i < b.drafts.size() && !m_stopped; ++i) {
            m_checker->check(b.drafts[i]);
            tick();
        }
        return m_validator->loadTargets(m_storage, b.drafts);
    }

    void mapRows(Block &b, qsizetype from, qsizetype to, int slot)
    {
        for (qsizetype i = from; i < to; ++i)
            m_mapper->map(b.drafts[i], b.records.at(i), m_lineKeyCaches[size_t(slot)]);
    }

    void startThreads()
    {
        if (const int threads = QThread::idealThreadCount(); threads > 1 && m_plan.dataRows >= 1024) {
            m_pool = std::make_unique<QThreadPool>();
            m_pool->setMaxThreadCount(threads - 1);
        }
        m_lineKeyCaches.resize(size_t(m_pool ? m_pool->maxThreadCount() + 1 : 1));
    }

    // Block k goes through: read (in order) -> map (threads) -> duplicate checks (in order) ->
    // validate (threads) -> into the plan (in order). While the threads validate block k and map
    // block k+1, this thread puts block k-1 into the plan and reads block k+2.
    Result<void> runBlocks()
    {
        readBlock(); // block 0: the rows read with the header
        m_checker->reserve(expectedRows());
        startThreads();
        parallelFor(
            m_pool.get(), 0, block(0).drafts.size(),
            [this](qsizetype from, qsizetype to, int slot) { mapRows(block(0), from, to, slot); },
            [this] { readBlock(); }); // block 1
        if (auto r = checkBlock(block(0)); !r)
            return r;
        for (qsizetype k = 0; k < m_readBlocks && !m_stopped; ++k) {
            Block &validating = block(k);
            Block &mapping = block(k + 1); // empty after the last block
            validateAndMap(k, validating, mapping);
            if (m_stopped)
                break;
            if (mapping.drafts.isEmpty()) {
                intoPlan(validating); // the last block
                break;
            }
            if (auto r = checkBlock(mapping); !r)
                return r;
        }
        return {};
    }

    void validateAndMap(qsizetype k, Block &validating, Block &mapping)
    {
        const qsizetype toValidate = validating.drafts.size();
        parallelFor(
            m_pool.get(), 0, toValidate + mapping.drafts.size(),
            [&](qsizetype from, qsizetype to, int slot) {
                for (qsizetype i = from; i < qMin(to, toValidate); ++i)
                    m_validator->validate(validating.drafts[i]);
                if (to > toValidate)
                    mapRows(mapping, qMax(from, toValidate) - toValidate, to - toValidate, slot);
            },
            [&] {
                if (k > 0)
                    intoPlan(block(k - 1));
                if (!mapping.drafts.isEmpty())
                    readBlock(); // block k + 2
            });
    }

    Storage &m_storage;
    Csv::Reader &m_reader;
    qint64 m_bytes;
    ProgressCallback m_progress;
    ImportPlan m_plan;
    QList<Csv::Record> m_first; // the rows read with the header
    qsizetype m_headerLine = 1;
    ImportColumns m_columns;
    std::unique_ptr<ImportReferences> m_refs;
    std::optional<RowMapper> m_mapper;
    std::optional<DuplicateChecker> m_checker;
    std::optional<RowValidator> m_validator;
    std::unique_ptr<QThreadPool> m_pool; // when the file has enough rows for threads to pay
    std::vector<LineKeyCache> m_lineKeyCaches; // per thread slot
    std::array<Block, 4> m_blocks;
    qsizetype m_readBlocks = 0; // blocks read so far
    qsizetype m_done = 0;
    bool m_stopped = false;
};

} // namespace

Result<ImportPlan> PhoneImporter::prepareFrom(Csv::Reader &reader, qint64 bytes, ImportMode mode,
                                              const ProgressCallback &progress)
{
    return ImportPreparation(m_storage, reader, bytes, mode, progress).run();
}

Result<ImportResult> PhoneImporter::commit(const ImportPlan &plan, bool skipInvalid, const QString &source,
                                           const ProgressCallback &progress)
{
    if (plan.fatal)
        return Error::make(Error::Code::Validation,
                           QCoreApplication::translate("PhoneDesk::Import", "The file cannot be imported: %1")
                               .arg(plan.issues.isEmpty() ? QString() : plan.issues.first().text()));
    // Importing is an administrator's task (docs/user-guide.md, roles); editors may still check files.
    if (auto allowed = m_storage.require(Permission::Administer,
                                         QCoreApplication::translate("PhoneDesk::Import", "import phones"));
        !allowed)
        return allowed.error();
    const qsizetype rejected = plan.rejectedRows();
    if (rejected > 0 && !skipInvalid)
        return Error::make(Error::Code::Validation,
                           QCoreApplication::translate("PhoneDesk::Import",
                                                       "%1 of %2 rows have errors; nothing was imported.")
                               .arg(rejected)
                               .arg(plan.dataRows));
    ImportResult result;
    result.skipped = rejected;
    if (plan.rows.isEmpty())
        return result;

    const qsizetype createCount = plan.creates();
    const qsizetype updateCount = plan.updates();
    // The rows were validated by prepare() with the editor's rules; saveBlocks checks duplicates
    // again and the database's constraints guard what changed since. The summary line goes into
    // the same transaction as the phones. The plan's rows become phones a block at a time, so
    // the phones of a large file are never all in memory at once.
    SaveOptions options;
    options.prevalidated = true;
    options.summary = SaveOptions::AuditNote {
        QStringLiteral("phone.import"), QStringLiteral("phone"), 0,
        source.isEmpty() ? QCoreApplication::translate("PhoneDesk::Import", "CSV import")
                         : QFileInfo(source).fileName(),
        QCoreApplication::translate("PhoneDesk::Import", "%1 created, %2 updated, %3 rows skipped")
            .arg(createCount)
            .arg(updateCount)
            .arg(rejected)};
    constexpr qsizetype SaveBlockRows = 16384;
    qsizetype nextRow = 0;
    auto blocks = [&](QList<Phone> &creates, QList<Phone> &updates) {
        if (nextRow >= plan.rows.size())
            return false;
        const qsizetype end = qMin(plan.rows.size(), nextRow + SaveBlockRows);
        creates.reserve(end - nextRow);
        for (; nextRow < end; ++nextRow) {
            ImportRow row = plan.rows.at(nextRow);
            (row.update ? updates : creates).append(std::move(row.phone));
        }
        return true;
    };
    auto saved = m_storage.phones().saveBlocks(blocks, plan.rows.size(), QStringLiteral("phone.import"),
                                               progress, options);
    if (!saved)
        return saved.error();
    result.created = createCount;
    result.updated = updateCount;
    return result;
}

QByteArray PhoneImporter::reportCsv(const QList<ImportIssue> &issues)
{
    QByteArray out;
    Csv::appendRecord(out,
                      {QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("column_name"),
                       QStringLiteral("message")});
    for (const ImportIssue &i : issues)
        Csv::appendRecord(out,
                          {QString::number(i.line), i.column > 0 ? QString::number(i.column) : QString(),
                           i.columnName, i.message});
    return out;
}

} // namespace PhoneDesk
