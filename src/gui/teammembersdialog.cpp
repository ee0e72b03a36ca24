#include "teammembersdialog.h"

#include "messagebox.h"
#include "scram.h"
#include "siterepository.h"
#include "storage.h"

#include "ui_teammembereditor.h"
#include "ui_teammembersdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>

namespace PhoneDesk {

namespace {
bool scoped(TeamRole role)
{
    return role == TeamRole::Viewer || role == TeamRole::Operator || role == TeamRole::Editor;
}
} // namespace

TeamMemberEditor::TeamMemberEditor(Storage &storage, std::optional<TeamMember> existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TeamMemberEditor>())
    , m_storage(storage)
    , m_existing(std::move(existing))
{
    m_ui->setupUi(this);
    setWindowTitle(m_existing ? tr("Team Member %1").arg(m_existing->login) : tr("Add Team Member"));
    if (m_existing) {
        m_ui->loginEdit->setText(m_existing->login);
        m_ui->loginEdit->setReadOnly(true);
    }
    for (const TeamRole role : allTeamRoles())
        m_ui->roleCombo->addItem(displayName(role), toKey(role));
    m_ui->roleCombo->setCurrentIndex(
        m_ui->roleCombo->findData(toKey(m_existing ? m_existing->role : TeamRole::Viewer)));
    if (auto sites = m_storage.sites().list()) {
        for (const Site &site : *sites) {
            auto *item = new QListWidgetItem(site.name, m_ui->sitesList);
            item->setData(Qt::UserRole, site.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool chosen = m_existing && m_existing->sites && m_existing->sites->contains(site.id);
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_ui->allSitesCheck->setChecked(!m_existing || !m_existing->sites);
    m_ui->passwordEdit->setPlaceholderText(m_existing ? tr("Leave empty to keep the password") : QString());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit : {m_ui->loginEdit, m_ui->passwordEdit, m_ui->confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &TeamMemberEditor::validate);
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, &TeamMemberEditor::validate);
    connect(m_ui->allSitesCheck, &QCheckBox::toggled, this, &TeamMemberEditor::validate);
    connect(m_ui->noPasswordCheck, &QCheckBox::toggled, this, &TeamMemberEditor::validate);
    connect(m_ui->sitesList, &QListWidget::itemChanged, this, &TeamMemberEditor::validate);
    validate();
}

TeamMemberEditor::~TeamMemberEditor() = default;

TeamMember TeamMemberEditor::member() const
{
    TeamMember m;
    m.login = m_ui->loginEdit->text().trimmed();
    m.role = teamRoleFromKey(m_ui->roleCombo->currentData().toString()).value_or(TeamRole::Viewer);
    if (scoped(m.role) && !m_ui->allSitesCheck->isChecked()) {
        QList<Id> ids;
        for (int i = 0; i < m_ui->sitesList->count(); ++i) {
            if (m_ui->sitesList->item(i)->checkState() == Qt::Checked)
                ids.append(m_ui->sitesList->item(i)->data(Qt::UserRole).toLongLong());
        }
        m.sites = ids;
    }
    return m;
}

QString TeamMemberEditor::password() const
{
    return m_ui->noPasswordCheck->isChecked() ? QString() : m_ui->passwordEdit->text();
}

bool TeamMemberEditor::noPassword() const
{
    return m_ui->noPasswordCheck->isChecked();
}

QString TeamMemberEditor::problem() const
{
    const TeamMember m = member();
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.@-]{0,62}$"));
    if (!m_existing && !loginPattern.match(m.login).hasMatch())
        return m.login.isEmpty() ? tr("Login: enter the PostgreSQL login name.")
                                 : tr("Login: use letters, digits and _ . @ - (at most 63).");
    if (!m_existing && m.login.startsWith(QLatin1String("pg_"), Qt::CaseInsensitive))
        return tr("Login: names starting with pg_ are reserved by PostgreSQL.");
    if (m.sites && m.sites->isEmpty())
        return tr("Sites: choose at least one site, or All sites.");
    if (m_ui->noPasswordCheck->isChecked())
        return {};
    const QString pw = m_ui->passwordEdit->text();
    if (pw.isEmpty() && m_existing)
        return {}; // the password stays
    if (const QString bad = Scram::checkPassword(pw); !bad.isEmpty())
        return tr("Password: %1").arg(bad);
    if (m_ui->confirmEdit->text() != pw)
        return tr("Confirm: the two passwords differ.");
    return {};
}

void TeamMemberEditor::validate()
{
    const bool siteChoice =
        scoped(teamRoleFromKey(m_ui->roleCombo->currentData().toString()).value_or(TeamRole::Viewer));
    m_ui->allSitesCheck->setEnabled(siteChoice);
    m_ui->sitesList->setEnabled(siteChoice && !m_ui->allSitesCheck->isChecked());
    m_ui->passwordEdit->setEnabled(!m_ui->noPasswordCheck->isChecked());
    m_ui->confirmEdit->setEnabled(!m_ui->noPasswordCheck->isChecked());
    const QString text = problem();
    m_ui->problemLabel->setText(text);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void TeamMemberEditor::accept()
{
    if (!problem().isEmpty())
        return;
    const TeamMember m = member();
    TeamRepository &team = m_storage.team();
    const QString verifier = password().isEmpty() ? QString() : Scram::verifier(password());
    Result<void> done;
    if (!m_existing) {
        auto added = team.add(m, verifier);
        if (!added)
            done = added.error();
    } else {
        if (m.role != m_existing->role)
            done = team.setRole(m.login, m.role);
        // After a role change the database dropped the sites of a role without them; else as chosen.
        if (done && scoped(m.role) && m.sites != m_existing->sites)
            done = team.setSites(m.login, m.sites);
        if (done && (noPassword() || !verifier.isEmpty()))
            done = team.setPassword(m.login, verifier);
    }
    if (!done) {
        m_ui->problemLabel->setText(done.error().fullText());
        return;
    }
    QDialog::accept();
}

TeamMembersDialog::TeamMembersDialog(Storage &storage, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TeamMembersDialog>())
    , m_storage(storage)
{
    m_ui->setupUi(this);
    m_ui->membersView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->membersView, &QTreeWidget::itemSelectionChanged, this, &TeamMembersDialog::updateButtons);
    connect(m_ui->membersView, &QTreeWidget::itemDoubleClicked, this, &TeamMembersDialog::editMember);
    connect(m_ui->addButton, &QPushButton::clicked, this, &TeamMembersDialog::addMember);
    connect(m_ui->editButton, &QPushButton::clicked, this, &TeamMembersDialog::editMember);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &TeamMembersDialog::removeMember);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

TeamMembersDialog::~TeamMembersDialog() = default;

bool TeamMembersDialog::reload()
{
    m_siteNames.clear();
    if (auto sites = m_storage.sites().list()) {
        for (const Site &s : *sites)
            m_siteNames.insert(s.id, s.name);
    }
    const QString current = currentLogin();
    m_ui->membersView->clear();
    auto members = m_storage.team().list();
    if (!members) {
        m_members.clear();
        m_ui->statusLabel->setText(members.error().fullText());
        updateButtons();
        return false;
    }
    m_members = *members;
    m_ui->statusLabel->setText(tr("%n member(s).", nullptr, int(m_members.size())));
    for (const TeamMember &m : std::as_const(m_members)) {
        QStringList sites;
        for (const Id id : m.sites.value_or(QList<Id>()))
            sites.append(m_siteNames.value(id, QString::number(id)));
        auto *item = new QTreeWidgetItem(m_ui->membersView,
                                         {m.login, displayName(m.role),
                                          m.sites ? sites.join(QStringLiteral(", ")) : tr("All sites"),
                                          m.canLogin ? tr("Yes") : tr("No")});
        item->setData(0, Qt::UserRole, m.login);
        if (m.login == current)
            m_ui->membersView->setCurrentItem(item);
    }
    updateButtons();
    return true;
}

QString TeamMembersDialog::currentLogin() const
{
    const QTreeWidgetItem *item = m_ui->membersView->currentItem();
    return item && item->isSelected() ? item->data(0, Qt::UserRole).toString() : QString();
}

void TeamMembersDialog::updateButtons()
{
    const bool selected = !currentLogin().isEmpty();
    m_ui->editButton->setEnabled(selected);
    m_ui->removeButton->setEnabled(selected && currentLogin() != m_storage.identity().login);
}

void TeamMembersDialog::addMember()
{
    TeamMemberEditor editor(m_storage, std::nullopt, this);
    if (editor.exec() == QDialog::Accepted)
        reload();
}

void TeamMembersDialog::editMember()
{
    const QString login = currentLogin();
    const auto it = std::find_if(m_members.cbegin(), m_members.cend(),
                                 [&](const TeamMember &m) { return m.login == login; });
    if (it == m_members.cend())
        return;
    TeamMemberEditor editor(m_storage, *it, this);
    if (editor.exec() == QDialog::Accepted)
        reload();
}

void TeamMembersDialog::removeMember()
{
    const QString login = currentLogin();
    if (login.isEmpty())
        return;
    if (MessageBox::question(
            this, tr("Remove Team Member"),
            tr("Remove %1 from the team? The login loses every right in this database at once.")
                .arg(login)) != QMessageBox::Yes)
        return;
    auto removed = m_storage.team().remove(login);
    if (!removed) {
        MessageBox::warning(this, tr("Remove Team Member"), removed.error().fullText());
        return;
    }
    reload();
}

} // namespace PhoneDesk
