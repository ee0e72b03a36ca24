#pragma once

// MAC address parsing: accepts the notations people and phones use, yields 12 lower-case hex digits.

#include <QString>

#include <optional>

namespace PhoneDesk::MacAddress {

// "00:04:F2:AB:CD:EF", "00-04-f2-ab-cd-ef", "0004.f2ab.cdef", "0004f2abcdef" -> "0004f2abcdef".
// Mixed or misplaced separators, wrong length and non-hex digits give std::nullopt.
std::optional<QString> normalize(const QString &text);

// "0004f2abcdef" -> "00:04:F2:AB:CD:EF" (for display).
QString format(const QString &normalized);

// True for the broadcast/all-zero and multicast addresses no phone has.
bool isReserved(const QString &normalized);

} // namespace PhoneDesk::MacAddress
