#pragma once

#include "core/csvio/rowsink.h"
#include "core/wallet/walletservice.h"

#include <QSqlQuery>

#include <optional>

namespace core::csvio {

// A stored-value ledger, applied row by row in file order through the wallet service, so every
// rule of the counter holds (no balance below zero, spend order, refunds within what was spent,
// membership from the first top-up). `ref` is the idempotency key: a row whose reference the
// ledger already holds is unchanged; rows without one get a derived reference. An export
// writes "entry-N" for entries that had no reference, and "reversal-of:REF" for a reversal,
// so that a ledger imports back as it was.
class WalletSink : public RowSink
{
public:
    explicit WalletSink(ImportContext &context);
    QStringList timeFields() const override { return { QStringLiteral("occurred_at") }; }
    Status begin() override;
    Result<Outcome> apply(const ImportRow &row) override;

private:
    // The entry a reference names: by idempotency key, or "entry-N" for an entry without one.
    Result<std::optional<wallet::Entry>> byRef(const QString &ref);
    Result<Outcome> reversal(const ImportRow &row, const QString &ref);

    wallet::WalletService m_wallet;
    DerivedKeys m_keys;
};

} // namespace core::csvio
