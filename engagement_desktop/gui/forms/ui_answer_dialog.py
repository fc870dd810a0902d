# Generated from forms/answer_dialog.ui (sha256 2a1ac1819ec4507cd1808cf0eb4436837291421e26b61bbd5c6194e5e6cf752c) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'answer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from engagement_desktop.gui.training.person_picker import PersonPicker

class Ui_AnswerDialog(object):
    def setupUi(self, AnswerDialog):
        if not AnswerDialog.objectName():
            AnswerDialog.setObjectName(u"AnswerDialog")
        AnswerDialog.resize(560, 400)
        self.dialogLayout = QVBoxLayout(AnswerDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.personLabel = QLabel(AnswerDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = PersonPicker(AnswerDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.personError = QLabel(AnswerDialog)
        self.personError.setObjectName(u"personError")
        self.personError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personError)

        self.answeredLabel = QLabel(AnswerDialog)
        self.answeredLabel.setObjectName(u"answeredLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.answeredLabel)

        self.answeredEdit = QLineEdit(AnswerDialog)
        self.answeredEdit.setObjectName(u"answeredEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.answeredEdit)

        self.answeredError = QLabel(AnswerDialog)
        self.answeredError.setObjectName(u"answeredError")
        self.answeredError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.answeredError)

        self.responseLabel = QLabel(AnswerDialog)
        self.responseLabel.setObjectName(u"responseLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.responseLabel)

        self.responseEdit = QPlainTextEdit(AnswerDialog)
        self.responseEdit.setObjectName(u"responseEdit")
        self.responseEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.responseEdit)

        self.responseError = QLabel(AnswerDialog)
        self.responseError.setObjectName(u"responseError")
        self.responseError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.responseError)


        self.dialogLayout.addLayout(self.formLayout)

        self.formError = QLabel(AnswerDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(AnswerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personEdit)
        self.answeredLabel.setBuddy(self.answeredEdit)
        self.responseLabel.setBuddy(self.responseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personEdit, self.answeredEdit)
        QWidget.setTabOrder(self.answeredEdit, self.responseEdit)

        self.retranslateUi(AnswerDialog)

        QMetaObject.connectSlotsByName(AnswerDialog)
    # setupUi

    def retranslateUi(self, AnswerDialog):
        AnswerDialog.setWindowTitle(QCoreApplication.translate("AnswerDialog", u"Record an answer", None))
        self.personLabel.setText(QCoreApplication.translate("AnswerDialog", u"&Who answered:", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("AnswerDialog", u"Who answered", None))
#endif // QT_CONFIG(accessibility)
        self.personError.setText("")
        self.answeredLabel.setText(QCoreApplication.translate("AnswerDialog", u"&Answered on:", None))
#if QT_CONFIG(accessibility)
        self.answeredEdit.setAccessibleName(QCoreApplication.translate("AnswerDialog", u"Answered on", None))
#endif // QT_CONFIG(accessibility)
        self.answeredEdit.setPlaceholderText(QCoreApplication.translate("AnswerDialog", u"dd/mm/yyyy", None))
        self.answeredError.setText("")
        self.responseLabel.setText(QCoreApplication.translate("AnswerDialog", u"&What they said:", None))
#if QT_CONFIG(accessibility)
        self.responseEdit.setAccessibleName(QCoreApplication.translate("AnswerDialog", u"What they said", None))
#endif // QT_CONFIG(accessibility)
        self.responseError.setText("")
        self.formError.setText("")
    # retranslateUi

