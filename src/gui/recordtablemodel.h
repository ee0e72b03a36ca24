#pragma once

// A small read-only table of records (sites, users, base settings profiles, audit entries):
// one id and one display value per column per row. Replaced as a whole when the list reloads.

#include "entities.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariantList>

namespace PhoneDesk {

class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    enum Role { IdRole = Qt::UserRole + 1 };

    struct Record
    {
        Id id = 0;
        QVariantList values; // one per column; sorts by the raw value, displays its text
        QString toolTip;
    };

    explicit RecordTableModel(QStringList headers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecords(QList<Record> records);
    const Record &record(int row) const { return m_records.at(row); }
    int rowOf(Id id) const;

private:
    QStringList m_headers;
    QList<Record> m_records;
};

} // namespace PhoneDesk
