#include "ui/importer/rejectedrowsview.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ui::importer {

RejectedRowsView::RejectedRowsView(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_link(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("rejectedRows"));
    m_table->setColumnCount(3);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false); // long reasons are elided, and whole in their tooltips
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_link->setObjectName(QStringLiteral("reportLink"));
    m_link->setWordWrap(true);
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setOpenExternalLinks(false);
    connect(m_link, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_link);
    retranslate();
    clear();
}

void RejectedRowsView::clear()
{
    m_report = {};
    m_reportPath.clear();
    m_table->setRowCount(0);
    describe();
}

void RejectedRowsView::setReport(const core::csvio::ImportReport &report, const QString &reportPath)
{
    m_report = report;
    m_reportPath = reportPath;
    m_table->setRowCount(int(report.errors.size()));
    for (int r = 0; r < report.errors.size(); ++r) {
        const core::csvio::RowError &e = report.errors[r];
        auto *row = new QTableWidgetItem;
        row->setData(Qt::DisplayRole, e.row);
        row->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, RowColumn, row);
        m_table->setItem(r, ColumnColumn, new QTableWidgetItem(e.column));
        auto *reason = new QTableWidgetItem(e.reason);
        reason->setToolTip(e.reason);
        m_table->setItem(r, ReasonColumn, reason);
    }
    m_table->resizeColumnToContents(RowColumn);
    m_table->resizeColumnToContents(ColumnColumn);
    describe();
}

void RejectedRowsView::describe()
{
    const qint64 rejected = m_report.rejected;
    setVisible(rejected > 0);
    if (rejected == 0) {
        m_link->clear();
        return;
    }
    const QLocale locale;
    QString text;
    if (rejected > m_report.errors.size())
        text = tr("The first %1 of %2 rejected rows.").arg(m_report.errors.size()).arg(locale.toString(rejected));
    if (!m_reportPath.isEmpty()) {
        const QFileInfo file(m_reportPath);
        const QString dataFolder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                                       .filePath(QStringLiteral("import-errors"));
        const QString where = QDir(file.absolutePath()) == QDir(dataFolder)
            ? tr("in ChainCard's data folder")
            : tr("beside the imported file");
        const QString link = QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded),
                                      file.fileName().toHtmlEscaped());
        m_link->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("Every rejected row, with its row number, column and reason, is in the error report %1, "
                 "saved %2.")
                  .arg(link, where);
    }
    m_link->setText(text);
    m_link->setVisible(!text.isEmpty());
}

void RejectedRowsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        describe();
    }
    QWidget::changeEvent(event);
}

void RejectedRowsView::retranslate()
{
    m_table->setHorizontalHeaderLabels({ tr("Row"), tr("Column"), tr("Reason") });
}

} // namespace ui::importer
