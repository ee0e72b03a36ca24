#include "teammembersdialog.h"

#include "messagebox.h"
#include "scram.h"
#include "siterepository.h"
#include "storage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PhoneDesk {

namespace {
bool scoped(TeamRole role)
{
    return role == TeamRole::Viewer || role == TeamRole::Operator || role == TeamRole::Editor;
}
} // namespace

TeamMemberEditor::TeamMemberEditor(Storage &storage, std::optional<TeamMember> existing, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("teamMemberEditor"));
    setWindowTitle(m_existing ? tr("Team Member %1").arg(m_existing->login) : tr("Add Team Member"));
    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setPlaceholderText(tr("PostgreSQL login, e.g. anna.keller"));
    m_login->setMaxLength(63);
    if (m_existing) {
        m_login->setText(m_existing->login);
        m_login->setReadOnly(true);
    }
    form->addRow(tr("&Login:"), m_login);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (const TeamRole role : allTeamRoles())
        m_role->addItem(displayName(role), toKey(role));
    m_role->setCurrentIndex(m_role->findData(toKey(m_existing ? m_existing->role : TeamRole::Viewer)));
    form->addRow(tr("&Role:"), m_role);

    m_allSites = new QCheckBox(tr("&All sites"), this);
    m_allSites->setObjectName(QStringLiteral("allSitesCheck"));
    m_sites = new QListWidget(this);
    m_sites->setObjectName(QStringLiteral("sitesList"));
    m_sites->setMaximumHeight(140);
    if (auto sites = m_storage.sites().list()) {
        for (const Site &site : *sites) {
            auto *item = new QListWidgetItem(site.name, m_sites);
            item->setData(Qt::UserRole, site.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool chosen = m_existing && m_existing->sites && m_existing->sites->contains(site.id);
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_allSites->setChecked(!m_existing || !m_existing->sites);
    auto *sites = new QVBoxLayout;
    sites->addWidget(m_allSites);
    sites->addWidget(m_sites);
    form->addRow(tr("&Sites:"), sites);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(m_existing ? tr("Leave empty to keep the password") : QString());
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_noPassword =
        new QCheckBox(tr("&No password: the login signs in with a certificate or peer authentication"), this);
    m_noPassword->setObjectName(QStringLiteral("noPasswordCheck"));
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Confirm:"), m_confirm);
    form->addRow(QString(), m_noPassword);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_login, m_password, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &TeamMemberEditor::validate);
    connect(m_role, &QComboBox::currentIndexChanged, this, &TeamMemberEditor::validate);
    connect(m_allSites, &QCheckBox::toggled, this, &TeamMemberEditor::validate);
    connect(m_noPassword, &QCheckBox::toggled, this, &TeamMemberEditor::validate);
    connect(m_sites, &QListWidget::itemChanged, this, &TeamMemberEditor::validate);
    validate();
}

TeamMember TeamMemberEditor::member() const
{
    TeamMember m;
    m.login = m_login->text().trimmed();
    m.role = teamRoleFromKey(m_role->currentData().toString()).value_or(TeamRole::Viewer);
    if (scoped(m.role) && !m_allSites->isChecked()) {
        QList<Id> ids;
        for (int i = 0; i < m_sites->count(); ++i) {
            if (m_sites->item(i)->checkState() == Qt::Checked)
                ids.append(m_sites->item(i)->data(Qt::UserRole).toLongLong());
        }
        m.sites = ids;
    }
    return m;
}

QString TeamMemberEditor::password() const
{
    return m_noPassword->isChecked() ? QString() : m_password->text();
}

bool TeamMemberEditor::noPassword() const
{
    return m_noPassword->isChecked();
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
    if (m_noPassword->isChecked())
        return {};
    const QString pw = m_password->text();
    if (pw.isEmpty() && m_existing)
        return {}; // the password stays
    if (const QString bad = Scram::checkPassword(pw); !bad.isEmpty())
        return tr("Password: %1").arg(bad);
    if (m_confirm->text() != pw)
        return tr("Confirm: the two passwords differ.");
    return {};
}

void TeamMemberEditor::validate()
{
    const bool siteChoice =
        scoped(teamRoleFromKey(m_role->currentData().toString()).value_or(TeamRole::Viewer));
    m_allSites->setEnabled(siteChoice);
    m_sites->setEnabled(siteChoice && !m_allSites->isChecked());
    m_password->setEnabled(!m_noPassword->isChecked());
    m_confirm->setEnabled(!m_noPassword->isChecked());
    const QString text = problem();
    m_problem->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
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
        m_problem->setText(done.error().fullText());
        return;
    }
    QDialog::accept();
}

TeamMembersDialog::TeamMembersDialog(Storage &storage, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
{
    setObjectName(QStringLiteral("teamMembersDialog"));
    setWindowTitle(tr("Team Members"));
    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("membersView"));
    m_view->setRootIsDecorated(false);
    m_view->setHeaderLabels({tr("Login"), tr("Role"), tr("Sites"), tr("May log in")});
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, &TeamMembersDialog::updateButtons);
    connect(m_view, &QTreeWidget::itemDoubleClicked, this, &TeamMembersDialog::editMember);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    connect(m_add, &QPushButton::clicked, this, &TeamMembersDialog::addMember);
    connect(m_edit, &QPushButton::clicked, this, &TeamMembersDialog::editMember);
    connect(m_remove, &QPushButton::clicked, this, &TeamMembersDialog::removeMember);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each person signs in to the team database with a login of their own. "
                                "PostgreSQL enforces the role and the sites for the console, phonedesk-cli "
                                "and psql alike."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_view);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(640, 420);
    reload();
}

bool TeamMembersDialog::reload()
{
    m_siteNames.clear();
    if (auto sites = m_storage.sites().list()) {
        for (const Site &s : *sites)
            m_siteNames.insert(s.id, s.name);
    }
    const QString current = currentLogin();
    m_view->clear();
    auto members = m_storage.team().list();
    if (!members) {
        m_members.clear();
        m_status->setText(members.error().fullText());
        updateButtons();
        return false;
    }
    m_members = *members;
    m_status->setText(tr("%n member(s).", nullptr, int(m_members.size())));
    for (const TeamMember &m : std::as_const(m_members)) {
        QStringList sites;
        for (const Id id : m.sites.value_or(QList<Id>()))
            sites.append(m_siteNames.value(id, QString::number(id)));
        auto *item = new QTreeWidgetItem(m_view,
                                         {m.login, displayName(m.role),
                                          m.sites ? sites.join(QStringLiteral(", ")) : tr("All sites"),
                                          m.canLogin ? tr("Yes") : tr("No")});
        item->setData(0, Qt::UserRole, m.login);
        if (m.login == current)
            m_view->setCurrentItem(item);
    }
    updateButtons();
    return true;
}

QString TeamMembersDialog::currentLogin() const
{
    const QTreeWidgetItem *item = m_view->currentItem();
    return item && item->isSelected() ? item->data(0, Qt::UserRole).toString() : QString();
}

void TeamMembersDialog::updateButtons()
{
    const bool selected = !currentLogin().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected && currentLogin() != m_storage.identity().login);
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
