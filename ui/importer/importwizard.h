#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/csv/recordkind.h"
#include "core/csvio/importer.h"
#include "core/csvio/importpreview.h"

#include <QWizard>

namespace ui::importer {

class DryRunPage;
class ImportPage;
class KindFilePage;
class PreviewPage;
class SummaryPage;

// Brings a CSV file into the chain in five steps: the kind of record and the file, the first
// rows as read with the column of each field (editable), a dry run with its errors, the import
// itself with progress and Cancel, and a summary with the error report. The work runs on a
// worker thread with its own connection (ImportRunner); the core decides who may import what.
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { KindFilePageId, PreviewPageId, DryRunPageId, ImportPageId, SummaryPageId };

    ImportWizard(QString databasePath, core::auth::Actor actor, QWidget *parent = nullptr);

    const QString &databasePath() const { return m_databasePath; }
    const core::auth::Actor &actor() const { return m_actor; }

    // What the pages chose so far, as the importer takes it (no progress, no error report).
    core::csvio::ImportOptions options() const;
    QString filePath() const;
    // Where the error report of this file goes (ImportRunner::errorReportPathFor).
    QString errorReportPath() const;

    // Reads the header and first rows of the chosen file with the given mapping overrides;
    // required fields without a column are listed, not refused.
    core::Result<core::csvio::ImportPreview>
    readPreview(const QList<QPair<QString, QString>> &overrides = {}) const;
    // The preview page-one read, for the preview page to start from.
    const core::csvio::ImportPreview &firstPreview() const { return m_firstPreview; }
    void setFirstPreview(const core::csvio::ImportPreview &preview) { m_firstPreview = preview; }

    KindFilePage *kindFilePage() const { return m_kindFile; }
    PreviewPage *previewPage() const { return m_preview; }
    DryRunPage *dryRunPage() const { return m_dryRun; }
    ImportPage *importPage() const { return m_import; }
    SummaryPage *summaryPage() const { return m_summary; }

public slots:
    void reject() override; // cancels a running dry run or import first

signals:
    // An import wrote to the chain: pages showing its data may reload.
    void imported(core::csv::Kind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_databasePath;
    core::auth::Actor m_actor;
    core::csvio::ImportPreview m_firstPreview;
    KindFilePage *m_kindFile;
    PreviewPage *m_preview;
    DryRunPage *m_dryRun;
    ImportPage *m_import;
    SummaryPage *m_summary;
};

} // namespace ui::importer
