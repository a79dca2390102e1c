// Times core::csv::CsvReader on a generated members file (the canonical 11 columns, about 100
// bytes a row), in UTF-8 and in GB18030. Not a ctest test: run it by hand on an idle machine.
//   bench_csvreader [rows (default 1000000)] [streamed rows (default 10000000)]
#include "core/csv/csvreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace core::csv;

namespace {

// Rows made on demand, so that reading 10 million of them shows the reader's own memory.
class GeneratedRows : public QIODevice
{
public:
    explicit GeneratedRows(qint64 rows) : m_rows(rows) { }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        while (m_pending.size() - m_offset < max && m_made < m_rows) {
            m_pending.remove(0, m_offset);
            m_offset = 0;
            m_pending.append("1380013" + QByteArray::number(m_made % 10000) + ",\"name, "
                             + QByteArray::number(m_made) + "\",B001,2025-03-14 12:30:00,128.50\n");
            ++m_made;
        }
        const qint64 n = std::min<qint64>(max, m_pending.size() - m_offset);
        std::memcpy(data, m_pending.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_rows;
    qint64 m_made = 0;
    QByteArray m_pending;
    qint64 m_offset = 0;
};

long peakRssKb()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#else
    return -1;
#endif
}

QByteArray membersCsv(qint64 rows)
{
    const char *surnames[] = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周" };
    const char *given[] = { "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军" };
    const char *tags[] = { "", "vip", "vip;noodles", "\"spicy, extra\"", "dumplings" };
    QRandomGenerator rng(20250314);
    QByteArray out;
    out.reserve(rows * 110);
    out.append("phone,name,gender,birthday,email,home_branch,joined_at,sms_opt_in,email_opt_in,"
               "tags,notes\n");
    char line[512];
    for (qint64 i = 0; i < rows; ++i) {
        const quint32 r = rng.generate();
        const int n = std::snprintf(
                line, sizeof line,
                "1%02u%08u,%s%s,%s,19%02u-%02u-%02u,m%llu@example.com,B%03u,"
                "2024-%02u-%02u 12:%02u:00,%s,%s,%s,%s\n",
                30 + r % 60, unsigned(rng.bounded(100000000)), surnames[r % 10],
                given[(r >> 4) % 10], (r & 1) ? "female" : "male", 50 + (r >> 8) % 50,
                1 + (r >> 3) % 12, 1 + (r >> 5) % 28, static_cast<unsigned long long>(i),
                1 + (r >> 7) % 200, 1 + (r >> 9) % 12, 1 + (r >> 11) % 28, (r >> 13) % 60,
                (r >> 14) & 1 ? "yes" : "no", (r >> 15) & 1 ? "yes" : "no", tags[(r >> 16) % 5],
                (r >> 19) % 7 == 0 ? "likes the window seat" : "");
        out.append(line, n);
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Reads the whole file; with `strings` every field becomes a QString, else only its bytes are
// looked at. Returns rows read, or -1.
qint64 readAll(const QString &path, bool strings, qint64 &checksum)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    CsvReader reader(&file);
    CsvRecord record;
    qint64 rows = 0;
    for (;;) {
        const auto next = reader.readRecord(record);
        if (!next.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(next.error().message()));
            return -1;
        }
        if (!*next)
            break;
        ++rows;
        for (int i = 0; i < record.size(); ++i)
            checksum += strings ? record.field(i).size() : record.bytes(i).size();
    }
    return rows;
}

void run(const char *label, const QString &path, qint64 bytes, bool strings)
{
    qint64 best = -1;
    qint64 rows = 0, checksum = 0;
    for (int round = 0; round < 3; ++round) { // best of three: the machine is shared
        QElapsedTimer timer;
        timer.start();
        rows = readAll(path, strings, checksum);
        const qint64 ns = timer.nsecsElapsed();
        if (best < 0 || ns < best)
            best = ns;
    }
    const double seconds = double(best) / 1e9;
    std::printf("%-9s %-14s %9lld rows %7.3f s %10.0f rows/s %7.1f MB/s (checksum %lld)\n",
                label, strings ? "QString fields" : "byte fields", static_cast<long long>(rows),
                seconds, double(rows) / seconds, double(bytes) / 1e6 / seconds,
                static_cast<long long>(checksum));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const qint64 streamed = argc > 2 ? QByteArray(argv[2]).toLongLong() : 10000000;
    {
        GeneratedRows device(streamed);
        device.open(QIODevice::ReadOnly);
        CsvReader reader(&device);
        CsvRecord record;
        QElapsedTimer timer;
        timer.start();
        qint64 count = 0, checksum = 0;
        for (;;) {
            const auto next = reader.readRecord(record);
            if (!next.ok() || !*next)
                break;
            ++count;
            for (int i = 0; i < record.size(); ++i)
                checksum += record.bytes(i).size();
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("streamed  %lld generated rows (%.0f MB) in %.2f s, %.0f rows/s, peak RSS "
                    "%ld KB (checksum %lld)\n",
                    static_cast<long long>(count), double(reader.bytesRead()) / 1e6, seconds,
                    double(count) / seconds, peakRssKb(), static_cast<long long>(checksum));
    }
    QTemporaryDir dir;
    const QByteArray utf8 = membersCsv(rows);
    const QByteArray gb = QStringEncoder("GB18030").encode(QString::fromUtf8(utf8));
    const QString utf8Path = dir.filePath(QStringLiteral("members-utf8.csv"));
    const QString gbPath = dir.filePath(QStringLiteral("members-gb18030.csv"));
    if (!writeFile(utf8Path, utf8) || !writeFile(gbPath, gb)) {
        std::fprintf(stderr, "cannot write the test files\n");
        return 1;
    }
    std::printf("%lld rows: UTF-8 %.1f MB, GB18030 %.1f MB\n", static_cast<long long>(rows),
                double(utf8.size()) / 1e6, double(gb.size()) / 1e6);
    run("UTF-8", utf8Path, utf8.size(), false);
    run("UTF-8", utf8Path, utf8.size(), true);
    run("GB18030", gbPath, gb.size(), false);
    run("GB18030", gbPath, gb.size(), true);
    return 0;
}
