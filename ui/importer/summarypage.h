#pragma once

#include "core/csvio/importreport.h"

#include <QWizardPage>

class QFormLayout;
class QLabel;

namespace ui::importer {

class ImportWizard;
class RejectedRowsView;

// Step 5: what the import did (inserted, updated, unchanged, merged, skipped, rejected) and,
// when rows were rejected, the first of them and a link to the error report with all of them.
class SummaryPage final : public QWizardPage
{
    Q_OBJECT
public:
    enum Count { Rows, Inserted, Updated, Unchanged, Merged, Skipped, Rejected, CountCount };

    explicit SummaryPage(ImportWizard *wizard);

    QLabel *headline() const { return m_headline; }
    QLabel *countLabel(Count count) const { return m_values[count]; }
    RejectedRowsView *rejectedRows() const { return m_rejected; }

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void describe();
    void retranslate();

    ImportWizard *m_wizard;
    core::csvio::ImportReport m_report;
    QLabel *m_headline;
    QLabel *m_names[CountCount];
    QLabel *m_values[CountCount];
    QLabel *m_warning;
    RejectedRowsView *m_rejected;
};

} // namespace ui::importer
