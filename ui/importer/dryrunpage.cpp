#include "ui/importer/dryrunpage.h"

#include "ui/importer/importrunner.h"
#include "ui/importer/importwizard.h"
#include "ui/importer/rejectedrowsview.h"
#include "ui/shell/formhelpers.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui::importer {

DryRunPage::DryRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_runner(new ImportRunner(wizard->databasePath(), wizard->actor(), this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_again(new QPushButton(this))
    , m_counts(new QLabel(this))
    , m_error(ui::errorLabel(this))
    , m_rejected(new RejectedRowsView(this))
{
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_again->setObjectName(QStringLiteral("again"));
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_again);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_counts);
    layout->addWidget(m_error);
    layout->addWidget(m_rejected, 1);

    connect(m_cancel, &QPushButton::clicked, m_runner, &ImportRunner::cancel);
    connect(m_again, &QPushButton::clicked, this, &DryRunPage::start);
    connect(m_runner, &ImportRunner::progressed, this, [this](qint64 read, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(std::min<qint64>(1000, read * 1000 / total)) : 0);
    });
    connect(m_runner, &ImportRunner::finished, this, &DryRunPage::showReport);
    connect(m_runner, &ImportRunner::failed, this, &DryRunPage::showFailure);
    connect(m_runner, &ImportRunner::cancelled, this, [this] {
        m_cancelled = true;
        setRunning(false);
        describe();
        emit done();
    });
    retranslate();
    setRunning(false);
}

void DryRunPage::initializePage()
{
    start();
}

void DryRunPage::cleanupPage()
{
    m_runner->cancel();
    m_report.reset();
    QWizardPage::cleanupPage();
}

bool DryRunPage::isComplete() const
{
    return m_report.has_value() && !m_runner->isRunning();
}

void DryRunPage::start()
{
    m_report.reset();
    m_errorReportPath.clear();
    m_failure.clear();
    m_cancelled = false;
    m_rejected->clear();
    core::csvio::ImportOptions options = m_wizard->options();
    options.dryRun = true;
    m_runner->start(m_wizard->filePath(), options, m_wizard->errorReportPath());
    setRunning(true);
    describe();
    emit completeChanged();
}

void DryRunPage::showReport(const core::csvio::ImportReport &report, const QString &errorReportPath)
{
    m_report = report;
    m_errorReportPath = errorReportPath;
    m_rejected->setReport(report, errorReportPath);
    setRunning(false);
    describe();
    emit completeChanged();
    emit done();
}

void DryRunPage::showFailure(const QString &message)
{
    m_failure = message;
    setRunning(false);
    describe();
    emit completeChanged();
    emit done();
}

void DryRunPage::setRunning(bool running)
{
    if (running)
        m_progress->setRange(0, 0); // busy until the first progress report
    else
        m_progress->setRange(0, 1000);
    if (!running)
        m_progress->setValue(m_report ? 1000 : 0);
    m_progress->setVisible(running || m_report.has_value());
    m_cancel->setVisible(running);
    m_again->setVisible(!running && (m_cancelled || !m_failure.isEmpty()));
}

void DryRunPage::describe()
{
    const QLocale locale;
    const bool running = m_runner->isRunning();
    if (running)
        m_status->setText(tr("Checking every row as the import would, without writing anything…"));
    else if (m_cancelled)
        m_status->setText(tr("The dry run was cancelled."));
    else if (!m_failure.isEmpty())
        m_status->setText(tr("The file cannot be imported as it is:"));
    else if (m_report && m_report->rejected == 0)
        m_status->setText(tr("Every row can be imported. Nothing has been written yet."));
    else if (m_report)
        m_status->setText(tr("Some rows would be rejected. Nothing has been written yet."));

    m_error->setText(m_failure);
    m_error->setVisible(!m_failure.isEmpty() && !running);

    QString counts;
    if (m_report && !running) {
        const core::csvio::ImportReport &r = *m_report;
        counts = tr("%1 rows read: %2 would be added, %3 updated, %4 unchanged, %5 merged into a person "
                    "earlier in the file, %6 skipped (voided or cancelled), %7 rejected.")
                     .arg(locale.toString(r.rows), locale.toString(r.inserted), locale.toString(r.updated),
                          locale.toString(r.unchanged), locale.toString(r.merged), locale.toString(r.skipped),
                          locale.toString(r.rejected));
        if (r.rejected > 0)
            counts += QStringLiteral("<br><b>")
                + tr("As it is, the import would write nothing. Fix the rows and start again, or tick "
                     "“Skip bad rows” on the next page to import the others.").toHtmlEscaped()
                + QStringLiteral("</b>");
    }
    m_counts->setText(counts);
    m_counts->setVisible(!counts.isEmpty());
}

void DryRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        describe();
    }
    QWizardPage::changeEvent(event);
}

void DryRunPage::retranslate()
{
    setTitle(tr("Dry run"));
    setSubTitle(tr("Every row is checked as the import would check it; nothing is written."));
    m_cancel->setText(tr("Cancel"));
    m_again->setText(tr("Run again"));
}

} // namespace ui::importer
