#pragma once

#include "core/auth/actor.h"
#include "core/chain/chainsettings.h"
#include "core/people/memberfilter.h"
#include "core/people/memberpage.h"
#include "ui/members/memberrowstore.h"
#include "ui/shell/chainformat.h"

#include <QAbstractTableModel>

namespace ui::members {

class MemberLoader;

// The member list as a table that loads lazily (issue 4, "Members"): rows arrive page by page
// from core::people::MemberDirectory on a worker thread as the view asks for more
// (canFetchMore/fetchMore), never all at once, and are kept compact (MemberRowStore). The
// count comes apart, after the first page. Display text is formatted here (money in the
// chain's currency, dates in its timezone); RawRole gives the raw value.
class MemberListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Phone, Name, MemberCode, HomeBranch, Tier, MemberSince, Balance, LastVisit,
                  ColumnCount };
    enum Role { RawRole = Qt::UserRole, IdRole };

    static constexpr int FirstPageSize = 200;
    static constexpr int NextPageSize = 2000;

    MemberListModel(const QString &databasePath, core::auth::Actor actor,
                    core::chain::ChainSettings settings, QObject *parent = nullptr);
    ~MemberListModel() override;

    // Empties the list and loads the first page (and the count) of `filter`.
    void setFilter(const core::people::MemberFilter &filter);
    const core::people::MemberFilter &filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    // Reads the row of this person again, when the list holds it (their profile was saved):
    // the list keeps its place instead of starting from the top.
    void refreshPerson(qint64 personId);

    bool isLoading() const { return m_loading; }
    bool atEnd() const { return m_atEnd; }
    // The count of the current filter; only valid once countChanged() said so.
    const core::people::MemberCount &count() const { return m_count; }
    bool hasCount() const { return m_hasCount; }
    core::people::MemberRow rowAt(int row) const { return m_rows.row(row); }
    qint64 storedBytes() const { return m_rows.bytes(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    // After each page has been added (`rows`: how many it brought).
    void pageLoaded(int rows);
    void countChanged();
    void failed(const QString &message);

private:
    void addPage(const core::people::MemberPage &page);
    void replaceRow(const core::people::MemberRow &row);
    void setLoading(bool loading);

    MemberLoader *m_loader;
    ChainFormat m_format;
    core::people::MemberFilter m_filter;
    MemberRowStore m_rows;
    core::people::MemberCursor m_cursor;
    core::people::MemberCount m_count;
    bool m_hasCount = false;
    bool m_atEnd = true;
    bool m_loading = false;
};

} // namespace ui::members
