#pragma once

#include "core/common/result.h"
#include "core/people/memberfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ui {
struct Session;
}

namespace ui::members {

class MemberDialog;
class MemberListModel;

// The member list (issue 4, "Members"): search as you type by phone, the last four digits,
// name or member code; filters by branch, tier, member or guest, last visit and balance; a
// table that loads page by page as it is scrolled, and how many people match. A row opens the
// member's page (MemberDialog), and so does Enter in the search when it finds one person: a
// counter's scanner reading a member's QR code types the member code followed by Enter.
class MembersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit MembersPage(Session &session, QWidget *parent = nullptr);

    // The filter as the widgets say now; refresh() applies it.
    core::people::MemberFilter filter() const;
    void refresh();
    // Opens the person's page (double-click or Enter on a row does).
    MemberDialog *openMember(qint64 personId);
    // Empties the search field without listing anew (the dashboard's "Show members" then sets
    // the toolbar's scope, which lists).
    void clearSearch();
    // The toolbar's branch scope: lists the people of these home branches (empty: all),
    // keeping the search and the other filters.
    void setScope(const QVector<qint64> &branchIds);

    // Writes the people the list shows (its search, filters and scope) to `path` in the
    // members' canonical CSV columns (`excel`: UTF-8 with a BOM and CRLF), off the UI thread;
    // the number written. Nothing is left at `path` when it fails.
    core::Result<qint64> exportCsv(const QString &path, bool excel);

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    MemberListModel *model() const { return m_model; }
    QLabel *countLabel() const { return m_count; }

    // Milliseconds the search waits after a keystroke before it asks (typing "13800" quickly
    // asks once).
    static constexpr int SearchDelayMs = 150;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildTierBox();
    void chooseExport();
    void showCount();
    void openSingleMatch();
    void showError(const QString &message);
    void retranslate();

    Session &m_session;
    MemberListModel *m_model;
    QTimer *m_debounce;
    QLineEdit *m_search;
    QComboBox *m_tier;
    QComboBox *m_standing;
    QCheckBox *m_beforeOn;
    QDateEdit *m_before;
    QCheckBox *m_sinceOn;
    QDateEdit *m_since;
    QCheckBox *m_balanceOn;
    QLineEdit *m_balance;
    QLabel *m_count;
    QPushButton *m_export;
    QLabel *m_error;
    QTableView *m_view;
    QVector<qint64> m_branchIds; // the toolbar's scope: home branches, empty for all
    bool m_openOnLoad = false; // Enter in the search: open the one person it finds
};

} // namespace ui::members
