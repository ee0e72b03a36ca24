// libFuzzer harness for the CSV reader, writer and line-key notation. Besides crashes and
// sanitizer reports it checks two properties and aborts when they fail:
//  - whatever the reader accepts, the writer writes back so that the reader reads the same records
//    (with cells a spreadsheet would run neutralised: the same once restoreFormula undid that);
//  - whatever line-key text parses, format() writes text that parses to the same keys.

#include "csvreader.h"
#include "csvwriter.h"
#include "linekeynotation.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace PhoneDesk;

namespace {
[[noreturn]] void failed(const char *what)
{
    std::fprintf(stderr, "property violated: %s\n", what);
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Csv::Document doc = Csv::read(input);
    if (doc.error && (doc.error->line < 1 || doc.error->column < 1 || doc.error->message.isEmpty()))
        failed("error without a position or message");
    qsizetype lastLine = 0;
    for (const Csv::Record &r : doc.records) {
        if (r.line <= lastLine || r.fields.isEmpty())
            failed("record lines must increase");
        lastLine = r.line;
    }
    if (!doc.error) {
        QByteArray written;
        Csv::WriteOptions options;
        options.delimiter = doc.delimiter;
        for (const Csv::Record &r : doc.records)
            Csv::appendRecord(written, r.fields, options);
        Csv::ReadOptions readOptions;
        readOptions.delimiter = doc.delimiter;
        const Csv::Document again = Csv::read(written, readOptions);
        if (again.error || again.records.size() != doc.records.size())
            failed("written CSV does not read back");
        for (qsizetype i = 0; i < doc.records.size(); ++i) {
            QStringList restored = again.records[i].fields;
            for (QString &field : restored)
                field = Csv::restoreFormula(field);
            if (restored != doc.records[i].fields) {
                std::fprintf(stderr, "record %lld: \"%s\" became \"%s\"\n", static_cast<long long>(i),
                             doc.records[i].fields.join(u'|').toUtf8().constData(),
                             again.records[i].fields.join(u'|').toUtf8().constData());
                failed("written CSV reads back different fields");
            }
        }
    }
    // Every field as line-key notation (most are not; those must fail cleanly).
    for (const Csv::Record &r : doc.records) {
        for (const QString &field : r.fields) {
            auto keys = LineKeyNotation::parse(field);
            if (!keys)
                continue;
            const QString formatted = LineKeyNotation::format(*keys);
            auto again = LineKeyNotation::parse(formatted);
            if (!again || *again != *keys) {
                std::fprintf(stderr, "field: %s\nformatted: %s\n", field.toUtf8().constData(),
                             formatted.toUtf8().constData());
                failed("line keys do not round-trip");
            }
        }
    }
    return 0;
}
