#include "ui/members/memberlistmodel.h"

#include "ui/members/memberloader.h"

namespace ui::members {

MemberListModel::MemberListModel(const QString &databasePath, core::auth::Actor actor,
                                 core::chain::ChainSettings settings, QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(new MemberLoader(databasePath, std::move(actor), settings.region, this))
    , m_format(settings)
{
    connect(m_loader, &MemberLoader::pageLoaded, this, &MemberListModel::addPage);
    connect(m_loader, &MemberLoader::personLoaded, this, &MemberListModel::replaceRow);
    connect(m_loader, &MemberLoader::countLoaded, this, [this](const core::people::MemberCount &count) {
        m_count = count;
        m_hasCount = true;
        emit countChanged();
    });
    connect(m_loader, &MemberLoader::pageFailed, this, [this](const QString &message) {
        m_atEnd = true; // no retry loop from the view; setFilter() or reload() starts again
        setLoading(false);
        emit failed(message);
    });
    connect(m_loader, &MemberLoader::countFailed, this, &MemberListModel::failed);
}

MemberListModel::~MemberListModel() = default;

void MemberListModel::setFilter(const core::people::MemberFilter &filter)
{
    m_loader->cancel();
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_cursor = {};
    m_atEnd = false;
    m_hasCount = false;
    m_count = {};
    endResetModel();
    emit countChanged();
    setLoading(true);
    m_loader->loadPage(m_filter, m_cursor, FirstPageSize);
    m_loader->loadCount(m_filter);
}

void MemberListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void MemberListModel::addPage(const core::people::MemberPage &page)
{
    if (!page.rows.isEmpty()) {
        beginInsertRows({}, m_rows.size(), m_rows.size() + int(page.rows.size()) - 1);
        for (const core::people::MemberRow &row : page.rows)
            m_rows.append(row);
        endInsertRows();
    }
    m_cursor = page.next;
    m_atEnd = page.atEnd;
    setLoading(false);
    emit pageLoaded(int(page.rows.size()));
}

void MemberListModel::refreshPerson(qint64 personId)
{
    if (m_rows.indexOf(personId) >= 0)
        m_loader->loadPerson(personId);
}

void MemberListModel::replaceRow(const core::people::MemberRow &row)
{
    const int index = m_rows.indexOf(row.id); // the list may have changed meanwhile
    if (index < 0)
        return;
    m_rows.replace(index, row);
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

bool MemberListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void MemberListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_loading)
        return;
    setLoading(true);
    m_loader->loadPage(m_filter, m_cursor, NextPageSize);
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int MemberListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_rows.id(index.row());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Balance)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::ToolTipRole)
        return {};
    const core::people::MemberRow r = m_rows.row(index.row());
    const bool raw = role == RawRole;
    switch (Column(index.column())) {
    case Phone: return r.phone;
    case Name: return r.name;
    case MemberCode: return r.memberCode;
    case HomeBranch: return r.homeBranchCode;
    case Tier:
        if (raw)
            return r.tierName;
        return r.memberSince == 0 ? tr("Guest") : r.tierName.isEmpty() ? tr("Member") : r.tierName;
    case MemberSince:
        if (raw)
            return r.memberSince;
        return m_format.date(r.memberSince);
    case Balance:
        if (raw)
            return r.balance;
        return r.balance == 0 && r.memberSince == 0
            ? QString()
            : m_format.money(r.balance);
    case LastVisit:
        if (raw)
            return r.lastVisit;
        return r.lastVisit == 0 ? tr("never") : m_format.date(r.lastVisit);
    case ColumnCount: break;
    }
    return {};
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Phone: return tr("Phone");
    case Name: return tr("Name");
    case MemberCode: return tr("Member code");
    case HomeBranch: return tr("Home branch");
    case Tier: return tr("Tier");
    case MemberSince: return tr("Member since");
    case Balance: return tr("Balance");
    case LastVisit: return tr("Last visit");
    case ColumnCount: break;
    }
    return {};
}

} // namespace ui::members
