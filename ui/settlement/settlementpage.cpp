#include "ui/settlement/settlementpage.h"

#include "core/branches/branchservice.h"
#include "core/common/money.h"
#include "core/csv/csvwriter.h"
#include "core/storage/database.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"

#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui::settlement {

namespace {

// A cell that sorts on its raw value (minor units), shown formatted.
class Cell final : public QTableWidgetItem
{
public:
    Cell(const QString &text, qint64 raw)
        : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, raw);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toLongLong() < other.data(Qt::UserRole).toLongLong();
    }
};

QTableWidget *table(QWidget *parent, const char *name, int columns)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(QLatin1String(name));
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

SettlementPage::SettlementPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_monthLabel(new QLabel(this))
    , m_month(new QDateEdit(QDate::currentDate(), this))
    , m_refresh(new QPushButton(this))
    , m_export(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_error(errorLabel(this))
    , m_flowsHeading(new QLabel(this))
    , m_positions(table(this, "positions", 6))
    , m_flows(table(this, "flows", 3))
{
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_monthLabel->setBuddy(m_month);
    m_summary->setWordWrap(true);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(QString(), this, [this] { chooseExport(false); });
    menu->addAction(QString(), this, [this] { chooseExport(true); });
    m_export->setMenu(menu);
    if (auto branches = core::branches::BranchService(session.db).list(session.actor)) {
        for (const auto &b : *branches)
            m_codes.insert(b.id, branchLabel(b));
    }

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_monthLabel);
    bar->addWidget(m_month);
    bar->addWidget(m_refresh);
    bar->addStretch();
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_positions, 3);
    layout->addWidget(m_flowsHeading);
    layout->addWidget(m_flows, 2);

    connect(m_refresh, &QPushButton::clicked, this, &SettlementPage::refresh);
    connect(m_month, &QDateEdit::dateChanged, this, &SettlementPage::refresh);
    retranslate();
}

void SettlementPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void SettlementPage::setScope(const QVector<qint64> &branchIds)
{
    m_scope = branchIds;
    fill();
}

void SettlementPage::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_busy = true;
    m_error->hide();
    m_summary->setText(tr("Computing…"));
    const QDate first(m_month->date().year(), m_month->date().month(), 1);
    const QTimeZone zone = m_session.settings.timeZone();
    const qint64 from = QDateTime(first, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 to = QDateTime(first.addMonths(1), QTime(0, 0), zone).toSecsSinceEpoch();
    m_workers.start([this, from, to, path = m_session.db.path(), actor = m_session.actor](
                        const WorkerThreads::Job &job) {
        core::storage::OpenOptions options;
        options.mode = core::storage::OpenOptions::Mode::OpenExisting;
        auto db = core::storage::Database::open(path, options);
        auto report = db ? core::wallet::Settlement(**db).compute(actor, from, to)
                         : core::Result<core::wallet::SettlementReport>(db.error());
        if (job.isCancelled())
            return;
        m_workers.deliver(job, [this, report = std::move(report)] {
            m_busy = false;
            if (!report) {
                m_summary->clear();
                showError(m_error, report.error().message());
                return;
            }
            showReport(*report);
        });
    });
}

void SettlementPage::showReport(const core::wallet::SettlementReport &report)
{
    m_report = report;
    fill();
    emit computed();
}

QString SettlementPage::code(qint64 branchId) const
{
    return m_codes.value(branchId, QString::number(branchId));
}

void SettlementPage::fill()
{
    const auto shown = [this](qint64 id) { return m_scope.isEmpty() || m_scope.contains(id); };
    const QLocale locale;
    const int decimals = m_session.settings.decimals();
    const auto money = [&](qint64 minor) {
        return new Cell(core::money::toDisplay(minor, locale, decimals), minor);
    };
    m_positions->setSortingEnabled(false);
    m_positions->setRowCount(0);
    qint64 liability = 0;
    for (const auto &p : std::as_const(m_report.branches)) {
        if (!shown(p.branchId))
            continue;
        const int row = m_positions->rowCount();
        m_positions->insertRow(row);
        m_positions->setItem(row, 0, new QTableWidgetItem(code(p.branchId)));
        const qint64 values[] = { p.toppedUp, p.spentHere, p.bonusSpent, p.owed, p.liability };
        for (int c = 0; c < 5; ++c)
            m_positions->setItem(row, c + 1, money(values[c]));
        liability += p.liability;
    }
    m_positions->setSortingEnabled(true);
    m_positions->sortByColumn(0, Qt::AscendingOrder);
    m_positions->resizeColumnsToContents();

    m_flows->setSortingEnabled(false);
    m_flows->setRowCount(0);
    qint64 across = 0;
    for (const auto &f : std::as_const(m_report.flows)) {
        if (f.fromBranchId == f.toBranchId || !(shown(f.fromBranchId) || shown(f.toBranchId)))
            continue;
        const int row = m_flows->rowCount();
        m_flows->insertRow(row);
        m_flows->setItem(row, 0, new QTableWidgetItem(code(f.fromBranchId)));
        m_flows->setItem(row, 1, new QTableWidgetItem(code(f.toBranchId)));
        m_flows->setItem(row, 2, money(f.amount));
        across += f.amount;
    }
    m_flows->setSortingEnabled(true);
    m_flows->sortByColumn(2, Qt::DescendingOrder);
    m_flows->resizeColumnsToContents();
    if (m_report.toUtc != 0)
        m_summary->setText(tr("%1 spent at another branch than where it was topped up; %2 on "
                              "cards at the month's end.")
                               .arg(core::money::toDisplay(across, locale, decimals),
                                   core::money::toDisplay(liability, locale, decimals)));
}

core::Status SettlementPage::exportCsv(const QString &path, bool flows) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error(
            core::Error::Code::Io, tr("Could not write %1: %2").arg(path, file.errorString()));
    core::csv::CsvWriter csv(&file, true);
    const QTableWidget *t = flows ? m_flows : m_positions;
    QStringList header;
    for (int c = 0; c < t->columnCount(); ++c)
        header << t->horizontalHeaderItem(c)->text();
    if (auto s = csv.writeRecord(header); !s)
        return s;
    const int decimals = m_session.settings.decimals();
    for (int r = 0; r < t->rowCount(); ++r) {
        for (int c = 0; c < t->columnCount(); ++c) {
            const QTableWidgetItem *item = t->item(r, c);
            const QVariant raw = item->data(Qt::UserRole);
            if (raw.isValid())
                csv.addField(core::money::toPlain(raw.toLongLong(), decimals),
                    core::csv::CsvWriter::Cell::Verbatim);
            else
                csv.addField(item->text());
        }
        if (auto s = csv.endRecord(); !s)
            return s;
    }
    if (auto s = csv.flush(); !s)
        return s;
    if (!file.commit())
        return core::Error(
            core::Error::Code::Io, tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

void SettlementPage::chooseExport(bool flows)
{
    const QString month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the settlement"),
        flows ? QStringLiteral("settlement-%1-flows.csv").arg(month)
              : QStringLiteral("settlement-%1-branches.csv").arg(month),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = exportCsv(path, flows); !s)
        QMessageBox::warning(this, tr("Export the settlement"), s.error().message());
}

void SettlementPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettlementPage::retranslate()
{
    m_monthLabel->setText(tr("&Month:"));
    m_refresh->setText(tr("Refresh"));
    m_export->setText(tr("Export"));
    m_export->menu()->actions().at(0)->setText(tr("Branches as CSV…"));
    m_export->menu()->actions().at(1)->setText(tr("Flows as CSV…"));
    m_positions->setHorizontalHeaderLabels({ tr("Branch"), tr("Topped up"), tr("Spent here"),
        tr("Bonus spent here"), tr("Owed to it (−: it owes)"), tr("On cards at month's end") });
    m_flowsHeading->setText(
        tr("Money topped up at one branch and spent at another (first in, first out; "
           "principal only)"));
    m_flows->setHorizontalHeaderLabels({ tr("Topped up at"), tr("Spent at"), tr("Amount") });
    fill();
}

} // namespace ui::settlement
