#include "core/visits/visit.h"

namespace core::visits {

QString kindName(VisitKind kind)
{
    switch (kind) {
    case VisitKind::Sale:
        return QStringLiteral("sale");
    case VisitKind::Refund:
        return QStringLiteral("refund");
    }
    return {};
}

std::optional<VisitKind> kindFromName(const QString &name)
{
    for (VisitKind k : { VisitKind::Sale, VisitKind::Refund }) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString sourceName(VisitSource source)
{
    switch (source) {
    case VisitSource::Counter:
        return QStringLiteral("counter");
    case VisitSource::Import:
        return QStringLiteral("import");
    case VisitSource::Demo:
        return QStringLiteral("demo");
    }
    return {};
}

std::optional<VisitSource> sourceFromName(const QString &name)
{
    for (VisitSource s : { VisitSource::Counter, VisitSource::Import, VisitSource::Demo }) {
        if (sourceName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace core::visits
