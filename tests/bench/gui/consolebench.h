#pragma once

// What the console benchmarks share: percentiles of their timings and a first-paint watch.

#include <QEvent>
#include <QList>
#include <QObject>

#include <algorithm>

namespace PhoneDesk::Bench {

// The value at share `p` (0 = min, 1 = max) of `values`; 0 when there are none.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(p * double(values.size()))));
}

// Watches the first paint of a widget.
class PaintWatch final : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace PhoneDesk::Bench
