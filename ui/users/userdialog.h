#pragma once

#include "core/auth/userservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ui {
struct Session;
}

namespace ui::users {

// One account form in three uses: a new account (every field), a change of name, role and
// branch, or a password reset (typed twice). OK saves through UserService on a worker thread (passwords
// take a noticeable moment to hash); a refusal is shown in the dialog, which stays open.
class UserDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Role, Password };

    UserDialog(Session &session, Mode mode, core::auth::User user = {}, QWidget *parent = nullptr);

    // The account as saved (valid once the dialog is accepted).
    const core::auth::User &user() const { return m_user; }
    void accept() override;

private:
    core::Status save();
    void updateBranchField();

    Session &m_session;
    Mode m_mode;
    core::auth::User m_user;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QComboBox *m_branch;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace ui::users
