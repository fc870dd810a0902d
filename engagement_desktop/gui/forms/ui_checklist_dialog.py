# Generated from forms/checklist_dialog.ui (sha256 f07746cba24888b2cd094c5af39eb20db8dca213a4bd6dcce058f2ede88b32b5) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ChecklistDialog(object):
    def setupUi(self, ChecklistDialog):
        if not ChecklistDialog.objectName():
            ChecklistDialog.setObjectName(u"ChecklistDialog")
        ChecklistDialog.resize(560, 400)
        self.dialogLayout = QVBoxLayout(ChecklistDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(ChecklistDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ChecklistDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(ChecklistDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.kindLabel = QLabel(ChecklistDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindEdit = QComboBox(ChecklistDialog)
        self.kindEdit.setObjectName(u"kindEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindEdit)

        self.kindError = QLabel(ChecklistDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.scaleLabel = QLabel(ChecklistDialog)
        self.scaleLabel.setObjectName(u"scaleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scaleLabel)

        self.scaleEdit = QSpinBox(ChecklistDialog)
        self.scaleEdit.setObjectName(u"scaleEdit")
        self.scaleEdit.setMinimum(1)
        self.scaleEdit.setMaximum(10)
        self.scaleEdit.setValue(5)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scaleEdit)

        self.scaleError = QLabel(ChecklistDialog)
        self.scaleError.setObjectName(u"scaleError")
        self.scaleError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.scaleError)

        self.questionsLabel = QLabel(ChecklistDialog)
        self.questionsLabel.setObjectName(u"questionsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.questionsLabel)

        self.questionsEdit = QPlainTextEdit(ChecklistDialog)
        self.questionsEdit.setObjectName(u"questionsEdit")
        self.questionsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.questionsEdit)

        self.questionsError = QLabel(ChecklistDialog)
        self.questionsError.setObjectName(u"questionsError")
        self.questionsError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.questionsError)


        self.dialogLayout.addLayout(self.formLayout)

        self.formError = QLabel(ChecklistDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ChecklistDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindEdit)
        self.scaleLabel.setBuddy(self.scaleEdit)
        self.questionsLabel.setBuddy(self.questionsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindEdit)
        QWidget.setTabOrder(self.kindEdit, self.scaleEdit)
        QWidget.setTabOrder(self.scaleEdit, self.questionsEdit)

        self.retranslateUi(ChecklistDialog)

        QMetaObject.connectSlotsByName(ChecklistDialog)
    # setupUi

    def retranslateUi(self, ChecklistDialog):
        ChecklistDialog.setWindowTitle(QCoreApplication.translate("ChecklistDialog", u"New checklist", None))
        self.nameLabel.setText(QCoreApplication.translate("ChecklistDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ChecklistDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameError.setText("")
        self.kindLabel.setText(QCoreApplication.translate("ChecklistDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindEdit.setAccessibleName(QCoreApplication.translate("ChecklistDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.kindError.setText("")
        self.scaleLabel.setText(QCoreApplication.translate("ChecklistDialog", u"&Top score:", None))
#if QT_CONFIG(accessibility)
        self.scaleEdit.setAccessibleName(QCoreApplication.translate("ChecklistDialog", u"Top score", None))
#endif // QT_CONFIG(accessibility)
        self.scaleError.setText("")
        self.questionsLabel.setText(QCoreApplication.translate("ChecklistDialog", u"&Questions:", None))
#if QT_CONFIG(accessibility)
        self.questionsEdit.setAccessibleName(QCoreApplication.translate("ChecklistDialog", u"Questions, one a line", None))
#endif // QT_CONFIG(accessibility)
        self.questionsEdit.setPlaceholderText(QCoreApplication.translate("ChecklistDialog", u"One question a line", None))
        self.questionsError.setText("")
        self.formError.setText("")
    # retranslateUi

