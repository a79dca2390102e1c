#include "ui/importer/kindfilepage.h"

#include "ui/importer/importwizard.h"
#include "ui/importer/kindnames.h"
#include "ui/shell/formhelpers.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ui::importer {

KindFilePage::KindFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_fileLabel(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_encodingLabel(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_delimiterLabel(new QLabel(this))
    , m_delimiter(new QComboBox(this))
    , m_error(ui::errorLabel(this))
{
    for (const core::csv::Kind kind : core::csv::allKinds())
        m_kind->addItem(QString(), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(core::csv::Kind::Members)));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("browse"));
    using core::csv::Encoding;
    for (const Encoding e : { Encoding::Auto, Encoding::Utf8, Encoding::Gb18030, Encoding::Utf16 })
        m_encoding->addItem(QString(), int(e));
    m_encoding->setObjectName(QStringLiteral("encoding"));
    for (const char16_t d : { char16_t(0), u',', u';', u'\t' })
        m_delimiter->addItem(QString(), int(d));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));

    m_kindLabel->setBuddy(m_kind);
    m_fileLabel->setBuddy(m_file);
    m_encodingLabel->setBuddy(m_encoding);
    m_delimiterLabel->setBuddy(m_delimiter);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *grid = new QGridLayout;
    grid->addWidget(m_kindLabel, 0, 0);
    grid->addWidget(m_kind, 0, 1);
    grid->addWidget(m_fileLabel, 1, 0);
    grid->addLayout(fileRow, 1, 1);
    grid->addWidget(m_encodingLabel, 2, 0);
    grid->addWidget(m_encoding, 2, 1);
    grid->addWidget(m_delimiterLabel, 3, 0);
    grid->addWidget(m_delimiter, 3, 1);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &KindFilePage::browse);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        emit completeChanged();
    });
    for (QComboBox *box : { m_kind, m_encoding, m_delimiter })
        connect(box, &QComboBox::currentIndexChanged, m_error, &QWidget::hide);
    retranslate();
}

core::csv::Kind KindFilePage::kind() const
{
    return core::csv::Kind(m_kind->currentData().toInt());
}

QString KindFilePage::filePath() const
{
    return m_file->text().trimmed();
}

core::csv::CsvOptions KindFilePage::csvOptions() const
{
    core::csv::CsvOptions options;
    options.encoding = core::csv::Encoding(m_encoding->currentData().toInt());
    options.delimiter = char16_t(m_delimiter->currentData().toInt());
    return options;
}

void KindFilePage::setKind(core::csv::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void KindFilePage::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

bool KindFilePage::isComplete() const
{
    return !filePath().isEmpty();
}

bool KindFilePage::validatePage()
{
    const QFileInfo info(QDir::fromNativeSeparators(filePath()));
    QString problem;
    if (!info.exists()) {
        problem = tr("There is no file %1.").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    } else if (!info.isFile()) {
        problem = tr("%1 is a folder; choose a CSV file.").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    } else {
        auto preview = m_wizard->readPreview();
        if (preview)
            m_wizard->setFirstPreview(*preview);
        else
            problem = preview.error().message();
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void KindFilePage::browse()
{
    QString folder = QFileInfo(QDir::fromNativeSeparators(filePath())).absolutePath();
    if (filePath().isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Choose the CSV file to import"), folder,
        tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (!chosen.isEmpty())
        setFilePath(chosen);
}

void KindFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void KindFilePage::retranslate()
{
    setTitle(tr("Choose what to import"));
    setSubTitle(tr("The kind of record the file holds, and the file. Encoding and delimiter are "
                   "detected; choose them only when the preview looks wrong."));
    m_kindLabel->setText(tr("&Records:"));
    m_fileLabel->setText(tr("&File:"));
    m_file->setPlaceholderText(tr("A CSV file, such as an export of your previous system"));
    m_browse->setText(tr("&Browse…"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_delimiterLabel->setText(tr("&Delimiter:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kindDisplayName(core::csv::Kind(m_kind->itemData(i).toInt())));
    const QStringList encodings = { tr("Detect"), tr("UTF-8"), tr("GB18030 / GBK (Chinese Excel)"),
                                    tr("UTF-16 (Excel “Unicode text”)") };
    for (int i = 0; i < encodings.size(); ++i)
        m_encoding->setItemText(i, encodings[i]);
    const QStringList delimiters = { tr("Detect"), tr("Comma ( , )"), tr("Semicolon ( ; )"), tr("Tab") };
    for (int i = 0; i < delimiters.size(); ++i)
        m_delimiter->setItemText(i, delimiters[i]);
}

} // namespace ui::importer
