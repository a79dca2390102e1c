#pragma once

#include "core/common/error.h"

#include <QString>
#include <QVariantList>

namespace core::maintenance {

// The outcome of one check of the integrity check (Checker).
struct Finding
{
    static constexpr int MaxExamples = 10;

    QString name; // stable and machine-readable, e.g. "wallet_balance"
    bool ok = true;
    qint64 count = 0; // offending rows (SQLite's own checks: messages)
    QVariantList examples; // up to MaxExamples offending ids, smallest first (SQLite's: messages)
    QString description; // translated: what is checked, and what is wrong when it fails
    qint64 elapsedMs = 0;

    // Marks the check failed with `offending` rows, saying so in the description.
    void fail(qint64 offending);
    // Marks the check failed because its query could not run (a damaged page, say).
    void couldNotRun(const Error &error);
};

} // namespace core::maintenance
