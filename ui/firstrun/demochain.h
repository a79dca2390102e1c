#pragma once

#include "core/common/result.h"
#include "core/demo/demogenerator.h"

#include <QString>

class QWidget;

namespace ui::firstrun {

// The chain a first start shows: big enough for every page to have something to say, small
// enough to appear in a few seconds.
core::demo::DemoOptions defaultDemo();

// Creates a demo chain at `path` (there is no database there yet) and generates its data on a
// worker thread with its own connection, behind a progress dialog that can cancel. Fails only
// when the chain itself cannot be created; a demo that fails or is cancelled leaves an empty
// chain, with a warning.
core::Status createDemoChain(const QString &path, QWidget *parent,
                             const core::demo::DemoOptions &options = defaultDemo());

} // namespace ui::firstrun
