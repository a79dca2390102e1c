#include "ui/broadcasts/broadcasthistory.h"

#include "ui/broadcasts/branchcountsmodel.h"
#include "ui/broadcasts/broadcastlistmodel.h"
#include "ui/shell/chainformat.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"

#include <QAbstractProxyModel>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ui::broadcasts {

namespace bc = core::broadcasts;

BroadcastHistory::BroadcastHistory(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new BroadcastListModel(ChainFormat(session.settings), this))
    , m_view(
          sortedTableView(m_model, BroadcastListModel::RawRole, this, BroadcastListModel::Created))
    , m_branchModel(new BranchCountsModel(this))
    , m_branchView(sortedTableView(m_branchModel, BranchCountsModel::RawRole, this))
    , m_visits(new QLabel(this))
    , m_error(errorLabel(this))
    , m_refresh(new QPushButton(this))
    , m_deliver(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("broadcastHistory"));
    m_view->sortByColumn(BroadcastListModel::Created, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(
        BroadcastListModel::Title, QHeaderView::Stretch);
    m_branchView->setObjectName(QStringLiteral("broadcastBranches"));
    m_visits->setObjectName(QStringLiteral("broadcastVisits"));
    m_visits->setWordWrap(true);
    m_deliver->setObjectName(QStringLiteral("deliverDue"));
    m_cancel->setObjectName(QStringLiteral("cancelBroadcast"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_refresh);
    bar->addStretch(1);
    bar->addWidget(m_deliver);
    bar->addWidget(m_cancel);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_visits);
    detailsLayout->addWidget(m_branchView, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    connect(m_refresh, &QPushButton::clicked, this, &BroadcastHistory::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &BroadcastHistory::showSelected);
    connect(m_deliver, &QPushButton::clicked, this, [this] {
        if (m_sending)
            emit stopRequested();
        else if (selected().id != 0)
            emit deliverRequested(selected());
    });
    connect(m_cancel, &QPushButton::clicked, this, &BroadcastHistory::cancelSelected);

    retranslate();
    updateActions();
}

void BroadcastHistory::reload()
{
    const qint64 keep = selected().id;
    m_error->hide();
    auto list = bc::BroadcastService(m_session.db).list(m_session.actor);
    if (!list) {
        showError(m_error, list.error().message());
        return;
    }
    m_model->setBroadcasts(*list);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(
        BroadcastListModel::Title, QHeaderView::Stretch);
    if (keep != 0)
        select(keep);
    else
        showSelected();
}

void BroadcastHistory::select(qint64 broadcastId)
{
    const int row = m_model->rowOf(broadcastId);
    if (row < 0)
        return;
    auto *proxy = static_cast<QAbstractProxyModel *>(m_view->model());
    const QModelIndex index = proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    showSelected(); // also when it was selected already: its counts may have changed
}

bc::BroadcastSummary BroadcastHistory::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    auto *proxy = static_cast<QAbstractProxyModel *>(m_view->model());
    return m_model->broadcastAt(proxy->mapToSource(rows.first()).row());
}

void BroadcastHistory::setSending(bool sending)
{
    m_sending = sending;
    updateActions();
    retranslate();
}

void BroadcastHistory::showSelected()
{
    updateActions();
    const bc::BroadcastSummary b = selected();
    if (b.id == 0) {
        m_branchModel->setCounts({});
        m_visits->clear();
        return;
    }
    auto status = bc::BroadcastService(m_session.db).status(m_session.actor, b.id);
    if (!status) {
        showError(m_error, status.error().message());
        return;
    }
    m_branchModel->setCounts(status->branches);
    m_branchView->resizeColumnsToContents();
    const QLocale locale;
    const qint64 sent = status->states.value(QStringLiteral("sent"));
    m_visits->setText(tr("“%1”: %2 of %3 people sent to. Came to a branch within 7 days of the "
                         "message: %4; within 30 days: %5.")
                          .arg(b.title, locale.toString(sent), locale.toString(b.recipients),
                              locale.toString(status->visitedWithin7Days),
                              locale.toString(status->visitedWithin30Days)));
}

void BroadcastHistory::cancelSelected()
{
    const bc::BroadcastSummary b = selected();
    if (b.id == 0)
        return;
    if (QMessageBox::question(this, tr("Cancel broadcast"),
            tr("Cancel “%1”? What has not been sent yet will not be sent.").arg(b.title))
        != QMessageBox::Yes)
        return;
    if (auto s = bc::BroadcastService(m_session.db).cancel(m_session.actor, b.id); !s) {
        showError(m_error, s.error().message());
        return;
    }
    reload();
}

void BroadcastHistory::updateActions()
{
    const bc::BroadcastSummary b = selected();
    const bool open = b.status == QLatin1String("queued") || b.status == QLatin1String("sending");
    m_deliver->setEnabled(m_sending || (open && b.pending + b.deferred + b.failed > 0));
    m_cancel->setEnabled(!m_sending && open);
}

void BroadcastHistory::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BroadcastHistory::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_deliver->setText(m_sending ? tr("Stop sending") : tr("Deliver what is due…"));
    m_deliver->setToolTip(tr("Sends the messages of the selected broadcast whose time has come: "
                             "deferred by quiet hours, scheduled, or interrupted"));
    m_cancel->setText(tr("Cancel broadcast"));
    showSelected();
}

} // namespace ui::broadcasts
