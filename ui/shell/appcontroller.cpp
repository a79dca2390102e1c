#include "ui/shell/appcontroller.h"

#include "core/auth/userservice.h"
#include "core/broadcasts/broadcastservice.h"
#include "core/maintenance/backup.h"
#include "core/storage/database.h"
#include "ui/branches/branchespage.h"
#include "ui/broadcasts/broadcastspage.h"
#include "ui/counter/counterpage.h"
#include "ui/coupons/couponspage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/firstrun/firstrunwizard.h"
#include "ui/importer/importaction.h"
#include "ui/members/memberspage.h"
#include "ui/membership/membershippage.h"
#include "ui/retention/retentionpage.h"
#include "ui/reviews/reviewspage.h"
#include "ui/shell/branchscope.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recentfiles.h"
#include "ui/shell/session.h"
#include "ui/shell/workerthreads.h"
#include "ui/settings/settingspage.h"
#include "ui/settlement/settlementpage.h"
#include "ui/signin/signindialog.h"
#include "ui/users/userspage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>

#include <utility>

namespace ui {

namespace {

// Runs a File menu command after the menu's event is done: the command may replace the
// window that holds the menu.
template<typename F>
void later(QAction *action, AppController *controller, F command)
{
    QObject::connect(action, &QAction::triggered, controller, command, Qt::QueuedConnection);
}

QString fileFilter()
{
    return QApplication::translate(
        "AppController", "ChainCard chains (*.chaincard);;All files (*)");
}

} // namespace

AppController::AppController(QObject *parent)
    : QObject(parent)
{
    // The app ends when the chain's window is closed or sign-in is cancelled, not whenever no
    // window is visible (between signing out and signing in again there is none).
    QApplication::setQuitOnLastWindowClosed(false);
}

AppController::~AppController()
{
    closeChain();
}

AppController::Started AppController::start(
    const QString &path, const QString &user, const QString &password)
{
    m_scripted = !user.isEmpty();
    m_user = user;
    m_password = password;
    bool running = false;
    if (QFileInfo::exists(path))
        running = openFile(path);
    else if (m_scripted)
        report(tr("There is no chain at %1.").arg(QDir::toNativeSeparators(path)));
    else
        running = create(path);
    return running ? Started::Running : m_failed ? Started::Failed : Started::Cancelled;
}

bool AppController::create(const QString &path)
{
    std::optional<core::auth::Actor> owner;
    bool import = false;
    {
        // Gone before openFile() replaces the window that is its parent.
        firstrun::FirstRunWizard wizard(path, m_window.get());
        if (wizard.exec() != QDialog::Accepted)
            return false;
        owner = wizard.owner();
        import = wizard.start() == firstrun::FirstRunWizard::Start::Import;
    }
    if (!openFile(path, owner))
        return false;
    if (import)
        m_import->openWizard();
    return true;
}

bool AppController::openFile(const QString &path, std::optional<core::auth::Actor> actor)
{
    core::storage::OpenOptions options;
    options.mode = core::storage::OpenOptions::Mode::OpenExisting;
    auto db = core::storage::Database::open(path, options);
    if (!db) {
        report(db.error().message());
        return false;
    }
    auto settings = core::chain::ChainStore::load(**db);
    if (!settings) {
        report(settings.error().message());
        return false;
    }
    if (!actor)
        actor = signIn(**db, *settings);
    if (!actor)
        return false;
    show(std::move(*db), *settings, *actor);
    return true;
}

std::optional<core::auth::Actor> AppController::signIn(
    core::storage::Database &db, const core::chain::ChainSettings &settings)
{
    if (!m_user.isEmpty()) {
        // --user with CHAINCARD_PASSWORD: the first sign-in only, for scripts and screenshots.
        auto actor = core::auth::UserService(db).authenticate(
            std::exchange(m_user, {}), std::exchange(m_password, {}));
        if (actor)
            return *actor;
        report(actor.error().message());
        return std::nullopt;
    }
    signin::SignInDialog dialog(db, settings.name, m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.actor();
}

void AppController::show(std::unique_ptr<core::storage::Database> db,
    core::chain::ChainSettings settings, const core::auth::Actor &actor)
{
    closeChain();
    m_db = std::move(db);
    m_session.reset(new Session { *m_db, actor, std::move(settings) });
    m_scope = std::make_unique<BranchScope>(*m_db, actor);
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->installEventFilter(this);
    m_window->setBranchScope(m_scope.get());
    buildFileMenu();
    buildLanguageMenu();
    addPages();
    retranslate();
    QSettings store;
    RecentFiles(store).add(m_db->path());
    m_window->show();
}

void AppController::closeChain()
{
    // The window's pages and their worker threads go before the session and database they use.
    m_window.reset();
    m_import = nullptr;
    m_scope.reset();
    m_session.reset();
    m_db.reset();
}

void AppController::addPage(QWidget *page, const char *title)
{
    m_pageTitles.append({ page, title });
    m_window->addPage(page, tr(title));
}

// The pages, in navigation order: construct, add, and reload after an import that wrote.
void AppController::addPages()
{
    m_pageTitles.clear();
    Session &session = *m_session;
    MainWindow *window = m_window.get();
    BranchScope *scope = m_scope.get();
    auto *dashboardPage = new dashboard::DashboardPage(session, window);
    auto *branchesPage = new branches::BranchesPage(session, window);
    auto *membersPage = new members::MembersPage(session, window);
    auto *retentionPage = new retention::RetentionPage(session, window);
    addPage(dashboardPage, QT_TR_NOOP("Dashboard"));
    auto *counterPage = new counter::CounterPage(session, window);
    addPage(counterPage, QT_TR_NOOP("Counter"));
    if (session.actor.role() == core::auth::Role::Cashier) // the counter is a cashier's work
        window->showPage(counterPage);
    addPage(branchesPage, QT_TR_NOOP("Branches"));
    if (session.actor.isOwner()) { // accounts are the owner's alone; the core refuses others
        auto *usersPage = new users::UsersPage(session, window);
        addPage(usersPage, QT_TR_NOOP("Users"));
        connect(branchesPage, &branches::BranchesPage::branchesChanged, usersPage,
            &users::UsersPage::reload);
        connect(m_import, &importer::ImportAction::imported, usersPage, &users::UsersPage::reload);
    }
    addPage(membersPage, QT_TR_NOOP("Members"));
    coupons::CouponsPage *couponsPage = nullptr;
    if (session.actor.role() != core::auth::Role::Cashier) { // templates: managers and the owner
        couponsPage = new coupons::CouponsPage(session, window);
        addPage(couponsPage, QT_TR_NOOP("Coupons"));
        connect(m_import, &importer::ImportAction::imported, couponsPage,
            &coupons::CouponsPage::reload);
    }
    auto *reviewsPage = new reviews::ReviewsPage(session, window);
    addPage(reviewsPage, QT_TR_NOOP("Reviews"));
    connect(m_import, &importer::ImportAction::imported, reviewsPage, &reviews::ReviewsPage::reload);
    addPage(retentionPage, QT_TR_NOOP("Retention"));
    // Broadcasts: the owner's, and a manager's when the owner allows it (as in the core).
    broadcasts::BroadcastsPage *broadcastsPage = nullptr;
    const auto broadcastSettings = core::broadcasts::BroadcastSettings::load(session.db);
    if (session.actor.isOwner()
        || (session.actor.role() == core::auth::Role::Manager && broadcastSettings
            && broadcastSettings->managersMayBroadcast)) {
        broadcastsPage = new broadcasts::BroadcastsPage(session, window);
        addPage(broadcastsPage, QT_TR_NOOP("Broadcasts"));
    }
    settlement::SettlementPage *settlementPage = nullptr;
    if (session.actor.role() != core::auth::Role::Cashier) { // the core refuses cashiers
        settlementPage = new settlement::SettlementPage(session, window);
        addPage(settlementPage, QT_TR_NOOP("Stored value"));
        connect(m_import, &importer::ImportAction::imported, settlementPage,
            &settlement::SettlementPage::refresh);
    }
    if (session.actor.isOwner()) { // tiers, wallet rules and settings: the owner's, as in the core
        auto *membershipPage = new membership::MembershipPage(session, window);
        addPage(membershipPage, QT_TR_NOOP("Membership"));
        // Queued: the page that says "saved" is among those rebuilt.
        connect(membershipPage, &membership::MembershipPage::saved, this,
            &AppController::rebuildPages, Qt::QueuedConnection);
        // The chain's settings are the owner's alone, as in the core.
        auto *settingsPage = new settings::SettingsPage(session, window);
        addPage(settingsPage, QT_TR_NOOP("Settings"));
        connect(settingsPage, &settings::SettingsPage::saved, window, &MainWindow::settingsChanged);
        // Queued: the page that says "saved" is among those rebuilt.
        connect(settingsPage, &settings::SettingsPage::saved, this, &AppController::rebuildPages,
            Qt::QueuedConnection);
    }
    // "Show members" narrows the toolbar's scope, which every page follows, to those branches.
    connect(dashboardPage, &dashboard::DashboardPage::showMembersRequested, window,
        [window, scope, membersPage](const QVector<qint64> &branchIds) {
            membersPage->clearSearch();
            const QVector<qint64> before = scope->selected();
            scope->select(branchIds);
            if (scope->selected() == before) // no changed(): the page did not list anew
                membersPage->refresh();
            window->showPage(membersPage);
        });
    // "Broadcast to selected branches" does the same for the Broadcasts page.
    if (broadcastsPage) {
        dashboardPage->setBroadcastAvailable(true);
        connect(dashboardPage, &dashboard::DashboardPage::broadcastRequested, window,
            [window, scope, broadcastsPage](const QVector<qint64> &branchIds) {
                scope->select(branchIds);
                window->showPage(broadcastsPage);
            });
    }
    connect(branchesPage, &branches::BranchesPage::branchesChanged, scope, &BranchScope::reload);
    // Every page follows the toolbar's branch scope, from the start (pages built anew after a
    // settings change keep the branches chosen before).
    const auto follow = [this, scope](auto *page, auto setScope) {
        connect(scope, &BranchScope::changed, page, setScope);
        if (!scope->isAll())
            (page->*setScope)(scope->selected());
    };
    follow(dashboardPage, &dashboard::DashboardPage::setScope);
    follow(membersPage, &members::MembersPage::setScope);
    follow(retentionPage, &retention::RetentionPage::setScope);
    follow(reviewsPage, &reviews::ReviewsPage::setScope);
    if (settlementPage)
        follow(settlementPage, &settlement::SettlementPage::setScope);
    if (couponsPage)
        follow(couponsPage, &coupons::CouponsPage::setScope);
    if (broadcastsPage)
        follow(broadcastsPage, &broadcasts::BroadcastsPage::setScope);
    connect(m_import, &importer::ImportAction::imported, dashboardPage,
        [scope, dashboardPage, branchesPage, membersPage, retentionPage] {
            scope->reload();
            dashboardPage->refresh();
            branchesPage->reload();
            membersPage->refresh();
            retentionPage->refresh();
        });
}

void AppController::rebuildPages()
{
    if (!m_window)
        return;
    const int row = m_window->navigation()->currentRow();
    m_window->removePages();
    addPages();
    m_window->navigation()->setCurrentRow(row);
}

void AppController::buildFileMenu()
{
    MainWindow *window = m_window.get();
    QMenu *file = window->fileMenu();
    QAction *quit = window->quitAction();
    m_new = new QAction(window);
    m_new->setShortcut(QKeySequence::New);
    later(m_new, this, &AppController::newChain);
    m_open = new QAction(window);
    m_open->setShortcut(QKeySequence::Open);
    later(m_open, this, &AppController::openChain);
    m_recent = new QMenu(window);
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recent, &QMenu::aboutToShow, this, &AppController::fillRecentMenu);
    m_import = new importer::ImportAction(m_db->path(), m_session->actor, window);
    // Imports are for managers and the owner; the core refuses a cashier.
    m_import->setVisible(m_session->actor.role() != core::auth::Role::Cashier);
    m_backup = new QAction(window);
    m_backup->setObjectName(QStringLiteral("backupAction"));
    m_backup->setVisible(m_session->actor.isOwner()); // the core refuses anyone else
    later(m_backup, this, &AppController::backup);
    m_signOut = new QAction(window);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    later(m_signOut, this, &AppController::signOut);

    file->insertActions(quit, { m_new, m_open, m_recent->menuAction() });
    file->insertSeparator(quit);
    file->insertActions(quit, { m_import, m_backup });
    file->insertSeparator(quit);
    file->insertAction(quit, m_signOut);
}

// Language: the system's, or 中文 or English whatever the system speaks; each name in its own
// language, so anyone can find theirs. The choice applies at once and is kept.
void AppController::buildLanguageMenu()
{
    m_language = m_window->menuBar()->addMenu(QString());
    m_language->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(m_language);
    const QString current = language::saved();
    const auto add = [&](const QString &text, const QString &code) {
        QAction *action = m_language->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [code] {
            language::save(code);
            language::apply(code);
        });
        return action;
    };
    m_systemLanguage = add(QString(), QString());
    m_language->addSeparator();
    for (const auto &[code, name] : language::choices())
        add(name, code);
}

void AppController::fillRecentMenu()
{
    m_recent->clear();
    QSettings store;
    const QStringList files = RecentFiles(store).files();
    for (const QString &path : files) {
        QAction *action = m_recent->addAction(QDir::toNativeSeparators(path));
        later(action, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty())
        m_recent->addAction(tr("No recent chains"))->setEnabled(false);
}

void AppController::newChain()
{
    const QString path = QFileDialog::getSaveFileName(m_window.get(), tr("New chain"),
        QFileInfo(m_db->path()).dir().filePath(tr("chain.chaincard")), fileFilter(), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        create(path);
}

void AppController::openChain()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window.get(), tr("Open chain"), QFileInfo(m_db->path()).absolutePath(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void AppController::backup()
{
    const QString target = QFileDialog::getSaveFileName(m_window.get(), tr("Back up the chain"),
        QFileInfo(m_db->path())
            .dir()
            .filePath(tr("%1 backup %2.chaincard")
                          .arg(QFileInfo(m_db->path()).completeBaseName(),
                              QDate::currentDate().toString(Qt::ISODate))),
        fileFilter());
    if (!target.isEmpty())
        backupTo(target);
}

bool AppController::backupTo(const QString &target)
{
    QProgressDialog busy(tr("Backing up the chain to %1…").arg(QDir::toNativeSeparators(target)),
        QString(), 0, 0, m_window.get());
    busy.setWindowTitle(tr("Backup"));
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(0);
    busy.show();
    std::optional<core::Result<core::maintenance::BackupInfo>> outcome;
    runOffUiThread([&, actor = m_session->actor] {
        auto db = m_db->openAnother();
        if (!db)
            outcome = db.error();
        else // the file dialog has asked before replacing a file
            outcome = core::maintenance::Backup::run(**db, actor, target, true);
    });
    busy.close();
    if (!*outcome) {
        QMessageBox::critical(m_window.get(), tr("Backup"),
            tr("The backup failed: %1").arg(outcome->error().message()));
        return false;
    }
    QMessageBox::information(m_window.get(), tr("Backup"),
        tr("The chain was backed up to %1 (%2).")
            .arg(QDir::toNativeSeparators((*outcome)->path),
                QLocale().formattedDataSize((*outcome)->bytes)));
    return true;
}

void AppController::signOut()
{
    if (!m_session)
        return;
    core::chain::ChainSettings settings = m_session->settings;
    m_window.reset();
    m_import = nullptr;
    m_scope.reset();
    m_session.reset();
    if (auto actor = signIn(*m_db, settings))
        show(std::move(m_db), std::move(settings), *actor);
    else
        QCoreApplication::quit();
}

bool AppController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window.get()) {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        else if (event->type() == QEvent::Close)
            QCoreApplication::quit();
    }
    return QObject::eventFilter(watched, event);
}

void AppController::retranslate()
{
    m_new->setText(tr("&New chain…"));
    m_open->setText(tr("&Open…"));
    m_recent->setTitle(tr("Open &Recent"));
    m_backup->setText(tr("&Backup…"));
    m_signOut->setText(tr("Sign &out"));
    m_language->setTitle(tr("&Language"));
    m_systemLanguage->setText(tr("The system's language"));
    // The Settings page may have chosen the language: the menu shows what is kept.
    const QString current = language::saved();
    for (QAction *action : m_language->actions()) {
        // Checking one unchecks the others (the group is exclusive; it refuses to uncheck).
        if (action->isCheckable() && action->data().toString() == current)
            action->setChecked(true);
    }
    for (const auto &[page, title] : std::as_const(m_pageTitles))
        m_window->setPageTitle(page, tr(title));
}

void AppController::report(const QString &message)
{
    m_failed = true;
    if (m_scripted && !m_window)
        qCritical("%s", qPrintable(message));
    else
        QMessageBox::critical(m_window.get(), tr("ChainCard"), message);
}

} // namespace ui
