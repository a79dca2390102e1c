#pragma once

#include "core/auth/actor.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace core::storage {
class Database;
}

namespace ui::signin {

// Username and password for the open chain. The password check (argon2id, a noticeable
// fraction of a second) runs on a worker thread with its own connection behind a busy cursor;
// a refusal shows the core's sentence and clears the password. Esc cancels.
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(
        const core::storage::Database &db, const QString &chainName, QWidget *parent = nullptr);

    // Who signed in (valid once the dialog is accepted).
    const core::auth::Actor &actor() const { return m_actor; }
    void setUsername(const QString &username);

protected:
    void changeEvent(QEvent *event) override;

private:
    void signIn();
    void retranslate();

    const core::storage::Database &m_db;
    QString m_chainName;
    core::auth::Actor m_actor;
    QLabel *m_heading;
    QLabel *m_usernameLabel;
    QLabel *m_passwordLabel;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ui::signin
