#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace ui {

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
    // Switches the navigation to a page added before.
    void showPage(QWidget *page);
    QListWidget *navigation() const { return m_navigation; }
    // File menu; actions added by whoever opens the chain go before Quit.
    QMenu *fileMenu() const { return m_fileMenu; }
    QAction *quitAction() const { return m_quit; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session &m_session;
    QString m_branchName; // "B01 name" for managers and cashiers
    QLabel *m_chainName;
    QLabel *m_signedIn;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QMenu *m_fileMenu;
    QAction *m_quit;
};

} // namespace ui
