// libFuzzer target for core::csv::CsvReader: any bytes, read with options taken from the first
// two bytes (encoding, delimiter, a small buffer so that records straddle reads, small limits).
// Every field is read as bytes and as a QString; the reader must neither crash nor loop.
#include "core/csv/csvreader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    using namespace core::csv;
    CsvOptions options;
    const uint8_t a = data[0];
    const uint8_t b = data[1];
    const Encoding encodings[] = { Encoding::Auto, Encoding::Utf8, Encoding::Gb18030,
                                   Encoding::Utf16 };
    options.encoding = encodings[a & 3];
    const char16_t delimiters[] = { 0, u',', u';', u'\t' };
    options.delimiter = delimiters[(a >> 2) & 3];
    options.bufferBytes = 1 + (b & 63);
    options.maxFieldBytes = (a & 0x80) ? 64 : 1 << 20;
    options.maxRecordBytes = (a & 0x40) ? 256 : 1 << 22;

    QByteArray bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device, options);
    CsvRecord record;
    qint64 lastLine = 0;
    for (int guard = 0; guard < 1000000; ++guard) {
        const auto next = reader.readRecord(record);
        if (!next.ok())
            continue; // the reader decides whether anything follows an error
        if (!*next)
            break;
        if (record.line() < lastLine || record.size() == 0)
            __builtin_trap();
        lastLine = record.line();
        for (int i = 0; i < record.size(); ++i) {
            const QByteArrayView view = record.bytes(i);
            if (view.size() > options.maxFieldBytes || record.field(i).size() > view.size())
                __builtin_trap();
        }
    }
    return 0;
}
