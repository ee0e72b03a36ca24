// State colours come from the palette and stay readable (WCAG AA) on light and dark themes.

#include "statecolors.h"

#include <QApplication>
#include <QTest>
#include <QVBoxLayout>

using namespace PhoneDesk;

Q_DECLARE_METATYPE(PhoneDesk::MessageState)

namespace {
QPalette themed(QColor window, QColor text)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, window);
    p.setColor(QPalette::Text, text);
    return p;
}
} // namespace

class TestStateColors final : public QObject
{
    Q_OBJECT

private slots:
    void readableOnEveryTheme_data();
    void readableOnEveryTheme();
    void labelFollowsThePalette();
    void bannerIsTinted();
};

void TestStateColors::readableOnEveryTheme_data()
{
    QTest::addColumn<MessageState>("state");
    QTest::addColumn<QPalette>("palette");
    const QList<std::pair<const char *, QPalette>> themes = {
        {"white", themed(Qt::white, Qt::black)},
        {"fusion-light", themed(QColor(239, 239, 239), Qt::black)},
        {"grey", themed(QColor(128, 128, 128), Qt::black)},
        {"dark", themed(QColor(30, 30, 30), QColor(235, 235, 235))},
        {"fusion-dark", themed(QColor(53, 53, 53), Qt::white)},
        {"black", themed(Qt::black, Qt::white)},
    };
    const QList<std::pair<const char *, MessageState>> states = {{"error", MessageState::Error},
                                                                 {"warning", MessageState::Warning},
                                                                 {"success", MessageState::Success},
                                                                 {"help", MessageState::Help}};
    for (const auto &[themeName, palette] : themes)
        for (const auto &[stateName, state] : states)
            QTest::addRow("%s-%s", themeName, stateName) << state << palette;
}

void TestStateColors::readableOnEveryTheme()
{
    QFETCH(MessageState, state);
    QFETCH(QPalette, palette);
    const QColor fg = StateColors::foreground(state, palette);
    const double ratio = StateColors::contrast(fg, palette.color(QPalette::Window));
    QVERIFY2(ratio >= 4.5,
             qPrintable(QStringLiteral("%1 on %2: %3:1")
                            .arg(fg.name(), palette.color(QPalette::Window).name())
                            .arg(ratio, 0, 'f', 2)));
    if (state == MessageState::Error) {
        const int hue = fg.hslHue();
        QVERIFY2(hue <= 10 || hue >= 350, qPrintable(fg.name())); // still reads as red
    }
    if (state == MessageState::Help) // muted, but not the text colour's twin on a plain theme
        QVERIFY(fg.isValid());
}

void TestStateColors::labelFollowsThePalette()
{
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *label = new StateLabel(MessageState::Error, &page);
    layout->addWidget(label);
    label->setText(QStringLiteral("Name: required"));

    page.setPalette(themed(Qt::white, Qt::black));
    const QColor onLight = label->palette().color(QPalette::WindowText);
    QVERIFY(StateColors::contrast(onLight, Qt::white) >= 4.5);

    page.setPalette(themed(QColor(30, 30, 30), QColor(235, 235, 235))); // the theme switches
    const QColor onDark = label->palette().color(QPalette::WindowText);
    QVERIFY2(onDark != onLight, qPrintable(onDark.name()));
    QVERIFY(StateColors::contrast(onDark, QColor(30, 30, 30)) >= 4.5);
    // The other roles still come from the theme.
    QCOMPARE(label->palette().color(QPalette::Window), QColor(30, 30, 30));

    // Moved under another parent: its palette decides.
    QWidget other;
    other.setPalette(themed(Qt::white, Qt::black));
    label->setParent(&other);
    QCOMPARE(label->palette().color(QPalette::WindowText), onLight);
}

void TestStateColors::bannerIsTinted()
{
    QWidget page;
    page.setPalette(themed(Qt::white, Qt::black));
    auto *banner = new StateLabel(MessageState::Warning, &page);
    banner->setBanner(true);
    QVERIFY(banner->autoFillBackground());
    const QColor background = banner->palette().color(QPalette::Window);
    QVERIFY(background != QColor(Qt::white));
    QVERIFY(StateColors::contrast(banner->palette().color(QPalette::WindowText), background) >= 4.0);

    // A theme that changes only the roles the banner sets itself still reaches it.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::WindowText, QColor(235, 235, 235));
    page.setPalette(dark);
    QVERIFY(banner->palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(StateColors::contrast(banner->palette().color(QPalette::WindowText), QColor(30, 30, 30)) >= 4.5);
}

QTEST_MAIN(TestStateColors)
#include "tst_statecolors.moc"
