# Generated from forms/letter_template_dialog.ui (sha256 36ca346c786d58c48177e257427000c0d385c9607722fbe09a82a136ef63cf4a) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_template_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_LetterTemplateDialog(object):
    def setupUi(self, LetterTemplateDialog):
        if not LetterTemplateDialog.objectName():
            LetterTemplateDialog.setObjectName(u"LetterTemplateDialog")
        LetterTemplateDialog.resize(900, 600)
        self.dialogLayout = QVBoxLayout(LetterTemplateDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formError = QLabel(LetterTemplateDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.listColumn = QVBoxLayout()
        self.listColumn.setObjectName(u"listColumn")
        self.templatesLabel = QLabel(LetterTemplateDialog)
        self.templatesLabel.setObjectName(u"templatesLabel")

        self.listColumn.addWidget(self.templatesLabel)

        self.templateList = QListWidget(LetterTemplateDialog)
        self.templateList.setObjectName(u"templateList")
        self.templateList.setMaximumSize(QSize(200, 16777215))

        self.listColumn.addWidget(self.templateList)

        self.newButton = QPushButton(LetterTemplateDialog)
        self.newButton.setObjectName(u"newButton")

        self.listColumn.addWidget(self.newButton)

        self.importButton = QPushButton(LetterTemplateDialog)
        self.importButton.setObjectName(u"importButton")

        self.listColumn.addWidget(self.importButton)

        self.restoreButton = QPushButton(LetterTemplateDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.listColumn.addWidget(self.restoreButton)


        self.columns.addLayout(self.listColumn)

        self.templateForm = QFormLayout()
        self.templateForm.setObjectName(u"templateForm")
        self.templateForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(LetterTemplateDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.templateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(LetterTemplateDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.templateForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.purposeLabel = QLabel(LetterTemplateDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.templateForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeCombo = QComboBox(LetterTemplateDialog)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.templateForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purposeCombo)

        self.subjectLabel = QLabel(LetterTemplateDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.templateForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(LetterTemplateDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setMaxLength(200)

        self.templateForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.bodyLabel = QLabel(LetterTemplateDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.templateForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(LetterTemplateDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.templateForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bodyEdit)


        self.columns.addLayout(self.templateForm)

        self.fieldsColumn = QVBoxLayout()
        self.fieldsColumn.setObjectName(u"fieldsColumn")
        self.fieldsLabel = QLabel(LetterTemplateDialog)
        self.fieldsLabel.setObjectName(u"fieldsLabel")

        self.fieldsColumn.addWidget(self.fieldsLabel)

        self.fieldsList = QListWidget(LetterTemplateDialog)
        self.fieldsList.setObjectName(u"fieldsList")
        self.fieldsList.setMaximumSize(QSize(200, 16777215))

        self.fieldsColumn.addWidget(self.fieldsList)


        self.columns.addLayout(self.fieldsColumn)

        self.columns.setStretch(1, 1)

        self.dialogLayout.addLayout(self.columns)

        self.buttonBox = QDialogButtonBox(LetterTemplateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.templatesLabel.setBuddy(self.templateList)
        self.nameLabel.setBuddy(self.nameEdit)
        self.purposeLabel.setBuddy(self.purposeCombo)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.fieldsLabel.setBuddy(self.fieldsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateList, self.newButton)
        QWidget.setTabOrder(self.newButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.purposeCombo)
        QWidget.setTabOrder(self.purposeCombo, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.fieldsList)

        self.retranslateUi(LetterTemplateDialog)

        QMetaObject.connectSlotsByName(LetterTemplateDialog)
    # setupUi

    def retranslateUi(self, LetterTemplateDialog):
        LetterTemplateDialog.setWindowTitle(QCoreApplication.translate("LetterTemplateDialog", u"Letter templates", None))
        self.formError.setText("")
        self.templatesLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"T&emplates:", None))
#if QT_CONFIG(accessibility)
        self.templateList.setAccessibleName(QCoreApplication.translate("LetterTemplateDialog", u"Letter templates", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("LetterTemplateDialog", u"&New template", None))
        self.importButton.setText(QCoreApplication.translate("LetterTemplateDialog", u"&Read from a file\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("LetterTemplateDialog", u"Take the letter's text from a Word .docx or a .txt file", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("LetterTemplateDialog", u"Restore the &original", None))
        self.nameLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("LetterTemplateDialog", u"Template name", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.purposeCombo.setAccessibleName(QCoreApplication.translate("LetterTemplateDialog", u"Kind of letter", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"&Subject:", None))
#if QT_CONFIG(accessibility)
        self.subjectEdit.setAccessibleName(QCoreApplication.translate("LetterTemplateDialog", u"Subject line of the letter", None))
#endif // QT_CONFIG(accessibility)
        self.bodyLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"&Text:", None))
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("LetterTemplateDialog", u"Text of the letter with merge fields", None))
#endif // QT_CONFIG(accessibility)
        self.fieldsLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"Merge &fields (Enter inserts):", None))
#if QT_CONFIG(accessibility)
        self.fieldsList.setAccessibleName(QCoreApplication.translate("LetterTemplateDialog", u"Merge fields: press Enter to insert one", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

