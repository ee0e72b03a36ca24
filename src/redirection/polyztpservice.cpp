#include "polyztpservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace PhoneDesk {

namespace {

using Kind = RedirectionOutcome::Kind;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The profile a device record names: the API has called the field "profile" and "profileid".
QString profileOf(const QJsonObject &device)
{
    for (const char *field : {"profile", "profileId", "profileid"}) {
        const QJsonValue v = device.value(QLatin1String(field));
        if (v.isString())
            return v.toString();
        if (v.isObject())
            return v.toObject().value(QLatin1String("id")).toString();
    }
    return {};
}

// The cursor of the next page, when there is one.
QString nextCursor(const QJsonObject &page)
{
    for (const char *field : {"next", "cursor", "nextCursor"}) {
        if (const QJsonValue v = page.value(QLatin1String(field)); v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    return {};
}

} // namespace

PolyZtpService::PolyZtpService(RedirectionServiceConfig config, QObject *parent)
    : RedirectionService(std::move(config), parent)
{ }

QString PolyZtpService::profileName(const QString &url)
{
    const QUrl u(url);
    const QString host = u.port() > 0 ? u.host() + u':' + QString::number(u.port()) : u.host();
    return QStringLiteral("PhoneDesk ") + host;
}

QNetworkRequest PolyZtpService::api(const QString &path, const QString &query) const
{
    QNetworkRequest r = request(path, query);
    r.setRawHeader("API-KEY", config().key.toUtf8());
    return r;
}

RedirectionBatchResult PolyZtpService::single(const RedirectionDevice &device, Kind kind,
                                              const QString &reason, const QString &detail)
{
    if (kind == Kind::Registered || kind == Kind::Removed)
        succeeded();
    RedirectionBatchResult r;
    RedirectionOutcome o = outcome(device, kind, reason, detail);
    if (kind == Kind::Registered)
        o.remoteId = device.mac;
    r.outcomes.append(o);
    return r;
}

// --- profiles -----------------------------------------------------------------------------

void PolyZtpService::withProfile(const QString &url, ProfileReady ready)
{
    if (const auto it = m_profiles.constFind(url); it != m_profiles.constEnd()) {
        ready(*it, {});
        return;
    }
    findProfile(url, {}, std::move(ready));
}

void PolyZtpService::findProfile(const QString &url, const QString &cursor, ProfileReady ready)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    send(api(QStringLiteral("/profiles"), query.toString(QUrl::FullyEncoded)), "GET", {},
         [this, url, ready](const HttpAnswer &a) {
             if (!a.success()) {
                 ready({}, a);
                 return;
             }
             const QJsonObject page = a.json.toObject();
             const QString wanted = profileName(url);
             for (const QJsonValue &v : page.value(QLatin1String("results")).toArray()) {
                 const QJsonObject p = v.toObject();
                 if (p.value(QLatin1String("name")).toString() == wanted) {
                     m_profiles.insert(url, p.value(QLatin1String("id")).toString());
                     ready(m_profiles.value(url), {});
                     return;
                 }
             }
             if (const QString next = nextCursor(page); !next.isEmpty())
                 findProfile(url, next, ready);
             else
                 createProfile(url, ready);
         });
}

void PolyZtpService::createProfile(const QString &url, ProfileReady ready)
{
    // The phone gets the provisioning server and nothing else from Poly: its software, polling,
    // DHCP and language settings come from PhoneDesk's files. No shared user name and password:
    // PhoneDesk authenticates each phone by its own (device certificate or Digest).
    const QJsonObject profile {
        {QStringLiteral("name"), profileName(url)},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("template"),
         QJsonObject {
             {QStringLiteral("software"), QJsonObject {{QStringLiteral("version"), QJsonValue::Null}}},
             {QStringLiteral("provisioning"),
              QJsonObject {{QStringLiteral("server"),
                            QJsonObject {{QStringLiteral("address"), url},
                                         {QStringLiteral("username"), QJsonValue::Null},
                                         {QStringLiteral("password"), QJsonValue::Null}}},
                           {QStringLiteral("polling"), false},
                           {QStringLiteral("quickSetup"), false}}},
             {QStringLiteral("dhcp"),
              QJsonObject {{QStringLiteral("bootServerOption"), QJsonValue::Null},
                           {QStringLiteral("option60Type"), QJsonValue::Null}}},
             {QStringLiteral("localization"), QJsonObject {{QStringLiteral("language"), QJsonValue::Null}}},
         }},
        {QStringLiteral("custom"),
         QJsonObject {{QStringLiteral("ucs"), QJsonValue::Null}, {QStringLiteral("obi"), QJsonValue::Null}}},
    };
    send(api(QStringLiteral("/profiles")), "POST", json(profile), [this, url, ready](const HttpAnswer &a) {
        const QString id = a.json.toObject().value(QLatin1String("id")).toString();
        if (!a.success() || id.isEmpty()) {
            HttpAnswer failure = a;
            if (a.success()) // an answer without an id is no profile
                failure.status = 502;
            ready({}, failure);
            return;
        }
        m_profiles.insert(url, id);
        ready(id, {});
    });
}

// --- devices ------------------------------------------------------------------------------

void PolyZtpService::registerDevices(const QList<RedirectionDevice> &devices, Done done)
{
    eachDevice(
        devices, [this](const RedirectionDevice &d, Done one) { registerOne(d, std::move(one)); },
        std::move(done));
}

void PolyZtpService::registerOne(const RedirectionDevice &device, Done done)
{
    withProfile(device.url, [this, device, done](const QString &profileId, const HttpAnswer &failure) {
        if (profileId.isEmpty()) {
            done(failed({device}, failure));
            return;
        }
        if (device.inDoubt)
            lookUp(device, profileId, false, false, done);
        else
            post(device, profileId, false, done);
    });
}

void PolyZtpService::post(const RedirectionDevice &device, const QString &profileId, bool moved, Done done)
{
    const QJsonObject body {{QStringLiteral("id"), device.mac}, {QStringLiteral("profile"), profileId}};
    send(api(QStringLiteral("/devices")), "POST", json(body),
         [this, device, profileId, moved, done](const HttpAnswer &a) {
             if (a.success()) {
                 done(single(device, Kind::Registered));
             } else if (a.status == 409 && !moved) {
                 // Known to ZTP already: ours (at this or another profile of ours), or another account's.
                 lookUp(device, profileId, true, moved, done);
             } else if (a.status == 400 || a.status == 404 || a.status == 409 || a.status == 422) {
                 done(single(device, Kind::Refused, RedirectionReason::Refused, a.summary()));
             } else {
                 done(failed({device}, a));
             }
         });
}

void PolyZtpService::lookUp(const RedirectionDevice &device, const QString &profileId, bool afterConflict,
                            bool moved, Done done)
{
    send(api(QStringLiteral("/devices/") + device.mac), "GET", {},
         [this, device, profileId, afterConflict, moved, done](const HttpAnswer &a) {
             if (a.success()) {
                 if (profileOf(a.json.toObject()) == profileId)
                     done(single(device, Kind::Registered, RedirectionReason::AlreadyRegistered));
                 else if (!moved)
                     moveHere(device, profileId, done);
                 else
                     done(single(device, Kind::Refused, RedirectionReason::Refused,
                                 tr("the device stays at another profile")));
             } else if (a.status == 404 && afterConflict) {
                 // ZTP has the MAC but not in this account.
                 done(single(device, Kind::Refused, RedirectionReason::OtherAccount, a.summary()));
             } else if (a.status == 404) {
                 post(device, profileId, moved, done);
             } else {
                 done(failed({device}, a));
             }
         });
}

void PolyZtpService::moveHere(const RedirectionDevice &device, const QString &profileId, Done done)
{
    // The API has no call to change a device's profile: it is deleted and added again.
    send(api(QStringLiteral("/devices/") + device.mac), "DELETE", {},
         [this, device, profileId, done](const HttpAnswer &a) {
             if (a.success() || a.status == 404)
                 post(device, profileId, true, done);
             else if (a.status == 409)
                 done(single(device, Kind::Refused, RedirectionReason::OtherAccount, a.summary()));
             else
                 done(failed({device}, a));
         });
}

void PolyZtpService::removeDevices(const QList<RedirectionDevice> &devices, Done done)
{
    eachDevice(
        devices, [this](const RedirectionDevice &d, Done one) { removeOne(d, std::move(one)); },
        std::move(done));
}

void PolyZtpService::removeOne(const RedirectionDevice &device, Done done)
{
    send(api(QStringLiteral("/devices/") + device.mac), "DELETE", {},
         [this, device, done](const HttpAnswer &a) {
             if (a.success() || a.status == 404) {
                 done(single(device, Kind::Removed));
             } else if (a.status == 409) {
                 // Registered with another account: not ours to remove, and nothing of ours is left.
                 done(single(device, Kind::Removed, RedirectionReason::OtherAccount, a.summary()));
             } else if (a.status == 400) {
                 done(single(device, Kind::Refused, RedirectionReason::Refused, a.summary()));
             } else {
                 done(failed({device}, a));
             }
         });
}

void PolyZtpService::testConnection(Tested done)
{
    send(api(QStringLiteral("/profiles"), QStringLiteral("limit=1")), "GET", {}, [done](const HttpAnswer &a) {
        if (a.success())
            done(tr("Poly ZTP accepted the API key."));
        else if (a.status == 401)
            done(Error::make(Error::Code::Permission,
                             tr("Poly ZTP refused the API key (%1). Copy the key from the ZTP portal again.")
                                 .arg(a.summary())));
        else
            done(Error::make(Error::Code::Network,
                             tr("Poly ZTP did not answer as expected: %1").arg(a.summary())));
    });
}

} // namespace PhoneDesk
