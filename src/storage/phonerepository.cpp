#include "phonerepository.h"

#include "basesettingsrepository.h"
#include "macaddress.h"
#include "modelcatalog.h"
#include "settingsschema.h"
#include "sqlitedatabase.h"
#include "sqlutil.h"
#include "storage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <charconv>
#include <latch>
#include <vector>

namespace PhoneDesk {

namespace {

QString label(const Phone &p)
{
    return QCoreApplication::translate("PhoneDesk::Storage", "Phone \"%1\"").arg(p.name);
}

// JSON string literal, written as QJsonDocument writes it: ", \ and control characters escaped,
// everything else as is; a lone surrogate (not valid UTF-16) as \uXXXX.
void appendJsonString(QString &out, QStringView text)
{
    out += u'"';
    const qsizetype size = text.size();
    qsizetype plain = 0; // start of the run not yet copied
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\' && !QChar::isSurrogate(c))
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i;
            continue;
        }
        out += text.mid(plain, i - plain);
        plain = i + 1;
        switch (c) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {
                '\\', 'u', hex[(c >> 12) & 0xf], hex[(c >> 8) & 0xf], hex[(c >> 4) & 0xf], hex[c & 0xf]};
            out += QLatin1String(escaped, 6);
            break;
        }
        }
    }
    out += text.mid(plain);
    out += u'"';
}

void appendNumber(QString &out, int number)
{
    char digits[12];
    const auto [end, error] = std::to_chars(digits, digits + sizeof(digits), number);
    Q_UNUSED(error) // an int always fits
    out += QLatin1String(digits, end - digits);
}

// [{"i":1,"l":"Reception","t":"blf","v":"1002"}]: what QJsonDocument writes for the array of
// objects (keys sorted, empty label and value left out), without building one per phone.
void appendLineKeysJson(QString &json, const QList<LineKey> &keys)
{
    if (keys.isEmpty()) {
        json += QLatin1String("[]");
        return;
    }
    json += u'[';
    bool first = true;
    for (const LineKey &k : keys) {
        if (!first)
            json += u',';
        first = false;
        json += QLatin1String("{\"i\":");
        appendNumber(json, k.index);
        if (!k.label.isEmpty()) {
            json += QLatin1String(",\"l\":");
            appendJsonString(json, k.label);
        }
        json += QLatin1String(",\"t\":");
        appendJsonString(json, toKey(k.type));
        if (!k.value.isEmpty()) {
            json += QLatin1String(",\"v\":");
            appendJsonString(json, k.value);
        }
        json += u'}';
    }
    json += u']';
}

QString lineKeysToJson(const QList<LineKey> &keys)
{
    QString json;
    appendLineKeysJson(json, keys);
    return json;
}

// Overrides as QJsonDocument writes them ({"media.dscpRtp":40}, keys sorted as in the map), for
// the value types settings have after normalisation; anything else goes through QJsonDocument.
QString overridesToJson(const QVariantMap &overrides)
{
    if (overrides.isEmpty())
        return QStringLiteral("{}");
    QString json;
    json += u'{';
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (json.size() > 1)
            json += u',';
        appendJsonString(json, it.key());
        json += u':';
        const QVariant &value = it.value();
        switch (value.typeId()) {
        case QMetaType::Bool:
            json += value.toBool() ? QLatin1String("true") : QLatin1String("false");
            break;
        case QMetaType::Int:
            json += QString::number(value.toInt());
            break;
        case QMetaType::QString:
            appendJsonString(json, value.toString());
            break;
        case QMetaType::QStringList: {
            json += u'[';
            const QStringList list = value.toStringList();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (i)
                    json += u',';
                appendJsonString(json, list.at(i));
            }
            json += u']';
            break;
        }
        default:
            return Sql::toJson(overrides);
        }
    }
    json += u'}';
    return json;
}

QList<LineKey> lineKeysFromJson(const QString &json)
{
    QList<LineKey> keys;
    if (json.size() <= 2)
        return keys;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        keys.append(
            {o.value(QStringLiteral("i")).toInt(),
             lineKeyTypeFromKey(o.value(QStringLiteral("t")).toString()).value_or(LineKeyType::Unassigned),
             o.value(QStringLiteral("l")).toString(), o.value(QStringLiteral("v")).toString()});
    }
    return keys;
}

// Per-device secrets (provisioning authentication, the phone's admin password): 24 characters
// from an alphabet without look-alikes. Random words come from the system's secure source in
// blocks, one read for many secrets (bulk imports create 100k of them). A word below
// 7 * 57^5 gives five independent, uniformly distributed characters (its base-57 digits);
// larger words are skipped, so every character is equally likely.
class DeviceSecrets final
{
public:
    static constexpr int Length = 24;

    void write(char *out)
    {
        static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        static_assert(sizeof(alphabet) - 1 == Base);
        for (int i = 0; i < Length; ++i) {
            if (m_digitsLeft == 0) {
                quint32 word = 0;
                do {
                    if (m_next == Words) {
                        QRandomGenerator::system()->fillRange(m_words);
                        m_next = 0;
                    }
                    word = m_words[m_next++];
                } while (word >= Limit);
                m_digits = word % Digits5;
                m_digitsLeft = 5;
            }
            out[i] = alphabet[m_digits % Base];
            m_digits /= Base;
            --m_digitsLeft;
        }
    }

    // Into `secret`, reusing its storage.
    void write(QString &secret)
    {
        char latin1[Length];
        write(latin1);
        secret.resize(Length);
        QChar *out = secret.data();
        for (int i = 0; i < Length; ++i)
            out[i] = QLatin1Char(latin1[i]);
    }

    QString next()
    {
        QString secret;
        write(secret);
        return secret;
    }

private:
    static constexpr quint32 Base = 57;
    static constexpr quint32 Digits5 = Base * Base * Base * Base * Base; // 601,692,057
    static constexpr quint32 Limit = 7 * Digits5; // the largest multiple below 2^32
    static constexpr int Words = 256;
    quint32 m_words[Words];
    int m_next = Words;
    quint32 m_digits = 0;
    int m_digitsLeft = 0;
};

const QString &categoryKey(PhoneCategory category)
{
    static const QString keys[] = {toKey(PhoneCategory::Managed), toKey(PhoneCategory::Unmanaged),
                                   toKey(PhoneCategory::WebRtc), toKey(PhoneCategory::Remote)};
    switch (category) {
    case PhoneCategory::Managed:
        return keys[0];
    case PhoneCategory::Unmanaged:
        return keys[1];
    case PhoneCategory::WebRtc:
        return keys[2];
    case PhoneCategory::Remote:
        break;
    }
    return keys[3];
}

// The text columns of a phone, in the order PhoneTexts and EncodedPhones keep them.
enum PhoneText {
    NameText,
    CategoryText,
    HardwareIdText,
    RemoteAddressText,
    NetworkAddressText,
    SerialNumberText,
    DescriptionText,
    OverridesText,
    LineKeysText,
    SecretText,
    PhoneTextCount
};

// Appends the text columns of `p` to `bytes` as UTF-8 (SQLite takes the bytes as they are: no
// UTF-16 conversion inside SQLite, no allocation per value) and where each starts to `offsets`
// (PhoneTextCount + 1 entries, from the start of `bytes`). `lineKeys` is scratch space kept
// between calls.
void appendPhoneTexts(QByteArray &bytes, qsizetype *offsets, const Phone &p, QStringView secret,
                      QString &lineKeys, QStringEncoder &encoder)
{
    const QString overrides = overridesToJson(p.overrides); // "{}" without allocating, mostly
    lineKeys.resize(0); // keeps its capacity: no allocation per phone
    appendLineKeysJson(lineKeys, p.lineKeys);
    const QStringView texts[PhoneTextCount] = {
        p.name,         categoryKey(p.category), p.hardwareId, p.remoteAddress, p.networkAddress,
        p.serialNumber, p.description,           overrides,    lineKeys,        secret};
    qsizetype space = 0;
    for (const QStringView text : texts)
        space += encoder.requiredSpace(text.size());
    const qsizetype at = bytes.size();
    if (bytes.capacity() < at + space)
        bytes.reserve(qMax(at + space, 2 * bytes.capacity()));
    bytes.resize(at + space);
    char *const start = bytes.data();
    char *out = start + at;
    for (int i = 0; i < PhoneTextCount; ++i) {
        offsets[i] = out - start;
        out = encoder.appendToBuffer(out, texts[i]);
    }
    offsets[PhoneTextCount] = out - start;
    bytes.resize(out - start);
}

// The text columns of one phone at a time, in a buffer reused phone after phone (per-row writes).
class PhoneTexts final
{
public:
    void encode(const Phone &p, QStringView secret)
    {
        m_buffer.resize(0);
        appendPhoneTexts(m_buffer, m_offsets, p, secret, m_lineKeys, m_encoder);
    }

    // Valid until the next encode().
    QByteArrayView operator[](PhoneText field) const
    {
        return QByteArrayView(m_buffer.constData() + m_offsets[field],
                              m_offsets[field + 1] - m_offsets[field]);
    }

private:
    // Stateless: a lone surrogate at the end of one value must not carry over into the next.
    QStringEncoder m_encoder {QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    QByteArray m_buffer;
    QString m_lineKeys;
    qsizetype m_offsets[PhoneTextCount + 1] = {};
};

// The text columns of every new phone of a batch (device secrets included), in blocks. Threads
// of a pool encode the blocks ahead of SQLite, which takes them as it reaches them, encoding
// itself any block no thread has started: the encoding is off the path of the write. The threads
// stay at most MaxBlocksAhead blocks ahead, and a block is freed once SQLite has passed it, so
// the texts of a large import are never all in memory at once.
class EncodedPhones final
{
public:
    explicit EncodedPhones(const QList<Phone> &phones)
        : m_phones(phones)
        , m_blocks((phones.size() + BlockRows - 1) / BlockRows)
        , m_ready(new std::atomic<bool>[m_blocks.size()])
    {
        for (size_t i = 0; i < m_blocks.size(); ++i)
            m_ready[i].store(false, std::memory_order_relaxed);
    }
    ~EncodedPhones() { stop(); }
    EncodedPhones(const EncodedPhones &) = delete;
    EncodedPhones &operator=(const EncodedPhones &) = delete;

    // Starts the threads of `pool` on the blocks (none: every block is encoded when it is needed).
    // The phones must not change from here on.
    void start(QThreadPool *pool)
    {
        // The store releases the phones to the threads' first fetch_add.
        m_next.store(0, std::memory_order_release);
        if (!pool)
            return;
        m_helpers = pool->maxThreadCount();
        m_finished.emplace(m_helpers);
        for (int i = 0; i < m_helpers; ++i) {
            pool->start([this] {
                for (qsizetype block = m_next.fetch_add(1); block < blockCount() && !m_stopped.load();
                     block = m_next.fetch_add(1)) {
                    // Not too far ahead of SQLite: wait until it comes closer.
                    for (qsizetype reading = m_reading.load();
                         block > reading + MaxBlocksAhead && !m_stopped.load(); reading = m_reading.load())
                        m_reading.wait(reading);
                    if (m_stopped.load())
                        break;
                    encodeBlock(block);
                }
                m_finished->count_down();
            });
        }
    }

    // Lets the threads finish the block they are on and waits for them.
    void stop()
    {
        m_stopped.store(true);
        m_reading.fetch_add(1); // wakes the threads that wait to go on
        m_reading.notify_all();
        if (m_finished)
            m_finished->wait();
        m_finished.reset();
    }

    // Makes sure the block of `row` is encoded: by this thread unless one of the pool's has it.
    // Rows are taken in order: the blocks before that of `row` are freed.
    void prepareRow(qsizetype row)
    {
        const qsizetype wanted = row / BlockRows;
        if (wanted > m_reading.load()) {
            m_reading.store(wanted);
            m_reading.notify_all();
        }
        for (; m_freed < wanted; ++m_freed)
            m_blocks[size_t(m_freed)] = Block();
        while (!m_ready[size_t(wanted)].load(std::memory_order_acquire)) {
            if (const qsizetype block = m_next.fetch_add(1); block < blockCount())
                encodeBlock(block); // the wanted one or one after it
            else
                QThread::yieldCurrentThread(); // a thread is finishing the wanted block
        }
    }

    // After prepareRow() for a row of the same block.
    QByteArrayView text(qsizetype row, PhoneText field) const
    {
        const Block &block = m_blocks[size_t(row / BlockRows)];
        const qsizetype *offsets = block.offsets.data() + (row % BlockRows) * (PhoneTextCount + 1);
        return QByteArrayView(block.bytes.constData() + offsets[field], offsets[field + 1] - offsets[field]);
    }

private:
    static constexpr qsizetype BlockRows = 512;
    static constexpr qsizetype MaxBlocksAhead = 16;
    struct Block
    {
        QByteArray bytes;
        std::vector<qsizetype> offsets;
    };

    qsizetype blockCount() const { return qsizetype(m_blocks.size()); }

    void encodeBlock(qsizetype index)
    {
        Block &block = m_blocks[size_t(index)];
        const qsizetype first = index * BlockRows;
        const qsizetype last = qMin(m_phones.size(), first + BlockRows);
        block.offsets.resize(size_t((last - first) * (PhoneTextCount + 1)));
        block.bytes.reserve((last - first) * 160);
        DeviceSecrets secrets; // per block: the threads share no state
        QString secret;
        QString lineKeys;
        QStringEncoder encoder {QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
        for (qsizetype row = first; row < last; ++row) {
            secrets.write(secret);
            appendPhoneTexts(block.bytes, block.offsets.data() + (row - first) * (PhoneTextCount + 1),
                             m_phones.at(row), secret, lineKeys, encoder);
        }
        m_ready[size_t(index)].store(true, std::memory_order_release); // releases the block to readers
    }

    const QList<Phone> &m_phones;
    std::vector<Block> m_blocks;
    std::unique_ptr<std::atomic<bool>[]> m_ready;
    std::atomic<qsizetype> m_next {0};
    std::atomic<qsizetype> m_reading {0}; // the block SQLite is on
    qsizetype m_freed = 0; // the blocks before this one are freed (prepareRow's thread only)
    std::atomic<bool> m_stopped {false};
    int m_helpers = 0;
    std::optional<std::latch> m_finished;
};

// New phones as the table the bulk INSERT ... SELECT reads (NewPhonesDeclaration's columns), their
// texts from EncodedPhones.
class NewPhoneRows final : public SqliteRowSource
{
public:
    // `reached(done)` is told how many rows SQLite has taken so far; false cancels.
    NewPhoneRows(const QList<Phone> &phones, EncodedPhones &texts, std::function<bool(qsizetype)> reached)
        : m_phones(phones)
        , m_texts(texts)
        , m_reached(std::move(reached))
    { }

    qsizetype rowCount() const override { return m_phones.size(); }

    bool enterRow(qsizetype row) override
    {
        if (row > 0 && !m_reached(row))
            return false;
        m_texts.prepareRow(row);
        return true;
    }

    void value(qsizetype row, int column, SqliteValue &out) override
    {
        const Phone &p = m_phones.at(row);
        switch (column) {
        case 0:
            return out.setUtf8(m_texts.text(row, NameText));
        case 1:
            return out.setUtf8(m_texts.text(row, CategoryText));
        case 2:
            return out.setInt64(p.baseSettingsId);
        case 3:
            return out.setInt64(p.siteId);
        case 4:
            return out.setUtf8OrNull(m_texts.text(row, HardwareIdText));
        case 5:
            return out.setInt64OrNull(p.userId);
        case 6:
            return out.setUtf8(m_texts.text(row, RemoteAddressText));
        case 7:
            return out.setUtf8(m_texts.text(row, NetworkAddressText));
        case 8:
            return out.setUtf8(m_texts.text(row, SerialNumberText));
        case 9:
            return out.setUtf8(m_texts.text(row, DescriptionText));
        case 10:
            return out.setUtf8(m_texts.text(row, OverridesText));
        case 11:
            return out.setUtf8(m_texts.text(row, LineKeysText));
        default:
            return out.setUtf8(m_texts.text(row, SecretText));
        }
    }

private:
    const QList<Phone> &m_phones;
    EncodedPhones &m_texts;
    std::function<bool(qsizetype)> m_reached;
};

// The audit entries of new phones (id, name, category) as the table the bulk audit INSERT reads;
// the texts encoded row by row (EncodedPhones has freed its blocks by then).
class NewAuditRows final : public SqliteRowSource
{
public:
    explicit NewAuditRows(const QList<Phone> &phones)
        : m_phones(phones)
    { }

    qsizetype rowCount() const override { return m_phones.size(); }

    bool enterRow(qsizetype row) override
    {
        const Phone &p = m_phones.at(row);
        m_name.resize(m_encoder.requiredSpace(p.name.size()));
        m_name.resize(m_encoder.appendToBuffer(m_name.data(), p.name) - m_name.data());
        m_category = p.category;
        return true;
    }

    void value(qsizetype row, int column, SqliteValue &out) override
    {
        switch (column) {
        case 0:
            return out.setInt64(m_phones.at(row).id);
        case 1:
            return out.setUtf8(m_name);
        default: {
            static const QByteArray keys[] = {
                categoryKey(PhoneCategory::Managed).toUtf8(), categoryKey(PhoneCategory::Unmanaged).toUtf8(),
                categoryKey(PhoneCategory::WebRtc).toUtf8(), categoryKey(PhoneCategory::Remote).toUtf8()};
            return out.setUtf8(keys[m_category == PhoneCategory::Managed         ? 0
                                        : m_category == PhoneCategory::Unmanaged ? 1
                                        : m_category == PhoneCategory::WebRtc    ? 2
                                                                                 : 3]);
        }
        }
    }

private:
    const QList<Phone> &m_phones;
    // Stateless: a lone surrogate at the end of one name must not carry over into the next.
    QStringEncoder m_encoder {QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    QByteArray m_name; // the current row's, until the next
    PhoneCategory m_category = PhoneCategory::Managed;
};

const QString PhoneColumns = QStringLiteral(
    "id, name, category, base_settings_id, site_id, hardware_id, user_id, remote_address, network_address, "
    "description, overrides_json, line_keys_json, version, serial_number");

Phone readPhone(const QSqlQuery &q)
{
    Phone p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.category = phoneCategoryFromKey(q.value(2).toString()).value_or(PhoneCategory::Managed);
    p.baseSettingsId = q.value(3).toLongLong();
    p.siteId = q.value(4).toLongLong();
    p.hardwareId = q.value(5).toString();
    p.userId = q.value(6).toLongLong();
    p.remoteAddress = q.value(7).toString();
    p.networkAddress = q.value(8).toString();
    p.description = q.value(9).toString();
    p.overrides = SettingsSchema::builtin().normalized(Sql::fromJson(q.value(10).toString()));
    p.lineKeys = lineKeysFromJson(q.value(11).toString());
    p.version = q.value(12).toInt();
    p.serialNumber = q.value(13).toString();
    return p;
}

void bindPhone(QSqlQuery &q, const Phone &p)
{
    q.addBindValue(Sql::text(p.name));
    q.addBindValue(toKey(p.category));
    q.addBindValue(p.baseSettingsId);
    q.addBindValue(p.siteId);
    q.addBindValue(Sql::nullIfEmpty(p.hardwareId));
    q.addBindValue(Sql::nullIfZero(p.userId));
    q.addBindValue(Sql::text(p.remoteAddress));
    q.addBindValue(Sql::text(p.networkAddress));
    q.addBindValue(Sql::text(p.serialNumber));
    q.addBindValue(Sql::text(p.description));
    q.addBindValue(overridesToJson(p.overrides));
    q.addBindValue(lineKeysToJson(p.lineKeys));
}

const QString InsertManyPrefix = QStringLiteral(
    "INSERT INTO phones (name, category, base_settings_id, site_id, hardware_id, user_id, remote_address, "
    "network_address, serial_number, description, overrides_json, line_keys_json, device_secret, version) "
    "VALUES ");
// A team member who may not know device secrets (an Editor) leaves them to the database's default.
const QString InsertManyWithoutSecretPrefix = QStringLiteral(
    "INSERT INTO phones (name, category, base_settings_id, site_id, hardware_id, user_id, remote_address, "
    "network_address, serial_number, description, overrides_json, line_keys_json, version) VALUES ");
const QString AuditManyPrefix = QStringLiteral(
    "INSERT INTO audit (at, actor, action, entity_type, entity_id, entity_name, details) VALUES ");
// On PostgreSQL the database fills in the time and the actor (a member may not name them).
const QString AuditManyPrefixPostgres =
    QStringLiteral("INSERT INTO audit (action, entity_type, entity_id, entity_name, details) VALUES ");
const QString UpdateSql = QStringLiteral(
    "UPDATE phones SET name = ?, category = ?, base_settings_id = ?, site_id = ?, hardware_id = ?, user_id = "
    "?, "
    "remote_address = ?, network_address = ?, serial_number = ?, description = ?, overrides_json = ?, "
    "line_keys_json = ?, "
    "version = version + 1 WHERE id = ? AND version = ?");
// The bulk path on SQLite (writeBatchSqlite): one row per statement, prepared once.
const char NativeInsertSql[] =
    "INSERT INTO phones (name, category, base_settings_id, site_id, hardware_id, user_id, remote_address, "
    "network_address, serial_number, description, overrides_json, line_keys_json, device_secret, version) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1)";
const char NativeUpdateSql[] =
    "UPDATE phones SET name = ?, category = ?, base_settings_id = ?, site_id = ?, hardware_id = ?, "
    "user_id = ?, remote_address = ?, network_address = ?, serial_number = ?, description = ?, "
    "overrides_json = ?, line_keys_json = ?, version = version + 1 WHERE id = ? AND version = ?";
const char NativeAuditSql[] = "INSERT INTO audit (at, actor, action, entity_type, entity_id, entity_name, "
                              "details) VALUES (?,?,?,?,?,?,?)";
// The batch of new phones as one statement, reading NewPhoneRows.
const char NewPhonesTable[] = "phonedesk_new_phones";
const char NewPhonesDeclaration[] =
    "CREATE TABLE x(name, category, base_settings_id, site_id, hardware_id, user_id, remote_address, "
    "network_address, serial_number, description, overrides_json, line_keys_json, device_secret)";
const char BulkInsertSql[] =
    "INSERT INTO phones (name, category, base_settings_id, site_id, hardware_id, user_id, remote_address, "
    "network_address, serial_number, description, overrides_json, line_keys_json, device_secret, version) "
    "SELECT name, category, base_settings_id, site_id, hardware_id, user_id, remote_address, "
    "network_address, serial_number, description, overrides_json, line_keys_json, device_secret, 1 FROM "
    "phonedesk_new_phones";
const char MaxIdSql[] = "SELECT coalesce(max(id), 0) FROM phones";
const char NewIdsSql[] = "SELECT id, name FROM phones WHERE id > ?";
const char NameOfSql[] = "SELECT name FROM phones WHERE id = ?";
const char NewAuditTable[] = "phonedesk_new_audit";
const char NewAuditDeclaration[] = "CREATE TABLE x(entity_id, entity_name, details)";
const char BulkAuditSql[] =
    "INSERT INTO audit (at, actor, action, entity_type, entity_id, entity_name, details) "
    "SELECT ?, ?, ?, 'phone', entity_id, entity_name, details FROM phonedesk_new_audit";
// As Storage::connect sets for its Qt connection (QSQLITE_BUSY_TIMEOUT).
constexpr int SqliteBusyTimeoutMs = 5000;

const QString AuditSql = QStringLiteral("INSERT INTO audit (at, actor, action, entity_type, entity_id, "
                                        "entity_name, details) VALUES (?, ?, ?, 'phone', ?, ?, ?)");
const QString AuditSqlPostgres = QStringLiteral("INSERT INTO audit (action, entity_type, entity_id, "
                                                "entity_name, details) VALUES (?, 'phone', ?, ?, ?)");

const QString RowSelect = QStringLiteral(
    "SELECT p.id, p.name, p.category, b.model_id, p.base_settings_id, b.name, p.site_id, s.name, "
    "p.hardware_id, "
    "p.user_id, u.name, p.remote_address, p.network_address, st.status, st.rtt_ms, st.last_seen, "
    "st.firmware, "
    "st.fetch_ip, p.version, r.state, r.service, r.reason "
    "FROM phones p JOIN base_settings b ON b.id = p.base_settings_id JOIN sites s ON s.id = p.site_id "
    "LEFT JOIN users u ON u.id = p.user_id LEFT JOIN phone_status st ON st.phone_id = p.id "
    "LEFT JOIN phone_redirection r ON r.phone_id = p.id");

// Shares one QString per distinct value across rows (site names, model ids ...): 100k rows hold
// a handful of strings instead of 100k copies.
class Interner
{
public:
    QString operator()(const QVariant &v)
    {
        const QString s = v.toString();
        auto it = m_strings.constFind(s);
        if (it != m_strings.constEnd())
            return *it;
        m_strings.insert(s, s);
        return s;
    }

private:
    QHash<QString, QString> m_strings;
};

Result<QList<PhoneRow>> readRows(QSqlQuery &q)
{
    QList<PhoneRow> rows;
    Interner intern;
    while (q.next()) {
        PhoneRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        const QString category = q.value(2).toString();
        r.category = category == QLatin1String("managed") ? PhoneCategory::Managed
            : category == QLatin1String("unmanaged")      ? PhoneCategory::Unmanaged
            : category == QLatin1String("webrtc")         ? PhoneCategory::WebRtc
                                                          : PhoneCategory::Remote;
        r.modelId = intern(q.value(3));
        r.baseSettingsId = q.value(4).toLongLong();
        r.baseSettingsName = intern(q.value(5));
        r.siteId = q.value(6).toLongLong();
        r.siteName = intern(q.value(7));
        r.hardwareId = q.value(8).toString();
        r.userId = q.value(9).toLongLong();
        r.userName = q.value(10).toString();
        r.remoteAddress = q.value(11).toString();
        r.networkAddress = q.value(12).toString();
        const QVariant status = q.value(13);
        r.status = status.isNull() ? PhoneStatus::Unknown
                                   : phoneStatusFromKey(status.toString()).value_or(PhoneStatus::Unknown);
        r.rttMs = q.value(14).isNull() ? -1 : q.value(14).toInt();
        r.lastSeen = Sql::toTime(q.value(15));
        r.firmware = intern(q.value(16));
        r.lastFetchIp = q.value(17).toString();
        r.version = q.value(18).toInt();
        if (const QVariant redirection = q.value(19); !redirection.isNull()) {
            r.redirection = redirectionStateFromKey(redirection.toString()).value_or(RedirectionState::None);
            r.redirectionService = intern(q.value(20));
            r.redirectionReason = intern(q.value(21));
        }
        rows.append(std::move(r));
    }
    if (auto read =
            Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
        !read)
        return read.error();
    return rows;
}

Error withRow(const Error &e, const QString &prefix)
{
    Error out = e;
    out.message = prefix + QStringLiteral(": ") + e.message;
    for (FieldError &f : out.fields)
        f.message = prefix + QStringLiteral(": ") + f.message;
    return out;
}
} // namespace

// --- StorageValidationContext -------------------------------------------------------------

Result<std::unique_ptr<StorageValidationContext>> StorageValidationContext::load(Storage &storage)
{
    auto context = std::make_unique<StorageValidationContext>();
    QSqlQuery q(storage.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, model_id FROM base_settings")))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading base settings"));
    while (q.next())
        context->m_baseSettingsModels.insert(q.value(0).toLongLong(), q.value(1).toString());
    if (auto read =
            Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
        !read)
        return read.error();
    if (!q.exec(QStringLiteral("SELECT id, media_model FROM sites")))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading sites"));
    while (q.next())
        context->m_siteMedia.insert(q.value(0).toLongLong(),
                                    mediaModelFromKey(q.value(1).toString()).value_or(MediaModel::Cloud));
    if (auto read =
            Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
        !read)
        return read.error();
    if (!q.exec(QStringLiteral("SELECT id FROM users")))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading users"));
    while (q.next())
        context->m_users.insert(q.value(0).toLongLong());
    if (auto read =
            Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
        !read)
        return read.error();
    return context;
}

std::optional<QString> StorageValidationContext::baseSettingsModel(Id id) const
{
    const auto it = m_baseSettingsModels.constFind(id);
    return it == m_baseSettingsModels.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

std::optional<MediaModel> StorageValidationContext::siteMediaModel(Id id) const
{
    const auto it = m_siteMedia.constFind(id);
    return it == m_siteMedia.constEnd() ? std::nullopt : std::optional<MediaModel>(*it);
}

bool StorageValidationContext::userExists(Id id) const
{
    return m_users.contains(id);
}

// --- PhoneRepository ----------------------------------------------------------------------

Result<QList<PhoneRow>> PhoneRepository::list()
{
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    if (!q.exec(RowSelect + QStringLiteral(" ORDER BY p.id")))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading phones"));
    return readRows(q);
}

Result<QList<PhoneRow>> PhoneRepository::rows(const QList<Id> &ids)
{
    QList<PhoneRow> out;
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        QStringList list;
        for (qsizetype i = start; i < qMin(ids.size(), start + 500); ++i)
            list.append(QString::number(ids.at(i)));
        QSqlQuery q(m_storage.database());
        q.setForwardOnly(true);
        if (!q.exec(RowSelect + QStringLiteral(" WHERE p.id IN (") + list.join(u',') +
                    QStringLiteral(") ORDER BY p.id")))
            return Sql::toError(q.lastError(),
                                QCoreApplication::translate("PhoneDesk::Storage", "reading phones"));
        auto rows = readRows(q);
        if (!rows)
            return rows.error();
        out.append(*rows);
    }
    return out;
}

Result<Phone> PhoneRepository::get(Id id)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT ") + PhoneColumns + QStringLiteral(" FROM phones WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading a phone"));
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("PhoneDesk::Storage", "The phone no longer exists."));
    return readPhone(q);
}

Result<QList<Phone>> PhoneRepository::getAll()
{
    QList<Phone> out;
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + PhoneColumns + QStringLiteral(" FROM phones ORDER BY name")))
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading phones"));
    while (q.next())
        out.append(readPhone(q));
    if (auto read =
            Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
        !read)
        return read.error();
    return out;
}

Result<QList<Phone>> PhoneRepository::getMany(const QList<Id> &ids)
{
    QHash<Id, Phone> found;
    found.reserve(ids.size());
    QSqlQuery q(m_storage.database());
    q.setForwardOnly(true);
    // Ids are integers, so a literal IN list is safe; chunks keep statements small.
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        QStringList list;
        for (qsizetype i = from; i < qMin(from + 500, ids.size()); ++i)
            list.append(QString::number(ids.at(i)));
        if (!q.exec(QStringLiteral("SELECT ") + PhoneColumns + QStringLiteral(" FROM phones WHERE id IN (") +
                    list.join(u',') + u')'))
            return Sql::toError(q.lastError(),
                                QCoreApplication::translate("PhoneDesk::Storage", "reading phones"));
        while (q.next()) {
            Phone p = readPhone(q);
            found.insert(p.id, std::move(p));
        }
        if (auto read =
                Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
            !read)
            return read.error();
    }
    QList<Phone> out;
    out.reserve(found.size());
    for (const Id id : ids) {
        if (const auto it = found.constFind(id); it != found.constEnd())
            out.append(*it);
    }
    return out;
}

Result<std::optional<Phone>> PhoneRepository::findByName(const QString &name)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT ") + PhoneColumns + QStringLiteral(" FROM phones WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading a phone"));
    if (!q.next())
        return std::optional<Phone>();
    return std::optional<Phone>(readPhone(q));
}

Result<std::optional<Phone>> PhoneRepository::findByHardwareId(const QString &hardwareId)
{
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT ") + PhoneColumns +
              QStringLiteral(" FROM phones WHERE hardware_id = ?"));
    q.addBindValue(hardwareId);
    if (!q.exec())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading a phone"));
    if (!q.next())
        return std::optional<Phone>();
    return std::optional<Phone>(readPhone(q));
}

Result<int> PhoneRepository::count()
{
    QSqlQuery q(m_storage.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM phones")) || !q.next())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "counting phones"));
    return q.value(0).toInt();
}

Result<void> PhoneRepository::checkUnique(const Phone &phone)
{
    // Checked before writing so the message names the other phone; the unique indexes still guard races.
    if (auto other = findByName(phone.name); !other)
        return other.error();
    else if (other->has_value() && (*other)->id != phone.id)
        return Error::validation({{QStringLiteral("name"),
                                   QCoreApplication::translate(
                                       "PhoneDesk::Storage", "Name: another phone is already called \"%1\".")
                                       .arg(phone.name)}});
    if (!phone.hardwareId.isEmpty()) {
        if (auto other = findByHardwareId(phone.hardwareId); !other)
            return other.error();
        else if (other->has_value() && (*other)->id != phone.id)
            return Error::validation(
                {{QStringLiteral("hardwareId"),
                  QCoreApplication::translate("PhoneDesk::Storage",
                                              "Hardware ID: %1 already belongs to phone \"%2\".")
                      .arg(phone.category == PhoneCategory::WebRtc ? phone.hardwareId
                                                                   : MacAddress::format(phone.hardwareId),
                           (*other)->name)}});
    }
    return {};
}

Result<Phone> PhoneRepository::create(Phone phone)
{
    auto saved = saveMany({std::move(phone)}, {}, QStringLiteral("phone.create"));
    if (!saved)
        return saved.error();
    return saved->first();
}

Result<Phone> PhoneRepository::update(Phone phone)
{
    auto saved = saveMany({}, {std::move(phone)}, QStringLiteral("phone.update"));
    if (!saved)
        return saved.error();
    return saved->first();
}

namespace {
// One block of the phones being saved and, for SQLite's own connection, the texts of its new
// phones (encoded by a pool's threads while the block is checked and written).
struct SaveBlock
{
    QList<Phone> creates;
    QList<Phone> updates;
    std::optional<EncodedPhones> encoded;

    void clear()
    {
        encoded.reset(); // stops the threads before the phones go
        creates.clear();
        updates.clear();
    }
};
// Replaces `block` with the next block, checked; false when there is none.
using NextBlock = std::function<Result<bool>(SaveBlock &block)>;
// Told about each block once it is written (before the next one replaces it).
using BlockWritten = std::function<void(SaveBlock &block)>;

// What a writer needs besides its connection: the blocks, what to call the audit entries, and
// whom to tell how far it got.
struct BatchJob
{
    SaveBlock &block; // the first block, checked
    const NextBlock &nextBlock;
    const BlockWritten &written;
    qsizetype total = 0;
    QString createAction;
    QString updateAction;
    const ProgressCallback &progress;
    const SaveOptions &options;
};

Error cancelledSave()
{
    return Error::make(Error::Code::Cancelled,
                       QCoreApplication::translate("PhoneDesk::Storage", "Cancelled; nothing was saved."));
}

// The ids for the change event: more than 2,000 make it a reset.
class ChangedIds
{
public:
    explicit ChangedIds(qsizetype total) { m_ids.reserve(qMin<qsizetype>(total, Limit + 1)); }
    void add(Id id)
    {
        if (m_ids.size() <= Limit)
            m_ids.append(id);
    }
    ChangeEvent event() const
    {
        if (m_ids.size() > Limit)
            return {ChangeEvent::Entity::Phone, ChangeEvent::Kind::Reset, {}};
        return {ChangeEvent::Entity::Phone, ChangeEvent::Kind::Upsert, m_ids};
    }

private:
    static constexpr qsizetype Limit = 2000;
    QList<Id> m_ids;
};

QString hardwareShown(const Phone &phone)
{
    return phone.category == PhoneCategory::WebRtc ? phone.hardwareId : MacAddress::format(phone.hardwareId);
}

// The checks of a block before it is written, so nothing is written when any phone is invalid:
// the editor's validation (unless the caller validated), the member's sites, names and hardware
// IDs taken in the database and used twice in the block.
class BlockChecker
{
public:
    BlockChecker(PhoneRepository &phones, Storage &storage, const SaveOptions &options, bool single,
                 const StorageValidationContext *context)
        : m_phones(phones)
        , m_storage(storage)
        , m_options(options)
        , m_single(single)
        , m_context(context)
    { }

    Result<void> check(SaveBlock &b)
    {
        if (!m_single) {
            if (auto r = readTaken(); !r)
                return r;
        }
        m_errors.clear();
        m_namesSeen.reserve(b.creates.size() + b.updates.size());
        m_hardwareSeen.reserve(b.creates.size() + b.updates.size());
        for (Phone &p : b.creates)
            checkOne(p, true);
        for (Phone &p : b.updates)
            checkOne(p, false);
        m_namesSeen.clear(); // views into the block's phones
        m_hardwareSeen.clear();
        if (!m_errors.isEmpty())
            return Error::validation(m_errors);
        return {};
    }

private:
    // Names and hardware IDs already taken, to name the other phone in the message. A single
    // save asks the indexes; a batch reads them once. The unique indexes still guard against races.
    Result<void> readTaken()
    {
        if (m_takenRead)
            return {};
        m_takenRead = true;
        QSqlQuery q(m_storage.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, name, hardware_id FROM phones")))
            return Sql::toError(q.lastError(),
                                QCoreApplication::translate("PhoneDesk::Storage", "reading phones"));
        while (q.next()) {
            const Id id = q.value(0).toLongLong();
            const QString name = q.value(1).toString();
            m_takenNames.insert(name, {id, name});
            if (!q.value(2).isNull())
                m_takenHardware.insert(q.value(2).toString(), {id, name});
        }
        return Sql::checkRead(q, QCoreApplication::translate("PhoneDesk::Storage", "reading the database"));
    }

    void checkOne(Phone &phone, bool creating)
    {
        if (!creating && phone.id == 0) {
            m_errors.append(
                {QStringLiteral("id"),
                 QCoreApplication::translate("PhoneDesk::Storage", "Phone \"%1\" has no id to update.")
                     .arg(phone.name)});
            return;
        }
        if (creating)
            phone.id = 0;
        FieldErrors errors = validateFields(phone, creating);
        // A member limited to some sites adds and moves phones there only (the database's policy
        // refuses the rest too; this names the field).
        if (!m_storage.mayTouchSite(phone.siteId))
            errors.append({QStringLiteral("site"),
                           QCoreApplication::translate("PhoneDesk::Storage",
                                                       "Site: you may only put phones at your own sites.")});
        if (m_single && errors.isEmpty()) {
            if (auto unique = m_phones.checkUnique(phone); !unique)
                errors.append(unique.error().fields.isEmpty()
                                  ? FieldErrors {{QString(), unique.error().message}}
                                  : unique.error().fields);
        } else if (!m_single) {
            checkTaken(phone, errors);
        }
        checkInBlock(phone, errors);
        if (!m_single) {
            for (FieldError &e : errors)
                e.message = QCoreApplication::translate("PhoneDesk::Storage", "Phone \"%1\": %2")
                                .arg(phone.name, e.message);
        }
        m_errors.append(errors);
    }

    FieldErrors validateFields(Phone &phone, bool creating) const
    {
        if (m_options.prevalidated)
            return {};
        phone.overrides = SettingsSchema::builtin().normalized(phone.overrides);
        FieldErrors errors = Validation::validatePhone(phone, ModelCatalog::builtin(), *m_context);
        // A WebRTC phone is created for a user; after Log Out it may stay without one.
        if (!creating)
            errors.removeIf([&](const FieldError &e) {
                return phone.category == PhoneCategory::WebRtc && e.field == QLatin1String("user") &&
                    phone.userId == 0;
            });
        return errors;
    }

    void checkTaken(const Phone &phone, FieldErrors &errors) const
    {
        const auto name = m_takenNames.constFind(phone.name);
        if (name != m_takenNames.constEnd() && name->first != phone.id)
            errors.append({QStringLiteral("name"),
                           QCoreApplication::translate("PhoneDesk::Storage",
                                                       "Name: another phone is already called \"%1\".")
                               .arg(phone.name)});
        const auto hw = phone.hardwareId.isEmpty() ? m_takenHardware.constEnd()
                                                   : m_takenHardware.constFind(phone.hardwareId);
        if (hw != m_takenHardware.constEnd() && hw->first != phone.id)
            errors.append({QStringLiteral("hardwareId"),
                           QCoreApplication::translate("PhoneDesk::Storage",
                                                       "Hardware ID: %1 already belongs to phone \"%2\".")
                               .arg(hardwareShown(phone), hw->second)});
    }

    // Views into the block's own strings, which stay put while these are used: no copies.
    void checkInBlock(const Phone &phone, FieldErrors &errors)
    {
        if (m_namesSeen.contains(phone.name))
            errors.append({QStringLiteral("name"),
                           QCoreApplication::translate("PhoneDesk::Storage",
                                                       "Name: \"%1\" is used by two phones in this batch.")
                               .arg(phone.name)});
        else
            m_namesSeen.insert(phone.name);
        if (phone.hardwareId.isEmpty())
            return;
        if (const auto other = m_hardwareSeen.constFind(phone.hardwareId); other != m_hardwareSeen.constEnd())
            errors.append(
                {QStringLiteral("hardwareId"),
                 QCoreApplication::translate("PhoneDesk::Storage",
                                             "Hardware ID: %1 is used by \"%2\" and \"%3\" in this batch.")
                     .arg(phone.hardwareId, *other, phone.name)});
        m_hardwareSeen.insert(phone.hardwareId, phone.name);
    }

    PhoneRepository &m_phones;
    Storage &m_storage;
    const SaveOptions &m_options;
    bool m_single;
    const StorageValidationContext *m_context;
    FieldErrors m_errors;
    QHash<QString, std::pair<Id, QString>> m_takenNames;
    QHash<QString, std::pair<Id, QString>> m_takenHardware;
    bool m_takenRead = false;
    QSet<QStringView> m_namesSeen;
    QHash<QStringView, QStringView> m_hardwareSeen; // hardware ID -> name of the phone with it
};

// The write half of PhoneRepository::save() through Qt Sql (PostgreSQL, and SQLite inside a
// caller's transaction or for a single phone): creates in chunks of one multi-row INSERT (and one
// audit INSERT) instead of two round trips per phone, updates one by one with their version.
class QtSqlBatchWriter
{
public:
    QtSqlBatchWriter(Storage &storage, const BatchJob &job)
        : m_storage(storage)
        , m_job(job)
        , m_db(storage.database())
        , m_postgres(storage.isPostgres())
        , m_withSecrets(storage.canReadSecrets())
        , m_single(job.total == 1)
        , m_update(m_db)
        , m_audit(m_db)
        , m_chunkInsert(m_db)
        , m_chunkAudit(m_db)
        , m_ids(job.total)
    { }

    Result<void> run()
    {
        return m_storage.inTransaction([this]() -> Result<void> { return writeAll(); });
    }

private:
    static QString saving() { return QCoreApplication::translate("PhoneDesk::Storage", "saving phones"); }
    static QString auditing()
    {
        return QCoreApplication::translate("PhoneDesk::Storage", "writing the audit log");
    }

    Result<void> writeAll()
    {
        if (auto e = Sql::prepare(m_update, UpdateSql, saving()); !e)
            return e;
        if (auto e = Sql::prepare(m_audit, m_postgres ? AuditSqlPostgres : AuditSql, auditing()); !e)
            return e;
        m_now = Sql::nowMs();
        for (SaveBlock &block = m_job.block;;) {
            for (qsizetype start = 0; start < block.creates.size(); start += Chunk) {
                if (auto e = writeChunk(block.creates, start, qMin(Chunk, block.creates.size() - start)); !e)
                    return e;
            }
            for (Phone &p : block.updates) {
                if (auto e = writeUpdate(p); !e)
                    return e;
            }
            m_before += block.creates.size() + block.updates.size();
            m_job.written(block);
            auto more = m_job.nextBlock(block);
            if (!more)
                return more.error();
            if (!*more)
                break;
        }
        if (m_job.options.summary) {
            const SaveOptions::AuditNote &note = *m_job.options.summary;
            if (auto e = m_storage.writeAudit(note.action, note.entityType, note.entityId, note.entityName,
                                              note.details);
                !e)
                return e;
        }
        m_storage.queueChange(m_ids.event());
        m_storage.queueChange({ChangeEvent::Entity::Audit, ChangeEvent::Kind::Upsert, {}});
        return {};
    }

    Result<void> tick(qsizetype phones = 1)
    {
        m_done += phones;
        if (m_job.progress && (m_done % 250 < phones || m_done == m_job.total) &&
            !m_job.progress(m_done, m_job.total))
            return cancelledSave();
        return {};
    }

    // One audit row's values; on PostgreSQL the database fills in the time and the actor.
    void bindAudit(QSqlQuery &query, const Phone &p, const QString &action)
    {
        if (!m_postgres) {
            query.addBindValue(m_now);
            query.addBindValue(Sql::text(m_storage.actor()));
        }
        query.addBindValue(action);
        query.addBindValue(p.id);
        query.addBindValue(Sql::text(p.name));
        query.addBindValue(toKey(p.category));
    }

    Result<void> prepareChunk(qsizetype n)
    {
        if (n == m_preparedSize)
            return {};
        QString values;
        QString auditValues;
        const QString row = m_withSecrets ? QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?,1)")
                                          : QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,1)");
        const QString auditRow =
            m_postgres ? QStringLiteral("(?,'phone',?,?,?)") : QStringLiteral("(?,?,?,'phone',?,?,?)");
        for (qsizetype i = 0; i < n; ++i) {
            values += i ? u',' + row : row;
            auditValues += i ? u',' + auditRow : auditRow;
        }
        if (auto e = Sql::prepare(m_chunkInsert,
                                  (m_withSecrets ? InsertManyPrefix : InsertManyWithoutSecretPrefix) +
                                      values + QStringLiteral(" RETURNING id, name"),
                                  saving());
            !e)
            return e;
        if (auto e = Sql::prepare(m_chunkAudit,
                                  (m_postgres ? AuditManyPrefixPostgres : AuditManyPrefix) + auditValues,
                                  auditing());
            !e)
            return e;
        m_preparedSize = n;
        return {};
    }

    // Phones [start, start + n) of `creates`. Ids come back with the name (unique) so they are
    // matched by value, not by the order of the returned rows.
    Result<void> writeChunk(QList<Phone> &creates, qsizetype start, qsizetype n)
    {
        if (auto e = prepareChunk(n); !e)
            return e;
        QHash<QString, Phone *> byName;
        byName.reserve(n);
        for (qsizetype i = start; i < start + n; ++i) {
            Phone &p = creates[i];
            bindPhone(m_chunkInsert, p);
            if (m_withSecrets)
                m_chunkInsert.addBindValue(m_secrets.next());
            byName.insert(p.name, &p);
        }
        if (!m_chunkInsert.exec()) {
            const Error e = Sql::toError(m_chunkInsert.lastError(), saving());
            return m_single
                ? e
                : withRow(e,
                          QCoreApplication::translate("PhoneDesk::Storage", "Phones %1 to %2 of the batch")
                              .arg(m_before + start + 1)
                              .arg(m_before + start + n));
        }
        while (m_chunkInsert.next()) {
            if (Phone *p = byName.value(m_chunkInsert.value(1).toString())) {
                p->id = m_chunkInsert.value(0).toLongLong();
                p->version = 1;
            }
        }
        m_chunkInsert.finish();
        for (qsizetype i = start; i < start + n; ++i) {
            const Phone &p = creates.at(i);
            if (p.id == 0)
                return Error::make(
                    Error::Code::Database,
                    QCoreApplication::translate("PhoneDesk::Storage", "Saving %1 returned no id.")
                        .arg(label(p)));
            bindAudit(m_chunkAudit, p, m_job.createAction);
            m_ids.add(p.id);
        }
        if (auto e = Sql::exec(m_chunkAudit, auditing()); !e)
            return e;
        return tick(n);
    }

    // Uniqueness was checked before; a violation here means another console saved meanwhile.
    Result<void> writeUpdate(Phone &p)
    {
        bindPhone(m_update, p);
        m_update.addBindValue(p.id);
        m_update.addBindValue(p.version);
        if (!m_update.exec()) {
            const Error e =
                Sql::toError(m_update.lastError(),
                             QCoreApplication::translate("PhoneDesk::Storage", "saving %1").arg(label(p)));
            return m_single ? e : withRow(e, label(p));
        }
        if (auto e = Sql::checkOptimisticUpdate(m_update, m_storage, QStringLiteral("phone"), p.id, label(p));
            !e)
            return e;
        ++p.version;
        bindAudit(m_audit, p, m_job.updateAction);
        if (auto e = Sql::exec(m_audit, auditing()); !e)
            return e;
        m_ids.add(p.id);
        return tick();
    }

    static constexpr qsizetype Chunk = 250;

    Storage &m_storage;
    BatchJob m_job;
    QSqlDatabase m_db;
    bool m_postgres;
    bool m_withSecrets;
    bool m_single;
    QSqlQuery m_update;
    QSqlQuery m_audit;
    QSqlQuery m_chunkInsert;
    QSqlQuery m_chunkAudit;
    qsizetype m_preparedSize = -1;
    DeviceSecrets m_secrets;
    ChangedIds m_ids;
    qint64 m_now = 0;
    qsizetype m_done = 0;
    qsizetype m_before = 0; // phones in the blocks before this one
};

// The write half of PhoneRepository::save() over a connection of our own to the SQLite file,
// without Qt Sql's per-value binding: every new phone of a block in one INSERT ... SELECT from
// the rows in memory, updates one statement each, all blocks in one transaction.
class SqliteBatchWriter
{
public:
    SqliteBatchWriter(Storage &storage, const QString &file, const BatchJob &job)
        : m_storage(storage)
        , m_file(file)
        , m_job(job)
        , m_ids(job.total)
    { }

    Result<void> run()
    {
        if (auto r = open(); !r)
            return r;
        for (SaveBlock &block = m_job.block;;) {
            if (!block.creates.isEmpty()) {
                if (auto r = writeCreates(block); !r)
                    return fail(r.error());
            }
            if (auto r = writeUpdates(block.updates); !r || m_finished)
                return r; // rolled back already
            m_job.written(block);
            auto more = m_job.nextBlock(block);
            if (!more)
                return fail(more.error());
            if (!*more)
                break;
        }
        if (auto r = writeSummary(); !r)
            return fail(r.error());
        const QList<ChangeEvent> changes {m_ids.event(),
                                          {ChangeEvent::Entity::Audit, ChangeEvent::Kind::Upsert, {}}};
        if (auto r = announce(changes); !r)
            return fail(r.error());
        if (auto e =
                m_db->exec("COMMIT", QCoreApplication::translate("PhoneDesk::Storage", "saving the changes"));
            !e)
            return fail(e.error());
        // What Storage::inTransaction publishes after a commit on SQLite.
        for (const ChangeEvent &change : changes)
            ChangeFeed::instance()->publish(change);
        return {};
    }

private:
    static QString saving() { return QCoreApplication::translate("PhoneDesk::Storage", "saving phones"); }
    static QString auditing()
    {
        return QCoreApplication::translate("PhoneDesk::Storage", "writing the audit log");
    }

    Result<void> fail(const Error &e)
    {
        m_db->rollback();
        return e;
    }

    Result<void> open()
    {
        auto opened =
            SqliteDatabase::open(m_file, SqliteBusyTimeoutMs,
                                 QCoreApplication::translate("PhoneDesk::Storage", "opening the database"));
        if (!opened)
            return opened.error();
        m_db = std::move(*opened);
        auto insert = m_db->prepare(NativeInsertSql, saving());
        if (!insert)
            return insert.error();
        auto update = m_db->prepare(NativeUpdateSql, saving());
        if (!update)
            return update.error();
        auto audit = m_db->prepare(NativeAuditSql, auditing());
        if (!audit)
            return audit.error();
        m_insertRow = std::move(*insert);
        m_updateRow = std::move(*update);
        m_auditRow = std::move(*audit);
        // IMMEDIATE: the write lock is taken now (waiting up to the busy timeout for another
        // writer), not half-way through the batch.
        if (auto e = m_db->exec("BEGIN IMMEDIATE",
                                QCoreApplication::translate("PhoneDesk::Storage", "starting a transaction"));
            !e)
            return e;
        m_auditRow->bindInt64(1, Sql::nowMs());
        m_auditRow->bindText(2, m_storage.actor());
        m_auditRow->bindText(4, PhoneType);
        return {};
    }

    // Binds what INSERT and UPDATE share (parameters 1-12, and 13 the secret for INSERT); the
    // texts stay in m_texts until the row is written.
    void bindPhoneRow(SqliteStatement &statement, const Phone &p, QStringView secret)
    {
        m_texts.encode(p, secret);
        statement.bindUtf8(1, m_texts[NameText]);
        statement.bindUtf8(2, m_texts[CategoryText]);
        statement.bindInt64(3, p.baseSettingsId);
        statement.bindInt64(4, p.siteId);
        statement.bindUtf8OrNull(5, m_texts[HardwareIdText]);
        statement.bindInt64OrNull(6, p.userId);
        statement.bindUtf8(7, m_texts[RemoteAddressText]);
        statement.bindUtf8(8, m_texts[NetworkAddressText]);
        statement.bindUtf8(9, m_texts[SerialNumberText]);
        statement.bindUtf8(10, m_texts[DescriptionText]);
        statement.bindUtf8(11, m_texts[OverridesText]);
        statement.bindUtf8(12, m_texts[LineKeysText]);
        if (!secret.isNull())
            statement.bindUtf8(13, m_texts[SecretText]);
    }

    // New ids are above the largest before the block (AUTOINCREMENT; we hold the write lock).
    Result<qint64> largestId()
    {
        auto maxId = m_db->prepare(MaxIdSql, saving());
        if (!maxId)
            return maxId.error();
        auto row = (*maxId)->next(saving());
        if (!row)
            return row.error();
        const qint64 largest = *row ? (*maxId)->int64At(0) : 0;
        if (*row)
            (void)(*maxId)->next(saving()); // to its end, releasing the read
        return largest;
    }

    Result<void> writeCreates(SaveBlock &block)
    {
        QList<Phone> &creates = block.creates;
        auto lastIdBefore = largestId();
        if (!lastIdBefore)
            return lastIdBefore.error();
        const qint64 changesBefore = m_db->totalChanges();
        if (auto r = insertAll(creates, *block.encoded); !r)
            return r;
        if (auto r = assignIds(creates, *lastIdBefore, changesBefore); !r)
            return r;
        for (const Phone &p : std::as_const(creates)) {
            if (p.id == 0)
                return Error::make(
                    Error::Code::Database,
                    QCoreApplication::translate("PhoneDesk::Storage", "Saving %1 returned no id.")
                        .arg(label(p)));
            m_ids.add(p.id);
        }
        if (auto r = auditCreates(creates); !r)
            return r;
        m_done += creates.size();
        if (m_job.progress && !m_job.progress(m_done, m_job.total))
            return cancelledSave();
        return {};
    }

    // Every new phone of the block in one statement; when the database refuses it, one INSERT per
    // phone finds the phone it refuses (a constraint: another console saved meanwhile, a site was
    // deleted ...).
    Result<void> insertAll(const QList<Phone> &creates, EncodedPhones &encoded)
    {
        bool stopped = false;
        NewPhoneRows rows(creates, encoded, [&](qsizetype reached) {
            // Same reporting as per row: every 250 phones.
            if (reached % 250 != 0 || !m_job.progress || m_job.progress(m_done + reached, m_job.total))
                return true;
            stopped = true;
            return false;
        });
        if (auto e = m_db->addRowSource(NewPhonesTable, NewPhonesDeclaration, &rows, saving()); !e)
            return e.error();
        auto bulkInsert = m_db->prepare(BulkInsertSql, saving());
        if (!bulkInsert)
            return bulkInsert.error();
        auto inserted = (*bulkInsert)->run(saving());
        if (inserted)
            return {};
        if (stopped)
            return cancelledSave();
        if (!m_db->inTransaction()) // SQLite gave up the transaction (disk full, I/O): nothing to name
            return inserted.error();
        DeviceSecrets secrets;
        for (const Phone &p : creates) {
            bindPhoneRow(*m_insertRow, p, secrets.next());
            if (auto rowError = m_insertRow->run(saving()); !rowError)
                return withRow(rowError.error(), label(p));
        }
        return {};
    }

    // Rows get consecutive ids in the order they went in, so the last id gives them all; checked
    // (no other row changed, the names at both ends) because a trigger could add rows in between,
    // in which case they are read back and matched by name (unique).
    Result<void> assignIds(QList<Phone> &creates, qint64 lastIdBefore, qint64 changesBefore)
    {
        const qsizetype count = creates.size();
        const qint64 lastId = m_db->lastInsertRowId();
        // No row changed but ours (total_changes counts what triggers do too): consecutive.
        bool consecutive = m_db->totalChanges() - changesBefore == count && lastId - lastIdBefore >= count;
        if (consecutive) {
            auto ends = endsAreOurs(creates, lastId);
            if (!ends)
                return ends.error();
            consecutive = *ends;
        }
        if (!consecutive)
            return readNewIds(creates, lastIdBefore);
        for (qsizetype i = 0; i < count; ++i) {
            creates[i].id = lastId - count + 1 + i;
            creates[i].version = 1;
        }
        return {};
    }

    // Whether the first and the last of the ids the block should have hold its first and last phone.
    Result<bool> endsAreOurs(const QList<Phone> &creates, qint64 lastId)
    {
        const qsizetype count = creates.size();
        auto nameOf = m_db->prepare(NameOfSql, saving());
        if (!nameOf)
            return nameOf.error();
        for (const qsizetype i : {qsizetype(0), count - 1}) {
            (*nameOf)->bindInt64(1, lastId - count + 1 + i);
            auto named = (*nameOf)->next(saving());
            if (!named)
                return named.error();
            const bool ours = *named && (*nameOf)->textAt(0) == creates.at(i).name;
            if (*named)
                (void)(*nameOf)->next(saving());
            if (!ours)
                return false;
        }
        return true;
    }

    Result<void> readNewIds(QList<Phone> &creates, qint64 lastIdBefore)
    {
        auto newIds = m_db->prepare(NewIdsSql, saving());
        if (!newIds)
            return newIds.error();
        SqliteStatement &newIdRows = **newIds;
        newIdRows.bindInt64(1, lastIdBefore);
        QHash<QString, Phone *> byName;
        byName.reserve(creates.size());
        for (Phone &c : creates)
            byName.insert(c.name, &c);
        for (;;) {
            auto row = newIdRows.next(saving());
            if (!row)
                return row.error();
            if (!*row)
                return {};
            if (Phone *p = byName.value(newIdRows.textAt(1).toString())) {
                p->id = newIdRows.int64At(0);
                p->version = 1;
            }
        }
    }

    // One audit entry per new phone, in the same order, again as one statement.
    Result<void> auditCreates(const QList<Phone> &creates)
    {
        NewAuditRows auditRows(creates);
        if (auto e = m_db->addRowSource(NewAuditTable, NewAuditDeclaration, &auditRows, auditing()); !e)
            return e.error();
        auto bulkAudit = m_db->prepare(BulkAuditSql, auditing());
        if (!bulkAudit)
            return bulkAudit.error();
        (*bulkAudit)->bindInt64(1, Sql::nowMs());
        (*bulkAudit)->bindText(2, m_storage.actor());
        (*bulkAudit)->bindText(3, m_job.createAction);
        return (*bulkAudit)->run(auditing());
    }

    // Rolls back itself on failure (a lost update is named after the rollback).
    Result<void> writeUpdates(QList<Phone> &updates)
    {
        m_auditRow->bindText(3, m_job.updateAction);
        for (Phone &p : updates) {
            bindPhoneRow(*m_updateRow, p, QStringView());
            m_updateRow->bindInt64(13, p.id);
            m_updateRow->bindInt64(14, p.version);
            if (auto e = m_updateRow->run(
                    QCoreApplication::translate("PhoneDesk::Storage", "saving %1").arg(label(p)));
                !e)
                return fail(withRow(e.error(), label(p)));
            if (m_db->changes() != 1) {
                m_db->rollback();
                m_finished = true;
                // Gone or changed by someone else: the same message as the Qt Sql path, read after
                // the rollback.
                return Sql::checkOptimisticUpdate(QSqlQuery(m_storage.database()), m_storage, PhoneType, p.id,
                                                  label(p));
            }
            ++p.version;
            m_auditRow->bindInt64(5, p.id);
            m_auditRow->bindText(6, p.name);
            m_auditRow->bindText(7, categoryKey(p.category));
            if (auto e = m_auditRow->run(auditing()); !e)
                return fail(e.error());
            m_ids.add(p.id);
            ++m_done;
            if (m_job.progress && (m_done % 250 == 0 || m_done == m_job.total) &&
                !m_job.progress(m_done, m_job.total))
                return fail(cancelledSave());
        }
        return {};
    }

    // The other processes on the file learn of the commit as from Storage::inTransaction().
    Result<void> announce(const QList<ChangeEvent> &changes)
    {
        const QList<Storage::AnnouncedChange> rows = m_storage.announcedChanges(changes);
        if (rows.isEmpty())
            return {};
        auto insert =
            m_db->prepare("INSERT INTO change_events (origin, payload, at) VALUES (?, ?, ?)", saving());
        if (!insert)
            return insert.error();
        for (const Storage::AnnouncedChange &row : rows) {
            (*insert)->bindText(1, row.origin);
            (*insert)->bindText(2, row.payload);
            (*insert)->bindInt64(3, row.at);
            if (auto r = (*insert)->run(saving()); !r)
                return r;
        }
        return {};
    }

    Result<void> writeSummary()
    {
        if (!m_job.options.summary)
            return {};
        const SaveOptions::AuditNote &note = *m_job.options.summary;
        m_auditRow->bindInt64(1, Sql::nowMs());
        m_auditRow->bindText(3, note.action);
        m_auditRow->bindText(4, note.entityType);
        m_auditRow->bindInt64(5, note.entityId);
        m_auditRow->bindText(6, note.entityName);
        m_auditRow->bindText(7, note.details);
        return m_auditRow->run(auditing());
    }

    inline static const QString PhoneType = QStringLiteral("phone");

    Storage &m_storage;
    QString m_file;
    BatchJob m_job;
    // The database first: the statements are finalized before it is closed.
    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<SqliteStatement> m_insertRow;
    std::unique_ptr<SqliteStatement> m_updateRow;
    std::unique_ptr<SqliteStatement> m_auditRow;
    PhoneTexts m_texts;
    ChangedIds m_ids;
    qsizetype m_done = 0;
    bool m_finished = false; // rolled back: nothing more to write
};
} // namespace

Result<QList<Phone>> PhoneRepository::saveMany(QList<Phone> creates, QList<Phone> updates,
                                               const QString &auditAction, const ProgressCallback &progress,
                                               const SaveOptions &options)
{
    const qsizetype total = creates.size() + updates.size();
    bool given = false;
    auto once = [&](QList<Phone> &c, QList<Phone> &u) {
        if (given)
            return false;
        given = true;
        c = std::move(creates);
        u = std::move(updates);
        return true;
    };
    QList<Phone> saved;
    if (auto r = save(once, total, auditAction, progress, options, &saved); !r)
        return r.error();
    return saved;
}

Result<qsizetype> PhoneRepository::saveBlocks(const PhoneBlocks &next, qsizetype total,
                                              const QString &auditAction, const ProgressCallback &progress,
                                              const SaveOptions &options)
{
    return save(next, total, auditAction, progress, options, nullptr);
}

Result<qsizetype> PhoneRepository::save(const PhoneBlocks &next, qsizetype total, const QString &auditAction,
                                        const ProgressCallback &progress, const SaveOptions &options,
                                        QList<Phone> *saved)
{
    if (auto r = m_storage.require(Permission::EditPhones,
                                   QCoreApplication::translate("PhoneDesk::Storage", "add or edit phones"));
        !r)
        return r.error();
    std::unique_ptr<StorageValidationContext> context;
    if (!options.prevalidated) {
        auto loaded = StorageValidationContext::load(m_storage);
        if (!loaded)
            return loaded.error();
        context = std::move(*loaded);
    }
    const bool single = total == 1;
    // A batch on SQLite is written over a connection of our own, without Qt Sql's per-value
    // binding; not inside a caller's transaction, which that connection could not join.
    const QString nativeFile = !single && options.nativeSqlite && !m_storage.isPostgres() &&
            !m_storage.inTransactionScope() && SqliteDatabase::available()
        ? SqliteDatabase::mainFile(m_storage.database())
        : QString();
    std::unique_ptr<QThreadPool> pool; // encodes the texts of new phones, once a block has many
    BlockChecker checker(*this, m_storage, options, single, context.get());
    // The texts of a block's new phones are encoded (for the SQLite writer) by the pool while the
    // block is checked when the checks change none of them, else after the checks.
    auto startEncoding = [&](SaveBlock &b) {
        b.creates.detach(); // the encoding threads read it: its storage must not move from here on
        b.encoded.emplace(b.creates);
        if (const int threads = QThread::idealThreadCount();
            !pool && threads > 1 && b.creates.size() >= 1024) {
            pool = std::make_unique<QThreadPool>();
            pool->setMaxThreadCount(threads - 1);
        }
    };
    bool ended = false;
    const NextBlock nextBlock = [&](SaveBlock &b) -> Result<bool> {
        b.clear();
        if (ended || !next(b.creates, b.updates)) {
            ended = true;
            return false;
        }
        const bool encode = !nativeFile.isEmpty() && !b.creates.isEmpty();
        if (encode)
            startEncoding(b);
        if (encode && options.prevalidated)
            b.encoded->start(pool.get());
        if (auto checked = checker.check(b); !checked)
            return checked.error(); // ~EncodedPhones stops the threads before the phones go
        if (encode && !options.prevalidated)
            b.encoded->start(pool.get());
        return true;
    };
    qsizetype savedCount = 0;
    const BlockWritten written = [&](SaveBlock &b) {
        b.encoded.reset(); // before the phones move
        savedCount += b.creates.size() + b.updates.size();
        if (!saved)
            return;
        if (saved->isEmpty())
            *saved = std::move(b.creates);
        else
            saved->append(std::move(b.creates));
        saved->append(std::move(b.updates));
    };

    // The first block is checked before the transaction starts.
    SaveBlock block;
    if (auto first = nextBlock(block); !first)
        return first.error();
    const BatchJob job {block,
                        nextBlock,
                        written,
                        total,
                        auditAction.isEmpty() ? QStringLiteral("phone.create") : auditAction,
                        auditAction.isEmpty() ? QStringLiteral("phone.update") : auditAction,
                        progress,
                        options};
    const Result<void> r = nativeFile.isEmpty() ? QtSqlBatchWriter(m_storage, job).run()
                                                : SqliteBatchWriter(m_storage, nativeFile, job).run();
    if (!r)
        return r.error();
    return savedCount;
}

Result<void> PhoneRepository::remove(const QList<Id> &ids)
{
    if (auto r = m_storage.require(Permission::EditPhones,
                                   QCoreApplication::translate("PhoneDesk::Storage", "delete phones"));
        !r)
        return r;
    return m_storage.inTransaction([&]() -> Result<void> {
        QSqlQuery select(m_storage.database());
        QSqlQuery del(m_storage.database());
        select.prepare(QStringLiteral("SELECT name, category FROM phones WHERE id = ?"));
        del.prepare(QStringLiteral("DELETE FROM phones WHERE id = ?"));
        for (const Id id : ids) {
            select.addBindValue(id);
            if (!select.exec())
                return Sql::toError(select.lastError(),
                                    QCoreApplication::translate("PhoneDesk::Storage", "deleting phones"));
            if (!select.next())
                return Error::make(Error::Code::NotFound,
                                   QCoreApplication::translate(
                                       "PhoneDesk::Storage",
                                       "One of the selected phones no longer exists; nothing was deleted."));
            const QString name = select.value(0).toString();
            const QString category = select.value(1).toString();
            select.finish();
            // Written while the phone still exists: on PostgreSQL the site-scope policy of the audit
            // log looks the phone up to see whether this member may write about it.
            if (auto e = m_storage.writeAudit(QStringLiteral("phone.delete"), QStringLiteral("phone"), id,
                                              name, category);
                !e)
                return e;
            // phone_status rows go with the phone (ON DELETE CASCADE; SQLite needs foreign_keys=ON).
            QSqlQuery status(m_storage.database());
            status.prepare(QStringLiteral("DELETE FROM phone_status WHERE phone_id = ?"));
            status.addBindValue(id);
            if (auto e =
                    Sql::exec(status, QCoreApplication::translate("PhoneDesk::Storage", "deleting phones"));
                !e)
                return e;
            del.addBindValue(id);
            if (auto e = Sql::exec(
                    del,
                    QCoreApplication::translate("PhoneDesk::Storage", "deleting phone \"%1\"").arg(name));
                !e)
                return e;
        }
        m_storage.queueChange({ChangeEvent::Entity::Phone, ChangeEvent::Kind::Remove, ids});
        return {};
    });
}

Result<MigrationResult> PhoneRepository::migrateBaseSettings(const QList<Id> &ids, Id targetId)
{
    if (auto r =
            m_storage.require(Permission::Administer,
                              QCoreApplication::translate("PhoneDesk::Storage", "migrate base settings"));
        !r)
        return r.error();
    auto target = m_storage.baseSettings().get(targetId);
    if (!target)
        return target.error();
    const PhoneModel *model = ModelCatalog::builtin().find(target->modelId);
    if (!model)
        return Error::make(Error::Code::Validation,
                           QCoreApplication::translate("PhoneDesk::Storage",
                                                       "The target base settings use an unknown model."));

    MigrationResult result;
    QList<Phone> phones;
    for (const Id id : ids) {
        auto phone = get(id);
        if (!phone)
            return phone.error();
        if (!model->supports(phone->category))
            return Error::validation(
                {{QStringLiteral("baseSettings"),
                  QCoreApplication::translate(
                      "PhoneDesk::Storage",
                      "Phone \"%1\" is a %2 phone; base settings \"%3\" are for %4 phones.")
                      .arg(phone->name, displayName(phone->category), target->name, model->displayName)}});
        phone->baseSettingsId = targetId;
        const qsizetype keysBefore = phone->lineKeys.size();
        phone->lineKeys.removeIf([&](const LineKey &k) { return k.index > model->maxLineKeys; });
        result.lineKeysRemoved += int(keysBefore - phone->lineKeys.size());
        for (auto it = phone->overrides.begin(); it != phone->overrides.end();) {
            const SettingDefinition *d = SettingsSchema::builtin().find(it.key());
            if (!d || !d->appliesTo(*model)) {
                it = phone->overrides.erase(it);
                ++result.overridesRemoved;
            } else {
                ++it;
            }
        }
        phones.append(*phone);
    }
    // Migration is an administrator action; the per-phone write runs with that authority.
    auto saved = saveMany({}, phones, QStringLiteral("phone.migrate-base-settings"));
    if (!saved)
        return saved.error();
    result.migrated = int(saved->size());
    return result;
}

Result<void> PhoneRepository::clearUser(const QList<Id> &ids)
{
    if (auto r = m_storage.require(Permission::ControlPhones,
                                   QCoreApplication::translate("PhoneDesk::Storage", "log out phones"));
        !r)
        return r;
    return m_storage.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_storage.database());
        q.prepare(QStringLiteral("UPDATE phones SET user_id = NULL, version = version + 1 WHERE id = ?"));
        for (const Id id : ids) {
            auto phone = get(id);
            if (!phone)
                return phone.error();
            q.addBindValue(id);
            if (auto e = Sql::exec(
                    q,
                    QCoreApplication::translate("PhoneDesk::Storage", "logging out %1").arg(label(*phone)));
                !e)
                return e;
            if (auto e = m_storage.writeAudit(QStringLiteral("phone.logout"), QStringLiteral("phone"), id,
                                              phone->name);
                !e)
                return e;
        }
        m_storage.queueChange({ChangeEvent::Entity::Phone, ChangeEvent::Kind::Upsert, ids});
        return {};
    });
}

Result<QString> PhoneRepository::deviceSecret(Id id)
{
    // Not even asked for: on PostgreSQL the refused query would also end the caller's transaction.
    if (!m_storage.canReadSecrets())
        return Error::make(Error::Code::Permission,
                           QCoreApplication::translate("PhoneDesk::Storage",
                                                       "%1 may not read device secrets: only Administrators "
                                                       "and the PhoneDesk server may.")
                               .arg(m_storage.actor()));
    QSqlQuery q(m_storage.database());
    q.prepare(QStringLiteral("SELECT device_secret FROM phones WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading a phone"));
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("PhoneDesk::Storage", "The phone no longer exists."));
    return q.value(0).toString();
}

} // namespace PhoneDesk
