#pragma once

#include <functional>

namespace core::storage {
class Database;
}

namespace core::people {

// While alive, a statement running on the connection stops (SQLITE_INTERRUPT) soon after
// `cancelled` returns true, which SQLite asks every few thousand steps: a count or a page of
// a rare filter over a million people can take seconds, and one superseded by the next
// keystroke should not keep a core busy. Needs the sqlite3 C API (CHAINCARD_SQLITE_C_API);
// without it statements run to their end.
class QueryCancel
{
public:
    QueryCancel(storage::Database &db, std::function<bool()> cancelled);
    ~QueryCancel();
    QueryCancel(const QueryCancel &) = delete;
    QueryCancel &operator=(const QueryCancel &) = delete;

    // Whether the statement that just failed was stopped by this guard.
    bool stopped() const { return m_stopped; }

private:
    static int check(void *self);

    void *m_handle = nullptr; // sqlite3*
    std::function<bool()> m_cancelled;
    bool m_stopped = false;
};

} // namespace core::people
