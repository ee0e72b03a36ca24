#pragma once

// Shared by the redirection tests: a test PKI (openssl), a stand-in service of either vendor
// listening with its server certificate, and the client settings that trust it.

#include "mockredirectionserver.h"
#include "provisioningtestenv.h"
#include "redirectionservice.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <functional>

#include <memory>

namespace PhoneDesk::Test {

using Flavour = MockRedirectionServer::Flavour;

// Runs the event loop until `done` holds (checked every 5 ms) or `timeoutMs` pass. Unlike
// QTest::qWaitFor, which sleeps between passes, the loop waits for the sockets, so that thousands
// of requests between a client and the stand-in in this thread do not wait 10 ms a hop.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    check.start();
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

inline QString serviceOf(Flavour flavour)
{
    return QString::fromLatin1(flavour == Flavour::PolyZtp ? PolyZtpServiceId : YealinkRpsServiceId);
}

// One vendor's stand-in with its credentials set, and the configuration that reaches it.
struct MockService
{
    std::unique_ptr<MockRedirectionServer> server;
    RedirectionServiceConfig config;
};

inline MockService startMock(const TestPki &pki, Flavour flavour, QString *error)
{
    MockService m;
    m.server = std::make_unique<MockRedirectionServer>(flavour);
    if (!m.server->listen(pki.path(QStringLiteral("server.pem")), pki.path(QStringLiteral("server.key")),
                          error))
        return {};
    m.config.service = serviceOf(flavour);
    m.config.enabled = true;
    m.config.baseUrl = QUrl(m.server->baseUrl());
    m.config.key = QStringLiteral("key-%1").arg(flavour == Flavour::PolyZtp ? QStringLiteral("poly")
                                                                            : QStringLiteral("yealink"));
    if (flavour == Flavour::YealinkRps)
        m.config.secret = QStringLiteral("secret-yealink");
    m.config.caCertificates = QSslCertificate::fromPath(pki.path(QStringLiteral("server-ca.pem")));
    m.config.retryBaseMs = 50; // tests wait little between tries
    m.config.retryMaxMs = 200;
    m.server->setCredentials(m.config.key, m.config.secret);
    return m;
}

} // namespace PhoneDesk::Test
