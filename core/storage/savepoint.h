#pragma once

#include "core/common/result.h"

#include <QString>

namespace core::storage {

class Database;

// A SAVEPOINT inside the caller's write transaction: work that may fail part-way (one row of an
// import going through a service) is undone on its own while the transaction goes on. Rolling
// back also forgets a failure that a nested WriteTransaction reported inside it, so the outer
// commit is not refused for a step that was undone. Destroyed unreleased, it rolls back.
class Savepoint
{
public:
    Savepoint(Database &db, const QString &name = QStringLiteral("step"));
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    bool ok() const { return m_begin.ok(); }
    const Error &error() const { return m_begin.error(); }
    Status release();
    Status rollback();

private:
    Database &m_db;
    QString m_name;
    Status m_begin;
    bool m_failedBefore = false;
    bool m_finished = false;
};

} // namespace core::storage
