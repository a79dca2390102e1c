#include "core/broadcasts/messagesql.h"

#include <QList>
#include <QPair>

namespace core::broadcasts {

namespace {

// SQL text of a non-negative minor-unit amount `expr` as toPlain() writes it ("1234.50").
QString plainMoneySql(const QString &expr, int decimals)
{
    if (decimals <= 0)
        return QStringLiteral("CAST(%1 AS TEXT)").arg(expr);
    qint64 factor = 1;
    for (int i = 0; i < decimals; ++i)
        factor *= 10;
    return QStringLiteral(
        "(CAST(%1 / %2 AS TEXT) || '.' || substr('%3' || CAST(%1 % %2 AS TEXT), -%4))")
        .arg(expr)
        .arg(factor)
        .arg(QString(decimals, QLatin1Char('0')))
        .arg(decimals);
}

} // namespace

QString renderMessageSql(const QString &body, int decimals, const QString &claimCode)
{
    // A chain of replace() over the body, one for each placeholder.
    QList<QPair<QString, QString>> subs = {
        { QStringLiteral("{name}"), QStringLiteral("p.name") },
        { QStringLiteral("{branch}"), QStringLiteral("coalesce(b.name, '')") },
        { QStringLiteral("{branch_address}"), QStringLiteral("coalesce(b.address, '')") },
        { QStringLiteral("{branch_phone}"), QStringLiteral("coalesce(b.phone, '')") },
        { QStringLiteral("{balance}"),
            plainMoneySql(QStringLiteral("coalesce(w.principal + w.bonus, 0)"), decimals) },
        { QStringLiteral("{tier}"), QStringLiteral("coalesce(t.name, '')") },
    };
    if (!claimCode.isEmpty())
        subs.append({ QStringLiteral("{coupon_code}"), claimCode });
    QString sql = body;
    for (const auto &s : subs)
        sql = QStringLiteral("replace(%1, '%2', %3)").arg(sql, s.first, s.second);
    return sql;
}

QString idempotencyKey(qint64 broadcastId, qint64 personId)
{
    return QStringLiteral("b%1-p%2").arg(broadcastId).arg(personId);
}

} // namespace core::broadcasts
