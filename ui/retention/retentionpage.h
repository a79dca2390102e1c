#pragma once

#include "core/retention/retentionresult.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;

namespace ui {
struct Session;
}

namespace ui::retention {

class BranchChartView;
class BranchRetentionModel;
class CohortTableModel;
class CurveChartView;
class RetentionRunner;

// Do coupon claimers ever come back? Retention curves of members against one-off coupon
// claimers, the cohort table, and the per-branch comparison, computed off the UI thread.
class RetentionPage final : public QWidget
{
    Q_OBJECT
public:
    explicit RetentionPage(Session &session, QWidget *parent = nullptr);

    // Recomputes with the filters as they are now; a hidden page does it when next shown (the
    // first report too waits until the page is first shown).
    void refresh();
    core::retention::RetentionQuery query() const;
    // The toolbar's branch scope: these cohort branches (empty: all), then refresh().
    void setScope(const QVector<qint64> &branchIds);
    const core::retention::RetentionResult &result() const { return m_result; }

    // Exports; each returns an error message, empty on success.
    QString exportCsv(const QString &path) const;
    QString exportPng(const QString &path);
    QString exportPdf(const QString &path);

    CurveChartView *curveChart() const { return m_curves; }
    QTableView *cohortView() const { return m_cohortView; }
    QTableView *branchView() const { return m_branchView; }

signals:
    void resultShown();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showResult(const core::retention::RetentionResult &result);
    void showError(const QString &message);
    void setRunning(bool running);
    void updateCohortTable();
    void chooseExport(int kind);
    void retranslate();

    Session &m_session;
    RetentionRunner *m_runner;
    core::retention::RetentionResult m_result;
    bool m_stale = true; // a report is due when the page is next shown
    QVector<qint64> m_branchIds; // the toolbar's scope: cohort branches, empty for all

    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QLabel *m_monthsLabel;
    QSpinBox *m_months;
    QPushButton *m_refresh;
    QToolButton *m_export;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QLabel *m_error;
    QTabWidget *m_tabs;
    CurveChartView *m_curves;
    QComboBox *m_group;
    QComboBox *m_show;
    CohortTableModel *m_cohortModel;
    QTableView *m_cohortView;
    BranchChartView *m_branchChart;
    BranchRetentionModel *m_branchModel;
    QTableView *m_branchView;
};

} // namespace ui::retention
