#pragma once

// Renders the vendor files of a managed phone from its effective configuration (Poly UC XML,
// Yealink key = value, AudioCodes path=value), and the registration data an admin types into an
// unmanaged phone by hand.

#include "renderedconfig.h"

#include <QStringList>

namespace PhoneDesk::ConfigRenderer {

// The renderer ids of the model catalog this build knows.
QStringList renderers();
bool supports(const QString &renderer);

// Every per-phone file for the phone, in the order the phone fetches them. Empty when the model
// has no renderer. The files never depend on the time, so equal inputs give equal bytes.
QList<RenderedFile> render(const RenderInput &input);

// Files every phone of a renderer may fetch and that hold no per-device data
// (Poly's default master configuration file "000000000000.cfg").
QList<RenderedFile> sharedFiles(const QString &renderer);

// Whether the files rendered for `model` make a plain check-sync NOTIFY reboot the phone: Poly
// models PhoneDesk cannot restart over the REST API (for the others it is a resync that reboots
// only when the files changed).
bool checkSyncAlwaysReboots(const PhoneModel &model);

// A stable fingerprint of what `render` produced (SHA-256 over names and bodies, hex).
QString hash(const QList<RenderedFile> &files);

// One SIP account a phone registers. The registrar must know the same user, authentication ID
// and password as the phone, so the renderers, the instructions and the credentials export all
// take them from registrationLines().
struct RegistrationLine
{
    int number = 1; // 1-based line number: Poly reg.N, Yealink account.N (AudioCodes counts from 0)
    QString userName; // SIP user part / extension
    QString authId; // authentication ID
    QString password; // DeviceCredentials::sipPassword(deviceSecret, number)
    QString displayName; // the assigned user's name; empty when the phone has no user
    QString label; // the line key's label, else the user name

    bool operator==(const RegistrationLine &) const = default;
};

// The lines `input` registers, in line order: the line keys of type Line with an extension (the
// first one falls back to the assigned user's extension). Line keys without one keep their number
// but register nothing. Empty when no line is assigned.
QList<RegistrationLine> registrationLines(const RenderInput &input);

// A registrar as people read it: "host:port (TLS)".
QString registrarText(const SipServer &server);

// For the unmanaged category: the SIP registration data to enter into the device, as text
// lines "Label: value" (translated labels).
QString registrationInstructions(const RenderInput &input);
// The same text with where its passwords are.
RenderedText registrationText(const RenderInput &input);

// Vendor parameter names in `files` with indexes replaced by "N" (reg.1.address -> reg.N.address),
// as listed in docs/provisioning.md.
QStringList parameterNames(const QString &renderer, const QList<RenderedFile> &files);

} // namespace PhoneDesk::ConfigRenderer
