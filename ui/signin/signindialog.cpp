#include "ui/signin/signindialog.h"

#include "core/auth/userservice.h"
#include "core/storage/database.h"
#include "ui/shell/workerthreads.h"
#include "ui/shell/formhelpers.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace ui::signin {

SignInDialog::SignInDialog(
    const core::storage::Database &db, const QString &chainName, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_chainName(chainName)
    , m_actor(core::auth::Actor::localOwner())
    , m_heading(new QLabel(this))
    , m_usernameLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(ui::errorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    QFont heading = m_heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_heading->setFont(heading);
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);

    auto *form = new QFormLayout;
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(440);
    retranslate();
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    m_password->setFocus();
}

void SignInDialog::signIn()
{
    const QString username = m_username->text().trimmed();
    const QString password = m_password->text();
    std::optional<core::Result<core::auth::Actor>> outcome;
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    runOffUiThread([&] {
        auto db = m_db.openAnother();
        if (!db)
            outcome = db.error();
        else
            outcome = core::auth::UserService(**db).authenticate(username, password);
    });
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    if (*outcome) {
        m_actor = **outcome;
        accept();
        return;
    }
    m_error->setText(outcome->error().message());
    m_error->show();
    m_password->clear();
    m_password->setFocus();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in — ChainCard"));
    m_heading->setText(tr("Sign in to %1").arg(m_chainName));
    m_usernameLabel->setText(tr("&Username:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace ui::signin
