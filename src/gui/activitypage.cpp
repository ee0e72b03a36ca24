#include "activitypage.h"

#include "auditrepository.h"
#include "flattreeview.h"
#include "recordtablemodel.h"
#include "storage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace PhoneDesk {

namespace {
constexpr int Limit = 2000;
} // namespace

ActivityPage::ActivityPage(Storage &storage, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
{
    setObjectName(QStringLiteral("activityPage"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QGridLayout;
    m_useFrom = new QCheckBox(tr("&From:"), this);
    m_useFrom->setObjectName(QStringLiteral("activityFromCheck"));
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this);
    m_from->setObjectName(QStringLiteral("activityFromEdit"));
    m_from->setCalendarPopup(true);
    m_useTo = new QCheckBox(tr("&To:"), this);
    m_useTo->setObjectName(QStringLiteral("activityToCheck"));
    m_to = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_to->setObjectName(QStringLiteral("activityToEdit"));
    m_to->setCalendarPopup(true);
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("activityActorCombo"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("activityActionCombo"));
    m_action->addItem(tr("Any action"), QString());
    m_action->addItem(tr("Phones"), QStringLiteral("phone."));
    m_action->addItem(tr("Phone status"), QStringLiteral("status."));
    m_action->addItem(tr("Base settings"), QStringLiteral("base-settings."));
    m_action->addItem(tr("Sites"), QStringLiteral("site."));
    m_action->addItem(tr("Users"), QStringLiteral("user."));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("activityPhoneEdit"));
    m_phone->setPlaceholderText(tr("Phone name"));
    m_phone->setClearButtonEnabled(true);
    filters->addWidget(m_useFrom, 0, 0);
    filters->addWidget(m_from, 0, 1);
    filters->addWidget(m_useTo, 0, 2);
    filters->addWidget(m_to, 0, 3);
    filters->addWidget(new QLabel(tr("Actor:"), this), 1, 0);
    filters->addWidget(m_actor, 1, 1);
    filters->addWidget(new QLabel(tr("Action:"), this), 1, 2);
    filters->addWidget(m_action, 1, 3);
    filters->addWidget(new QLabel(tr("Phone:"), this), 1, 4);
    filters->addWidget(m_phone, 1, 5);
    filters->setColumnStretch(5, 1);
    layout->addLayout(filters);

    m_model =
        new RecordTableModel({tr("Time"), tr("Actor"), tr("Action"), tr("Record"), tr("Details")}, this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    m_view = new FlatTreeView(this);
    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->header()->resizeSection(0, 140);
    m_view->header()->resizeSection(1, 120);
    m_view->header()->resizeSection(2, 170);
    m_view->header()->resizeSection(3, 180);
    layout->addWidget(m_view, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("activityCountLabel"));
    layout->addWidget(m_count);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(250);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ActivityPage::reload);
    auto later = [this] { m_reloadTimer.start(); };
    connect(m_useFrom, &QCheckBox::toggled, this, later);
    connect(m_useTo, &QCheckBox::toggled, this, later);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_actor, &QComboBox::currentIndexChanged, this, &ActivityPage::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &ActivityPage::reload);
    connect(m_phone, &QLineEdit::textChanged, this, later);
    connect(ChangeFeed::instance(), &ChangeFeed::changed, this, &ActivityPage::onChanged);
    reload();
}

void ActivityPage::onChanged(const ChangeEvent &event)
{
    if (event.entity != ChangeEvent::Entity::Audit && event.entity != ChangeEvent::Entity::Phone)
        return;
    // While another tab is shown (the status poller writes an audit entry per transition, tens of
    // thousands in a first sweep), only remember to reload: the query runs when the tab is opened.
    if (isVisible())
        m_reloadTimer.start();
    else
        m_stale = true;
}

void ActivityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ActivityPage::showPhone(const QString &phoneName)
{
    m_phone->setText(phoneName);
    reload();
}

void ActivityPage::reload()
{
    m_reloadTimer.stop();
    m_stale = false;
    // Keep the actor list current without losing the choice.
    const QString actor = m_actor->currentData().toString();
    if (auto actors = m_storage.audit().actors()) {
        const QSignalBlocker blocker(m_actor);
        m_actor->clear();
        m_actor->addItem(tr("Anyone"), QString());
        for (const QString &a : *actors)
            m_actor->addItem(a, a);
        m_actor->setCurrentIndex(std::max(0, m_actor->findData(actor)));
    }
    AuditQuery query;
    if (m_useFrom->isChecked())
        query.from = m_from->dateTime();
    if (m_useTo->isChecked())
        query.to = m_to->dateTime();
    query.actor = m_actor->currentData().toString();
    query.action = m_action->currentData().toString();
    if (!m_phone->text().trimmed().isEmpty()) {
        query.entityType = QStringLiteral("phone");
        query.text = m_phone->text().trimmed();
    }
    query.limit = Limit;
    auto entries = m_storage.audit().query(query);
    QList<RecordTableModel::Record> records;
    if (entries) {
        records.reserve(entries->size());
        for (const AuditEntry &e : *entries)
            records.append(
                {e.id, {e.time, e.actor, actionText(e.action), e.entityName, e.details}, e.action});
        m_count->setText(
            entries->size() >= Limit
                ? tr("Showing the newest %1 entries; narrow the filter to see older ones.").arg(Limit)
                : tr("%n entr(y/ies).", nullptr, int(entries->size())));
    } else {
        m_count->setText(entries.error().fullText());
    }
    m_model->setRecords(std::move(records));
}

QString ActivityPage::actionText(const QString &action)
{
    static const std::pair<const char *, const char *> phrases[] = {
        {"phone.create", QT_TR_NOOP("Phone created")},
        {"phone.update", QT_TR_NOOP("Phone changed")},
        {"phone.delete", QT_TR_NOOP("Phone deleted")},
        {"phone.import", QT_TR_NOOP("Phone imported")},
        {"phone.migrate-base-settings", QT_TR_NOOP("Phone moved to other base settings")},
        {"phone.logout", QT_TR_NOOP("User logged out of the phone")},
        {"phone.logout.resync", QT_TR_NOOP("User logged out, phone told to re-fetch")},
        {"phone.restart", QT_TR_NOOP("Phone restarted")},
        {"phone.resync", QT_TR_NOOP("Phone told to re-fetch its configuration")},
        {"phone.check", QT_TR_NOOP("Phone status checked")},
        {"phone.credentials.export", QT_TR_NOOP("Phone credentials exported")},
        {"status.change", QT_TR_NOOP("Phone status changed")},
        {"base-settings.create", QT_TR_NOOP("Base settings created")},
        {"base-settings.update", QT_TR_NOOP("Base settings changed")},
        {"base-settings.delete", QT_TR_NOOP("Base settings deleted")},
        {"site.create", QT_TR_NOOP("Site created")},
        {"site.update", QT_TR_NOOP("Site changed")},
        {"site.delete", QT_TR_NOOP("Site deleted")},
        {"user.create", QT_TR_NOOP("User created")},
        {"user.update", QT_TR_NOOP("User changed")},
        {"user.delete", QT_TR_NOOP("User deleted")},
        {"quarantine.remove", QT_TR_NOOP("Removed from the provisioning quarantine")},
        {"firmware.add", QT_TR_NOOP("Firmware added to the library")},
        {"firmware.remove", QT_TR_NOOP("Firmware removed from the library")},
        {"team.setup", QT_TR_NOOP("Team database set up")},
        {"team.add", QT_TR_NOOP("Team member added")},
        {"team.remove", QT_TR_NOOP("Team member removed")},
        {"team.set-password", QT_TR_NOOP("Team member's password changed")},
        {"team.set-role", QT_TR_NOOP("Team member's role changed")},
        {"team.set-sites", QT_TR_NOOP("Team member's sites changed")},
    };
    for (const auto &[key, phrase] : phrases) {
        if (action == QLatin1String(key))
            return tr(phrase);
    }
    return action;
}

} // namespace PhoneDesk
