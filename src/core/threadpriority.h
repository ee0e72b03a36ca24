#pragma once

// Background work below the window's priority. QThread priorities have no effect under Linux's
// default scheduler; a nice value per thread does. Call from the thread to lower.

namespace PhoneDesk {

// +5 gives the window's thread about three times this thread's share of a busy core (Linux); a
// no-op elsewhere (QThread::LowPriority, set when the thread starts, covers Windows and macOS).
void lowerCurrentThreadPriority();

} // namespace PhoneDesk
