#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
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
    QListWidget *navigation() const { return m_navigation; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session &m_session;
    QLabel *m_chainName;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
};

} // namespace ui
