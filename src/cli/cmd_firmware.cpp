// phonedesk-cli firmware add|list|remove: the firmware library (FirmwareRepository) in the database.

#include "cli.h"

#include "firmwarerepository.h"
#include "modelcatalog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace PhoneDesk;

namespace {

// A refused file, a duplicate and an image in use are the command refusing its item (1); a bad
// argument, a missing file or an unknown id a usage error (2); the database failing a failure (3).
int fail(Cli::Context &ctx, const Error &error)
{
    ctx.err() << "phonedesk-cli: " << error.fullText() << Qt::endl;
    switch (error.code) {
    case Error::Code::Validation:
    case Error::Code::Duplicate:
    case Error::Code::InUse:
        return Cli::Rejected;
    case Error::Code::NotFound:
    case Error::Code::Io:
    case Error::Code::Unsupported:
        return Cli::UsageError;
    default:
        return Cli::Failed;
    }
}

QString modelList(const FirmwareImage &image)
{
    QStringList names;
    for (const QString &id : image.models) {
        const PhoneModel *m = ModelCatalog::builtin().find(id);
        names.append(m ? m->model : id);
    }
    return names.join(QStringLiteral(", "));
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

int addFirmware(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption vendor(
        QStringLiteral("vendor"),
        QCoreApplication::translate("PhoneDesk::Cli",
                                    "poly, yealink or audiocodes (default: from the file's extension)."),
        QStringLiteral("VENDOR"));
    const QCommandLineOption version(
        QStringLiteral("version"),
        QCoreApplication::translate("PhoneDesk::Cli",
                                    "The firmware version, when the file name does not give it."),
        QStringLiteral("VERSION"));
    const QCommandLineOption models(
        QStringLiteral("models"),
        QCoreApplication::translate(
            "PhoneDesk::Cli",
            "Comma-separated model ids (yealink-t46u) or families (poly-vvx) the image is for (default: the "
            "models the file name lists)."),
        QStringLiteral("MODELS"));
    parser.addOptions({vendor, version, models});
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("PhoneDesk::Cli", "The firmware file (.zip, .sip.ld, .rom, .img)."));
    if (const auto code = Cli::parseArguments(parser, args, ctx, 1).exitCode)
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(
            ctx,
            QCoreApplication::translate(
                "PhoneDesk::Cli", "phonedesk-cli: name the firmware file: phonedesk-cli firmware add FILE"));
    FirmwareAddRequest request;
    request.path = parser.positionalArguments().constFirst();
    if (parser.isSet(vendor)) {
        request.vendor = firmwareVendorFromKey(parser.value(vendor));
        if (!request.vendor)
            return Cli::usageError(
                ctx,
                QCoreApplication::translate(
                    "PhoneDesk::Cli", "phonedesk-cli: unknown vendor \"%1\" (poly, yealink, audiocodes).")
                    .arg(parser.value(vendor)));
    }
    request.version = parser.value(version);
    request.models = parser.value(models).split(u',', Qt::SkipEmptyParts);
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    Cli::StatusLine status(ctx);
    const bool terminal = ctx.isTerminal();
    auto added = FirmwareRepository(*storage).add(request, [&](qint64 done, qint64 total) {
        if (terminal && total > 0)
            status.show(QCoreApplication::translate("PhoneDesk::Cli", "%1: %2 %")
                            .arg(QFileInfo(request.path).fileName())
                            .arg(done * 100 / total));
        return true;
    });
    status.finish();
    if (!added)
        return fail(ctx, added.error());
    ctx.out() << QCoreApplication::translate("PhoneDesk::Cli",
                                             "Added firmware #%1: %2 %3 for %4 (%5, %6 bytes, SHA-256 %7).")
                     .arg(QString::number(added->id), displayName(added->vendor), added->version,
                          modelList(*added), added->fileName, QString::number(added->size), added->sha256)
              << Qt::endl;
    if (added->kind == FirmwareKind::PolyPackage) {
        auto applications = FirmwareRepository(*storage).applications(added->id);
        if (!applications)
            return fail(ctx, applications.error());
        QStringList names;
        for (const FirmwareImage &a : std::as_const(*applications))
            names.append(a.fileName);
        ctx.out() << QCoreApplication::translate("PhoneDesk::Cli",
                                                 "Its phone applications, each phone asks for its own: %1.")
                         .arg(names.join(QStringLiteral(", ")))
                  << Qt::endl;
    }
    return Cli::Success;
}

void printJson(Cli::Context &ctx, const QList<FirmwareImage> &images, const QHash<Id, int> &phones,
               const QHash<Id, QList<FirmwareImage>> &applications)
{
    QJsonArray array;
    for (const FirmwareImage &image : images) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), image.id);
        o.insert(QStringLiteral("vendor"), toKey(image.vendor));
        o.insert(QStringLiteral("kind"), toKey(image.kind));
        o.insert(QStringLiteral("families"), QJsonArray::fromStringList(image.families));
        o.insert(QStringLiteral("models"), QJsonArray::fromStringList(image.models));
        o.insert(QStringLiteral("version"), image.version);
        o.insert(QStringLiteral("fileName"), image.fileName);
        o.insert(QStringLiteral("size"), image.size);
        o.insert(QStringLiteral("sha256"), image.sha256);
        o.insert(QStringLiteral("phones"), phones.value(image.id));
        o.insert(QStringLiteral("addedBy"), image.addedBy);
        o.insert(QStringLiteral("addedAt"), image.addedAt.toUTC().toString(Qt::ISODate));
        if (image.kind == FirmwareKind::PolyPackage) {
            QJsonArray files;
            for (const FirmwareImage &a : applications.value(image.id)) {
                QJsonObject f;
                f.insert(QStringLiteral("id"), a.id);
                f.insert(QStringLiteral("fileName"), a.fileName);
                f.insert(QStringLiteral("size"), a.size);
                f.insert(QStringLiteral("sha256"), a.sha256);
                files.append(f);
            }
            o.insert(QStringLiteral("applications"), files);
        }
        array.append(o);
    }
    ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
}

int listFirmware(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("PhoneDesk::Cli", "table (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOption(format);
    if (const auto code = Cli::parseArguments(parser, args, ctx).exitCode)
        return *code;
    const QString fmt = parser.value(format).toLower();
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json"))
        return Cli::usageError(ctx,
                               QCoreApplication::translate(
                                   "PhoneDesk::Cli", "phonedesk-cli: unknown format \"%1\" (table, json).")
                                   .arg(parser.value(format)));
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    FirmwareRepository repo(*storage);
    auto images = repo.list();
    if (!images)
        return fail(ctx, images.error());
    auto phones = repo.phonesRunning(*images);
    if (!phones)
        return fail(ctx, phones.error());
    QHash<Id, QList<FirmwareImage>> applications;
    for (const FirmwareImage &image : std::as_const(*images)) {
        if (image.kind != FirmwareKind::PolyPackage)
            continue;
        auto files = repo.applications(image.id);
        if (!files)
            return fail(ctx, files.error());
        applications.insert(image.id, *files);
    }
    if (fmt == QLatin1String("json")) {
        printJson(ctx, *images, *phones, applications);
        return Cli::Success;
    }
    if (images->isEmpty()) {
        ctx.out() << QCoreApplication::translate(
                         "PhoneDesk::Cli",
                         "The firmware library is empty: add an image with phonedesk-cli firmware add FILE.")
                  << Qt::endl;
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const FirmwareImage &image : std::as_const(*images)) {
        QString file = image.fileName;
        if (image.kind == FirmwareKind::PolyPackage) {
            const int count = int(applications.value(image.id).size());
            file = count == 0
                ? QCoreApplication::translate("PhoneDesk::Cli",
                                              "%1 (no applications kept: add the package again)")
                      .arg(image.fileName)
                : QCoreApplication::translate("PhoneDesk::Cli", "%1 (%n application(s))", nullptr, count)
                      .arg(image.fileName);
        }
        rows.append({QString::number(image.id), displayName(image.vendor), image.version, modelList(image),
                     QString::number(phones->value(image.id)), sizeText(image.size), file});
    }
    Cli::printTable(ctx.out(),
                    {QCoreApplication::translate("PhoneDesk::Cli", "ID"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Vendor"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Version"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Models"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Phones on it"),
                     QCoreApplication::translate("PhoneDesk::Cli", "Size"),
                     QCoreApplication::translate("PhoneDesk::Cli", "File")},
                    rows);
    return Cli::Success;
}

int removeFirmware(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("id"),
        QCoreApplication::translate("PhoneDesk::Cli", "The image's ID (phonedesk-cli firmware list)."));
    if (const auto code = Cli::parseArguments(parser, args, ctx, 1).exitCode)
        return *code;
    bool ok = false;
    const Id id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return Cli::usageError(
            ctx,
            QCoreApplication::translate(
                "PhoneDesk::Cli",
                "phonedesk-cli: name the image by its ID: phonedesk-cli firmware remove ID"));
    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    FirmwareRepository repo(*storage);
    auto image = repo.find(id);
    if (!image)
        return fail(ctx, image.error());
    if (auto removed = repo.remove(id); !removed)
        return fail(ctx, removed.error());
    ctx.out() << QCoreApplication::translate("PhoneDesk::Cli", "Removed firmware #%1 (%2).")
                     .arg(QString::number(id), (*image) ? (*image)->fileName : QString())
              << Qt::endl;
    return Cli::Success;
}

} // namespace

PHONEDESK_CLI_COMMAND(
    "firmware add",
    QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                      "Add a firmware image (Poly .zip/.sip.ld, Yealink .rom, AudioCodes .img) to "
                      "the library"),
    addFirmware);
PHONEDESK_CLI_COMMAND(
    "firmware list",
    QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                      "List the firmware library with models and the phones running each image"),
    listFirmware);
PHONEDESK_CLI_COMMAND("firmware remove",
                      QT_TRANSLATE_NOOP("PhoneDesk::Cli", "Remove a firmware image no base settings use"),
                      removeFirmware);
