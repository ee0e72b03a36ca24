#pragma once

// The phone CSV export: writes phones in the import format (docs/csv-format.md), so that an
// export imported again gives the same phones.

#include "csvwriter.h"
#include "entities.h"
#include "phonerepository.h"
#include "result.h"

#include <QIODevice>

namespace PhoneDesk {

class Storage;

namespace PhoneExport {

// Writes `phones` (full records) to `device`. Returns the number of phones written.
Result<qsizetype> write(Storage &storage, const QList<Phone> &phones, QIODevice &device,
                        const Csv::WriteOptions &options = {}, const ProgressCallback &progress = {});

// Exports the phones with `ids` (in that order; e.g. the selection or the filtered view) to the
// file at `path`, atomically: the file is replaced only when everything was written.
Result<qsizetype> exportToFile(Storage &storage, const QList<Id> &ids, const QString &path,
                               const Csv::WriteOptions &options = {}, const ProgressCallback &progress = {});
// Every phone, by name.
Result<qsizetype> exportAllToFile(Storage &storage, const QString &path,
                                  const Csv::WriteOptions &options = {},
                                  const ProgressCallback &progress = {});

} // namespace PhoneExport
} // namespace PhoneDesk
