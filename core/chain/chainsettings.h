#pragma once

#include "core/common/result.h"
#include "core/wallet/walletrules.h"

#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace core::storage {
class Database;
}
namespace core::auth {
class Actor;
}

namespace core::chain {

// The chain-wide settings kept in the database's `settings` table.
struct ChainSettings
{
    QString name;
    QString currency = QStringLiteral("CNY");
    QString region = QStringLiteral("CN"); // default phone region, ISO 3166 alpha-2
    QString timezone = QStringLiteral("Asia/Shanghai");
    int reviewDays = 7; // how long after a visit its review may be written
    // Top-up bonus rules, spending order, what a top-up's refund does with its bonus
    // (settings keys wallet_bonus_rules, wallet_spend_order, wallet_topup_refund_bonus).
    wallet::WalletRules wallet;

    int decimals() const;
    QTimeZone timeZone() const;

    // The first invalid field, with a translated reason.
    Status validate() const;
};

class ChainStore
{
public:
    static bool isInitialised(storage::Database &db);
    static Result<ChainSettings> load(storage::Database &db);
    // Creates the chain and its owner account in one transaction; refuses an initialised file.
    static Status initialise(storage::Database &db, const ChainSettings &settings,
                             const QString &ownerName, const QString &ownerPassword);
    // Opens (creating folders and file as needed) the database at `path` and initialises the
    // chain in it. Nothing half-written: when it fails, a file it created is removed again.
    static Result<std::unique_ptr<storage::Database>> create(const QString &path,
        const ChainSettings &settings, const QString &ownerName, const QString &ownerPassword);
    static Status update(storage::Database &db, const auth::Actor &actor,
                         const ChainSettings &settings);
    // Reads the stored settings, applies `change` and writes the result, all in one
    // transaction: a page that edits some fields keeps what others (the CLI, another window)
    // changed in the rest meanwhile. Returns the settings as stored.
    static Result<ChainSettings> modify(storage::Database &db, const auth::Actor &actor,
                                        const std::function<void(ChainSettings &)> &change);
};

} // namespace core::chain
