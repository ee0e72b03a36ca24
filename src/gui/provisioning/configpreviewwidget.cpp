#include "configpreviewwidget.h"

#include "configservice.h"
#include "readonlyform.h"
#include "storage.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace PhoneDesk {

ConfigPreviewWidget::ConfigPreviewWidget(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_show(new QPushButton(tr("&Show Passwords"), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("configPreview"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("configPreviewMessage"));
    m_show->setObjectName(QStringLiteral("showSecretsButton"));
    m_show->setCheckable(true);
    m_show->setToolTip(tr("Administrators only: show the passwords in these files"));
    // Showing changes nothing stored: the button belongs to no form's read-only mode.
    ReadOnlyForm::keepUsable(m_show);
    m_tabs->setObjectName(QStringLiteral("configPreviewTabs"));
    m_tabs->setDocumentMode(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_message, 1);
    top->addWidget(m_show, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    connect(m_show, &QPushButton::toggled, this, &ConfigPreviewWidget::setSecretsShown);
    updateShowButton();
}

QString ConfigPreviewWidget::mask()
{
    return QString(8, QChar(0x2022)); // ••••••••
}

void ConfigPreviewWidget::clear()
{
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_pages.clear();
    m_message->clear();
    m_shown = false;
    updateShowButton();
}

void ConfigPreviewWidget::addPage(const QString &title, const RenderedText &text)
{
    auto *view = new QPlainTextEdit(m_tabs);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setObjectName(title);
    Page page;
    page.view = view;
    // What the view holds is what select-all and copy take: the masked text until shown.
    page.masked = maskSecrets(text.text, text.secrets, mask());
    if (m_mayShow)
        page.plain = text.text;
    view->setPlainText(page.masked);
    m_pages.append(page);
    m_tabs->addTab(view, title);
}

void ConfigPreviewWidget::showPhone(Storage &storage, Id phoneId)
{
    clear();
    m_mayShow = roleAllows(storage.role(), Permission::Administer);
    ConfigService service(storage);
    auto preview = service.preview(phoneId);
    if (!preview) {
        m_message->setText(preview.error().fullText());
        updateShowButton();
        return;
    }
    const QString hidden = m_mayShow
        ? tr("Passwords are hidden; Show Passwords reveals them. Do not share them.")
        : tr("Passwords are hidden; only administrators can see them.");
    switch (preview->kind) {
    case ConfigPreview::Kind::Files:
        m_message->setText(tr("These are the exact files the provisioning server gives this phone.") + u' ' +
                           hidden);
        for (const RenderedFile &file : preview->files)
            addPage(file.name, toText(file));
        break;
    case ConfigPreview::Kind::Registration:
        m_message->setText(
            tr("This phone is not provisioned by PhoneDesk. Enter these settings on the device:") + u' ' +
            hidden);
        addPage(tr("SIP registration"), {preview->registrationText, preview->registrationSecrets});
        break;
    case ConfigPreview::Kind::Unavailable:
        m_message->setText(preview->message);
        break;
    }
    updateShowButton();
}

void ConfigPreviewWidget::setSecretsShown(bool shown)
{
    shown = shown && m_mayShow;
    if (shown == m_shown)
        return updateShowButton();
    m_shown = shown;
    for (const Page &page : std::as_const(m_pages))
        page.view->setPlainText(m_shown ? page.plain : page.masked);
    updateShowButton();
}

void ConfigPreviewWidget::updateShowButton()
{
    // Absent for roles that may not show secrets, not merely disabled.
    m_show->setVisible(m_mayShow && !m_pages.isEmpty());
    m_show->setEnabled(m_mayShow && !m_pages.isEmpty());
    const QSignalBlocker block(m_show);
    m_show->setChecked(m_shown);
    m_show->setText(m_shown ? tr("&Hide Passwords") : tr("&Show Passwords"));
}

QStringList ConfigPreviewWidget::fileNames() const
{
    QStringList out;
    for (int i = 0; i < m_tabs->count(); ++i)
        out.append(m_tabs->tabText(i));
    return out;
}

QString ConfigPreviewWidget::fileText(const QString &fileName) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabText(i) == fileName)
            return static_cast<QPlainTextEdit *>(m_tabs->widget(i))->toPlainText();
    }
    return {};
}

} // namespace PhoneDesk
