#pragma once

#include "core/csv/columnmap.h"
#include "core/csv/recordkind.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace core::csv {

// The customer and sales exports of the systems chains migrate from, recognised by their
// headers so that they import with no manual mapping. Each layout's source is noted beside
// its table entry in foreignlayouts.cpp.
struct ForeignLayout
{
    QString id;     // "square-customers", "loyverse-receipts"...
    Kind kind;      // the kind of record its rows become
    QString source; // where its columns are documented or shown
};

QList<ForeignLayout> foreignLayouts();

struct LayoutMatch
{
    QString id;
    QHash<QString, int> fields;
    QList<CombinedField> combined;
};

// The foreign layout of kind `kind` a header row is, if any: the one whose identifying
// columns are all present (the most specific when several are). `normalizedHeader`: each
// header through normalizeHeader().
std::optional<LayoutMatch> recogniseLayout(Kind kind, const QStringList &normalizedHeader);

} // namespace core::csv
