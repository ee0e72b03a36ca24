#pragma once

// The parameters of an HTTP Digest header (RFC 7616): `Digest name=value, name="quoted \"value\""`,
// as a server reads an Authorization header and a phone reads a WWW-Authenticate challenge. One
// tokenizer for both sides, so they cannot disagree about what a header says.

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

namespace PhoneDesk {

using DigestParams = QList<std::pair<QByteArray, QByteArray>>; // name (lower case) -> value

// nullopt when the scheme is not Digest (case-insensitive), a parameter has no '=', a quoted
// value is not closed, or there are more than `maxParams` parameters. Quoted values lose their
// quotes and backslash escapes; token values are trimmed.
std::optional<DigestParams> parseDigestParams(const QByteArray &header, int maxParams = 16);

} // namespace PhoneDesk
