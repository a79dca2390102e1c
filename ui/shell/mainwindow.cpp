#include "ui/shell/mainwindow.h"

#include "core/auth/actor.h"
#include "core/branches/branchservice.h"
#include "ui/shell/branchscope.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_chainName(new QLabel(this))
    , m_signedIn(new QLabel(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    QFont heading = m_chainName->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.6);
    heading.setBold(true);
    m_chainName->setFont(heading);
    m_chainName->setObjectName(QStringLiteral("chainName"));

    m_navigation->setFixedWidth(180);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *body = new QHBoxLayout;
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_chainName);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_quit = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence::Quit);

    if (!m_session.actor.isOwner()) {
        if (auto branch = core::branches::BranchService(m_session.db).find(m_session.actor.branchId()))
            m_branchName = tr("%1 %2").arg(branch->code, branch->name);
    }
    m_signedIn->setObjectName(QStringLiteral("signedIn"));
    statusBar()->addPermanentWidget(m_signedIn);

    resize(1100, 700);
    retranslate();
}

void MainWindow::addPage(QWidget *page, const QString &title)
{
    m_pages->addWidget(page);
    m_navigation->addItem(title);
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::removePages()
{
    m_navigation->clear();
    while (QWidget *page = m_pages->widget(0)) {
        m_pages->removeWidget(page);
        delete page;
    }
}

void MainWindow::setBranchScope(BranchScope *scope)
{
    m_scope = scope;
    m_scopeBar = addToolBar(QString());
    m_scopeBar->setObjectName(QStringLiteral("scopeBar"));
    m_scopeBar->setMovable(false);
    m_scopeButton = new QToolButton(m_scopeBar);
    m_scopeButton->setObjectName(QStringLiteral("scopeButton"));
    m_scopeButton->setPopupMode(QToolButton::InstantPopup);
    m_scopeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_scopeButton->setMenu(new QMenu(m_scopeButton));
    m_scopeButton->menu()->setObjectName(QStringLiteral("scopeMenu"));
    m_scopeButton->setEnabled(!scope->isFixed());
    m_scopeBar->addWidget(m_scopeButton);
    connect(scope, &BranchScope::changed, this, &MainWindow::updateScope);
    connect(scope, &BranchScope::branchesChanged, this, &MainWindow::buildScopeMenu);
    buildScopeMenu();
}

void MainWindow::buildScopeMenu()
{
    QMenu *menu = m_scopeButton->menu();
    menu->clear();
    // Each action's check mark follows the scope, also when a click changed nothing.
    m_allBranches = menu->addAction(QString(), this, [this] {
        m_scope->selectAll();
        updateScope();
    });
    m_allBranches->setCheckable(true);
    menu->addSeparator();
    for (const auto &branch : m_scope->branches()) {
        const qint64 id = branch.id;
        QAction *action = menu->addAction(branchLabel(branch), this, [this, id] {
            m_scope->toggle(id);
            updateScope();
        });
        action->setCheckable(true);
        action->setData(id);
    }
    updateScope();
}

void MainWindow::updateScope()
{
    if (!m_scope)
        return;
    const QVector<qint64> selected = m_scope->selected();
    QStringList codes;
    for (QAction *action : m_scopeButton->menu()->actions()) {
        if (action == m_allBranches || action->isSeparator())
            continue;
        const qint64 id = action->data().toLongLong();
        action->setChecked(selected.contains(id));
        if (m_scope->isFixed())
            codes << action->text(); // "B01 · name"
        else if (action->isChecked())
            codes << action->text().section(QStringLiteral(" · "), 0, 0);
    }
    m_allBranches->setChecked(m_scope->isAll());
    m_allBranches->setText(tr("All branches"));
    m_scopeBar->setWindowTitle(tr("Branch scope"));
    m_scopeButton->setToolTip(tr("The branches every page shows"));
    if (m_scope->isFixed())
        m_scopeButton->setText(codes.value(0));
    else if (m_scope->isAll())
        m_scopeButton->setText(tr("All branches"));
    else if (codes.size() <= 3)
        m_scopeButton->setText(codes.join(QStringLiteral(", ")));
    else
        m_scopeButton->setText(tr("%n branch(es)", nullptr, int(codes.size())));
}

void MainWindow::setPageTitle(QWidget *page, const QString &title)
{
    if (QListWidgetItem *item = m_navigation->item(m_pages->indexOf(page)))
        item->setText(title);
}

void MainWindow::showPage(QWidget *page)
{
    if (const int row = m_pages->indexOf(page); row >= 0)
        m_navigation->setCurrentRow(row); // navigation rows follow the page stack's order
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::settingsChanged()
{
    retranslate();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("%1 — ChainCard").arg(m_session.settings.name));
    m_chainName->setText(m_session.settings.name);
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    const core::auth::Actor &actor = m_session.actor;
    const QString role = core::auth::roleDisplayName(actor.role());
    m_signedIn->setText(m_branchName.isEmpty()
                            ? tr("Signed in as %1 (%2)").arg(actor.name(), role)
                            : tr("Signed in as %1 (%2, %3)").arg(actor.name(), role, m_branchName));
    updateScope();
}

} // namespace ui
