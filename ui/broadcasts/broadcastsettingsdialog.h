#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace ui {
struct Session;
}

namespace ui::broadcasts {

// The owner's broadcast settings: quiet hours (messages wait until they end, in each person's
// home branch's timezone), whether branch managers may broadcast to their branch, and the
// webhook address deliveries are posted to.
class BroadcastSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit BroadcastSettingsDialog(Session &session, QWidget *parent = nullptr);

    void accept() override;

private:
    Session &m_session;
    QTimeEdit *m_quietStart;
    QTimeEdit *m_quietEnd;
    QCheckBox *m_managers;
    QLineEdit *m_webhook;
    QLabel *m_error;
};

} // namespace ui::broadcasts
