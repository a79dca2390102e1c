#pragma once

#include <QString>
#include <QVector>

namespace core::people {

// One line of the member list.
struct MemberRow
{
    qint64 id = 0;
    QString phone; // E.164
    QString name;
    QString memberCode;
    QString homeBranchCode; // empty: no home branch
    QString tierName;       // empty: no tier
    qint64 memberSince = 0; // UTC seconds; 0: a guest
    qint64 balance = 0;     // stored value, minor units (principal and bonus)
    qint64 lastVisit = 0;   // UTC seconds of the latest sale not voided; 0: never
};

// Where the next page starts: the sort key and id of the last row delivered (keyset
// pagination). A default cursor is the start of the list.
struct MemberCursor
{
    QString key;
    qint64 id = 0;
    bool atStart() const { return id == 0; }
};

struct MemberPage
{
    QVector<MemberRow> rows;
    MemberCursor next; // pass to the next call
    bool atEnd = false; // no row after these
};

// How many rows a filter matches. Counting stops at a cap so that a filter matching most of a
// million people answers quickly: then `exact` is false and the list holds more than `value`.
struct MemberCount
{
    qint64 value = 0;
    bool exact = true;
};

} // namespace core::people
