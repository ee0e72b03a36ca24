#pragma once

// Tells open views what changed in the database so they refresh only that. In-process signals for
// SQLite; PostgreSQL LISTEN/NOTIFY so consoles on other machines see changes too.

#include "entities.h"

#include <QList>
#include <QMetaType>
#include <QObject>

#include <memory>

namespace PhoneDesk {

struct ChangeEvent
{
    enum class Entity {
        Phone,
        Site,
        BaseSettings,
        User,
        Status,
        Audit,
        Quarantine,
        Setting,
        Firmware,
        Rollout,
        Redirection
    };
    enum class Kind { Upsert, Remove, Reset };

    ChangeEvent() = default;
    ChangeEvent(Entity entity_, Kind kind_, QList<Id> ids_ = {})
        : entity(entity_)
        , kind(kind_)
        , ids(std::move(ids_))
    { }

    Entity entity = Entity::Phone;
    Kind kind = Kind::Upsert;
    QList<Id> ids; // empty with Kind::Reset: reload everything of this entity
    // Status upserts made in this process carry the records written, so views apply them without
    // reading them back (a poller batch of 50,000 phones is then no reload). Never sent over the wire.
    std::shared_ptr<const QList<StatusRecord>> statuses;

    bool operator==(const ChangeEvent &) const = default;

    // Wire format for NOTIFY payloads: "phone:u:1,2,3" / "status:r" (fits PostgreSQL's 8000 bytes).
    // The records of `statuses` are not part of it.
    QString toPayload() const;
    static std::optional<ChangeEvent> fromPayload(const QString &payload);
};

// The process-wide hub. Every Storage posts here after a commit; views connect to changed().
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    static ChangeFeed *instance();

    void publish(const ChangeEvent &event);

signals:
    void changed(const PhoneDesk::ChangeEvent &event);

private:
    ChangeFeed() = default;
};

} // namespace PhoneDesk

Q_DECLARE_METATYPE(PhoneDesk::ChangeEvent)
