#include "configservice.h"

#include "basesettingsrepository.h"
#include "changefeed.h"
#include "configrenderer.h"
#include "effectiveconfig.h"
#include "firmwarerepository.h"
#include "firmwareserving.h"
#include "modelcatalog.h"
#include "phonerepository.h"
#include "provisioninginputs.h"
#include "rolloutrepository.h"
#include "siterepository.h"
#include "statusrepository.h"
#include "storage.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

namespace PhoneDesk {

struct ConfigService::Lookups
{
    QHash<Id, Site> sites;
    QHash<Id, User> users;
    QHash<Id, BaseSettings> baseSettings; // filled on first use
    QList<FirmwareImage> firmware; // the library (metadata only)
    QHash<Id, QString> pins; // phones a rollout holds at a firmware version, over their profile's
};

namespace {
// The library image `input`'s firmware version names for its model, as this server serves it. A
// phone a rollout holds (`pins`) is told the version it is held at instead of its profile's.
LibraryFirmware libraryFirmware(const RenderInput &input, const ConfigService::Lookups &lookups)
{
    const EffectiveConfig &c = input.config;
    const auto pin = lookups.pins.constFind(c.phone.id);
    const QString wanted = pin != lookups.pins.cend()
        ? *pin
        : c.value(QStringLiteral("provisioning.firmwareVersion")).toString();
    const FirmwareImage *image = Firmware::imageFor(lookups.firmware, c.model->id, wanted);
    if (!image)
        return {};
    return {FirmwareServing::phoneUrl(input.provisioningUrl, c.phone.hardwareId, *image), image->version};
}
} // namespace

ConfigService::ConfigService(Storage &storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
{
    connect(ChangeFeed::instance(), &ChangeFeed::changed, this, &ConfigService::onChange);
}

QString ConfigService::provisioningUrl(const Site &site)
{
    const QString host = site.provisioningHost.trimmed();
    if (host.isEmpty())
        return {};
    return QStringLiteral("https://") + host + u'/';
}

Result<std::unique_ptr<ConfigService::Lookups>> ConfigService::loadLookups()
{
    auto lookups = std::make_unique<Lookups>();
    auto sites = m_storage.sites().list();
    if (!sites)
        return sites.error();
    for (const Site &s : *sites)
        lookups->sites.insert(s.id, s);
    auto users = m_storage.users().list();
    if (!users)
        return users.error();
    for (const User &u : *users)
        lookups->users.insert(u.id, u);
    auto firmware = FirmwareRepository(m_storage).list();
    if (!firmware)
        return firmware.error();
    lookups->firmware = std::move(*firmware);
    auto pins = RolloutRepository(m_storage).pins();
    if (!pins)
        return pins.error();
    lookups->pins = std::move(*pins);
    return lookups;
}

Result<std::optional<PhoneConfig>> ConfigService::renderWith(const Phone &phone, Lookups &lookups)
{
    if (phone.category != PhoneCategory::Managed || phone.hardwareId.isEmpty())
        return std::optional<PhoneConfig>();
    auto bsIt = lookups.baseSettings.constFind(phone.baseSettingsId);
    if (bsIt == lookups.baseSettings.constEnd()) {
        auto bs = m_storage.baseSettings().get(phone.baseSettingsId);
        if (!bs)
            return bs.error();
        bsIt = lookups.baseSettings.insert(phone.baseSettingsId, *bs);
    }
    const PhoneModel *model = ModelCatalog::builtin().find(bsIt->modelId);
    if (!model || !ConfigRenderer::supports(model->renderer))
        return std::optional<PhoneConfig>();
    const Site site = lookups.sites.value(phone.siteId);
    std::optional<User> user;
    if (phone.userId != 0 && lookups.users.contains(phone.userId))
        user = lookups.users.value(phone.userId);
    auto secret = m_storage.phones().deviceSecret(phone.id);
    if (!secret)
        return secret.error();

    RenderInput input {computeEffectiveConfig(*model, *bsIt, site, phone, user), *secret,
                       provisioningUrl(site)};
    input.firmware = libraryFirmware(input, lookups);
    PhoneConfig out;
    out.phoneId = phone.id;
    out.name = phone.name;
    out.mac = phone.hardwareId;
    out.modelId = model->id;
    out.renderer = model->renderer;
    out.deviceSecret = *secret;
    out.files = ConfigRenderer::render(input);
    out.hash = ConfigRenderer::hash(out.files);
    out.dynamicReload = input.config.value(QStringLiteral("general.dynamicReload")).toBool();
    out.firmwareVersion = input.firmware.version;
    return std::optional<PhoneConfig>(std::move(out));
}

Result<std::optional<PhoneConfig>> ConfigService::render(Id phoneId)
{
    auto lookups = loadLookups();
    if (!lookups)
        return lookups.error();
    auto phone = m_storage.phones().get(phoneId);
    if (!phone)
        return phone.error();
    return renderWith(*phone, **lookups);
}

Result<QList<PhoneConfig>> ConfigService::renderAll(bool keepFiles)
{
    return renderMany({}, keepFiles);
}

Result<QList<PhoneConfig>> ConfigService::renderMany(const QList<Id> &ids, bool keepFiles)
{
    auto lookups = loadLookups();
    if (!lookups)
        return lookups.error();
    auto bases = m_storage.baseSettings().list();
    if (!bases)
        return bases.error();
    for (const BaseSettingsSummary &b : *bases)
        (*lookups)->baseSettings.insert(b.settings.id, b.settings);

    // Per batch as the query hands it over: layering reads the lookups (this thread), rendering is
    // pure and runs on every core. Layered settings (and, without keepFiles, files) never exist for
    // every phone at once.
    struct Job
    {
        RenderInput input;
        PhoneConfig config;
    };
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 8);
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    QList<PhoneConfig> out;
    std::vector<Job> jobs;
    auto renderBatch = [&](QList<ProvisioningInput> &inputs) -> Result<void> {
        jobs.clear();
        jobs.reserve(size_t(inputs.size()));
        for (const ProvisioningInput &in : std::as_const(inputs)) {
            const auto bs = (*lookups)->baseSettings.constFind(in.phone.baseSettingsId);
            if (bs == (*lookups)->baseSettings.constEnd())
                continue;
            const PhoneModel *model = ModelCatalog::builtin().find(bs->modelId);
            if (!model || !ConfigRenderer::supports(model->renderer))
                continue;
            const Site site = (*lookups)->sites.value(in.phone.siteId);
            std::optional<User> user;
            if (in.phone.userId != 0 && (*lookups)->users.contains(in.phone.userId))
                user = (*lookups)->users.value(in.phone.userId);
            Job job;
            job.input = RenderInput {computeEffectiveConfig(*model, *bs, site, in.phone, user),
                                     in.deviceSecret, provisioningUrl(site)};
            job.input.firmware = libraryFirmware(job.input, **lookups);
            job.config.phoneId = in.phone.id;
            job.config.name = in.phone.name;
            job.config.mac = in.phone.hardwareId;
            job.config.modelId = model->id;
            job.config.renderer = model->renderer;
            job.config.deviceSecret = in.deviceSecret;
            job.config.dynamicReload =
                job.input.config.value(QStringLiteral("general.dynamicReload")).toBool();
            job.config.firmwareVersion = job.input.firmware.version;
            jobs.push_back(std::move(job));
        }
        inputs.clear();
        const qsizetype count = qsizetype(jobs.size());
        const qsizetype chunk = std::max<qsizetype>(256, (count + threads - 1) / threads);
        for (qsizetype begin = 0; begin < count; begin += chunk) {
            const qsizetype end = std::min(count, begin + chunk);
            pool.start([&jobs, begin, end, keepFiles] {
                for (qsizetype i = begin; i < end; ++i) {
                    Job &job = jobs[size_t(i)];
                    job.config.files = ConfigRenderer::render(job.input);
                    job.config.hash = ConfigRenderer::hash(job.config.files);
                    if (!keepFiles) { // hash and identity only
                        job.config.files.clear();
                        job.config.name.clear();
                        job.config.deviceSecret.clear();
                    }
                    job.input = {}; // done with the layered settings
                }
            });
        }
        pool.waitForDone();
        for (Job &job : jobs)
            out.append(std::move(job.config));
        return {};
    };
    if (auto r = ProvisioningInputs::managedPhonesInBatches(m_storage, ids, 8192, renderBatch); !r)
        return r.error();
    return out;
}

Result<ConfigPreview> ConfigService::preview(Id phoneId)
{
    auto lookups = loadLookups();
    if (!lookups)
        return lookups.error();
    auto phone = m_storage.phones().get(phoneId);
    if (!phone)
        return phone.error();
    ConfigPreview preview;
    auto bs = m_storage.baseSettings().get(phone->baseSettingsId);
    if (!bs)
        return bs.error();
    const PhoneModel *model = ModelCatalog::builtin().find(bs->modelId);
    if (!model) {
        preview.message =
            QCoreApplication::translate("PhoneDesk::ConfigService",
                                        "The model \"%1\" of base settings \"%2\" is not in the catalog.")
                .arg(bs->modelId, bs->name);
        return preview;
    }
    switch (phone->category) {
    case PhoneCategory::Managed: {
        if (phone->hardwareId.isEmpty()) {
            preview.message = QCoreApplication::translate(
                                  "PhoneDesk::ConfigService",
                                  "Phone \"%1\" has no MAC address yet, so it cannot fetch a configuration.")
                                  .arg(phone->name);
            return preview;
        }
        if (!ConfigRenderer::supports(model->renderer)) {
            preview.message = QCoreApplication::translate("PhoneDesk::ConfigService",
                                                          "The %1 is not provisioned by PhoneDesk.")
                                  .arg(model->displayName);
            return preview;
        }
        auto config = renderWith(*phone, **lookups);
        if (!config)
            return config.error();
        preview.kind = ConfigPreview::Kind::Files;
        preview.files = (*config)->files;
        return preview;
    }
    case PhoneCategory::Unmanaged: {
        auto secret = m_storage.phones().deviceSecret(phone->id);
        if (!secret)
            return secret.error();
        std::optional<User> user;
        if (phone->userId != 0 && (*lookups)->users.contains(phone->userId))
            user = (*lookups)->users.value(phone->userId);
        const Site site = (*lookups)->sites.value(phone->siteId);
        RenderInput input {computeEffectiveConfig(*model, *bs, site, *phone, user), *secret,
                           provisioningUrl(site)};
        preview.kind = ConfigPreview::Kind::Registration;
        RenderedText text = ConfigRenderer::registrationText(input);
        preview.registrationText = std::move(text.text);
        preview.registrationSecrets = std::move(text.secrets);
        return preview;
    }
    case PhoneCategory::WebRtc:
    case PhoneCategory::Remote:
        preview.message =
            QCoreApplication::translate("PhoneDesk::ConfigService",
                                        "%1 phones are not provisioned: there is no file to show.")
                .arg(displayName(phone->category));
        return preview;
    }
    return preview;
}

Result<QHash<Id, QString>> ConfigService::currentHashes()
{
    if (!m_hashesValid) {
        auto all = renderAll(/*keepFiles*/ false); // hashes only
        if (!all)
            return all.error();
        m_hashes.clear();
        for (const PhoneConfig &c : *all)
            m_hashes.insert(c.phoneId, c.hash);
        m_hashesValid = true;
    }
    return m_hashes;
}

void ConfigService::seedHashes(const QList<PhoneConfig> &configs)
{
    m_hashes.clear();
    m_firmware.clear();
    for (const PhoneConfig &c : configs) {
        m_hashes.insert(c.phoneId, c.hash);
        if (!c.firmwareVersion.isEmpty())
            m_firmware.insert(c.phoneId, c.firmwareVersion);
    }
    m_hashesValid = true;
}

QSet<Id> ConfigService::outOfDate(const QHash<Id, QString> &served, const QHash<Id, QString> &current)
{
    // Never fetched (no served hash): nothing was served that could be out of date. No longer
    // provisioned (deleted, another category, no MAC; no current hash): nothing is pending either.
    QSet<Id> pending;
    for (auto it = served.cbegin(); it != served.cend(); ++it) {
        const auto now = current.constFind(it.key());
        if (!it.value().isEmpty() && now != current.cend() && *now != it.value())
            pending.insert(it.key());
    }
    return pending;
}

Result<QSet<Id>> ConfigService::pendingPhoneIds()
{
    auto hashes = currentHashes();
    if (!hashes)
        return hashes.error();
    auto status = m_storage.status().all();
    if (!status)
        return status.error();
    QHash<Id, QString> served;
    served.reserve(status->size());
    for (auto it = status->constBegin(); it != status->constEnd(); ++it)
        served.insert(it.key(), it->lastFetch.configHash);
    return outOfDate(served, *hashes);
}

void ConfigService::refreshHashes(const QList<Id> &onlyIds)
{
    if (!m_hashesValid)
        return; // nothing cached yet; the next currentHashes() computes everything
    QList<PhoneConfig> configs;
    QSet<Id> considered;
    if (onlyIds.isEmpty()) {
        auto all = renderAll();
        if (!all) {
            m_hashesValid = false;
            return;
        }
        configs = *all;
        for (auto it = m_hashes.constBegin(); it != m_hashes.constEnd(); ++it)
            considered.insert(it.key());
    } else {
        for (Id id : onlyIds)
            considered.insert(id);
        auto some = renderMany(onlyIds);
        if (!some) {
            m_hashesValid = false;
            return;
        }
        configs = *some;
    }
    QList<Id> changed;
    QList<Id> removed;
    QList<PhoneConfig> changedConfigs;
    QHash<Id, QString> fresh;
    for (const PhoneConfig &c : configs) {
        fresh.insert(c.phoneId, c.hash);
        if (m_hashes.value(c.phoneId) != c.hash) {
            changed.append(c.phoneId);
            changedConfigs.append(c);
        }
    }
    for (Id id : considered) {
        if (!fresh.contains(id) && m_hashes.remove(id) > 0)
            removed.append(id);
        if (!fresh.contains(id))
            m_firmware.remove(id);
    }
    for (auto it = fresh.constBegin(); it != fresh.constEnd(); ++it)
        m_hashes.insert(it.key(), it.value());
    if (!changedConfigs.isEmpty() || !removed.isEmpty())
        emit phonesRendered(changedConfigs, removed);
    if (changed.isEmpty())
        return;
    emit configurationsChanged(changed);

    // Dynamic reload is a base setting: resync only the phones whose effective value says so, and
    // every phone told to run other firmware (a rollout's turn must not wait for the next resync).
    QList<Id> resync;
    for (const PhoneConfig &c : std::as_const(changedConfigs)) {
        const bool firmwareMoved = m_firmware.value(c.phoneId) != c.firmwareVersion;
        if (c.firmwareVersion.isEmpty())
            m_firmware.remove(c.phoneId);
        else
            m_firmware.insert(c.phoneId, c.firmwareVersion);
        if (c.dynamicReload || firmwareMoved)
            resync.append(c.phoneId);
    }
    if (!resync.isEmpty())
        emit resyncRequested(resync);
}

void ConfigService::onChange(const ChangeEvent &event)
{
    switch (event.entity) {
    case ChangeEvent::Entity::Firmware:
        // An image added or removed changes the files of the phones whose version names it.
        refreshHashes({});
        break;
    case ChangeEvent::Entity::Rollout:
        // Phones held at a firmware version or let go; a pause or a resume names none.
        if (!event.ids.isEmpty())
            refreshHashes(event.ids);
        break;
    case ChangeEvent::Entity::Phone:
        if (event.kind == ChangeEvent::Kind::Reset)
            refreshHashes({});
        else
            refreshHashes(event.ids);
        break;
    case ChangeEvent::Entity::BaseSettings:
    case ChangeEvent::Entity::Site:
    case ChangeEvent::Entity::User: {
        if (!m_hashesValid)
            break;
        // Only the phones that use what changed.
        auto rows = m_storage.phones().list();
        if (!rows || event.kind == ChangeEvent::Kind::Reset || event.ids.isEmpty()) {
            refreshHashes({});
            break;
        }
        QList<Id> affected;
        for (const PhoneRow &row : *rows) {
            const Id ref = event.entity == ChangeEvent::Entity::BaseSettings ? row.baseSettingsId
                : event.entity == ChangeEvent::Entity::Site                  ? row.siteId
                                                                             : row.userId;
            if (ref != 0 && event.ids.contains(ref) && m_hashes.contains(row.id))
                affected.append(row.id);
        }
        if (!affected.isEmpty())
            refreshHashes(affected);
        break;
    }
    default:
        break;
    }
}

} // namespace PhoneDesk
