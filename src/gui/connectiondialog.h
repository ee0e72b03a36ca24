#pragma once

// Choose the database: the embedded SQLite file or a PostgreSQL server. The password goes to the
// OS keychain when asked to (or stays in memory for the session), never into a settings file.
// When the organisation locks the database (ManagedSettings), the dialog is its sign-in: the
// server fields show "Managed by your organisation" and cannot be edited.

#include "connectionspec.h"

#include <QDialog>

#include <memory>

class QLabel;

namespace PhoneDesk {

namespace Ui {
class ConnectionDialog;
} // namespace Ui

class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(const ConnectionSpec &current, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    ConnectionSpec spec() const;
    void accept() override;

    // The last connection chosen (without password), from the settings file.
    static std::optional<ConnectionSpec> savedConnection();
    static void saveConnection(const ConnectionSpec &spec);
    // URL form without password: "sqlite:/path" or "postgresql://user@host:port/db[?sslmode=..]".
    static QString toUrl(const ConnectionSpec &spec);

    // The team database's sign-in (a managed install's first start, or a password that no longer
    // works): shows the dialog for `spec`; on Connect, `spec` is what was entered and true returns.
    static bool signIn(ConnectionSpec &spec, QWidget *parent = nullptr);

    // True when the database fields are locked to the managed database.
    bool isLocked() const { return m_locked; }

private:
    void validate();
    void lockTo(const ConnectionSpec &managed, const ConnectionSpec &current);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    QLabel *m_error = nullptr;
    QString m_sslMode;
    QString m_sslRootCertificate;
    QList<std::pair<QString, int>> m_moreHosts;
    QString m_targetSessionAttrs;
    bool m_locked = false;
};

} // namespace PhoneDesk
