#pragma once

#include "core/common/result.h"
#include "core/csv/columnmap.h"
#include "core/csv/csvreader.h"

#include <QList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace core::csvio {

class TwoStepSink;
struct PreparedRow;

// One row as the reading thread left it: prepared, or refused with the error that says why.
struct FedRow
{
    qint64 line = 0;
    bool malformed = false; // the record itself could not be read (the error names no field)
    std::optional<Error> error;
    std::unique_ptr<PreparedRow> prepared;
};

// Reads a file's records and prepares each row on a second thread, ahead of the importing
// thread that writes them: the parsing and checking of one row overlaps the writing of the
// rows before it. Rows come out in file order, a bounded number of batches ahead (memory stays
// flat however long the file). The reader and the device belong to the feed's thread until
// the feed is destroyed; destroying it early stops the thread.
class RowFeed
{
public:
    RowFeed(csv::CsvReader &reader, const csv::ColumnMap &map, const TwoStepSink &sink);
    ~RowFeed();
    RowFeed(const RowFeed &) = delete;
    RowFeed &operator=(const RowFeed &) = delete;

    // The next batch in file order into `batch`; empty at the end of the file. An error that
    // ends the import (the device failed) comes after the rows read before it.
    Status next(std::vector<FedRow> &batch);
    qint64 bytesRead() const { return m_bytesRead.load(std::memory_order_relaxed); }

private:
    void run();
    bool push(std::vector<FedRow> batch);
    void freeSpent();

    csv::CsvReader &m_reader;
    const csv::ColumnMap &m_map;
    const TwoStepSink &m_sink;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<FedRow>> m_batches;
    // Batches the importing thread is done with, freed by the reading thread that allocated
    // them: a block freed by another thread than its own waits on the allocator's lock, and
    // that wait cost a quarter of the time a member row took.
    std::vector<std::vector<FedRow>> m_spent;
    std::optional<Error> m_fatal;
    bool m_done = false;
    bool m_stop = false;
    std::atomic<qint64> m_bytesRead { 0 };
    std::thread m_thread;
};

} // namespace core::csvio
