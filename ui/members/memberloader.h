#pragma once

#include "core/auth/actor.h"
#include "core/people/memberfilter.h"
#include "core/people/memberpage.h"
#include "ui/shell/workerthreads.h"

#include <QObject>

namespace ui::members {

// Reads member pages and counts on worker threads, each with its own connection to the chain
// (a filtered page or a count over a million people can take longer than a frame). A new
// request supersedes the one of its kind still running, whose answer is then dropped; pages
// and counts run apart, so a slow count never holds up the next page.
class MemberLoader final : public QObject
{
    Q_OBJECT
public:
    MemberLoader(QString databasePath, core::auth::Actor actor, QString region,
                 QObject *parent = nullptr);

    void loadPage(const core::people::MemberFilter &filter, const core::people::MemberCursor &after,
                  int limit);
    void loadCount(const core::people::MemberFilter &filter);
    // The list's row of one person (within the actor's scope, whatever the filter), as it is
    // now: personLoaded(), or nothing when the person is out of reach.
    void loadPerson(qint64 personId);
    // Drops whatever is still on its way.
    void cancel();

signals:
    void pageLoaded(const core::people::MemberPage &page);
    void countLoaded(const core::people::MemberCount &count);
    void personLoaded(const core::people::MemberRow &row);
    void pageFailed(const QString &message);
    void countFailed(const QString &message);

private:
    QString m_path;
    core::auth::Actor m_actor;
    QString m_region;
    WorkerThreads m_pages { this };  // last: their destructors wait for the workers
    WorkerThreads m_counts { this };
    WorkerThreads m_people { this };
};

} // namespace ui::members
