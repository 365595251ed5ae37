<?xml version="1.0" encoding="UTF-8"?>
<!-- Parts shared by the счёт на оплату and the договор-счёт: the seller's bank block in the usual layout, the
     parties, the copy-ready payment purpose and the deadline. Include together with common.xsl. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:d="urn:backoffice:document:1"
                exclude-result-prefixes="d">

  <!--  | Банк получателя            | БИК   | 044525225            |
        |                            | Сч. № | 30101810400000000225 |
        | ИНН …        | КПП …       | Сч. № | 40702810538000123456 |
        | Получатель                 |       |                      |  -->
  <xsl:template name="bank-block">
    <xsl:variable name="s" select="/d:document/d:seller"/>
    <xsl:variable name="b" select="$s/d:bank"/>
    <fo:table table-layout="fixed" width="100%" border="0.5pt solid black">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="16mm"/>
      <fo:table-column column-width="52mm"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell number-columns-spanned="2" number-rows-spanned="2" border="0.5pt solid black" padding="1mm">
            <fo:block><xsl:value-of select="$b/d:name"/></fo:block>
            <fo:block font-size="7pt" space-before="2mm">Банк получателя</fo:block>
          </fo:table-cell>
          <fo:table-cell border="0.5pt solid black" padding="1mm"><fo:block>БИК</fo:block></fo:table-cell>
          <fo:table-cell border-top="0.5pt solid black" padding="1mm"><fo:block><xsl:value-of select="$b/d:bik"/></fo:block></fo:table-cell>
        </fo:table-row>
        <fo:table-row>
          <fo:table-cell border="0.5pt solid black" padding="1mm"><fo:block>Сч.&#160;№</fo:block></fo:table-cell>
          <fo:table-cell padding="1mm"><fo:block><xsl:value-of select="$b/d:correspondentAccount"/></fo:block></fo:table-cell>
        </fo:table-row>
        <fo:table-row>
          <xsl:choose>
            <xsl:when test="$s/d:kpp">
              <fo:table-cell border="0.5pt solid black" padding="1mm"><fo:block>ИНН&#160;<xsl:value-of select="$s/d:inn"/></fo:block></fo:table-cell>
              <fo:table-cell border="0.5pt solid black" padding="1mm"><fo:block>КПП&#160;<xsl:value-of select="$s/d:kpp"/></fo:block></fo:table-cell>
            </xsl:when>
            <xsl:otherwise>
              <fo:table-cell number-columns-spanned="2" border="0.5pt solid black" padding="1mm"><fo:block>ИНН&#160;<xsl:value-of select="$s/d:inn"/></fo:block></fo:table-cell>
            </xsl:otherwise>
          </xsl:choose>
          <fo:table-cell number-rows-spanned="2" border="0.5pt solid black" padding="1mm"><fo:block>Сч.&#160;№</fo:block></fo:table-cell>
          <fo:table-cell number-rows-spanned="2" border-top="0.5pt solid black" border-bottom="0.5pt solid black" padding="1mm"><fo:block><xsl:value-of select="$b/d:account"/></fo:block></fo:table-cell>
        </fo:table-row>
        <fo:table-row>
          <fo:table-cell number-columns-spanned="2" border="0.5pt solid black" padding="1mm">
            <fo:block><xsl:call-template name="name"><xsl:with-param name="p" select="$s"/></xsl:call-template></fo:block>
            <fo:block font-size="7pt" space-before="2mm">Получатель</fo:block>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- Поставщик / Покупатель / Основание as a two-column table -->
  <xsl:template name="invoice-parties">
    <xsl:param name="seller-label" select="'Поставщик (Исполнитель):'"/>
    <xsl:param name="buyer-label" select="'Покупатель (Заказчик):'"/>
    <fo:table table-layout="fixed" width="100%">
      <fo:table-column column-width="34mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell padding-bottom="2mm"><fo:block><xsl:value-of select="$seller-label"/></fo:block></fo:table-cell>
          <fo:table-cell padding-bottom="2mm"><fo:block font-weight="bold">
            <xsl:call-template name="party-line"><xsl:with-param name="p" select="/d:document/d:seller"/></xsl:call-template>
          </fo:block></fo:table-cell>
        </fo:table-row>
        <fo:table-row>
          <fo:table-cell padding-bottom="2mm"><fo:block><xsl:value-of select="$buyer-label"/></fo:block></fo:table-cell>
          <fo:table-cell padding-bottom="2mm"><fo:block font-weight="bold">
            <xsl:call-template name="party-line"><xsl:with-param name="p" select="/d:document/d:buyer"/></xsl:call-template>
          </fo:block></fo:table-cell>
        </fo:table-row>
        <xsl:if test="/d:document/d:contract">
          <fo:table-row>
            <fo:table-cell padding-bottom="2mm"><fo:block>Основание:</fo:block></fo:table-cell>
            <fo:table-cell padding-bottom="2mm"><fo:block>
              <xsl:text>Договор </xsl:text>
              <xsl:call-template name="ref"><xsl:with-param name="r" select="/d:document/d:contract"/></xsl:call-template>
            </fo:block></fo:table-cell>
          </fo:table-row>
        </xsl:if>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- The payment purpose in a box, ready to copy into the payment order -->
  <xsl:template name="payment-purpose">
    <xsl:if test="/d:document/d:paymentPurpose">
      <fo:block space-before="4mm" font-size="8pt" keep-with-next.within-page="always">
        Назначение платежа (укажите в платёжном поручении без изменений):
      </fo:block>
      <fo:block border="1pt solid black" padding="2mm" start-indent="3mm" end-indent="3mm" space-before="1mm" font-size="9.5pt">
        <xsl:value-of select="/d:document/d:paymentPurpose"/>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- "Оплатить не позднее 03.12.2026." or, without a date, within five banking days -->
  <xsl:template name="payment-due">
    <fo:block space-before="3mm">
      <xsl:choose>
        <xsl:when test="/d:document/d:paymentDue">
          <xsl:text>Оплатить не позднее </xsl:text>
          <fo:inline font-weight="bold">
            <xsl:call-template name="date"><xsl:with-param name="iso" select="/d:document/d:paymentDue"/></xsl:call-template>
          </fo:inline>
          <xsl:text>.</xsl:text>
        </xsl:when>
        <xsl:otherwise>Оплатить в течение 5 (пяти) банковских дней с даты выставления счёта.</xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <!-- Руководитель (ИП for an individual entrepreneur) and бухгалтер of the seller, side by side; no accountant's
       line when the seller has none -->
  <xsl:template name="invoice-signatures">
    <xsl:variable name="s" select="/d:document/d:seller"/>
    <fo:block keep-together.within-page="always" space-before="3mm">
      <xsl:call-template name="rule"/>
      <fo:table table-layout="fixed" width="100%" space-before="3mm">
        <fo:table-column column-width="27mm"/>
        <fo:table-column column-width="proportional-column-width(1)"/>
        <fo:table-column column-width="26mm"/>
        <fo:table-column column-width="6mm"/>
        <fo:table-column column-width="27mm"/>
        <fo:table-column column-width="proportional-column-width(1)"/>
        <fo:table-column column-width="26mm"/>
        <fo:table-body>
          <fo:table-row>
            <xsl:call-template name="invoice-signature">
              <xsl:with-param name="label" select="concat(substring('Руководитель', 1, 12 * number(string-length($s/d:inn) != 12)), substring('ИП', 1, 2 * number(string-length($s/d:inn) = 12)))"/>
              <xsl:with-param name="p" select="$s/d:signatory"/>
            </xsl:call-template>
            <fo:table-cell><fo:block/></fo:table-cell>
            <xsl:choose>
              <xsl:when test="$s/d:chiefAccountant">
                <xsl:call-template name="invoice-signature">
                  <xsl:with-param name="label" select="'Бухгалтер'"/>
                  <xsl:with-param name="p" select="$s/d:chiefAccountant"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise>
                <fo:table-cell number-columns-spanned="3"><fo:block/></fo:table-cell>
              </xsl:otherwise>
            </xsl:choose>
          </fo:table-row>
        </fo:table-body>
      </fo:table>
    </fo:block>
  </xsl:template>

  <!-- three cells: label with position under it, a rule with "(подпись)", the name with initials -->
  <xsl:template name="invoice-signature">
    <xsl:param name="label"/>
    <xsl:param name="p"/>
    <fo:table-cell display-align="after">
      <fo:block font-weight="bold"><xsl:value-of select="$label"/></fo:block>
      <fo:block font-size="6pt"><xsl:value-of select="$p/d:position"/>&#160;</fo:block>
    </fo:table-cell>
    <fo:table-cell display-align="after" padding-left="1mm" padding-right="1mm">
      <fo:block border-bottom="0.5pt solid black">&#160;</fo:block>
      <fo:block font-size="5.5pt" text-align="center">подпись</fo:block>
      <fo:block font-size="6pt">&#160;</fo:block>
    </fo:table-cell>
    <fo:table-cell display-align="after">
      <fo:block border-bottom="0.5pt solid black">
        <xsl:call-template name="initials"><xsl:with-param name="name" select="$p/d:name"/></xsl:call-template>
        <xsl:text>&#160;</xsl:text>
      </fo:block>
      <fo:block font-size="5.5pt" text-align="center">расшифровка подписи</fo:block>
      <fo:block font-size="6pt">&#160;</fo:block>
    </fo:table-cell>
  </xsl:template>
</xsl:stylesheet>
