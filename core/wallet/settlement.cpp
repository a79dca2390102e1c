#include "core/wallet/settlement.h"

#include "core/storage/bulkinserter.h"

#include <QCoreApplication>

#include <algorithm>
#include <deque>
#include <map>

namespace core::wallet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Settlement)
};

struct Lot
{
    qint64 branchId;
    qint64 remaining;
};

} // namespace

Settlement::Settlement(storage::Database &db)
    : m_db(db)
{
}

Result<SettlementReport> Settlement::compute(const auth::Actor &actor, qint64 fromUtc, qint64 toUtc)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("see the settlement between branches")); !s)
        return s.error();
    if (toUtc <= fromUtc)
        return Error(Error::Code::InvalidInput,
            Tr::tr("The settlement period must end after it starts."), QStringLiteral("to"));

    // In the order of wallet_entries_person: no sort, one pass.
    storage::BulkInserter reader(m_db);
    auto q = reader.prepare(QStringLiteral(
        "SELECT person_id, branch_id, kind = 'topup', kind = 'spend', principal, bonus, occurred_at"
        " FROM wallet_entries WHERE occurred_at < ? ORDER BY person_id, id"));
    if (!q)
        return q.error();
    (*q)->bindInt(0, toUtc);

    std::map<std::pair<qint64, qint64>, qint64> flows;
    std::map<qint64, BranchPosition> positions;
    const auto position = [&positions](qint64 branchId) -> BranchPosition & {
        BranchPosition &p = positions[branchId];
        p.branchId = branchId;
        return p;
    };
    std::deque<Lot> lots; // the current person's, oldest first
    const auto closePerson = [&] {
        for (const Lot &lot : lots)
            position(lot.branchId).liability += lot.remaining;
        lots.clear();
    };
    qint64 person = -1;
    for (auto row = (*q)->fetch();; row = (*q)->next()) {
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 who = (*q)->columnInt(0);
        if (who != person) {
            closePerson();
            person = who;
        }
        const qint64 branch = (*q)->columnInt(1);
        const bool topUp = (*q)->columnInt(2) != 0;
        const bool spend = (*q)->columnInt(3) != 0;
        const qint64 principal = (*q)->columnInt(4);
        const qint64 bonus = (*q)->columnInt(5);
        const bool inPeriod = (*q)->columnInt(6) >= fromUtc;
        if (principal > 0) {
            lots.push_back({ branch, principal });
            if (topUp && inPeriod)
                position(branch).toppedUp += principal;
        } else if (principal < 0) {
            qint64 due = -principal;
            while (due > 0) {
                // An outflow with no lot left (history imported out of order) draws on the
                // entry's own branch.
                Lot *lot = lots.empty() ? nullptr : &lots.front();
                const qint64 from = lot ? lot->branchId : branch;
                const qint64 take = lot ? std::min(due, lot->remaining) : due;
                if (inPeriod) {
                    flows[{ from, branch }] += take;
                    position(branch).spentHere += take;
                }
                due -= take;
                if (lot && (lot->remaining -= take) == 0)
                    lots.pop_front();
            }
        }
        if (spend && bonus < 0 && inPeriod)
            position(branch).bonusSpent -= bonus;
    }
    closePerson();

    const bool everything = actor.isOwner();
    const qint64 mine = actor.branchId();
    SettlementReport out;
    out.fromUtc = fromUtc;
    out.toUtc = toUtc;
    for (const auto &[key, amount] : flows) {
        if (amount == 0)
            continue;
        const auto [from, to] = key;
        if (from != to) {
            position(to).owed += amount;
            position(from).owed -= amount;
        }
        if (everything || from == mine || to == mine)
            out.flows.push_back({ from, to, amount });
    }
    for (const auto &[id, p] : positions) {
        const bool empty = p.toppedUp == 0 && p.spentHere == 0 && p.bonusSpent == 0 && p.owed == 0
            && p.liability == 0;
        if (!empty && (everything || id == mine))
            out.branches.push_back(p);
    }
    return out;
}

} // namespace core::wallet
