#include "core/csv/textencoding.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <optional>

#ifdef CHAINCARD_HAVE_CORE5COMPAT
#include <QTextCodec>
#endif

namespace core::csv {

namespace {

constexpr char replacementUtf8[] = "\xEF\xBF\xBD"; // U+FFFD
constexpr qsizetype replacementSize = 3;

bool isContinuation(uchar b)
{
    return (b & 0xC0) == 0x80;
}

// Records every U+FFFD the decoder wrote after `from`; if it reported a failure but wrote none
// (a truncated last character is dropped by some decoders), one is appended so the fault still
// has a place in the text.
void markReplacements(QByteArray &out, qsizetype from, std::vector<qsizetype> &bad)
{
    bool found = false;
    const QByteArrayView needle(replacementUtf8, replacementSize);
    for (qsizetype at = out.indexOf(needle, from); at >= 0; at = out.indexOf(needle, at + 1)) {
        bad.push_back(at);
        found = true;
    }
    if (!found) {
        bad.push_back(out.size());
        out.append(replacementUtf8, replacementSize);
    }
}

// End of the longest prefix of whole GB18030 characters. Bytes below 0x30 never occur inside a
// multibyte character (second bytes are 0x30-0x39 or 0x40-0xFE, later ones 0x81-0xFE or
// 0x30-0x39), so the text after the last of them starts on a boundary; walk from there.
qsizetype gb18030Prefix(const uchar *p, qsizetype n)
{
    qsizetype i = n;
    while (i > 0 && p[i - 1] >= 0x30)
        --i;
    while (i < n) {
        const uchar lead = p[i];
        if (lead < 0x81 || lead == 0xFF) {
            ++i;
            continue;
        }
        if (i + 1 >= n)
            break;
        const uchar second = p[i + 1];
        const qsizetype length = second < 0x30 ? 1 : (second <= 0x39 ? 4 : 2);
        if (i + length > n)
            break;
        i += length;
    }
    return i;
}

bool preferCodecFallback = false;

} // namespace

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    case Encoding::Utf16:
        return QStringLiteral("UTF-16");
    }
    return {};
}

qsizetype utf8Prefix(QByteArrayView data, bool last, std::vector<qsizetype> *bad)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        // Most text is ASCII: check eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        while (i < n && p[i] < 0x80)
            ++i;
        if (i >= n)
            break;
        const uchar lead = p[i];
        qsizetype length = 0;
        uchar low = 0x80, high = 0xBF; // allowed range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // no overlong forms
            else if (lead == 0xED)
                high = 0x9F; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F; // nothing past U+10FFFF
        }
        qsizetype valid = length > 0 ? 1 : 0; // bytes of the sequence that are right so far
        if (valid && i + 1 < n && p[i + 1] >= low && p[i + 1] <= high) {
            valid = 2;
            while (valid < length && i + valid < n && isContinuation(p[i + valid]))
                ++valid;
        }
        if (length > 0 && valid == length) {
            i += length;
            continue;
        }
        if (length > 0 && i + valid == n && !last)
            return i; // a character cut by the end of the data: wait for the rest
        if (bad)
            bad->push_back(i);
        i += valid > 0 ? valid : 1;
    }
    return n;
}

TextStart detectTextStart(QByteArrayView sample, Encoding chosen)
{
    const auto *p = reinterpret_cast<const uchar *>(sample.data());
    const qsizetype n = sample.size();
    const bool mayUtf8 = chosen == Encoding::Auto || chosen == Encoding::Utf8;
    const bool mayUtf16 = chosen == Encoding::Auto || chosen == Encoding::Utf16;
    using As = TextStart::As;
    if (mayUtf8 && n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        return { As::Utf8, 3 };
    if (mayUtf16 && n >= 2 && p[0] == 0xFF && p[1] == 0xFE)
        return { As::Utf16Le, 2 };
    if (mayUtf16 && n >= 2 && p[0] == 0xFE && p[1] == 0xFF)
        return { As::Utf16Be, 2 };
    // ASCII in UTF-16 has a zero byte in every other place: odd ones in LE, even ones in BE.
    // Text in any other encoding has no zero bytes.
    qsizetype zeros[2] = { 0, 0 };
    for (qsizetype i = 0; i < n; ++i)
        zeros[i & 1] += p[i] == 0 ? 1 : 0;
    const bool zerosSay16 = zeros[0] + zeros[1] >= std::max<qsizetype>(1, n / 32)
            && (zeros[1] >= 4 * zeros[0] || zeros[0] >= 4 * zeros[1]);
    if (chosen == Encoding::Utf16 || (chosen == Encoding::Auto && zerosSay16))
        return { zeros[0] > zeros[1] ? As::Utf16Be : As::Utf16Le, 0 };
    if (chosen == Encoding::Gb18030)
        return { As::Gb18030, 0 };
    return { chosen == Encoding::Utf8 ? As::Utf8 : As::Undecided, 0 };
}

struct TextDecoder::Backend
{
    std::optional<QStringDecoder> decoder; // Qt's own, through ICU where Qt has it
#ifdef CHAINCARD_HAVE_CORE5COMPAT
    QTextCodec *codec = nullptr; // Qt 5 compatibility codecs, for Qt builds without ICU
#endif
};

TextDecoder::TextDecoder(Kind kind)
    : m_kind(kind)
    , m_backend(std::make_unique<Backend>())
{
    if (kind != Kind::Gb18030)
        return;
    if (!preferCodecFallback) {
        m_backend->decoder.emplace("GB18030", QStringDecoder::Flag::Stateless);
        if (m_backend->decoder->isValid())
            return;
        m_backend->decoder.reset();
    }
#ifdef CHAINCARD_HAVE_CORE5COMPAT
    m_backend->codec = QTextCodec::codecForName("GB18030");
#endif
}

TextDecoder::~TextDecoder() = default;

bool TextDecoder::isValid() const
{
    if (m_kind != Kind::Gb18030)
        return true;
#ifdef CHAINCARD_HAVE_CORE5COMPAT
    if (m_backend->codec)
        return true;
#endif
    return m_backend->decoder.has_value();
}

bool TextDecoder::gb18030Available()
{
    return TextDecoder(Kind::Gb18030).isValid();
}

QString TextDecoder::gb18030Provider()
{
    TextDecoder probe(Kind::Gb18030);
    if (probe.m_backend->decoder)
        return QStringLiteral("QStringDecoder");
#ifdef CHAINCARD_HAVE_CORE5COMPAT
    if (probe.m_backend->codec)
        return QStringLiteral("QTextCodec (Qt6::Core5Compat)");
#endif
    return {};
}

void TextDecoder::preferCodecFallbackForTesting(bool prefer)
{
    preferCodecFallback = prefer;
}

qsizetype TextDecoder::decode(QByteArrayView in, bool last, QByteArray &out,
                              std::vector<qsizetype> &bad)
{
    if (m_kind == Kind::Gb18030)
        return decodeGb18030(in, last, out, bad);
    return decodeUtf16(in, last, out, bad);
}

qsizetype TextDecoder::decodeGb18030(QByteArrayView in, bool last, QByteArray &out,
                                     std::vector<qsizetype> &bad)
{
    const auto *p = reinterpret_cast<const uchar *>(in.data());
    const qsizetype used = last ? in.size() : gb18030Prefix(p, in.size());
    if (used == 0)
        return 0;
    const QByteArrayView piece = in.first(used);
    QString text;
    bool failed = false;
#ifdef CHAINCARD_HAVE_CORE5COMPAT
    if (m_backend->codec) {
        QTextCodec::ConverterState state(QTextCodec::IgnoreHeader);
        text = m_backend->codec->toUnicode(piece.data(), int(piece.size()), &state);
        failed = state.invalidChars > 0 || state.remainingChars > 0;
    }
#endif
    if (m_backend->decoder) {
        // The error flag of Qt's decoder cannot be cleared, so a fresh one follows a failure.
        if (m_backend->decoder->hasError())
            m_backend->decoder.emplace("GB18030", QStringDecoder::Flag::Stateless);
        text = m_backend->decoder->decode(piece);
        failed = m_backend->decoder->hasError();
    }
    const qsizetype start = out.size();
    out += text.toUtf8();
    if (failed)
        markReplacements(out, start, bad);
    return used;
}

qsizetype TextDecoder::decodeUtf16(QByteArrayView in, bool last, QByteArray &out,
                                   std::vector<qsizetype> &bad) const
{
    const auto *p = reinterpret_cast<const uchar *>(in.data());
    const qsizetype n = in.size();
    const bool le = m_kind == Kind::Utf16Le;
    auto unit = [p, le](qsizetype at) -> char32_t {
        return le ? char32_t(p[at] | (p[at + 1] << 8)) : char32_t((p[at] << 8) | p[at + 1]);
    };

    const qsizetype start = out.size();
    out.resize(start + n / 2 * 3 + 4); // the most UTF-8 that n bytes of UTF-16 can make
    auto *o = reinterpret_cast<uchar *>(out.data() + start);
    qsizetype w = 0;
    auto replace = [&]() {
        bad.push_back(start + w);
        std::memcpy(o + w, replacementUtf8, replacementSize);
        w += replacementSize;
    };

    qsizetype i = 0;
    while (i + 1 < n) {
        char32_t c = unit(i);
        qsizetype step = 2;
        bool invalid = false;
        if (c >= 0xD800 && c <= 0xDBFF) {
            if (i + 3 >= n && !last)
                break; // the low half of the pair is still to come
            const char32_t low = i + 3 < n ? unit(i + 2) : 0;
            if (low >= 0xDC00 && low <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                step = 4;
            } else {
                invalid = true;
            }
        } else if (c >= 0xDC00 && c <= 0xDFFF) {
            invalid = true;
        }
        i += step;
        if (invalid) {
            replace();
        } else if (c < 0x80) {
            o[w++] = uchar(c);
        } else if (c < 0x800) {
            o[w++] = uchar(0xC0 | (c >> 6));
            o[w++] = uchar(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            o[w++] = uchar(0xE0 | (c >> 12));
            o[w++] = uchar(0x80 | ((c >> 6) & 0x3F));
            o[w++] = uchar(0x80 | (c & 0x3F));
        } else {
            o[w++] = uchar(0xF0 | (c >> 18));
            o[w++] = uchar(0x80 | ((c >> 12) & 0x3F));
            o[w++] = uchar(0x80 | ((c >> 6) & 0x3F));
            o[w++] = uchar(0x80 | (c & 0x3F));
        }
    }
    if (last && i < n) { // an odd byte at the very end
        replace();
        i = n;
    }
    out.resize(start + w);
    return i;
}

} // namespace core::csv
