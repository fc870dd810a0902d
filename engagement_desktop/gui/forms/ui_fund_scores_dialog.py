# Generated from forms/fund_scores_dialog.ui (sha256 7fcbf5bf8ed8d8288a8f7f892f4ab974a7faa45080f292296eda035faa524a2f) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fund_scores_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

from engagement_desktop.gui.training.person_picker import PersonPicker

class Ui_FundScoresDialog(object):
    def setupUi(self, FundScoresDialog):
        if not FundScoresDialog.objectName():
            FundScoresDialog.setObjectName(u"FundScoresDialog")
        FundScoresDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(FundScoresDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.aboutLabel = QLabel(FundScoresDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.memberEditLabel = QLabel(FundScoresDialog)
        self.memberEditLabel.setObjectName(u"memberEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberEditLabel)

        self.memberEdit = PersonPicker(FundScoresDialog)
        self.memberEdit.setObjectName(u"memberEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberEdit)

        self.conflictCheckLabel = QLabel(FundScoresDialog)
        self.conflictCheckLabel.setObjectName(u"conflictCheckLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.conflictCheckLabel)

        self.conflictCheck = QCheckBox(FundScoresDialog)
        self.conflictCheck.setObjectName(u"conflictCheck")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.conflictCheck)

        self.reasonEditLabel = QLabel(FundScoresDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QLineEdit(FundScoresDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(300)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.form)

        self.scoresBox = QGroupBox(FundScoresDialog)
        self.scoresBox.setObjectName(u"scoresBox")
        self.scoresForm = QFormLayout(self.scoresBox)
        self.scoresForm.setObjectName(u"scoresForm")

        self.dialogLayout.addWidget(self.scoresBox)

        self.formError = QLabel(FundScoresDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(FundScoresDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberEditLabel.setBuddy(self.memberEdit)
        self.conflictCheckLabel.setBuddy(self.conflictCheck)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.memberEdit, self.conflictCheck)
        QWidget.setTabOrder(self.conflictCheck, self.reasonEdit)

        self.retranslateUi(FundScoresDialog)

        QMetaObject.connectSlotsByName(FundScoresDialog)
    # setupUi

    def retranslateUi(self, FundScoresDialog):
        FundScoresDialog.setWindowTitle(QCoreApplication.translate("FundScoresDialog", u"Panel scores", None))
        self.aboutLabel.setText("")
        self.memberEditLabel.setText(QCoreApplication.translate("FundScoresDialog", u"Panel &member:", None))
#if QT_CONFIG(accessibility)
        self.memberEdit.setAccessibleName(QCoreApplication.translate("FundScoresDialog", u"Panel member (type a name)", None))
#endif // QT_CONFIG(accessibility)
        self.conflictCheckLabel.setText(QCoreApplication.translate("FundScoresDialog", u"Con&flict of interest:", None))
#if QT_CONFIG(accessibility)
        self.conflictCheck.setAccessibleName(QCoreApplication.translate("FundScoresDialog", u"This member declares a conflict of interest", None))
#endif // QT_CONFIG(accessibility)
        self.conflictCheck.setText(QCoreApplication.translate("FundScoresDialog", u"Declares a conflict (scores nothing for this application)", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("FundScoresDialog", u"&Why:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("FundScoresDialog", u"Reason for the conflict of interest", None))
#endif // QT_CONFIG(accessibility)
        self.scoresBox.setTitle(QCoreApplication.translate("FundScoresDialog", u"Scores", None))
        self.formError.setText("")
    # retranslateUi

