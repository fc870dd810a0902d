# Generated from forms/ballot_proposal_dialog.ui (sha256 9b8ebc2f1a29ea02826a972a26ce0a8bf3c8f9ba3b98897ad31780a92fe8f675) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ballot_proposal_dialog.ui'
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

class Ui_ProposalDialog(object):
    def setupUi(self, ProposalDialog):
        if not ProposalDialog.objectName():
            ProposalDialog.setObjectName(u"ProposalDialog")
        ProposalDialog.resize(520, 320)
        self.dialogLayout = QVBoxLayout(ProposalDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(ProposalDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ProposalDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(ProposalDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.costLabel = QLabel(ProposalDialog)
        self.costLabel.setObjectName(u"costLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.costEdit = QLineEdit(ProposalDialog)
        self.costEdit.setObjectName(u"costEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.costEdit)

        self.costError = QLabel(ProposalDialog)
        self.costError.setObjectName(u"costError")
        self.costError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.costError)

        self.byLabel = QLabel(ProposalDialog)
        self.byLabel.setObjectName(u"byLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.byLabel)

        self.byEdit = QLineEdit(ProposalDialog)
        self.byEdit.setObjectName(u"byEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.byEdit)

        self.descriptionLabel = QLabel(ProposalDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ProposalDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.formError = QLabel(ProposalDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ProposalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.costLabel.setBuddy(self.costEdit)
        self.byLabel.setBuddy(self.byEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.costEdit)
        QWidget.setTabOrder(self.costEdit, self.byEdit)
        QWidget.setTabOrder(self.byEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.buttonBox)

        self.retranslateUi(ProposalDialog)

        QMetaObject.connectSlotsByName(ProposalDialog)
    # setupUi

    def retranslateUi(self, ProposalDialog):
        ProposalDialog.setWindowTitle(QCoreApplication.translate("ProposalDialog", u"Proposal", None))
        self.titleLabel.setText(QCoreApplication.translate("ProposalDialog", u"&Proposal:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("ProposalDialog", u"Proposal", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ProposalDialog", u"e.g. Benches on the green", None))
        self.titleError.setText("")
        self.costLabel.setText(QCoreApplication.translate("ProposalDialog", u"&Cost (\u00a3):", None))
#if QT_CONFIG(accessibility)
        self.costEdit.setAccessibleName(QCoreApplication.translate("ProposalDialog", u"What it would cost in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.costEdit.setPlaceholderText(QCoreApplication.translate("ProposalDialog", u"e.g. 2,500", None))
        self.costError.setText("")
        self.byLabel.setText(QCoreApplication.translate("ProposalDialog", u"Put forward &by:", None))
#if QT_CONFIG(accessibility)
        self.byEdit.setAccessibleName(QCoreApplication.translate("ProposalDialog", u"Group or estate that put it forward", None))
#endif // QT_CONFIG(accessibility)
        self.byEdit.setPlaceholderText(QCoreApplication.translate("ProposalDialog", u"e.g. Elm Court TARA", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ProposalDialog", u"&About it:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("ProposalDialog", u"About the proposal", None))
#endif // QT_CONFIG(accessibility)
        self.formError.setText("")
    # retranslateUi

