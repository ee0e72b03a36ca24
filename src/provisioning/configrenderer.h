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

// A stable fingerprint of what `render` produced (SHA-256 over names and bodies, hex).
QString hash(const QList<RenderedFile> &files);

// For the unmanaged category: the SIP registration data to enter into the device, as text
// lines "Label: value" (translated labels).
QString registrationInstructions(const RenderInput &input);

// Vendor parameter names in `files` with indexes replaced by "N" (reg.1.address -> reg.N.address),
// as listed in docs/provisioning.md.
QStringList parameterNames(const QString &renderer, const QList<RenderedFile> &files);

} // namespace PhoneDesk::ConfigRenderer
