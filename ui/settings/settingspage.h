#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {
struct Session;
}

namespace ui::settings {

// The chain's settings, for the owner only (the core refuses anyone else): name, currency,
// phone region and time zone, saved together or reverted; and the app's language, which
// applies at once and is kept, as the Language menu does. The core's refusals are shown on
// the page with the focus on the field they name.
class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Session &session, QWidget *parent = nullptr);

    // The buttons' commands (public for tests). save() returns whether the core accepted.
    bool save();
    void revert();

signals:
    // Saved, and the session's settings are the new ones.
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseLanguage(int index);

    Session &m_session;
    QLabel *m_heading;
    QLabel *m_nameLabel;
    QLabel *m_currencyLabel;
    QLabel *m_regionLabel;
    QLabel *m_zoneLabel;
    QLabel *m_languageLabel;
    QLabel *m_reviewDaysLabel;
    QLineEdit *m_name;
    QLineEdit *m_currency;
    QLineEdit *m_region;
    QComboBox *m_zone;
    QSpinBox *m_reviewDays;
    QComboBox *m_language;
    QLabel *m_note;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace ui::settings
