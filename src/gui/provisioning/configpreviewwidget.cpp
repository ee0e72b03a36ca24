#include "configpreviewwidget.h"

#include "configservice.h"
#include "storage.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace PhoneDesk {

ConfigPreviewWidget::ConfigPreviewWidget(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("configPreview"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("configPreviewTabs"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
}

void ConfigPreviewWidget::clear()
{
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_message->clear();
}

void ConfigPreviewWidget::showPhone(Storage &storage, Id phoneId)
{
    clear();
    auto addText = [this](const QString &title, const QString &text) {
        auto *view = new QPlainTextEdit(m_tabs);
        view->setReadOnly(true);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        view->setPlainText(text);
        view->setObjectName(title);
        m_tabs->addTab(view, title);
    };
    ConfigService service(storage);
    auto preview = service.preview(phoneId);
    if (!preview) {
        m_message->setText(preview.error().fullText());
        return;
    }
    switch (preview->kind) {
    case ConfigPreview::Kind::Files:
        m_message->setText(tr("These are the exact files the provisioning server gives this phone. "
                              "They contain its credentials: do not share them."));
        for (const RenderedFile &file : preview->files)
            addText(file.name, QString::fromUtf8(file.body));
        break;
    case ConfigPreview::Kind::Registration:
        m_message->setText(
            tr("This phone is not provisioned by PhoneDesk. Enter these settings on the device:"));
        addText(tr("SIP registration"), preview->registrationText);
        break;
    case ConfigPreview::Kind::Unavailable:
        m_message->setText(preview->message);
        break;
    }
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
