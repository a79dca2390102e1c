#pragma once

#include "core/branches/branch.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ui {
struct Session;
}
namespace ui::members {
class ReviewTableModel;
}

namespace ui::reviews {

// Verified reviews (issue 7): the reviews of the toolbar's branches, newest first, filtered by
// rating; the selected review's text and the bill it belongs to; the branch's reply
// (managers and the owner of that branch); and recording a review for a bill.
class ReviewsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewsPage(Session &session, QWidget *parent = nullptr);

    void reload();
    // Follows the toolbar's branch scope (empty: every branch the actor may see).
    void setScope(const QVector<qint64> &branchIds);
    void selectRow(int row);
    void recordReview();

    members::ReviewTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void reviewsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadBranches();
    void showSelected();
    void sendReply();
    qint64 selectedReview() const;
    void retranslate();

    Session &m_session;
    QVector<core::branches::Branch> m_branches;
    QVector<qint64> m_scope;
    QComboBox *m_rating;
    QPushButton *m_record;
    QLabel *m_count;
    QLabel *m_error;
    members::ReviewTableModel *m_model;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_detail;
    QPlainTextEdit *m_reply;
    QPushButton *m_send;
};

} // namespace ui::reviews
