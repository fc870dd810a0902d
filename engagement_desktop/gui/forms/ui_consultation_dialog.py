# Generated from forms/consultation_dialog.ui (sha256 17166685e93c7883a687d86c441e22c55d1617ce2c6d1e6216867817065e0e75) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultation_dialog.ui'
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

class Ui_ConsultationDialog(object):
    def setupUi(self, ConsultationDialog):
        if not ConsultationDialog.objectName():
            ConsultationDialog.setObjectName(u"ConsultationDialog")
        ConsultationDialog.resize(620, 400)
        self.dialogLayout = QVBoxLayout(ConsultationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.policyLabel = QLabel(ConsultationDialog)
        self.policyLabel.setObjectName(u"policyLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.policyLabel)

        self.policyEdit = QLineEdit(ConsultationDialog)
        self.policyEdit.setObjectName(u"policyEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.policyEdit)

        self.policyError = QLabel(ConsultationDialog)
        self.policyError.setObjectName(u"policyError")
        self.policyError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.policyError)

        self.opensLabel = QLabel(ConsultationDialog)
        self.opensLabel.setObjectName(u"opensLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.opensLabel)

        self.opensEdit = QLineEdit(ConsultationDialog)
        self.opensEdit.setObjectName(u"opensEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.opensEdit)

        self.opensError = QLabel(ConsultationDialog)
        self.opensError.setObjectName(u"opensError")
        self.opensError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.opensError)

        self.closesLabel = QLabel(ConsultationDialog)
        self.closesLabel.setObjectName(u"closesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.closesLabel)

        self.closesEdit = QLineEdit(ConsultationDialog)
        self.closesEdit.setObjectName(u"closesEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.closesEdit)

        self.closesError = QLabel(ConsultationDialog)
        self.closesError.setObjectName(u"closesError")
        self.closesError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.closesError)

        self.committeeLabel = QLabel(ConsultationDialog)
        self.committeeLabel.setObjectName(u"committeeLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.committeeLabel)

        self.committeeEdit = QLineEdit(ConsultationDialog)
        self.committeeEdit.setObjectName(u"committeeEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.committeeEdit)

        self.committeeError = QLabel(ConsultationDialog)
        self.committeeError.setObjectName(u"committeeError")
        self.committeeError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.committeeError)

        self.summaryLabel = QLabel(ConsultationDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(ConsultationDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.summaryError = QLabel(ConsultationDialog)
        self.summaryError.setObjectName(u"summaryError")
        self.summaryError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.summaryError)

        self.changesLabel = QLabel(ConsultationDialog)
        self.changesLabel.setObjectName(u"changesLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.changesLabel)

        self.changesEdit = QPlainTextEdit(ConsultationDialog)
        self.changesEdit.setObjectName(u"changesEdit")
        self.changesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.changesEdit)

        self.changesError = QLabel(ConsultationDialog)
        self.changesError.setObjectName(u"changesError")
        self.changesError.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.changesError)

        self.feedbackLabel = QLabel(ConsultationDialog)
        self.feedbackLabel.setObjectName(u"feedbackLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.feedbackLabel)

        self.feedbackEdit = QLineEdit(ConsultationDialog)
        self.feedbackEdit.setObjectName(u"feedbackEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.feedbackEdit)

        self.feedbackError = QLabel(ConsultationDialog)
        self.feedbackError.setObjectName(u"feedbackError")
        self.feedbackError.setWordWrap(True)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.feedbackError)


        self.dialogLayout.addLayout(self.formLayout)

        self.formError = QLabel(ConsultationDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ConsultationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.policyLabel.setBuddy(self.policyEdit)
        self.opensLabel.setBuddy(self.opensEdit)
        self.closesLabel.setBuddy(self.closesEdit)
        self.committeeLabel.setBuddy(self.committeeEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.changesLabel.setBuddy(self.changesEdit)
        self.feedbackLabel.setBuddy(self.feedbackEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.policyEdit, self.opensEdit)
        QWidget.setTabOrder(self.opensEdit, self.closesEdit)
        QWidget.setTabOrder(self.closesEdit, self.committeeEdit)
        QWidget.setTabOrder(self.committeeEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.changesEdit)
        QWidget.setTabOrder(self.changesEdit, self.feedbackEdit)

        self.retranslateUi(ConsultationDialog)

        QMetaObject.connectSlotsByName(ConsultationDialog)
    # setupUi

    def retranslateUi(self, ConsultationDialog):
        ConsultationDialog.setWindowTitle(QCoreApplication.translate("ConsultationDialog", u"Consultation", None))
        self.policyLabel.setText(QCoreApplication.translate("ConsultationDialog", u"&Policy:", None))
#if QT_CONFIG(accessibility)
        self.policyEdit.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Policy", None))
#endif // QT_CONFIG(accessibility)
        self.policyError.setText("")
        self.opensLabel.setText(QCoreApplication.translate("ConsultationDialog", u"&Opens on:", None))
#if QT_CONFIG(accessibility)
        self.opensEdit.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Opens on", None))
#endif // QT_CONFIG(accessibility)
        self.opensEdit.setPlaceholderText(QCoreApplication.translate("ConsultationDialog", u"dd/mm/yyyy", None))
        self.opensError.setText("")
        self.closesLabel.setText(QCoreApplication.translate("ConsultationDialog", u"&Closes on:", None))
#if QT_CONFIG(accessibility)
        self.closesEdit.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Closes on", None))
#endif // QT_CONFIG(accessibility)
        self.closesEdit.setPlaceholderText(QCoreApplication.translate("ConsultationDialog", u"dd/mm/yyyy", None))
        self.closesError.setText("")
        self.committeeLabel.setText(QCoreApplication.translate("ConsultationDialog", u"Co&mmittee on:", None))
#if QT_CONFIG(accessibility)
        self.committeeEdit.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Goes to committee on", None))
#endif // QT_CONFIG(accessibility)
        self.committeeEdit.setPlaceholderText(QCoreApplication.translate("ConsultationDialog", u"dd/mm/yyyy", None))
        self.committeeError.setText("")
        self.summaryLabel.setText(QCoreApplication.translate("ConsultationDialog", u"&Summary:", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.summaryError.setText("")
        self.changesLabel.setText(QCoreApplication.translate("ConsultationDialog", u"C&hanges made:", None))
#if QT_CONFIG(accessibility)
        self.changesEdit.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Changes made", None))
#endif // QT_CONFIG(accessibility)
        self.changesError.setText("")
        self.feedbackLabel.setText(QCoreApplication.translate("ConsultationDialog", u"&Feedback sent on:", None))
#if QT_CONFIG(accessibility)
        self.feedbackEdit.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Feedback sent on", None))
#endif // QT_CONFIG(accessibility)
        self.feedbackEdit.setPlaceholderText(QCoreApplication.translate("ConsultationDialog", u"dd/mm/yyyy", None))
        self.feedbackError.setText("")
        self.formError.setText("")
    # retranslateUi

