#pragma once

// Collects the Qt log messages of some categories (from every thread) while it exists, and lets
// the others through to the handler that was installed before.

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace PhoneDesk::Test {

class LogCapture final
{
public:
    struct Line
    {
        QByteArray category;
        QtMsgType type = QtDebugMsg;
        QString text;
        qint64 atMs = 0; // since the capture began
    };

    explicit LogCapture(QStringList categories)
        : m_categories(std::move(categories))
    {
        m_clock.start();
        s_current = this;
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QList<Line> lines(const QByteArray &category = {}) const
    {
        QMutexLocker lock(&m_mutex);
        if (category.isEmpty())
            return m_lines;
        QList<Line> out;
        for (const Line &l : m_lines) {
            if (l.category == category)
                out.append(l);
        }
        return out;
    }
    qsizetype count(const QByteArray &category) const { return lines(category).size(); }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_lines.clear();
    }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        LogCapture *self = s_current;
        const QByteArray category(context.category ? context.category : "default");
        if (self && self->m_categories.contains(QString::fromLatin1(category))) {
            QMutexLocker lock(&self->m_mutex);
            self->m_lines.append({category, type, text, self->m_clock.elapsed()});
            return;
        }
        if (self && self->m_previous)
            self->m_previous(type, context, text);
    }

    static inline LogCapture *s_current = nullptr;
    QStringList m_categories;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QList<Line> m_lines;
    QElapsedTimer m_clock;
};

} // namespace PhoneDesk::Test
