#include "ui/branches/branchespage.h"

#include "core/branches/branchservice.h"
#include "ui/branches/branchtablemodel.h"
#include "ui/shell/session.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ui::branches {

BranchesPage::BranchesPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new BranchTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BranchTableModel::RawRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BranchTableModel::Code, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    reload();
}

void BranchesPage::reload()
{
    auto branches = core::branches::BranchService(m_session.db).list(m_session.actor);
    if (!branches) {
        m_error->setText(branches.error().message());
        m_error->show();
        m_model->setBranches({});
    } else {
        m_error->hide();
        m_model->setBranches(*branches);
    }
    m_view->resizeColumnsToContents();
    retranslate();
}

void BranchesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BranchesPage::retranslate()
{
    m_summary->setText(tr("%n branch(es)", nullptr, m_model->rowCount()));
}

} // namespace ui::branches
