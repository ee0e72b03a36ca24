#pragma once

// The phone editor's "Configuration" page: the exact files the provisioning server serves the
// phone (one tab per file), or for unmanaged phones the SIP registration data to enter by hand.

#include "entities.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace PhoneDesk {

class Storage;

class ConfigPreviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigPreviewWidget)

public:
    explicit ConfigPreviewWidget(QWidget *parent = nullptr);

    // Renders the stored phone `phoneId` (as saved; unsaved edits are not shown).
    void showPhone(Storage &storage, Id phoneId);
    void clear();

    // The text of the tab named `fileName` (tests, copy to clipboard).
    QString fileText(const QString &fileName) const;
    QStringList fileNames() const;

private:
    QLabel *m_message;
    QTabWidget *m_tabs;
};

} // namespace PhoneDesk
