#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace core::storage {

class Database;

// Connection settings for a bulk load (demo data, imports), put back on every way out. Made
// before the load's transaction begins: some pragmas cannot change inside one.
// - a larger page cache, so the indexes' working set stays in memory;
// - a rollback journal instead of the WAL when no other connection has the file open: each
//   page is written once, where the WAL writes it twice (to the log, then to the file at the
//   checkpoint). A crash still rolls the whole load back. With another connection open (the
//   app reading while a worker imports) the WAL stays;
// - worker threads for the sorts that build indexes;
// - temporary tables in memory and reads through a memory map, when asked;
// - for rows the caller writes itself and has made consistent by construction (`trusted`):
//   foreign keys and CHECK constraints are not evaluated row by row (SQLite re-runs a constant
//   IN list as a small temporary table per row, which doubled the cost of a ledger row).
//   PRAGMA integrity_check and foreign_key_check (the `check` command) verify the result.
class BulkSession
{
public:
    struct Options
    {
        int cacheKiB = 128 * 1024;
        bool trusted = false;
        // The page cache while dropped indexes are built again. SQLite's sorter cuts the keys
        // into runs of this size, sorts each on a second thread (PRAGMA threads) while the
        // table is still being read, then merges them: small runs keep the sort in the
        // processor's cache and the two cores busy. Measured on a 2-core machine: the six
        // indexes a million-member import drops took 3.2 s with 128 MiB, 2.8 s with 4 MiB; the
        // visits index of a two-million-visit import 1.4 to 1.9 s with 32 MiB, 1.1 s with 4 MiB,
        // and the peak memory fell by what the cache no longer holds.
        int sortCacheKiB = 4 * 1024;
        // Keep the journal as it is (the WAL): for work the app does while other connections
        // read, where switching would be refused anyway, and timings should say so.
        bool keepJournal = false;
        // Temporary tables in memory. Changing temp_store drops the connection's temporary
        // tables, so the session is made before they are and ends after they are dropped.
        bool tempInMemory = false;
        // Read the file through a memory map of up to this many bytes (0: as it is): fewer
        // system calls for work that reads most of a large file once.
        qint64 mmapBytes = 0;
    };

    BulkSession(Database &db, Options options);
    ~BulkSession();
    BulkSession(const BulkSession &) = delete;
    BulkSession &operator=(const BulkSession &) = delete;


    // Indexes whose keys arrive in random order are cheaper built once at the end (a sort,
    // then appends) than searched and updated for every row. Both run inside the caller's
    // transaction, so a rollback brings the dropped indexes back. The rebuild runs with
    // Options::sortCacheKiB of page cache. `afterEach` reports progress between rebuilds and
    // may stop them with an error.
    Status dropIndexes(const QStringList &names);
    Status rebuildIndexes(const std::function<Status(int done, int total)> &afterEach = {});

private:
    Status pragma(const QString &sql);
    void setCacheKiB(int kib);

    Database &m_db;
    qint64 m_cache = 0;
    int m_threads = 0;
    bool m_foreignKeys = true;
    bool m_trusted = false;
    int m_sortCacheKiB = 0;
    bool m_active = false;
    bool m_leftWal = false;
    int m_tempStore = -1; // to put back; -1: left alone
    qint64 m_mmap = -1;   // to put back; -1: left alone
    QStringList m_dropped; // the CREATE INDEX statements of the indexes dropped
};

} // namespace core::storage
