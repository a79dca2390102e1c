#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace core::people {

// Which people a member list shows. Every bound is optional; all of them must hold.
struct MemberFilter
{
    enum class Standing { Any, Members, Guests };

    QString search;            // as typed: see MemberSearch
    QVector<qint64> branchIds; // home branches; empty: every branch the actor may see
    qint64 tierId = 0;         // 0: any tier
    Standing standing = Standing::Any;
    qint64 lastVisitBefore = 0; // UTC seconds: last visit earlier than this (0: no bound)
    qint64 lastVisitSince = 0;  // UTC seconds: last visit at or after this (0: no bound)
    std::optional<qint64> balanceAbove; // minor units: stored value strictly above this
    qint64 personId = 0; // that person alone (a list showing a changed row again); 0: anyone

    // Whether anything but the branches narrows the list.
    bool narrowsRows() const
    {
        return !search.trimmed().isEmpty() || tierId != 0 || standing != Standing::Any
            || lastVisitBefore != 0 || lastVisitSince != 0 || balanceAbove.has_value()
            || personId != 0;
    }
};

} // namespace core::people
