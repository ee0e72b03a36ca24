#pragma once

// Synthetic firmware files for the tests, in the formats PhoneDesk checks (docs/firmware.md): never
// real vendor firmware.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace PhoneDesk::Test {

// `size` bytes that look like a binary image: a NUL in the first bytes, the rest pseudo-random
// from `seed` (the same seed gives the same bytes).
QByteArray binaryImage(qint64 size, quint32 seed);

// A zip archive (PKWARE APPNOTE: local headers, central directory, end record) with the members
// stored uncompressed, or deflated (zlib, raw deflate as zip has it).
enum class ZipMethod { Stored, Deflated };
QByteArray zipArchive(const QList<QPair<QString, QByteArray>> &members, ZipMethod method = ZipMethod::Stored);

// A Poly UC Software package as Poly ships it: the master configuration file and per-model
// applications (<part number>.sip.ld), with `applicationSize` bytes each.
// `version` non-empty: each application names it as "UC Software <version>" in its first bytes,
// where a simulated Poly phone (phonesim) reads the version it installs.
QByteArray polyPackage(qint64 applicationSize, quint32 seed, ZipMethod method = ZipMethod::Stored,
                       const QString &version = {});
// The application of polyPackage(…, seed, …, version) for part number 3111-48840-001 (0) or
// 3111-48830-001 (1).
QByteArray polyApplication(qint64 applicationSize, quint32 seed, int which, const QString &version = {});

// Writes `bytes` to `dir`/`name`; returns the path (empty on failure).
QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes);

} // namespace PhoneDesk::Test
