#pragma once

#include "core/broadcasts/broadcastservice.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ui {
struct Session;
}

namespace ui::broadcasts {

class BranchCountsModel;
class BroadcastListModel;

// The broadcasts sent and queued, newest first; the one selected with its counts per home
// branch and how many of those reached came back within 7 and 30 days. What is due of a
// broadcast (deferred by quiet hours, scheduled, interrupted) can be delivered from here, and a
// queued one cancelled.
class BroadcastHistory final : public QWidget
{
    Q_OBJECT
public:
    explicit BroadcastHistory(Session &session, QWidget *parent = nullptr);

    // Lists the broadcasts anew, keeping the one selected.
    void reload();
    void select(qint64 broadcastId);
    // The broadcast selected; id 0 when none.
    core::broadcasts::BroadcastSummary selected() const;
    void setSending(bool sending);

    BroadcastListModel *model() const { return m_model; }
    BranchCountsModel *branchModel() const { return m_branchModel; }
    QTableView *view() const { return m_view; }
    QLabel *visitsLabel() const { return m_visits; }

signals:
    void deliverRequested(const core::broadcasts::BroadcastSummary &broadcast);
    void stopRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSelected();
    void cancelSelected();
    void updateActions();
    void retranslate();

    Session &m_session;
    bool m_sending = false;
    BroadcastListModel *m_model;
    QTableView *m_view;
    BranchCountsModel *m_branchModel;
    QTableView *m_branchView;
    QLabel *m_visits;
    QLabel *m_error;
    QPushButton *m_refresh;
    QPushButton *m_deliver;
    QPushButton *m_cancel;
};

} // namespace ui::broadcasts
