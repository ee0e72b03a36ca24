#pragma once

// The records PhoneDesk keeps: sites, users, base settings profiles, phones, status and audit.
// Plain values; ids are database ids (0 = not stored yet).

#include "redirectionstate.h"
#include "types.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace PhoneDesk {

using Id = qint64;

struct SipServer
{
    QString host;
    quint16 port = 5061;
    SipTransport transport = SipTransport::Tls;

    bool isSet() const { return !host.isEmpty(); }
    bool operator==(const SipServer &) const = default;
};

struct Site
{
    Id id = 0;
    QString name;
    QString description;
    MediaModel mediaModel = MediaModel::Cloud;
    SipServer primarySip;
    SipServer secondarySip;
    QString provisioningHost; // host[:port] phones use to reach the provisioning server
    QString timeZone; // IANA id, e.g. "Europe/Berlin"
    QString e911Location; // civic address / LIS location label
    QString numberPlan; // number plan and outbound route notes
    int version = 1;

    bool operator==(const Site &) const = default;
};

struct User
{
    Id id = 0;
    QString name;
    QString email;
    QString extension;
    int version = 1;

    bool operator==(const User &) const = default;
};

struct BaseSettings
{
    Id id = 0;
    QString name;
    QString modelId; // catalog id, e.g. "poly-vvx-450"
    QString description;
    QVariantMap values; // setting key -> value; keys absent take the model default
    int version = 1;

    bool operator==(const BaseSettings &) const = default;
};

struct LineKey
{
    int index = 1; // 1-based key position on the phone
    LineKeyType type = LineKeyType::Line;
    QString label;
    QString value; // extension, E.164 number or SIP URI (speed dial / BLF)

    bool operator==(const LineKey &) const = default;
};

struct Phone
{
    Id id = 0;
    QString name;
    PhoneCategory category = PhoneCategory::Managed;
    Id baseSettingsId = 0;
    Id siteId = 0;
    QString hardwareId; // normalised MAC (managed/unmanaged) or softphone FQDN (WebRTC)
    Id userId = 0; // 0 = no user assigned
    QString remoteAddress; // Remote: E.164 number or SIP URI
    QString networkAddress; // SIP address (host[:port]) the phone is probed at; empty = from fetch
    QString serialNumber; // the maker's serial number (Yealink RPS adds phones by MAC and serial)
    QString description;
    QVariantMap overrides; // per-phone setting overrides (setting key -> value)
    QList<LineKey> lineKeys;
    int version = 1;

    bool operator==(const Phone &) const = default;
};

struct ProvisioningFetch
{
    QDateTime time;
    QString ip;
    QString userAgent;
    QString firmware;
    QString configHash; // hash of the configuration served

    bool operator==(const ProvisioningFetch &) const = default;
};

struct StatusRecord
{
    Id phoneId = 0;
    PhoneStatus status = PhoneStatus::Unknown;
    int rttMs = -1; // -1 = not measured
    QDateTime lastSeen;
    QDateTime lastChange;
    QString detail; // e.g. "503 Service Unavailable", "no answer after 3 tries"
    ProvisioningFetch lastFetch;

    bool operator==(const StatusRecord &) const = default;
};

struct AuditEntry
{
    Id id = 0;
    QDateTime time;
    QString actor;
    QString action; // e.g. "phone.create", "phone.restart", "status.change"
    QString entityType; // "phone", "site", "base-settings", "user", "settings"
    Id entityId = 0;
    QString entityName;
    QString details;
};

// One row of the Phones table: the phone with the names it refers to and its live status,
// loaded in one query. Line keys and overrides are not part of it (load the Phone for those).
struct PhoneRow
{
    Id id = 0;
    QString name;
    PhoneCategory category = PhoneCategory::Managed;
    QString modelId;
    Id baseSettingsId = 0;
    QString baseSettingsName;
    Id siteId = 0;
    QString siteName;
    QString hardwareId;
    Id userId = 0;
    QString userName;
    QString remoteAddress;
    QString networkAddress;
    PhoneStatus status = PhoneStatus::Unknown;
    int rttMs = -1;
    QDateTime lastSeen;
    QString firmware;
    QString lastFetchIp;
    // The phone's vendor redirection service (phone_redirection): which one, how it stands, and
    // why when it failed or waits (a reason key, see RedirectionRepository::describe()).
    RedirectionState redirection = RedirectionState::None;
    QString redirectionService;
    QString redirectionReason;
    int version = 1;
};

} // namespace PhoneDesk
