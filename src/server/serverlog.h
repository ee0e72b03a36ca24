#pragma once

// Log output of phonedesk-server: one line per message on stdout (with time, level and category)
// and, on Unix, to syslog (facility daemon).

namespace PhoneDesk::ServerLog {

void install(bool syslog);

} // namespace PhoneDesk::ServerLog
