# Generated from forms/recommendation_dialog.ui (sha256 f2fed606f9e01ba65b5d027962557cbca9cfb3849b41ec69c6cfe669d0aef4ec) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recommendation_dialog.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RecommendationDialog(object):
    def setupUi(self, RecommendationDialog):
        if not RecommendationDialog.objectName():
            RecommendationDialog.setObjectName(u"RecommendationDialog")
        RecommendationDialog.resize(560, 400)
        self.dialogLayout = QVBoxLayout(RecommendationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.textLabel = QLabel(RecommendationDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(RecommendationDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.textError = QLabel(RecommendationDialog)
        self.textError.setObjectName(u"textError")
        self.textError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textError)


        self.dialogLayout.addLayout(self.formLayout)

        self.formError = QLabel(RecommendationDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(RecommendationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecommendationDialog)

        QMetaObject.connectSlotsByName(RecommendationDialog)
    # setupUi

    def retranslateUi(self, RecommendationDialog):
        RecommendationDialog.setWindowTitle(QCoreApplication.translate("RecommendationDialog", u"New recommendation", None))
        self.textLabel.setText(QCoreApplication.translate("RecommendationDialog", u"&Recommendation:", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("RecommendationDialog", u"Recommendation", None))
#endif // QT_CONFIG(accessibility)
        self.textError.setText("")
        self.formError.setText("")
    # retranslateUi

