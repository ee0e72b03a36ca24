#include "threadpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace PhoneDesk {

void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    (void)setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 5);
#endif
}

} // namespace PhoneDesk
