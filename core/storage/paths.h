#pragma once

#include <QString>

namespace core::storage {

// Where the desktop app keeps its chain when none is chosen, and the CLI looks by default:
// the per-user application data folder (needs the application name set first).
QString defaultDatabasePath();

} // namespace core::storage
