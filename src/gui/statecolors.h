#pragma once

// Colours for states (error, warning, success, help text) derived from the widget's palette, so a
// message reads in a light and in a dark theme alike: never a fixed colour. StateLabel follows
// palette changes (a theme switch) by itself.

#include <QColor>
#include <QLabel>
#include <QPalette>
#include <QPointer>

class QPalette;

namespace PhoneDesk {

enum class MessageState { Error, Warning, Success, Help };

namespace StateColors {
// A foreground for `state` on the palette's window colour with a contrast of at least 4.5:1
// (WCAG AA for normal text).
QColor foreground(MessageState state, const QPalette &palette);
// A faint background tint for banners: the state's hue mixed into the window colour.
QColor background(MessageState state, const QPalette &palette);
// WCAG 2 contrast ratio of two colours (1 … 21).
double contrast(const QColor &a, const QColor &b);
// A dark Fusion palette as desktop dark themes set it (QPalette derives light, mid and dark): for
// the screenshot tour and the tests that check colours in the dark.
QPalette darkPalette();
} // namespace StateColors

// A word-wrapped message label in a state's colour; hidden until it has text when `hideWhenEmpty`.
class StateLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateLabel)

public:
    explicit StateLabel(MessageState state, QWidget *parent = nullptr);
    // For Designer forms (a promoted QLabel): help text until setState() says otherwise.
    explicit StateLabel(QWidget *parent = nullptr)
        : StateLabel(MessageState::Help, parent)
    { }

    MessageState state() const { return m_state; }
    void setState(MessageState state);
    // A framed banner with a tinted background (for warnings that must not be missed).
    void setBanner(bool banner);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchParent();
    void applyColours();

    QPointer<QWidget> m_watched;
    MessageState m_state;
    bool m_banner = false;
    bool m_applying = false;
};

} // namespace PhoneDesk
