#pragma once

#include "core/common/result.h"
#include "core/wallet/settlement.h"
#include "ui/shell/workerthreads.h"

#include <QHash>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace ui {
struct Session;
}

namespace ui::settlement {

// Stored value between branches (issue 7, "Wallet rules"): for a chosen month, each branch's
// top-ups, the principal spent there, the bonus spent there, what the other branches owe it (or
// it owes them) and its liability at the month's end, and the flows from the branch that took
// the money to the branch that served it (core::wallet::Settlement has the rule). Computed off
// the UI thread when the page is shown; the toolbar's scope narrows the rows shown; CSV export.
class SettlementPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettlementPage(Session &session, QWidget *parent = nullptr);

    // Computes the month the picker says (a hidden page waits until it is shown).
    void refresh();
    void setScope(const QVector<qint64> &branchIds);
    bool isBusy() const { return m_busy; }
    const core::wallet::SettlementReport &report() const { return m_report; }
    QTableWidget *positionsTable() const { return m_positions; }
    QTableWidget *flowsTable() const { return m_flows; }
    // The branches' table (`flows` false) or the flows' as CSV.
    core::Status exportCsv(const QString &path, bool flows) const;

signals:
    void computed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showReport(const core::wallet::SettlementReport &report);
    void fill();
    void chooseExport(bool flows);
    void retranslate();
    QString code(qint64 branchId) const;

    Session &m_session;
    QHash<qint64, QString> m_codes; // branch id → "B01 · name"
    QVector<qint64> m_scope;
    core::wallet::SettlementReport m_report;
    bool m_stale = true;
    bool m_busy = false;
    QLabel *m_monthLabel;
    QDateEdit *m_month;
    QPushButton *m_refresh;
    QToolButton *m_export;
    QLabel *m_summary;
    QLabel *m_error;
    QLabel *m_flowsHeading;
    QTableWidget *m_positions;
    QTableWidget *m_flows;
    WorkerThreads m_workers { this }; // last: its destructor waits for the workers
};

} // namespace ui::settlement
