#include "statecolors.h"

#include <QEvent>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace PhoneDesk {

namespace {
double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

int hueOf(MessageState state)
{
    switch (state) {
    case MessageState::Error:
        return 4; // red
    case MessageState::Warning:
        return 36; // amber
    case MessageState::Success:
        return 130; // green
    case MessageState::Help:
        return -1; // the text colour itself, muted
    }
    return -1;
}
} // namespace

namespace StateColors {

QPalette darkPalette()
{
    QPalette p(QColor(53, 53, 53), QColor(45, 45, 45));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 30));
    p.setColor(QPalette::AlternateBase, QColor(53, 53, 53));
    return p;
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor foreground(MessageState state, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    const bool dark = luminance(window) < luminance(text);
    const int hue = hueOf(state);
    if (hue < 0) {
        // Help: between text and window, as far towards the window as 4.5:1 allows.
        QColor best = text;
        for (double t = 0.05; t <= 0.6; t += 0.05) {
            const QColor c = QColor::fromRgbF(float(text.redF() + (window.redF() - text.redF()) * t),
                                              float(text.greenF() + (window.greenF() - text.greenF()) * t),
                                              float(text.blueF() + (window.blueF() - text.blueF()) * t));
            if (contrast(c, window) < 4.5)
                break;
            best = c;
        }
        return best;
    }
    // Walk the lightness away from the window's until the contrast holds.
    const int saturation = state == MessageState::Warning ? 255 : 200;
    int lightness = dark ? 150 : 110;
    QColor c = QColor::fromHsl(hue, saturation, lightness);
    while (contrast(c, window) < 4.5 && lightness > 0 && lightness < 255) {
        lightness += dark ? 6 : -6;
        c = QColor::fromHsl(hue, saturation, std::clamp(lightness, 0, 255));
    }
    return c;
}

QColor background(MessageState state, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor tint = foreground(state, palette);
    const double t = 0.15;
    return QColor::fromRgbF(float(window.redF() + (tint.redF() - window.redF()) * t),
                            float(window.greenF() + (tint.greenF() - window.greenF()) * t),
                            float(window.blueF() + (tint.blueF() - window.blueF()) * t));
}

} // namespace StateColors

StateLabel::StateLabel(MessageState state, QWidget *parent)
    : QLabel(parent)
    , m_state(state)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    watchParent();
    applyColours();
}

void StateLabel::setState(MessageState state)
{
    m_state = state;
    applyColours();
}

void StateLabel::setBanner(bool banner)
{
    m_banner = banner;
    setAutoFillBackground(banner);
    setFrameStyle(banner ? QFrame::Box | QFrame::Plain : QFrame::NoFrame);
    setMargin(banner ? 6 : 0);
    applyColours();
}

bool StateLabel::event(QEvent *event)
{
    const bool handled = QLabel::event(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
    case QEvent::ParentChange:
        watchParent();
        applyColours();
        break;
    case QEvent::ApplicationPaletteChange:
        applyColours();
        break;
    default:
        break;
    }
    return handled;
}

bool StateLabel::eventFilter(QObject *watched, QEvent *event)
{
    // The parent's palette changed in a role this label sets itself: no PaletteChange reaches us.
    if (watched == m_watched && event->type() == QEvent::PaletteChange)
        applyColours();
    return QLabel::eventFilter(watched, event);
}

void StateLabel::watchParent()
{
    if (m_watched)
        m_watched->removeEventFilter(this);
    m_watched = parentWidget();
    if (m_watched)
        m_watched->installEventFilter(this);
}

void StateLabel::applyColours()
{
    if (m_applying)
        return; // setPalette() below sends a PaletteChange of its own
    m_applying = true;
    // Derived from the parent's palette (the theme), not from our own tinted one. Only the roles
    // set here are this label's own: the rest keep following the parent, so that a theme change
    // reaches it as a PaletteChange.
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor fg = StateColors::foreground(m_state, base);
    QPalette colours;
    colours.setColor(QPalette::WindowText, fg);
    colours.setColor(QPalette::Text, fg);
    if (m_banner)
        colours.setColor(QPalette::Window, StateColors::background(m_state, base));
    setPalette(colours);
    m_applying = false;
}

} // namespace PhoneDesk
