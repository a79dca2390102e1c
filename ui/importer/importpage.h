#pragma once

#include "core/csvio/importreport.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ui::importer {

class ImportRunner;
class ImportWizard;

// Step 4: the import itself, all-or-nothing unless "Skip bad rows" is ticked, with the bytes
// read so far and Cancel (which writes nothing). When it ends the wizard moves to the summary.
class ImportPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPage(ImportWizard *wizard);

    bool skipBad() const;
    ImportRunner *runner() const { return m_runner; }
    const std::optional<core::csvio::ImportReport> &report() const { return m_report; }
    const QString &errorReportPath() const { return m_errorReportPath; }
    const QString &warning() const { return m_warning; }

    QCheckBox *skipBadBox() const { return m_skipBad; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void start();

signals:
    void finished(const core::csvio::ImportReport &report);
    void cancelled();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showProgress(qint64 bytesRead, qint64 bytesTotal);
    void setRunning(bool running);
    void retranslate();

    ImportWizard *m_wizard;
    ImportRunner *m_runner;
    std::optional<core::csvio::ImportReport> m_report;
    QString m_errorReportPath;
    QString m_warning;

    QLabel *m_intro;
    QCheckBox *m_skipBad;
    QPushButton *m_start;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
};

} // namespace ui::importer
