#pragma once

// The provisioning quarantine in the console: unknown MACs that asked for a configuration, with a
// Claim action that creates the phone (name, base settings, site) and a Remove action, and how
// many entries gave way to newer ones (the quarantine is bounded per address and in all).

#include "quarantinerepository.h"

#include <QAbstractTableModel>
#include <QWidget>

class QTableView;
class QLabel;
class QPushButton;

namespace PhoneDesk {

class Storage;
struct ChangeEvent;

class QuarantineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuarantineModel)

public:
    enum Column { Mac, Model, Address, UserAgent, FirstSeen, LastSeen, Requests, ColumnCount };

    explicit QuarantineModel(QObject *parent = nullptr);
    void setEntries(QList<QuarantineEntry> entries);
    const QuarantineEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<QuarantineEntry> m_entries;
};

class QuarantineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuarantineView)

public:
    explicit QuarantineView(Storage &storage, QWidget *parent = nullptr);

    void refresh();
    // Creates a Managed phone for the entry at `row` and removes it from the quarantine. The
    // dialog asks for name, base settings and site unless `name`/`baseSettingsId`/`siteId` are given
    // (tests and scripted use). Returns the new phone's id, or 0 (the error is shown).
    Id claim(int row, const QString &name = {}, Id baseSettingsId = 0, Id siteId = 0);

    QuarantineModel *model() const { return m_model; }
    // What the view says about dropped entries; empty while none was dropped.
    QString dropsText() const;

signals:
    void phoneClaimed(PhoneDesk::Id phoneId);

private:
    void onChange(const ChangeEvent &event);
    void claimSelected();
    void removeSelected();
    int selectedRow() const;

    Storage &m_storage;
    QuarantineModel *m_model;
    QTableView *m_view;
    QPushButton *m_claim;
    QPushButton *m_remove;
    QLabel *m_error;
    QLabel *m_drops;
};

} // namespace PhoneDesk
