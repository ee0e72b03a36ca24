#include "tlsthreadstate.h"

#include <QThread>

#ifdef PHONEDESK_HAVE_OPENSSL
#include <openssl/crypto.h>
#endif

namespace PhoneDesk {

void freeTlsStateWhenFinished(QThread &thread)
{
#ifdef PHONEDESK_HAVE_OPENSSL
    // `finished` is emitted by the thread itself, before wait() returns.
    QObject::connect(
        &thread, &QThread::finished, &thread, [] { OPENSSL_thread_stop(); }, Qt::DirectConnection);
#else
    Q_UNUSED(thread)
#endif
}

} // namespace PhoneDesk
