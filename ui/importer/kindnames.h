#pragma once

#include "core/csv/recordkind.h"

#include <QString>

namespace ui::importer {

// A kind of record as people call it ("Members", "Coupon claims"), translated.
QString kindDisplayName(core::csv::Kind kind);

} // namespace ui::importer
