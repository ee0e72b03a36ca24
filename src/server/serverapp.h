#pragma once

// phonedesk-server's command line, configuration file and run loop.

class QCoreApplication;

namespace PhoneDesk {

// Parses the command line, reads the INI file, opens the database and runs until SIGTERM/SIGINT.
// Returns the process exit code (0 ok, 1 configuration error, 2 database error, 3 cannot listen).
int runServer(QCoreApplication &app);

} // namespace PhoneDesk
