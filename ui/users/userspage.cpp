#include "ui/users/userspage.h"

#include "core/branches/branchservice.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"
#include "ui/users/userdialog.h"
#include "ui/users/usertablemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ui::users {

UsersPage::UsersPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new UserTableModel(this))
    , m_view(sortedTableView(m_model, UserTableModel::RawRole, this, UserTableModel::Username))
    , m_proxy(static_cast<QSortFilterProxyModel *>(m_view->model()))
    , m_summary(new QLabel(this))
    , m_error(ui::errorLabel(this))
    , m_new(new QPushButton(this))
    , m_role(new QPushButton(this))
    , m_active(new QPushButton(this))
    , m_password(new QPushButton(this))
{
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);

    const std::pair<QPushButton *, void (UsersPage::*)()> commands[] = {
        { m_new, &UsersPage::newUser },
        { m_role, &UsersPage::editRole },
        { m_active, &UsersPage::toggleActive },
        { m_password, &UsersPage::resetPassword },
    };
    m_new->setObjectName(QStringLiteral("newUser"));
    m_role->setObjectName(QStringLiteral("editRole"));
    m_active->setObjectName(QStringLiteral("toggleUser"));
    m_password->setObjectName(QStringLiteral("resetPassword"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    for (const auto &[button, command] : commands) {
        connect(button, &QPushButton::clicked, this, command);
        buttons->addWidget(button);
    }
    connect(m_view, &QTableView::doubleClicked, this, &UsersPage::editRole);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &UsersPage::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    reload();
}

void UsersPage::reload()
{
    const qint64 current = selected() ? selected()->id : 0;
    auto users = core::auth::UserService(m_session.db).list(m_session.actor);
    auto branches = core::branches::BranchService(m_session.db).list(m_session.actor);
    showError(m_error,
        !users          ? users.error().message()
            : !branches ? branches.error().message()
                        : QString());
    QHash<qint64, QString> names;
    if (branches) {
        for (const core::branches::Branch &b : *branches)
            names.insert(b.id, branchLabel(b));
    }
    m_model->setUsers(users ? *users : QVector<core::auth::User>(), names);
    select(current);
    m_view->resizeColumnsToContents();
    retranslate();
}

void UsersPage::select(qint64 userId)
{
    for (int row = 0; userId && row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(UserTableModel::IdRole).toLongLong() == userId)
            m_view->selectRow(row);
    }
}

const core::auth::User *UsersPage::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->userAt(m_proxy->mapToSource(rows.first()).row());
}

void UsersPage::newUser()
{
    UserDialog dialog(m_session, UserDialog::Mode::Create, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(dialog.user().id);
}

void UsersPage::editRole()
{
    if (!selected())
        return;
    UserDialog dialog(m_session, UserDialog::Mode::Role, *selected(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersPage::resetPassword()
{
    if (!selected())
        return;
    UserDialog dialog(m_session, UserDialog::Mode::Password, *selected(), this);
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(
            this, tr("Users"), tr("The password of %1 was reset.").arg(dialog.user().username));
}

void UsersPage::toggleActive()
{
    const core::auth::User *user = selected();
    if (!user)
        return;
    const core::Status done
        = core::auth::UserService(m_session.db).setActive(m_session.actor, user->id, !user->active);
    reload();
    if (!done)
        showError(m_error, done.error().message());
}

void UsersPage::updateButtons()
{
    const core::auth::User *user = selected();
    for (QPushButton *button : { m_role, m_active, m_password })
        button->setEnabled(user);
    m_active->setText(user && !user->active ? tr("&Enable") : tr("&Disable"));
}

void UsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UsersPage::retranslate()
{
    m_summary->setText(tr("%n account(s)", nullptr, m_model->rowCount()));
    m_new->setText(tr("&New user…"));
    m_role->setText(tr("&Edit name, role, branch…"));
    m_password->setText(tr("Reset &password…"));
    updateButtons();
}

} // namespace ui::users
