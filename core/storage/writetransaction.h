#pragma once

#include "core/common/result.h"

namespace core::storage {

class Database;

// A write transaction started with BEGIN IMMEDIATE, so two writers that both read then change
// money queue on the busy timeout instead of failing at the upgrade from read to write.
// Nested use joins the outer transaction: only the outermost commits, and an inner one that
// is not committed makes the outer commit fail (nothing half-written).
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool ok() const { return m_begin.ok(); }
    const Error &error() const { return m_begin.error(); }
    Status commit();
    void rollback();

private:
    Database &m_db;
    Status m_begin;
    bool m_outermost = false;
    bool m_finished = false;
};

} // namespace core::storage
