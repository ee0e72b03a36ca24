#include "serverlog.h"

#include <QDateTime>
#include <QMutex>
#include <QString>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <syslog.h>
#endif

namespace PhoneDesk::ServerLog {

namespace {
bool s_syslog = false;
QMutex s_mutex; // worker threads log too: keep lines whole

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category = context.category ? QByteArray(context.category) : QByteArray("default");
    QByteArray text = message.toUtf8();
    text.replace('\n', ' '); // one record per line, also for syslog
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
        levelName(type) + ' ' + category + ": " + text + '\n';
    {
        QMutexLocker lock(&s_mutex);
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
    }
#ifdef Q_OS_UNIX
    if (s_syslog) {
        int priority = LOG_INFO;
        switch (type) {
        case QtDebugMsg:
            priority = LOG_DEBUG;
            break;
        case QtInfoMsg:
            priority = LOG_INFO;
            break;
        case QtWarningMsg:
            priority = LOG_WARNING;
            break;
        case QtCriticalMsg:
            priority = LOG_ERR;
            break;
        case QtFatalMsg:
            priority = LOG_CRIT;
            break;
        }
        syslog(priority, "%s: %s", category.constData(), text.constData());
    }
#endif
}
} // namespace

void install(bool useSyslog)
{
#ifdef Q_OS_UNIX
    s_syslog = useSyslog;
    if (useSyslog)
        openlog("phonedesk-server", LOG_PID, LOG_DAEMON);
#else
    Q_UNUSED(useSyslog)
#endif
    qInstallMessageHandler(handler);
}

} // namespace PhoneDesk::ServerLog
