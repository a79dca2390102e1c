#include "ui/dashboard/dashboardpage.h"

#include "core/common/clock.h"
#include "core/common/money.h"
#include "core/csv/csvwriter.h"
#include "core/storage/database.h"
#include "ui/dashboard/dashboardchartview.h"
#include "ui/dashboard/dashboardmodel.h"
#include "ui/dashboard/dashboardrunner.h"
#include "ui/dashboard/dashboardsortproxy.h"
#include "ui/shell/session.h"
#include "ui/shell/formhelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ui::dashboard {

DashboardPage::DashboardPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_runner(new DashboardRunner(session.db.path(), session.actor, this))
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_metric(new QComboBox(this))
    , m_busy(new QProgressBar(this))
    , m_members(new QPushButton(this))
    , m_broadcast(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_error(ui::errorLabel(this))
    , m_model(new DashboardModel(session.settings.decimals(), this))
    , m_proxy(new DashboardSortProxy(this))
    , m_view(new QTableView(this))
    , m_chart(new DashboardChartView(session.settings.decimals(), this))
{
    m_preset->addItems({ QString(), QString(), QString(), QString() });
    m_metric->addItems({ QString(), QString() });
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_busy->setRange(0, 0); // busy, no progress to tell
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_broadcast->setObjectName(QStringLiteral("broadcastToSelected"));
    m_broadcast->hide();

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("dashboardTable"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DashboardModel::Branch, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_preset);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(m_busy);
    bar->addStretch(1);
    bar->addWidget(m_metric);
    bar->addWidget(m_members);
    bar->addWidget(m_broadcast);
    bar->addWidget(m_export);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 460, 220 }); // the table first: every branch and the total in view
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    connect(m_runner, &DashboardRunner::finished, this, &DashboardPage::showReport);
    connect(m_runner, &DashboardRunner::failed, this, &DashboardPage::showError);
    connect(m_preset, qOverload<int>(&QComboBox::activated), this, [this] { applyPreset(); });
    for (QDateEdit *edit : { m_from, m_to }) {
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            m_preset->setCurrentIndex(Custom);
            refresh();
        });
    }
    connect(m_metric, qOverload<int>(&QComboBox::activated), this, [this] { showChart(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DashboardPage::updateActions);
    connect(m_members, &QPushButton::clicked, this,
        [this] { emit showMembersRequested(selectedBranches()); });
    connect(m_broadcast, &QPushButton::clicked, this,
        [this] { emit broadcastRequested(selectedBranches()); });
    connect(m_export, &QPushButton::clicked, this, &DashboardPage::chooseExport);

    retranslate();
    updateActions();
    setPeriod(ThisMonth);
}

void DashboardPage::setPeriod(Preset preset, const QDate &from, const QDate &to)
{
    m_preset->setCurrentIndex(preset);
    if (preset == Custom) {
        m_from->setDate(from);
        m_to->setDate(to);
    }
    applyPreset();
}

void DashboardPage::applyPreset()
{
    const QDate today
        = QDateTime::fromSecsSinceEpoch(core::clock::now(), m_session.settings.timeZone()).date();
    const QDate month(today.year(), today.month(), 1);
    switch (m_preset->currentIndex()) {
    case ThisMonth: // so far: compared with the same days of the previous month
        m_from->setDate(month);
        m_to->setDate(today);
        break;
    case PreviousMonth:
        m_from->setDate(month.addMonths(-1));
        m_to->setDate(month.addDays(-1));
        break;
    case ThisYear:
        m_from->setDate(QDate(today.year(), 1, 1));
        m_to->setDate(QDate(today.year(), 12, 31));
        break;
    default:
        break;
    }
    refresh();
}

void DashboardPage::refresh()
{
    m_error->hide();
    m_busy->show();
    m_runner->start({ m_from->date(), m_to->date(), m_scope });
}

void DashboardPage::setScope(const QVector<qint64> &branchIds)
{
    m_scope = branchIds;
    refresh();
}

bool DashboardPage::isBusy() const
{
    return m_runner->isRunning();
}

void DashboardPage::showReport(const core::dashboard::Report &report)
{
    m_busy->hide();
    m_model->setReport(report);
    m_view->sortByColumn(m_view->horizontalHeader()->sortIndicatorSection(),
        m_view->horizontalHeader()->sortIndicatorOrder());
    showChart();
    retranslate();
    updateActions();
    emit reportShown();
}

void DashboardPage::showError(const QString &message)
{
    m_busy->hide();
    m_error->setText(message);
    m_error->show();
}

void DashboardPage::showChart()
{
    m_chart->setReport(m_model->report(),
        m_metric->currentIndex() == 0 ? DashboardChartView::Metric::Revenue
                                      : DashboardChartView::Metric::Visits);
}

QVector<qint64> DashboardPage::selectedBranches() const
{
    QVector<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const qint64 id = index.data(DashboardModel::BranchIdRole).toLongLong();
        if (id != 0)
            ids.append(id);
    }
    return ids;
}

void DashboardPage::setBroadcastAvailable(bool available)
{
    m_broadcast->setVisible(available);
}

void DashboardPage::updateActions()
{
    m_members->setEnabled(!selectedBranches().isEmpty());
    m_broadcast->setEnabled(!selectedBranches().isEmpty());
    m_export->setEnabled(m_proxy->rowCount() > 0);
}

core::Status DashboardPage::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return core::Error(
            core::Error::Code::Io, tr("Could not write %1: %2").arg(path, file.errorString()));
    core::csv::CsvWriter csv(&file, true);
    QStringList header { tr("Branch code"), tr("Branch") };
    for (int c = DashboardModel::Branch + 1; c < DashboardModel::ColumnCount; ++c) {
        const QString name = m_model->headerData(c, Qt::Horizontal).toString();
        header << name << tr("%1 (previous period)").arg(name);
    }
    if (auto s = csv.writeRecord(header); !s)
        return s;
    const int decimals = m_session.settings.decimals();
    const auto plain = [decimals](const QVariant &v, int column) {
        switch (column) {
        case DashboardModel::Revenue:
        case DashboardModel::AverageBill:
        case DashboardModel::StoredValue:
        case DashboardModel::TopUps:
            return core::money::toPlain(v.toLongLong(), decimals);
        case DashboardModel::RepeatRate:
            return QString::number(v.toDouble(), 'f', 4);
        case DashboardModel::AverageRating:
            return QString::number(v.toDouble(), 'f', 2);
        default:
            return QString::number(v.toLongLong());
        }
    };
    const QVector<qint64> selected = selectedBranches();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex first = m_proxy->index(r, DashboardModel::Branch);
        const bool total = first.data(DashboardModel::IsTotalRole).toBool();
        if (!total && !selected.isEmpty()
            && !selected.contains(first.data(DashboardModel::BranchIdRole).toLongLong()))
            continue;
        csv.addField(total ? QString() : first.data(DashboardModel::SortRole).toString());
        csv.addField(
            total ? tr("Chain total") : first.data().toString().section(QStringLiteral(" · "), 1));
        for (int c = DashboardModel::Branch + 1; c < DashboardModel::ColumnCount; ++c) {
            const QModelIndex cell = m_proxy->index(r, c);
            csv.addField(plain(cell.data(DashboardModel::SortRole), c),
                core::csv::CsvWriter::Cell::Verbatim);
            csv.addField(plain(cell.data(DashboardModel::PreviousRole), c),
                core::csv::CsvWriter::Cell::Verbatim);
        }
        if (auto s = csv.endRecord(); !s)
            return s;
    }
    return csv.flush();
}

void DashboardPage::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the dashboard"),
        QStringLiteral("dashboard-%1-%2.csv")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = exportCsv(path); !s)
        QMessageBox::warning(this, tr("Export the dashboard"), s.error().message());
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslate()
{
    m_preset->setItemText(ThisMonth, tr("This month"));
    m_preset->setItemText(PreviousMonth, tr("Previous month"));
    m_preset->setItemText(ThisYear, tr("This year"));
    m_preset->setItemText(Custom, tr("Custom"));
    m_preset->setToolTip(tr("The period to report on"));
    m_metric->setItemText(0, tr("Chart revenue"));
    m_metric->setItemText(1, tr("Chart visits"));
    m_members->setText(tr("Show members"));
    m_members->setToolTip(tr("List the members of the selected branches"));
    m_broadcast->setText(tr("Broadcast to selected branches"));
    m_broadcast->setToolTip(tr("Compose one broadcast to the people of the selected branches"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("The selected branches and the total, or the whole table"));
    const auto &r = m_model->report();
    if (r.period.from.isValid()) {
        const QLocale locale;
        m_summary->setText(tr("%1 to %2, compared with %3 to %4. Members and stored value by home "
                              "branch; stored value as of now.")
                               .arg(locale.toString(r.period.from, QLocale::ShortFormat),
                                   locale.toString(r.period.to, QLocale::ShortFormat),
                                   locale.toString(r.comparison.from, QLocale::ShortFormat),
                                   locale.toString(r.comparison.to, QLocale::ShortFormat)));
    }
}

} // namespace ui::dashboard
