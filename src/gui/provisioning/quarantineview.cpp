#include "quarantineview.h"

#include "basesettingsrepository.h"
#include "changefeed.h"
#include "macaddress.h"
#include "modelcatalog.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "storage.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace PhoneDesk {

QuarantineModel::QuarantineModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void QuarantineModel::setEntries(QList<QuarantineEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int QuarantineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int QuarantineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuarantineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const QuarantineEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Mac:
            return MacAddress::format(e.mac);
        case Model: {
            const PhoneModel *model = ModelCatalog::builtin().find(e.modelId);
            return model ? model->displayName : QString();
        }
        case Address:
            return e.ip;
        case UserAgent:
            return e.userAgent;
        case FirstSeen:
            return QLocale().toString(e.firstSeen.toLocalTime(), QLocale::ShortFormat);
        case LastSeen:
            return QLocale().toString(e.lastSeen.toLocalTime(), QLocale::ShortFormat);
        case Requests:
            return e.requests;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == UserAgent)
        return e.userAgent; // the column is elided; the whole string matters when reporting a phone
    if (role == Qt::TextAlignmentRole && index.column() == Requests)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) { // raw values for sorting
        switch (index.column()) {
        case FirstSeen:
            return e.firstSeen;
        case LastSeen:
            return e.lastSeen;
        case Requests:
            return e.requests;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant QuarantineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Mac:
        return tr("MAC address");
    case Model:
        return tr("Model");
    case Address:
        return tr("Address");
    case UserAgent:
        return tr("User-Agent");
    case FirstSeen:
        return tr("First seen");
    case LastSeen:
        return tr("Last seen");
    case Requests:
        return tr("Requests");
    default:
        return {};
    }
}

QuarantineView::QuarantineView(Storage &storage, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_model(new QuarantineModel(this))
    , m_view(new QTableView(this))
    , m_claim(new QPushButton(tr("&Claim…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_error(new QLabel(this))
    , m_drops(new QLabel(this))
{
    setObjectName(QStringLiteral("quarantineView"));
    m_claim->setObjectName(QStringLiteral("quarantineClaim"));
    m_remove->setObjectName(QStringLiteral("quarantineRemove"));
    m_view->setObjectName(QStringLiteral("quarantineTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // Every column as wide as its content; the User-Agent takes the rest and is elided.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QuarantineModel::UserAgent, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);

    auto *intro =
        new QLabel(tr("Devices that asked for a configuration but are not on record. They were not served. "
                      "Claim one to add it as a managed phone."),
                   this);
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_claim);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    m_error->setObjectName(QStringLiteral("quarantineError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    m_drops->setObjectName(QStringLiteral("quarantineDrops"));
    m_drops->setWordWrap(true);
    m_drops->hide();
    layout->addWidget(m_drops);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_claim, &QPushButton::clicked, this, &QuarantineView::claimSelected);
    connect(m_remove, &QPushButton::clicked, this, &QuarantineView::removeSelected);
    connect(m_view, &QTableView::doubleClicked, this, &QuarantineView::claimSelected);
    connect(ChangeFeed::instance(), &ChangeFeed::changed, this, &QuarantineView::onChange);
    const bool mayEdit = roleAllows(storage.role(), Permission::EditPhones);
    m_claim->setVisible(mayEdit);
    m_remove->setVisible(mayEdit);
    refresh();
}

void QuarantineView::refresh()
{
    auto entries = QuarantineRepository(m_storage).list();
    m_error->setVisible(!entries);
    if (!entries) {
        // Keep what was listed; say why it may be out of date.
        m_error->setText(tr("The quarantine could not be read: %1").arg(entries.error().fullText()));
        return;
    }
    m_model->setEntries(*entries);
    // A flood of made-up MACs pushes entries out; say so, or a phone missing here is a mystery.
    auto drops = QuarantineRepository(m_storage).drops();
    if (drops && drops->count > 0) {
        m_drops->setText(tr("%n unknown device(s) dropped from the quarantine to make room for newer ones, "
                            "the last on %1. "
                            "The server's log names the addresses they came from.",
                            nullptr, int(std::min<qint64>(drops->count, std::numeric_limits<int>::max())))
                             .arg(QLocale().toString(drops->last.toLocalTime(), QLocale::ShortFormat)));
    }
    m_drops->setVisible(drops && drops->count > 0);
}

QString QuarantineView::dropsText() const
{
    return m_drops->isVisibleTo(this) ? m_drops->text() : QString();
}

void QuarantineView::onChange(const ChangeEvent &event)
{
    if (event.entity == ChangeEvent::Entity::Quarantine || event.entity == ChangeEvent::Entity::Phone)
        refresh();
}

int QuarantineView::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void QuarantineView::claimSelected()
{
    const int row = selectedRow();
    if (row >= 0)
        claim(row);
}

void QuarantineView::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || !roleAllows(m_storage.role(), Permission::EditPhones))
        return;
    if (auto r = QuarantineRepository(m_storage).remove({m_model->entry(row).mac}); !r)
        QMessageBox::warning(this, tr("Remove from quarantine"), r.error().fullText());
}

Id QuarantineView::claim(int row, const QString &givenName, Id baseSettingsId, Id siteId)
{
    // A double click claims too: without the right to add phones there is nothing to ask.
    if (!roleAllows(m_storage.role(), Permission::EditPhones))
        return 0;
    if (row < 0 || row >= m_model->rowCount())
        return 0;
    const QuarantineEntry entry = m_model->entry(row);
    QString name = givenName;
    if (name.isEmpty() || baseSettingsId == 0 || siteId == 0) {
        auto baseSettings = m_storage.baseSettings().list();
        auto sites = m_storage.sites().list();
        if (!baseSettings || !sites) {
            QMessageBox::warning(this, tr("Claim device"),
                                 (!baseSettings ? baseSettings.error() : sites.error()).fullText());
            return 0;
        }
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Claim %1").arg(MacAddress::format(entry.mac)));
        auto *nameEdit = new QLineEdit(&dialog);
        nameEdit->setText(name);
        auto *bsCombo = new QComboBox(&dialog);
        for (const BaseSettingsSummary &s : *baseSettings) {
            const PhoneModel *model = ModelCatalog::builtin().find(s.settings.modelId);
            if (!model || !model->supports(PhoneCategory::Managed))
                continue;
            bsCombo->addItem(s.settings.name, s.settings.id);
            // Suggest base settings of the model the User-Agent names.
            if (s.settings.modelId == entry.modelId)
                bsCombo->setCurrentIndex(bsCombo->count() - 1);
        }
        auto *siteCombo = new QComboBox(&dialog);
        for (const Site &s : *sites)
            siteCombo->addItem(s.name, s.id);
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("&Name:"), nameEdit);
        form->addRow(tr("&Base settings:"), bsCombo);
        form->addRow(tr("&Site:"), siteCombo);
        auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        form->addRow(box);
        connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        name = nameEdit->text().trimmed();
        baseSettingsId = bsCombo->currentData().toLongLong();
        siteId = siteCombo->currentData().toLongLong();
    }

    Phone phone;
    phone.name = name;
    phone.category = PhoneCategory::Managed;
    phone.baseSettingsId = baseSettingsId;
    phone.siteId = siteId;
    phone.hardwareId = entry.mac;
    auto created = m_storage.phones().create(phone);
    if (!created) {
        QMessageBox::warning(this, tr("Claim device"), created.error().fullText());
        return 0;
    }
    if (auto removed = QuarantineRepository(m_storage).remove({entry.mac}); !removed)
        QMessageBox::warning(this, tr("Claim device"), removed.error().fullText());
    emit phoneClaimed(created->id);
    return created->id;
}

} // namespace PhoneDesk
