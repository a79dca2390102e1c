#include "core/csvio/branchsink.h"

#include "core/branches/branchservice.h"
#include "core/csv/fieldparsers.h"

#include <QCoreApplication>
#include <QLocale>

namespace core::csvio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

Result<std::optional<double>> coordinate(const ImportRow &row, const QString &field, double limit)
{
    const QString text = csv::toHalfWidth(row.text(field));
    if (text.isEmpty())
        return std::optional<double>();
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || value < -limit || value > limit)
        return ImportContext::fieldError(field,
            Tr::tr("\"%1\" is not a coordinate between -%2 and %2.").arg(text).arg(limit));
    return std::optional<double>(value);
}

} // namespace

Status BranchSink::allowed() const
{
    return m_ctx.actor().requireOwner(Tr::tr("import branches"));
}

Result<Outcome> BranchSink::apply(const ImportRow &row)
{
    branches::Branch b;
    auto code = m_ctx.required(row, QStringLiteral("code"));
    if (!code)
        return code.error();
    b.code = csv::simplifiedText(*code);
    b.name = csv::simplifiedText(row.text(QStringLiteral("name")));
    b.city = csv::simplifiedText(row.text(QStringLiteral("city")));
    b.address = csv::simplifiedText(row.text(QStringLiteral("address")));
    b.phone = csv::simplifiedText(row.text(QStringLiteral("phone")));
    b.timezone = row.text(QStringLiteral("timezone"));
    auto latitude = coordinate(row, QStringLiteral("latitude"), 90);
    auto longitude = coordinate(row, QStringLiteral("longitude"), 180);
    if (!latitude || !longitude)
        return !latitude ? latitude.error() : longitude.error();
    b.latitude = *latitude;
    b.longitude = *longitude;

    branches::BranchService service(m_ctx.db());
    auto existing = service.resolve(b.code);
    if (!existing && existing.error().code() != Error::Code::NotFound)
        return existing.error();
    if (!existing || existing->code.compare(b.code, Qt::CaseInsensitive) != 0) {
        if (b.name.isEmpty())
            return ImportContext::fieldError(QStringLiteral("name"), Tr::tr("A new branch needs a name."));
        auto created = service.create(m_ctx.actor(), b);
        if (!created)
            return created.error();
        m_ctx.rememberBranch({ created->id, created->code, created->name, created->active });
        return Outcome::Inserted;
    }
    branches::Branch merged = *existing;
    const auto take = [](QString &into, const QString &value) {
        if (!value.isEmpty())
            into = value;
    };
    take(merged.name, b.name);
    take(merged.city, b.city);
    take(merged.address, b.address);
    take(merged.phone, b.phone);
    take(merged.timezone, b.timezone);
    if (b.latitude)
        merged.latitude = b.latitude;
    if (b.longitude)
        merged.longitude = b.longitude;
    const bool same = merged.name == existing->name && merged.city == existing->city
        && merged.address == existing->address && merged.phone == existing->phone
        && merged.timezone == existing->timezone && merged.latitude == existing->latitude
        && merged.longitude == existing->longitude;
    if (same)
        return Outcome::Unchanged;
    if (auto s = service.update(m_ctx.actor(), merged); !s)
        return s.error();
    m_ctx.rememberBranch({ merged.id, merged.code, merged.name, merged.active });
    return Outcome::Updated;
}

} // namespace core::csvio
