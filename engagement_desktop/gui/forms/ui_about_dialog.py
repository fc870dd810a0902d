# Generated from forms/about_dialog.ui (sha256 f22cb684c52d020aaa4d1dabfc1dcddfb8ec18253e708dfbea151df4bf3cc19c) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(520, 340)
        self.dialogLayout = QVBoxLayout(AboutDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(16)
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.iconLabel.sizePolicy().hasHeightForWidth())
        self.iconLabel.setSizePolicy(sizePolicy)
        self.iconLabel.setMinimumSize(QSize(64, 64))

        self.headerLayout.addWidget(self.iconLabel)

        self.nameLayout = QVBoxLayout()
        self.nameLayout.setObjectName(u"nameLayout")
        self.nameLabel = QLabel(AboutDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.nameLayout.addWidget(self.nameLabel)

        self.taglineLabel = QLabel(AboutDialog)
        self.taglineLabel.setObjectName(u"taglineLabel")
        self.taglineLabel.setWordWrap(True)

        self.nameLayout.addWidget(self.taglineLabel)


        self.headerLayout.addLayout(self.nameLayout)


        self.dialogLayout.addLayout(self.headerLayout)

        self.detailsLayout = QFormLayout()
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setHorizontalSpacing(16)
        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.versionValue = QLabel(AboutDialog)
        self.versionValue.setObjectName(u"versionValue")
        self.versionValue.setWordWrap(False)
        self.versionValue.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.versionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionValue)

        self.pythonLabel = QLabel(AboutDialog)
        self.pythonLabel.setObjectName(u"pythonLabel")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pythonLabel)

        self.pythonValue = QLabel(AboutDialog)
        self.pythonValue.setObjectName(u"pythonValue")
        self.pythonValue.setWordWrap(False)
        self.pythonValue.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pythonValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pythonValue)

        self.qtLabel = QLabel(AboutDialog)
        self.qtLabel.setObjectName(u"qtLabel")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.qtLabel)

        self.qtValue = QLabel(AboutDialog)
        self.qtValue.setObjectName(u"qtValue")
        self.qtValue.setWordWrap(False)
        self.qtValue.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.qtValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.qtValue)

        self.sqlalchemyLabel = QLabel(AboutDialog)
        self.sqlalchemyLabel.setObjectName(u"sqlalchemyLabel")

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sqlalchemyLabel)

        self.sqlalchemyValue = QLabel(AboutDialog)
        self.sqlalchemyValue.setObjectName(u"sqlalchemyValue")
        self.sqlalchemyValue.setWordWrap(False)
        self.sqlalchemyValue.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sqlalchemyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sqlalchemyValue)

        self.databaseLabel = QLabel(AboutDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseValue = QLabel(AboutDialog)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setWordWrap(True)
        self.databaseValue.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.databaseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.databaseValue)

        self.schemaLabel = QLabel(AboutDialog)
        self.schemaLabel.setObjectName(u"schemaLabel")

        self.detailsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.schemaLabel)

        self.schemaValue = QLabel(AboutDialog)
        self.schemaValue.setObjectName(u"schemaValue")
        self.schemaValue.setWordWrap(False)
        self.schemaValue.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.schemaValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.schemaValue)


        self.dialogLayout.addLayout(self.detailsLayout)

        self.verticalSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.versionLabel.setBuddy(self.versionValue)
        self.pythonLabel.setBuddy(self.pythonValue)
        self.qtLabel.setBuddy(self.qtValue)
        self.sqlalchemyLabel.setBuddy(self.sqlalchemyValue)
        self.databaseLabel.setBuddy(self.databaseValue)
        self.schemaLabel.setBuddy(self.schemaValue)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Engagement Desktop", None))
        self.iconLabel.setText("")
        self.nameLabel.setText(QCoreApplication.translate("AboutDialog", u"Engagement Desktop", None))
        self.taglineLabel.setText(QCoreApplication.translate("AboutDialog", u"Offline customer-involvement records and reports for social landlords.", None))
        self.versionLabel.setText(QCoreApplication.translate("AboutDialog", u"&Version:", None))
        self.versionValue.setText("")
        self.pythonLabel.setText(QCoreApplication.translate("AboutDialog", u"&Python:", None))
        self.pythonValue.setText("")
        self.qtLabel.setText(QCoreApplication.translate("AboutDialog", u"&Qt / PySide6:", None))
        self.qtValue.setText("")
        self.sqlalchemyLabel.setText(QCoreApplication.translate("AboutDialog", u"&SQLAlchemy:", None))
        self.sqlalchemyValue.setText("")
        self.databaseLabel.setText(QCoreApplication.translate("AboutDialog", u"&Database:", None))
        self.databaseValue.setText("")
        self.schemaLabel.setText(QCoreApplication.translate("AboutDialog", u"Sc&hema version:", None))
        self.schemaValue.setText("")
    # retranslateUi

