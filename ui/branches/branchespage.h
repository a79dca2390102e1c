#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace core::branches {
struct Branch;
}
namespace ui {
struct Session;
}

namespace ui::branches {

class BranchTableModel;

// The branches the signed-in user may see, with their addresses and status. Owners add, edit
// (also by double-click), deactivate and reactivate them; everyone else reads.
class BranchesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit BranchesPage(Session &session, QWidget *parent = nullptr);

    void reload();
    QTableView *view() const { return m_view; }
    // Opens the branch dialog for a new branch, or for the selected one (public for tests).
    void addBranch();
    void editBranch();
    void toggleActive();

signals:
    void branchesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    const core::branches::Branch *selected() const;

    Session &m_session;
    BranchTableModel *m_model;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy; // the view's model
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_active;
};

} // namespace ui::branches
