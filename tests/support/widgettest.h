#pragma once

// Helpers for the widget tests (tests/ui): header-only, since the test support library links
// no widgets.

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QObject>
#include <QTest>
#include <QTimer>

#include <functional>

namespace testsupport {

// The child of `parent` named `name`; fails the whole program when there is none.
template<typename T>
T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}

// Types `text` into the line edit named `field`, replacing what it held.
inline void setText(QWidget *parent, const char *field, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// The texts of a list's rows (the window's navigation: its pages' titles, in order).
inline QStringList itemTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

// Runs `answer` on the next modal dialog of type T (the code under test runs its dialogs with
// exec()): a timer polls for it, since a wait inside the timer would sit below the dialog's
// event loop.
template<typename T>
void whenModal(std::function<void(T *)> answer)
{
    auto *poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        if (auto *modal = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            answer(modal);
        }
    });
    poll->start(20);
}

} // namespace testsupport
