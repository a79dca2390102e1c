#include "ui/members/memberrowstore.h"

#include "core/people/personservice.h"

#include <algorithm>
#include <cstring>

namespace ui::members {

namespace {

// The digits of an E.164 phone as one integer, or 0 when it is not "+" and 1 to 18 digits
// without a leading zero.
quint64 packPhone(const QString &phone)
{
    if (phone.size() < 2 || phone.size() > 19 || phone.at(0) != QLatin1Char('+')
        || phone.at(1) == QLatin1Char('0'))
        return 0;
    quint64 out = 0;
    for (int i = 1; i < phone.size(); ++i) {
        const QChar c = phone.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return 0;
        out = out * 10 + quint64(c.unicode() - '0');
    }
    return out;
}

quint32 seconds32(qint64 t)
{
    return quint32(std::clamp<qint64>(t, 0, 0xFFFFFFFFll));
}

} // namespace

quint16 MemberRowStore::Interned::operator()(const QString &value)
{
    const auto found = index.constFind(value);
    if (found != index.constEnd())
        return found.value();
    if (values.size() >= 0xFFFF)
        return 0; // 65,535 branches or tiers: the rest show as the first
    const auto id = quint16(values.size());
    values << value;
    index.insert(value, id);
    return id;
}

MemberRowStore::MemberRowStore() = default;
MemberRowStore::~MemberRowStore() = default;

void MemberRowStore::clear()
{
    m_blocks.clear();
    m_text.clear();
    m_textFill = TextBlockBytes;
    m_branches = {};
    m_tiers = {};
    m_size = 0;
}

quint32 MemberRowStore::storeText(const QByteArray &bytes)
{
    const int n = int(bytes.size());
    if (m_textFill + n > TextBlockBytes) {
        m_text.push_back(std::make_unique<char[]>(TextBlockBytes));
        m_textFill = 0;
    }
    const auto offset = quint32((m_text.size() - 1) * TextBlockBytes + size_t(m_textFill));
    if (n > 0)
        std::memcpy(m_text.back().get() + m_textFill, bytes.constData(), size_t(n));
    m_textFill += n;
    return offset;
}

QString MemberRowStore::text(quint32 offset, int bytes) const
{
    if (bytes == 0)
        return {};
    const char *block = m_text.at(offset / TextBlockBytes).get();
    return QString::fromUtf8(block + offset % TextBlockBytes, bytes);
}

void MemberRowStore::append(const core::people::MemberRow &row)
{
    if (m_size % RowsPerBlock == 0)
        m_blocks.push_back(std::make_unique<Compact[]>(RowsPerBlock));
    fill(m_blocks.back()[m_size % RowsPerBlock], row);
    ++m_size;
}

void MemberRowStore::replace(int index, const core::people::MemberRow &row)
{
    fill(m_blocks.at(size_t(index / RowsPerBlock))[index % RowsPerBlock], row);
}

int MemberRowStore::indexOf(qint64 id) const
{
    for (int i = 0; i < m_size; ++i) {
        if (compact(i).id == id)
            return i;
    }
    return -1;
}

void MemberRowStore::fill(Compact &c, const core::people::MemberRow &row)
{
    c.id = row.id;
    c.balance = row.balance;
    c.memberSince = seconds32(row.memberSince);
    c.lastVisit = seconds32(row.lastVisit);
    c.branch = m_branches(row.homeBranchCode);
    c.tier = m_tiers(row.tierName);
    c.phoneDigits = packPhone(row.phone);

    // Name, then the code unless it is the usual one, then the phone unless it was packed;
    // each cut to what its length field holds (far beyond any real name).
    const QByteArray name = row.name.toUtf8().left(0xFFFF);
    const QByteArray code = row.memberCode == core::people::PersonService::memberCodeFor(row.id)
        ? QByteArray()
        : row.memberCode.toUtf8().left(0xFF);
    const QByteArray phone = c.phoneDigits ? QByteArray() : row.phone.toUtf8().left(0xFF);
    c.nameBytes = quint16(name.size());
    c.codeBytes = quint8(code.size());
    c.phoneBytes = quint8(phone.size());
    c.text = storeText(name + code + phone);
}

const MemberRowStore::Compact &MemberRowStore::compact(int index) const
{
    return m_blocks.at(size_t(index / RowsPerBlock))[index % RowsPerBlock];
}

qint64 MemberRowStore::id(int index) const
{
    return compact(index).id;
}

core::people::MemberRow MemberRowStore::row(int index) const
{
    const Compact &c = compact(index);
    core::people::MemberRow r;
    r.id = c.id;
    r.balance = c.balance;
    r.memberSince = c.memberSince;
    r.lastVisit = c.lastVisit;
    r.homeBranchCode = m_branches.values.value(c.branch);
    r.tierName = m_tiers.values.value(c.tier);
    r.name = text(c.text, c.nameBytes);
    r.memberCode = c.codeBytes ? text(c.text + c.nameBytes, c.codeBytes)
                               : core::people::PersonService::memberCodeFor(c.id);
    r.phone = c.phoneDigits ? QLatin1Char('+') + QString::number(c.phoneDigits)
                            : text(c.text + c.nameBytes + c.codeBytes, c.phoneBytes);
    return r;
}

qint64 MemberRowStore::bytes() const
{
    return qint64(m_blocks.size()) * RowsPerBlock * qint64(sizeof(Compact))
        + qint64(m_text.size()) * TextBlockBytes;
}

} // namespace ui::members
