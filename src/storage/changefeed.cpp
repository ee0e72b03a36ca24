#include "changefeed.h"

#include <QCoreApplication>

namespace PhoneDesk {

namespace {
constexpr std::pair<ChangeEvent::Entity, const char *> EntityNames[] = {
    {ChangeEvent::Entity::Phone, "phone"},
    {ChangeEvent::Entity::Site, "site"},
    {ChangeEvent::Entity::BaseSettings, "base"},
    {ChangeEvent::Entity::User, "user"},
    {ChangeEvent::Entity::Status, "status"},
    {ChangeEvent::Entity::Audit, "audit"},
    {ChangeEvent::Entity::Quarantine, "quarantine"},
    {ChangeEvent::Entity::Setting, "setting"},
    {ChangeEvent::Entity::Firmware, "firmware"},
    {ChangeEvent::Entity::Rollout, "rollout"},
    {ChangeEvent::Entity::Redirection, "redirection"},
};
} // namespace

QString ChangeEvent::toPayload() const
{
    QString name;
    for (const auto &[e, n] : EntityNames) {
        if (e == entity)
            name = QLatin1String(n);
    }
    const char kindChar = kind == Kind::Upsert ? 'u' : kind == Kind::Remove ? 'd' : 'r';
    QString out = name + u':' + QLatin1Char(kindChar);
    if (kind != Kind::Reset) {
        out += u':';
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (i)
                out += u',';
            out += QString::number(ids.at(i));
        }
    }
    return out;
}

std::optional<ChangeEvent> ChangeEvent::fromPayload(const QString &payload)
{
    const QStringList parts = payload.split(u':');
    if (parts.size() < 2)
        return std::nullopt;
    ChangeEvent event;
    bool found = false;
    for (const auto &[e, n] : EntityNames) {
        if (parts.at(0) == QLatin1String(n)) {
            event.entity = e;
            found = true;
        }
    }
    if (!found)
        return std::nullopt;
    if (parts.at(1) == QLatin1String("u"))
        event.kind = Kind::Upsert;
    else if (parts.at(1) == QLatin1String("d"))
        event.kind = Kind::Remove;
    else if (parts.at(1) == QLatin1String("r"))
        event.kind = Kind::Reset;
    else
        return std::nullopt;
    if (event.kind != Kind::Reset) {
        if (parts.size() != 3)
            return std::nullopt;
        for (const QString &id : parts.at(2).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const Id value = id.toLongLong(&ok);
            if (!ok)
                return std::nullopt;
            event.ids.append(value);
        }
    }
    return event;
}

ChangeFeed *ChangeFeed::instance()
{
    static ChangeFeed *feed = [] {
        qRegisterMetaType<PhoneDesk::ChangeEvent>();
        auto *f = new ChangeFeed;
        if (QCoreApplication::instance())
            f->moveToThread(QCoreApplication::instance()->thread());
        return f;
    }();
    return feed;
}

void ChangeFeed::publish(const ChangeEvent &event)
{
    emit changed(event);
}

} // namespace PhoneDesk
