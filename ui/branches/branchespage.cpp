#include "ui/branches/branchespage.h"

#include "core/branches/branchservice.h"
#include "ui/branches/branchdialog.h"
#include "ui/branches/branchtablemodel.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ui::branches {

BranchesPage::BranchesPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new BranchTableModel(this))
    , m_view(sortedTableView(m_model, BranchTableModel::RawRole, this, BranchTableModel::Code))
    , m_proxy(static_cast<QSortFilterProxyModel *>(m_view->model()))
    , m_summary(new QLabel(this))
    , m_error(ui::errorLabel(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_active(new QPushButton(this))
{
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_add->setObjectName(QStringLiteral("addBranch"));
    m_edit->setObjectName(QStringLiteral("editBranch"));
    m_active->setObjectName(QStringLiteral("toggleBranch"));
    connect(m_add, &QPushButton::clicked, this, &BranchesPage::addBranch);
    connect(m_edit, &QPushButton::clicked, this, &BranchesPage::editBranch);
    connect(m_active, &QPushButton::clicked, this, &BranchesPage::toggleActive);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_session.actor.isOwner())
            editBranch();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &BranchesPage::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    for (QPushButton *button : { m_add, m_edit, m_active })
        buttons->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    reload();
}

void BranchesPage::reload()
{
    const qint64 current = selected() ? selected()->id : 0;
    auto branches = core::branches::BranchService(m_session.db).list(m_session.actor);
    showError(m_error, branches ? QString() : branches.error().message());
    m_model->setBranches(branches ? *branches : QVector<core::branches::Branch>());
    for (int row = 0; current && row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(BranchTableModel::IdRole).toLongLong() == current)
            m_view->selectRow(row);
    }
    m_view->resizeColumnsToContents();
    retranslate();
}

const core::branches::Branch *BranchesPage::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->branchAt(m_proxy->mapToSource(rows.first()).row());
}

void BranchesPage::addBranch()
{
    BranchDialog dialog(m_session, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(BranchTableModel::IdRole).toLongLong()
            == dialog.branch().id)
            m_view->selectRow(row);
    }
    emit branchesChanged();
}

void BranchesPage::editBranch()
{
    if (!selected())
        return;
    BranchDialog dialog(m_session, *selected(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit branchesChanged();
}

void BranchesPage::toggleActive()
{
    const core::branches::Branch *branch = selected();
    if (!branch)
        return;
    const core::Status done = core::branches::BranchService(m_session.db)
                                  .setActive(m_session.actor, branch->id, !branch->active);
    reload();
    if (!done)
        showError(m_error, done.error().message());
    else
        emit branchesChanged();
}

void BranchesPage::updateButtons()
{
    const bool owner = m_session.actor.isOwner(); // the core refuses anyone else anyway
    const core::branches::Branch *branch = selected();
    m_add->setEnabled(owner);
    m_edit->setEnabled(owner && branch);
    m_active->setEnabled(owner && branch);
    m_active->setText(branch && !branch->active ? tr("&Reactivate") : tr("&Deactivate"));
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
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    updateButtons();
}

} // namespace ui::branches
