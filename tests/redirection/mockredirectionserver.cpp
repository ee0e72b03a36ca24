#include "mockredirectionserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>
#include <QUrlQuery>

namespace PhoneDesk::Test {

namespace {

QByteArray body(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray message(const char *text)
{
    return body({{QStringLiteral("message"), QString::fromLatin1(text)}});
}

QByteArray yealinkError(const QString &code, const QString &text)
{
    return body({{QStringLiteral("code"), code}, {QStringLiteral("message"), text}});
}

QString macOf(const QJsonValue &v)
{
    return v.toString().toLower().remove(u':').remove(u'-');
}

bool isMac(const QString &mac)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{12}$"));
    return hex.match(mac).hasMatch();
}

} // namespace

MockRedirectionServer::MockRedirectionServer(Flavour flavour, QObject *parent)
    : QObject(parent)
    , m_flavour(flavour)
{
    // Handed out once the TLS handshake is done.
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &MockRedirectionServer::onConnection);
}

MockRedirectionServer::~MockRedirectionServer()
{
    // The connections go first, saying nothing to this half-destroyed object.
    for (QSslSocket *socket : m_server.findChildren<QSslSocket *>()) {
        disconnect(socket, nullptr, this, nullptr);
        delete socket;
    }
}

bool MockRedirectionServer::listen(const QString &certificatePath, const QString &keyPath, QString *error)
{
    QFile cert(certificatePath);
    QFile key(keyPath);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the test certificate or key");
        return false;
    }
    m_certificate = QSslCertificate(cert.readAll(), QSsl::Pem);
    m_key = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
    if (m_certificate.isNull() || m_key.isNull()) {
        *error = QStringLiteral("the test certificate or key does not load");
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_certificate);
    tls.setPrivateKey(m_key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(tls);
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

QString MockRedirectionServer::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1%2")
        .arg(port())
        .arg(m_flavour == Flavour::PolyZtp ? QStringLiteral("/v1") : QString());
}

void MockRedirectionServer::setCredentials(const QString &key, const QString &secret)
{
    m_key1 = key;
    m_secret = secret;
    m_tokens.clear();
}

void MockRedirectionServer::preregister(const QString &mac, const QString &url, const QString &serial)
{
    m_devices.insert(mac.toLower(), {QStringLiteral("dev-%1").arg(m_nextId++), targetFor(url), serial});
}

void MockRedirectionServer::script(const QString &pathSuffix, const Scripted &answer,
                                   const QByteArray &method)
{
    m_scripts.append({pathSuffix, method, answer});
}

void MockRedirectionServer::holdNext(const QString &pathSuffix, int after)
{
    m_holdSuffix = pathSuffix;
    m_holdAfter = after;
}

void MockRedirectionServer::release()
{
    const auto held = std::exchange(m_held, {});
    for (const auto &[socket, answer] : held) {
        if (socket->state() == QAbstractSocket::ConnectedState)
            respond(socket, answer);
    }
}

QList<MockRedirectionServer::Request> MockRedirectionServer::requestsTo(const QString &pathSuffix,
                                                                        const QByteArray &method) const
{
    QList<Request> out;
    for (const Request &r : m_requests) {
        if (r.path.endsWith(pathSuffix) && (method.isEmpty() || r.method == method))
            out.append(r);
    }
    return out;
}

QHash<QString, QString> MockRedirectionServer::devices() const
{
    QHash<QString, QString> out;
    for (auto it = m_devices.constBegin(); it != m_devices.constEnd(); ++it)
        out.insert(it.key(), m_targets.value(it->target).url);
    return out;
}

QString MockRedirectionServer::targetFor(const QString &url)
{
    for (auto it = m_targets.constBegin(); it != m_targets.constEnd(); ++it) {
        if (it->url == url)
            return it.key();
    }
    const QString id = QStringLiteral("t%1").arg(m_nextId++);
    m_targets.insert(id, {QStringLiteral("someone else's ") + url, url});
    return id;
}

void MockRedirectionServer::registerDevice(const QString &mac, const QString &target, const QString &serial)
{
    m_devices.insert(mac, {QStringLiteral("dev-%1").arg(m_nextId++), target, serial});
    ++m_registrations[mac];
}

// --- HTTP ---------------------------------------------------------------------------------

void MockRedirectionServer::onConnection()
{
    while (QTcpSocket *next = m_server.nextPendingConnection()) {
        auto *socket = qobject_cast<QSslSocket *>(next);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QSslSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_held.removeIf([socket](const auto &h) { return h.first == socket; });
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadable(socket);
    }
}

void MockRedirectionServer::onReadable(QSslSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request r;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        const QUrl url(QString::fromLatin1(first.value(1)));
        r.path = url.path();
        r.query = url.query();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                 lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        r.json = doc.isArray() ? QJsonValue(doc.array())
            : doc.isObject()   ? QJsonValue(doc.object())
                               : QJsonValue();
        const Answer answer = handle(r);
        bool hold = !m_holdSuffix.isEmpty() && r.path.endsWith(m_holdSuffix);
        if (hold && m_holdAfter > 0) {
            --m_holdAfter;
            hold = false;
        }
        r.status = hold ? 0 : answer.status;
        m_requests.append(r);
        if (hold) {
            m_holdSuffix.clear();
            m_held.append({socket, answer});
            emit heldRequest(r.path);
            continue;
        }
        respond(socket, answer);
    }
}

void MockRedirectionServer::respond(QSslSocket *socket, const Answer &answer)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(answer.status) + " Mock\r\nContent-Type: application/json\r\n";
    if (!answer.retryAfter.isEmpty())
        out += "Retry-After: " + answer.retryAfter + "\r\n";
    out += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body;
    socket->write(out);
}

MockRedirectionServer::Answer MockRedirectionServer::handle(Request &r)
{
    for (qsizetype i = 0; i < m_scripts.size(); ++i) {
        Script &s = m_scripts[i];
        if (!r.path.endsWith(s.suffix) || (!s.method.isEmpty() && s.method != r.method))
            continue;
        const Answer a {s.answer.status, s.answer.body, s.answer.retryAfter};
        const bool takeEffect = s.answer.takeEffect;
        if (--s.answer.count <= 0)
            m_scripts.removeAt(i);
        if (takeEffect)
            (void)(m_flavour == Flavour::PolyZtp ? handlePoly(r) : handleYealink(r));
        return a;
    }
    return m_flavour == Flavour::PolyZtp ? handlePoly(r) : handleYealink(r);
}

// --- Poly ZTP -----------------------------------------------------------------------------

MockRedirectionServer::Answer MockRedirectionServer::handlePoly(const Request &r)
{
    if (r.headers.value("api-key") != m_key1.toUtf8())
        return {401, message("Unauthorized"), {}};
    const QString path = r.path.mid(3); // without /v1
    const QJsonObject in = r.json.toObject();
    if (path == QLatin1String("/profiles") && r.method == "GET") {
        QJsonArray results;
        for (auto it = m_targets.constBegin(); it != m_targets.constEnd(); ++it)
            results.append(
                QJsonObject {{QStringLiteral("id"), it.key()}, {QStringLiteral("name"), it->name}});
        return {200, body({{QStringLiteral("results"), results}}), {}};
    }
    if (path == QLatin1String("/profiles") && r.method == "POST") {
        const QString address = in.value(QLatin1String("template"))
                                    .toObject()
                                    .value(QLatin1String("provisioning"))
                                    .toObject()
                                    .value(QLatin1String("server"))
                                    .toObject()
                                    .value(QLatin1String("address"))
                                    .toString();
        if (in.value(QLatin1String("name")).toString().isEmpty() || address.isEmpty())
            return {400, message("name and template.provisioning.server.address are required"), {}};
        const QString id = QStringLiteral("p%1").arg(m_nextId++);
        m_targets.insert(id, {in.value(QLatin1String("name")).toString(), address});
        return {201, body({{QStringLiteral("id"), id}}), {}};
    }
    if (path == QLatin1String("/devices") && r.method == "POST") {
        const QString mac = macOf(in.value(QLatin1String("id")));
        const QString profile = in.value(QLatin1String("profile")).toString();
        if (!isMac(mac) || m_refused.contains(mac))
            return {400,
                    message(m_refused.contains(mac) ? m_refused.value(mac).toUtf8().constData()
                                                    : "Invalid device id"),
                    {}};
        if (!m_targets.contains(profile))
            return {400, message("No such profile"), {}};
        if (m_foreign.contains(mac) || m_devices.contains(mac))
            return {409, message("Device already exists"), {}};
        registerDevice(mac, profile, {});
        return {201, body({{QStringLiteral("id"), mac}, {QStringLiteral("profileid"), profile}}), {}};
    }
    if (path.startsWith(QLatin1String("/devices/"))) {
        const QString mac = path.mid(9).toLower();
        const auto it = m_devices.constFind(mac);
        if (r.method == "GET") {
            if (it == m_devices.constEnd())
                return {404, message("Not Found"), {}};
            return {200, body({{QStringLiteral("id"), mac}, {QStringLiteral("profileid"), it->target}}), {}};
        }
        if (r.method == "DELETE") {
            if (m_foreign.contains(mac))
                return {409, message("Device is registered with a different account"), {}};
            if (it == m_devices.constEnd())
                return {404, message("Not Found"), {}};
            m_devices.remove(mac);
            return {200, message("Deleted"), {}};
        }
    }
    return {404, message("Not Found"), {}};
}

// --- Yealink RPS --------------------------------------------------------------------------

MockRedirectionServer::Answer MockRedirectionServer::handleYealink(Request &r)
{
    if (r.path == QLatin1String("/v2/token")) {
        const QByteArray expected = "Basic " + (m_key1 + u':' + m_secret).toUtf8().toBase64();
        if (r.method != "POST" || r.headers.value("authorization") != expected)
            return {401,
                    body({{QStringLiteral("error"), QStringLiteral("invalid_client")},
                          {QStringLiteral("error_description"), QStringLiteral("Bad client credentials")}}),
                    {}};
        if (r.json.toObject().value(QLatin1String("grant_type")).toString() !=
            QLatin1String("client_credentials"))
            return {400, body({{QStringLiteral("error"), QStringLiteral("unsupported_grant_type")}}), {}};
        const QString token = QStringLiteral("token-%1").arg(m_nextId++);
        m_tokens.insert(token);
        return {200,
                body({{QStringLiteral("access_token"), token},
                      {QStringLiteral("token_type"), QStringLiteral("bearer")},
                      {QStringLiteral("expires_in"), 3600}}),
                {}};
    }
    const QByteArray auth = r.headers.value("authorization");
    if (!auth.startsWith("Bearer ") || !m_tokens.contains(QString::fromLatin1(auth.mid(7))))
        return {401, yealinkError(QStringLiteral("401"), QStringLiteral("Unauthorized")), {}};
    // Every call is signed with the time and a nonce that is never used twice.
    const QByteArray nonce = r.headers.value("nonce");
    bool timeOk = false;
    const qint64 ms = r.headers.value("timestamp").toLongLong(&timeOk);
    if (!timeOk || qAbs(QDateTime::currentMSecsSinceEpoch() - ms) > 300000 || nonce.size() < 16 ||
        m_nonces.contains(nonce))
        return {400, yealinkError(QStringLiteral("400"), QStringLiteral("Invalid request header")), {}};
    m_nonces.insert(nonce);
    if (r.path == QLatin1String("/v2/rps/addDevicesByMac"))
        return m_addByMacForbidden
            ? Answer {403,
                      yealinkError(QStringLiteral("403"), QStringLiteral("This request is forbidden")),
                      {}}
            : yealinkAdd(r, false);
    if (r.path == QLatin1String("/v2/rps/addDevices"))
        return yealinkAdd(r, true);
    if (r.path == QLatin1String("/v2/rps/delDevices"))
        return yealinkDelete(r);
    if (r.path == QLatin1String("/v2/rps/listDevices")) {
        const QString mac =
            macOf(r.json.toObject().value(QLatin1String("filter")).toObject().value(QLatin1String("mac")));
        QJsonArray data;
        for (auto it = m_devices.constBegin(); it != m_devices.constEnd(); ++it) {
            if (mac.isEmpty() || it.key() == mac)
                data.append(QJsonObject {{QStringLiteral("id"), it->id},
                                         {QStringLiteral("mac"), it.key()},
                                         {QStringLiteral("serverId"), it->target}});
        }
        return {200, body({{QStringLiteral("total"), data.size()}, {QStringLiteral("data"), data}}), {}};
    }
    if (r.path.startsWith(QLatin1String("/v2/rps/devices/")) && r.method == "GET") {
        const QString id = r.path.mid(16);
        for (auto it = m_devices.constBegin(); it != m_devices.constEnd(); ++it) {
            if (it->id == id)
                return {200,
                        body({{QStringLiteral("id"), id},
                              {QStringLiteral("mac"), it.key()},
                              {QStringLiteral("serverId"), it->target}}),
                        {}};
        }
        return {400,
                yealinkError(QStringLiteral("900400"),
                             QStringLiteral("The resource does not exist or has been deleted")),
                {}};
    }
    return yealinkServers(r);
}

MockRedirectionServer::Answer MockRedirectionServer::yealinkServers(const Request &r)
{
    const QJsonObject in = r.json.toObject();
    if (r.path == QLatin1String("/v2/rps/listServers")) {
        const int skip = in.value(QLatin1String("skip")).toInt();
        const int limit = in.value(QLatin1String("limit")).toInt(50);
        QJsonArray data;
        int index = 0;
        for (auto it = m_targets.constBegin(); it != m_targets.constEnd(); ++it, ++index) {
            if (index >= skip && data.size() < limit) // the list has no URL: GET the server for it
                data.append(
                    QJsonObject {{QStringLiteral("id"), it.key()}, {QStringLiteral("serverName"), it->name}});
        }
        return {200,
                body({{QStringLiteral("total"), int(m_targets.size())}, {QStringLiteral("data"), data}}),
                {}};
    }
    if (r.path == QLatin1String("/v2/rps/servers") && r.method == "POST") {
        const QString name = in.value(QLatin1String("serverName")).toString();
        const QString url = in.value(QLatin1String("url")).toString();
        if (name.isEmpty() || url.isEmpty() || !in.contains(QLatin1String("authName")) ||
            !in.contains(QLatin1String("password")))
            return {
                400,
                yealinkError(QStringLiteral("400"), QStringLiteral("serverName, url, authName and password")),
                {}};
        for (const Target &t : std::as_const(m_targets)) {
            if (t.name == name)
                return {400,
                        yealinkError(QStringLiteral("800001"), QStringLiteral("Server name already exists")),
                        {}};
        }
        const QString id = QStringLiteral("s%1").arg(m_nextId++);
        m_targets.insert(id, {name, url});
        return {201,
                body({{QStringLiteral("id"), id},
                      {QStringLiteral("serverName"), name},
                      {QStringLiteral("url"), url}}),
                {}};
    }
    if (r.path.startsWith(QLatin1String("/v2/rps/servers/"))) {
        const QString id = r.path.mid(16);
        if (!m_targets.contains(id))
            return {400,
                    yealinkError(QStringLiteral("900400"),
                                 QStringLiteral("The resource does not exist or has been deleted")),
                    {}};
        if (r.method == "PUT")
            m_targets[id] = {in.value(QLatin1String("serverName")).toString(),
                             in.value(QLatin1String("url")).toString()};
        const Target &t = m_targets[id];
        return {200,
                body({{QStringLiteral("id"), id},
                      {QStringLiteral("serverName"), t.name},
                      {QStringLiteral("url"), t.url}}),
                {}};
    }
    return {404, yealinkError(QStringLiteral("404"), QStringLiteral("Not found")), {}};
}

MockRedirectionServer::Answer MockRedirectionServer::yealinkAdd(const Request &r, bool withSerial)
{
    const QJsonArray list = r.json.toArray();
    if (list.isEmpty() || list.size() > 100)
        return {400,
                yealinkError(QStringLiteral("400"), QStringLiteral("Between 1 and 100 devices per request")),
                {}};
    QJsonArray errors;
    int success = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject d = v.toObject();
        const QString mac = macOf(d.value(QLatin1String("mac")));
        const QString server = d.value(QLatin1String("serverId")).toString();
        const QString sn = d.value(QLatin1String("sn")).toString();
        auto error = [&](const QString &code, const QString &text) {
            errors.append(QJsonObject {{QStringLiteral("mac"), mac},
                                       {QStringLiteral("sn"), sn},
                                       {QStringLiteral("code"), code},
                                       {QStringLiteral("errorInfo"), text}});
        };
        if (!isMac(mac) || !m_targets.contains(server) || (withSerial && sn.isEmpty()))
            error(QStringLiteral("400"), QStringLiteral("Invalid MAC, serial number or server"));
        else if (m_refused.contains(mac))
            error(QStringLiteral("800010"), m_refused.value(mac));
        else if (m_foreign.contains(mac))
            error(QStringLiteral("800004"), QStringLiteral("Device already managed by another organization"));
        else if (m_devices.contains(mac))
            error(QStringLiteral("800003"), QStringLiteral("Device already exists"));
        else {
            registerDevice(mac, server, sn);
            ++success;
        }
    }
    return {200,
            body({{QStringLiteral("total"), list.size()},
                  {QStringLiteral("successCount"), success},
                  {QStringLiteral("failureCount"), errors.size()},
                  {QStringLiteral("errors"), errors}}),
            {}};
}

MockRedirectionServer::Answer MockRedirectionServer::yealinkDelete(const Request &r)
{
    const QJsonObject in = r.json.toObject();
    const QJsonArray ids = in.value(QLatin1String("deviceIds")).toArray();
    if (in.value(QLatin1String("deviceIdType")).toString() != QLatin1String("mac") || ids.isEmpty() ||
        ids.size() > 100)
        return {
            400,
            yealinkError(QStringLiteral("400"), QStringLiteral("deviceIdType mac and 1 to 100 deviceIds")),
            {}};
    QJsonArray errors;
    for (const QJsonValue &v : ids) {
        const QString mac = macOf(v);
        if (!m_devices.remove(mac))
            errors.append(QJsonObject {{QStringLiteral("field"), mac},
                                       {QStringLiteral("msg"), QStringLiteral("The device does not exist")}});
    }
    return {200,
            body({{QStringLiteral("total"), ids.size()},
                  {QStringLiteral("successCount"), ids.size() - errors.size()},
                  {QStringLiteral("failureCount"), errors.size()},
                  {QStringLiteral("errors"), errors}}),
            {}};
}

} // namespace PhoneDesk::Test
