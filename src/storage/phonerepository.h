#pragma once

// Phones: the list rows for the table, full records for editors, and the writes — single,
// bulk (all-or-nothing), base-settings migration and log-out — each validated and audited.

#include "entities.h"
#include "result.h"
#include "validation.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace PhoneDesk {

class Storage;

// Validation lookups answered from the database, loaded once (sites, base settings, users).
class StorageValidationContext final : public ValidationContext
{
public:
    static Result<std::unique_ptr<StorageValidationContext>> load(Storage &storage);

    std::optional<QString> baseSettingsModel(Id id) const override;
    std::optional<MediaModel> siteMediaModel(Id id) const override;
    bool userExists(Id id) const override;

private:
    QHash<Id, QString> m_baseSettingsModels;
    QHash<Id, MediaModel> m_siteMedia;
    QSet<Id> m_users;
};

// Progress callback for bulk work: return false to cancel (the transaction is rolled back).
using ProgressCallback = std::function<bool(qsizetype done, qsizetype total)>;

// How saveMany() writes a batch.
struct SaveOptions
{
    // The caller has just run Validation::validatePhone on every record with a context loaded from
    // this database (the CSV import does): they are not validated again. The duplicate checks
    // within the batch and against the database stay, and the database's unique indexes and
    // foreign keys remain the guard against anything that changed since.
    bool prevalidated = false;

    // One more audit entry written in the same transaction, e.g. the import's summary line.
    struct AuditNote
    {
        QString action;
        QString entityType;
        Id entityId = 0;
        QString entityName;
        QString details;
    };
    std::optional<AuditNote> summary;

    // On SQLite, batches are written over a connection of PhoneDesk's own through the sqlite3
    // library when it is available (SqliteDatabase): same transaction, same rows, same messages,
    // without Qt Sql's per-value binding. False keeps them on Qt Sql.
    bool nativeSqlite = true;
};

struct MigrationResult
{
    int migrated = 0;
    int lineKeysRemoved = 0;
    int overridesRemoved = 0;
};

class PhoneRepository final
{
public:
    explicit PhoneRepository(Storage &storage)
        : m_storage(storage)
    { }

    // Every phone as a table row, with site/base-settings/user names and live status, in one query.
    Result<QList<PhoneRow>> list();
    // The rows of some phones (for refreshing only what changed).
    Result<QList<PhoneRow>> rows(const QList<Id> &ids);

    Result<Phone> get(Id id);
    // Many full records in a few queries: the phones with `ids` in that order (ids that no longer
    // exist are left out), or every phone ordered by name. For export and bulk upserts.
    Result<QList<Phone>> getMany(const QList<Id> &ids);
    Result<QList<Phone>> getAll();
    Result<std::optional<Phone>> findByName(const QString &name);
    Result<std::optional<Phone>> findByHardwareId(const QString &normalizedHardwareId);
    Result<int> count();
    // Validation error naming the other phone when another phone has `phone`'s name or (normalised)
    // hardware ID; checked on every save, and by the editor as you type.
    Result<void> checkUnique(const Phone &phone);

    Result<Phone> create(Phone phone);
    Result<Phone> update(Phone phone); // Conflict when phone.version is stale
    Result<void> remove(const QList<Id> &ids);

    // Creates `creates` and updates `updates` (by id, version checked) in one transaction: either
    // all are saved or none, with one audit entry per phone. Validation errors name the phone.
    // Returns the saved phones in order (creates first).
    Result<QList<Phone>> saveMany(QList<Phone> creates, QList<Phone> updates, const QString &auditAction,
                                  const ProgressCallback &progress = {}, const SaveOptions &options = {});

    // Fills `creates` and `updates` (empty when called) with the next block of phones to save;
    // false when there are no more.
    using PhoneBlocks = std::function<bool(QList<Phone> &creates, QList<Phone> &updates)>;
    // Like saveMany, for more phones than should be in memory at once: `total` phones given block
    // by block by `next` and saved in one transaction, all or none. Each block is checked as
    // saveMany checks a batch; duplicates between blocks are refused by the unique indexes (named
    // by the phone, on Qt Sql by the rows of its statement). Returns how many phones were saved.
    Result<qsizetype> saveBlocks(const PhoneBlocks &next, qsizetype total, const QString &auditAction,
                                 const ProgressCallback &progress = {}, const SaveOptions &options = {});

    // Moves phones to other base settings; line keys beyond the new model's maximum and overrides
    // that do not apply to it are dropped. All or nothing.
    Result<MigrationResult> migrateBaseSettings(const QList<Id> &ids, Id targetBaseSettingsId);

    // Removes the user association (Log Out). Needs Operator.
    Result<void> clearUser(const QList<Id> &ids);

    // Per-device secret used for provisioning authentication and the phone's admin password.
    Result<QString> deviceSecret(Id id);

private:
    Result<qsizetype> save(const PhoneBlocks &next, qsizetype total, const QString &auditAction,
                           const ProgressCallback &progress, const SaveOptions &options, QList<Phone> *saved);
    Storage &m_storage;
};

} // namespace PhoneDesk
