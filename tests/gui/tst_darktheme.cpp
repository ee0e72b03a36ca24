// Help and error texts read on a light and on a dark theme: the colour a person sees (measured
// on the rendered label) has a WCAG contrast of at least 4.5:1 with the window behind it.

#include "basesettingseditor.h"
#include "basesettingsrepository.h"
#include "demodata.h"
#include "statecolors.h"
#include "storage.h"
#include "testsupport.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace PhoneDesk;

namespace {
// The rendered text colour: of the label's pixels, the one furthest from its background.
double renderedContrast(QLabel *label, QString *detail)
{
    QFont font = label->font();
    font.setPixelSize(24); // stems several pixels wide: their core is the text colour itself
    font.setBold(true);
    label->setFont(font);
    label->setText(QStringLiteral("HIJ ") + label->text().left(20));
    label->adjustSize();
    const QImage image = label->grab().toImage();
    const QColor background = label->palette().color(label->backgroundRole());
    double best = 1;
    QColor text;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const double ratio = StateColors::contrast(c, background);
            if (ratio > best) {
                best = ratio;
                text = c;
            }
        }
    *detail = QStringLiteral("%1: %2 on %3, %4:1")
                  .arg(label->objectName(), text.name(), background.name())
                  .arg(best, 0, 'f', 2);
    return best;
}
} // namespace

class TestDarkTheme final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void baseSettingsTextsAreReadable_data();
    void baseSettingsTextsAreReadable();

private:
    Test::TestDatabase m_db;
};

void TestDarkTheme::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QString error;
    m_db = Test::createDatabase(Test::Backend::Sqlite, &error);
    QVERIFY2(m_db.storage, qPrintable(error));
    m_db.storage->setActor(QStringLiteral("tester"), Role::Administrator);
    QVERIFY(populateDemoData(*m_db.storage).ok());
}

void TestDarkTheme::cleanup()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestDarkTheme::baseSettingsTextsAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QTest::addRow("fusion-light") << fusion->standardPalette();
    QTest::addRow("dark") << StateColors::darkPalette();
}

void TestDarkTheme::baseSettingsTextsAreReadable()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    auto list = m_db.storage->baseSettings().list();
    QVERIFY(list.ok() && !list->isEmpty());
    BaseSettingsEditor editor(*m_db.storage, list->first().settings);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    int help = 0, errors = 0;
    for (QLabel *label : editor.findChildren<QLabel *>()) {
        const QString name = label->objectName();
        if (name.startsWith(QStringLiteral("help:")) && help < 3) {
            ++help;
        } else if (name.startsWith(QStringLiteral("error:")) && errors < 3) {
            ++errors;
            label->setText(QStringLiteral("Out of range"));
        } else {
            continue;
        }
        QString detail;
        QVERIFY2(renderedContrast(label, &detail) >= 4.5, qPrintable(detail));
    }
    QCOMPARE(help, 3);
    QCOMPARE(errors, 3);
}

QTEST_MAIN(TestDarkTheme)
#include "tst_darktheme.moc"
