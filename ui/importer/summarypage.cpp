#include "ui/importer/summarypage.h"

#include "ui/importer/importpage.h"
#include "ui/importer/importwizard.h"
#include "ui/importer/kindnames.h"
#include "ui/importer/rejectedrowsview.h"

#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ui::importer {

SummaryPage::SummaryPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_headline(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_rejected(new RejectedRowsView(this))
{
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setBold(true);
    m_headline->setFont(big);
    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_warning->hide();

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    static const char *const names[CountCount] = { "rows", "inserted", "updated", "unchanged",
                                                   "merged", "skipped", "rejected" };
    for (int i = 0; i < CountCount; ++i) {
        m_names[i] = new QLabel(this);
        m_values[i] = new QLabel(this);
        m_values[i]->setObjectName(QLatin1String(names[i]));
        m_values[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_values[i]->setMinimumWidth(m_values[i]->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(m_names[i], m_values[i]);
    }
    auto *formRow = new QHBoxLayout;
    formRow->addLayout(form);
    formRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(formRow);
    layout->addWidget(m_warning);
    layout->addWidget(m_rejected, 1);
    layout->addStretch(0);
    retranslate();
}

void SummaryPage::initializePage()
{
    const ImportPage *page = m_wizard->importPage();
    m_report = page->report().value_or(core::csvio::ImportReport{});
    m_rejected->setReport(m_report, page->errorReportPath());
    m_warning->setText(page->warning());
    m_warning->setVisible(!page->warning().isEmpty());
    describe();
}

void SummaryPage::describe()
{
    const QLocale locale;
    const core::csvio::ImportReport &r = m_report;
    const qint64 values[CountCount] = { r.rows, r.inserted, r.updated, r.unchanged, r.merged, r.skipped, r.rejected };
    for (int i = 0; i < CountCount; ++i)
        m_values[i]->setText(locale.toString(values[i]));
    const QString kind = kindDisplayName(m_wizard->options().kind);
    const QString file = QFileInfo(m_wizard->filePath()).fileName();
    if (r.written && r.rejected == 0)
        m_headline->setText(tr("%1 imported from %2.").arg(kind, file));
    else if (r.written)
        m_headline->setText(tr("%1 imported from %2, except the rejected rows below.").arg(kind, file));
    else
        m_headline->setText(tr("Nothing was written: %1 has rejected rows, and “Skip bad rows” was off.").arg(file));
}

void SummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_wizard->importPage()->report())
            describe();
    }
    QWizardPage::changeEvent(event);
}

void SummaryPage::retranslate()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What the import did to the chain."));
    const QString names[CountCount] = { tr("Rows read:"),
                                        tr("Inserted:"),
                                        tr("Updated:"),
                                        tr("Unchanged (already there):"),
                                        tr("Merged (same person twice in the file):"),
                                        tr("Skipped (voided or cancelled):"),
                                        tr("Rejected:") };
    for (int i = 0; i < CountCount; ++i)
        m_names[i]->setText(names[i]);
}

} // namespace ui::importer
