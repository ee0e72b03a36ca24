#pragma once

// Saving a record that someone else changed while it was being edited. The repositories refuse a
// stale version with Error::Code::Conflict (optimistic concurrency); every editor then asks the
// same question with the same buttons: who changed it and when (from the activity log), then
// Reload (show the saved version; this editor's changes are discarded), Overwrite (save this
// version over it) or Cancel (back to the editor's changes).

#include "entities.h"
#include "messagebox.h"
#include "result.h"

#include <QString>
#include <QWidget>

#include <functional>

namespace PhoneDesk {

class Storage;

namespace SaveConflict {

struct Subject
{
    QString title; // "Phone Changed Meanwhile"
    // The first sentence, given " by anna at 03/12/2026 10:04" (or nothing when not on record):
    // "Phone "Lobby" was changed by anna at … while you were editing it."
    std::function<QString(const QString &who)> headline;
    QString auditEntity; // the activity log's entity type ("phone", "site", …)
};

enum class Choice { Reload, Overwrite, Cancel };
Choice ask(QWidget *parent, Storage &storage, const Subject &subject, Id id);

enum class Outcome {
    Saved, // `record` is the saved version
    Reloaded, // `record` is the version someone else saved: show it
    NotSaved, // cancelled or failed (the error was shown): keep editing
};

// Saves `record` with `save` (create or update, returning the saved record), resolving conflicts
// by asking; `get` reads the saved version.
template<typename T, typename Save, typename Get>
Outcome save(QWidget *parent, Storage &storage, const Subject &subject, T &record, Save save, Get get)
{
    for (;;) {
        auto saved = save(record);
        if (saved) {
            record = *saved;
            return Outcome::Saved;
        }
        if (saved.error().code != Error::Code::Conflict) {
            MessageBox::saveFailed(parent, storage, saved.error());
            return Outcome::NotSaved;
        }
        const Choice choice = ask(parent, storage, subject, record.id);
        if (choice == Choice::Cancel)
            return Outcome::NotSaved;
        auto fresh = get(record.id);
        if (!fresh) {
            MessageBox::warning(parent, parent->windowTitle(), fresh.error().fullText());
            return Outcome::NotSaved;
        }
        if (choice == Choice::Reload) {
            record = *fresh;
            return Outcome::Reloaded;
        }
        record.version = fresh->version; // this version, over theirs
    }
}

} // namespace SaveConflict
} // namespace PhoneDesk
