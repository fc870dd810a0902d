# Generated from forms/group_details.ui (sha256 d85413864ad03386be4c1ac16cb110a6a10726fe964af6554f0fb6e247fcc08c) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_details.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_GroupDetails(object):
    def setupUi(self, GroupDetails):
        if not GroupDetails.objectName():
            GroupDetails.setObjectName(u"GroupDetails")
        GroupDetails.resize(700, 560)
        self.detailsLayout = QVBoxLayout(GroupDetails)
        self.detailsLayout.setSpacing(8)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.groupNameLabel = QLabel(GroupDetails)
        self.groupNameLabel.setObjectName(u"groupNameLabel")
        self.groupNameLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.groupNameLabel)

        self.newGroupButton = QPushButton(GroupDetails)
        self.newGroupButton.setObjectName(u"newGroupButton")
        self.newGroupButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.newGroupButton)

        self.editGroupButton = QPushButton(GroupDetails)
        self.editGroupButton.setObjectName(u"editGroupButton")
        self.editGroupButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.editGroupButton)

        self.headerLayout.setStretch(0, 1)

        self.detailsLayout.addLayout(self.headerLayout)

        self.infoLayout = QGridLayout()
        self.infoLayout.setObjectName(u"infoLayout")
        self.infoLayout.setHorizontalSpacing(12)
        self.infoLayout.setVerticalSpacing(4)
        self.categoryLabel = QLabel(GroupDetails)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.infoLayout.addWidget(self.categoryLabel, 0, 0, 1, 1)

        self.categoryValue = QLabel(GroupDetails)
        self.categoryValue.setObjectName(u"categoryValue")
        self.categoryValue.setWordWrap(True)
        self.categoryValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoLayout.addWidget(self.categoryValue, 0, 1, 1, 1)

        self.termsLabel = QLabel(GroupDetails)
        self.termsLabel.setObjectName(u"termsLabel")

        self.infoLayout.addWidget(self.termsLabel, 0, 2, 1, 1)

        self.termsValue = QLabel(GroupDetails)
        self.termsValue.setObjectName(u"termsValue")
        self.termsValue.setWordWrap(True)
        self.termsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoLayout.addWidget(self.termsValue, 0, 3, 1, 1)

        self.kindLabel = QLabel(GroupDetails)
        self.kindLabel.setObjectName(u"kindLabel")

        self.infoLayout.addWidget(self.kindLabel, 1, 0, 1, 1)

        self.kindValue = QLabel(GroupDetails)
        self.kindValue.setObjectName(u"kindValue")
        self.kindValue.setWordWrap(True)
        self.kindValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoLayout.addWidget(self.kindValue, 1, 1, 1, 1)

        self.appraisalLabel = QLabel(GroupDetails)
        self.appraisalLabel.setObjectName(u"appraisalLabel")

        self.infoLayout.addWidget(self.appraisalLabel, 1, 2, 1, 1)

        self.appraisalValue = QLabel(GroupDetails)
        self.appraisalValue.setObjectName(u"appraisalValue")
        self.appraisalValue.setWordWrap(True)
        self.appraisalValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoLayout.addWidget(self.appraisalValue, 1, 3, 1, 1)

        self.areaLabel = QLabel(GroupDetails)
        self.areaLabel.setObjectName(u"areaLabel")

        self.infoLayout.addWidget(self.areaLabel, 2, 0, 1, 1)

        self.areaValue = QLabel(GroupDetails)
        self.areaValue.setObjectName(u"areaValue")
        self.areaValue.setWordWrap(True)
        self.areaValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoLayout.addWidget(self.areaValue, 2, 1, 1, 1)

        self.meetsLabel = QLabel(GroupDetails)
        self.meetsLabel.setObjectName(u"meetsLabel")

        self.infoLayout.addWidget(self.meetsLabel, 2, 2, 1, 1)

        self.meetsValue = QLabel(GroupDetails)
        self.meetsValue.setObjectName(u"meetsValue")
        self.meetsValue.setWordWrap(True)
        self.meetsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoLayout.addWidget(self.meetsValue, 2, 3, 1, 1)

        self.purposeLabel = QLabel(GroupDetails)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.infoLayout.addWidget(self.purposeLabel, 3, 0, 1, 1)

        self.purposeValue = QLabel(GroupDetails)
        self.purposeValue.setObjectName(u"purposeValue")
        self.purposeValue.setWordWrap(True)
        self.purposeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoLayout.addWidget(self.purposeValue, 3, 1, 1, 3)

        self.infoLayout.setColumnStretch(1, 1)
        self.infoLayout.setColumnStretch(3, 1)

        self.detailsLayout.addLayout(self.infoLayout)

        self.seatsLabel = QLabel(GroupDetails)
        self.seatsLabel.setObjectName(u"seatsLabel")
        self.seatsLabel.setWordWrap(True)
        self.seatsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.detailsLayout.addWidget(self.seatsLabel)

        self.warningsLabel = QLabel(GroupDetails)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.warningsLabel.setMargin(6)

        self.detailsLayout.addWidget(self.warningsLabel)

        self.membersHeaderLayout = QHBoxLayout()
        self.membersHeaderLayout.setSpacing(8)
        self.membersHeaderLayout.setObjectName(u"membersHeaderLayout")
        self.membersLabel = QLabel(GroupDetails)
        self.membersLabel.setObjectName(u"membersLabel")

        self.membersHeaderLayout.addWidget(self.membersLabel)

        self.membersSpacer = QSpacerItem(16, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.membersHeaderLayout.addItem(self.membersSpacer)

        self.showPastCheck = QCheckBox(GroupDetails)
        self.showPastCheck.setObjectName(u"showPastCheck")

        self.membersHeaderLayout.addWidget(self.showPastCheck)


        self.detailsLayout.addLayout(self.membersHeaderLayout)

        self.memberButtonsLayout = QHBoxLayout()
        self.memberButtonsLayout.setSpacing(8)
        self.memberButtonsLayout.setObjectName(u"memberButtonsLayout")
        self.addMemberButton = QPushButton(GroupDetails)
        self.addMemberButton.setObjectName(u"addMemberButton")
        self.addMemberButton.setAutoDefault(False)

        self.memberButtonsLayout.addWidget(self.addMemberButton)

        self.editTermButton = QPushButton(GroupDetails)
        self.editTermButton.setObjectName(u"editTermButton")
        self.editTermButton.setAutoDefault(False)

        self.memberButtonsLayout.addWidget(self.editTermButton)

        self.standDownButton = QPushButton(GroupDetails)
        self.standDownButton.setObjectName(u"standDownButton")
        self.standDownButton.setAutoDefault(False)

        self.memberButtonsLayout.addWidget(self.standDownButton)

        self.exportMembersButton = QPushButton(GroupDetails)
        self.exportMembersButton.setObjectName(u"exportMembersButton")
        self.exportMembersButton.setAutoDefault(False)

        self.memberButtonsLayout.addWidget(self.exportMembersButton)

        self.mailingButton = QPushButton(GroupDetails)
        self.mailingButton.setObjectName(u"mailingButton")
        self.mailingButton.setAutoDefault(False)

        self.memberButtonsLayout.addWidget(self.mailingButton)

        self.memberButtonsSpacer = QSpacerItem(16, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberButtonsLayout.addItem(self.memberButtonsSpacer)


        self.detailsLayout.addLayout(self.memberButtonsLayout)

        self.membersTable = QTableView(GroupDetails)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membersTable.setTabKeyNavigation(False)
        self.membersTable.setAlternatingRowColors(True)
        self.membersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.detailsLayout.addWidget(self.membersTable)

        QWidget.setTabOrder(self.newGroupButton, self.editGroupButton)
        QWidget.setTabOrder(self.editGroupButton, self.showPastCheck)
        QWidget.setTabOrder(self.showPastCheck, self.addMemberButton)
        QWidget.setTabOrder(self.addMemberButton, self.editTermButton)
        QWidget.setTabOrder(self.editTermButton, self.standDownButton)
        QWidget.setTabOrder(self.standDownButton, self.exportMembersButton)
        QWidget.setTabOrder(self.exportMembersButton, self.mailingButton)
        QWidget.setTabOrder(self.mailingButton, self.membersTable)

        self.retranslateUi(GroupDetails)

        QMetaObject.connectSlotsByName(GroupDetails)
    # setupUi

    def retranslateUi(self, GroupDetails):
        self.groupNameLabel.setText(QCoreApplication.translate("GroupDetails", u"Groups", None))
#if QT_CONFIG(accessibility)
        self.groupNameLabel.setAccessibleName(QCoreApplication.translate("GroupDetails", u"Group shown", None))
#endif // QT_CONFIG(accessibility)
        self.newGroupButton.setText(QCoreApplication.translate("GroupDetails", u"&New group\u2026", None))
#if QT_CONFIG(tooltip)
        self.newGroupButton.setToolTip(QCoreApplication.translate("GroupDetails", u"Add a group or panel (Ctrl+G)", None))
#endif // QT_CONFIG(tooltip)
        self.editGroupButton.setText(QCoreApplication.translate("GroupDetails", u"&Edit group\u2026", None))
#if QT_CONFIG(tooltip)
        self.editGroupButton.setToolTip(QCoreApplication.translate("GroupDetails", u"Change this group's details, terms rule and seats (Ctrl+E or Enter in the list)", None))
#endif // QT_CONFIG(tooltip)
        self.categoryLabel.setText(QCoreApplication.translate("GroupDetails", u"Category:", None))
        self.categoryValue.setText("")
#if QT_CONFIG(accessibility)
        self.categoryValue.setAccessibleName(QCoreApplication.translate("GroupDetails", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.termsLabel.setText(QCoreApplication.translate("GroupDetails", u"Terms of office:", None))
        self.termsValue.setText("")
#if QT_CONFIG(accessibility)
        self.termsValue.setAccessibleName(QCoreApplication.translate("GroupDetails", u"Terms of office", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("GroupDetails", u"Kind:", None))
        self.kindValue.setText("")
#if QT_CONFIG(accessibility)
        self.kindValue.setAccessibleName(QCoreApplication.translate("GroupDetails", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.appraisalLabel.setText(QCoreApplication.translate("GroupDetails", u"Yearly appraisal:", None))
        self.appraisalValue.setText("")
#if QT_CONFIG(accessibility)
        self.appraisalValue.setAccessibleName(QCoreApplication.translate("GroupDetails", u"Yearly appraisal", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("GroupDetails", u"Estate / area:", None))
        self.areaValue.setText("")
#if QT_CONFIG(accessibility)
        self.areaValue.setAccessibleName(QCoreApplication.translate("GroupDetails", u"Estate or area", None))
#endif // QT_CONFIG(accessibility)
        self.meetsLabel.setText(QCoreApplication.translate("GroupDetails", u"Meets:", None))
        self.meetsValue.setText("")
#if QT_CONFIG(accessibility)
        self.meetsValue.setAccessibleName(QCoreApplication.translate("GroupDetails", u"Meeting pattern", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("GroupDetails", u"Purpose:", None))
        self.purposeValue.setText("")
#if QT_CONFIG(accessibility)
        self.purposeValue.setAccessibleName(QCoreApplication.translate("GroupDetails", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.seatsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.seatsLabel.setAccessibleName(QCoreApplication.translate("GroupDetails", u"Seats per constituency", None))
#endif // QT_CONFIG(accessibility)
        self.warningsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.warningsLabel.setAccessibleName(QCoreApplication.translate("GroupDetails", u"Terms of office warnings", None))
#endif // QT_CONFIG(accessibility)
        self.membersLabel.setText(QCoreApplication.translate("GroupDetails", u"Members", None))
#if QT_CONFIG(accessibility)
        self.membersLabel.setAccessibleName(QCoreApplication.translate("GroupDetails", u"Members of the group", None))
#endif // QT_CONFIG(accessibility)
        self.showPastCheck.setText(QCoreApplication.translate("GroupDetails", u"Show &past members", None))
#if QT_CONFIG(tooltip)
        self.showPastCheck.setToolTip(QCoreApplication.translate("GroupDetails", u"Also list terms that have ended and members who stood down", None))
#endif // QT_CONFIG(tooltip)
        self.addMemberButton.setText(QCoreApplication.translate("GroupDetails", u"&Add member\u2026", None))
#if QT_CONFIG(tooltip)
        self.addMemberButton.setToolTip(QCoreApplication.translate("GroupDetails", u"Put someone on this group for a term (Ctrl+M)", None))
#endif // QT_CONFIG(tooltip)
        self.editTermButton.setText(QCoreApplication.translate("GroupDetails", u"Edit &term\u2026", None))
#if QT_CONFIG(tooltip)
        self.editTermButton.setToolTip(QCoreApplication.translate("GroupDetails", u"Change the selected member's role, constituency or term dates (Ctrl+T or Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.standDownButton.setText(QCoreApplication.translate("GroupDetails", u"Stan&d down\u2026", None))
#if QT_CONFIG(tooltip)
        self.standDownButton.setToolTip(QCoreApplication.translate("GroupDetails", u"Record that the selected member stood down (Ctrl+D)", None))
#endif // QT_CONFIG(tooltip)
        self.exportMembersButton.setText(QCoreApplication.translate("GroupDetails", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportMembersButton.setToolTip(QCoreApplication.translate("GroupDetails", u"Save the members list as shown to an Excel workbook (Ctrl+Shift+E)", None))
#endif // QT_CONFIG(tooltip)
        self.mailingButton.setText(QCoreApplication.translate("GroupDetails", u"Ma&iling\u2026", None))
#if QT_CONFIG(tooltip)
        self.mailingButton.setToolTip(QCoreApplication.translate("GroupDetails", u"Letters, labels, emails or texts to the group's current members", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.mailingButton.setAccessibleName(QCoreApplication.translate("GroupDetails", u"Letters, labels, emails or texts to the group's current members", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.membersTable.setAccessibleName(QCoreApplication.translate("GroupDetails", u"Members list", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

