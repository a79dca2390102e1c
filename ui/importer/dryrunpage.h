#pragma once

#include "core/csvio/importreport.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ui::importer {

class ImportRunner;
class ImportWizard;
class RejectedRowsView;

// Step 3: every row checked as the import would, nothing written: what would be inserted,
// updated, merged or rejected, and the rejected rows with their reasons. Starts by itself.
class DryRunPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit DryRunPage(ImportWizard *wizard);

    ImportRunner *runner() const { return m_runner; }
    const std::optional<core::csvio::ImportReport> &report() const { return m_report; }
    const QString &errorReportPath() const { return m_errorReportPath; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *errorLabel() const { return m_error; }
    RejectedRowsView *rejectedRows() const { return m_rejected; }
    QPushButton *cancelButton() const { return m_cancel; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

signals:
    void done(); // the dry run ended: reported, failed or cancelled

protected:
    void changeEvent(QEvent *event) override;

private:
    void start();
    void showReport(const core::csvio::ImportReport &report, const QString &errorReportPath);
    void showFailure(const QString &message);
    void setRunning(bool running);
    void describe();
    void retranslate();

    ImportWizard *m_wizard;
    ImportRunner *m_runner;
    std::optional<core::csvio::ImportReport> m_report;
    QString m_errorReportPath;
    QString m_failure;
    bool m_cancelled = false;

    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_again;
    QLabel *m_counts;
    QLabel *m_error;
    RejectedRowsView *m_rejected;
};

} // namespace ui::importer
