#pragma once

// Create or edit a site: media model, SIP servers, provisioning host, time zone, E911 location.

#include "entities.h"
#include "formerrors.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace PhoneDesk {

class Storage;

namespace Ui {
class SiteDialog;
class UserDialog;
} // namespace Ui

class SiteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteDialog)

public:
    SiteDialog(Storage &storage, Site site, QWidget *parent = nullptr);
    ~SiteDialog() override;

    Site siteFromFields() const;
    const Site &savedSite() const { return m_site; }
    void accept() override;

private:
    struct ServerFields
    {
        QLineEdit *host = nullptr;
        QSpinBox *port = nullptr;
        QComboBox *transport = nullptr;
    };
    void showSite(const Site &site);
    void showServer(const ServerFields &fields, const SipServer &server);
    void validate();

    std::unique_ptr<Ui::SiteDialog> m_ui;
    Storage &m_storage;
    Site m_site;
    FormErrors m_errors;
    ServerFields m_primary;
    ServerFields m_secondary;
    QLabel *m_otherErrors = nullptr;
};

class UserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDialog)

public:
    UserDialog(Storage &storage, User user, QWidget *parent = nullptr);
    ~UserDialog() override;

    User userFromFields() const;
    const User &savedUser() const { return m_user; }
    void accept() override;

private:
    void showUser(const User &user);
    void validate();

    std::unique_ptr<Ui::UserDialog> m_ui;
    Storage &m_storage;
    User m_user;
    FormErrors m_errors;
    QLabel *m_otherErrors = nullptr;
};

} // namespace PhoneDesk
