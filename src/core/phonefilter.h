#pragma once

// The Phones tab filter as a plain value: typed setters that say whether anything changed, and
// one predicate used by the table's proxy model, the CLI and the counts per status.

#include "entities.h"

#include <QSet>
#include <QString>

#include <optional>

namespace PhoneDesk {

class PhoneFilter final
{
public:
    bool setNameFilter(const QString &text); // substring, case-insensitive; also matches hardware ID
    bool setSite(std::optional<Id> siteId);
    bool setBaseSettings(std::optional<Id> baseSettingsId);
    bool setStatuses(const QSet<PhoneStatus> &statuses); // empty = any
    bool setCategory(std::optional<PhoneCategory> category);
    bool setModel(const QString &modelId); // empty = any
    bool clear();

    const QString &nameFilter() const { return m_name; }
    std::optional<Id> site() const { return m_site; }
    std::optional<Id> baseSettings() const { return m_baseSettings; }
    const QSet<PhoneStatus> &statuses() const { return m_statuses; }
    std::optional<PhoneCategory> category() const { return m_category; }
    const QString &model() const { return m_model; }
    bool isEmpty() const;

    // Everything but the status criterion: used to count phones per status "for the current filter".
    bool matchesIgnoringStatus(const PhoneRow &row) const;
    bool matches(const PhoneRow &row) const
    {
        return (m_statuses.isEmpty() || m_statuses.contains(row.status)) && matchesIgnoringStatus(row);
    }

    bool operator==(const PhoneFilter &) const = default;

private:
    QString m_name;
    std::optional<Id> m_site;
    std::optional<Id> m_baseSettings;
    QSet<PhoneStatus> m_statuses;
    std::optional<PhoneCategory> m_category;
    QString m_model;
};

} // namespace PhoneDesk
