// The checks a CSV import runs for every row were rewritten for speed: they must accept and
// reject exactly what the regular expressions and the schema scan they replaced did, and say
// the same.

#include "settingsschema.h"
#include "validation.h"

#include <QRegularExpression>
#include <QTest>

using namespace PhoneDesk;

namespace {

// The patterns Validation::isE164 and isExtension used before.
bool e164Pattern(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return re.match(text).hasMatch();
}

bool extensionPattern(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9*#]{2,15}$"));
    return re.match(text).hasMatch();
}

QStringList awkwardNumbers()
{
    QStringList texts = {QString(),
                         QStringLiteral("+"),
                         QStringLiteral("+1"),
                         QStringLiteral("+12"),
                         QStringLiteral("+01"),
                         QStringLiteral("+15551234567"),
                         QStringLiteral("+123456789012345"),
                         QStringLiteral("+1234567890123456"),
                         QStringLiteral("15551234567"),
                         QStringLiteral("+1555 123"),
                         QStringLiteral(" +15551234567"),
                         QStringLiteral("+15551234567 "),
                         QStringLiteral("+15551234567\n"),
                         QStringLiteral("+15551234567\n\n"),
                         QStringLiteral("+15551234567\r\n"),
                         QStringLiteral("\n+15551234567"),
                         QStringLiteral("+1555\n1234567"),
                         QStringLiteral("1"),
                         QStringLiteral("12"),
                         QStringLiteral("1002"),
                         QStringLiteral("*72"),
                         QStringLiteral("#"),
                         QStringLiteral("##"),
                         QStringLiteral("*#*"),
                         QStringLiteral("123456789012345"),
                         QStringLiteral("1234567890123456"),
                         QStringLiteral("1002\n"),
                         QStringLiteral("12\n"),
                         QStringLiteral("1\n"),
                         QStringLiteral("1002\t"),
                         QStringLiteral("10a2"),
                         QStringLiteral("+1002"),
                         QString::fromUtf8("١٢٣٤"), // Arabic-Indic digits: not [0-9]
                         QString::fromUtf8("１２３"), // full-width digits
                         QStringLiteral("12") + QChar(0)};
    // Every length around the limits, with and without a final newline.
    for (int length = 0; length <= 17; ++length) {
        const QString digits = QString(length, u'7');
        texts << digits << QStringLiteral("+") + digits << digits + u'\n'
              << QStringLiteral("+") + digits + u'\n';
    }
    return texts;
}

} // namespace

class TestImportChecks final : public QObject
{
    Q_OBJECT

private slots:
    void e164AcceptsWhatItsPatternAccepted();
    void extensionAcceptsWhatItsPatternAccepted();
    void schemaFindsEveryKey();
    void textRulesNameTheField_data();
    void textRulesNameTheField();
    void lineKeyFieldsNameThePosition();
};

void TestImportChecks::e164AcceptsWhatItsPatternAccepted()
{
    for (const QString &text : awkwardNumbers())
        QVERIFY2(Validation::isE164(text) == e164Pattern(text),
                 qPrintable(QStringLiteral("\"%1\"").arg(text)));
    QVERIFY(Validation::isE164(QStringLiteral("+15551234567\n"))); // PCRE's $ before a final newline
    QVERIFY(!Validation::isE164(QStringLiteral("+01")));
}

void TestImportChecks::extensionAcceptsWhatItsPatternAccepted()
{
    for (const QString &text : awkwardNumbers())
        QVERIFY2(Validation::isExtension(text) == extensionPattern(text),
                 qPrintable(QStringLiteral("\"%1\"").arg(text)));
    QVERIFY(Validation::isExtension(QStringLiteral("*72")));
    QVERIFY(!Validation::isExtension(QString::fromUtf8("１２３")));
}

void TestImportChecks::schemaFindsEveryKey()
{
    const SettingsSchema &schema = SettingsSchema::builtin();
    QVERIFY(!schema.settings().isEmpty());
    for (const SettingDefinition &d : schema.settings()) {
        const SettingDefinition *found = schema.find(d.key);
        QVERIFY2(found == &d, qPrintable(d.key)); // the very definition, as a scan from the front gives
    }
    QCOMPARE(schema.find(QStringLiteral("media.nothing")), nullptr);
    QCOMPARE(schema.find(QString()), nullptr);
    QCOMPARE(schema.find(QStringLiteral("MEDIA.DSCPRTP")), nullptr); // keys are case-sensitive
}

void TestImportChecks::textRulesNameTheField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("fine") << QStringLiteral("Desk") << QStringLiteral("Two\nlines\twith tab")
                          << QStringList();
    QTest::newRow("blank name") << QStringLiteral(" \t ") << QString()
                                << QStringList {u"Name is required."_qs};
    QTest::newRow("long name") << QString(129, u'x') << QString()
                               << QStringList {u"Name is too long (at most 128 characters)."_qs};
    QTest::newRow("control character in name")
        << QStringLiteral("Desk\x01") << QString()
        << QStringList {u"Name must not contain control characters."_qs};
    QTest::newRow("newline in name") << QStringLiteral("Desk\n2") << QString()
                                     << QStringList {u"Name must not contain control characters."_qs};
    QTest::newRow("non-ASCII is fine")
        << QString::fromUtf8("Zoë 東京 \u00a0") << QString::fromUtf8("Küche") << QStringList();
    QTest::newRow("C1 control in description")
        << QStringLiteral("Desk") << QString::fromUtf8("a\u0085b")
        << QStringList {u"Description must not contain control characters."_qs};
    QTest::newRow("long description")
        << QStringLiteral("Desk") << QString(1025, u'y')
        << QStringList {u"Description is too long (at most 1024 characters)."_qs};
}

void TestImportChecks::textRulesNameTheField()
{
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(QStringList, messages);
    // Without base settings or a site the phone has other errors too; only the text ones count here.
    Phone p;
    p.name = name;
    p.description = description;
    p.category = PhoneCategory::Remote;
    p.remoteAddress = QStringLiteral("+15551234567");
    struct None final : ValidationContext
    {
        std::optional<QString> baseSettingsModel(Id) const override { return std::nullopt; }
        std::optional<MediaModel> siteMediaModel(Id) const override { return std::nullopt; }
        bool userExists(Id) const override { return false; }
    } none;
    QStringList texts;
    for (const FieldError &e : Validation::validatePhone(p, ModelCatalog::builtin(), none)) {
        if (e.field == QLatin1String("name") || e.field == QLatin1String("description"))
            texts.append(e.message);
    }
    QCOMPARE(texts, messages);
}

void TestImportChecks::lineKeyFieldsNameThePosition()
{
    const PhoneModel *model = ModelCatalog::builtin().find(QStringLiteral("poly-vvx-450"));
    QVERIFY(model);
    const QList<LineKey> keys = {{1, LineKeyType::Line, {}, {}},
                                 {1, LineKeyType::Blf, QStringLiteral("Ben"), QStringLiteral("1002")},
                                 {model->maxLineKeys + 1, LineKeyType::Line, {}, {}},
                                 {0, LineKeyType::Line, {}, {}},
                                 {3, LineKeyType::SpeedDial, QStringLiteral("x"), QStringLiteral("12a")},
                                 {4, LineKeyType::Blf, QStringLiteral("tab\tlabel"), QStringLiteral("1003")}};
    QStringList fields;
    for (const FieldError &e : Validation::validateLineKeys(keys, *model))
        fields.append(e.field);
    QCOMPARE(fields,
             (QStringList {u"lineKeys.1"_qs, QStringLiteral("lineKeys.%1").arg(model->maxLineKeys + 1),
                           u"lineKeys.0"_qs, u"lineKeys.3"_qs, u"lineKeys.4"_qs}));
    // Every position of the model once: no error, whatever the model's size.
    QList<LineKey> all;
    for (int i = 1; i <= model->maxLineKeys; ++i)
        all.append({i, LineKeyType::Line, {}, {}});
    QCOMPARE(Validation::validateLineKeys(all, *model), FieldErrors());
}

QTEST_GUILESS_MAIN(TestImportChecks)
#include "tst_importchecks.moc"
