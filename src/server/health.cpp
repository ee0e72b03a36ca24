#include "health.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QPointer>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <cstdio>

namespace PhoneDesk {

namespace {
constexpr qsizetype MaxRequestBytes = 4096;
constexpr int RequestTimeoutMs = 5000;

QString localTime(const QJsonValue &iso)
{
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

void printLine(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
}

// The human form of the endpoint's answer.
void printStatus(const QJsonObject &status)
{
    const QJsonObject db = status.value(QLatin1String("database")).toObject();
    const QString where = db.value(QLatin1String("describe")).toString();
    if (db.value(QLatin1String("state")).toString() == QLatin1String("connected"))
        printLine(QCoreApplication::translate("PhoneDesk::Server", "Database: connected (%1)").arg(where));
    else
        printLine(QCoreApplication::translate("PhoneDesk::Server", "Database: reconnecting since %1 (%2)")
                      .arg(localTime(db.value(QLatin1String("since"))), where));

    const QJsonObject shards = status.value(QLatin1String("shards")).toObject();
    const int servers = shards.value(QLatin1String("servers")).toInt();
    QString shardLine =
        QCoreApplication::translate("PhoneDesk::Server", "Shards: holding %1 of %2, %3 server(s) seen")
            .arg(shards.value(QLatin1String("held")).toInt())
            .arg(shards.value(QLatin1String("total")).toInt())
            .arg(servers);
    if (shards.value(QLatin1String("locks")).toString() == QLatin1String("reconnecting"))
        shardLine += QCoreApplication::translate("PhoneDesk::Server",
                                                 " (lock connection reconnecting: the last shards are kept)");
    else if (shards.value(QLatin1String("locks")).toString() == QLatin1String("single"))
        shardLine +=
            QCoreApplication::translate("PhoneDesk::Server", " (SQLite: this server holds every shard)");
    printLine(shardLine);

    const QJsonObject sweep = status.value(QLatin1String("lastSweep")).toObject();
    if (sweep.value(QLatin1String("finishedAt")).isString())
        printLine(QCoreApplication::translate("PhoneDesk::Server", "Last sweep: %1, %2 ms, %3 phones probed")
                      .arg(localTime(sweep.value(QLatin1String("finishedAt"))))
                      .arg(sweep.value(QLatin1String("durationMs")).toInteger())
                      .arg(sweep.value(QLatin1String("probed")).toInt()));
    else if (status.value(QLatin1String("polling")).toBool())
        printLine(QCoreApplication::translate("PhoneDesk::Server", "Last sweep: none finished yet"));
    else
        printLine(QCoreApplication::translate("PhoneDesk::Server", "Last sweep: status polling is off"));

    const QJsonObject backlog = status.value(QLatin1String("backlog")).toObject();
    const QJsonValue fetches = backlog.value(QLatin1String("fetchRecords"));
    printLine(QCoreApplication::translate("PhoneDesk::Server",
                                          "Write backlog: status of %1 phone(s), %2 fetch record(s) waiting")
                  .arg(backlog.value(QLatin1String("statusPhones")).toInteger())
                  .arg(fetches.isDouble()
                           ? QString::number(fetches.toInteger())
                           : QCoreApplication::translate("PhoneDesk::Server", "(not reported)")));
    printLine(QCoreApplication::translate("PhoneDesk::Server", "Commands in progress: %1")
                  .arg(status.value(QLatin1String("commands"))
                           .toObject()
                           .value(QLatin1String("inProgress"))
                           .toInt()));
}

// One GET /status; a null optional when the service does not answer.
std::optional<QByteArray> fetchStatus(const HealthSettings &settings, int timeoutMs)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(settings.address, settings.port);
    if (!socket.waitForConnected(timeoutMs))
        return std::nullopt;
    socket.write(QByteArrayLiteral("GET /status HTTP/1.0\r\nHost: localhost\r\n\r\n"));
    QByteArray reply;
    QDeadlineTimer deadline(timeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            reply += socket.readAll();
    }
    reply += socket.readAll();
    const qsizetype bodyAt = reply.indexOf("\r\n\r\n");
    if (!reply.startsWith("HTTP/1.0 200") || bodyAt < 0)
        return std::nullopt;
    return reply.mid(bodyAt + 4);
}
} // namespace

Result<HealthSettings> HealthSettings::read(const QSettings &ini)
{
    HealthSettings s;
    bool ok = true;
    const QString portText = ini.value(QStringLiteral("health/port"), 0).toString().trimmed();
    const int port = portText.isEmpty() ? 0 : portText.toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return Error::make(
            Error::Code::Validation,
            QCoreApplication::translate("PhoneDesk::Server",
                                        "health/port: \"%1\" is not a port number (0 = no health endpoint).")
                .arg(portText));
    s.port = quint16(port);
    const QString address =
        ini.value(QStringLiteral("health/address"), QStringLiteral("127.0.0.1")).toString().trimmed();
    if (!s.address.setAddress(address) || !s.address.isLoopback())
        return Error::make(
            Error::Code::Validation,
            QCoreApplication::translate(
                "PhoneDesk::Server",
                "health/address: \"%1\" is not a loopback address; the health endpoint answers anyone "
                "who reaches it, so it binds to 127.0.0.1 or ::1 only.")
                .arg(address));
    return s;
}

HealthEndpoint::HealthEndpoint(Provider provider, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_server(new QTcpServer(this))
{
    m_server->setProxy(QNetworkProxy::NoProxy); // a loopback endpoint
    connect(m_server, &QTcpServer::newConnection, this, &HealthEndpoint::onConnection);
}

HealthEndpoint::~HealthEndpoint() = default;

Result<void> HealthEndpoint::listen(const HealthSettings &settings)
{
    if (!settings.address.isLoopback())
        return Error::make(
            Error::Code::Validation,
            QCoreApplication::translate("PhoneDesk::Server",
                                        "The health endpoint binds to a loopback address only, not %1.")
                .arg(settings.address.toString()));
    if (!m_server->listen(settings.address, settings.port))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("PhoneDesk::Server",
                                                       "The health endpoint cannot listen on %1 port %2: %3")
                               .arg(settings.address.toString())
                               .arg(settings.port)
                               .arg(m_server->errorString()));
    return {};
}

quint16 HealthEndpoint::port() const
{
    return m_server->serverPort();
}

void HealthEndpoint::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (!socket->peerAddress().isLoopback()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(RequestTimeoutMs, socket, [socket] { socket->abort(); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray request = socket->property("request").toByteArray() + socket->readAll();
            if (request.size() > MaxRequestBytes) {
                socket->abort();
                return;
            }
            if (!request.contains("\r\n\r\n")) {
                socket->setProperty("request", request);
                return;
            }
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            answer(socket, request);
        });
    }
}

void HealthEndpoint::answer(QTcpSocket *socket, const QByteArray &request)
{
    const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
    QByteArray status = "200 OK";
    QByteArray body;
    if (line.size() < 2 || (line[0] != "GET" && line[0] != "HEAD")) {
        status = "405 Method Not Allowed";
    } else if (line[1] != "/status") {
        status = "404 Not Found";
    } else {
        body = QJsonDocument(m_provider()).toJson(QJsonDocument::Indented);
    }
    QByteArray reply = "HTTP/1.0 " + status +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    if (line.value(0) != "HEAD")
        reply += body;
    socket->write(reply);
    socket->disconnectFromHost();
}

int queryStatus(const HealthSettings &settings, bool json, int waitSeconds)
{
    if (!settings.enabled()) {
        if (waitSeconds > 0)
            return 0; // nothing to wait for: the service has no endpoint
        std::fprintf(stderr, "phonedesk-server: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "PhoneDesk::Server",
                         "No health endpoint: set [health] port= in the configuration file and "
                         "restart the service.")));
        return 1;
    }
    QDeadlineTimer deadline(qMax(0, waitSeconds) * 1000);
    std::optional<QByteArray> body;
    for (;;) {
        body = fetchStatus(settings, 3000);
        if (body || deadline.hasExpired())
            break;
        QThread::msleep(250);
    }
    if (!body) {
        std::fprintf(
            stderr, "phonedesk-server: %s\n",
            qPrintable(QCoreApplication::translate(
                           "PhoneDesk::Server", "The service does not answer on %1 port %2 (is it running?).")
                           .arg(settings.address.toString())
                           .arg(settings.port)));
        return 4;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*body, &parseError);
    if (!doc.isObject()) {
        std::fprintf(stderr, "phonedesk-server: %s\n",
                     qPrintable(QCoreApplication::translate("PhoneDesk::Server",
                                                            "The service's answer is not valid: %1")
                                    .arg(parseError.errorString())));
        return 4;
    }
    const QJsonObject status = doc.object();
    if (json)
        std::printf("%s", doc.toJson(QJsonDocument::Indented).constData());
    else
        printStatus(status);
    if (waitSeconds > 0)
        return 0; // it answers: started (the database may come and go; it rides that out)
    return status.value(QLatin1String("healthy")).toBool() ? 0 : 2;
}

} // namespace PhoneDesk
