#pragma once

#include "core/csv/recordkind.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace core::csv {

// A header as it is compared: BOM and surrounding spaces gone, full-width forms made ASCII,
// lower case, and spaces, '_' and '-' removed ("Phone Number", "phone_number" and
// "PHONE-NUMBER" are one name).
QString normalizeHeader(QStringView header);
// The same without a trailing unit or remark in brackets: "金额(元)" → "金额", "Total (USD)".
QString normalizeHeaderWithoutRemark(QStringView header);

// The names a column of a kind goes by in files that are not a known foreign export: the
// canonical name, then Chinese and English synonyms. Besides the kind's fields, a few
// pseudo-fields stand for parts that the matcher joins:
//   "@given", "@family" - a person's given and family name (members: name)
//   "@date", "@time"    - the date and the time of day of the kind's time field
struct Synonym
{
    QString field;
    int rank = 0; // 0: the canonical name; then the order of the synonyms (lower is better)
};
std::optional<Synonym> lookupSynonym(Kind kind, const QString &normalizedHeader);

// The field @date and @time stand for in a kind ("occurred_at", "claimed_at"...), or "".
QString timeFieldOf(Kind kind);

} // namespace core::csv
