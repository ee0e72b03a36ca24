#pragma once

// Create or edit a site: media model, SIP servers, provisioning host, time zone, E911 location.

#include "entities.h"
#include "formerrors.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace PhoneDesk {

class Storage;

class SiteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteDialog)

public:
    SiteDialog(Storage &storage, Site site, QWidget *parent = nullptr);

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
    ServerFields makeServer(const QString &prefix);
    void validate();

    Storage &m_storage;
    Site m_site;
    FormErrors m_errors;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_media = nullptr;
    ServerFields m_primary;
    ServerFields m_secondary;
    QLineEdit *m_provisioningHost = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLineEdit *m_e911 = nullptr;
    QPlainTextEdit *m_numberPlan = nullptr;
    QLabel *m_otherErrors = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

class UserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDialog)

public:
    UserDialog(Storage &storage, User user, QWidget *parent = nullptr);

    User userFromFields() const;
    const User &savedUser() const { return m_user; }
    void accept() override;

private:
    void validate();

    Storage &m_storage;
    User m_user;
    FormErrors m_errors;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_extension = nullptr;
    QLabel *m_otherErrors = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace PhoneDesk
