#pragma once

// Manage → Redirection Services…: whether this console registers its phones with Poly ZTP and
// Yealink RPS, with which keys (kept in the keychain) and at which addresses; a connection test per
// service; how many phones each has registered, waiting and failed, and what the worker says; and
// Retry for the failed ones. In a team database phonedesk-server does the work: the page shows
// where things stand and where the server's keys are, and changes nothing.

#include "redirectionservice.h"

#include <QDialog>
#include <QTimer>

#include <memory>

namespace PhoneDesk {

class RedirectionControl;
class Storage;
struct ChangeEvent;

namespace Ui {
class RedirectionSettingsDialog;
}

class RedirectionSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedirectionSettingsDialog)

public:
    // `control`: this console's worker, null when it runs none (a team database's server does the
    // work, or the demo).
    RedirectionSettingsDialog(Storage &storage, RedirectionControl *control, QWidget *parent = nullptr);
    ~RedirectionSettingsDialog() override;

    // The services as the fields say; an error names the field that is not valid.
    Result<QList<RedirectionServiceConfig>> servicesFromFields() const;
    // Saves to the settings and the keychain and hands the worker the new settings; false (with
    // the reason shown) when a field is not valid.
    bool save();

    void accept() override;

private:
    void load();
    void test(const QString &service);
    void refreshStatus();
    void onChanged(const ChangeEvent &event);

    std::unique_ptr<Ui::RedirectionSettingsDialog> m_ui;
    Storage &m_storage;
    RedirectionControl *m_control;
    std::unique_ptr<RedirectionService> m_tester; // the connection test in flight
    QTimer m_refresh;
};

} // namespace PhoneDesk
