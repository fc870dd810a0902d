# Generated from forms/exclusion_dialog.ui (sha256 6cba016d8e7412d819ae9a9ae6d3e9cd56c8c2efc9086cb26ca7c9529851ee19) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exclusion_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ExclusionDialog(object):
    def setupUi(self, ExclusionDialog):
        if not ExclusionDialog.objectName():
            ExclusionDialog.setObjectName(u"ExclusionDialog")
        ExclusionDialog.resize(500, 360)
        self.dialogLayout = QVBoxLayout(ExclusionDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.personLabel = QLabel(ExclusionDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.personLabel)

        self.errorBanner = QLabel(ExclusionDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorBanner)

        self.exclusionForm = QFormLayout()
        self.exclusionForm.setObjectName(u"exclusionForm")
        self.exclusionForm.setHorizontalSpacing(6)
        self.exclusionForm.setVerticalSpacing(6)
        self.reasonLabel = QLabel(ExclusionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.exclusionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(ExclusionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.exclusionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.policyLabel = QLabel(ExclusionDialog)
        self.policyLabel.setObjectName(u"policyLabel")

        self.exclusionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.policyLabel)

        self.policyCombo = QComboBox(ExclusionDialog)
        self.policyCombo.setObjectName(u"policyCombo")
        self.policyCombo.setEditable(True)

        self.exclusionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.policyCombo)

        self.startsLabel = QLabel(ExclusionDialog)
        self.startsLabel.setObjectName(u"startsLabel")

        self.exclusionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startsLabel)

        self.startsEdit = QLineEdit(ExclusionDialog)
        self.startsEdit.setObjectName(u"startsEdit")

        self.exclusionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startsEdit)

        self.endsLabel = QLabel(ExclusionDialog)
        self.endsLabel.setObjectName(u"endsLabel")

        self.exclusionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endsLabel)

        self.endsEdit = QLineEdit(ExclusionDialog)
        self.endsEdit.setObjectName(u"endsEdit")

        self.exclusionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endsEdit)


        self.dialogLayout.addLayout(self.exclusionForm)

        self.buttonBox = QDialogButtonBox(ExclusionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.policyLabel.setBuddy(self.policyCombo)
        self.startsLabel.setBuddy(self.startsEdit)
        self.endsLabel.setBuddy(self.endsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.policyCombo)
        QWidget.setTabOrder(self.policyCombo, self.startsEdit)
        QWidget.setTabOrder(self.startsEdit, self.endsEdit)
        QWidget.setTabOrder(self.endsEdit, self.buttonBox)

        self.retranslateUi(ExclusionDialog)

        QMetaObject.connectSlotsByName(ExclusionDialog)
    # setupUi

    def retranslateUi(self, ExclusionDialog):
        ExclusionDialog.setWindowTitle(QCoreApplication.translate("ExclusionDialog", u"Exclude from forums", None))
        self.personLabel.setText("")
        self.errorBanner.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("ExclusionDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("ExclusionDialog", u"Reason for the exclusion", None))
#endif // QT_CONFIG(accessibility)
        self.policyLabel.setText(QCoreApplication.translate("ExclusionDialog", u"&Policy:", None))
#if QT_CONFIG(accessibility)
        self.policyCombo.setAccessibleName(QCoreApplication.translate("ExclusionDialog", u"Policy applied", None))
#endif // QT_CONFIG(accessibility)
        self.startsLabel.setText(QCoreApplication.translate("ExclusionDialog", u"&From:", None))
        self.startsEdit.setPlaceholderText(QCoreApplication.translate("ExclusionDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.startsEdit.setAccessibleName(QCoreApplication.translate("ExclusionDialog", u"Excluded from", None))
#endif // QT_CONFIG(accessibility)
        self.endsLabel.setText(QCoreApplication.translate("ExclusionDialog", u"&Until:", None))
        self.endsEdit.setPlaceholderText(QCoreApplication.translate("ExclusionDialog", u"dd/mm/yyyy (blank: until lifted)", None))
#if QT_CONFIG(accessibility)
        self.endsEdit.setAccessibleName(QCoreApplication.translate("ExclusionDialog", u"Excluded until", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

