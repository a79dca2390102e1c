#pragma once

#include "core/common/result.h"
#include "core/demo/demogenerator.h"

#include <QString>

class QWidget;

namespace ui::firstrun {

// The chain a first start shows: big enough for every page to have something to say, small
// enough to appear in a few seconds.
core::demo::DemoOptions defaultDemo();

// Fills the new, empty chain at `path` with demo data, generated on a worker thread with its own
// connection behind a progress dialog that can cancel (cancelling writes nothing and leaves the
// chain empty).
core::Status generateDemoData(const QString &path, QWidget *parent,
                              const core::demo::DemoOptions &options = defaultDemo());

} // namespace ui::firstrun
