#pragma once

// The device-control facade the console, the server and the CLI use: status polling (in a thread
// of its own with its own database connection: batched reads and writes, one statusesChanged per
// batch) and phone commands as Operations (in the caller's thread: few, rate-limited messages).
// Refuses what the storage actor's role may not do (Permission::ControlPhones), not only the UI.

#include "commandrunner.h"
#include "entities.h"
#include "operation.h"
#include "polyrestclient.h"
#include "result.h"
#include "sipclient.h"
#include "statuspoller.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QThread;

namespace PhoneDesk {

class Storage;
struct ChangeEvent;

struct DeviceControlConfig
{
    SipClientConfig sip;
    PollerConfig poller;
    CommandConfig commands;
    quint16 polyRestPort = 443; // where the Poly REST API listens on each phone
    // Poll in a thread of its own with a second database connection. Off, or for a database only
    // this connection can see (in-memory SQLite), the poller shares the caller's thread and Storage.
    bool pollInOwnThread = true;
    // Where Restart, Resync, Log Out and Check Status run. Auto: in team mode (PostgreSQL, a
    // member's login: not the owner, not the server role) they go into the database as a command
    // that phonedesk-server runs (CommandQueue), and this process sends nothing; elsewhere here.
    // Local: here, whatever the database (phonedesk-server itself).
    enum class CommandRouting { Auto, Local };
    CommandRouting commandRouting = CommandRouting::Auto;
};

class PollingWorker;

// The command kinds as the commands table names them (restart, resync, logout, check).
QString commandKey(Operation::Kind kind);
std::optional<Operation::Kind> commandKindFromKey(const QString &key);

class DeviceControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceControl)

public:
    // `storage` must outlive this object and live in the same thread. The poller's thread opens
    // its own connection with the same ConnectionSpec, actor and role.
    explicit DeviceControl(Storage *storage, DeviceControlConfig config = {}, QObject *parent = nullptr);
    ~DeviceControl() override;

    // Binds the poller's SIP socket (errors are returned), then, in the poller's thread, opens its
    // database connection, reads the phones (one query), marks those without a probe path Not
    // monitored and starts sweeping (errors: pollingError). Phone changes are picked up by itself.
    Result<void> startPolling();
    void stopPolling();
    bool isPolling() const;
    bool pollsInOwnThread() const { return m_thread != nullptr; }
    // Probes open right now (readable from any thread; tools and tests).
    int probesInFlight() const;
    // Diagnostics: the SIP counters of the poller's socket and the commands' socket together
    // (unsolicited and malformed datagrams dropped, answers, timeouts; see SipClient::Stats), and
    // where the poller's socket is bound (null address until startPolling()). Wait for the
    // poller's thread.
    SipClient::Stats sipStats();
    std::pair<QHostAddress, quint16> pollingSocket();
    // Re-reads the phones to probe (called on phone changes; public for tools and tests).
    Result<void> reloadPhones();

    // Each returns an Operation (owned by this object) or an Error (permission, database).
    Result<Operation *> checkStatus(const QList<Id> &phoneIds);
    Result<Operation *> restart(const QList<Id> &phoneIds);
    Result<Operation *> resync(const QList<Id> &phoneIds);
    Result<Operation *> logOut(const QList<Id> &phoneIds);
    // Whether the four commands above go through the database (see CommandRouting): for a team
    // member's login, and for the owner's once the team has a server login (its phonedesk-server
    // instances poll and command the phones; a console of the owner then does neither either).
    bool commandsThroughDatabase() const;
    // Runs a command in this process whatever the routing, as the in-process commands do; Log Out
    // only tells the phones (its requester cleared the users). For CommandExecutor.
    Result<Operation *> runHere(Operation::Kind kind, const QList<Id> &phoneIds);

    // Pins the Poly REST certificate of a phone (SHA-256 of its DER form; empty removes the pin).
    // Needs Administer (a pin decides who receives the admin password).
    Result<void> pinRestCertificate(Id phoneId, const QByteArray &sha256);
    // The pin on record (empty: none).
    Result<QByteArray> restCertificatePin(Id phoneId);
    // Connects to the phone's REST port and hands over the certificate it presents, for an
    // administrator to compare and pin. Needs Administer; the phone needs an address to reach.
    Result<void> fetchRestCertificate(Id phoneId, PolyRestClient::CertificateCallback callback);

    // The command runner's SIP client (the poller has its own in its thread).
    SipClient *sipClient() const { return m_client; }
    CommandRunner *commands() const { return m_runner; }

signals:
    // At most one per poller batch interval, with every record that was written in it.
    void statusesChanged(const QList<PhoneDesk::StatusRecord> &records);
    void sweepFinished(const PhoneDesk::SweepStats &stats);
    // Polling could not save or read (database gone): the message names what failed.
    void pollingError(const QString &message);

private:
    Result<void> ensureClient();
    Result<QList<CommandTarget>> commandTargets(const QList<Id> &phoneIds, Operation::Kind kind);
    // For a member limited to sites: every requested phone was read (none hidden by the scope).
    Result<void> checkAllFound(const QList<Id> &phoneIds, const QList<PhoneRow> &rows) const;
    // The rows of the phones a command names, all of them or an error (checkAllFound).
    Result<QList<PhoneRow>> rowsOf(const QList<Id> &phoneIds) const;
    // The permission check, the command client and the targets every command starts with.
    Result<QList<CommandTarget>> prepareCommand(Operation::Kind kind, const QList<Id> &phoneIds,
                                                const QString &action);
    void auditResult(Operation *operation, int index);
    // An audit entry of a phone's command result; kept while the database connection is lost and
    // written when it is back (ConnectionGuard::restored), at most MaxPendingAudit of them.
    struct AuditNote
    {
        QString action;
        Id phoneId = 0;
        QString phoneName;
        QString details;
    };
    static constexpr qsizetype MaxPendingAudit = 100000;
    void writeAudit(const AuditNote &note);
    void writePendingAudit();
    Result<Operation *> runLocal(Operation::Kind kind, const QList<Id> &phoneIds, bool clearUsers);
    Result<Operation *> checkStatusHere(const QList<Id> &phoneIds);
    // Team mode: queues the command for the servers; the Operation follows its result rows.
    Result<Operation *> submit(Operation::Kind kind, const QList<Id> &phoneIds);
    void listenForCommands();
    void refreshRemote(Id commandId);
    // Runs `call` in the poller's thread: waits for it when `wait`, else queues it.
    void onWorker(std::function<void()> call, bool wait);

    Storage *m_storage;
    DeviceControlConfig m_config;
    mutable std::optional<bool> m_ownerWithServers; // looked up once (see commandsThroughDatabase)
    SipClient *m_client;
    CommandRunner *m_runner;
    PolyRestClient *m_certificateClient = nullptr;
    QThread *m_thread = nullptr;
    PollingWorker *m_worker = nullptr;
    // Team mode: the commands this console queued, by command id, until their results are in.
    QHash<Id, QPointer<Operation>> m_remote;
    QTimer *m_remoteTimer = nullptr;
    bool m_listening = false;
    QList<AuditNote> m_pendingAudit;
    bool m_auditRetryConnected = false;
};

} // namespace PhoneDesk
