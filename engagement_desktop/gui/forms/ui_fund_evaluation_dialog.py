# Generated from forms/fund_evaluation_dialog.ui (sha256 3d9b1a6889b094a4de6cd3fc373178f97e5a039afc0cedb7d32af1c1192d0f3b) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fund_evaluation_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_FundEvaluationDialog(object):
    def setupUi(self, FundEvaluationDialog):
        if not FundEvaluationDialog.objectName():
            FundEvaluationDialog.setObjectName(u"FundEvaluationDialog")
        FundEvaluationDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(FundEvaluationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.notesEditLabel = QLabel(FundEvaluationDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(FundEvaluationDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.peopleSpinLabel = QLabel(FundEvaluationDialog)
        self.peopleSpinLabel.setObjectName(u"peopleSpinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.peopleSpinLabel)

        self.peopleSpin = QSpinBox(FundEvaluationDialog)
        self.peopleSpin.setObjectName(u"peopleSpin")
        self.peopleSpin.setMaximum(1000000)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.peopleSpin)

        self.receivedDateLabel = QLabel(FundEvaluationDialog)
        self.receivedDateLabel.setObjectName(u"receivedDateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedDateLabel)

        self.receivedDate = QDateEdit(FundEvaluationDialog)
        self.receivedDate.setObjectName(u"receivedDate")
        self.receivedDate.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receivedDate)


        self.dialogLayout.addLayout(self.form)

        self.formError = QLabel(FundEvaluationDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(FundEvaluationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.notesEditLabel.setBuddy(self.notesEdit)
        self.peopleSpinLabel.setBuddy(self.peopleSpin)
        self.receivedDateLabel.setBuddy(self.receivedDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.notesEdit, self.peopleSpin)
        QWidget.setTabOrder(self.peopleSpin, self.receivedDate)

        self.retranslateUi(FundEvaluationDialog)

        QMetaObject.connectSlotsByName(FundEvaluationDialog)
    # setupUi

    def retranslateUi(self, FundEvaluationDialog):
        FundEvaluationDialog.setWindowTitle(QCoreApplication.translate("FundEvaluationDialog", u"Evaluation received", None))
        self.notesEditLabel.setText(QCoreApplication.translate("FundEvaluationDialog", u"&What it achieved:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("FundEvaluationDialog", u"What the project achieved", None))
#endif // QT_CONFIG(accessibility)
        self.peopleSpinLabel.setText(QCoreApplication.translate("FundEvaluationDialog", u"&People reached:", None))
#if QT_CONFIG(accessibility)
        self.peopleSpin.setAccessibleName(QCoreApplication.translate("FundEvaluationDialog", u"How many people the project reached", None))
#endif // QT_CONFIG(accessibility)
        self.receivedDateLabel.setText(QCoreApplication.translate("FundEvaluationDialog", u"&Received on:", None))
#if QT_CONFIG(accessibility)
        self.receivedDate.setAccessibleName(QCoreApplication.translate("FundEvaluationDialog", u"Date the evaluation was received", None))
#endif // QT_CONFIG(accessibility)
        self.receivedDate.setDisplayFormat(QCoreApplication.translate("FundEvaluationDialog", u"dd/MM/yyyy", None))
        self.formError.setText("")
    # retranslateUi

