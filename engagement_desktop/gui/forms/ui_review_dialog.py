# Generated from forms/review_dialog.ui (sha256 f97ce12344a15697c582eccf0a9b8583d512866b474126c79b5d517888a06a8b) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_dialog.ui'
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

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(620, 400)
        self.dialogLayout = QVBoxLayout(ReviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.topicLabel = QLabel(ReviewDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicEdit = QLineEdit(ReviewDialog)
        self.topicEdit.setObjectName(u"topicEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.topicEdit)

        self.topicError = QLabel(ReviewDialog)
        self.topicError.setObjectName(u"topicError")
        self.topicError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topicError)

        self.groupLabel = QLabel(ReviewDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupEdit = QComboBox(ReviewDialog)
        self.groupEdit.setObjectName(u"groupEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.groupEdit)

        self.groupError = QLabel(ReviewDialog)
        self.groupError.setObjectName(u"groupError")
        self.groupError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.groupError)

        self.stageLabel = QLabel(ReviewDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageEdit = QComboBox(ReviewDialog)
        self.stageEdit.setObjectName(u"stageEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stageEdit)

        self.stageError = QLabel(ReviewDialog)
        self.stageError.setObjectName(u"stageError")
        self.stageError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.stageError)

        self.startedLabel = QLabel(ReviewDialog)
        self.startedLabel.setObjectName(u"startedLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.startedLabel)

        self.startedEdit = QLineEdit(ReviewDialog)
        self.startedEdit.setObjectName(u"startedEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.startedEdit)

        self.startedError = QLabel(ReviewDialog)
        self.startedError.setObjectName(u"startedError")
        self.startedError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.startedError)

        self.stageDueLabel = QLabel(ReviewDialog)
        self.stageDueLabel.setObjectName(u"stageDueLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.stageDueLabel)

        self.stageDueEdit = QLineEdit(ReviewDialog)
        self.stageDueEdit.setObjectName(u"stageDueEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.stageDueEdit)

        self.stageDueError = QLabel(ReviewDialog)
        self.stageDueError.setObjectName(u"stageDueError")
        self.stageDueError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.stageDueError)

        self.followUpLabel = QLabel(ReviewDialog)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.followUpEdit = QLineEdit(ReviewDialog)
        self.followUpEdit.setObjectName(u"followUpEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.followUpEdit)

        self.followUpError = QLabel(ReviewDialog)
        self.followUpError.setObjectName(u"followUpError")
        self.followUpError.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.followUpError)

        self.scopeLabel = QLabel(ReviewDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeEdit = QPlainTextEdit(ReviewDialog)
        self.scopeEdit.setObjectName(u"scopeEdit")
        self.scopeEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.scopeEdit)

        self.scopeError = QLabel(ReviewDialog)
        self.scopeError.setObjectName(u"scopeError")
        self.scopeError.setWordWrap(True)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.scopeError)

        self.findingsLabel = QLabel(ReviewDialog)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.findingsLabel)

        self.findingsEdit = QPlainTextEdit(ReviewDialog)
        self.findingsEdit.setObjectName(u"findingsEdit")
        self.findingsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.findingsEdit)

        self.findingsError = QLabel(ReviewDialog)
        self.findingsError.setObjectName(u"findingsError")
        self.findingsError.setWordWrap(True)

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.findingsError)


        self.dialogLayout.addLayout(self.formLayout)

        self.formError = QLabel(ReviewDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.topicLabel.setBuddy(self.topicEdit)
        self.groupLabel.setBuddy(self.groupEdit)
        self.stageLabel.setBuddy(self.stageEdit)
        self.startedLabel.setBuddy(self.startedEdit)
        self.stageDueLabel.setBuddy(self.stageDueEdit)
        self.followUpLabel.setBuddy(self.followUpEdit)
        self.scopeLabel.setBuddy(self.scopeEdit)
        self.findingsLabel.setBuddy(self.findingsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.topicEdit, self.groupEdit)
        QWidget.setTabOrder(self.groupEdit, self.stageEdit)
        QWidget.setTabOrder(self.stageEdit, self.startedEdit)
        QWidget.setTabOrder(self.startedEdit, self.stageDueEdit)
        QWidget.setTabOrder(self.stageDueEdit, self.followUpEdit)
        QWidget.setTabOrder(self.followUpEdit, self.scopeEdit)
        QWidget.setTabOrder(self.scopeEdit, self.findingsEdit)

        self.retranslateUi(ReviewDialog)

        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"Scrutiny review", None))
        self.topicLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Topic:", None))
#if QT_CONFIG(accessibility)
        self.topicEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Topic", None))
#endif // QT_CONFIG(accessibility)
        self.topicError.setText("")
        self.groupLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Panel:", None))
#if QT_CONFIG(accessibility)
        self.groupEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Panel", None))
#endif // QT_CONFIG(accessibility)
        self.groupError.setText("")
        self.stageLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Stage:", None))
#if QT_CONFIG(accessibility)
        self.stageEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Stage", None))
#endif // QT_CONFIG(accessibility)
        self.stageError.setText("")
        self.startedLabel.setText(QCoreApplication.translate("ReviewDialog", u"Sta&rted on:", None))
#if QT_CONFIG(accessibility)
        self.startedEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Started on", None))
#endif // QT_CONFIG(accessibility)
        self.startedEdit.setPlaceholderText(QCoreApplication.translate("ReviewDialog", u"dd/mm/yyyy", None))
        self.startedError.setText("")
        self.stageDueLabel.setText(QCoreApplication.translate("ReviewDialog", u"Stage &due by:", None))
#if QT_CONFIG(accessibility)
        self.stageDueEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Stage due by", None))
#endif // QT_CONFIG(accessibility)
        self.stageDueEdit.setPlaceholderText(QCoreApplication.translate("ReviewDialog", u"dd/mm/yyyy", None))
        self.stageDueError.setText("")
        self.followUpLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Follow-up review:", None))
#if QT_CONFIG(accessibility)
        self.followUpEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Follow-up review on", None))
#endif // QT_CONFIG(accessibility)
        self.followUpEdit.setPlaceholderText(QCoreApplication.translate("ReviewDialog", u"dd/mm/yyyy", None))
        self.followUpError.setText("")
        self.scopeLabel.setText(QCoreApplication.translate("ReviewDialog", u"S&cope:", None))
#if QT_CONFIG(accessibility)
        self.scopeEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Scope", None))
#endif // QT_CONFIG(accessibility)
        self.scopeError.setText("")
        self.findingsLabel.setText(QCoreApplication.translate("ReviewDialog", u"F&indings:", None))
#if QT_CONFIG(accessibility)
        self.findingsEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Findings", None))
#endif // QT_CONFIG(accessibility)
        self.findingsError.setText("")
        self.formError.setText("")
    # retranslateUi

