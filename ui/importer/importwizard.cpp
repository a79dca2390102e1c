#include "ui/importer/importwizard.h"

#include "ui/importer/dryrunpage.h"
#include "ui/importer/importpage.h"
#include "ui/importer/importrunner.h"
#include "ui/importer/kindfilepage.h"
#include "ui/importer/previewpage.h"
#include "ui/importer/summarypage.h"

#include <QDir>
#include <QEvent>
#include <QFile>

namespace ui::importer {

ImportWizard::ImportWizard(QString databasePath, core::auth::Actor actor, QWidget *parent)
    : QWizard(parent)
    , m_databasePath(std::move(databasePath))
    , m_actor(std::move(actor))
    , m_kindFile(new KindFilePage(this))
    , m_preview(new PreviewPage(this))
    , m_dryRun(new DryRunPage(this))
    , m_import(new ImportPage(this))
    , m_summary(new SummaryPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle); // the same on every platform, and room for the tables
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(KindFilePageId, m_kindFile);
    setPage(PreviewPageId, m_preview);
    setPage(DryRunPageId, m_dryRun);
    setPage(ImportPageId, m_import);
    setPage(SummaryPageId, m_summary);
    connect(m_import, &ImportPage::finished, this, [this](const core::csvio::ImportReport &report) {
        if (report.written)
            emit imported(options().kind);
        // A report left by the dry run would now be out of date.
        if (!report.written || report.rejected > 0 || m_dryRun->errorReportPath().isEmpty())
            return;
        if (m_import->errorReportPath().isEmpty())
            QFile::remove(m_dryRun->errorReportPath());
    });
    resize(1000, 780);
    retranslate();
}

core::csvio::ImportOptions ImportWizard::options() const
{
    core::csvio::ImportOptions options;
    options.kind = m_kindFile->kind();
    options.csv = m_kindFile->csvOptions();
    options.overrides = m_preview->overrides();
    options.dateFormat = m_preview->dateFormat();
    return options;
}

QString ImportWizard::filePath() const
{
    return QDir::fromNativeSeparators(m_kindFile->filePath());
}

QString ImportWizard::errorReportPath() const
{
    return ImportRunner::errorReportPathFor(filePath());
}

core::Result<core::csvio::ImportPreview>
ImportWizard::readPreview(const QList<QPair<QString, QString>> &overrides) const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return core::Error(core::Error::Code::Io,
                           tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(filePath()), file.errorString()),
                           QStringLiteral("file"));
    core::csvio::PreviewOptions preview;
    preview.kind = m_kindFile->kind();
    preview.csv = m_kindFile->csvOptions();
    preview.overrides = overrides;
    preview.allowMissing = true;
    return core::csvio::ImportPreview::read(&file, preview);
}

void ImportWizard::reject()
{
    for (ImportRunner *runner : findChildren<ImportRunner *>())
        runner->cancel();
    QWizard::reject();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import CSV"));
    setButtonText(QWizard::CommitButton, tr("Summary"));
}

} // namespace ui::importer
