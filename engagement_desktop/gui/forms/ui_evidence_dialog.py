# Generated from forms/evidence_dialog.ui (sha256 4381ca0adae2d02891bf8b92f78093804fcc1e08704ccebbd8656b643d380f13) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_dialog.ui'
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

class Ui_EvidenceDialog(object):
    def setupUi(self, EvidenceDialog):
        if not EvidenceDialog.objectName():
            EvidenceDialog.setObjectName(u"EvidenceDialog")
        EvidenceDialog.resize(560, 400)
        self.dialogLayout = QVBoxLayout(EvidenceDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(EvidenceDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindEdit = QComboBox(EvidenceDialog)
        self.kindEdit.setObjectName(u"kindEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindEdit)

        self.kindError = QLabel(EvidenceDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.titleLabel = QLabel(EvidenceDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(EvidenceDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(EvidenceDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.gatheredLabel = QLabel(EvidenceDialog)
        self.gatheredLabel.setObjectName(u"gatheredLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.gatheredLabel)

        self.gatheredEdit = QLineEdit(EvidenceDialog)
        self.gatheredEdit.setObjectName(u"gatheredEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.gatheredEdit)

        self.gatheredError = QLabel(EvidenceDialog)
        self.gatheredError.setObjectName(u"gatheredError")
        self.gatheredError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.gatheredError)

        self.noteLabel = QLabel(EvidenceDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(EvidenceDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.noteError = QLabel(EvidenceDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.dialogLayout.addLayout(self.formLayout)

        self.formError = QLabel(EvidenceDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(EvidenceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.gatheredLabel.setBuddy(self.gatheredEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.gatheredEdit)
        QWidget.setTabOrder(self.gatheredEdit, self.noteEdit)

        self.retranslateUi(EvidenceDialog)

        QMetaObject.connectSlotsByName(EvidenceDialog)
    # setupUi

    def retranslateUi(self, EvidenceDialog):
        EvidenceDialog.setWindowTitle(QCoreApplication.translate("EvidenceDialog", u"Add evidence", None))
        self.kindLabel.setText(QCoreApplication.translate("EvidenceDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindEdit.setAccessibleName(QCoreApplication.translate("EvidenceDialog", u"Kind of evidence", None))
#endif // QT_CONFIG(accessibility)
        self.kindError.setText("")
        self.titleLabel.setText(QCoreApplication.translate("EvidenceDialog", u"&What:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("EvidenceDialog", u"What the evidence is", None))
#endif // QT_CONFIG(accessibility)
        self.titleError.setText("")
        self.gatheredLabel.setText(QCoreApplication.translate("EvidenceDialog", u"&Gathered on:", None))
#if QT_CONFIG(accessibility)
        self.gatheredEdit.setAccessibleName(QCoreApplication.translate("EvidenceDialog", u"Gathered on", None))
#endif // QT_CONFIG(accessibility)
        self.gatheredEdit.setPlaceholderText(QCoreApplication.translate("EvidenceDialog", u"dd/mm/yyyy", None))
        self.gatheredError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("EvidenceDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("EvidenceDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.noteError.setText("")
        self.formError.setText("")
    # retranslateUi

