#include "ui/importer/importpage.h"

#include "ui/importer/dryrunpage.h"
#include "ui/importer/importrunner.h"
#include "ui/importer/importwizard.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ui::importer {

ImportPage::ImportPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_runner(new ImportRunner(wizard->databasePath(), wizard->actor(), this))
    , m_intro(new QLabel(this))
    , m_skipBad(new QCheckBox(this))
    , m_start(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_status(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_skipBad->setObjectName(QStringLiteral("skipBad"));
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDefault(true);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setCommitPage(true); // what was imported cannot be un-imported by going back

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_skipBad);
    layout->addSpacing(8);
    layout->addLayout(startRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_start, &QPushButton::clicked, this, &ImportPage::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
        m_runner->cancel();
    });
    connect(m_runner, &ImportRunner::progressed, this, &ImportPage::showProgress);
    connect(m_runner, &ImportRunner::warning, this, [this](const QString &message) { m_warning = message; });
    connect(m_runner, &ImportRunner::finished, this,
            [this](const core::csvio::ImportReport &report, const QString &errorReportPath) {
                m_report = report;
                m_errorReportPath = errorReportPath;
                setRunning(false);
                m_progress->setValue(1000);
                m_status->setText(tr("The import has finished."));
                emit completeChanged();
                emit finished(report);
                // The summary follows by itself, once the wizard has heard the news.
                QTimer::singleShot(0, m_wizard, [wizard = m_wizard, this] {
                    if (wizard->currentPage() == this)
                        wizard->next();
                });
            });
    connect(m_runner, &ImportRunner::failed, this, [this](const QString &message) {
        setRunning(false);
        m_status->setText(tr("The import failed and wrote nothing: %1").arg(message));
        emit failed(message);
    });
    connect(m_runner, &ImportRunner::cancelled, this, [this] {
        setRunning(false);
        m_progress->setValue(0);
        m_status->setText(tr("The import was cancelled; nothing was written."));
        emit cancelled();
    });
    retranslate();
    setRunning(false);
}

bool ImportPage::skipBad() const
{
    return m_skipBad->isChecked();
}

void ImportPage::initializePage()
{
    m_report.reset();
    m_errorReportPath.clear();
    m_warning.clear();
    m_status->clear();
    m_progress->setValue(0);
    // After a dry run with rejected rows, the user decides: skipping them is offered, not chosen.
    const auto &dry = m_wizard->dryRunPage()->report();
    m_skipBad->setChecked(false);
    if (dry && dry->rejected > 0)
        m_status->setText(tr("Rows the dry run rejected: %1. Unless you tick “Skip bad rows”, the import "
                             "will write nothing.")
                              .arg(QLocale().toString(dry->rejected)));
    setRunning(false);
}

void ImportPage::cleanupPage()
{
    m_runner->cancel();
    QWizardPage::cleanupPage();
}

bool ImportPage::isComplete() const
{
    return m_report.has_value() && !m_runner->isRunning();
}

void ImportPage::start()
{
    if (m_runner->isRunning())
        return;
    m_report.reset();
    m_warning.clear();
    core::csvio::ImportOptions options = m_wizard->options();
    options.skipBad = skipBad();
    m_runner->start(m_wizard->filePath(), options, m_wizard->errorReportPath());
    setRunning(true);
    m_progress->setRange(0, 0); // busy until the first progress report
    m_status->setText(tr("Importing…"));
    emit completeChanged();
}

void ImportPage::showProgress(qint64 bytesRead, qint64 bytesTotal)
{
    const QLocale locale;
    m_progress->setRange(0, 1000);
    m_progress->setValue(bytesTotal > 0 ? int(std::min<qint64>(1000, bytesRead * 1000 / bytesTotal)) : 0);
    m_progress->setFormat(tr("%1 of %2 read").arg(locale.formattedDataSize(bytesRead),
                                                  locale.formattedDataSize(bytesTotal)));
    if (m_cancel->isEnabled())
        m_status->setText(tr("Importing…"));
}

void ImportPage::setRunning(bool running)
{
    if (!running)
        m_progress->setRange(0, 1000);
    m_start->setEnabled(!running && !m_report);
    m_skipBad->setEnabled(!running && !m_report);
    m_cancel->setEnabled(running);
    m_progress->setTextVisible(running);
}

void ImportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportPage::retranslate()
{
    setTitle(tr("Import"));
    setSubTitle(tr("The rows are written in one go: if anything stops the import, the chain stays as "
                   "it was."));
    m_intro->setText(tr("By default one bad row stops the whole import and nothing is written. Tick "
                        "“Skip bad rows” to write the good rows and list the bad ones in the error report."));
    m_skipBad->setText(tr("&Skip bad rows"));
    m_start->setText(tr("&Import now"));
    m_cancel->setText(tr("Cancel import"));
}

} // namespace ui::importer
