#include "recordtablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace PhoneDesk {

RecordTableModel::RecordTableModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{ }

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record &r = m_records.at(index.row());
    const QVariant value = r.values.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (value.typeId() == QMetaType::QDateTime)
            return QLocale().toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
        return value;
    case Qt::ToolTipRole:
        return r.toolTip.isEmpty() ? value : QVariant(r.toolTip);
    case Qt::UserRole:
        return value;
    case IdRole:
        return r.id;
    case Qt::TextAlignmentRole:
        if (value.typeId() == QMetaType::Int)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RecordTableModel::setRecords(QList<Record> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int RecordTableModel::rowOf(Id id) const
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id)
            return int(i);
    }
    return -1;
}

} // namespace PhoneDesk
