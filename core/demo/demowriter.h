#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/demo/demogenerator.h"
#include "core/demo/demoidentity.h"
#include "core/demo/demoplan.h"
#include "core/storage/bulkinserter.h"

#include <functional>
#include <memory>
#include <vector>

namespace core::storage {
class Database;
}

namespace core::demo {

// Writes a DemoPlan into the database, inside the caller's transaction: the fixed tables first
// (branches, tiers, coupons), then people, consents and claims, then the history in time order,
// window by window (visits with their wallet entries, redemptions and reviews), and last the
// wallets' running rows. Memory stays bounded by the people and one window of visit keys.
class DemoWriter
{
public:
    struct Settings
    {
        QByteArray timezone;
        int reviewDays = 7;
        QByteArray operatorName;
        qint64 operatorId = 0;
    };

    DemoWriter(storage::Database &db, storage::BulkInserter &bulk, const DemoPlan &plan,
               Settings settings, std::function<bool(int)> progress);
    ~DemoWriter();

    Status write(DemoSummary &summary);
    // Reports progress; an error once the callback asked to cancel.
    Status tick(int permille);

private:
    struct Statements;
    struct Event;
    struct WalletState
    {
        quint32 principal = 0;
        quint32 bonus = 0;
        quint32 last = 0;
        quint32 topUpsDone = 0;
    };

    Status prepareStatements();
    Status writeBranches();
    Status writeTiers();
    Status writeCoupons();
    Status writePeople();
    Status writeClaims();
    Status writeHistory();
    Status emitVisit(quint32 person, quint32 visit, quint32 at);
    Status emitAnonymous(quint64 index, quint32 at);
    Status insertVisit(int branch, quint32 person, quint32 at, qint64 amount);
    Status payFromWallet(quint32 person, quint32 visit, quint32 at, int branch, qint64 amount);
    Status insertEntry(quint32 person, int branch, const char *kind, qint64 principal,
                       qint64 bonus, quint32 at, qint64 visitId);
    Status maybeReview(quint32 person, quint32 visit, quint32 at, int branch, bool redeemed);
    Status writeWallets();
    qint64 absolute(quint32 relative) const { return m_base + qint64(relative); }

    storage::Database &m_db;
    storage::BulkInserter &m_bulk;
    const DemoPlan &m_plan;
    Settings m_settings;
    std::function<bool(int)> m_progress;
    DemoIdentity m_identity;
    std::unique_ptr<Statements> m_sql;
    qint64 m_base = 0;
    int m_lastPermille = -1;
    bool m_cancelled = false;

    std::vector<WalletState> m_wallets; // by person id - 1
    std::vector<quint32> m_receipts;    // last receipt number by branch
    int m_receiptWidth = 6;
    qint64 m_visitId = 0;
    qint64 m_entryId = 0;
    qint64 m_redemptionId = 0;
    qint64 m_reviewId = 0;
    qint64 m_written = 0; // visits written, for progress
    DemoSummary m_summary;
};

} // namespace core::demo
