#include "ui/retention/retentionpage.h"

#include "core/retention/retentioncsv.h"
#include "core/storage/database.h"
#include "ui/retention/branchchartview.h"
#include "ui/retention/branchretentionmodel.h"
#include "ui/retention/cohorttablemodel.h"
#include "ui/retention/curvechartview.h"
#include "ui/retention/retentionrunner.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui::retention {

namespace {

const QDate OpenEnd(2000, 1, 1); // the minimum of the month pickers: "any"

QDateEdit *monthPicker(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    edit->setMinimumDate(OpenEnd);
    edit->setDate(OpenEnd);
    return edit;
}

enum ExportKind { ExportPng, ExportPdf, ExportCsv };

} // namespace

RetentionPage::RetentionPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_runner(new RetentionRunner(session.db.path(), session.actor, this))
    , m_fromLabel(new QLabel(this))
    , m_from(monthPicker(this))
    , m_toLabel(new QLabel(this))
    , m_to(monthPicker(this))
    , m_monthsLabel(new QLabel(this))
    , m_months(new QSpinBox(this))
    , m_refresh(new QPushButton(this))
    , m_export(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_error(ui::errorLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_curves(new CurveChartView(this))
    , m_group(new QComboBox(this))
    , m_show(new QComboBox(this))
    , m_cohortModel(new CohortTableModel(this))
    , m_cohortView(sortedTableView(m_cohortModel, CohortTableModel::RawRole, this))
    , m_branchChart(new BranchChartView(this))
    , m_branchModel(new BranchRetentionModel(this))
    , m_branchView(sortedTableView(m_branchModel, BranchRetentionModel::RawRole, this))
{
    m_months->setRange(1, core::retention::RetentionQuery::MaxMonths);
    m_months->setValue(12);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    m_export->setMenu(exportMenu);
    for (int kind : { ExportPng, ExportPdf, ExportCsv })
        exportMenu->addAction(QString(), this, [this, kind] { chooseExport(kind); });
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_cancel->hide();
    m_group->addItems({ QString(), QString() });
    m_show->addItems({ QString(), QString() });
    m_curves->setObjectName(QStringLiteral("retentionCurves"));
    m_cohortView->setObjectName(QStringLiteral("cohortTable"));
    m_branchView->setObjectName(QStringLiteral("branchRetentionTable"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_monthsLabel);
    filters->addWidget(m_months);
    filters->addWidget(m_refresh);
    filters->addStretch(1);
    filters->addWidget(m_progress);
    filters->addWidget(m_cancel);
    filters->addWidget(m_export);

    auto *cohortTab = new QWidget(this);
    auto *cohortBar = new QHBoxLayout;
    cohortBar->addWidget(m_group);
    cohortBar->addWidget(m_show);
    cohortBar->addStretch(1);
    auto *cohortLayout = new QVBoxLayout(cohortTab);
    cohortLayout->addLayout(cohortBar);
    cohortLayout->addWidget(m_cohortView, 1);

    auto *branchSplit = new QSplitter(Qt::Vertical, this);
    branchSplit->addWidget(m_branchChart);
    branchSplit->addWidget(m_branchView);

    m_tabs->addTab(m_curves, QString());
    m_tabs->addTab(cohortTab, QString());
    m_tabs->addTab(branchSplit, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    connect(m_refresh, &QPushButton::clicked, this, &RetentionPage::refresh);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        setRunning(false);
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, &RetentionPage::updateCohortTable);
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_cohortModel->setShowPercent(index == 0); });
    connect(m_runner, &RetentionRunner::progressed, m_progress, &QProgressBar::setValue);
    connect(m_runner, &RetentionRunner::finished, this, &RetentionPage::showResult);
    connect(m_runner, &RetentionRunner::failed, this, &RetentionPage::showError);

    retranslate();
}

void RetentionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

core::retention::RetentionQuery RetentionPage::query() const
{
    core::retention::RetentionQuery q;
    if (m_from->date() != OpenEnd)
        q.from = m_from->date();
    if (m_to->date() != OpenEnd)
        q.to = m_to->date();
    q.months = m_months->value();
    q.branchIds = m_branchIds;
    return q;
}

void RetentionPage::setScope(const QVector<qint64> &branchIds)
{
    m_branchIds = branchIds;
    refresh();
}

void RetentionPage::refresh()
{
    // A hidden page waits until it is shown: the report on a big chain takes memory and time
    // that nobody looking at another page should pay for.
    m_stale = !isVisible();
    if (m_stale)
        return;
    m_error->hide();
    setRunning(true);
    m_runner->start(query());
}

void RetentionPage::setRunning(bool running)
{
    m_progress->setValue(0);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_refresh->setEnabled(!running);
}

void RetentionPage::showResult(const core::retention::RetentionResult &result)
{
    setRunning(false);
    m_result = result;
    m_curves->setResult(result);
    updateCohortTable();
    m_branchModel->setBranches(result.branches);
    m_branchChart->setBranches(result.branches);
    m_branchView->resizeColumnsToContents();
    retranslate();
    emit resultShown();
}

void RetentionPage::showError(const QString &message)
{
    setRunning(false);
    m_error->setText(message);
    m_error->show();
    emit failed(message);
}

void RetentionPage::updateCohortTable()
{
    m_cohortModel->setCohorts(m_result.group(m_group->currentIndex() == 0
                                                 ? core::retention::Group::Member
                                                 : core::retention::Group::Coupon));
    m_cohortView->resizeColumnsToContents();
}

QString RetentionPage::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write \"%1\": %2").arg(path, file.errorString());
    // UTF-8 with a BOM so a spreadsheet opens the Chinese branch names correctly.
    file.write("\xEF\xBB\xBF");
    file.write(core::retention::cohortsCsv(m_result).toUtf8());
    file.write("\n");
    file.write(core::retention::branchesCsv(m_result).toUtf8());
    if (!file.commit())
        return tr("Could not write \"%1\": %2").arg(path, file.errorString());
    return {};
}

QString RetentionPage::exportPng(const QString &path)
{
    QWidget *chart = m_tabs->currentIndex() == 2 ? static_cast<QWidget *>(m_branchChart)
                                                 : static_cast<QWidget *>(m_curves);
    if (!chart->grab().save(path, "PNG"))
        return tr("Could not write the picture \"%1\".").arg(path);
    return {};
}

QString RetentionPage::exportPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setTitle(tr("Retention: members against coupon claimers"));
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("Could not write the PDF \"%1\".").arg(path);
    const QRect page = painter.viewport();
    const int titleHeight = page.height() / 12;
    const QRect body(page.left(), page.top() + titleHeight, page.width(),
                     page.height() - titleHeight);
    QFont font = painter.font();
    font.setPointSize(14);
    painter.setFont(font);
    painter.drawText(QRect(page.left(), page.top(), page.width(), titleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     m_session.settings.name + QStringLiteral(" — ") + m_summary->text());
    m_curves->render(&painter, body);
    writer.newPage();
    m_branchChart->render(&painter, page);
    painter.end();
    return {};
}

void RetentionPage::chooseExport(int kind)
{
    const QString filter = kind == ExportPng   ? tr("PNG pictures (*.png)")
                         : kind == ExportPdf   ? tr("PDF documents (*.pdf)")
                                               : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export retention"), QString(),
                                                      filter);
    if (path.isEmpty())
        return;
    const QString error = kind == ExportPng ? exportPng(path)
                        : kind == ExportPdf ? exportPdf(path)
                                            : exportCsv(path);
    if (!error.isEmpty())
        showError(error);
}

void RetentionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RetentionPage::retranslate()
{
    m_fromLabel->setText(tr("Cohorts from"));
    m_toLabel->setText(tr("to"));
    m_from->setSpecialValueText(tr("any"));
    m_to->setSpecialValueText(tr("any"));
    m_monthsLabel->setText(tr("Months"));
    m_refresh->setText(tr("Refresh"));
    m_cancel->setText(tr("Cancel"));
    m_export->setText(tr("Export"));
    const QList<QAction *> exports = m_export->menu()->actions();
    exports.at(ExportPng)->setText(tr("Chart as PNG…"));
    exports.at(ExportPdf)->setText(tr("Charts as PDF…"));
    exports.at(ExportCsv)->setText(tr("Data as CSV…"));
    m_group->setItemText(0, tr("Members"));
    m_group->setItemText(1, tr("Coupon claimers"));
    m_show->setItemText(0, tr("Percent"));
    m_show->setItemText(1, tr("Count"));
    m_tabs->setTabText(0, tr("Curves"));
    m_tabs->setTabText(1, tr("Cohorts"));
    m_tabs->setTabText(2, tr("Branches"));

    qint64 members = 0;
    qint64 claimers = 0;
    qint64 converted = 0;
    for (const auto &c : m_result.member)
        members += c.size;
    for (const auto &c : m_result.coupon) {
        claimers += c.size;
        converted += c.converted;
    }
    const QLocale locale;
    m_summary->setText(tr("%1 members in %2 cohorts; %3 coupon claimers in %4 cohorts, of whom "
                          "%5 became members.")
                           .arg(locale.toString(members), locale.toString(m_result.member.size()),
                                locale.toString(claimers), locale.toString(m_result.coupon.size()),
                                locale.toString(converted)));
}

} // namespace ui::retention
