#include "modelcatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PhoneDesk {

namespace {

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

// A model's object inherits every key it does not set from its family's object.
QJsonObject merged(const QJsonObject &family, const QJsonObject &model)
{
    QJsonObject out = family;
    for (auto it = model.begin(); it != model.end(); ++it) {
        if (it.key() == QLatin1String("defaults") && out.contains(it.key())) {
            QJsonObject defaults = out.value(it.key()).toObject();
            const QJsonObject own = it.value().toObject();
            for (auto d = own.begin(); d != own.end(); ++d)
                defaults.insert(d.key(), d.value());
            out.insert(it.key(), defaults);
        } else {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}
} // namespace

bool PhoneModel::has(Capability capability) const
{
    switch (capability) {
    case Capability::Media:
        return !categories.contains(PhoneCategory::Remote);
    case Capability::Sip:
        return categories.contains(PhoneCategory::Managed) || categories.contains(PhoneCategory::Unmanaged);
    case Capability::Provisions:
        return categories.contains(PhoneCategory::Managed) && !renderer.isEmpty();
    case Capability::Held:
        return held;
    }
    return false;
}

const ModelCatalog &ModelCatalog::builtin()
{
    static const ModelCatalog catalog = [] {
        QFile file(QStringLiteral(":/phonedesk/catalog/models.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("PhoneDesk: the built-in model catalog resource is missing");
        auto result = fromJson(file.readAll());
        if (!result)
            qFatal("PhoneDesk: the built-in model catalog is invalid: %s",
                   qPrintable(result.error().fullText()));
        return std::move(result).value();
    }();
    return catalog;
}

Result<ModelCatalog> ModelCatalog::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return Error::make(
            Error::Code::Validation,
            QCoreApplication::translate("PhoneDesk::ModelCatalog", "The model catalog is not valid JSON: %1")
                .arg(parseError.errorString()));

    const QJsonObject root = doc.object();
    const QJsonObject families = root.value(QLatin1String("families")).toObject();
    ModelCatalog catalog;
    FieldErrors errors;

    const QJsonArray models = root.value(QLatin1String("models")).toArray();
    for (const QJsonValue &value : models) {
        const QJsonObject own = value.toObject();
        const QString familyKey = own.value(QLatin1String("family")).toString();
        const QJsonObject o = merged(families.value(familyKey).toObject(), own);

        PhoneModel m;
        m.id = o.value(QLatin1String("id")).toString();
        m.vendor = o.value(QLatin1String("vendor")).toString();
        m.family = o.value(QLatin1String("familyName")).toString(familyKey);
        m.familyId = familyKey;
        m.model = o.value(QLatin1String("model")).toString();
        m.displayName = o.value(QLatin1String("displayName")).toString();
        if (m.displayName.isEmpty())
            m.displayName = m.vendor.isEmpty() ? m.model : m.vendor + u' ' + m.model;
        m.maxLineKeys = o.value(QLatin1String("maxLineKeys")).toInt(1);
        m.held = o.value(QLatin1String("held")).toBool(false);
        m.cloudMediaCompatible = o.value(QLatin1String("cloudMedia")).toBool(true);
        m.renderer = o.value(QLatin1String("renderer")).toString();
        m.rebootEvent = o.value(QLatin1String("rebootEvent")).toString();
        m.resyncEvent = o.value(QLatin1String("resyncEvent")).toString();
        m.codecs = toStringList(o.value(QLatin1String("codecs")));
        m.userAgentTokens = toStringList(o.value(QLatin1String("userAgent")));
        m.defaults = o.value(QLatin1String("defaults")).toObject().toVariantMap();

        const QString where = m.id.isEmpty()
            ? QCoreApplication::translate("PhoneDesk::ModelCatalog", "model #%1")
                  .arg(catalog.m_models.size() + 1)
            : m.id;
        if (m.id.isEmpty() || m.model.isEmpty())
            errors.append({where,
                           QCoreApplication::translate("PhoneDesk::ModelCatalog",
                                                       "%1: every model needs an \"id\" and a \"model\" name")
                               .arg(where)});
        if (catalog.m_index.contains(m.id))
            errors.append(
                {where,
                 QCoreApplication::translate("PhoneDesk::ModelCatalog", "%1: the model id is listed twice")
                     .arg(where)});
        if (m.maxLineKeys < 0 || m.maxLineKeys > 200)
            errors.append({where,
                           QCoreApplication::translate("PhoneDesk::ModelCatalog",
                                                       "%1: maxLineKeys must be between 0 and 200")
                               .arg(where)});

        for (const QString &c : toStringList(o.value(QLatin1String("categories")))) {
            if (auto category = phoneCategoryFromKey(c))
                m.categories.append(*category);
            else
                errors.append(
                    {where,
                     QCoreApplication::translate("PhoneDesk::ModelCatalog", "%1: unknown category \"%2\"")
                         .arg(where, c)});
        }
        if (m.categories.isEmpty())
            errors.append(
                {where,
                 QCoreApplication::translate("PhoneDesk::ModelCatalog", "%1: at least one category is needed")
                     .arg(where)});

        const QString hw = o.value(QLatin1String("hardwareId")).toString(QStringLiteral("none"));
        if (auto type = hardwareIdTypeFromKey(hw))
            m.hardwareIdType = *type;
        else
            errors.append(
                {where,
                 QCoreApplication::translate("PhoneDesk::ModelCatalog", "%1: unknown hardwareId type \"%2\"")
                     .arg(where, hw)});

        const QString restart = o.value(QLatin1String("restart")).toString(QStringLiteral("none"));
        if (restart == QLatin1String("poly-rest"))
            m.restartChannel = RestartChannel::PolyRest;
        else if (restart == QLatin1String("sip-notify"))
            m.restartChannel = RestartChannel::SipNotify;
        else if (restart == QLatin1String("none"))
            m.restartChannel = RestartChannel::None;
        else
            errors.append(
                {where,
                 QCoreApplication::translate("PhoneDesk::ModelCatalog", "%1: unknown restart channel \"%2\"")
                     .arg(where, restart)});
        if (m.restartChannel != RestartChannel::None && m.resyncEvent.isEmpty())
            errors.append({where,
                           QCoreApplication::translate("PhoneDesk::ModelCatalog",
                                                       "%1: a model that can restart needs a resyncEvent")
                               .arg(where)});

        catalog.m_index.insert(m.id, catalog.m_models.size());
        catalog.m_models.append(std::move(m));
    }
    if (!errors.isEmpty())
        return Error::validation(errors);
    return catalog;
}

const PhoneModel *ModelCatalog::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_models.at(*it);
}

QList<const PhoneModel *> ModelCatalog::modelsFor(PhoneCategory category) const
{
    QList<const PhoneModel *> out;
    for (const PhoneModel &m : m_models) {
        if (m.supports(category))
            out.append(&m);
    }
    return out;
}

const PhoneModel *ModelCatalog::matchUserAgent(const QString &userAgent) const
{
    // Longest token wins so "VVX_450" beats "VVX_4".
    const PhoneModel *best = nullptr;
    qsizetype bestLength = 0;
    for (const PhoneModel &m : m_models) {
        for (const QString &token : m.userAgentTokens) {
            if (token.size() > bestLength && userAgent.contains(token, Qt::CaseInsensitive)) {
                best = &m;
                bestLength = token.size();
            }
        }
    }
    return best;
}

} // namespace PhoneDesk
