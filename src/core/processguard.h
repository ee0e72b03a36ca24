#pragma once

// Process-wide defences that every PhoneDesk executable (console, CLI, server, phone simulator,
// benchmarks and the tests that write sockets) installs first thing in main(), before any thread,
// socket or pipe exists.

namespace PhoneDesk::ProcessGuard {

// A peer that resets its connection (a phone, a load client, a reader at the other end of a
// pipe) must never end the process: writes to a socket or pipe whose reader has gone fail with
// EPIPE at the call that made them, which every writer handles as a closed connection. SIGPIPE
// is ignored process-wide; the default action (terminate, exit status 141) is what let a client
// end phonedesk-server by resetting pipelined connections. Idempotent and thread-safe; a no-op
// where there is no SIGPIPE (Windows).
void install();

} // namespace PhoneDesk::ProcessGuard
