#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace ui {

class BranchScope;
struct Session;

// Hosts navigation between the feature pages, and nothing else.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);

    // Adds a page to the navigation list under `title`.
    void addPage(QWidget *page, const QString &title);
    void setPageTitle(QWidget *page, const QString &title);
    // Deletes every page and empties the navigation (the pages are about to be built anew).
    void removePages();
    // Switches the navigation to a page added before.
    void showPage(QWidget *page);
    // The session's chain settings changed (saved on the Settings page): show the new name.
    void settingsChanged();
    QListWidget *navigation() const { return m_navigation; }
    // File menu; actions added by whoever opens the chain go before Quit.
    QMenu *fileMenu() const { return m_fileMenu; }
    QAction *quitAction() const { return m_quit; }
    // Puts the branch scope selector in the toolbar: a menu of "All branches" and each branch
    // for the owner; a manager's or cashier's branch, disabled.
    void setBranchScope(BranchScope *scope);
    QToolButton *scopeButton() const { return m_scopeButton; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildScopeMenu();
    void updateScope();

    Session &m_session;
    QString m_branchName; // "B01 name" for managers and cashiers
    QLabel *m_chainName;
    QLabel *m_signedIn;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QMenu *m_fileMenu;
    QAction *m_quit;
    BranchScope *m_scope = nullptr;
    QToolBar *m_scopeBar = nullptr;
    QToolButton *m_scopeButton = nullptr;
    QAction *m_allBranches = nullptr;
};

} // namespace ui
