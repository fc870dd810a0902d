# Generated from forms/area_dialog.ui (sha256 69e2c5f47b4707f332601ff45fe51b5c8a5cc325dd8e15e036b5d68c71a235e5) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'area_dialog.ui'
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AreaDialog(object):
    def setupUi(self, AreaDialog):
        if not AreaDialog.objectName():
            AreaDialog.setObjectName(u"AreaDialog")
        AreaDialog.resize(440, 200)
        self.dialogLayout = QVBoxLayout(AreaDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(AreaDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formError = QLabel(AreaDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(AreaDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(AreaDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(AreaDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.kindLabel = QLabel(AreaDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(AreaDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(AreaDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.withinLabel = QLabel(AreaDialog)
        self.withinLabel.setObjectName(u"withinLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.withinLabel)

        self.withinCombo = QComboBox(AreaDialog)
        self.withinCombo.setObjectName(u"withinCombo")
        self.withinCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.withinCombo.setMinimumContentsLength(24)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.withinCombo)

        self.withinError = QLabel(AreaDialog)
        self.withinError.setObjectName(u"withinError")
        self.withinError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.withinError)


        self.dialogLayout.addLayout(self.formLayout)

        self.dialogSpacer = QSpacerItem(16, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(AreaDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.withinLabel.setBuddy(self.withinCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.withinCombo)
        QWidget.setTabOrder(self.withinCombo, self.buttonBox)

        self.retranslateUi(AreaDialog)

        QMetaObject.connectSlotsByName(AreaDialog)
    # setupUi

    def retranslateUi(self, AreaDialog):
        AreaDialog.setWindowTitle(QCoreApplication.translate("AreaDialog", u"Add an estate or area", None))
        self.introLabel.setText("")
        self.formError.setText("")
        self.nameLabel.setText(QCoreApplication.translate("AreaDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("AreaDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameError.setText("")
        self.kindLabel.setText(QCoreApplication.translate("AreaDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("AreaDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.kindError.setText("")
        self.withinLabel.setText(QCoreApplication.translate("AreaDialog", u"&Within:", None))
#if QT_CONFIG(accessibility)
        self.withinCombo.setAccessibleName(QCoreApplication.translate("AreaDialog", u"Within", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.withinCombo.setToolTip(QCoreApplication.translate("AreaDialog", u"The wider area this estate is part of, for reports by area", None))
#endif // QT_CONFIG(tooltip)
        self.withinError.setText("")
    # retranslateUi

