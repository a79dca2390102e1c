#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <vector>

namespace core::csv {

// The encodings a CSV file may arrive in. Utf16 covers both byte orders (told apart by the BOM
// or by where the zero bytes fall); Gb18030 also reads GBK and GB2312, its subsets.
enum class Encoding { Auto, Utf8, Gb18030, Utf16 };

QString encodingName(Encoding encoding);

// Length of the longest prefix of `data` made of whole UTF-8 sequences. Invalid bytes are
// skipped over, and the offset of each (relative to `data`) is appended to `bad` when given.
// Unless `last`, an unfinished sequence at the end is left out (its bytes may still be coming);
// when `last` it counts as invalid.
qsizetype utf8Prefix(QByteArrayView data, bool last, std::vector<qsizetype> *bad = nullptr);

// What the first bytes of a file (and the user's choice) say about how to read it: a BOM, or
// zero bytes where UTF-16 without a BOM has them. Text with no BOM that is ASCII so far is
// Undecided: the first non-ASCII byte decides between UTF-8 and GB18030 (see CsvReader).
struct TextStart
{
    enum class As { Utf8, Undecided, Utf16Le, Utf16Be, Gb18030 };
    As as = As::Undecided;
    int bomBytes = 0; // to skip
};
TextStart detectTextStart(QByteArrayView sample, Encoding chosen);

// Turns GB18030 or UTF-16 bytes into UTF-8, piece by piece: each call decodes the longest
// prefix of its input that ends on a character boundary, so a multibyte character split between
// two reads is decoded whole once the rest arrives. Invalid input becomes U+FFFD in the output,
// and the output offset of each one is reported so the reader can name the line at fault.
class TextDecoder
{
public:
    enum class Kind { Gb18030, Utf16Le, Utf16Be };

    explicit TextDecoder(Kind kind);
    ~TextDecoder();
    TextDecoder(const TextDecoder &) = delete;
    TextDecoder &operator=(const TextDecoder &) = delete;

    Kind kind() const { return m_kind; }
    bool isValid() const;

    // Appends the UTF-8 of a prefix of `in` to `out`, and the offsets in `out` of replaced
    // invalid input to `bad`. Returns how many bytes of `in` were used; all of them when `last`.
    qsizetype decode(QByteArrayView in, bool last, QByteArray &out, std::vector<qsizetype> &bad);

    // Whether this build can decode GB18030 at all, and how (shown by `--version`-style reports).
    static bool gb18030Available();
    static QString gb18030Provider();
    // Tests use this to exercise the Qt6::Core5Compat path where Qt's decoder also works.
    static void preferCodecFallbackForTesting(bool prefer);

private:
    qsizetype decodeUtf16(QByteArrayView in, bool last, QByteArray &out,
                          std::vector<qsizetype> &bad) const;
    qsizetype decodeGb18030(QByteArrayView in, bool last, QByteArray &out,
                            std::vector<qsizetype> &bad);

    struct Backend;
    Kind m_kind;
    std::unique_ptr<Backend> m_backend;
};

} // namespace core::csv
