#pragma once

#include "core/common/result.h"
#include "core/csv/columnmap.h"
#include "core/csv/recordkind.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace core::csv {

struct MatchOptions
{
    // --map FIELD=HEADER, in the order given: always win over what the matcher finds. An empty
    // HEADER leaves the field out.
    QList<QPair<QString, QString>> overrides;
    // Required fields the importer supplies without a column (a --branch given for a file of
    // one branch's sales): not reported missing.
    QStringList defaulted;
};

// Matches the header row of a file to the fields of a kind of record.
//
// 1. A known foreign export (Square, Shopify, Loyverse, Toast; foreignlayouts.h) is recognised
//    by its identifying columns and mapped as that system writes it, combinations included
//    (First Name + Last Name, Date + Time); other columns with canonical names still count.
// 2. Otherwise each column is looked up among the canonical names and the Chinese and English
//    synonyms of the kind (fieldsynonyms.h). Names compare without case, BOM, surrounding
//    spaces, '_', ' ' and '-' ("Phone Number" = "phone_number"), and with a trailing remark in
//    brackets ignored as a last resort ("金额(元)"). When two columns name one field, the
//    likelier name wins and the other is reported unused. Separate name parts and separate
//    date and time columns are combined.
// 3. Overrides apply last.
// Columns no field uses are listed in ColumnMap::unknown.
class HeaderMatcher
{
public:
    // Refuses a header that lacks a required field, naming it and the file's columns.
    static Result<ColumnMap> match(Kind kind, const QStringList &header, const MatchOptions &options = {});
    static Result<ColumnMap> match(Kind kind, const QStringList &header,
                                   const QList<QPair<QString, QString>> &overrides);
    // The same, but with missing required fields listed in ColumnMap::missing instead of
    // refused: for the import wizard's editable mapping. Bad overrides are still errors.
    static Result<ColumnMap> inspect(Kind kind, const QStringList &header, const MatchOptions &options = {});

    // "FIELD=HEADER" arguments of --map into pairs.
    static Result<QList<QPair<QString, QString>>> parseOverrides(const QStringList &arguments);
};

// Header names for a message: "phone", "name", "门店".
QString quotedList(const QStringList &names);

} // namespace core::csv
