#pragma once

#include <QStringList>

#include <vector>

namespace core::storage {

// One schema step. Steps are cumulative: version N is reached by applying 1..N in order, each
// in its own transaction together with `PRAGMA user_version = N`.
struct Migration
{
    int version;
    QStringList statements;
};

const std::vector<Migration> &migrations();
int latestSchemaVersion();

} // namespace core::storage
