#pragma once

#include <QString>

namespace core::broadcasts {

// A broadcast's message as one person receives it, rendered in SQL so that a preview and a
// batch of deliveries read it with their rows. `body` is an SQL expression of the body text (a
// bound parameter, or a column). The query must join, under these names: p (people), b (the
// person's home branch; may be absent), w (their wallet; may be absent), t (their tier; may be
// absent) and, when `claimCode` is given, the SQL expression of their coupon claim's code.
// {balance} is written as toPlain() writes money ("1234.50"), with the chain's `decimals`.
QString renderMessageSql(const QString &body, int decimals, const QString &claimCode = {});

// The key a receiver dedupes deliveries by: one per broadcast and person.
QString idempotencyKey(qint64 broadcastId, qint64 personId);

} // namespace core::broadcasts
