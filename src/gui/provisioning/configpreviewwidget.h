#pragma once

// The phone editor's "Configuration" page: the exact files the provisioning server serves the
// phone (one tab per file), or for unmanaged phones the SIP registration data to enter by hand.
// Credentials (the places the renderers report) are masked for everyone; administrators may
// show them, other roles never hold them in the widget at all.

#include "entities.h"
#include "renderedconfig.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace PhoneDesk {

class Storage;

class ConfigPreviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigPreviewWidget)

public:
    explicit ConfigPreviewWidget(QWidget *parent = nullptr);

    // Renders the stored phone `phoneId` (as saved; unsaved edits are not shown), secrets hidden.
    void showPhone(Storage &storage, Id phoneId);
    void clear();

    // The text of the tab named `fileName` as shown (and as copying takes it): masked while the
    // secrets are hidden.
    QString fileText(const QString &fileName) const;
    QStringList fileNames() const;

    // Administrators only (the Show button): shows or hides the credentials of every tab.
    bool mayShowSecrets() const { return m_mayShow; }
    bool secretsShown() const { return m_shown; }
    void setSecretsShown(bool shown);

    // What stands in for every secret: the same for all, so its length tells nothing.
    static QString mask();

private:
    struct Page
    {
        QPlainTextEdit *view = nullptr;
        QString masked;
        QString plain; // empty unless the role may show secrets
    };
    void addPage(const QString &title, const RenderedText &text);
    void updateShowButton();

    QLabel *m_message;
    QPushButton *m_show;
    QTabWidget *m_tabs;
    QList<Page> m_pages;
    bool m_mayShow = false;
    bool m_shown = false;
};

} // namespace PhoneDesk
