#pragma once

class QThread;

namespace PhoneDesk {

// OpenSSL keeps state per thread (its random generators, the error queue) and frees it from a
// thread-exit handler, which runs after QThread::wait() has returned: a process that ends right
// after waiting for a thread that did TLS can end with that state half freed (and a leak checker
// reports it). For a thread PhoneDesk owns that does TLS (directly or through QSslSocket and
// QNetworkAccessManager), this frees it in the thread as it finishes, before wait() returns.
// A no-op where OpenSSL is not linked (the TLS backend then keeps no such state in our threads
// or frees it itself).
void freeTlsStateWhenFinished(QThread &thread);

} // namespace PhoneDesk
