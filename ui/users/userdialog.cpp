#include "ui/users/userdialog.h"

#include "core/auth/passwordhasher.h"
#include "core/branches/branchservice.h"
#include "core/storage/database.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"
#include "ui/shell/workerthreads.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <optional>

namespace ui::users {

using core::auth::Role;

UserDialog::UserDialog(Session &session, Mode mode, core::auth::User user, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(mode)
    , m_user(std::move(user))
    , m_username(lineEdit(this, "username", m_user.username))
    , m_displayName(lineEdit(this, "displayName", m_user.displayName))
    , m_role(new QComboBox(this))
    , m_branch(new QComboBox(this))
    , m_password(lineEdit(this, "password"))
    , m_repeat(lineEdit(this, "passwordRepeat"))
    , m_error(ui::errorLabel(this))
{
    const QString name = m_user.username;
    setWindowTitle(mode == Mode::Create ? tr("New user")
            : mode == Mode::Role        ? tr("Name, role and branch of %1").arg(name)
                                        : tr("Reset the password of %1").arg(name));
    m_role->setObjectName(QStringLiteral("role"));
    m_branch->setObjectName(QStringLiteral("branch"));
    for (Role role : { Role::Cashier, Role::Manager, Role::Owner })
        m_role->addItem(core::auth::roleDisplayName(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(m_user.role)));
    if (auto branches = core::branches::BranchService(m_session.db).list(m_session.actor)) {
        for (const core::branches::Branch &b : *branches)
            m_branch->addItem(
                b.active ? branchLabel(b) : tr("%1 (closed)").arg(branchLabel(b)), b.id);
    }
    m_branch->setCurrentIndex(std::max(0, m_branch->findData(m_user.branchId)));
    connect(m_role, &QComboBox::currentIndexChanged, this, &UserDialog::updateBranchField);
    updateBranchField();
    for (QLineEdit *edit : { m_password, m_repeat })
        edit->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(core::auth::password::weakness(QString()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    auto *form = new QFormLayout(this);
    const auto row = [form](bool shown, const QString &label, QWidget *field) {
        if (shown)
            form->addRow(label, field);
        else
            field->hide();
    };
    row(mode == Mode::Create, tr("Username:"), m_username);
    row(mode != Mode::Password, tr("Name:"), m_displayName);
    row(mode != Mode::Password, tr("Role:"), m_role);
    row(mode != Mode::Password, tr("Branch:"), m_branch);
    row(mode != Mode::Role, tr("Password:"), m_password);
    row(mode != Mode::Role, tr("Repeat the password:"), m_repeat);
    form->addRow(m_error);
    form->addRow(buttons);
    resize(420, sizeHint().height());
}

void UserDialog::updateBranchField()
{
    // Owners act for the whole chain; the core drops a branch given for them.
    m_branch->setEnabled(Role(m_role->currentData().toInt()) != Role::Owner);
}

void UserDialog::accept()
{
    if (m_mode != Mode::Role && m_password->text() != m_repeat->text()) {
        showError(m_error, tr("The two passwords are not the same."), this, m_repeat->objectName());
        return;
    }
    const core::Status saved = save();
    if (!saved) {
        showError(m_error, saved.error().message(), this, saved.error().field());
        return;
    }
    QDialog::accept();
}

core::Status UserDialog::save()
{
    core::auth::NewUser input;
    input.username = m_username->text().trimmed();
    input.displayName = m_displayName->text().trimmed();
    input.password = m_password->text();
    input.role = Role(m_role->currentData().toInt());
    input.branchId = input.role == Role::Owner ? 0 : m_branch->currentData().toLongLong();

    std::optional<core::Result<core::auth::User>> outcome;
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    runOffUiThread([&, actor = m_session.actor, mode = m_mode, userId = m_user.id] {
        auto db = m_session.db.openAnother();
        if (!db) {
            outcome = db.error();
            return;
        }
        core::auth::UserService users(**db);
        core::Status done;
        if (mode == Mode::Create) {
            outcome = users.create(actor, input);
            return;
        }
        done = mode == Mode::Role
            ? users.update(actor, userId, input.displayName, input.role, input.branchId)
            : users.resetPassword(actor, userId, input.password);
        outcome = done ? users.find(userId) : core::Result<core::auth::User>(done.error());
    });
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    if (!*outcome)
        return outcome->error();
    m_user = **outcome;
    return {};
}

} // namespace ui::users
