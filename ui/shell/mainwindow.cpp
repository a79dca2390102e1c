#include "ui/shell/mainwindow.h"

#include "core/auth/actor.h"
#include "core/branches/branchservice.h"
#include "ui/shell/session.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
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
}

} // namespace ui
