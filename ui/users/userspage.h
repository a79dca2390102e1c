#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace core::auth {
struct User;
}
namespace ui {
struct Session;
}

namespace ui::users {

class UserTableModel;

// The chain's accounts, for the owner only (the core refuses anyone else): new accounts, role
// and branch, disable and enable, password reset. The core's refusals are shown on the page.
class UsersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(Session &session, QWidget *parent = nullptr);

    void reload();
    QTableView *view() const { return m_view; }
    // The buttons' commands (public for tests).
    void newUser();
    void editRole();
    void toggleActive();
    void resetPassword();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void select(qint64 userId);
    const core::auth::User *selected() const;

    Session &m_session;
    UserTableModel *m_model;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy; // the view's model
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_new;
    QPushButton *m_role;
    QPushButton *m_active;
    QPushButton *m_password;
};

} // namespace ui::users
