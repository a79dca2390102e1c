#include "core/csv/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace core::csv {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

constexpr qsizetype sampleBytes = 4096; // read before deciding encoding and delimiter
constexpr qsizetype asciiDecisionBytes = 256; // seen after the first non-ASCII byte, if there
constexpr qsizetype maxBufferBytes = qsizetype(256) * 1024 * 1024;
constexpr qint64 maxRecordLimit = qint64(1) << 30; // spans are 32-bit offsets
constexpr size_t maxFieldsPerRecord = 100000;

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

} // namespace

QByteArrayView CsvRecord::bytes(int i) const
{
    if (i < 0 || i >= size())
        return {};
    const Span &span = m_spans[size_t(i)];
    return QByteArrayView(m_data + span.begin, span.end - span.begin);
}

QString CsvRecord::field(int i) const
{
    if (i < 0 || i >= size())
        return {};
    return QString::fromUtf8(bytes(i));
}

QStringList CsvRecord::fields() const
{
    QStringList list;
    list.reserve(size());
    for (int i = 0; i < size(); ++i)
        list.append(field(i));
    return list;
}

CsvReader::CsvReader(QIODevice *device, CsvOptions options)
    : m_device(device)
    , m_options(options)
{
}

CsvReader::~CsvReader() = default;

Status CsvReader::open()
{
    if (m_opened)
        return {};
    m_opened = true;
    m_done = true; // until it succeeds
    if (!m_device || !m_device->isReadable())
        return Error(Error::Code::Io, Tr::tr("The CSV file is not open for reading."));
    m_options.bufferBytes = std::clamp<qsizetype>(m_options.bufferBytes, 1, maxBufferBytes);
    m_options.maxRecordBytes = std::clamp<qint64>(m_options.maxRecordBytes, 1, maxRecordLimit);
    m_options.maxFieldBytes =
            std::clamp<qint64>(m_options.maxFieldBytes, 1, m_options.maxRecordBytes);
    const char16_t delimiter = m_options.delimiter;
    if (delimiter != 0) {
        if (delimiter >= 0x80 || delimiter == u'"' || delimiter == u'\r' || delimiter == u'\n')
            return Error(Error::Code::InvalidInput,
                         Tr::tr("The CSV delimiter must be an ASCII character other than a "
                                "quote or a line break."),
                         QStringLiteral("delimiter"));
        m_delimiter = char(delimiter);
    }

    // Decided on a sample, peeked so that reading still goes one buffer at a time.
    const TextStart start = detectTextStart(m_device->peek(sampleBytes), m_options.encoding);
    if (start.bomBytes > 0) {
        char bom[3];
        m_bytesRead += m_device->read(bom, start.bomBytes);
    }
    Status decided;
    switch (start.as) {
    case TextStart::As::Utf8:
        m_mode = Mode::Utf8;
        break;
    case TextStart::As::Undecided:
        m_mode = Mode::Ascii;
        break;
    case TextStart::As::Utf16Le:
        decided = switchToDecoded(TextDecoder::Kind::Utf16Le, 0);
        break;
    case TextStart::As::Utf16Be:
        decided = switchToDecoded(TextDecoder::Kind::Utf16Be, 0);
        break;
    case TextStart::As::Gb18030:
        decided = switchToDecoded(TextDecoder::Kind::Gb18030, 0);
        break;
    }
    if (!decided)
        return decided;

    if (delimiter == 0) {
        // The first record must be whole in the buffer to count its delimiters.
        while (!m_eof && m_avail - m_recStart < 64 * 1024) {
            if (Status more = fill(); !more)
                return more;
            const char *d = m_buf.constData();
            bool inQuotes = false, content = false, whole = false;
            for (qsizetype i = m_recStart; i < m_avail && !whole; ++i) {
                if (d[i] == '"')
                    inQuotes = !inQuotes;
                else if (!inQuotes && isLineBreak(d[i]))
                    whole = content;
                content = content || !isLineBreak(d[i]);
            }
            if (whole)
                break;
        }
        detectDelimiter();
    }
    setTables();
    m_done = false;
    return {};
}

void CsvReader::detectDelimiter()
{
    const char candidates[3] = { ',', ';', '\t' };
    int counts[3] = { 0, 0, 0 };
    const char *d = m_buf.constData();
    bool inQuotes = false, content = false;
    for (qsizetype i = m_recStart; i < m_avail; ++i) {
        const char c = d[i];
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && isLineBreak(c)) {
            if (content)
                break;
            continue;
        } else if (!inQuotes) {
            for (int k = 0; k < 3; ++k)
                counts[k] += c == candidates[k] ? 1 : 0;
        }
        content = true;
    }
    // Ties go to the comma, except in UTF-16, which is what Excel's tab-separated "Unicode
    // text" is written in.
    const bool utf16 = m_encoding == Encoding::Utf16;
    const int order[3] = { utf16 ? 2 : 0, utf16 ? 0 : 1, utf16 ? 1 : 2 };
    int best = order[0];
    for (int k : order) {
        if (counts[k] > counts[best])
            best = k;
    }
    m_delimiter = candidates[best];
}

void CsvReader::setTables()
{
    std::fill(std::begin(m_special), std::end(m_special), false);
    std::fill(std::begin(m_quoted), std::end(m_quoted), false);
    m_special[uchar(m_delimiter)] = m_special[uchar('\r')] = m_special[uchar('\n')] = true;
    m_quoted[uchar('"')] = m_quoted[uchar('\r')] = m_quoted[uchar('\n')] = true;
}

Status CsvReader::readMore(char *into, qsizetype max, qsizetype &got)
{
    got = 0;
    for (;;) {
        const qint64 n = m_device->read(into, max);
        if (n < 0)
            return Error(Error::Code::Io,
                         Tr::tr("Reading the CSV file failed after %1 bytes: %2")
                                 .arg(m_bytesRead)
                                 .arg(m_device->errorString()));
        if (n == 0 && m_device->isSequential() && m_device->waitForReadyRead(-1))
            continue; // a pipe or socket with more to come
        got = qsizetype(n);
        m_bytesRead += n;
        m_eof = n == 0;
        return {};
    }
}

void CsvReader::compact()
{
    const qsizetype shift = m_recStart;
    if (shift == 0)
        return;
    std::memmove(m_buf.data(), m_buf.constData() + shift, size_t(m_fill - shift));
    m_fill -= shift;
    m_avail -= shift;
    m_pos -= shift;
    m_fieldStart -= shift;
    m_write -= shift;
    m_recStart = 0;
    m_base += shift;
    m_buf.resize(m_fill);
}

Status CsvReader::fill()
{
    compact();
    const qsizetype chunk = m_options.bufferBytes;
    qsizetype got = 0;
    if (m_mode == Mode::Decoded) {
        const qsizetype had = m_raw.size();
        m_raw.resize(had + chunk);
        Status read = readMore(m_raw.data() + had, chunk, got);
        m_raw.resize(had + got);
        if (!read)
            return read;
        return decodeRaw();
    }
    if (m_buf.capacity() < m_fill + chunk)
        m_buf.reserve(std::max(m_buf.capacity() * 2, m_fill + chunk));
    m_buf.resize(m_fill + chunk);
    Status read = readMore(m_buf.data() + m_fill, chunk, got);
    m_fill += got;
    m_buf.resize(m_fill);
    if (!read)
        return read;
    return accept();
}

// Makes newly read UTF-8 (or not yet decided ASCII) text available to the parser.
Status CsvReader::accept()
{
    const char *d = m_buf.constData();
    if (m_mode == Mode::Ascii) {
        qsizetype p = m_avail;
        while (p < m_fill && uchar(d[p]) < 0x80)
            ++p;
        if (p == m_fill) {
            m_avail = p;
            return {};
        }
        m_avail = p;
        if (!m_eof && m_fill - p < asciiDecisionBytes)
            return {}; // decide when there is more to look at
        m_badScratch.clear();
        utf8Prefix(QByteArrayView(d + p, m_fill - p), m_eof, &m_badScratch);
        if (!m_badScratch.empty())
            return switchToDecoded(TextDecoder::Kind::Gb18030, p);
        m_mode = Mode::Utf8;
    }
    m_badScratch.clear();
    const qsizetype length =
            utf8Prefix(QByteArrayView(d + m_avail, m_fill - m_avail), m_eof, &m_badScratch);
    for (qsizetype offset : m_badScratch)
        m_bad.push_back(m_base + m_avail + offset);
    m_avail += length;
    return {};
}

// From here on the bytes go through a decoder; those from `from` on are undecoded input.
Status CsvReader::switchToDecoded(TextDecoder::Kind kind, qsizetype from)
{
    m_decoder = std::make_unique<TextDecoder>(kind);
    m_encoding = kind == TextDecoder::Kind::Gb18030 ? Encoding::Gb18030 : Encoding::Utf16;
    if (!m_decoder->isValid())
        return Error(Error::Code::InvalidInput,
                     Tr::tr("The CSV file looks like GB18030 (Chinese) text, which this build of "
                            "ChainCard cannot read. Save it as UTF-8 and import it again."));
    m_mode = Mode::Decoded;
    m_raw = m_buf.mid(from);
    m_buf.resize(from);
    m_fill = m_avail = from;
    return decodeRaw();
}

Status CsvReader::decodeRaw()
{
    m_badScratch.clear();
    const qsizetype used = m_decoder->decode(m_raw, m_eof, m_buf, m_badScratch);
    m_raw.remove(0, used);
    for (qsizetype offset : m_badScratch)
        m_bad.push_back(m_base + offset);
    m_fill = m_avail = m_buf.size();
    return {};
}

Result<bool> CsvReader::readRecord(CsvRecord &record)
{
    if (!m_opened) {
        if (Status opened = open(); !opened)
            return opened.error();
    }
    while (!m_done) {
        switch (parse(record)) {
        case Step::Record:
            return true;
        case Step::End:
            m_done = true;
            return false;
        case Step::Failed:
            m_done = m_fatal;
            return m_error;
        case Step::NeedData:
            if (Status more = fill(); !more) {
                m_done = true;
                m_errorLine = m_line;
                m_error = more.error();
                return m_error;
            }
            break;
        }
    }
    return false;
}

int CsvReader::lineEndLength(const char *d, qsizetype at) const
{
    if (d[at] == '\n')
        return 1;
    if (at + 1 < m_avail)
        return d[at + 1] == '\n' ? 2 : 1;
    return m_eof ? 1 : 0; // a CR last in the buffer may be half of a CRLF
}

CsvReader::Step CsvReader::fail(Error::Code code, const QString &message, qint64 line,
                                bool fatal)
{
    m_error = Error(code, message);
    m_errorLine = line;
    m_fatal = fatal;
    return Step::Failed;
}

CsvReader::Step CsvReader::needData()
{
    const bool inQuoted = m_state == State::Quoted || m_state == State::QuotedQuote
            || m_state == State::AfterQuoted;
    const qsizetype fieldBytes = m_state == State::Unquoted ? m_pos - m_fieldStart
            : inQuoted                                      ? m_write - m_fieldStart
                                                            : 0;
    if (fieldBytes > m_options.maxFieldBytes)
        return fail(Error::Code::InvalidInput,
                    Tr::tr("Line %1: field %2 is longer than the limit of %3 bytes.")
                            .arg(m_recLine)
                            .arg(m_spans.size() + 1)
                            .arg(m_options.maxFieldBytes),
                    m_recLine, true);
    if (m_pos - m_recStart > m_options.maxRecordBytes)
        return fail(Error::Code::InvalidInput,
                    Tr::tr("Line %1: the record is longer than the limit of %2 bytes.")
                            .arg(m_recLine)
                            .arg(m_options.maxRecordBytes),
                    m_recLine, true);
    return Step::NeedData;
}

bool CsvReader::pushField(qsizetype begin, qsizetype end)
{
    if (end - begin > m_options.maxFieldBytes) {
        fail(Error::Code::InvalidInput,
             Tr::tr("Line %1: field %2 is longer than the limit of %3 bytes.")
                     .arg(m_recLine)
                     .arg(m_spans.size() + 1)
                     .arg(m_options.maxFieldBytes),
             m_recLine, true);
        return false;
    }
    if (m_spans.size() >= maxFieldsPerRecord) {
        fail(Error::Code::InvalidInput,
             Tr::tr("Line %1: the record has more than %2 fields.")
                     .arg(m_recLine)
                     .arg(maxFieldsPerRecord),
             m_recLine, true);
        return false;
    }
    m_spans.push_back({ qint32(begin - m_recStart), qint32(end - m_recStart) });
    return true;
}

// The scanner. It runs over [m_pos, m_avail) and can stop anywhere for more data, resuming
// in the same state; quoted text is unescaped in place (a "" shifts the rest of the field left).
CsvReader::Step CsvReader::parse(CsvRecord &out)
{
    char *d = m_buf.data();
    const qsizetype avail = m_avail;
    for (;;) {
        switch (m_state) {
        case State::FieldStart: {
            if (m_pos == avail) {
                if (!m_eof)
                    return needData();
                if (m_spans.empty())
                    return Step::End;
                if (!pushField(m_pos, m_pos)) // a delimiter just before the end of the file
                    return Step::Failed;
                return finishRecord(out);
            }
            const char c = d[m_pos];
            if (c == '"') {
                m_state = State::Quoted;
                m_quoteLine = m_line;
                m_fieldStart = m_write = ++m_pos;
                continue;
            }
            if (isLineBreak(c) && m_spans.empty()) { // a blank line
                const int length = lineEndLength(d, m_pos);
                if (length == 0)
                    return needData();
                m_pos += length;
                m_recStart = m_pos;
                m_recLine = ++m_line;
                continue;
            }
            m_fieldStart = m_pos;
            m_state = State::Unquoted;
            [[fallthrough]];
        }
        case State::Unquoted: {
            qsizetype p = m_pos;
            while (p < avail && !m_special[uchar(d[p])])
                ++p;
            if (p == avail) {
                m_pos = p;
                if (!m_eof)
                    return needData();
                if (!pushField(m_fieldStart, p))
                    return Step::Failed;
                return finishRecord(out);
            }
            if (d[p] == m_delimiter) {
                if (!pushField(m_fieldStart, p))
                    return Step::Failed;
                m_pos = p + 1;
                m_state = State::FieldStart;
                continue;
            }
            const int length = lineEndLength(d, p);
            m_pos = p;
            if (length == 0)
                return needData();
            if (!pushField(m_fieldStart, p))
                return Step::Failed;
            m_pos += length;
            ++m_line;
            return finishRecord(out);
        }
        case State::Quoted: {
            const qsizetype segment = m_pos;
            qsizetype p = m_pos;
            for (;;) {
                while (p < avail && !m_quoted[uchar(d[p])])
                    ++p;
                if (p == avail || d[p] == '"')
                    break;
                if (d[p] == '\r') {
                    if (p + 1 == avail && !m_eof)
                        break; // may be the first half of a CRLF
                    p += p + 1 < avail && d[p + 1] == '\n' ? 2 : 1;
                } else {
                    ++p;
                }
                ++m_line;
            }
            if (m_write != segment)
                std::memmove(d + m_write, d + segment, size_t(p - segment));
            m_write += p - segment;
            m_pos = p;
            if (p < avail && d[p] == '"') {
                ++m_pos;
                m_state = State::QuotedQuote;
                continue;
            }
            if (p < avail || !m_eof)
                return needData();
            return fail(Error::Code::InvalidInput,
                        Tr::tr("Line %1: a quoted field starts here and is never closed.")
                                .arg(m_quoteLine),
                        m_quoteLine, true);
        }
        case State::QuotedQuote: {
            if (m_pos == avail) {
                if (!m_eof)
                    return needData();
                if (!pushField(m_fieldStart, m_write))
                    return Step::Failed;
                return finishRecord(out);
            }
            const char c = d[m_pos];
            if (c == '"') { // a doubled quote stands for one
                d[m_write++] = '"';
                ++m_pos;
                m_state = State::Quoted;
                continue;
            }
            if (c == m_delimiter) {
                if (!pushField(m_fieldStart, m_write))
                    return Step::Failed;
                ++m_pos;
                m_state = State::FieldStart;
                continue;
            }
            if (isLineBreak(c)) {
                const int length = lineEndLength(d, m_pos);
                if (length == 0)
                    return needData();
                if (!pushField(m_fieldStart, m_write))
                    return Step::Failed;
                m_pos += length;
                ++m_line;
                return finishRecord(out);
            }
            m_state = State::AfterQuoted; // "abc"def: keep def, as Excel does
            continue;
        }
        case State::AfterQuoted: {
            qsizetype p = m_pos;
            while (p < avail && !m_special[uchar(d[p])])
                ++p;
            std::memmove(d + m_write, d + m_pos, size_t(p - m_pos));
            m_write += p - m_pos;
            m_pos = p;
            if (p == avail) {
                if (!m_eof)
                    return needData();
                if (!pushField(m_fieldStart, m_write))
                    return Step::Failed;
                return finishRecord(out);
            }
            if (d[p] == m_delimiter) {
                if (!pushField(m_fieldStart, m_write))
                    return Step::Failed;
                ++m_pos;
                m_state = State::FieldStart;
                continue;
            }
            const int length = lineEndLength(d, p);
            if (length == 0)
                return needData();
            if (!pushField(m_fieldStart, m_write))
                return Step::Failed;
            m_pos += length;
            ++m_line;
            return finishRecord(out);
        }
        }
    }
}

CsvReader::Step CsvReader::finishRecord(CsvRecord &out)
{
    const qint64 begin = m_base + m_recStart;
    const qint64 end = m_base + m_pos;
    bool invalid = false;
    while (!m_bad.empty() && m_bad.front() < end) {
        invalid = invalid || m_bad.front() >= begin;
        m_bad.pop_front();
    }
    const qint64 line = m_recLine;
    out.m_data = m_buf.constData() + m_recStart;
    out.m_spans.swap(m_spans);
    m_spans.clear();
    out.m_line = line;
    out.m_number = ++m_count;
    m_recStart = m_pos;
    m_recLine = m_line;
    m_state = State::FieldStart;
    if (invalid) {
        out.m_spans.clear();
        return fail(Error::Code::InvalidInput,
                    Tr::tr("Line %1: the text is not valid %2.")
                            .arg(line)
                            .arg(encodingName(m_encoding)),
                    line, false);
    }
    return Step::Record;
}

} // namespace core::csv
