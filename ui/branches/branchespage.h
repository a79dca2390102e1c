#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ui {
struct Session;
}

namespace ui::branches {

class BranchTableModel;

// The branches the signed-in user may see, with their addresses and status.
class BranchesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit BranchesPage(Session &session, QWidget *parent = nullptr);

    void reload();
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session &m_session;
    BranchTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_error;
};

} // namespace ui::branches
