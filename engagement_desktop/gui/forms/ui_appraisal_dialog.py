# Generated from forms/appraisal_dialog.ui (sha256 021d939255f497f1c9549c9bae7367f44f653323603bc17ddc5a9e8332a84c62) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appraisal_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from engagement_desktop.gui.training.person_picker import PersonPicker

class Ui_AppraisalDialog(object):
    def setupUi(self, AppraisalDialog):
        if not AppraisalDialog.objectName():
            AppraisalDialog.setObjectName(u"AppraisalDialog")
        AppraisalDialog.resize(600, 620)
        self.dialogLayout = QVBoxLayout(AppraisalDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.personLabel = QLabel(AppraisalDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = PersonPicker(AppraisalDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.personError = QLabel(AppraisalDialog)
        self.personError.setObjectName(u"personError")
        self.personError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personError)

        self.groupLabel = QLabel(AppraisalDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(AppraisalDialog)
        self.groupCombo.setObjectName(u"groupCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.groupError = QLabel(AppraisalDialog)
        self.groupError.setObjectName(u"groupError")
        self.groupError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.groupError)

        self.heldLabel = QLabel(AppraisalDialog)
        self.heldLabel.setObjectName(u"heldLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldEdit = QLineEdit(AppraisalDialog)
        self.heldEdit.setObjectName(u"heldEdit")
        self.heldEdit.setMaximumSize(QSize(140, 16777215))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.heldEdit)

        self.heldError = QLabel(AppraisalDialog)
        self.heldError.setObjectName(u"heldError")
        self.heldError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.heldError)

        self.appraiserLabel = QLabel(AppraisalDialog)
        self.appraiserLabel.setObjectName(u"appraiserLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.appraiserLabel)

        self.appraiserEdit = QLineEdit(AppraisalDialog)
        self.appraiserEdit.setObjectName(u"appraiserEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.appraiserEdit)

        self.appraiserError = QLabel(AppraisalDialog)
        self.appraiserError.setObjectName(u"appraiserError")
        self.appraiserError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.appraiserError)

        self.skillsLabel = QLabel(AppraisalDialog)
        self.skillsLabel.setObjectName(u"skillsLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.skillsLabel)

        self.skillsEdit = QPlainTextEdit(AppraisalDialog)
        self.skillsEdit.setObjectName(u"skillsEdit")
        self.skillsEdit.setMinimumSize(QSize(0, 60))
        self.skillsEdit.setMaximumSize(QSize(16777215, 120))
        self.skillsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.skillsEdit)

        self.needsLabel = QLabel(AppraisalDialog)
        self.needsLabel.setObjectName(u"needsLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.needsLabel)

        self.needsEdit = QPlainTextEdit(AppraisalDialog)
        self.needsEdit.setObjectName(u"needsEdit")
        self.needsEdit.setMinimumSize(QSize(0, 70))
        self.needsEdit.setMaximumSize(QSize(16777215, 140))
        self.needsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.needsEdit)

        self.foundValue = QLabel(AppraisalDialog)
        self.foundValue.setObjectName(u"foundValue")
        self.foundValue.setWordWrap(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.foundValue)

        self.nextDueLabel = QLabel(AppraisalDialog)
        self.nextDueLabel.setObjectName(u"nextDueLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.nextDueLabel)

        self.nextDueEdit = QLineEdit(AppraisalDialog)
        self.nextDueEdit.setObjectName(u"nextDueEdit")
        self.nextDueEdit.setMaximumSize(QSize(140, 16777215))

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.nextDueEdit)

        self.nextDueError = QLabel(AppraisalDialog)
        self.nextDueError.setObjectName(u"nextDueError")
        self.nextDueError.setWordWrap(True)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.nextDueError)

        self.notesLabel = QLabel(AppraisalDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(AppraisalDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 40))
        self.notesEdit.setMaximumSize(QSize(16777215, 80))
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.formError = QLabel(AppraisalDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(AppraisalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personEdit)
        self.groupLabel.setBuddy(self.groupCombo)
        self.heldLabel.setBuddy(self.heldEdit)
        self.appraiserLabel.setBuddy(self.appraiserEdit)
        self.skillsLabel.setBuddy(self.skillsEdit)
        self.needsLabel.setBuddy(self.needsEdit)
        self.nextDueLabel.setBuddy(self.nextDueEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personEdit, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.heldEdit)
        QWidget.setTabOrder(self.heldEdit, self.appraiserEdit)
        QWidget.setTabOrder(self.appraiserEdit, self.skillsEdit)
        QWidget.setTabOrder(self.skillsEdit, self.needsEdit)
        QWidget.setTabOrder(self.needsEdit, self.nextDueEdit)
        QWidget.setTabOrder(self.nextDueEdit, self.notesEdit)

        self.retranslateUi(AppraisalDialog)

        QMetaObject.connectSlotsByName(AppraisalDialog)
    # setupUi

    def retranslateUi(self, AppraisalDialog):
        AppraisalDialog.setWindowTitle(QCoreApplication.translate("AppraisalDialog", u"Appraisal", None))
        self.personLabel.setText(QCoreApplication.translate("AppraisalDialog", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("AppraisalDialog", u"Person appraised", None))
#endif // QT_CONFIG(accessibility)
        self.personError.setText("")
        self.groupLabel.setText(QCoreApplication.translate("AppraisalDialog", u"&Group:", None))
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(QCoreApplication.translate("AppraisalDialog", u"Group the appraisal is for", None))
#endif // QT_CONFIG(accessibility)
        self.groupError.setText("")
        self.heldLabel.setText(QCoreApplication.translate("AppraisalDialog", u"&Held on:", None))
#if QT_CONFIG(accessibility)
        self.heldEdit.setAccessibleName(QCoreApplication.translate("AppraisalDialog", u"Held on", None))
#endif // QT_CONFIG(accessibility)
        self.heldEdit.setPlaceholderText(QCoreApplication.translate("AppraisalDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(tooltip)
        self.heldEdit.setToolTip(QCoreApplication.translate("AppraisalDialog", u"A date such as 03/11/2026", None))
#endif // QT_CONFIG(tooltip)
        self.heldError.setText("")
        self.appraiserLabel.setText(QCoreApplication.translate("AppraisalDialog", u"&By:", None))
#if QT_CONFIG(accessibility)
        self.appraiserEdit.setAccessibleName(QCoreApplication.translate("AppraisalDialog", u"Appraised by", None))
#endif // QT_CONFIG(accessibility)
        self.appraiserEdit.setPlaceholderText(QCoreApplication.translate("AppraisalDialog", u"Who held it", None))
        self.appraiserError.setText("")
        self.skillsLabel.setText(QCoreApplication.translate("AppraisalDialog", u"S&kills:", None))
#if QT_CONFIG(accessibility)
        self.skillsEdit.setAccessibleName(QCoreApplication.translate("AppraisalDialog", u"Skills shown", None))
#endif // QT_CONFIG(accessibility)
        self.needsLabel.setText(QCoreApplication.translate("AppraisalDialog", u"&Needs found:", None))
#if QT_CONFIG(accessibility)
        self.needsEdit.setAccessibleName(QCoreApplication.translate("AppraisalDialog", u"Training needs found, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.needsEdit.setPlaceholderText(QCoreApplication.translate("AppraisalDialog", u"One per line; each becomes a training need", None))
        self.foundValue.setText("")
#if QT_CONFIG(accessibility)
        self.foundValue.setAccessibleName(QCoreApplication.translate("AppraisalDialog", u"Needs already recorded", None))
#endif // QT_CONFIG(accessibility)
        self.nextDueLabel.setText(QCoreApplication.translate("AppraisalDialog", u"Ne&xt due:", None))
#if QT_CONFIG(accessibility)
        self.nextDueEdit.setAccessibleName(QCoreApplication.translate("AppraisalDialog", u"Next appraisal due", None))
#endif // QT_CONFIG(accessibility)
        self.nextDueEdit.setPlaceholderText(QCoreApplication.translate("AppraisalDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(tooltip)
        self.nextDueEdit.setToolTip(QCoreApplication.translate("AppraisalDialog", u"A date such as 03/11/2026", None))
#endif // QT_CONFIG(tooltip)
        self.nextDueError.setText("")
        self.notesLabel.setText(QCoreApplication.translate("AppraisalDialog", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("AppraisalDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.formError.setText("")
    # retranslateUi

