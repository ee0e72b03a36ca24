#pragma once

// The console's main window: Phones, Base Settings, Sites, Users and Activity tabs, with the
// menus, toolbar, shortcuts and status bar, and what the current role may do.

#include "entities.h"
#include "phonefilter.h"
#include "result.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QToolBar;
class QTreeView;

namespace PhoneDesk {

class ActivityPage;
class DeviceControl;
class Operation;
class PendingConfigWatcher;
class ProvisioningController;
class RedirectionControl;
class PhoneFilterProxyModel;
class PhoneTableModel;
class RecordTableModel;
class Storage;
struct ChangeEvent;
struct ConnectionSpec;

namespace Ui {
class MainWindow;
}

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Storage &storage, QWidget *parent = nullptr);
    ~MainWindow() override;

    PhoneTableModel *phoneModel() const { return m_phoneModel; }
    PhoneFilterProxyModel *phoneProxy() const { return m_phoneProxy; }
    QTreeView *phoneView() const { return m_phoneView; }
    // The action called `objectName` (tests and the screenshot tour trigger actions by name).
    QAction *action(const QString &objectName) const;
    // Ids of the selected phones, or of every phone the filter shows when none is selected.
    QList<Id> selectedPhoneIds() const;
    QList<Id> filteredPhoneIds() const;
    // The filter as the filter bar shows it.
    PhoneFilter filterFromWidgets() const;

    // Where Help > User Guide goes: the installed docs/user-guide.md where the package put it,
    // else the guide online.
    static QUrl userGuideUrl();
    // The phone's web interface (https://<address>/), empty for one without an address.
    QUrl phoneWebPageUrl(Id id) const;

    // Opens the editor for a phone (0 = new) and returns when it closes. True when saved.
    bool editPhone(Id id);
    // Applies the role to what the UI offers (the storage refuses the rest anyway).
    void applyRole();
    // Live status and Restart / Log Out / Check Status; without it those commands are unavailable.
    void setDeviceControl(DeviceControl *control);
    // The in-process provisioning server, shown in the status bar (listening, off or failed).
    void setProvisioningController(ProvisioningController *controller);
    // This console's redirection worker (Manage → Redirection Services); null when it runs none.
    void setRedirection(RedirectionControl *control) { m_redirection = control; }
    PendingConfigWatcher *pendingConfigWatcher() const { return m_pendingConfig; }
    // The operation running or last run from this window (tests follow it).
    Operation *lastOperation() const;
    // Manage > Provisioning Quarantine / Provisioning Server Settings, built but not shown.
    std::unique_ptr<QDialog> createQuarantineDialog();
    std::unique_ptr<QDialog> createProvisioningSettingsDialog();
    std::unique_ptr<QDialog> createRedirectionSettingsDialog();

signals:
    // File > Connect: the user chose another database; the application reopens on it.
    void connectionRequested(const PhoneDesk::ConnectionSpec &spec);

protected:
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // The database connection was lost / is back (ConnectionGuard of a PostgreSQL connection).
    void onDatabaseLost(const QString &reason);
    void onDatabaseRestored(double seconds);
    // The form (ui/mainwindow.ui) holds the actions, menus and toolbar; this gives the actions the
    // platform's standard shortcuts and their slots.
    void wireActions();
    QWidget *createPhonesPage();
    QWidget *createListPage(const QString &name, const QString &searchText, RecordTableModel *model,
                            QTreeView **view, const QList<QAction *> &actions, QAction *activate);
    void refreshFilterChoices();
    // The names of these phones for a confirmation: up to five, then "and N more".
    QString phoneNames(const QList<Id> &ids) const;
    void applyFilterWidgets();
    void updateCounts();
    void updateSelectionActions();
    void reloadBaseSettings();
    void reloadSites();
    void reloadUsers();
    void onChanged(const ChangeEvent &event);
    Id currentRecordId(QTreeView *view) const;
    void restoreLayout();
    void saveLayout();
    void fitPhoneColumns();
    QWidget *createDetailsPane(QWidget *parent);
    void updateDetails();
    void fitToScreen();
    void showPhoneContextMenu(const QPoint &pos);
    void startOperation(const QString &title, Result<Operation *> operation);
    void showOperationDetails();

    void addPhone();
    void editCurrentPhone();
    void deletePhones();
    void migratePhones();
    void logOutPhones();
    void restartPhones();
    void checkStatus();
    void pinWebCertificate();
    void onWebCertificate(Id id, const QString &name, const Result<QSslCertificate> &result);
    void importCsv();
    void exportCsv();
    void clearFilters();
    void focusFilter();
    void refresh();
    void newBaseSettings();
    void duplicateBaseSettings();
    void editBaseSettings();
    void deleteBaseSettings();
    void newSite();
    void editSite();
    void deleteSite();
    void newUser();
    void editUser();
    void deleteUser();
    void connectDatabase();
    void about();
    void showQuarantine();
    void showProvisioningSettings();
    void showFirmware();
    void showFirmwareRollouts();
    void showRedirectionSettings();
    void showTeamMembers();
    void showUserGuide();
    void showShortcuts();
    void openPhoneWebPage();
    void setSiteOfPhones();
    void setUserOfPhones();
    // Sets the site or user (`field`: "site" / "user") of the selected phones, all or none.
    void bulkEdit(const QString &field);
    void quit();
    // The status bar's "who": login, role and sites in a team database, the role on one desk.
    void updateSessionLabel();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Storage &m_storage;
    QTabWidget *m_tabs = nullptr;
    PhoneTableModel *m_phoneModel = nullptr;
    PhoneFilterProxyModel *m_phoneProxy = nullptr;
    QTreeView *m_phoneView = nullptr;
    QLineEdit *m_nameFilter = nullptr;
    QCheckBox *m_pendingFilter = nullptr;
    QComboBox *m_siteFilter = nullptr;
    QComboBox *m_baseSettingsFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_categoryFilter = nullptr;
    QComboBox *m_modelFilter = nullptr;
    QList<QLabel *> m_statusCountLabels;
    QLabel *m_shownLabel = nullptr;
    QSplitter *m_phoneSplitter = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QWidget *m_detailsForm = nullptr;
    QHash<int, QLabel *> m_detailLabels; // PhoneTableModel column -> value label
    Id m_detailsPhone = 0;

    RecordTableModel *m_baseSettingsModel = nullptr;
    RecordTableModel *m_sitesModel = nullptr;
    RecordTableModel *m_usersModel = nullptr;
    QTreeView *m_baseSettingsView = nullptr;
    QTreeView *m_sitesView = nullptr;
    QTreeView *m_usersView = nullptr;
    ActivityPage *m_activity = nullptr;

    QLabel *m_roleLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_provisioningLabel = nullptr;
    PendingConfigWatcher *m_pendingConfig = nullptr;
    QProgressBar *m_progress = nullptr;
    QAction *m_operationDetails = nullptr;
    QPointer<DeviceControl> m_deviceControl;
    RedirectionControl *m_redirection = nullptr; // outlives this window (ConsoleSession)
    QPointer<Operation> m_lastOperation;
    QMenu *m_phoneMenu = nullptr;
    QList<QAction *> m_actions;
    bool m_refreshingChoices = false;
};

} // namespace PhoneDesk
