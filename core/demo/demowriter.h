#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/demo/demogenerator.h"
#include "core/demo/demoidentity.h"
#include "core/demo/demoplan.h"
#include "core/storage/bulkinserter.h"

#include <QElapsedTimer>

#include <functional>
#include <memory>
#include <vector>

namespace core::storage {
class Database;
}

namespace core::demo {

// Writes a DemoPlan into the database, inside the caller's transaction: the fixed tables first
// (branches, tiers, coupons), then people, consents and claims, then the visits (with their
// redemptions and reviews) branch by branch in time order, and last each member's ledger and
// wallet row, person by person. Those orders put the rows at the end of the indexes that lead
// with the branch (receipts, branch and time) or the person (the ledger), where SQLite appends
// without searching. Memory: the people, one group of branches' visit keys, and the ids of
// members' visits (4 bytes each).
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
    Status prepareStatements();
    Status writeBranches();
    Status writeTiers();
    Status writeCoupons();
    Status writePeople();
    Status writeClaims();
    Status writeVisits();
    Status writeVisitGroup(int firstBranch, int endBranch, std::vector<Event> &events);
    Status emitVisit(quint32 person, quint32 visit, quint32 at, int branch);
    Status emitAnonymous(quint64 index, quint32 at, int branch);
    Status insertVisit(int branch, quint32 person, quint32 at, qint64 amount);
    Status maybeReview(quint32 person, quint32 visit, quint32 at, int branch, bool redeemed);
    Status writeWallets();
    Status writeWallet(quint32 person);
    Status insertEntry(quint32 person, int branch, const char *kind, qint64 principal,
                       qint64 bonus, quint32 at, qint64 visitId);
    // What the person paid at a visit, after a coupon redeemed there.
    qint64 paid(quint32 person, quint32 visit, qint64 *discount = nullptr) const;
    qint64 absolute(quint32 relative) const { return m_base + qint64(relative); }

    storage::Database &m_db;
    storage::BulkInserter &m_bulk;
    const DemoPlan &m_plan;
    Settings m_settings;
    std::function<bool(int)> m_progress;
    DemoIdentity m_identity;
    std::unique_ptr<Statements> m_sql;
    qint64 m_base = 0;
    int m_lastPermille = 0;
    QElapsedTimer m_sinceProgress;
    qint64 m_groupsDone = 0;
    bool m_cancelled = false;

    // The ids of members' visits from their first top-up on, for the wallet's spends: the
    // visits are written branch by branch, the ledger person by person.
    std::vector<quint32> m_memberVisitIds;
    std::vector<quint32> m_memberVisitOffset; // by person id - 1
    std::vector<quint32> m_receipts;          // last receipt number by branch
    int m_receiptWidth = 6;
    qint64 m_visitId = 0;
    qint64 m_entryId = 0;
    qint64 m_redemptionId = 0;
    qint64 m_reviewId = 0;
    qint64 m_written = 0; // visits written, for progress
    DemoSummary m_summary;
};

} // namespace core::demo
