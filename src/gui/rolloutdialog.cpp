#include "rolloutdialog.h"

#include "basesettingsrepository.h"
#include "changefeed.h"
#include "firmwarerepository.h"
#include "modelcatalog.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "statecolors.h"
#include "storage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PhoneDesk {

namespace {
QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

// ---------------------------------------------------------------- new rollout

NewRolloutDialog::NewRolloutDialog(Storage &storage, const QList<Id> &selectedPhones, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_selectedPhones(selectedPhones)
{
    setObjectName(QStringLiteral("newRolloutDialog"));
    setWindowTitle(tr("New Firmware Rollout"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileBox"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetBox"));
    form->addRow(tr("&Base settings:"), m_profile);
    form->addRow(tr("&Target version:"), m_target);

    // The selection counts as a scope only when every selected phone uses one profile.
    QSet<Id> profiles;
    if (auto phones = m_storage.phones().getMany(selectedPhones)) {
        for (const Phone &p : std::as_const(*phones))
            profiles.insert(p.baseSettingsId);
        if (profiles.size() == 1 && !phones->isEmpty())
            m_selectionProfile = *profiles.cbegin();
    }
    if (auto bases = m_storage.baseSettings().list()) {
        for (const BaseSettingsSummary &b : std::as_const(*bases))
            m_profile->addItem(tr("%1 (%n phone(s))", nullptr, b.phoneCount).arg(b.settings.name),
                               b.settings.id);
    }
    if (m_selectionProfile)
        m_profile->setCurrentIndex(std::max(0, m_profile->findData(m_selectionProfile)));

    auto *scope = new QGroupBox(tr("Phones"), this);
    auto *scopeLayout = new QVBoxLayout(scope);
    m_all = new QRadioButton(tr("&All phones of these base settings"), scope);
    m_sites = new QRadioButton(tr("Phones at these &sites:"), scope);
    m_siteList = new QListWidget(scope);
    m_siteList->setObjectName(QStringLiteral("siteList"));
    m_siteList->setMaximumHeight(110);
    if (auto sites = m_storage.sites().list()) {
        for (const Site &site : std::as_const(*sites)) {
            auto *item = new QListWidgetItem(site.name, m_siteList);
            item->setData(Qt::UserRole, site.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    auto *percentRow = new QHBoxLayout;
    m_percent = new QRadioButton(tr("A &share of them:"), scope);
    m_percentBox = new QSpinBox(scope);
    m_percentBox->setObjectName(QStringLiteral("percentBox"));
    m_percentBox->setRange(1, 100);
    m_percentBox->setValue(10);
    m_percentBox->setSuffix(tr(" %"));
    percentRow->addWidget(m_percent);
    percentRow->addWidget(m_percentBox);
    percentRow->addStretch();
    m_selection = new QRadioButton(
        tr("The %n phone(s) selected in the Phones tab", nullptr, int(selectedPhones.size())), scope);
    m_selection->setEnabled(m_selectionProfile != 0);
    scopeLayout->addWidget(m_all);
    scopeLayout->addWidget(m_sites);
    scopeLayout->addWidget(m_siteList);
    scopeLayout->addLayout(percentRow);
    scopeLayout->addWidget(m_selection);
    (m_selectionProfile ? m_selection : m_all)->setChecked(true);
    layout->addLayout(form);
    layout->addWidget(scope);

    auto *limits = new QFormLayout;
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("limitBox"));
    m_limit->setRange(1, 10000);
    m_limit->setValue(10);
    limits->addRow(tr("&Updating at once, at most:"), m_limit);
    auto *windowRow = new QHBoxLayout;
    m_window = new QCheckBox(tr("&Only between"), this);
    m_windowStart = new QTimeEdit(QTime(22, 0), this);
    m_windowEnd = new QTimeEdit(QTime(6, 0), this);
    m_windowStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_windowEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    windowRow->addWidget(m_window);
    windowRow->addWidget(m_windowStart);
    windowRow->addWidget(new QLabel(tr("and"), this));
    windowRow->addWidget(m_windowEnd);
    windowRow->addWidget(new QLabel(tr("(server time)"), this));
    windowRow->addStretch();
    limits->addRow(tr("Time window:"), windowRow);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 10080);
    m_timeout->setValue(60);
    m_timeout->setSuffix(tr(" min"));
    limits->addRow(tr("A phone not back on the target &within:"), m_timeout);
    layout->addLayout(limits);

    auto *note = new StateLabel(MessageState::Help, this);
    note->setWordWrap(true);
    note->setText(tr("Starting sets the base settings' firmware version to the target. Phones outside the "
                     "rollout keep the version they were told until another rollout moves them."));
    layout->addWidget(note);
    m_error = new StateLabel(MessageState::Error, this);
    m_error->setObjectName(QStringLiteral("rolloutError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start Rollout"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewRolloutDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewRolloutDialog::reject);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        fillTargets();
        updateEnabled();
    });
    for (QAbstractButton *b :
         {static_cast<QAbstractButton *>(m_all), static_cast<QAbstractButton *>(m_sites),
          static_cast<QAbstractButton *>(m_percent), static_cast<QAbstractButton *>(m_selection),
          static_cast<QAbstractButton *>(m_window)})
        connect(b, &QAbstractButton::toggled, this, &NewRolloutDialog::updateEnabled);
    fillTargets();
    updateEnabled();
}

NewRolloutDialog::~NewRolloutDialog() = default;

void NewRolloutDialog::fillTargets()
{
    m_target->clear();
    auto profile = m_storage.baseSettings().get(m_profile->currentData().toLongLong());
    auto library = FirmwareRepository(m_storage).list();
    if (!profile || !library)
        return;
    const QString current = profile->values.value(QStringLiteral("provisioning.firmwareVersion")).toString();
    for (const FirmwareImage &image : Firmware::choicesFor(*library, profile->modelId)) {
        m_target->addItem(image.version == current
                              ? tr("%1 (what the base settings name now)").arg(image.version)
                              : image.version,
                          image.version);
    }
}

void NewRolloutDialog::updateEnabled()
{
    m_siteList->setEnabled(m_sites->isChecked());
    m_percentBox->setEnabled(m_percent->isChecked());
    m_windowStart->setEnabled(m_window->isChecked());
    m_windowEnd->setEnabled(m_window->isChecked());
    const bool selectionFits =
        m_selectionProfile != 0 && m_profile->currentData().toLongLong() == m_selectionProfile;
    m_selection->setEnabled(selectionFits);
    if (!selectionFits && m_selection->isChecked())
        m_all->setChecked(true);
}

RolloutRequest NewRolloutDialog::request() const
{
    RolloutRequest r;
    r.baseSettingsId = m_profile->currentData().toLongLong();
    r.targetVersion = m_target->currentData().toString();
    r.scope = m_sites->isChecked() ? RolloutScope::Sites
        : m_percent->isChecked()   ? RolloutScope::Percent
        : m_selection->isChecked() ? RolloutScope::Selection
                                   : RolloutScope::All;
    for (int i = 0; i < m_siteList->count(); ++i) {
        if (m_siteList->item(i)->checkState() == Qt::Checked)
            r.siteIds.append(m_siteList->item(i)->data(Qt::UserRole).toLongLong());
    }
    r.percent = m_percentBox->value();
    r.phoneIds = m_selectedPhones;
    r.maxUpdating = m_limit->value();
    if (m_window->isChecked()) {
        const QTime start = m_windowStart->time();
        const QTime end = m_windowEnd->time();
        r.window = RolloutWindow {start.hour() * 60 + start.minute(), end.hour() * 60 + end.minute()};
    }
    r.timeoutMinutes = m_timeout->value();
    return r;
}

bool NewRolloutDialog::startRollout()
{
    auto started = RolloutRepository(m_storage).start(request());
    if (!started) {
        m_error->setText(started.error().fullText());
        m_error->setVisible(true);
        return false;
    }
    m_started = *started;
    return true;
}

void NewRolloutDialog::accept()
{
    if (startRollout())
        QDialog::accept();
}

// ---------------------------------------------------------------- the list

RolloutDialog::RolloutDialog(Storage &storage, const QList<Id> &selectedPhones, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_selectedPhones(selectedPhones)
{
    setObjectName(QStringLiteral("rolloutDialog"));
    setWindowTitle(tr("Firmware Rollouts"));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("rolloutList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("#"), tr("Base settings"), tr("Version"), tr("Phones"), tr("At once"),
                             tr("Window"), tr("State"), tr("Progress"), tr("Started by")});
    m_phones = new QTreeWidget(splitter);
    m_phones->setObjectName(QStringLiteral("rolloutPhones"));
    m_phones->setRootIsDecorated(false);
    m_phones->setHeaderLabels(
        {tr("Phone"), tr("State"), tr("Ran before"), tr("Turn"), tr("Finished"), tr("Detail")});
    layout->addWidget(splitter, 1);
    m_message = new StateLabel(MessageState::Error, this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New Rollout…"), this);
    m_pause = new QPushButton(tr("&Pause"), this);
    m_resume = new QPushButton(tr("&Resume"), this);
    m_rollBack = new QPushButton(tr("Roll &Back"), this);
    m_rollBack->setToolTip(tr("Stop this rollout and move the phones it moved back to the earlier version"));
    auto *close = new QPushButton(tr("Close"), this);
    for (QPushButton *b : {m_new, m_pause, m_resume, m_rollBack})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, &RolloutDialog::newRollout);
    connect(m_pause, &QPushButton::clicked, this, &RolloutDialog::pauseRollout);
    connect(m_resume, &QPushButton::clicked, this, &RolloutDialog::resumeRollout);
    connect(m_rollBack, &QPushButton::clicked, this, &RolloutDialog::rollBackRollout);
    connect(close, &QPushButton::clicked, this, &RolloutDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        fillPhones();
        updateButtons();
    });
    connect(ChangeFeed::instance(), &ChangeFeed::changed, this, &RolloutDialog::onChange);
    reload();
}

RolloutDialog::~RolloutDialog() = default;

bool RolloutDialog::reload()
{
    const Id keep = currentRolloutId();
    auto rollouts = RolloutRepository(m_storage).list();
    if (!rollouts) {
        m_message->setText(rollouts.error().fullText());
        m_message->setVisible(true);
        return false;
    }
    m_rollouts = *rollouts;
    m_list->clear();
    for (const FirmwareRollout &r : std::as_const(m_rollouts)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, r.id);
        item->setText(0, QString::number(r.id));
        item->setText(1, r.baseSettingsName);
        item->setText(2,
                      r.fromVersion.isEmpty() ? tr("→ %1").arg(r.targetVersion)
                                              : tr("%1 → %2").arg(r.fromVersion, r.targetVersion));
        QString scope;
        switch (r.scope) {
        case RolloutScope::All:
            scope = tr("all (%1)").arg(r.phones());
            break;
        case RolloutScope::Sites:
            scope = tr("%1 at %2").arg(r.phones()).arg(r.scopeDetail);
            break;
        case RolloutScope::Percent:
            scope = tr("%1 (%2)").arg(r.phones()).arg(r.scopeDetail);
            break;
        case RolloutScope::Selection:
            scope = r.replacesId ? tr("%1, rolling back #%2").arg(r.phones()).arg(r.replacesId)
                                 : tr("%1 selected").arg(r.phones());
            break;
        }
        item->setText(3, scope);
        item->setText(4, QString::number(r.maxUpdating));
        item->setText(5, r.window ? r.window->toText() : tr("any time"));
        item->setText(6, displayName(r.state));
        item->setText(7,
                      tr("%1 waiting, %2 updating, %3 up to date, %4 failed")
                          .arg(r.waiting)
                          .arg(r.updating)
                          .arg(r.updated)
                          .arg(r.failed));
        item->setText(8, r.createdBy + u' ' + timeText(r.createdAt));
    }
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    m_message->setVisible(false);
    if (keep)
        selectRollout(keep);
    else if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    fillPhones();
    updateButtons();
    return true;
}

Id RolloutDialog::currentRolloutId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void RolloutDialog::selectRollout(Id id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

void RolloutDialog::fillPhones()
{
    m_phones->clear();
    const Id id = currentRolloutId();
    if (!id)
        return;
    auto phones = RolloutRepository(m_storage).phones(id);
    if (!phones) {
        m_message->setText(phones.error().fullText());
        m_message->setVisible(true);
        return;
    }
    for (const RolloutPhone &p : std::as_const(*phones)) {
        auto *item = new QTreeWidgetItem(m_phones);
        item->setData(0, Qt::UserRole, p.phoneId);
        item->setText(0, p.phoneName);
        item->setText(1, displayName(p.state));
        item->setText(2, p.runningBefore);
        item->setText(3, timeText(p.startedAt));
        item->setText(4, timeText(p.finishedAt));
        item->setText(5, p.detail);
        if (p.state == RolloutPhoneState::Failed)
            item->setForeground(1, StateColors::foreground(MessageState::Error, palette()));
    }
    for (int c = 0; c < m_phones->columnCount(); ++c)
        m_phones->resizeColumnToContents(c);
}

void RolloutDialog::updateButtons()
{
    const bool admin = roleAllows(m_storage.role(), Permission::Administer);
    const Id id = currentRolloutId();
    const FirmwareRollout *r = nullptr;
    for (const FirmwareRollout &candidate : std::as_const(m_rollouts)) {
        if (candidate.id == id)
            r = &candidate;
    }
    m_new->setEnabled(admin);
    m_pause->setEnabled(admin && r && r->state == RolloutState::Running);
    m_resume->setEnabled(admin && r && r->state == RolloutState::Paused);
    m_rollBack->setEnabled(admin && r && !r->fromVersion.isEmpty() && r->state != RolloutState::Stopped);
    if (!admin)
        m_new->setToolTip(tr("Only Administrators start, pause and roll back rollouts."));
}

void RolloutDialog::report(const Result<void> &result)
{
    if (!result) {
        m_message->setText(result.error().fullText());
        m_message->setVisible(true);
        return;
    }
    reload();
}

void RolloutDialog::newRollout()
{
    NewRolloutDialog dialog(m_storage, m_selectedPhones, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectRollout(dialog.started().id);
}

void RolloutDialog::pauseRollout()
{
    report(RolloutRepository(m_storage).pause(currentRolloutId()));
}

void RolloutDialog::resumeRollout()
{
    report(RolloutRepository(m_storage).resume(currentRolloutId()));
}

void RolloutDialog::rollBackRollout()
{
    auto back = RolloutRepository(m_storage).rollBack(currentRolloutId());
    if (!back) {
        report(back.error());
        return;
    }
    reload();
    selectRollout(back->id);
}

void RolloutDialog::onChange(const ChangeEvent &event)
{
    if (event.entity == ChangeEvent::Entity::Rollout || event.entity == ChangeEvent::Entity::BaseSettings)
        reload();
}

} // namespace PhoneDesk
