#pragma once

#include "core/auth/actor.h"
#include "core/chain/chainsettings.h"

#include <QObject>
#include <QPair>
#include <QVector>

#include <memory>
#include <optional>

class QAction;
class QMenu;

namespace core::storage {
class Database;
}

namespace ui {

class BranchScope;
class MainWindow;
struct Session;
namespace importer {
class ImportAction;
}

// Owns the open chain (its database and session) and the window built for it; opens, creates
// and switches chains, signs users in and out, and runs the File menu. main() only parses
// options and starts it.
class AppController final : public QObject
{
    Q_OBJECT
public:
    enum class Started { Running, Cancelled, Failed };

    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    // Opens the chain at `path` (with the first-run wizard when no file is there), signs in
    // (as `user` with `password` when given, else through the sign-in dialog) and shows the
    // window. Failed: the chain could not be opened or the user not signed in (said already).
    Started start(const QString &path, const QString &user = {}, const QString &password = {});

    MainWindow *window() const { return m_window.get(); }
    const Session *session() const { return m_session.get(); }
    BranchScope *branchScope() const { return m_scope.get(); }

    // File menu commands (public for tests and shortcuts).
    void newChain();
    void openChain();
    bool openFile(const QString &path, std::optional<core::auth::Actor> actor = std::nullopt);
    void backup();
    // Writes an online backup of the open chain to `target` (replacing it) on a worker thread
    // behind a busy dialog, and says how it went.
    bool backupTo(const QString &target);
    void signOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool create(const QString &path);
    std::optional<core::auth::Actor> signIn(
        core::storage::Database &db, const core::chain::ChainSettings &settings);
    void show(std::unique_ptr<core::storage::Database> db, core::chain::ChainSettings settings,
        const core::auth::Actor &actor);
    void closeChain();
    void addPages();
    // Builds every page anew, staying on the page shown: the pages read the chain's settings
    // (currency, region, timezone) when built, so a save on the Settings page reaches them all.
    void rebuildPages();
    void buildFileMenu();
    void buildLanguageMenu();
    void addPage(QWidget *page, const char *title);
    void fillRecentMenu();
    void retranslate();
    void report(const QString &message);

    bool m_failed = false;
    bool m_scripted = false; // signed in by --user: errors before the window go to stderr
    QString m_user;
    QString m_password;
    std::unique_ptr<core::storage::Database> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<BranchScope> m_scope; // the branches every page shows
    std::unique_ptr<MainWindow> m_window;
    importer::ImportAction *m_import = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QMenu *m_recent = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_signOut = nullptr;
    QMenu *m_language = nullptr;
    QAction *m_systemLanguage = nullptr;
    QVector<QPair<QWidget *, const char *>> m_pageTitles; // source texts, for retranslation
};

} // namespace ui
