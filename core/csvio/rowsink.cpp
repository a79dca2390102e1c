#include "core/csvio/rowsink.h"

#include "core/csvio/branchsink.h"
#include "core/csvio/claimsink.h"
#include "core/csvio/couponsink.h"
#include "core/csvio/membersink.h"
#include "core/csvio/redemptionsink.h"
#include "core/csvio/reviewsink.h"
#include "core/csvio/visitsink.h"
#include "core/csvio/walletsink.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace core::csvio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace

RowSink::~RowSink() = default;

PreparedRow::~PreparedRow() = default;

Result<Outcome> TwoStepSink::apply(const ImportRow &row)
{
    auto prepared = prepare(row);
    if (!prepared)
        return prepared.error();
    return write(**prepared);
}

Status RowSink::allowed() const
{
    return m_ctx.actor().requireManagerOrOwner(Tr::tr("import records"));
}

std::unique_ptr<RowSink> RowSink::create(csv::Kind kind, ImportContext &context)
{
    switch (kind) {
    case csv::Kind::Branches: return std::make_unique<BranchSink>(context);
    case csv::Kind::Members: return std::make_unique<MemberSink>(context);
    case csv::Kind::Visits: return std::make_unique<VisitSink>(context);
    case csv::Kind::Wallet: return std::make_unique<WalletSink>(context);
    case csv::Kind::Coupons: return std::make_unique<CouponSink>(context);
    case csv::Kind::CouponClaims: return std::make_unique<ClaimSink>(context);
    case csv::Kind::Redemptions: return std::make_unique<RedemptionSink>(context);
    case csv::Kind::Reviews: return std::make_unique<ReviewSink>(context);
    }
    return nullptr;
}

QString DerivedKeys::next(const QString &prefix, const QStringList &parts)
{
    const QByteArray joined = parts.join(QChar(0x1F)).toUtf8();
    const QByteArray digest = QCryptographicHash::hash(joined, QCryptographicHash::Sha1);
    quint64 id = 0;
    for (int i = 0; i < 8; ++i)
        id = (id << 8) | quint8(digest[i]);
    const quint32 seen = m_seen.value(id, 0);
    m_seen.insert(id, seen + 1);
    QString key = prefix + QString::fromLatin1(digest.toHex().left(16));
    if (seen > 0)
        key += QLatin1Char('-') + QString::number(seen + 1);
    return key;
}

} // namespace core::csvio
