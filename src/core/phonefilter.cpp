#include "phonefilter.h"

namespace PhoneDesk {

namespace {
template<typename T> bool assign(T &member, const T &value)
{
    if (member == value)
        return false;
    member = value;
    return true;
}
} // namespace

bool PhoneFilter::setNameFilter(const QString &text)
{
    return assign(m_name, text.trimmed());
}

bool PhoneFilter::setSite(std::optional<Id> siteId)
{
    return assign(m_site, siteId);
}

bool PhoneFilter::setBaseSettings(std::optional<Id> baseSettingsId)
{
    return assign(m_baseSettings, baseSettingsId);
}

bool PhoneFilter::setStatuses(const QSet<PhoneStatus> &statuses)
{
    return assign(m_statuses, statuses);
}

bool PhoneFilter::setCategory(std::optional<PhoneCategory> category)
{
    return assign(m_category, category);
}

bool PhoneFilter::setModel(const QString &modelId)
{
    return assign(m_model, modelId);
}

bool PhoneFilter::clear()
{
    return assign(*this, PhoneFilter());
}

bool PhoneFilter::isEmpty() const
{
    return *this == PhoneFilter();
}

bool PhoneFilter::matchesIgnoringStatus(const PhoneRow &row) const
{
    if (m_site && row.siteId != *m_site)
        return false;
    if (m_baseSettings && row.baseSettingsId != *m_baseSettings)
        return false;
    if (m_category && row.category != *m_category)
        return false;
    if (!m_model.isEmpty() && row.modelId != m_model)
        return false;
    if (!m_name.isEmpty() && !row.name.contains(m_name, Qt::CaseInsensitive) &&
        !row.hardwareId.contains(m_name, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace PhoneDesk
