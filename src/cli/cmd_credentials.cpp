// phonedesk-cli phones credentials: the SIP accounts of the selected phones, for setting up the
// registrar (PBX) with the same user, authentication ID and password the phones register with.

#include "cli.h"

#include "basesettingsrepository.h"
#include "checkedfile.h"
#include "configrenderer.h"
#include "configservice.h"
#include "csvwriter.h"
#include "effectiveconfig.h"
#include "macaddress.h"
#include "modelcatalog.h"
#include "phonefilter.h"
#include "phonerepository.h"
#include "provisioninginputs.h"
#include "siterepository.h"
#include "userrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

using namespace PhoneDesk;

namespace {

// One exported row: a registered line of a phone.
struct CredentialRow
{
    QString phone;
    QString hardwareId;
    PhoneCategory category = PhoneCategory::Managed;
    QString site;
    ConfigRenderer::RegistrationLine line;
    SipServer primary;
    SipServer secondary;
};

struct Collected
{
    QList<CredentialRow> rows;
    int phones = 0; // phones with at least one row
    int failed = 0; // phones of the selection that could not be exported
    int skipped = 0; // WebRTC and Remote phones: no SIP lines of their own
};

// The filter options as given, for the audit entry.
const char *const FilterOptionNames[] = {"name", "site", "base-settings", "status", "category", "model"};

QString filterText(const QCommandLineParser &parser)
{
    QStringList parts;
    for (const char *name : FilterOptionNames) {
        const QString option = QString::fromLatin1(name);
        if (parser.isSet(option))
            parts << QStringLiteral("--%1 \"%2\"").arg(option, parser.value(option));
    }
    return parts.isEmpty() ? QStringLiteral("none (all phones)") : parts.join(u' ');
}

// What the renderers need of each selected phone: managed phones with a MAC read in bulk with
// their secrets, the others (managed without a MAC yet, unmanaged) one by one. Phones deleted
// meanwhile are left out (reported by the caller like any vanished phone).
Result<QHash<Id, ProvisioningInput>> readInputs(Storage &storage, const QList<const PhoneRow *> &selection)
{
    QList<Id> provisioned;
    QList<Id> others;
    for (const PhoneRow *row : selection) {
        if (row->category == PhoneCategory::WebRtc || row->category == PhoneCategory::Remote)
            continue;
        (row->category == PhoneCategory::Managed && !row->hardwareId.isEmpty() ? provisioned : others)
            .append(row->id);
    }
    QHash<Id, ProvisioningInput> inputs;
    if (!provisioned.isEmpty()) { // an empty list would mean "every managed phone"
        auto bulk = ProvisioningInputs::managedPhones(storage, provisioned);
        if (!bulk)
            return bulk.error();
        for (ProvisioningInput &in : *bulk)
            inputs.insert(in.phone.id, std::move(in));
    }
    if (others.isEmpty())
        return inputs;
    auto phones = storage.phones().getMany(others);
    if (!phones)
        return phones.error();
    for (const Phone &phone : std::as_const(*phones)) {
        auto secret = storage.phones().deviceSecret(phone.id);
        if (!secret) {
            if (secret.error().code == Error::Code::NotFound)
                continue;
            return secret.error();
        }
        inputs.insert(phone.id, ProvisioningInput {phone, *secret});
    }
    return inputs;
}

// The sites, users and base settings the phones refer to, by id.
struct Records
{
    QHash<Id, Site> sites;
    QHash<Id, User> users;
    QHash<Id, BaseSettings> profiles;

    Result<void> load(Storage &storage)
    {
        auto readSites = storage.sites().list();
        if (!readSites)
            return readSites.error();
        for (const Site &s : std::as_const(*readSites))
            sites.insert(s.id, s);
        auto readUsers = storage.users().list();
        if (!readUsers)
            return readUsers.error();
        for (const User &u : std::as_const(*readUsers))
            users.insert(u.id, u);
        auto readProfiles = storage.baseSettings().list();
        if (!readProfiles)
            return readProfiles.error();
        for (const BaseSettingsSummary &b : std::as_const(*readProfiles))
            profiles.insert(b.settings.id, b.settings);
        return {};
    }
};

// The registration lines of one phone, or why it has none to export.
Result<QList<ConfigRenderer::RegistrationLine>> linesOf(const ProvisioningInput &input,
                                                        const Records &records)
{
    const Phone &phone = input.phone;
    const auto profile = records.profiles.constFind(phone.baseSettingsId);
    const PhoneModel *model =
        profile == records.profiles.constEnd() ? nullptr : ModelCatalog::builtin().find(profile->modelId);
    if (!model)
        return Error::make(Error::Code::Validation,
                           QCoreApplication::translate(
                               "PhoneDesk::Cli", "%1: the model of its base settings is not in the catalog.")
                               .arg(phone.name));
    // Same rule as the phone editor's preview: a managed model PhoneDesk writes no file for gets
    // no credentials from PhoneDesk, so the registrar's accounts for it are not ours to export.
    if (phone.category == PhoneCategory::Managed && !ConfigRenderer::supports(model->renderer))
        return Error::make(
            Error::Code::Validation,
            QCoreApplication::translate("PhoneDesk::Cli", "%1: the %2 is not provisioned by PhoneDesk.")
                .arg(phone.name, model->displayName));
    const Site site = records.sites.value(phone.siteId);
    std::optional<User> user;
    if (phone.userId != 0 && records.users.contains(phone.userId))
        user = records.users.value(phone.userId);
    const RenderInput renderInput {computeEffectiveConfig(*model, *profile, site, phone, user),
                                   input.deviceSecret, ConfigService::provisioningUrl(site)};
    QList<ConfigRenderer::RegistrationLine> lines = ConfigRenderer::registrationLines(renderInput);
    if (lines.isEmpty())
        return Error::make(
            Error::Code::Validation,
            QCoreApplication::translate(
                "PhoneDesk::Cli",
                "%1: no line is assigned (give the phone a user or a line key with an extension).")
                .arg(phone.name));
    return lines;
}

// The lines of the selected phones, derived exactly as the renderers and the phone editor's
// registration data derive them (ConfigRenderer::registrationLines). Problems are printed per phone.
Result<Collected> collect(Storage &storage, const QList<const PhoneRow *> &selection, Cli::Context &ctx)
{
    auto inputs = readInputs(storage, selection);
    if (!inputs)
        return inputs.error();
    Records records;
    if (auto loaded = records.load(storage); !loaded)
        return loaded.error();
    Collected out;
    for (const PhoneRow *row : selection) {
        if (row->category == PhoneCategory::WebRtc || row->category == PhoneCategory::Remote) {
            ++out.skipped;
            continue;
        }
        const auto input = inputs->constFind(row->id);
        auto lines = input == inputs->constEnd()
            ? Result<QList<ConfigRenderer::RegistrationLine>>(
                  Error::make(Error::Code::NotFound,
                              QCoreApplication::translate("PhoneDesk::Cli", "%1: the phone no longer exists.")
                                  .arg(row->name)))
            : linesOf(*input, records);
        if (!lines) {
            ctx.err() << lines.error().message << '\n';
            ++out.failed;
            continue;
        }
        const Phone &phone = input->phone;
        const Site site = records.sites.value(phone.siteId);
        const bool mac = !phone.hardwareId.isEmpty();
        for (const ConfigRenderer::RegistrationLine &line : std::as_const(*lines))
            out.rows.append({phone.name, mac ? MacAddress::format(phone.hardwareId) : QString(),
                             phone.category, site.name, line, site.primarySip, site.secondarySip});
        ++out.phones;
    }
    return out;
}

QByteArray toCsv(const QList<CredentialRow> &rows, bool raw)
{
    Csv::WriteOptions options;
    options.neutralizeFormulas = !raw;
    // The passwords are base64url that PhoneDesk derives: exact for the registrar, never a formula
    // that runs anything (a spreadsheet may show one starting with - as an error).
    options.verbatimColumns = {6};
    QByteArray out;
    Csv::appendRecord(out,
                      {QStringLiteral("phone"), QStringLiteral("hardware_id"), QStringLiteral("category"),
                       QStringLiteral("line"), QStringLiteral("user_name"), QStringLiteral("auth_id"),
                       QStringLiteral("password"), QStringLiteral("display_name"),
                       QStringLiteral("registrar_primary"), QStringLiteral("registrar_secondary"),
                       QStringLiteral("site")},
                      options);
    auto registrar = [](const SipServer &s) {
        return s.isSet() ? ConfigRenderer::registrarText(s) : QString();
    };
    for (const CredentialRow &r : rows) {
        Csv::appendRecord(out,
                          {r.phone, r.hardwareId, toKey(r.category), QString::number(r.line.number),
                           r.line.userName, r.line.authId, r.line.password, r.line.displayName,
                           registrar(r.primary), registrar(r.secondary), r.site},
                          options);
    }
    return out;
}

QByteArray toJson(const QList<CredentialRow> &rows)
{
    auto registrar = [](const SipServer &s) -> QJsonValue {
        if (!s.isSet())
            return QJsonValue::Null;
        return QJsonObject {{QStringLiteral("host"), s.host},
                            {QStringLiteral("port"), int(s.port)},
                            {QStringLiteral("transport"), toKey(s.transport)}};
    };
    QJsonArray array;
    for (const CredentialRow &r : rows) {
        array.append(QJsonObject {{QStringLiteral("phone"), r.phone},
                                  {QStringLiteral("hardwareId"), r.hardwareId},
                                  {QStringLiteral("category"), toKey(r.category)},
                                  {QStringLiteral("line"), r.line.number},
                                  {QStringLiteral("userName"), r.line.userName},
                                  {QStringLiteral("authId"), r.line.authId},
                                  {QStringLiteral("password"), r.line.password},
                                  {QStringLiteral("displayName"), r.line.displayName},
                                  {QStringLiteral("registrarPrimary"), registrar(r.primary)},
                                  {QStringLiteral("registrarSecondary"), registrar(r.secondary)},
                                  {QStringLiteral("site"), r.site}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// The phones the filter selects, by name.
QList<const PhoneRow *> selectByName(const QList<PhoneRow> &rows, const Cli::PhoneSelection &filter)
{
    QList<const PhoneRow *> selection;
    for (const PhoneRow &r : rows) {
        if (filter.matches(r))
            selection.append(&r);
    }
    std::stable_sort(selection.begin(), selection.end(), [](const PhoneRow *a, const PhoneRow *b) {
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });
    return selection;
}

int exportCredentials(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("PhoneDesk::Cli", "csv (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QCoreApplication::translate(
            "PhoneDesk::Cli",
            "Write to FILE (readable by its owner only) instead of stdout; \"-\" is stdout."),
        QStringLiteral("FILE"), QStringLiteral("-"));
    const QCommandLineOption raw(
        QStringLiteral("raw"),
        QCoreApplication::translate(
            "PhoneDesk::Cli",
            "With --format csv, write every cell as it is, without the ' before cells a "
            "spreadsheet would run as a formula."));
    const Cli::PhoneFilterOptions filterOptions;
    filterOptions.addTo(parser);
    parser.addOptions({format, output, raw});
    if (const auto code = Cli::parseArguments(parser, args, ctx).exitCode)
        return *code;
    const QString fmt = parser.value(format).toLower();
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json")) {
        ctx.err() << QCoreApplication::translate("PhoneDesk::Cli",
                                                 "phonedesk-cli: unknown format \"%1\" (csv, json).")
                         .arg(parser.value(format))
                  << Qt::endl;
        return Cli::UsageError;
    }
    const QString path = parser.value(output);
    const bool toStdout = path == QLatin1String("-");
    if (!toStdout && QFileInfo(path).isDir()) {
        ctx.err() << QCoreApplication::translate("PhoneDesk::Cli",
                                                 "phonedesk-cli: --output \"%1\" is a folder; name a file.")
                         .arg(path)
                  << Qt::endl;
        return Cli::UsageError;
    }

    Storage *storage = ctx.storage();
    if (!storage)
        return Cli::UsageError;
    // Checked before anything is read or any file is created: the passwords open the lines.
    if (auto allowed = storage->require(
            Permission::Administer, QCoreApplication::translate("PhoneDesk::Cli", "export SIP credentials"));
        !allowed) {
        ctx.err() << "phonedesk-cli: " << allowed.error().message << Qt::endl;
        return Cli::Failed;
    }
    Cli::PhoneSelection filter;
    if (const auto code = filterOptions.apply(parser, ctx, filter))
        return *code;

    auto rows = storage->phones().list();
    if (!rows) {
        ctx.err() << "phonedesk-cli: " << rows.error().fullText() << Qt::endl;
        return Cli::Failed;
    }
    auto collected = collect(*storage, selectByName(*rows, filter), ctx);
    ctx.err().flush();
    if (!collected) {
        ctx.err() << "phonedesk-cli: " << collected.error().fullText() << Qt::endl;
        return Cli::Failed;
    }
    const QByteArray data =
        fmt == QLatin1String("json") ? toJson(collected->rows) : toCsv(collected->rows, parser.isSet(raw));

    // The file is written in full (owner-only from its first byte) and checked to the last byte
    // before the audit entry's transaction, and put in place inside it: no audit entry without the
    // file, and a file whose entry could not be saved is removed again.
    std::unique_ptr<CheckedFile> file;
    if (!toStdout) {
        file = std::make_unique<CheckedFile>(path, CheckedFile::Access::OwnerOnly);
        Result<void> ok = file->open();
        if (ok)
            ok = file->write(data);
        if (ok)
            ok = file->finish();
        if (!ok) {
            ctx.err() << "phonedesk-cli: " << ok.error().fullText() << Qt::endl;
            return ok.error().code == Error::Code::Io ? Cli::UsageError : Cli::Failed;
        }
    }
    const QString target = toStdout ? QStringLiteral("standard output") : QFileInfo(path).absoluteFilePath();
    // The texts go in last and in one pass: a "%1" in a file name or filter value stays as it is.
    // Audit entries are data, not messages: written in one language whoever runs the export.
    const QString details =
        QStringLiteral("SIP lines: %1; phones: %2; not exported: %3; as %4 to %5; filter: %6")
            .arg(collected->rows.size())
            .arg(collected->phones)
            .arg(collected->failed)
            .arg(fmt, target, filterText(parser));
    bool placed = false;
    auto audited = storage->inTransaction([&]() -> Result<void> {
        if (auto r = storage->writeAudit(QStringLiteral("phone.credentials.export"), QStringLiteral("phone"),
                                         0, QStringLiteral("SIP credentials"), details);
            !r)
            return r;
        if (file) {
            if (auto committed = file->commit(); !committed)
                return committed;
            placed = true;
        }
        return {};
    });
    if (!audited) {
        if (placed)
            QFile::remove(path);
        ctx.err() << "phonedesk-cli: " << audited.error().fullText() << Qt::endl;
        return audited.error().code == Error::Code::Io ? Cli::UsageError : Cli::Failed;
    }

    if (toStdout) {
        ctx.out().flush();
        const auto out = CheckedFile::standardOutput();
        Result<void> ok = out->open();
        if (ok)
            ok = out->write(data);
        if (ok)
            ok = out->finish();
        if (!ok) {
            ctx.err() << "phonedesk-cli: " << ok.error().fullText() << Qt::endl;
            return ok.error().code == Error::Code::Io ? Cli::UsageError : Cli::Failed;
        }
    }
    // The summary goes to stderr when the data is on stdout, so a pipe gets only the data.
    QTextStream &summary = toStdout ? ctx.err() : ctx.out();
    summary << (toStdout
                    ? QCoreApplication::translate("PhoneDesk::Cli", "SIP lines exported: %1 (phones: %2).")
                          .arg(collected->rows.size())
                          .arg(collected->phones)
                    : QCoreApplication::translate("PhoneDesk::Cli",
                                                  "SIP lines exported: %1 (phones: %2), to %3.")
                          .arg(collected->rows.size())
                          .arg(collected->phones)
                          .arg(path))
            << '\n';
    if (collected->skipped > 0)
        summary << QCoreApplication::translate(
                       "PhoneDesk::Cli", "WebRTC or Remote phones skipped (they have no SIP lines): %1.")
                       .arg(collected->skipped)
                << '\n';
    if (collected->failed > 0)
        summary << QCoreApplication::translate("PhoneDesk::Cli",
                                               "Phones that could not be exported (see above): %1.")
                       .arg(collected->failed)
                << '\n';
    summary.flush();
    return collected->failed > 0 ? Cli::Rejected : Cli::Success;
}
} // namespace

PHONEDESK_CLI_COMMAND(
    "phones credentials",
    QT_TRANSLATE_NOOP("PhoneDesk::Cli",
                      "Export the SIP line credentials for the registrar (administrators): "
                      "[--name/--site/--base-settings/--status/--category/--model] [--format csv|json] "
                      "[--output FILE] [--raw]"),
    exportCredentials);
