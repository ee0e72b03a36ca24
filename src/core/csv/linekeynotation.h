#pragma once

// The compact line-key notation of the CSV format: "1=line;2=blf:1002 Alice;3=speed:+15551234567 Front desk".
// Entries are separated by ';'. Each is position=type, then optionally ':' and the value (up to
// the first space), then optionally a space and the label (the rest). A backslash makes the next
// character literal: "\;" "\\" and "\ " (a space inside a value or at the end of a label).

#include "entities.h"
#include "result.h"

namespace PhoneDesk::LineKeyNotation {

// The keys, in the order written. The error message names the entry ("entry 2 \"2=bfl:1002\": ...").
Result<QList<LineKey>> parse(const QString &text);

// The notation for `keys`; parse(format(keys)) == keys for every key list.
QString format(const QList<LineKey> &keys);

} // namespace PhoneDesk::LineKeyNotation
