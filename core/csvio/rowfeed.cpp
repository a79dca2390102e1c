#include "core/csvio/rowfeed.h"

#include "core/csvio/rowsink.h"

namespace core::csvio {

namespace {

constexpr std::size_t batchRows = 512;
constexpr std::size_t batchesAhead = 16;

} // namespace

RowFeed::RowFeed(csv::CsvReader &reader, const csv::ColumnMap &map, const TwoStepSink &sink)
    : m_reader(reader)
    , m_map(map)
    , m_sink(sink)
{
    m_thread = std::thread([this] { run(); });
}

RowFeed::~RowFeed()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

bool RowFeed::push(std::vector<FedRow> batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || m_batches.size() < batchesAhead; });
    if (m_stop)
        return false;
    m_batches.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void RowFeed::freeSpent()
{
    std::vector<std::vector<FedRow>> spent;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        spent.swap(m_spent);
    }
}

void RowFeed::run()
{
    std::vector<FedRow> batch;
    batch.reserve(batchRows);
    csv::CsvRecord record;
    std::optional<Error> fatal;
    for (;;) {
        auto more = m_reader.readRecord(record);
        m_bytesRead.store(m_reader.bytesRead(), std::memory_order_relaxed);
        FedRow row;
        if (!more) {
            if (m_reader.errorLine() == 0) { // not a record's fault: the device's
                fatal = more.error();
                break;
            }
            row.line = m_reader.errorLine();
            row.malformed = true;
            row.error = more.error();
        } else if (!*more) {
            break;
        } else {
            const QStringList cells = record.fields();
            const ImportRow importRow { cells, m_map, record.line(), m_map.classify(cells) };
            row.line = record.line();
            auto prepared = m_sink.prepare(importRow);
            if (prepared)
                row.prepared = std::move(*prepared);
            else
                row.error = prepared.error();
        }
        batch.push_back(std::move(row));
        if (batch.size() == batchRows) {
            if (!push(std::move(batch)))
                return;
            freeSpent();
            batch = std::vector<FedRow>();
            batch.reserve(batchRows);
        }
    }
    if (!batch.empty() && !push(std::move(batch)))
        return;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_fatal = fatal;
        m_done = true;
    }
    m_changed.notify_all();
}

Status RowFeed::next(std::vector<FedRow> &batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (!batch.empty() && !m_done)
        m_spent.push_back(std::move(batch));
    batch.clear();
    m_changed.wait(lock, [this] { return !m_batches.empty() || m_done; });
    if (m_batches.empty())
        return m_fatal ? Status(*m_fatal) : Status();
    batch = std::move(m_batches.front());
    m_batches.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return {};
}

} // namespace core::csvio
