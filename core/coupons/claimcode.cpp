#include "core/coupons/claimcode.h"

#include <QRandomGenerator>

namespace core::coupons {

QString ClaimCode::alphabet()
{
    return QStringLiteral("23456789ABCDEFGHJKMNPQRSTUVWXYZ");
}

QString ClaimCode::generate()
{
    const QString chars = alphabet();
    QString code;
    code.reserve(Length);
    // system(): the operating system's CSPRNG, never a seeded generator.
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < Length; ++i)
        code.append(chars.at(int(random->bounded(quint32(chars.size())))));
    return code;
}

QString ClaimCode::normalize(const QString &typed)
{
    QString out;
    out.reserve(typed.size());
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        out.append(c.toUpper());
    }
    return out;
}

bool ClaimCode::isWellFormed(const QString &code)
{
    if (code.size() != Length)
        return false;
    const QString chars = alphabet();
    for (const QChar c : code) {
        if (!chars.contains(c))
            return false;
    }
    return true;
}

} // namespace core::coupons
