#pragma once

// Helpers for console tests: run code against the next modal dialog without sleeping.

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace PhoneDesk::Test {

// Calls `body` with the modal dialog of type T (and objectName `name`, if given) as soon as it
// is shown; polls on the event loop (bounded), never sleeps.
template<typename T> void onModal(const QString &name, std::function<void(T *)> body)
{
    auto *timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, tries, name, body] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (dialog && (name.isEmpty() || dialog->objectName() == name)) {
            timer->stop();
            timer->deleteLater();
            body(dialog);
            return;
        }
        if (++*tries > 2000) { // 10 s: the dialog never appeared; stop polling
            timer->stop();
            timer->deleteLater();
            qWarning("onModal: no modal dialog %s appeared", qPrintable(name));
        }
    });
    timer->start();
}

} // namespace PhoneDesk::Test
