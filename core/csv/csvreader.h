#pragma once

#include "core/common/result.h"
#include "core/csv/textencoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>
#include <vector>

class QIODevice;

namespace core::csv {

struct CsvOptions
{
    Encoding encoding = Encoding::Auto;
    char16_t delimiter = 0; // 0: detect among ',', ';' and tab; otherwise an ASCII character
    qint64 maxFieldBytes = 16 * 1024 * 1024; // a longer field is an error
    qint64 maxRecordBytes = 64 * 1024 * 1024; // and so is a longer record (at most 1 GiB)
    qsizetype bufferBytes = 1024 * 1024; // bytes read from the device at a time
};

// One record as the reader returned it. Fields are UTF-8 whatever the file's encoding; the views
// point into the reader's buffer and stay valid only until its next readRecord().
class CsvRecord
{
public:
    int size() const { return int(m_spans.size()); }
    bool isEmpty() const { return m_spans.empty(); }
    QByteArrayView bytes(int i) const; // empty when i is out of range
    QString field(int i) const; // null when i is out of range
    QStringList fields() const;
    qint64 line() const { return m_line; } // 1-based physical line where the record starts
    qint64 number() const { return m_number; } // 1-based among non-blank records; a header is 1

private:
    friend class CsvReader;
    struct Span
    {
        qint32 begin;
        qint32 end;
    };
    const char *m_data = nullptr;
    std::vector<Span> m_spans;
    qint64 m_line = 0;
    qint64 m_number = 0;
};

// Streaming RFC 4180 reader. It reads the device a buffer at a time (never the whole file),
// converts GB18030 and UTF-16 to UTF-8 on the way in, and scans bytes, building a QString only
// when a field is asked for one. Lenient where Excel is: a quote inside an unquoted field, or
// text after a closing quote, is kept as it is. Blank lines are skipped; records with fewer or
// more fields than the header are returned as they are.
//
// Errors: invalid text in the encoding fails that record only, and the next readRecord()
// goes on with the record after it. An unclosed quote at the end of the file, a field or record
// over the limit, or a failed read ends the reading: that error is returned once, then false.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device, CsvOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the first buffer and settles the encoding and the delimiter. readRecord() calls it
    // if it has not been called.
    Status open();

    // True with the next record in `record`, false at the end of the file.
    Result<bool> readRecord(CsvRecord &record);

    // Detected or chosen. An ASCII-only start reads as UTF-8 until the first non-ASCII byte
    // decides between UTF-8 and GB18030, so this can change from Utf8 to Gb18030 once.
    Encoding encoding() const { return m_encoding; }
    char16_t delimiter() const { return char16_t(uchar(m_delimiter)); }
    qint64 bytesRead() const { return m_bytesRead; } // from the device, for progress bars
    qint64 errorLine() const { return m_errorLine; } // line of the last error, 0 if none
    qint64 recordsRead() const { return m_count; } // non-blank records so far, failed ones too

    static bool gb18030Available() { return TextDecoder::gb18030Available(); }

private:
    enum class Mode { Ascii, Utf8, Decoded };
    enum class State { FieldStart, Unquoted, Quoted, QuotedQuote, AfterQuoted };
    enum class Step { Record, NeedData, End, Failed };

    Status fill();
    Status readMore(char *into, qsizetype max, qsizetype &got);
    void compact();
    Status accept();
    Status decodeRaw();
    Status switchToDecoded(TextDecoder::Kind kind, qsizetype from);
    void detectDelimiter();
    void setTables();

    Step parse(CsvRecord &out);
    Step finishRecord(CsvRecord &out);
    Step needData();
    bool pushField(qsizetype begin, qsizetype end);
    int lineEndLength(const char *d, qsizetype at) const;
    Step fail(Error::Code code, const QString &message, qint64 line, bool fatal);

    QIODevice *m_device;
    CsvOptions m_options;
    Encoding m_encoding = Encoding::Utf8;
    char m_delimiter = ',';
    bool m_opened = false;
    bool m_done = false;
    bool m_eof = false; // the device has nothing more
    bool m_fatal = false;
    Error m_error;
    qint64 m_errorLine = 0;
    qint64 m_bytesRead = 0;

    Mode m_mode = Mode::Ascii;
    std::unique_ptr<TextDecoder> m_decoder;
    QByteArray m_raw; // undecoded bytes, in Decoded mode
    QByteArray m_buf; // UTF-8 text; [0, m_avail) is ready to parse, up to m_fill is read
    qsizetype m_avail = 0;
    qsizetype m_fill = 0;
    qint64 m_base = 0; // stream offset of m_buf[0]
    std::deque<qint64> m_bad; // stream offsets of invalid text not yet reached
    std::vector<qsizetype> m_badScratch;

    bool m_special[256] = {}; // delimiter, CR, LF: where an unquoted field may end
    bool m_quoted[256] = {}; // quote, CR, LF: what a quoted field must look at

    State m_state = State::FieldStart;
    qsizetype m_recStart = 0;
    qsizetype m_pos = 0;
    qsizetype m_fieldStart = 0;
    qsizetype m_write = 0; // where unescaped quoted text goes (behind m_pos after a "")
    qint64 m_line = 1;
    qint64 m_recLine = 1;
    qint64 m_quoteLine = 0;
    qint64 m_count = 0;
    std::vector<CsvRecord::Span> m_spans;
};

} // namespace core::csv
