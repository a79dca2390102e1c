#pragma once

#include "core/common/error.h"
#include "core/people/person.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ui::members {

// The Profile tab of a member's page: name, gender, birthday, e-mail, tags, notes and consent
// per channel with how it was given, with Save and Revert. The form only edits; the page
// saves through core::people::PersonService::saveProfile and hands refusals back to
// showError(), which shows them under the form and marks the field at fault.
class MemberProfileForm final : public QWidget
{
    Q_OBJECT
public:
    explicit MemberProfileForm(QWidget *parent = nullptr);

    void setPerson(const core::people::Person &person,
                   const QVector<core::people::Consent> &consents);
    // Profile fields greyed out (a cashier may record consent, not edit profiles).
    void setProfileEditable(bool editable);

    core::people::Person person() const;
    // The consent boxes as they stand, with the chosen source.
    QVector<core::people::Consent> consents() const;
    bool isModified() const;

    void showError(const core::Error &error);
    void revert();

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QCheckBox *consentBox(core::people::Channel channel) const { return m_consent.value(channel); }
    QComboBox *sourceBox() const { return m_source; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QLabel *errorLabel() const { return m_error; }

signals:
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *fieldFor(const QString &errorField) const;
    void clearError();
    void updateButtons();
    void retranslate();

    core::people::Person m_person;
    QVector<core::people::Consent> m_consents;
    QLineEdit *m_name;
    QComboBox *m_gender;
    QDateEdit *m_birthday;
    QLineEdit *m_email;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
    QMap<core::people::Channel, QCheckBox *> m_consent;
    QComboBox *m_source;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_revert;
    QVector<QLabel *> m_labels; // of the form's rows, top down
    QLabel *m_consentNote;
};

} // namespace ui::members
