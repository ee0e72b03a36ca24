#include "yealinkrpsservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

namespace PhoneDesk {

namespace {

using Kind = RedirectionOutcome::Kind;

QByteArray json(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

QString normalMac(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'))
            out += c.toLower();
    }
    return out;
}

// The `nonce` header: 32 random hex digits, new for every request.
QByteArray nonce()
{
    QByteArray out;
    for (int i = 0; i < 2; ++i)
        out += QByteArray::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, '0');
    return out;
}

// A code the service gives as a number or a string.
QString codeOf(const QJsonObject &o)
{
    for (const char *field : {"code", "errorCode"}) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(qint64(v.toDouble()));
    }
    return {};
}

QString textOf(const QJsonObject &o)
{
    for (const char *field : {"errorInfo", "msg", "message"}) {
        if (const QJsonValue v = o.value(QLatin1String(field)); v.isString())
            return v.toString();
    }
    return {};
}

// YMCS error codes (from what the service answers): 800003 the device exists already (in this
// account), 800004 another organisation manages it, 900400 no such resource.
const QString ExistsCode = QStringLiteral("800003");
const QString OtherOrganisationCode = QStringLiteral("800004");
const QString NoSuchResourceCode = QStringLiteral("900400");

bool saysExists(const QJsonObject &error)
{
    return codeOf(error) == ExistsCode ||
        textOf(error).contains(QLatin1String("already exist"), Qt::CaseInsensitive);
}

bool saysOtherOrganisation(const QJsonObject &error)
{
    const QString text = textOf(error);
    return codeOf(error) == OtherOrganisationCode ||
        text.contains(QLatin1String("another"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("other organization"), Qt::CaseInsensitive);
}

bool saysMissing(const QJsonObject &error)
{
    const QString text = textOf(error);
    return codeOf(error) == NoSuchResourceCode ||
        text.contains(QLatin1String("not exist"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("not found"), Qt::CaseInsensitive);
}

// The batch answers' per-device errors, by MAC ({total, successCount, failureCount, errors}).
QHash<QString, QJsonObject> errorsByMac(const QJsonObject &answer)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : answer.value(QLatin1String("errors")).toArray()) {
        const QJsonObject e = v.toObject();
        QString mac = e.value(QLatin1String("mac")).toString();
        if (mac.isEmpty())
            mac = e.value(QLatin1String("field")).toString();
        out.insert(normalMac(mac), e);
    }
    return out;
}

} // namespace

struct YealinkRpsService::Adding
{
    QString serverId;
    QList<RedirectionDevice> toVerify; // in doubt, not looked up yet
    QList<RedirectionDevice> toAdd;
    QList<RedirectionDevice> toMove; // ours, at another server
    QList<RedirectionDevice> existing; // the service says it has them: which server?
    QSet<Id> moved; // moved once already: not again
    RedirectionBatchResult result;
    Done done;
    bool finished = false;

    QList<RedirectionDevice> remaining() const { return toVerify + toAdd + toMove + existing; }
    void clear()
    {
        toVerify.clear();
        toAdd.clear();
        toMove.clear();
        existing.clear();
    }
    void add(const RedirectionDevice &d, Kind kind, const QString &reason = {}, const QString &detail = {},
             const QString &remoteId = {})
    {
        RedirectionOutcome o = RedirectionService::outcome(d, kind, reason, detail);
        o.remoteId = remoteId;
        result.outcomes.append(o);
    }
};

YealinkRpsService::YealinkRpsService(RedirectionServiceConfig config, QObject *parent)
    : RedirectionService(std::move(config), parent)
{ }

QString YealinkRpsService::serverName(const QString &url)
{
    const QUrl u(url);
    const QString host = u.port() > 0 ? u.host() + u':' + QString::number(u.port()) : u.host();
    return QStringLiteral("PhoneDesk ") + host;
}

// --- calls --------------------------------------------------------------------------------

void YealinkRpsService::withToken(std::function<void(const HttpAnswer &failure)> ready)
{
    if (!m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_tokenExpires) {
        ready({});
        return;
    }
    QNetworkRequest r = request(QStringLiteral("/v2/token"));
    r.setRawHeader("Authorization", "Basic " + (config().key + u':' + config().secret).toUtf8().toBase64());
    r.setRawHeader("timestamp", QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
    r.setRawHeader("nonce", nonce());
    const QJsonObject body {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    send(r, "POST", json(body), [this, ready](const HttpAnswer &a) {
        const QJsonObject o = a.json.toObject();
        const QString token = o.value(QLatin1String("access_token")).toString();
        if (!a.success() || token.isEmpty()) {
            HttpAnswer failure = a;
            // invalid_client comes as 400 or 401: either way the AccessKey is wrong.
            if (a.status == 400 || a.status == 401 || a.status == 403 || (a.success() && token.isEmpty()))
                failure.status = 401;
            ready(failure);
            return;
        }
        m_token = token;
        const int seconds = o.value(QLatin1String("expires_in")).toInt(3600);
        m_tokenExpires = QDateTime::currentDateTimeUtc().addSecs(std::max(60, seconds - 60));
        ready({});
    });
}

void YealinkRpsService::call(const QByteArray &verb, const QString &path, const QByteArray &body,
                             Answered answered, bool retried)
{
    withToken([this, verb, path, body, answered, retried](const HttpAnswer &failure) {
        if (m_token.isEmpty()) {
            answered(failure);
            return;
        }
        QNetworkRequest r = request(path);
        r.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        r.setRawHeader("timestamp", QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
        r.setRawHeader("nonce", nonce());
        send(r, verb, body, [this, verb, path, body, answered, retried](const HttpAnswer &a) {
            if (a.status == 401 && !retried) {
                // The token expired early or was revoked: one new token, one more try.
                m_token.clear();
                call(verb, path, body, answered, true);
                return;
            }
            answered(a);
        });
    });
}

// --- servers ------------------------------------------------------------------------------

void YealinkRpsService::withServer(const QString &url, ServerReady ready)
{
    if (const auto it = m_servers.constFind(url); it != m_servers.constEnd()) {
        ready(*it, {});
        return;
    }
    findServer(url, 0, std::move(ready));
}

void YealinkRpsService::findServer(const QString &url, int skip, ServerReady ready)
{
    const QJsonObject body {{QStringLiteral("skip"), skip},
                            {QStringLiteral("limit"), 100},
                            {QStringLiteral("autoCount"), true},
                            {QStringLiteral("filter"), QJsonObject()}};
    call("POST", QStringLiteral("/v2/rps/listServers"), json(body),
         [this, url, skip, ready](const HttpAnswer &a) {
             if (!a.success()) {
                 ready({}, a);
                 return;
             }
             const QJsonObject page = a.json.toObject();
             const QJsonArray servers = page.value(QLatin1String("data")).toArray();
             const QString name = serverName(url);
             for (const QJsonValue &v : servers) {
                 const QJsonObject s = v.toObject();
                 if (s.value(QLatin1String("serverName")).toString() != name)
                     continue;
                 const QString id = s.value(QLatin1String("id")).toString();
                 // The list may leave the URL out: the server itself says where it sends phones.
                 call("GET", QStringLiteral("/v2/rps/servers/") + id, {},
                      [this, url, id, ready](const HttpAnswer &g) {
                          if (!g.success()) {
                              ready({}, g);
                          } else if (g.json.toObject().value(QLatin1String("url")).toString() == url) {
                              m_servers.insert(url, id);
                              ready(id, {});
                          } else {
                              saveServer(url, id, ready); // changed in the portal: set it back
                          }
                      });
                 return;
             }
             const int seen = skip + int(servers.size());
             if (!servers.isEmpty() && seen < page.value(QLatin1String("total")).toInt())
                 findServer(url, seen, ready);
             else
                 saveServer(url, {}, ready);
         });
}

void YealinkRpsService::saveServer(const QString &url, const QString &existingId, ServerReady ready)
{
    // No shared user name and password: PhoneDesk authenticates each phone by its own.
    const QJsonObject body {{QStringLiteral("serverName"), serverName(url)},
                            {QStringLiteral("url"), url},
                            {QStringLiteral("authName"), QString()},
                            {QStringLiteral("password"), QString()}};
    const bool update = !existingId.isEmpty();
    call(update ? "PUT" : "POST",
         QStringLiteral("/v2/rps/servers") + (update ? u'/' + existingId : QString()), json(body),
         [this, url, existingId, ready](const HttpAnswer &a) {
             QString id = existingId;
             if (id.isEmpty())
                 id = a.json.toObject().value(QLatin1String("id")).toString();
             if (!a.success() || id.isEmpty()) {
                 HttpAnswer failure = a;
                 if (a.success())
                     failure.status = 502; // an answer without an id is no server
                 ready({}, failure);
                 return;
             }
             m_servers.insert(url, id);
             ready(id, {});
         });
}

// --- registering --------------------------------------------------------------------------

void YealinkRpsService::registerDevices(const QList<RedirectionDevice> &devices, Done done)
{
    // One request per provisioning URL (a server each).
    QList<QList<RedirectionDevice>> groups;
    QHash<QString, qsizetype> groupOfUrl;
    for (const RedirectionDevice &d : devices) {
        if (!groupOfUrl.contains(d.url)) {
            groupOfUrl.insert(d.url, groups.size());
            groups.append(QList<RedirectionDevice>());
        }
        groups[groupOfUrl.value(d.url)].append(d);
    }
    eachGroup(
        groups, [this](const QList<RedirectionDevice> &g, Done next) { registerGroup(g, std::move(next)); },
        std::move(done));
}

void YealinkRpsService::registerGroup(const QList<RedirectionDevice> &devices, Done done)
{
    withServer(devices.first().url,
               [this, devices, done](const QString &serverId, const HttpAnswer &failure) {
                   if (serverId.isEmpty()) {
                       done(failed(devices, failure));
                       return;
                   }
                   auto run = std::make_shared<Adding>();
                   run->serverId = serverId;
                   run->done = done;
                   for (const RedirectionDevice &d : devices)
                       (d.inDoubt ? run->toVerify : run->toAdd).append(d);
                   verifyThenAdd(run);
               });
}

void YealinkRpsService::lookUp(const RedirectionDevice &device, Looked looked)
{
    auto byMac = [this, device, looked] {
        const QJsonObject body {
            {QStringLiteral("skip"), 0},
            {QStringLiteral("limit"), 10},
            {QStringLiteral("autoCount"), false},
            {QStringLiteral("filter"), QJsonObject {{QStringLiteral("mac"), device.mac}}}};
        call("POST", QStringLiteral("/v2/rps/listDevices"), json(body),
             [device, looked](const HttpAnswer &a) {
                 if (!a.success()) {
                     looked({}, a);
                     return;
                 }
                 for (const QJsonValue &v : a.json.toObject().value(QLatin1String("data")).toArray()) {
                     const QJsonObject d = v.toObject();
                     if (normalMac(d.value(QLatin1String("mac")).toString()) == device.mac) {
                         looked({true, d.value(QLatin1String("id")).toString(),
                                 d.value(QLatin1String("serverId")).toString()},
                                {});
                         return;
                     }
                 }
                 looked({}, {});
             });
    };
    if (device.remoteId.isEmpty() || device.remoteId == device.mac) {
        byMac();
        return;
    }
    call("GET", QStringLiteral("/v2/rps/devices/") + device.remoteId, {},
         [device, looked, byMac](const HttpAnswer &a) {
             const QJsonObject d = a.json.toObject();
             if (a.success() && normalMac(d.value(QLatin1String("mac")).toString()) == device.mac)
                 looked({true, d.value(QLatin1String("id")).toString(),
                         d.value(QLatin1String("serverId")).toString()},
                        {});
             else if (a.success() || a.status == 404 || (a.status == 400 && saysMissing(d)))
                 byMac(); // that id is gone: the MAC may be there under another
             else
                 looked({}, a);
         });
}

void YealinkRpsService::verifyThenAdd(const std::shared_ptr<Adding> &run)
{
    if (run->toVerify.isEmpty()) {
        if (!run->toMove.isEmpty())
            moveThenAdd(run);
        else
            add(run);
        return;
    }
    const RedirectionDevice d = run->toVerify.takeFirst();
    lookUp(d, [this, run, d](const Found &found, const HttpAnswer &failure) {
        if (failure.status != 0 || !failure.error.isEmpty()) {
            abort(run, {d}, failure);
            return;
        }
        if (found.found && found.serverId == run->serverId)
            run->add(d, Kind::Registered, RedirectionReason::AlreadyRegistered, {}, found.id);
        else
            (found.found ? run->toMove : run->toAdd).append(d);
        verifyThenAdd(run);
    });
}

void YealinkRpsService::moveThenAdd(const std::shared_ptr<Adding> &run)
{
    // Ours, at another server (its site's provisioning host changed): removed, then added here.
    QJsonArray macs;
    for (const RedirectionDevice &d : std::as_const(run->toMove)) {
        macs.append(d.mac);
        run->moved.insert(d.rowId);
    }
    const QJsonObject body {{QStringLiteral("deviceIdType"), QStringLiteral("mac")},
                            {QStringLiteral("deviceIds"), macs}};
    call("POST", QStringLiteral("/v2/rps/delDevices"), json(body), [this, run](const HttpAnswer &a) {
        if (!a.success()) {
            abort(run, {}, a);
            return;
        }
        run->toAdd.append(run->toMove);
        run->toMove.clear();
        add(run);
    });
}

void YealinkRpsService::add(const std::shared_ptr<Adding> &run)
{
    if (run->toAdd.isEmpty()) {
        resolveExisting(run);
        return;
    }
    if (m_bySerialNumber) {
        addWithSerialNumbers(run);
        return;
    }
    QJsonArray body;
    for (const RedirectionDevice &d : std::as_const(run->toAdd))
        body.append(
            QJsonObject {{QStringLiteral("mac"), d.mac}, {QStringLiteral("serverId"), run->serverId}});
    const QList<RedirectionDevice> sent = run->toAdd;
    call("POST", QStringLiteral("/v2/rps/addDevicesByMac"), json(body),
         [this, run, sent](const HttpAnswer &a) {
             if (a.status == 403) {
                 // Most accounts may not add by MAC alone: with the serial number, from now on.
                 m_bySerialNumber = true;
                 addWithSerialNumbers(run);
                 return;
             }
             onAdded(run, sent, a);
         });
}

void YealinkRpsService::addWithSerialNumbers(const std::shared_ptr<Adding> &run)
{
    QJsonArray body;
    QList<RedirectionDevice> sent;
    for (const RedirectionDevice &d : std::as_const(run->toAdd)) {
        if (d.serialNumber.isEmpty()) {
            run->add(d, Kind::Refused, RedirectionReason::NeedsSerial);
            continue;
        }
        body.append(QJsonObject {{QStringLiteral("mac"), d.mac},
                                 {QStringLiteral("sn"), d.serialNumber},
                                 {QStringLiteral("serverId"), run->serverId}});
        sent.append(d);
    }
    if (sent.isEmpty()) {
        run->toAdd.clear();
        resolveExisting(run);
        return;
    }
    call("POST", QStringLiteral("/v2/rps/addDevices"), json(body),
         [this, run, sent](const HttpAnswer &a) { onAdded(run, sent, a); });
}

void YealinkRpsService::onAdded(const std::shared_ptr<Adding> &run, const QList<RedirectionDevice> &sent,
                                const HttpAnswer &a)
{
    run->toAdd.clear();
    if (!a.success()) {
        abort(run, sent, a);
        return;
    }
    const QHash<QString, QJsonObject> errors = errorsByMac(a.json.toObject());
    for (const RedirectionDevice &d : sent) {
        const auto it = errors.constFind(d.mac);
        if (it == errors.constEnd())
            run->add(d, Kind::Registered, {}, {}, d.mac);
        else if (saysExists(*it))
            run->existing.append(d);
        else if (saysOtherOrganisation(*it))
            run->add(d, Kind::Refused, RedirectionReason::OtherAccount, textOf(*it));
        else
            run->add(d, Kind::Refused, RedirectionReason::Refused, textOf(*it));
    }
    succeeded();
    resolveExisting(run);
}

void YealinkRpsService::resolveExisting(const std::shared_ptr<Adding> &run)
{
    if (run->existing.isEmpty()) {
        if (!run->toMove.isEmpty())
            moveThenAdd(run);
        else
            finish(run);
        return;
    }
    const RedirectionDevice d = run->existing.takeFirst();
    lookUp(d, [this, run, d](const Found &found, const HttpAnswer &failure) {
        if (failure.status != 0 || !failure.error.isEmpty()) {
            abort(run, {d}, failure);
            return;
        }
        if (!found.found)
            run->add(d, Kind::Refused, RedirectionReason::OtherAccount); // exists, but not for us
        else if (found.serverId == run->serverId)
            run->add(d, Kind::Registered, RedirectionReason::AlreadyRegistered, {}, found.id);
        else if (!run->moved.contains(d.rowId))
            run->toMove.append(d);
        else
            run->add(d, Kind::Refused, RedirectionReason::Refused, tr("the device stays at another server"));
        resolveExisting(run);
    });
}

void YealinkRpsService::abort(const std::shared_ptr<Adding> &run, const QList<RedirectionDevice> &sent,
                              const HttpAnswer &a)
{
    const RedirectionBatchResult f = failed(sent + run->remaining(), a);
    run->result.outcomes.append(f.outcomes);
    run->result.pausedUntil = f.pausedUntil;
    run->result.pausedUntilReconfigured = f.pausedUntilReconfigured;
    run->result.pauseReason = f.pauseReason;
    run->result.pauseDetail = f.pauseDetail;
    run->clear();
    finish(run);
}

void YealinkRpsService::finish(const std::shared_ptr<Adding> &run)
{
    if (run->finished)
        return;
    run->finished = true;
    QTimer::singleShot(0, this, [run] { run->done(run->result); });
}

// --- removing -----------------------------------------------------------------------------

void YealinkRpsService::removeDevices(const QList<RedirectionDevice> &devices, Done done)
{
    QJsonArray macs;
    for (const RedirectionDevice &d : devices)
        macs.append(d.mac);
    const QJsonObject body {{QStringLiteral("deviceIdType"), QStringLiteral("mac")},
                            {QStringLiteral("deviceIds"), macs}};
    call("POST", QStringLiteral("/v2/rps/delDevices"), json(body),
         [this, devices, done](const HttpAnswer &a) {
             if (!a.success()) {
                 done(failed(devices, a));
                 return;
             }
             succeeded();
             RedirectionBatchResult result;
             const QHash<QString, QJsonObject> errors = errorsByMac(a.json.toObject());
             for (const RedirectionDevice &d : devices) {
                 const auto it = errors.constFind(d.mac);
                 // A MAC the account does not have is removed as far as PhoneDesk is concerned.
                 if (it == errors.constEnd() || saysMissing(*it))
                     result.outcomes.append(outcome(d, Kind::Removed));
                 else
                     result.outcomes.append(
                         outcome(d, Kind::Refused, RedirectionReason::Refused, textOf(*it)));
             }
             done(result);
         });
}

void YealinkRpsService::testConnection(Tested done)
{
    const QJsonObject body {
        {QStringLiteral("skip"), 0}, {QStringLiteral("limit"), 1}, {QStringLiteral("autoCount"), true}};
    call("POST", QStringLiteral("/v2/rps/listServers"), json(body), [done](const HttpAnswer &a) {
        // The count first: lupdate (Qt 6.4) hung on this call with the count worked out inside it.
        const int servers = a.json.toObject().value(QLatin1String("total")).toInt();
        if (a.success())
            done(QCoreApplication::translate(
                "PhoneDesk::Redirection", "Yealink RPS accepted the AccessKey (%n server(s) in the account).",
                nullptr, servers));
        else if (a.status == 401)
            done(Error::make(
                Error::Code::Permission,
                tr("Yealink RPS refused the AccessKey ID or secret (%1). Create a new AccessKey under "
                   "YMCS → System → Integration → API.")
                    .arg(a.summary())));
        else
            done(Error::make(Error::Code::Network,
                             tr("Yealink RPS did not answer as expected: %1").arg(a.summary())));
    });
}

} // namespace PhoneDesk
