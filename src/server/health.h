#pragma once

// phonedesk-server's health endpoint and `phonedesk-server --status`: the running service answers
// `GET /status` with one JSON object on a loopback-only HTTP port ([health] port= in its INI file,
// off unless set); the command asks it and prints the answer for people or, with --format json, as
// it came.

#include "result.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>

#include <functional>

class QSettings;
class QTcpServer;
class QTcpSocket;

namespace PhoneDesk {

struct HealthSettings
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: no endpoint

    bool enabled() const { return port != 0; }
    // [health] port (0 or missing: off) and address (127.0.0.1 by default; only a loopback address
    // is accepted: the endpoint has no authentication).
    static Result<HealthSettings> read(const QSettings &ini);
};

class HealthEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthEndpoint)

public:
    using Provider = std::function<QJsonObject()>;

    explicit HealthEndpoint(Provider provider, QObject *parent = nullptr);
    ~HealthEndpoint() override;

    // Refuses any address but a loopback one.
    Result<void> listen(const HealthSettings &settings);
    quint16 port() const;

private:
    void onConnection();
    void answer(QTcpSocket *socket, const QByteArray &request);

    Provider m_provider;
    QTcpServer *m_server;
};

// `phonedesk-server --status`: asks the service and prints the answer. `waitSeconds` > 0 retries until
// the service answers (for systemd's ExecStartPost; with no [health] port it then exits 0 at once).
// Exit codes: 0 running and connected, 1 configuration (no [health] port), 2 running but the
// database is away, 4 no answer.
int queryStatus(const HealthSettings &settings, bool json, int waitSeconds);

} // namespace PhoneDesk
