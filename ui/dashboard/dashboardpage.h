#pragma once

#include "core/common/result.h"
#include "core/dashboard/dashboard.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ui {
struct Session;
}

namespace ui::dashboard {

class DashboardChartView;
class DashboardModel;
class DashboardRunner;
class DashboardSortProxy;

// The chain at a glance (issue 4, "Dashboard"): for a period (this month by default) a table
// of each branch's figures and the chain total, each with its change against the period
// before, and a chart of revenue or visits per branch. Computed off the UI thread. Selected
// branches can be opened in the member list or exported with the rest of the table.
class DashboardPage final : public QWidget
{
    Q_OBJECT
public:
    enum Preset { ThisMonth, PreviousMonth, ThisYear, Custom };

    explicit DashboardPage(Session &session, QWidget *parent = nullptr);

    // Computes the report of the period the widgets say.
    void refresh();
    // Chooses a preset or, with Custom, the given days, and refreshes.
    void setPeriod(Preset preset, const QDate &from = {}, const QDate &to = {});
    QVector<qint64> selectedBranches() const;
    // Offers "Broadcast to selected branches" (hidden unless the actor may broadcast).
    void setBroadcastAvailable(bool available);
    // Reports on these branches (empty: every branch the actor may see) and refreshes.
    void setScope(const QVector<qint64> &branchIds);
    // The table as shown (sorted, total last), this period's and the previous period's values;
    // with branches selected, only their rows (and the total).
    core::Status exportCsv(const QString &path) const;

    bool isBusy() const;
    QTableView *view() const { return m_view; }
    DashboardModel *model() const { return m_model; }
    DashboardSortProxy *proxy() const { return m_proxy; }
    DashboardChartView *chart() const { return m_chart; }

signals:
    void showMembersRequested(const QVector<qint64> &branchIds);
    void broadcastRequested(const QVector<qint64> &branchIds);
    void reportShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPreset();
    void showReport(const core::dashboard::Report &report);
    void showError(const QString &message);
    void showChart();
    void chooseExport();
    void updateActions();
    void retranslate();

    Session &m_session;
    DashboardRunner *m_runner;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_metric;
    QProgressBar *m_busy;
    QPushButton *m_members;
    QPushButton *m_broadcast;
    QPushButton *m_export;
    QLabel *m_summary;
    QLabel *m_error;
    DashboardModel *m_model;
    DashboardSortProxy *m_proxy;
    QTableView *m_view;
    DashboardChartView *m_chart;
    QVector<qint64> m_scope;
};

} // namespace ui::dashboard
