#include "core/csv/fieldparsers.h"

#include "core/common/money.h"

#include <QCoreApplication>

namespace core::csv {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvFields)
};

Error invalid(const QString &message)
{
    return Error(Error::Code::InvalidInput, message);
}

bool isFullWidth(char16_t u)
{
    return (u >= 0xFF01 && u <= 0xFF5E) || u == 0x3000;
}

bool hasFullWidth(QStringView text)
{
    for (const QChar c : text) {
        if (isFullWidth(c.unicode()))
            return true;
    }
    return false;
}

// Whether simplifiedText() would give the text back as it is.
bool isSimplified(QStringView text)
{
    bool afterSpace = true; // no space first
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (afterSpace || c != QLatin1Char(' '))
                return false;
            afterSpace = true;
        } else {
            afterSpace = false;
        }
    }
    return text.isEmpty() || !afterSpace;
}

// The text to look a word up by, simplified and without full-width forms: the trimmed text
// itself when that is all it takes (most cells), else a copy made in `storage`. Compared
// case-insensitively.
QStringView lookupKey(QStringView text, QString &storage)
{
    const QStringView trimmed = text.trimmed();
    if (!hasFullWidth(trimmed) && isSimplified(trimmed))
        return trimmed;
    storage = simplifiedText(toHalfWidth(trimmed));
    return storage;
}

template<size_t N>
bool isOneOf(QStringView word, const QStringView (&words)[N])
{
    for (const QStringView w : words) {
        if (word.size() == w.size() && word.compare(w, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han || c == U'·' || c == U'・';
}

bool allHan(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const uint c : text.toUcs4()) {
        if (!isHan(char32_t(c)))
            return false;
    }
    return true;
}

// The parts of a contacts cell, split at , ; | / and line breaks (also the full-width ones).
QList<QStringView> contactParts(QStringView text)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    const auto isSeparator = [](QChar c) {
        static const QString separators = QStringLiteral(",;|/\n\r，；、");
        return separators.contains(c);
    };
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || isSeparator(text[i])) {
            const QStringView part = text.sliced(start, i - start).trimmed();
            if (!part.isEmpty())
                parts.append(part);
            start = i + 1;
        }
    }
    return parts;
}

} // namespace

QString toHalfWidth(const QString &text)
{
    return hasFullWidth(text) ? toHalfWidth(QStringView(text)) : text;
}

QString simplifiedText(const QString &text)
{
    return isSimplified(text) ? text : simplifiedText(QStringView(text));
}

QString trimmedText(const QString &text)
{
    return text.trimmed();
}

QString toHalfWidth(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x3000)
            out.append(QLatin1Char(' '));
        else if (isFullWidth(u))
            out.append(QChar(char16_t(u - 0xFF01 + 0x21)));
        else
            out.append(c);
    }
    return out;
}

QString simplifiedText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

QString trimmedText(QStringView text)
{
    return text.trimmed().toString();
}

Result<qint64> parseAmount(QStringView text, int decimals)
{
    QString s = toHalfWidth(text.trimmed()).trimmed();
    const QString original = s;
    bool negative = false;
    if (s.size() > 2 && s.front() == QLatin1Char('(') && s.back() == QLatin1Char(')')) {
        negative = true;
        s = s.sliced(1, s.size() - 2).trimmed();
    } else if (s.size() > 1 && s.back() == QLatin1Char('-') && s.front() != QLatin1Char('-')
               && s.front() != QLatin1Char('+')) {
        negative = true;
        s.chop(1);
        s = s.trimmed();
    }
    // A currency after the number: 12.34元, 12.34 €.
    static const QString suffixes = QStringLiteral("元¥￥€£$");
    if (s.size() > 1 && suffixes.contains(s.back())) {
        s.chop(1);
        s = s.trimmed();
    }
    // Currencies money::parse does not know, after an optional sign.
    static const char16_t *const prefixes[] = { u"CN¥", u"CN￥", u"US$", u"HK$", u"NT$",
                                                u"RMB", u"CNY", u"USD" };
    const bool signFirst = !s.isEmpty() && (s.front() == QLatin1Char('-') || s.front() == QLatin1Char('+'));
    QStringView rest = QStringView(s).sliced(signFirst ? 1 : 0).trimmed();
    for (const char16_t *prefix : prefixes) {
        const QStringView p(prefix);
        if (rest.startsWith(p, Qt::CaseInsensitive)) {
            s = (signFirst ? QString(s.front()) : QString()) + rest.sliced(p.size()).trimmed().toString();
            break;
        }
    }
    if (negative && !s.isEmpty() && (s.front() == QLatin1Char('-') || s.front() == QLatin1Char('+')))
        return invalid(Tr::tr("\"%1\" is not an amount: it has two signs.").arg(original));
    const Result<qint64> parsed = money::parse(s, decimals);
    if (!parsed)
        return parsed.error();
    return negative ? -*parsed : *parsed;
}

Result<std::optional<bool>> parseBool(QStringView text)
{
    static const QStringView yes[] = {
        u"yes", u"y", u"true", u"t", u"1", u"on", u"x", u"✓", u"✔", u"是", u"是的", u"对", u"有",
        u"同意", u"已同意", u"订阅", u"已订阅", u"subscribed", u"opted in", u"opt-in", u"opted_in",
        u"accepted",
    };
    static const QStringView no[] = {
        u"no", u"n", u"false", u"f", u"0", u"off", u"否", u"不", u"不是", u"无", u"没有",
        u"不同意", u"未同意", u"退订", u"已退订", u"未订阅", u"unsubscribed", u"not subscribed",
        u"opted out", u"opt-out", u"opted_out", u"declined",
    };
    static const QStringView notGiven[] = { u"", u"unknown", u"n/a", u"na", u"-", u"null",
                                                u"未知", u"未填" };
    QString storage;
    const QStringView word = lookupKey(text, storage);
    if (isOneOf(word, yes))
        return std::optional<bool>(true);
    if (isOneOf(word, no))
        return std::optional<bool>(false);
    if (isOneOf(word, notGiven))
        return std::optional<bool>();
    return invalid(Tr::tr("\"%1\" is not yes or no (write yes/no, 1/0, true/false or 是/否).")
                       .arg(text.trimmed().toString()));
}

Result<qint64> parseInteger(QStringView text, qint64 min, qint64 max)
{
    QString storage;
    const QStringView s = lookupKey(text, storage);
    const auto notWhole = [&]() {
        return invalid(Tr::tr("\"%1\" is not a whole number.").arg(text.trimmed().toString()));
    };
    qsizetype i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == QLatin1Char('-') || s[i] == QLatin1Char('+'))) {
        negative = s[i] == QLatin1Char('-');
        ++i;
    }
    qint64 value = 0;
    int digits = 0;
    for (; i < s.size() && s[i].unicode() >= '0' && s[i].unicode() <= '9'; ++i, ++digits) {
        if (digits >= 18)
            return invalid(Tr::tr("\"%1\" is too large.").arg(text.trimmed().toString()));
        value = value * 10 + (s[i].unicode() - '0');
    }
    if (digits == 0)
        return notWhole();
    if (i < s.size() && s[i] == QLatin1Char('.')) { // "4.0", "4."
        for (++i; i < s.size() && s[i] == QLatin1Char('0'); ++i) { }
    }
    if (i != s.size())
        return notWhole();
    if (negative)
        value = -value;
    if (value < min || value > max)
        return invalid(Tr::tr("%1 is out of range (%2 to %3).").arg(value).arg(min).arg(max));
    return value;
}

Result<QString> parseGender(QStringView text)
{
    static const QStringView female[] = { u"female", u"f", u"woman", u"w", u"女", u"女性",
                                              u"女士", u"小姐", u"女生" };
    static const QStringView male[] = { u"male", u"m", u"man", u"男", u"男性", u"男士",
                                            u"先生", u"男生" };
    static const QStringView other[] = { u"other", u"o", u"x", u"non-binary", u"nonbinary",
                                             u"diverse", u"d", u"其他", u"其它" };
    static const QStringView notGiven[] = { u"", u"unknown", u"u", u"n/a", u"-", u"未知",
                                                u"保密", u"prefer not to say", u"not specified" };
    QString storage;
    const QStringView word = lookupKey(text, storage);
    if (isOneOf(word, female))
        return QStringLiteral("female");
    if (isOneOf(word, male))
        return QStringLiteral("male");
    if (isOneOf(word, other))
        return QStringLiteral("other");
    if (isOneOf(word, notGiven))
        return QString();
    return invalid(Tr::tr("\"%1\" is not a gender ChainCard knows (female, male, other, F, M, "
                          "女, 男, or empty).")
                       .arg(text.trimmed().toString()));
}

Result<QString> parseEmail(QStringView text)
{
    QString s = toHalfWidth(text.trimmed()).trimmed();
    if (s.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        s = s.sliced(7);
    if (s.isEmpty())
        return QString();
    const auto bad = [&](const QString &why) {
        return invalid(Tr::tr("\"%1\" is not an e-mail address: %2.").arg(s, why));
    };
    const qsizetype at = s.indexOf(QLatin1Char('@'));
    if (at < 0 || s.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return bad(Tr::tr("it needs exactly one @"));
    for (const QChar c : std::as_const(s)) {
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';'))
            return bad(Tr::tr("it has a space, comma or semicolon"));
    }
    const QString local = s.first(at);
    const QString domain = s.sliced(at + 1).toLower();
    if (local.isEmpty() || local.size() > 64 || s.size() > 254)
        return bad(Tr::tr("the part before the @ is empty or too long"));
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return bad(Tr::tr("the domain after the @ has no dot"));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return bad(Tr::tr("the domain after the @ is malformed"));
    }
    if (labels.last().size() < 2)
        return bad(Tr::tr("the domain after the @ is malformed"));
    return local + QLatin1Char('@') + domain;
}

QString joinPersonName(QStringView given, QStringView family)
{
    const QString g = simplifiedText(given);
    const QString f = simplifiedText(family);
    if (g.isEmpty())
        return f;
    if (f.isEmpty())
        return g;
    if (allHan(g) && allHan(f))
        return f + g;
    return g + QLatin1Char(' ') + f;
}

QString phoneFromContacts(QStringView text)
{
    for (const QStringView part : contactParts(text)) {
        if (part.contains(QLatin1Char('@')))
            continue;
        int digits = 0;
        for (const QChar c : part) {
            const char16_t u = c.unicode();
            if ((u >= '0' && u <= '9') || (u >= 0xFF10 && u <= 0xFF19))
                ++digits;
        }
        if (digits >= 5)
            return part.toString();
    }
    return QString();
}

QString emailFromContacts(QStringView text)
{
    for (const QStringView part : contactParts(text)) {
        if (part.contains(QLatin1Char('@')))
            return part.toString();
    }
    return QString();
}

} // namespace core::csv
