#include "core/retention/retentioncsv.h"

#include <QStringList>

#include <algorithm>

namespace core::retention {

namespace {

// Quotes a free-text field when needed, and neutralises what a spreadsheet would run as a
// formula (a branch named "=HYPERLINK(...)" stays text).
QString field(const QString &text)
{
    QString out = text;
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!out.isEmpty() && formulaStart.contains(out.front()))
        out.prepend(QLatin1Char('\''));
    if (out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"'))
        || out.contains(QLatin1Char('\n')) || out.contains(QLatin1Char('\r'))) {
        out.replace(QLatin1String("\""), QLatin1String("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

QString line(const QStringList &fields)
{
    return fields.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace

QString cohortsCsv(const RetentionResult &result)
{
    int width = 0;
    for (const auto *group : { &result.member, &result.coupon })
        for (const Cohort &c : *group)
            width = std::max(width, int(c.retained.size()));
    QStringList header = { QStringLiteral("group"), QStringLiteral("cohort"),
                           QStringLiteral("size"), QStringLiteral("returned_30"),
                           QStringLiteral("returned_60"), QStringLiteral("returned_90"),
                           QStringLiteral("converted_to_member") };
    for (int k = 0; k < width; ++k)
        header << QStringLiteral("m%1").arg(k);
    QString text = line(header);
    for (const Group group : { Group::Member, Group::Coupon }) {
        const bool coupon = group == Group::Coupon;
        for (const Cohort &c : result.group(group)) {
            QStringList fields = { coupon ? QStringLiteral("coupon") : QStringLiteral("member"),
                                   c.month,
                                   QString::number(c.size),
                                   QString::number(c.returned30),
                                   QString::number(c.returned60),
                                   QString::number(c.returned90),
                                   coupon ? QString::number(c.converted) : QString() };
            for (int k = 0; k < width; ++k)
                fields << (k < c.retained.size() ? QString::number(c.retained[k]) : QString());
            text += line(fields);
        }
    }
    return text;
}

QString branchesCsv(const RetentionResult &result)
{
    QString text = line({ QStringLiteral("branch"), QStringLiteral("name"),
                          QStringLiteral("members"), QStringLiteral("members_returned_30"),
                          QStringLiteral("members_returned_60"),
                          QStringLiteral("members_returned_90"), QStringLiteral("claimers"),
                          QStringLiteral("claimers_returned_30"),
                          QStringLiteral("claimers_returned_60"),
                          QStringLiteral("claimers_returned_90"),
                          QStringLiteral("converted_to_member") });
    for (const BranchRetention &b : result.branches) {
        text += line({ field(b.code), field(b.name), QString::number(b.members),
                       QString::number(b.membersReturned30), QString::number(b.membersReturned60),
                       QString::number(b.membersReturned90), QString::number(b.claimers),
                       QString::number(b.claimersReturned30),
                       QString::number(b.claimersReturned60),
                       QString::number(b.claimersReturned90), QString::number(b.converted) });
    }
    return text;
}

} // namespace core::retention
