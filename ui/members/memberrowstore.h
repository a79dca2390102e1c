#pragma once

#include "core/people/memberpage.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace ui::members {

// The rows a member list has fetched, kept compact so that browsing a million members to the
// end stays within the memory budget (issue 4, "Speed": under 300 MB resident): about 50 bytes
// a row instead of the 400 of a MemberRow with its five QStrings. Phones are packed as
// integers, names and codes as UTF-8 in shared text blocks, branch codes and tier names
// interned, times as 32-bit seconds; member codes that follow PersonService::memberCodeFor are
// not stored at all. Storage grows in fixed blocks, never by copying what is there.
class MemberRowStore
{
public:
    MemberRowStore();
    ~MemberRowStore();
    MemberRowStore(const MemberRowStore &) = delete;
    MemberRowStore &operator=(const MemberRowStore &) = delete;

    void append(const core::people::MemberRow &row);
    // Puts `row` in the place of row `index` (its old text stays in the blocks until clear()).
    void replace(int index, const core::people::MemberRow &row);
    // The index of the row of person `id`, or -1.
    int indexOf(qint64 id) const;
    void clear();
    int size() const { return m_size; }

    core::people::MemberRow row(int index) const;
    qint64 id(int index) const;

    // Bytes held, for the benchmark and tests.
    qint64 bytes() const;

private:
    struct Compact
    {
        qint64 id;
        qint64 balance;
        quint64 phoneDigits; // the digits after '+'; 0: the phone is text, stored after the code
        quint32 text;        // offset of name, code and phone text in the text blocks
        quint32 memberSince; // UTC seconds
        quint32 lastVisit;
        quint16 nameBytes;
        quint16 branch; // index into m_branches
        quint16 tier;   // index into m_tiers
        quint8 codeBytes; // 0: the code is memberCodeFor(id)
        quint8 phoneBytes;
    };
    static constexpr int RowsPerBlock = 8192;
    static constexpr int TextBlockBytes = 1 << 20;

    const Compact &compact(int index) const;
    void fill(Compact &c, const core::people::MemberRow &row);
    quint32 storeText(const QByteArray &bytes);
    QString text(quint32 offset, int bytes) const;
    struct Interned
    {
        QStringList values;
        QHash<QString, quint16> index;
        quint16 operator()(const QString &value);
    };

    std::vector<std::unique_ptr<Compact[]>> m_blocks;
    std::vector<std::unique_ptr<char[]>> m_text; // blocks of TextBlockBytes
    int m_textFill = TextBlockBytes;             // bytes used in the last text block
    Interned m_branches;
    Interned m_tiers;
    int m_size = 0;
};

} // namespace ui::members
