#include "mainwindow.h"

#include "activitypage.h"
#include "basesettingseditor.h"
#include "basesettingsrepository.h"
#include "connectiondialog.h"
#include "connectionguard.h"
#include "devicecontrol.h"
#include "filedialog.h"
#include "firmwaredialog.h"
#include "flattreeview.h"
#include "messagebox.h"
#include "migratedialog.h"
#include "modelcatalog.h"
#include "operationresultsdialog.h"
#include "pendingconfigwatcher.h"
#include "phoneeditor.h"
#include "phoneexport.h"
#include "phonefilterproxymodel.h"
#include "phonerepository.h"
#include "phonetablemodel.h"
#include "provisioningcontroller.h"
#include "provisioningsettingswidget.h"
#include "quarantineview.h"
#include "readonlyform.h"
#include "recordtablemodel.h"
#include "redirectioncontrol.h"
#include "redirectionsettingsdialog.h"
#include "rolloutdialog.h"
#include "sitedialog.h"
#include "siterepository.h"
#include "statecolors.h"
#include "statusicons.h"
#include "storage.h"
#include "teammembersdialog.h"
#include "userrepository.h"

#include "ui_mainwindow.h"

#if __has_include("import/importwizard.h")
#include "import/importwizard.h"
#define PHONEDESK_HAVE_IMPORT_WIZARD 1
#endif

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSslCertificate>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace PhoneDesk {

namespace {
enum Tab { PhonesTab, BaseSettingsTab, SitesTab, UsersTab, ActivityTab };

void setComboItems(QComboBox *combo, const QString &anyLabel,
                   const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyLabel, QVariant());
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    const int at = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(std::max(0, at));
}
} // namespace

MainWindow::MainWindow(Storage &storage, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_storage(storage)
{
    m_ui->setupUi(this);
    setWindowIcon(StatusIcons::appIcon());

    m_phoneModel = new PhoneTableModel(m_storage, this);
    m_phoneProxy = new PhoneFilterProxyModel(m_phoneModel, this);
    m_baseSettingsModel =
        new RecordTableModel({tr("Name"), tr("Model"), tr("Phones"), tr("Description")}, this);
    m_sitesModel = new RecordTableModel({tr("Name"), tr("Media"), tr("Primary SIP server"), tr("Time zone"),
                                         tr("E911 location"), tr("Phones")},
                                        this);
    m_usersModel = new RecordTableModel({tr("Name"), tr("Email"), tr("Extension")}, this);

    wireActions();

    m_tabs = m_ui->tabs;
    m_tabs->addTab(createPhonesPage(), tr("&Phones"));
    m_tabs->addTab(createListPage(QStringLiteral("baseSettings"),
                                  tr("Search base settings by name, model or description"),
                                  m_baseSettingsModel, &m_baseSettingsView,
                                  {action(QStringLiteral("actionNewBaseSettings")),
                                   action(QStringLiteral("actionDuplicateBaseSettings")),
                                   action(QStringLiteral("actionEditBaseSettings")),
                                   action(QStringLiteral("actionDeleteBaseSettings"))},
                                  action(QStringLiteral("actionEditBaseSettings"))),
                   tr("&Base Settings"));
    m_tabs->addTab(
        createListPage(QStringLiteral("sites"), tr("Search sites by name, server, time zone or location"),
                       m_sitesModel, &m_sitesView,
                       {action(QStringLiteral("actionNewSite")), action(QStringLiteral("actionEditSite")),
                        action(QStringLiteral("actionDeleteSite"))},
                       action(QStringLiteral("actionEditSite"))),
        tr("&Sites"));
    m_tabs->addTab(
        createListPage(QStringLiteral("users"), tr("Search users by name, email or extension"), m_usersModel,
                       &m_usersView,
                       {action(QStringLiteral("actionNewUser")), action(QStringLiteral("actionEditUser")),
                        action(QStringLiteral("actionDeleteUser"))},
                       action(QStringLiteral("actionEditUser"))),
        tr("&Users"));
    m_activity = new ActivityPage(m_storage, m_tabs);
    m_tabs->addTab(m_activity, tr("&Activity"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateSelectionActions);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("operationProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    m_operationDetails = new QAction(tr("Details…"), this);
    m_operationDetails->setObjectName(QStringLiteral("actionOperationDetails"));
    m_operationDetails->setVisible(false);
    connect(m_operationDetails, &QAction::triggered, this, &MainWindow::showOperationDetails);
    auto *details = new QToolButton(this);
    details->setObjectName(QStringLiteral("operationDetailsButton"));
    details->setDefaultAction(m_operationDetails);
    details->setAutoRaise(true);
    details->setVisible(false);
    connect(m_operationDetails, &QAction::changed, details,
            [this, details] { details->setVisible(m_operationDetails->isVisible()); });
    statusBar()->addPermanentWidget(details);
    m_provisioningLabel = new QLabel(this);
    m_provisioningLabel->setObjectName(QStringLiteral("provisioningLabel"));
    m_provisioningLabel->setVisible(false); // shown once a provisioning server is attached and on
    statusBar()->addPermanentWidget(m_provisioningLabel);
    m_connectionLabel = new QLabel(m_storage.spec().describe(), this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    // A team database that goes away: said in the status bar until it is back; the guard reconnects
    // and then publishes Reset events, which reload every view. Open forms keep what was typed.
    if (ConnectionGuard *guard = ConnectionGuard::of(m_storage)) {
        connect(guard, &ConnectionGuard::lost, this, &MainWindow::onDatabaseLost);
        connect(guard, &ConnectionGuard::restored, this, &MainWindow::onDatabaseRestored);
    }
    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    statusBar()->addPermanentWidget(m_roleLabel);

    connect(m_phoneModel, &PhoneTableModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_phoneProxy, &PhoneFilterProxyModel::statusCountsChanged, this, &MainWindow::updateCounts);
    connect(m_phoneProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_phoneProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_phoneProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_phoneProxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(ChangeFeed::instance(), &ChangeFeed::changed, this, &MainWindow::onChanged);

    reloadBaseSettings();
    reloadSites();
    reloadUsers();
    refreshFilterChoices();
    (void)m_phoneModel->reload();
    // "Configuration: Pending" per phone, worked out in the background and kept current. It renders
    // the phones' files, which hold their passwords: in a team database only for those who may read
    // device secrets (Administrators); the column stays empty for the others.
    m_pendingFilter->setVisible(m_storage.canReadSecrets()); // nothing is ever pending otherwise
    if (m_storage.canReadSecrets()) {
        m_pendingConfig = new PendingConfigWatcher(&m_storage, this);
        connect(m_pendingConfig, &PendingConfigWatcher::pendingChanged, m_phoneModel,
                &PhoneTableModel::setPendingConfiguration);
        connect(m_pendingConfig, &PendingConfigWatcher::failed, this, [this](const QString &message) {
            statusBar()->showMessage(tr("Configuration pending could not be worked out: %1").arg(message),
                                     10000);
        });
    }
    restoreLayout();
    applyRole();
    updateSelectionActions();
    updateCounts();
    updateDetails();
}

MainWindow::~MainWindow() = default;

void MainWindow::onDatabaseLost(const QString &reason)
{
    m_connectionLabel->setText(tr("Database connection lost — reconnecting…"));
    m_connectionLabel->setToolTip(tr("%1: %2").arg(m_storage.spec().describe(), reason));
    QPalette palette = m_connectionLabel->palette();
    palette.setColor(QPalette::WindowText,
                     StateColors::foreground(MessageState::Error, statusBar()->palette()));
    m_connectionLabel->setPalette(palette);
    statusBar()->showMessage(
        tr("The connection to the database was lost (%1). PhoneDesk reconnects by itself; "
           "open forms keep your changes.")
            .arg(reason));
}

void MainWindow::onDatabaseRestored(double seconds)
{
    m_connectionLabel->setText(m_storage.spec().describe());
    m_connectionLabel->setToolTip({});
    m_connectionLabel->setPalette(QPalette()); // inherited again
    statusBar()->showMessage(
        tr("The database connection is back (after %1 s).").arg(QLocale().toString(seconds, 'f', 1)), 10000);
}

QAction *MainWindow::action(const QString &objectName) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void MainWindow::wireActions()
{
    // A form holds fixed key sequences only; these follow the platform.
    const std::pair<QAction *, QKeySequence::StandardKey> standard[] = {
        {m_ui->actionQuit, QKeySequence::Quit},          {m_ui->actionAddPhone, QKeySequence::New},
        {m_ui->actionDeletePhone, QKeySequence::Delete}, {m_ui->actionFindPhone, QKeySequence::Find},
        {m_ui->actionRefresh, QKeySequence::Refresh},    {m_ui->actionUserGuide, QKeySequence::HelpContents},
    };
    for (const auto &[a, key] : standard)
        a->setShortcut(QKeySequence(key));
    const std::pair<QAction *, void (MainWindow::*)()> handlers[] = {
        {m_ui->actionConnect, &MainWindow::connectDatabase},
        {m_ui->actionImportCsv, &MainWindow::importCsv},
        {m_ui->actionExportCsv, &MainWindow::exportCsv},
        {m_ui->actionQuit, &MainWindow::quit},
        {m_ui->actionAddPhone, &MainWindow::addPhone},
        {m_ui->actionEditPhone, &MainWindow::editCurrentPhone},
        {m_ui->actionDeletePhone, &MainWindow::deletePhones},
        {m_ui->actionSetSite, &MainWindow::setSiteOfPhones},
        {m_ui->actionSetUser, &MainWindow::setUserOfPhones},
        {m_ui->actionRestart, &MainWindow::restartPhones},
        {m_ui->actionLogOut, &MainWindow::logOutPhones},
        {m_ui->actionCheckStatus, &MainWindow::checkStatus},
        {m_ui->actionOpenWebPage, &MainWindow::openPhoneWebPage},
        {m_ui->actionPinCertificate, &MainWindow::pinWebCertificate},
        {m_ui->actionMigrate, &MainWindow::migratePhones},
        {m_ui->actionFindPhone, &MainWindow::focusFilter},
        {m_ui->actionClearFilters, &MainWindow::clearFilters},
        {m_ui->actionRefresh, &MainWindow::refresh},
        {m_ui->actionNewBaseSettings, &MainWindow::newBaseSettings},
        {m_ui->actionDuplicateBaseSettings, &MainWindow::duplicateBaseSettings},
        {m_ui->actionEditBaseSettings, &MainWindow::editBaseSettings},
        {m_ui->actionDeleteBaseSettings, &MainWindow::deleteBaseSettings},
        {m_ui->actionNewSite, &MainWindow::newSite},
        {m_ui->actionEditSite, &MainWindow::editSite},
        {m_ui->actionDeleteSite, &MainWindow::deleteSite},
        {m_ui->actionNewUser, &MainWindow::newUser},
        {m_ui->actionEditUser, &MainWindow::editUser},
        {m_ui->actionDeleteUser, &MainWindow::deleteUser},
        {m_ui->actionQuarantine, &MainWindow::showQuarantine},
        {m_ui->actionProvisioningSettings, &MainWindow::showProvisioningSettings},
        {m_ui->actionFirmware, &MainWindow::showFirmware},
        {m_ui->actionFirmwareRollouts, &MainWindow::showFirmwareRollouts},
        {m_ui->actionRedirectionSettings, &MainWindow::showRedirectionSettings},
        {m_ui->actionTeamMembers, &MainWindow::showTeamMembers},
        {m_ui->actionUserGuide, &MainWindow::showUserGuide},
        {m_ui->actionShortcuts, &MainWindow::showShortcuts},
        {m_ui->actionAbout, &MainWindow::about},
    };
    for (const auto &[a, handler] : handlers) {
        connect(a, &QAction::triggered, this, handler);
        m_actions.append(a);
        addAction(a); // shortcuts work whichever tab is shown
    }
    m_phoneMenu = m_ui->phoneMenu;
}

QWidget *MainWindow::createPhonesPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("phonesPage"));
    auto *layout = new QVBoxLayout(page);
    auto *filters = new QHBoxLayout;
    m_nameFilter = new QLineEdit(page);
    m_nameFilter->setObjectName(QStringLiteral("nameFilterEdit"));
    m_nameFilter->setPlaceholderText(tr("Filter by name or hardware ID (Ctrl+F)"));
    m_nameFilter->setClearButtonEnabled(true);
    // Never squeezed below a readable width by the combo boxes next to it (1024 px windows).
    m_nameFilter->setMinimumWidth(
        m_nameFilter->fontMetrics().horizontalAdvance(m_nameFilter->placeholderText()) +
        m_nameFilter->fontMetrics().height() * 3); // and the clear button
    // Esc in the filter box clears it (the user guide's promise); elsewhere Esc is left alone.
    auto *clearFilter = new QAction(m_nameFilter);
    clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_nameFilter, &QLineEdit::clear);
    m_nameFilter->addAction(clearFilter);
    filters->addWidget(m_nameFilter, 2);
    auto combo = [&](const QString &name, const QString &toolTip) {
        auto *c = new QComboBox(page);
        c->setObjectName(name);
        c->setToolTip(toolTip);
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        // Narrow enough that the filter bar, name box included, fits a 1024 px window.
        c->setMinimumContentsLength(6);
        filters->addWidget(c, 1);
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_refreshingChoices)
                applyFilterWidgets();
        });
        return c;
    };
    m_siteFilter = combo(QStringLiteral("siteFilterCombo"), tr("Site"));
    m_baseSettingsFilter = combo(QStringLiteral("baseSettingsFilterCombo"), tr("Base settings"));
    m_statusFilter = combo(QStringLiteral("statusFilterCombo"), tr("Status"));
    m_categoryFilter = combo(QStringLiteral("categoryFilterCombo"), tr("Category"));
    m_modelFilter = combo(QStringLiteral("modelFilterCombo"), tr("Model"));
    auto *clear = new QToolButton(page);
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    clear->setDefaultAction(action(QStringLiteral("actionClearFilters")));
    clear->setToolButtonStyle(Qt::ToolButtonTextOnly);
    filters->addWidget(clear);
    layout->addLayout(filters);

    auto *counts = new QHBoxLayout;
    for (int i = 0; i < PhoneStatusCount; ++i) {
        const auto status = PhoneStatus(i);
        auto *label = new QLabel(page);
        label->setObjectName(QStringLiteral("statusCount:") + toKey(status));
        label->setToolTip(tr("%1 phones matching the other filters").arg(StatusIcons::label(status)));
        m_statusCountLabels.append(label);
        auto *icon = new QLabel(page);
        icon->setPixmap(StatusIcons::icon(status).pixmap(12, 12));
        counts->addWidget(icon);
        counts->addWidget(label);
        counts->addSpacing(4);
    }
    counts->addStretch();
    m_pendingFilter = new QCheckBox(tr("Configuration pending"), page);
    m_pendingFilter->setObjectName(QStringLiteral("pendingFilterCheck"));
    m_pendingFilter->setToolTip(tr("Phones whose configuration changed since they last fetched it, as "
                                   "\"phonedesk-cli phones list --pending\" lists them"));
    connect(m_pendingFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_phoneProxy->setPendingOnly(on);
        updateCounts();
    });
    counts->addWidget(m_pendingFilter);
    counts->addSpacing(6);
    m_shownLabel = new QLabel(page);
    m_shownLabel->setObjectName(QStringLiteral("shownLabel"));
    counts->addWidget(m_shownLabel);
    layout->addLayout(counts);

    m_phoneView = new FlatTreeView(page);
    m_phoneView->setObjectName(QStringLiteral("phoneView"));
    m_phoneView->setModel(m_phoneProxy);
    m_phoneView->setAllColumnsShowFocus(true);
    m_phoneView->setAlternatingRowColors(true);
    m_phoneView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_phoneView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_phoneView->setSortingEnabled(true);
    m_phoneView->sortByColumn(PhoneTableModel::Name, Qt::AscendingOrder);
    m_phoneView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_phoneView->header()->setSectionsMovable(true);
    m_phoneView->header()->setMinimumSectionSize(
        m_phoneView->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 6);
    // Last seen as wide as a date and time in the user's locale; the rest fit typical values.
    const int lastSeenWidth = m_phoneView->fontMetrics().horizontalAdvance(QLocale().toString(
                                  QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat)) +
        24;
    const int widths[] = {170, 100, 90,  130, 130, 150, 130, 140, 130, 90, std::max(130, lastSeenWidth),
                          110, 110, 170, 110};
    static_assert(std::size(widths) == PhoneTableModel::ColumnCount, "one width per column");
    for (int c = 0; c < PhoneTableModel::ColumnCount; ++c)
        m_phoneView->header()->resizeSection(c, widths[c]);
    // The table over the selected phone's details; the pane can be dragged closed.
    m_phoneSplitter = new QSplitter(Qt::Vertical, page);
    m_phoneSplitter->setObjectName(QStringLiteral("phoneSplitter"));
    m_phoneSplitter->setChildrenCollapsible(true);
    m_phoneView->setParent(m_phoneSplitter);
    m_phoneSplitter->addWidget(m_phoneView);
    m_phoneSplitter->addWidget(createDetailsPane(m_phoneSplitter));
    m_phoneSplitter->setStretchFactor(0, 1);
    m_phoneSplitter->setStretchFactor(1, 0);
    layout->addWidget(m_phoneSplitter, 1);
    connect(m_phoneModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_detailsPhone ? m_phoneModel->rowOf(m_detailsPhone) : -1;
                if (row >= topLeft.row() && row <= bottomRight.row())
                    updateDetails();
            });

    connect(m_nameFilter, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_phoneProxy->setNameFilter(text); });
    connect(m_phoneView, &QTreeView::doubleClicked, this, &MainWindow::editCurrentPhone);
    connect(m_phoneView, &QWidget::customContextMenuRequested, this, &MainWindow::showPhoneContextMenu);
    connect(m_phoneView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateSelectionActions);
    // A filter change drops the selection of the rows it hides without a selectionChanged signal.
    // Connected after the view's selection model, so the actions and the "N selected" count follow
    // the rows that are still visible and selected.
    connect(m_phoneView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateDetails);
    auto followVisibleSelection = [this] {
        updateSelectionActions();
        updateCounts();
        updateDetails();
    };
    connect(m_phoneProxy, &QAbstractItemModel::layoutChanged, this, followVisibleSelection);
    connect(m_phoneProxy, &QAbstractItemModel::rowsRemoved, this, followVisibleSelection);
    connect(m_phoneProxy, &QAbstractItemModel::modelReset, this, followVisibleSelection);
    return page;
}

QWidget *MainWindow::createDetailsPane(QWidget *parent)
{
    auto *pane = new QWidget(parent);
    pane->setObjectName(QStringLiteral("phoneDetails"));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 4, 0, 0);
    m_detailsTitle = new QLabel(pane);
    m_detailsTitle->setObjectName(QStringLiteral("detailsTitle"));
    QFont bold = m_detailsTitle->font();
    bold.setBold(true);
    m_detailsTitle->setFont(bold);
    layout->addWidget(m_detailsTitle);
    m_detailsForm = new QWidget(pane);
    auto *grid = new QGridLayout(m_detailsForm);
    grid->setContentsMargins(0, 0, 0, 0);
    // Two label-value pairs a row: the pane stays low enough for a 700 px window.
    const int columns[] = {
        PhoneTableModel::Category,      PhoneTableModel::Status,       PhoneTableModel::Site,
        PhoneTableModel::LastSeen,      PhoneTableModel::Model,        PhoneTableModel::Firmware,
        PhoneTableModel::Address,       PhoneTableModel::BaseSettings, PhoneTableModel::HardwareId,
        PhoneTableModel::Configuration, PhoneTableModel::Redirection};
    int at = 0;
    for (const int column : columns) {
        auto *name = new QLabel(tr("%1:").arg(m_phoneModel->headerData(column, Qt::Horizontal).toString()),
                                m_detailsForm);
        auto *value = new QLabel(m_detailsForm);
        value->setObjectName(QStringLiteral("detail:") + QString::number(column));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(name, at / 2, (at % 2) * 2);
        grid->addWidget(value, at / 2, (at % 2) * 2 + 1);
        m_detailLabels.insert(column, value);
        ++at;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addWidget(m_detailsForm);
    layout->addStretch();
    return pane;
}

void MainWindow::updateDetails()
{
    if (!m_detailsTitle)
        return;
    const QModelIndexList rows = m_phoneView->selectionModel()->selectedRows();
    const int row = rows.size() == 1 ? m_phoneProxy->mapToSource(rows.first()).row() : -1;
    m_detailsPhone = row >= 0 ? m_phoneModel->phoneRow(row).id : 0;
    m_detailsForm->setVisible(row >= 0);
    if (row < 0) {
        m_detailsTitle->setText(rows.isEmpty() ? tr("Select a phone to see its details.")
                                               : tr("%n phones selected.", nullptr, int(rows.size())));
        return;
    }
    // The table's own texts, so the pane and the row never disagree.
    m_detailsTitle->setText(m_phoneModel->index(row, PhoneTableModel::Name).data().toString());
    for (auto it = m_detailLabels.cbegin(); it != m_detailLabels.cend(); ++it) {
        const QString text = m_phoneModel->index(row, it.key()).data().toString();
        it.value()->setText(text.isEmpty() ? tr("—") : text);
    }
}

QWidget *MainWindow::createListPage(const QString &name, const QString &searchText, RecordTableModel *model,
                                    QTreeView **view, const QList<QAction *> &actions, QAction *activate)
{
    auto *page = new QWidget(this);
    page->setObjectName(name + QStringLiteral("Page"));
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    auto *bar = new QToolBar(page);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *a : actions)
        bar->addAction(a);
    top->addWidget(bar, 1);
    auto *search = new QLineEdit(page);
    search->setObjectName(name + QStringLiteral("SearchEdit"));
    search->setPlaceholderText(searchText);
    search->setClearButtonEnabled(true);
    search->setMinimumWidth(search->fontMetrics().horizontalAdvance(searchText) +
                            search->fontMetrics().height() * 3);
    top->addWidget(search);
    layout->addLayout(top);
    auto *proxy = new QSortFilterProxyModel(page);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    // Any column, any part of it (these lists hold a few hundred rows at most).
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(search, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *v = new QTreeView(page);
    v->setObjectName(name + QStringLiteral("View"));
    v->setModel(proxy);
    v->setRootIsDecorated(false);
    v->setUniformRowHeights(true);
    v->setAlternatingRowColors(true);
    v->setSortingEnabled(true);
    v->sortByColumn(0, Qt::AscendingOrder);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->header()->setDefaultSectionSize(170);
    v->setContextMenuPolicy(Qt::ActionsContextMenu);
    v->addActions(actions);
    connect(v, &QTreeView::doubleClicked, activate, &QAction::trigger);
    connect(v->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateSelectionActions);
    layout->addWidget(v, 1);
    *view = v;
    return page;
}

// --- lists -----------------------------------------------------------------------------------

void MainWindow::reloadBaseSettings()
{
    auto list = m_storage.baseSettings().list();
    if (!list) {
        statusBar()->showMessage(list.error().fullText());
        return;
    }
    QList<RecordTableModel::Record> records;
    for (const BaseSettingsSummary &s : *list) {
        const PhoneModel *model = ModelCatalog::builtin().find(s.settings.modelId);
        records.append({s.settings.id,
                        {s.settings.name, model ? model->displayName : s.settings.modelId, s.phoneCount,
                         s.settings.description},
                        {}});
    }
    m_baseSettingsModel->setRecords(std::move(records));
}

void MainWindow::reloadSites()
{
    auto list = m_storage.sites().list();
    if (!list) {
        statusBar()->showMessage(list.error().fullText());
        return;
    }
    QList<RecordTableModel::Record> records;
    for (const Site &s : *list) {
        const auto count = m_storage.sites().phoneCount(s.id);
        const int phones = count.ok() ? *count : 0;
        records.append(
            {s.id,
             {s.name, displayName(s.mediaModel),
              s.primarySip.isSet() ? QStringLiteral("%1:%2").arg(s.primarySip.host).arg(s.primarySip.port)
                                   : QString(),
              s.timeZone, s.e911Location, phones},
             {}});
    }
    m_sitesModel->setRecords(std::move(records));
    if (m_roleLabel)
        updateSessionLabel(); // the names of the member's sites
}

void MainWindow::reloadUsers()
{
    auto list = m_storage.users().list();
    if (!list) {
        statusBar()->showMessage(list.error().fullText());
        return;
    }
    QList<RecordTableModel::Record> records;
    for (const User &u : *list)
        records.append({u.id, {u.name, u.email, u.extension}, {}});
    m_usersModel->setRecords(std::move(records));
}

void MainWindow::refreshFilterChoices()
{
    m_refreshingChoices = true;
    QList<std::pair<QString, QVariant>> sites;
    for (int r = 0; r < m_sitesModel->rowCount(); ++r)
        sites.append({m_sitesModel->record(r).values.value(0).toString(), m_sitesModel->record(r).id});
    std::sort(sites.begin(), sites.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    setComboItems(m_siteFilter, tr("All sites"), sites);

    QList<std::pair<QString, QVariant>> profiles;
    QSet<QString> modelIds;
    if (auto list = m_storage.baseSettings().list()) {
        for (const BaseSettingsSummary &s : *list) {
            profiles.append({s.settings.name, s.settings.id});
            modelIds.insert(s.settings.modelId);
        }
    }
    std::sort(profiles.begin(), profiles.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    setComboItems(m_baseSettingsFilter, tr("All base settings"), profiles);

    if (m_statusFilter->count() == 0) {
        QList<std::pair<QString, QVariant>> statuses;
        for (int i = 0; i < PhoneStatusCount; ++i)
            statuses.append({StatusIcons::label(PhoneStatus(i)), i});
        setComboItems(m_statusFilter, tr("Any status"), statuses);
        for (int i = 0; i < PhoneStatusCount; ++i)
            m_statusFilter->setItemIcon(i + 1, StatusIcons::icon(PhoneStatus(i)));
        QList<std::pair<QString, QVariant>> categories;
        for (int i = 0; i < PhoneCategoryCount; ++i)
            categories.append({displayName(PhoneCategory(i)), i});
        setComboItems(m_categoryFilter, tr("All categories"), categories);
    }
    QList<std::pair<QString, QVariant>> models;
    for (const PhoneModel &m : ModelCatalog::builtin().models()) {
        if (modelIds.contains(m.id))
            models.append({m.displayName, m.id});
    }
    setComboItems(m_modelFilter, tr("All models"), models);
    m_refreshingChoices = false;
    applyFilterWidgets();
}

PhoneFilter MainWindow::filterFromWidgets() const
{
    PhoneFilter filter;
    filter.setNameFilter(m_nameFilter->text());
    auto id = [](QComboBox *c) -> std::optional<Id> {
        return c->currentData().isValid() ? std::optional<Id>(c->currentData().toLongLong()) : std::nullopt;
    };
    filter.setSite(id(m_siteFilter));
    filter.setBaseSettings(id(m_baseSettingsFilter));
    if (m_statusFilter->currentData().isValid())
        filter.setStatuses({PhoneStatus(m_statusFilter->currentData().toInt())});
    if (m_categoryFilter->currentData().isValid())
        filter.setCategory(PhoneCategory(m_categoryFilter->currentData().toInt()));
    filter.setModel(m_modelFilter->currentData().toString());
    return filter;
}

void MainWindow::applyFilterWidgets()
{
    m_phoneProxy->setFilter(filterFromWidgets());
    updateCounts();
}

void MainWindow::updateCounts()
{
    const auto &counts = m_phoneProxy->statusCounts();
    for (int i = 0; i < PhoneStatusCount; ++i)
        m_statusCountLabels.at(i)->setText(
            tr("%1 %2").arg(StatusIcons::label(PhoneStatus(i))).arg(counts[size_t(i)]));
    const int selected =
        m_phoneView->selectionModel() ? int(m_phoneView->selectionModel()->selectedRows().size()) : 0;
    QString text = tr("%1 of %2 phones shown").arg(m_phoneProxy->rowCount()).arg(m_phoneModel->rowCount());
    if (selected)
        text += tr(", %n selected", nullptr, selected);
    m_shownLabel->setText(text);
}

void MainWindow::clearFilters()
{
    m_refreshingChoices = true;
    m_nameFilter->clear();
    m_pendingFilter->setChecked(false);
    for (QComboBox *c : {m_siteFilter, m_baseSettingsFilter, m_statusFilter, m_categoryFilter, m_modelFilter})
        c->setCurrentIndex(0);
    m_refreshingChoices = false;
    applyFilterWidgets();
}

void MainWindow::focusFilter()
{
    m_tabs->setCurrentIndex(PhonesTab);
    m_nameFilter->setFocus(Qt::ShortcutFocusReason);
    m_nameFilter->selectAll();
}

void MainWindow::refresh()
{
    reloadBaseSettings();
    reloadSites();
    reloadUsers();
    refreshFilterChoices();
    (void)m_phoneModel->reload();
    m_activity->reload();
}

void MainWindow::onChanged(const ChangeEvent &event)
{
    switch (event.entity) {
    case ChangeEvent::Entity::BaseSettings:
        reloadBaseSettings();
        refreshFilterChoices();
        break;
    case ChangeEvent::Entity::Site:
        reloadSites();
        refreshFilterChoices();
        break;
    case ChangeEvent::Entity::User:
        reloadUsers();
        break;
    case ChangeEvent::Entity::Phone:
        // Phone counts per profile and site.
        reloadBaseSettings();
        reloadSites();
        break;
    default:
        break;
    }
}

// --- selection and roles ----------------------------------------------------------------------

QList<Id> MainWindow::selectedPhoneIds() const
{
    QList<Id> ids;
    // In the order shown, so a confirmation lists the phones as the table does.
    QModelIndexList rows = m_phoneView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows)
        ids.append(index.data(PhoneTableModel::IdRole).toLongLong());
    return ids;
}

QString MainWindow::phoneNames(const QList<Id> &ids) const
{
    QStringList names;
    names.reserve(ids.size());
    for (const Id id : ids) {
        const int row = m_phoneModel->rowOf(id);
        names.append(row >= 0 ? m_phoneModel->phoneRow(row).name : QString::number(id));
    }
    return MessageBox::nameList(names);
}

QList<Id> MainWindow::filteredPhoneIds() const
{
    QList<Id> ids;
    const int rows = m_phoneProxy->rowCount();
    ids.reserve(rows);
    for (int r = 0; r < rows; ++r)
        ids.append(m_phoneModel->phoneRow(m_phoneProxy->mapToSource(m_phoneProxy->index(r, 0)).row()).id);
    return ids;
}

Id MainWindow::currentRecordId(QTreeView *view) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    const QModelIndex index = rows.isEmpty() ? view->currentIndex() : rows.first();
    return index.isValid() ? index.data(RecordTableModel::IdRole).toLongLong() : 0;
}

void MainWindow::applyRole()
{
    const Role role = m_storage.role();
    auto allow = [this](const char *name, bool allowed) {
        QAction *a = action(QString::fromLatin1(name));
        a->setVisible(allowed);
        a->setEnabled(allowed);
    };
    const bool control = roleAllows(role, Permission::ControlPhones);
    const bool editPhones = roleAllows(role, Permission::EditPhones);
    const bool admin = roleAllows(role, Permission::Administer);
    allow("actionRestart", control);
    allow("actionLogOut", control);
    allow("actionCheckStatus", control);
    allow("actionAddPhone", editPhones);
    allow("actionDeletePhone", editPhones);
    allow("actionSetSite", editPhones);
    allow("actionSetUser", editPhones);
    allow("actionMigrate", admin);
    allow("actionPinCertificate", admin);
    allow("actionImportCsv", admin);
    // People are PostgreSQL logins: only a team database has them.
    allow("actionTeamMembers", admin && m_storage.identity().fromDatabase);
    for (const char *name :
         {"actionNewBaseSettings", "actionDuplicateBaseSettings", "actionDeleteBaseSettings", "actionNewSite",
          "actionDeleteSite", "actionNewUser", "actionDeleteUser"})
        allow(name, admin);
    // Viewing stays possible: the editors open read-only (OK disabled) for roles that may not edit.
    action(QStringLiteral("actionEditPhone"))
        ->setText(editPhones ? tr("&Edit Phone…") : tr("&Phone Details…"));
    action(QStringLiteral("actionEditBaseSettings"))
        ->setText(admin ? tr("&Edit Base Settings…") : tr("&View Base Settings…"));
    action(QStringLiteral("actionEditSite"))->setText(admin ? tr("&Edit Site…") : tr("&View Site…"));
    action(QStringLiteral("actionEditUser"))->setText(admin ? tr("&Edit User…") : tr("&View User…"));
    updateSessionLabel();
    updateSelectionActions();
}

void MainWindow::updateSessionLabel()
{
    const SessionIdentity &id = m_storage.identity();
    const QString role = displayName(m_storage.role());
    if (!id.fromDatabase) {
        m_roleLabel->setText(tr("Role: %1").arg(role));
        m_roleLabel->setToolTip(tr("The embedded database of this desk: the role was chosen with --role."));
        return;
    }
    QStringList sites;
    if (id.sites) {
        if (auto list = m_storage.sites().list()) {
            for (const Site &site : *list) {
                if (id.sites->contains(site.id))
                    sites.append(site.name);
            }
        }
    }
    const QString who = id.server ? tr("%1 (server)").arg(role) : role;
    m_roleLabel->setText(
        id.sites ? tr("Signed in as %1: %2 for %3")
                       .arg(id.login, who, sites.isEmpty() ? tr("no site") : sites.join(QStringLiteral(", ")))
                 : tr("Signed in as %1: %2, all sites").arg(id.login, who));
    QString tip = id.owner ? tr("You own this database: every right, no site limit.")
                           : tr("The database gives %1 the %2 role.").arg(id.login, displayName(id.role));
    if (m_storage.role() < id.role)
        tip += u' ' + tr("This console acts as %1 (lowered with --role).").arg(role);
    m_roleLabel->setToolTip(tip);
}

void MainWindow::updateSelectionActions()
{
    const Role role = m_storage.role();
    const int selected = int(m_phoneView->selectionModel()->selectedRows().size());
    const bool phones = m_tabs && m_tabs->currentIndex() == PhonesTab;
    action(QStringLiteral("actionEditPhone"))->setEnabled(phones && selected == 1);
    action(QStringLiteral("actionDeletePhone"))
        ->setEnabled(phones && selected > 0 && roleAllows(role, Permission::EditPhones));
    for (const char *name : {"actionSetSite", "actionSetUser"})
        action(QString::fromLatin1(name))
            ->setEnabled(phones && selected > 0 && roleAllows(role, Permission::EditPhones));
    action(QStringLiteral("actionLogOut"))
        ->setEnabled(phones && selected > 0 && roleAllows(role, Permission::ControlPhones));
    action(QStringLiteral("actionMigrate"))->setEnabled(phones && roleAllows(role, Permission::Administer));
    const QList<Id> selectedIds = selected == 1 ? selectedPhoneIds() : QList<Id>();
    action(QStringLiteral("actionOpenWebPage"))
        ->setEnabled(phones && selectedIds.size() == 1 && !phoneWebPageUrl(selectedIds.first()).isEmpty());
    action(QStringLiteral("actionPinCertificate"))
        ->setEnabled(phones && selected == 1 && m_deviceControl && roleAllows(role, Permission::Administer));
    const bool control = phones && selected > 0 && roleAllows(role, Permission::ControlPhones);
    for (const char *name : {"actionRestart", "actionCheckStatus"}) {
        QAction *a = action(QString::fromLatin1(name));
        a->setEnabled(control && m_deviceControl);
        a->setToolTip(m_deviceControl ? a->text().remove(u'&')
                                      : tr("Not available: no device control is running for this database."));
    }
#ifdef PHONEDESK_HAVE_IMPORT_WIZARD
    action(QStringLiteral("actionImportCsv"))->setEnabled(roleAllows(role, Permission::Administer));
#else
    action(QStringLiteral("actionImportCsv"))->setEnabled(false);
    action(QStringLiteral("actionImportCsv"))
        ->setToolTip(tr("Not available: this build has no CSV import wizard."));
#endif
    action(QStringLiteral("actionExportCsv"))->setEnabled(phones && m_phoneProxy->rowCount() > 0);
    if (m_baseSettingsView) {
        const bool admin = roleAllows(role, Permission::Administer);
        const bool hasProfile = currentRecordId(m_baseSettingsView) != 0;
        action(QStringLiteral("actionEditBaseSettings"))->setEnabled(hasProfile);
        action(QStringLiteral("actionDuplicateBaseSettings"))->setEnabled(hasProfile && admin);
        action(QStringLiteral("actionDeleteBaseSettings"))->setEnabled(hasProfile && admin);
        action(QStringLiteral("actionEditSite"))->setEnabled(currentRecordId(m_sitesView) != 0);
        action(QStringLiteral("actionDeleteSite"))->setEnabled(currentRecordId(m_sitesView) != 0 && admin);
        action(QStringLiteral("actionEditUser"))->setEnabled(currentRecordId(m_usersView) != 0);
        action(QStringLiteral("actionDeleteUser"))->setEnabled(currentRecordId(m_usersView) != 0 && admin);
    }
    if (m_shownLabel)
        updateCounts();
}

void MainWindow::showPhoneContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (const char *name :
         {"actionEditPhone", "actionDeletePhone", "actionSetSite", "actionSetUser", "", "actionRestart",
          "actionLogOut", "actionCheckStatus", "actionOpenWebPage", "", "actionMigrate", "actionExportCsv"}) {
        if (!*name)
            menu.addSeparator();
        else if (action(QString::fromLatin1(name))->isVisible())
            menu.addAction(action(QString::fromLatin1(name)));
    }
    const QList<Id> ids = selectedPhoneIds();
    if (ids.size() == 1) {
        const int row = m_phoneModel->rowOf(ids.first());
        const QString name = row >= 0 ? m_phoneModel->phoneRow(row).name : QString();
        menu.addSeparator();
        menu.addAction(tr("Show &Activity"), this, [this, name] {
            m_activity->showPhone(name);
            m_tabs->setCurrentIndex(ActivityTab);
        });
    }
    menu.exec(m_phoneView->viewport()->mapToGlobal(pos));
}

// --- phone actions ----------------------------------------------------------------------------

bool MainWindow::editPhone(Id id)
{
    PhoneEditor editor(m_storage, id, this);
    if (!editor.isLoaded())
        return false;
    if (!roleAllows(m_storage.role(), Permission::EditPhones))
        editor.setWindowTitle(tr("Phone Details"));
    if (editor.exec() != QDialog::Accepted)
        return false;
    // Show the saved row at once rather than on the next change-feed batch.
    m_phoneModel->flushPendingChanges();
    const int row = m_phoneModel->rowOf(editor.savedPhone().id);
    if (row >= 0) {
        const QModelIndex index = m_phoneProxy->mapFromSource(m_phoneModel->index(row, 0));
        if (index.isValid()) {
            m_phoneView->setCurrentIndex(index);
            m_phoneView->scrollTo(index);
        }
    }
    statusBar()->showMessage(tr("Phone \"%1\" saved.").arg(editor.savedPhone().name), 5000);
    return true;
}

void MainWindow::addPhone()
{
    m_tabs->setCurrentIndex(PhonesTab);
    editPhone(0);
}

void MainWindow::editCurrentPhone()
{
    const QList<Id> ids = selectedPhoneIds();
    if (ids.size() == 1)
        editPhone(ids.first());
    else if (m_phoneView->currentIndex().isValid())
        editPhone(m_phoneView->currentIndex().data(PhoneTableModel::IdRole).toLongLong());
}

void MainWindow::deletePhones()
{
    const QList<Id> ids = selectedPhoneIds();
    if (ids.isEmpty())
        return;
    QString question;
    if (ids.size() == 1) {
        question = tr("Delete phone \"%1\"? Its configuration and history stay in the activity log.")
                       .arg(phoneNames(ids));
    } else {
        question =
            tr("Delete %n phones: %1? Their history stays in the activity log.", nullptr, int(ids.size()))
                .arg(phoneNames(ids));
    }
    // Deleting cannot be undone from the console: Cancel is the default.
    if (!MessageBox::confirm(this, QMessageBox::Warning, tr("Delete Phones"), question, tr("Delete"), true))
        return;
    auto result = m_storage.phones().remove(ids);
    if (!result) {
        MessageBox::warning(this, tr("Delete Phones"), result.error().fullText());
        return;
    }
    m_phoneModel->flushPendingChanges();
    statusBar()->showMessage(tr("%n phone(s) deleted.", nullptr, int(ids.size())), 5000);
}

void MainWindow::setSiteOfPhones()
{
    bulkEdit(QStringLiteral("site"));
}

void MainWindow::setUserOfPhones()
{
    bulkEdit(QStringLiteral("user"));
}

void MainWindow::bulkEdit(const QString &field)
{
    const QList<Id> ids = selectedPhoneIds();
    if (ids.isEmpty())
        return;
    const bool site = field == QLatin1String("site");
    const QString title = site ? tr("Set Site") : tr("Set User");
    QDialog dialog(this);
    dialog.setObjectName(site ? QStringLiteral("setSiteDialog") : QStringLiteral("setUserDialog"));
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout(&dialog);
    auto *phones = new QLabel(tr("%n phone(s): %1", nullptr, int(ids.size())).arg(phoneNames(ids)), &dialog);
    phones->setObjectName(QStringLiteral("phonesLabel"));
    phones->setWordWrap(true);
    form->addRow(phones);
    auto *choice = new QComboBox(&dialog);
    choice->setObjectName(QStringLiteral("valueCombo"));
    RecordTableModel *records = site ? m_sitesModel : m_usersModel;
    QList<std::pair<QString, Id>> items;
    for (int r = 0; r < records->rowCount(); ++r)
        items.append({records->record(r).values.value(0).toString(), records->record(r).id});
    std::sort(items.begin(), items.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    if (!site)
        choice->addItem(tr("No user"), Id(0));
    for (const auto &[text, id] : std::as_const(items))
        choice->addItem(text, id);
    form->addRow(site ? tr("&Site:") : tr("&User:"), choice);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(site ? tr("Set S&ite") : tr("Set &User"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Id value = choice->currentData().toLongLong();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto loaded = m_storage.phones().getMany(ids);
    QString error;
    if (!loaded) {
        error = loaded.error().fullText();
    } else {
        QList<Phone> updates = *loaded;
        for (Phone &phone : updates) {
            if (site)
                phone.siteId = value;
            else
                phone.userId = value;
        }
        // One transaction, each phone validated: a WebRTC phone left without a user refuses all.
        auto saved = m_storage.phones().saveMany({}, std::move(updates), QStringLiteral("phone.update"));
        if (!saved)
            error = saved.error().fullText();
    }
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        MessageBox::warning(this, title, error);
        return;
    }
    m_phoneModel->flushPendingChanges();
    const int count = int(ids.size());
    statusBar()->showMessage(
        site ? tr("Site \"%1\" set for %n phone(s).", nullptr, count).arg(choice->currentText())
             : tr("User \"%1\" set for %n phone(s).", nullptr, count).arg(choice->currentText()),
        5000);
}

void MainWindow::migratePhones()
{
    QList<Id> ids = selectedPhoneIds();
    const auto scope = ids.isEmpty() ? MigrateDialog::Scope::AllShown : MigrateDialog::Scope::Selected;
    if (ids.isEmpty())
        ids = filteredPhoneIds();
    if (ids.isEmpty()) {
        MessageBox::information(this, tr("Migrate Base Settings"),
                                tr("Select phones, or filter the list to the phones to migrate."));
        return;
    }
    MigrateDialog dialog(m_storage, ids, scope, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_phoneModel->flushPendingChanges();
    statusBar()->showMessage(tr("%n phone(s) migrated.", nullptr, int(dialog.plan().entries.size())), 5000);
}

Operation *MainWindow::lastOperation() const
{
    return m_lastOperation.data();
}

void MainWindow::setDeviceControl(DeviceControl *control)
{
    m_deviceControl = control;
    if (control) {
        // Status records reach the table through the change feed (with the records attached).
        connect(control, &DeviceControl::pollingError, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    }
    updateSelectionActions();
}

void MainWindow::setProvisioningController(ProvisioningController *controller)
{
    auto show = [this, controller] {
        const QString url = controller->listenUrl();
        const QString error = controller->lastError();
        if (!url.isEmpty()) {
            m_provisioningLabel->setText(tr("Provisioning: %1").arg(url));
            m_provisioningLabel->setToolTip(
                tr("The provisioning server runs in this console and serves phones at %1.").arg(url));
        } else if (!error.isEmpty()) {
            m_provisioningLabel->setText(tr("Provisioning: not running"));
            m_provisioningLabel->setToolTip(error);
        }
        // Off and never failed: nothing to say (the server is off by default).
        m_provisioningLabel->setVisible(!url.isEmpty() || !error.isEmpty());
    };
    connect(controller, &ProvisioningController::runningChanged, this, show);
    connect(controller, &ProvisioningController::errorOccurred, this, show);
    show();
}

void MainWindow::startOperation(const QString &title, Result<Operation *> operation)
{
    if (!operation) {
        MessageBox::warning(this, title, operation.error().fullText());
        return;
    }
    Operation *op = *operation;
    m_lastOperation = op;
    m_progress->setRange(0, std::max(1, op->total()));
    m_progress->setValue(op->done());
    m_progress->setFormat(tr("%1: %v of %m").arg(Operation::kindName(op->kind())));
    m_progress->setVisible(true);
    m_operationDetails->setVisible(true);
    connect(op, &Operation::progress, this, [this, op](int done, int total) {
        if (op != m_lastOperation)
            return;
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(op, &Operation::finished, this, [this, op] {
        if (op != m_lastOperation)
            return;
        m_progress->setVisible(false);
        statusBar()->showMessage(op->summary(), 15000);
        // Failures are shown at once; successes only on request.
        if (op->failed() > 0)
            showOperationDetails();
    });
}

void MainWindow::showOperationDetails()
{
    if (!m_lastOperation)
        return;
    auto *dialog = findChild<OperationResultsDialog *>();
    if (dialog && dialog->property("operation").value<QObject *>() == m_lastOperation.data()) {
        dialog->raise();
        return;
    }
    delete dialog;
    dialog = new OperationResultsDialog(m_lastOperation, this);
    dialog->setProperty("operation", QVariant::fromValue<QObject *>(m_lastOperation.data()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::logOutPhones()
{
    const QList<Id> ids = selectedPhoneIds();
    if (ids.isEmpty())
        return;
    const QString question = ids.size() == 1
        ? tr("Log out phone \"%1\"? Its user is removed from it.").arg(phoneNames(ids))
        : tr("Log out %n phones: %1? Their users are removed from them.", nullptr, int(ids.size()))
              .arg(phoneNames(ids));
    if (!MessageBox::confirm(this, QMessageBox::Question, tr("Log Out"), question, tr("Log Out"), false))
        return;
    if (m_deviceControl) {
        // Clears the user and tells the phones to fetch their configuration again.
        startOperation(tr("Log Out"), m_deviceControl->logOut(ids));
        return;
    }
    auto result = m_storage.phones().clearUser(ids);
    if (!result)
        MessageBox::warning(this, tr("Log Out"), result.error().fullText());
    else
        statusBar()->showMessage(tr("%n phone(s) logged out.", nullptr, int(ids.size())), 5000);
}

void MainWindow::restartPhones()
{
    const QList<Id> ids = selectedPhoneIds();
    if (ids.isEmpty() || !m_deviceControl)
        return;
    const QString question = ids.size() == 1
        ? tr("Restart phone \"%1\"? A call in progress on it is dropped.").arg(phoneNames(ids))
        : tr("Restart %n phones: %1? Calls in progress on them are dropped.", nullptr, int(ids.size()))
              .arg(phoneNames(ids));
    if (!MessageBox::confirm(this, QMessageBox::Question, tr("Restart"), question, tr("Restart"), false))
        return;
    startOperation(tr("Restart"), m_deviceControl->restart(ids));
}

void MainWindow::pinWebCertificate()
{
    const QList<Id> ids = selectedPhoneIds();
    if (ids.size() != 1 || !m_deviceControl)
        return;
    const Id id = ids.constFirst();
    const QString name = m_phoneModel->phoneRow(m_phoneModel->rowOf(id)).name;
    statusBar()->showMessage(tr("Connecting to the web server of %1…").arg(name));
    QPointer<MainWindow> self(this);
    auto started =
        m_deviceControl->fetchRestCertificate(id, [self, id, name](const Result<QSslCertificate> &result) {
            if (!self)
                return;
            self->statusBar()->clearMessage();
            self->onWebCertificate(id, name, result);
        });
    if (!started) {
        statusBar()->clearMessage();
        MessageBox::warning(this, tr("Trust Phone Web Certificate"), started.error().fullText());
    }
}

void MainWindow::onWebCertificate(Id id, const QString &name, const Result<QSslCertificate> &result)
{
    const QString title = tr("Trust Phone Web Certificate");
    if (!result) {
        MessageBox::warning(this, title, result.error().fullText());
        return;
    }
    const QByteArray sha256 = result->digest(QCryptographicHash::Sha256);
    const QString fingerprint = QString::fromLatin1(sha256.toHex(':')).toUpper();
    auto pinned = m_deviceControl->restCertificatePin(id);
    const QString subject = result->subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    QString text =
        tr("%1 presents this certificate:\n\nSubject: %2\nValid until: %3\nSHA-256: %4\n\n")
            //: Shown as the certificate's subject when it names none.
            .arg(name, subject.isEmpty() ? tr("(no name)") : subject,
                 QLocale().toString(result->expiryDate().toLocalTime(), QLocale::ShortFormat), fingerprint);
    if (pinned && *pinned == sha256) {
        MessageBox::information(this, title, text + tr("It is already trusted for this phone."));
        return;
    }
    if (pinned && !pinned->isEmpty())
        text += tr("A DIFFERENT certificate is trusted for this phone now. If the phone was not replaced or "
                   "reset, someone may be impersonating it.\n\n");
    text += tr("Compare the fingerprint with the one your web browser shows for the phone's web interface "
               "(https:// and its address) before trusting it: Restart then sends the phone's admin password "
               "to the server presenting this "
               "certificate, and to no other.\n\nTrust it?");
    if (MessageBox::question(this, title, text) != QMessageBox::Yes)
        return;
    if (auto r = m_deviceControl->pinRestCertificate(id, sha256); !r)
        MessageBox::warning(this, title, r.error().fullText());
    else
        statusBar()->showMessage(tr("The web certificate of %1 is trusted.").arg(name), 5000);
}

void MainWindow::checkStatus()
{
    const QList<Id> ids = selectedPhoneIds();
    if (ids.isEmpty() || !m_deviceControl)
        return;
    startOperation(tr("Check Status"), m_deviceControl->checkStatus(ids));
}

void MainWindow::importCsv()
{
#ifdef PHONEDESK_HAVE_IMPORT_WIZARD
    ImportWizard wizard(m_storage, this);
    wizard.exec();
    m_phoneModel->flushPendingChanges();
#else
    MessageBox::information(this, tr("Import CSV"), tr("CSV import is not available in this build."));
#endif
}

void MainWindow::exportCsv()
{
    QList<Id> ids = selectedPhoneIds();
    const bool selection = ids.size() > 1;
    if (!selection)
        ids = filteredPhoneIds();
    if (ids.isEmpty())
        return;
    const QString path =
        FileDialog::saveFileName(this, selection ? tr("Export Selected Phones") : tr("Export Phones Shown"),
                                 QStringLiteral("phones.csv"), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = PhoneExport::exportToFile(m_storage, ids, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(this, tr("Export CSV"), written.error().fullText());
        return;
    }
    statusBar()->showMessage(
        tr("%n phone(s) exported to %1.", nullptr, int(*written)).arg(QDir::toNativeSeparators(path)), 8000);
}

// --- base settings, sites, users ----------------------------------------------------------------

void MainWindow::newBaseSettings()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("newBaseSettingsDialog"));
    dialog.setWindowTitle(tr("New Base Settings"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("nameEdit"));
    auto *model = new QComboBox(&dialog);
    model->setObjectName(QStringLiteral("modelCombo"));
    for (const PhoneModel &m : ModelCatalog::builtin().models())
        model->addItem(m.displayName, m.id);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Model:"), model);
    form->addRow(new QLabel(tr("The profile starts with the model's defaults."), &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    BaseSettings settings;
    settings.name = name->text().trimmed();
    settings.modelId = model->currentData().toString();
    BaseSettingsEditor editor(m_storage, settings, this);
    if (editor.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Base settings \"%1\" created.").arg(editor.savedSettings().name), 5000);
}

void MainWindow::duplicateBaseSettings()
{
    const Id id = currentRecordId(m_baseSettingsView);
    if (!id)
        return;
    auto original = m_storage.baseSettings().get(id);
    if (!original) {
        MessageBox::warning(this, tr("Duplicate Base Settings"), original.error().fullText());
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Duplicate Base Settings"), tr("Name of the copy:"),
                                               QLineEdit::Normal, tr("%1 (copy)").arg(original->name), &ok);
    if (!ok)
        return;
    auto copy = m_storage.baseSettings().duplicate(id, name.trimmed());
    if (!copy)
        MessageBox::warning(this, tr("Duplicate Base Settings"), copy.error().fullText());
}

void MainWindow::editBaseSettings()
{
    const Id id = currentRecordId(m_baseSettingsView);
    if (!id)
        return;
    auto settings = m_storage.baseSettings().get(id);
    if (!settings) {
        MessageBox::warning(this, tr("Edit Base Settings"), settings.error().fullText());
        return;
    }
    BaseSettingsEditor editor(m_storage, *settings, this);
    if (editor.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Base settings \"%1\" saved.").arg(editor.savedSettings().name), 5000);
}

void MainWindow::deleteBaseSettings()
{
    const Id id = currentRecordId(m_baseSettingsView);
    const int row = m_baseSettingsModel->rowOf(id);
    if (row < 0)
        return;
    const QString name = m_baseSettingsModel->record(row).values.value(0).toString();
    if (MessageBox::question(this, tr("Delete Base Settings"),
                             tr("Delete base settings \"%1\"?").arg(name)) != QMessageBox::Yes)
        return;
    if (auto result = m_storage.baseSettings().remove(id); !result)
        MessageBox::warning(this, tr("Delete Base Settings"), result.error().fullText());
}

void MainWindow::newSite()
{
    Site site;
    site.primarySip.port = 5061;
    SiteDialog dialog(m_storage, site, this);
    dialog.exec();
}

void MainWindow::editSite()
{
    const Id id = currentRecordId(m_sitesView);
    if (!id)
        return;
    auto site = m_storage.sites().get(id);
    if (!site) {
        MessageBox::warning(this, tr("Edit Site"), site.error().fullText());
        return;
    }
    SiteDialog dialog(m_storage, *site, this);
    dialog.exec();
}

void MainWindow::deleteSite()
{
    const Id id = currentRecordId(m_sitesView);
    const int row = m_sitesModel->rowOf(id);
    if (row < 0)
        return;
    const QString name = m_sitesModel->record(row).values.value(0).toString();
    if (MessageBox::question(this, tr("Delete Site"), tr("Delete site \"%1\"?").arg(name)) !=
        QMessageBox::Yes)
        return;
    if (auto result = m_storage.sites().remove(id); !result)
        MessageBox::warning(this, tr("Delete Site"), result.error().fullText());
}

void MainWindow::newUser()
{
    UserDialog dialog(m_storage, User(), this);
    dialog.exec();
}

void MainWindow::editUser()
{
    const Id id = currentRecordId(m_usersView);
    if (!id)
        return;
    auto user = m_storage.users().get(id);
    if (!user) {
        MessageBox::warning(this, tr("Edit User"), user.error().fullText());
        return;
    }
    UserDialog dialog(m_storage, *user, this);
    dialog.exec();
}

void MainWindow::deleteUser()
{
    const Id id = currentRecordId(m_usersView);
    const int row = m_usersModel->rowOf(id);
    if (row < 0)
        return;
    const QString name = m_usersModel->record(row).values.value(0).toString();
    if (MessageBox::question(this, tr("Delete User"), tr("Delete user \"%1\"?").arg(name)) !=
        QMessageBox::Yes)
        return;
    if (auto result = m_storage.users().remove(id); !result)
        MessageBox::warning(this, tr("Delete User"), result.error().fullText());
}

// --- window -----------------------------------------------------------------------------------

void MainWindow::connectDatabase()
{
    ConnectionDialog dialog(m_storage.spec(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit connectionRequested(dialog.spec());
}

void MainWindow::quit()
{
    close();
}

std::unique_ptr<QDialog> MainWindow::createQuarantineDialog()
{
    auto dialog = std::make_unique<QDialog>(this);
    dialog->setObjectName(QStringLiteral("quarantineDialog"));
    dialog->setWindowTitle(tr("Provisioning Quarantine"));
    auto *layout = new QVBoxLayout(dialog.get());
    auto *view = new QuarantineView(m_storage, dialog.get());
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog.get());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog.get(), &QDialog::reject);
    connect(view, &QuarantineView::phoneClaimed, this, [this] { m_phoneModel->flushPendingChanges(); });
    dialog->resize(900, 480);
    return dialog;
}

void MainWindow::showQuarantine()
{
    createQuarantineDialog()->exec();
}

std::unique_ptr<QDialog> MainWindow::createProvisioningSettingsDialog()
{
    auto dialog = std::make_unique<QDialog>(this);
    dialog->setObjectName(QStringLiteral("provisioningSettingsDialog"));
    dialog->setWindowTitle(tr("Provisioning Server Settings"));
    auto *layout = new QVBoxLayout(dialog.get());
    auto *settings = new ProvisioningSettingsWidget(m_storage, dialog.get());
    layout->addWidget(settings);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog.get());
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);
    ReadOnlyForm::applyUnlessAllowed(dialog.get(), m_storage.role(), Permission::Administer); // Close only
    QDialog *d = dialog.get();
    connect(buttons, &QDialogButtonBox::accepted, d, [settings, d] {
        if (settings->save()) // errors stay next to the fields otherwise
            d->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    dialog->resize(std::max(620, dialog->sizeHint().width()), dialog->sizeHint().height());
    return dialog;
}

void MainWindow::showProvisioningSettings()
{
    createProvisioningSettingsDialog()->exec();
}

void MainWindow::showFirmwareRollouts()
{
    RolloutDialog dialog(m_storage, selectedPhoneIds(), this);
    dialog.exec();
}

void MainWindow::showFirmware()
{
    FirmwareDialog dialog(m_storage, this);
    dialog.exec();
}

std::unique_ptr<QDialog> MainWindow::createRedirectionSettingsDialog()
{
    return std::make_unique<RedirectionSettingsDialog>(m_storage, m_redirection, this);
}

void MainWindow::showRedirectionSettings()
{
    createRedirectionSettingsDialog()->exec();
}

void MainWindow::showTeamMembers()
{
    TeamMembersDialog dialog(m_storage, this);
    dialog.exec();
}

QUrl MainWindow::userGuideUrl()
{
    // The Linux packages install the guide with the other docs (packaging/CMakeLists.txt,
    // CMAKE_INSTALL_DOCDIR: share/doc/PhoneDesk beside bin/); elsewhere it is read online.
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/PhoneDesk/user-guide.md");
    if (QFileInfo::exists(installed))
        return QUrl::fromLocalFile(QFileInfo(installed).canonicalFilePath());
    return QUrl(QStringLiteral("https://phonedesk.example.org/docs/user-guide.html"));
}

void MainWindow::showUserGuide()
{
    const QUrl url = userGuideUrl();
    if (!QDesktopServices::openUrl(url))
        MessageBox::warning(
            this, tr("User Guide"),
            tr("No program could open %1. Open it in a web browser or text editor.")
                .arg(url.isLocalFile() ? QDir::toNativeSeparators(url.toLocalFile()) : url.toString()));
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *list = new QTreeWidget(&dialog);
    list->setObjectName(QStringLiteral("shortcutsList"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    for (QAction *a : std::as_const(m_actions)) {
        if (a->shortcut().isEmpty() || !a->isVisible())
            continue;
        auto *item = new QTreeWidgetItem(list);
        item->setText(0, QString(a->text()).remove(u'&').remove(QStringLiteral("…")));
        item->setText(1, a->shortcut().toString(QKeySequence::NativeText));
    }
    // Shortcuts of widgets rather than of actions.
    auto *esc = new QTreeWidgetItem(list);
    esc->setText(0, tr("Clear the filter box (in it)"));
    esc->setText(1, QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText));
    auto *tabs = new QTreeWidgetItem(list);
    tabs->setText(0, tr("Go to a tab"));
    tabs->setText(1, tr("Alt + the tab's underlined letter"));
    list->resizeColumnToContents(0);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(480, 520);
    dialog.exec();
}

QUrl MainWindow::phoneWebPageUrl(Id id) const
{
    const int row = m_phoneModel->rowOf(id);
    if (row < 0)
        return {};
    const PhoneRow &phone = m_phoneModel->phoneRow(row);
    // Only managed phones have a web interface this console knows of.
    const QString address = phone.networkAddress.isEmpty() ? phone.lastFetchIp : phone.networkAddress;
    if (phone.category != PhoneCategory::Managed || address.isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(address); // an IPv6 address is put in brackets
    url.setPath(QStringLiteral("/"));
    return url.isValid() ? url : QUrl();
}

void MainWindow::openPhoneWebPage()
{
    const QList<Id> ids = selectedPhoneIds();
    if (ids.size() != 1)
        return;
    const QUrl url = phoneWebPageUrl(ids.first());
    if (url.isEmpty())
        return;
    if (!QDesktopServices::openUrl(url))
        MessageBox::warning(this, tr("Open Phone Web Page"),
                            tr("No web browser could open %1.").arg(url.toString()));
}

void MainWindow::about()
{
    MessageBox::information(
        this, tr("About PhoneDesk"),
        tr("PhoneDesk %1\n\nManages desk phones, softphones and remote phones: base settings per model, "
           "sites, "
           "users, line keys, zero-touch provisioning and live status.\n\nQt %2. Database: %3.")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 m_storage.spec().describe()));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1280, 760);
    fitToScreen();
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    if (!m_phoneView->header()->restoreState(settings.value(QStringLiteral("phoneColumns")).toByteArray()))
        fitPhoneColumns();
    if (!m_phoneSplitter->restoreState(settings.value(QStringLiteral("phoneSplitter")).toByteArray()))
        m_phoneSplitter->setSizes({height(), m_phoneSplitter->widget(1)->sizeHint().height()});
    // The lists hold few rows (profiles, sites, users): fitted to what they show unless the user
    // has sized them before.
    const std::pair<QTreeView *, const char *> lists[] = {{m_baseSettingsView, "baseSettingsColumns"},
                                                          {m_sitesView, "siteColumns"},
                                                          {m_usersView, "userColumns"}};
    for (const auto &[view, key] : lists) {
        if (view->header()->restoreState(settings.value(QLatin1String(key)).toByteArray()))
            continue;
        for (int c = 0; c < view->model()->columnCount() - 1; ++c)
            view->header()->resizeSection(
                c,
                std::clamp(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c) +
                               view->fontMetrics().height(),
                           view->header()->sectionSizeHint(c), 360));
    }
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("tab"), 0).toInt());
}

void MainWindow::fitPhoneColumns()
{
    // As wide as the longest value a column can show, from the few texts there are (status labels,
    // categories, models, sites, profiles): no look at the rows, so 100,000 phones load as fast.
    QHeaderView *header = m_phoneView->header();
    const QFontMetrics metrics = m_phoneView->fontMetrics();
    const int padding =
        2 * m_phoneView->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_phoneView) +
        metrics.horizontalAdvance(QLatin1Char('x')) * 2;
    auto fit = [&](int column, const QStringList &texts, int decoration) {
        int width = header->sectionSizeHint(column);
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text) + decoration + padding);
        header->resizeSection(column, std::min(width, 360));
    };
    QStringList statuses;
    for (int i = 0; i < PhoneStatusCount; ++i)
        statuses.append(StatusIcons::label(PhoneStatus(i)));
    const int icon = m_phoneView->iconSize().isValid()
        ? m_phoneView->iconSize().width()
        : m_phoneView->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_phoneView);
    fit(PhoneTableModel::Status, statuses, icon + 6);
    QStringList categories;
    for (int i = 0; i < PhoneCategoryCount; ++i)
        categories.append(displayName(PhoneCategory(i)));
    fit(PhoneTableModel::Category, categories, 0);
    QStringList models;
    for (int c = 1; c < m_modelFilter->count(); ++c)
        models.append(m_modelFilter->itemText(c));
    fit(PhoneTableModel::Model, models, 0);
    QStringList sites, profiles;
    for (int r = 0; r < m_sitesModel->rowCount(); ++r)
        sites.append(m_sitesModel->record(r).values.value(0).toString());
    for (int r = 0; r < m_baseSettingsModel->rowCount(); ++r)
        profiles.append(m_baseSettingsModel->record(r).values.value(0).toString());
    fit(PhoneTableModel::Site, sites, 0);
    fit(PhoneTableModel::BaseSettings, profiles, 0);
    fit(PhoneTableModel::Configuration,
        {m_phoneModel->headerData(PhoneTableModel::Configuration, Qt::Horizontal).toString()}, 0);
    fit(PhoneTableModel::Redirection,
        {m_phoneModel->headerData(PhoneTableModel::Redirection, Qt::Horizontal).toString(),
         displayName(RedirectionState::NotConfigured)},
        0);
}

void MainWindow::fitToScreen()
{
    // A geometry saved on a larger screen, or at a smaller scale (QT_SCALE_FACTOR=2 halves the
    // logical screen), would put the title bar or the status bar out of reach.
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // Before the first show the window manager's frame is not known yet: leave room for a title
    // bar and borders as the style draws them.
    QSize frame = frameGeometry().size() - geometry().size();
    if (frame.isNull()) {
        const int border = 2 * style()->pixelMetric(QStyle::PM_MdiSubWindowFrameWidth, nullptr, this);
        frame = QSize(border, border + style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this));
    }
    const QSize room = available.size() - frame;
    if (width() > room.width() || height() > room.height())
        resize(size().boundedTo(room));
    QRect placed(pos(), size() + frame);
    if (!available.contains(placed)) {
        placed.moveLeft(std::clamp(placed.left(), available.left(), available.right() - placed.width() + 1));
        placed.moveTop(std::clamp(placed.top(), available.top(), available.bottom() - placed.height() + 1));
        move(placed.topLeft());
    }
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("phoneColumns"), m_phoneView->header()->saveState());
    settings.setValue(QStringLiteral("phoneSplitter"), m_phoneSplitter->saveState());
    settings.setValue(QStringLiteral("baseSettingsColumns"), m_baseSettingsView->header()->saveState());
    settings.setValue(QStringLiteral("siteColumns"), m_sitesView->header()->saveState());
    settings.setValue(QStringLiteral("userColumns"), m_usersView->header()->saveState());
    settings.setValue(QStringLiteral("tab"), m_tabs->currentIndex());
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    // First paint done: now the background work that would have competed with it.
    if (m_pendingConfig && !m_pendingConfig->isStarted())
        QTimer::singleShot(0, m_pendingConfig, &PendingConfigWatcher::start);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace PhoneDesk
