# Generated from forms/response_dialog.ui (sha256 72110d8994f6bb4f13803515cb0c216e73afb58bc9416286ee4ee158c91912bf) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'response_dialog.ui'
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

class Ui_ResponseDialog(object):
    def setupUi(self, ResponseDialog):
        if not ResponseDialog.objectName():
            ResponseDialog.setObjectName(u"ResponseDialog")
        ResponseDialog.resize(600, 400)
        self.dialogLayout = QVBoxLayout(ResponseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.responseLabel = QLabel(ResponseDialog)
        self.responseLabel.setObjectName(u"responseLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.responseLabel)

        self.responseEdit = QComboBox(ResponseDialog)
        self.responseEdit.setObjectName(u"responseEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.responseEdit)

        self.responseError = QLabel(ResponseDialog)
        self.responseError.setObjectName(u"responseError")
        self.responseError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.responseError)

        self.byLabel = QLabel(ResponseDialog)
        self.byLabel.setObjectName(u"byLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.byLabel)

        self.byEdit = QComboBox(ResponseDialog)
        self.byEdit.setObjectName(u"byEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.byEdit)

        self.byError = QLabel(ResponseDialog)
        self.byError.setObjectName(u"byError")
        self.byError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.byError)

        self.reasonLabel = QLabel(ResponseDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(ResponseDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(ResponseDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.actionLabel = QLabel(ResponseDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionEdit = QPlainTextEdit(ResponseDialog)
        self.actionEdit.setObjectName(u"actionEdit")
        self.actionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.actionEdit)

        self.actionError = QLabel(ResponseDialog)
        self.actionError.setObjectName(u"actionError")
        self.actionError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.actionError)

        self.ownerLabel = QLabel(ResponseDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(ResponseDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.ownerError = QLabel(ResponseDialog)
        self.ownerError.setObjectName(u"ownerError")
        self.ownerError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.ownerError)

        self.dueLabel = QLabel(ResponseDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = QLineEdit(ResponseDialog)
        self.dueEdit.setObjectName(u"dueEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.dueError = QLabel(ResponseDialog)
        self.dueError.setObjectName(u"dueError")
        self.dueError.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.dueError)


        self.dialogLayout.addLayout(self.formLayout)

        self.formError = QLabel(ResponseDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ResponseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.responseLabel.setBuddy(self.responseEdit)
        self.byLabel.setBuddy(self.byEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.actionLabel.setBuddy(self.actionEdit)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.dueLabel.setBuddy(self.dueEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.responseEdit, self.byEdit)
        QWidget.setTabOrder(self.byEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.actionEdit)
        QWidget.setTabOrder(self.actionEdit, self.ownerEdit)
        QWidget.setTabOrder(self.ownerEdit, self.dueEdit)

        self.retranslateUi(ResponseDialog)

        QMetaObject.connectSlotsByName(ResponseDialog)
    # setupUi

    def retranslateUi(self, ResponseDialog):
        ResponseDialog.setWindowTitle(QCoreApplication.translate("ResponseDialog", u"Response and action", None))
        self.responseLabel.setText(QCoreApplication.translate("ResponseDialog", u"&Response:", None))
#if QT_CONFIG(accessibility)
        self.responseEdit.setAccessibleName(QCoreApplication.translate("ResponseDialog", u"Response", None))
#endif // QT_CONFIG(accessibility)
        self.responseError.setText("")
        self.byLabel.setText(QCoreApplication.translate("ResponseDialog", u"Responded &by:", None))
#if QT_CONFIG(accessibility)
        self.byEdit.setAccessibleName(QCoreApplication.translate("ResponseDialog", u"Responded by", None))
#endif // QT_CONFIG(accessibility)
        self.byError.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("ResponseDialog", u"R&eason:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("ResponseDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.reasonError.setText("")
        self.actionLabel.setText(QCoreApplication.translate("ResponseDialog", u"&Action:", None))
#if QT_CONFIG(accessibility)
        self.actionEdit.setAccessibleName(QCoreApplication.translate("ResponseDialog", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.actionError.setText("")
        self.ownerLabel.setText(QCoreApplication.translate("ResponseDialog", u"&Owner:", None))
#if QT_CONFIG(accessibility)
        self.ownerEdit.setAccessibleName(QCoreApplication.translate("ResponseDialog", u"Owner", None))
#endif // QT_CONFIG(accessibility)
        self.ownerError.setText("")
        self.dueLabel.setText(QCoreApplication.translate("ResponseDialog", u"&Due on:", None))
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("ResponseDialog", u"Due on", None))
#endif // QT_CONFIG(accessibility)
        self.dueEdit.setPlaceholderText(QCoreApplication.translate("ResponseDialog", u"dd/mm/yyyy", None))
        self.dueError.setText("")
        self.formError.setText("")
    # retranslateUi

