#pragma once

#include "core/common/result.h"

#include <QString>

class QWidget;

namespace app {

// Creates a demo chain at `path` when there is no database there yet, generating the demo
// data on a worker thread behind a progress dialog.
core::Status createDemoChain(const QString &path, QWidget *parent);

} // namespace app
