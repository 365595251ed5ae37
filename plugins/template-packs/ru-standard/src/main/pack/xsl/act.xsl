<?xml version="1.0" encoding="UTF-8"?>
<!-- Акт оказанных услуг: a primary accounting document (402-ФЗ ст. 9 ч. 2): title, date, who drew it up, what was
     done (the event, its dates as the service period), quantity and money with units, positions and signatures of
     both parties; references to the contract and the invoice. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:d="urn:backoffice:document:1"
                exclude-result-prefixes="d">
  <xsl:include href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/d:document">
    <xsl:variable name="issued" select="d:correction[@type = 'FIX']/d:original/d:date | d:date[not(../d:correction[@type = 'FIX'])]"/>
    <xsl:variable name="title">
      <xsl:text>Акт</xsl:text>
      <xsl:if test="d:number"><xsl:value-of select="concat(' №&#160;', d:number)"/></xsl:if>
      <xsl:text> от </xsl:text>
      <xsl:call-template name="date-long"><xsl:with-param name="iso" select="$issued"/></xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="fo-document">
      <xsl:with-param name="footer" select="concat($title, ' об оказании услуг')"/>
      <xsl:with-param name="body">
        <fo:block font-size="14pt" font-weight="bold"><xsl:value-of select="$title"/></fo:block>
        <fo:block font-size="11pt" font-weight="bold">об оказании услуг</fo:block>
        <xsl:call-template name="fix-line"/>
        <xsl:call-template name="rule"/>
        <fo:table table-layout="fixed" width="100%">
          <fo:table-column column-width="42mm"/>
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-body>
            <xsl:call-template name="act-row">
              <xsl:with-param name="label" select="'Исполнитель:'"/>
              <xsl:with-param name="p" select="d:seller"/>
            </xsl:call-template>
            <xsl:call-template name="act-row">
              <xsl:with-param name="label" select="'Заказчик:'"/>
              <xsl:with-param name="p" select="d:buyer"/>
            </xsl:call-template>
            <xsl:if test="d:contract or d:invoice">
              <fo:table-row>
                <fo:table-cell padding-bottom="2mm"><fo:block>Основание:</fo:block></fo:table-cell>
                <fo:table-cell padding-bottom="2mm"><fo:block>
                  <xsl:if test="d:contract">
                    <xsl:text>Договор </xsl:text>
                    <xsl:call-template name="ref"><xsl:with-param name="r" select="d:contract"/></xsl:call-template>
                  </xsl:if>
                  <xsl:if test="d:contract and d:invoice">; </xsl:if>
                  <xsl:if test="d:invoice">
                    <xsl:text>счёт на оплату </xsl:text>
                    <xsl:call-template name="ref"><xsl:with-param name="r" select="d:invoice"/></xsl:call-template>
                  </xsl:if>
                </fo:block></fo:table-cell>
              </fo:table-row>
            </xsl:if>
            <xsl:if test="d:event">
              <fo:table-row>
                <fo:table-cell padding-bottom="2mm"><fo:block>Период оказания услуг:</fo:block></fo:table-cell>
                <fo:table-cell padding-bottom="2mm" display-align="after"><fo:block>
                  <xsl:call-template name="event-period"/>
                  <xsl:value-of select="concat(' (конференция «', d:event/d:name, '»')"/>
                  <xsl:if test="d:event/d:venue"><xsl:value-of select="concat(', ', d:event/d:venue)"/></xsl:if>
                  <xsl:text>)</xsl:text>
                </fo:block></fo:table-cell>
              </fo:table-row>
            </xsl:if>
          </fo:table-body>
        </fo:table>
        <xsl:call-template name="lines-table">
          <xsl:with-param name="what" select="'Наименование услуг'"/>
        </xsl:call-template>
        <xsl:call-template name="totals">
          <xsl:with-param name="grand-label" select="'Всего:'"/>
        </xsl:call-template>
        <xsl:call-template name="sum-in-words">
          <xsl:with-param name="lead" select="'Всего оказано услуг '"/>
        </xsl:call-template>
        <fo:block space-before="3mm">
          Вышеперечисленные услуги оказаны полностью и в срок. Заказчик претензий по объёму, качеству и срокам
          оказания услуг не имеет.
        </fo:block>
        <xsl:call-template name="rule"/>
        <fo:table table-layout="fixed" width="100%" keep-together.within-page="always">
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-column column-width="8mm"/>
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-body>
            <fo:table-row>
              <fo:table-cell>
                <xsl:call-template name="act-signature">
                  <xsl:with-param name="label" select="'ИСПОЛНИТЕЛЬ'"/>
                  <xsl:with-param name="p" select="d:seller"/>
                </xsl:call-template>
              </fo:table-cell>
              <fo:table-cell><fo:block/></fo:table-cell>
              <fo:table-cell>
                <xsl:call-template name="act-signature">
                  <xsl:with-param name="label" select="'ЗАКАЗЧИК'"/>
                  <xsl:with-param name="p" select="d:buyer"/>
                </xsl:call-template>
              </fo:table-cell>
            </fo:table-row>
          </fo:table-body>
        </fo:table>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="act-row">
    <xsl:param name="label"/>
    <xsl:param name="p"/>
    <fo:table-row>
      <fo:table-cell padding-bottom="2mm"><fo:block><xsl:value-of select="$label"/></fo:block></fo:table-cell>
      <fo:table-cell padding-bottom="2mm"><fo:block font-weight="bold">
        <xsl:call-template name="party-line"><xsl:with-param name="p" select="$p"/></xsl:call-template>
      </fo:block>
      <xsl:for-each select="$p/d:bank[d:account]">
        <fo:block>
          <xsl:value-of select="concat('р/с&#160;', d:account)"/>
          <xsl:if test="d:name"><xsl:value-of select="concat(' в ', d:name)"/></xsl:if>
          <xsl:if test="d:bik"><xsl:value-of select="concat(', БИК&#160;', d:bik)"/></xsl:if>
          <xsl:if test="d:correspondentAccount"><xsl:value-of select="concat(', корр.&#160;счёт&#160;', d:correspondentAccount)"/></xsl:if>
        </fo:block>
      </xsl:for-each>
      </fo:table-cell>
    </fo:table-row>
  </xsl:template>

  <!-- One party's signature: role, name, position, a line to sign, name with initials, М.П. -->
  <xsl:template name="act-signature">
    <xsl:param name="label"/>
    <xsl:param name="p"/>
    <fo:block font-weight="bold"><xsl:value-of select="$label"/></fo:block>
    <fo:block><xsl:call-template name="name"><xsl:with-param name="p" select="$p"/></xsl:call-template></fo:block>
    <fo:block space-before="2mm"><xsl:value-of select="$p/d:signatory/d:position"/></fo:block>
    <fo:block space-before="8mm">
      <fo:leader leader-pattern="rule" leader-length="35mm" rule-thickness="0.5pt"/>
      <xsl:text> / </xsl:text>
      <xsl:call-template name="initials-or-blank"><xsl:with-param name="name" select="$p/d:signatory/d:name"/></xsl:call-template>
      <xsl:text> /</xsl:text>
    </fo:block>
    <fo:block font-size="6pt">(подпись)</fo:block>
    <xsl:if test="$p/d:signatory/d:basis = 'POWER_OF_ATTORNEY'">
      <fo:block font-size="7.5pt">
        <xsl:text>по </xsl:text>
        <xsl:call-template name="basis-genitive"><xsl:with-param name="s" select="$p/d:signatory"/></xsl:call-template>
      </fo:block>
    </xsl:if>
    <fo:block space-before="2mm" font-size="7.5pt">М.П. (при наличии)</fo:block>
  </xsl:template>
</xsl:stylesheet>
