#include "core/csvio/exporter.h"

#include "core/chain/chainsettings.h"
#include "core/common/money.h"
#include "core/csv/csvwriter.h"
#include "core/people/memberdirectory.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <memory>

namespace core::csvio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

// How a selected column is written.
enum class Format {
    Text,     // free text: neutralised if it looks like a formula
    Verbatim, // codes, phones, numbers as they are
    Money,    // minor units to "128.50"
    Time,     // UTC seconds to the chain's local "yyyy-MM-dd HH:mm:ss"
    Bool,     // 1/0/NULL to yes/no/""
    CouponValue, // percent as a whole number, otherwise money (the kind is column 2)
};

struct Query
{
    // The SELECT with one "%1" where the branch filter goes (an expression on branch ids).
    const char *sql;
    const char *branchColumn; // the column the scope applies to; nullptr: none
    QList<Format> formats;
};

// The members' canonical columns, without the WHERE.
const char memberSelect[]
    = "SELECT p.phone, p.name, p.gender, p.birthday, p.email, b.code, p.joined_at,"
      " (SELECT granted FROM consents WHERE person_id = p.id AND channel = 'sms'),"
      " (SELECT granted FROM consents WHERE person_id = p.id AND channel = 'email'),"
      " p.tags, p.notes FROM people p LEFT JOIN branches b ON b.id = p.home_branch_id";

Query queryFor(csv::Kind kind)
{
    using F = Format;
    switch (kind) {
    case csv::Kind::Branches:
        return { "SELECT code, name, city, address, phone, latitude, longitude, timezone FROM branches b"
                 " WHERE %1 ORDER BY code",
                 "b.id", { F::Verbatim, F::Text, F::Text, F::Text, F::Verbatim, F::Verbatim, F::Verbatim, F::Verbatim } };
    case csv::Kind::Members: {
        static const QByteArray sql = QByteArray(memberSelect) + " WHERE %1 ORDER BY p.id";
        return { sql.constData(), "p.home_branch_id",
                 { F::Verbatim, F::Text, F::Verbatim, F::Verbatim, F::Text, F::Verbatim, F::Time, F::Bool, F::Bool,
                   F::Text, F::Text } };
    }
    case csv::Kind::Visits:
        return { "SELECT b.code, v.occurred_at, v.amount, p.phone, v.receipt_no FROM visits v"
                 " JOIN branches b ON b.id = v.branch_id LEFT JOIN people p ON p.id = v.person_id"
                 " WHERE v.voided_at IS NULL AND %1 ORDER BY v.id",
                 "v.branch_id", { F::Verbatim, F::Time, F::Money, F::Verbatim, F::Text } };
    case csv::Kind::Wallet:
        return { "SELECT p.phone, b.code, e.occurred_at, e.kind, e.principal + e.bonus,"
                 " CASE WHEN e.kind = 'reversal' THEN 'reversal-of:' || coalesce(o.idempotency_key, 'entry-' || o.id)"
                 " ELSE coalesce(e.idempotency_key, 'entry-' || e.id) END"
                 " FROM wallet_entries e JOIN people p ON p.id = e.person_id JOIN branches b ON b.id = e.branch_id"
                 " LEFT JOIN wallet_entries o ON o.id = e.reverses WHERE %1 ORDER BY e.id",
                 "e.branch_id", { F::Verbatim, F::Verbatim, F::Time, F::Verbatim, F::Money, F::Verbatim } };
    case csv::Kind::Coupons:
        return { "SELECT k.code, k.name, k.kind, k.value, k.min_spend, k.valid_from, k.valid_to, k.valid_days,"
                 " (SELECT group_concat(code, ';') FROM (SELECT b.code FROM coupon_branches cb"
                 "  JOIN branches b ON b.id = cb.branch_id WHERE cb.coupon_id = k.id ORDER BY b.code))"
                 " FROM coupons k WHERE (NOT EXISTS (SELECT 1 FROM coupon_branches WHERE coupon_id = k.id)"
                 " OR EXISTS (SELECT 1 FROM coupon_branches cb WHERE cb.coupon_id = k.id AND %1)) ORDER BY k.code",
                 "cb.branch_id",
                 { F::Verbatim, F::Text, F::Verbatim, F::CouponValue, F::Money, F::Time, F::Time, F::Verbatim,
                   F::Verbatim } };
    case csv::Kind::CouponClaims:
        return { "SELECT k.code, p.phone, c.claimed_at, b.code, c.claim_code FROM coupon_claims c"
                 " JOIN coupons k ON k.id = c.coupon_id JOIN people p ON p.id = c.person_id"
                 " LEFT JOIN branches b ON b.id = c.branch_id WHERE %1 ORDER BY c.id",
                 "c.branch_id", { F::Verbatim, F::Verbatim, F::Time, F::Verbatim, F::Verbatim } };
    case csv::Kind::Redemptions:
        return { "SELECT c.claim_code, b.code, r.redeemed_at, v.receipt_no FROM redemptions r"
                 " JOIN coupon_claims c ON c.id = r.claim_id JOIN branches b ON b.id = r.branch_id"
                 " LEFT JOIN visits v ON v.id = r.visit_id WHERE %1 ORDER BY r.id",
                 "r.branch_id", { F::Verbatim, F::Verbatim, F::Time, F::Text } };
    case csv::Kind::Reviews:
        return { "SELECT v.receipt_no, b.code, p.phone, r.rating, r.text, r.created_at FROM reviews r"
                 " JOIN visits v ON v.id = r.visit_id JOIN branches b ON b.id = r.branch_id"
                 " JOIN people p ON p.id = r.person_id WHERE %1 ORDER BY r.id",
                 "r.branch_id", { F::Text, F::Verbatim, F::Verbatim, F::Verbatim, F::Text, F::Time } };
    }
    return {};
}

} // namespace

Exporter::Exporter(storage::Database &db)
    : m_db(db)
{
}

// What every export needs once its rows are chosen: the chain's zone and decimals, and the
// writer with the header written.
struct Exporter::Started
{
    QTimeZone zone;
    int decimals = 2;
    QString region;
    std::unique_ptr<csv::CsvWriter> writer;
};

Result<Exporter::Started> Exporter::start(
    const auth::Actor &actor, QIODevice *file, const ExportOptions &options)
{
    auto settings = chain::ChainStore::load(m_db);
    if (!settings)
        return settings.error();
    if (auto s = actor.requireManagerOrOwner(Tr::tr("export records")); !s)
        return s.error();
    Started out;
    out.zone = settings->timeZone();
    out.decimals = settings->decimals();
    out.region = settings->region;
    out.writer = std::make_unique<csv::CsvWriter>(file, options.excel);
    if (auto s = out.writer->writeRecord(
            csv::canonicalColumns(options.kind), csv::CsvWriter::Cell::Verbatim);
        !s)
        return s.error();
    return out;
}

Result<qint64> Exporter::run(const auth::Actor &actor, QIODevice *file, const ExportOptions &options)
{
    QList<qint64> branches = options.branchIds;
    for (qint64 id : branches) {
        if (auto s = actor.requireBranch(id, Tr::tr("export records")); !s)
            return s.error();
    }
    auto started = start(actor, file, options);
    if (!started)
        return started.error();
    if (branches.isEmpty() && !actor.isOwner())
        branches << actor.branchId();

    const Query query = queryFor(options.kind);
    QString filter = QStringLiteral("1");
    if (!branches.isEmpty()) {
        QStringList ids;
        for (qint64 id : branches)
            ids << QString::number(id);
        filter = QLatin1String(query.branchColumn) + QStringLiteral(" IN (") + ids.join(QLatin1Char(','))
            + QLatin1Char(')');
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(query.sql).arg(filter)))
        return storage::toError(q.lastError());
    auto rows = writeRows(*started, q, options.kind);
    if (!rows)
        return rows;
    if (auto s = started->writer->flush(); !s)
        return s.error();
    return rows;
}

Result<qint64> Exporter::runMembers(const auth::Actor &actor, QIODevice *file,
    const people::MemberFilter &filter, const ExportOptions &options)
{
    ExportOptions members = options;
    members.kind = csv::Kind::Members;
    auto started = start(actor, file, members);
    if (!started)
        return started.error();
    // The list's own pages say who (MemberDirectory applies the filter and the scope); each
    // page's people are then read in the canonical columns, in the list's order.
    people::MemberDirectory directory(m_db, started->region);
    people::MemberCursor cursor;
    qint64 written = 0;
    for (;;) {
        auto page = directory.page(actor, filter, cursor, people::MemberDirectory::MaxPageSize);
        if (!page)
            return page.error();
        if (!page->rows.isEmpty()) {
            QStringList chosen; // "(position, id)"
            for (int i = 0; i < page->rows.size(); ++i)
                chosen << QStringLiteral("(%1,%2)").arg(i).arg(page->rows.at(i).id);
            QSqlQuery q(m_db.sql());
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("WITH chosen (position, id) AS (VALUES %1) ")
                        .arg(chosen.join(QLatin1Char(',')))
                    + QLatin1String(memberSelect)
                    + QStringLiteral(" JOIN chosen ON chosen.id = p.id ORDER BY chosen.position")))
                return storage::toError(q.lastError());
            auto rows = writeRows(*started, q, csv::Kind::Members);
            if (!rows)
                return rows;
            written += *rows;
        }
        if (page->atEnd)
            break;
        cursor = page->next;
    }
    if (auto s = started->writer->flush(); !s)
        return s.error();
    return written;
}

Result<qint64> Exporter::writeRows(Started &started, QSqlQuery &q, csv::Kind kind)
{
    const QList<Format> formats = queryFor(kind).formats;
    csv::CsvWriter &writer = *started.writer;
    qint64 rows = 0;
    while (q.next()) {
        for (int i = 0; i < formats.size(); ++i) {
            const QVariant value = q.value(i);
            QString text;
            csv::CsvWriter::Cell cell = csv::CsvWriter::Cell::Verbatim;
            switch (formats[i]) {
            case Format::Text:
                text = value.toString();
                cell = csv::CsvWriter::Cell::Text;
                break;
            case Format::Verbatim: text = value.toString(); break;
            case Format::Money:
                if (!value.isNull())
                    text = money::toPlain(value.toLongLong(), started.decimals);
                break;
            case Format::Time:
                if (!value.isNull() && value.toLongLong() != 0)
                    text = QDateTime::fromSecsSinceEpoch(value.toLongLong(), started.zone)
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                break;
            case Format::Bool:
                if (!value.isNull())
                    text = value.toInt() != 0 ? QStringLiteral("yes") : QStringLiteral("no");
                break;
            case Format::CouponValue:
                text = q.value(2).toString() == QLatin1String("percent")
                    ? value.toString()
                    : money::toPlain(value.toLongLong(), started.decimals);
                break;
            }
            writer.addField(text, cell);
        }
        if (auto s = writer.endRecord(); !s)
            return s.error();
        ++rows;
    }
    if (q.lastError().isValid())
        return storage::toError(q.lastError());
    return rows;
}

} // namespace core::csvio
