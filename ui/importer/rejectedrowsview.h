#pragma once

#include "core/csvio/importreport.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace ui::importer {

// The rows an import rejected: the first ones in a table (row, column, reason) and a link to
// the error report file that has all of them, opened in the system's CSV application.
class RejectedRowsView final : public QWidget
{
    Q_OBJECT
public:
    enum Column { RowColumn, ColumnColumn, ReasonColumn };

    explicit RejectedRowsView(QWidget *parent = nullptr);

    // `reportPath`: the error report written for the report, empty when none was.
    void setReport(const core::csvio::ImportReport &report, const QString &reportPath);
    void clear();

    QTableWidget *table() const { return m_table; }
    QLabel *reportLink() const { return m_link; }
    const QString &reportPath() const { return m_reportPath; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void describe();

    core::csvio::ImportReport m_report;
    QString m_reportPath;
    QTableWidget *m_table;
    QLabel *m_link;
};

} // namespace ui::importer
