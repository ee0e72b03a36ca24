#pragma once

// The Activity tab: the audit log, newest first, filterable by time, actor, action and phone.

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTreeView;

namespace PhoneDesk {

class RecordTableModel;
class Storage;
struct ChangeEvent;

class ActivityPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPage)

public:
    explicit ActivityPage(Storage &storage, QWidget *parent = nullptr);

    RecordTableModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Shows the history of one phone (from the Phones tab).
    void showPhone(const QString &phoneName);
    // "Phone created" for "phone.create": the audit log's action keys as people read them; an
    // unknown key (a newer version's) is shown as it is.
    static QString actionText(const QString &action);

public slots:
    void reload();

private:
    void onChanged(const ChangeEvent &event);
    void showEvent(QShowEvent *event) override;

    Storage &m_storage;
    RecordTableModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_count = nullptr;
    QTimer m_reloadTimer;
    bool m_stale = false; // changed while hidden: reload when shown
};

} // namespace PhoneDesk
