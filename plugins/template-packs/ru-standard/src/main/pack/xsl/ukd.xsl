<?xml version="1.0" encoding="UTF-8"?>
<!-- УКД со статусом 1: корректировочный счёт-фактура (НК РФ ст. 169 п. 5.2, form of ПП РФ № 1137, приложение 2: rows
     1, 1а, 1б, 2–2б, 3–3б, 4, 5; every line as А (до изменения), Б (после изменения), В (увеличение), Г (уменьшение))
     and the primary document of the change (402-ФЗ ст. 9). Its data is contract 1.1: the correction of type ADJUSTMENT
     carries the original УПД, the reason, the changed lines and the totals of the increase and the decrease; the
     document's lines are the lines after the change. Landscape A4. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:d="urn:backoffice:document:1"
                exclude-result-prefixes="d">
  <xsl:include href="common.xsl"/>
  <xsl:include href="upd-parts.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:variable name="adj" select="/d:document/d:correction[@type = 'ADJUSTMENT']"/>

  <xsl:template match="/d:document">
    <xsl:variable name="footer">
      <xsl:text>УКД (корректировочный счёт-фактура) №&#160;</xsl:text>
      <xsl:value-of select="d:number"/>
      <xsl:text> от </xsl:text>
      <xsl:call-template name="date"><xsl:with-param name="iso" select="d:date"/></xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="fo-document">
      <xsl:with-param name="footer" select="string($footer)"/>
      <xsl:with-param name="landscape" select="true()"/>
      <xsl:with-param name="font-size" select="'7pt'"/>
      <xsl:with-param name="body">
        <fo:block font-size="5.5pt" text-align="end">Приложение № 2 к постановлению Правительства Российской Федерации от 26 декабря 2011 г. № 1137</fo:block>
        <fo:table table-layout="fixed" width="100%">
          <fo:table-column column-width="38mm"/>
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-body>
            <fo:table-row>
              <fo:table-cell border-right="1pt solid black" padding-right="2mm">
                <fo:block font-weight="bold" font-size="9pt">Универсальный корректировочный документ</fo:block>
                <fo:table table-layout="fixed" width="100%" space-before="3mm">
                  <fo:table-column column-width="14mm"/>
                  <fo:table-column column-width="9mm"/>
                  <fo:table-column column-width="proportional-column-width(1)"/>
                  <fo:table-body>
                    <fo:table-row>
                      <fo:table-cell display-align="center"><fo:block>Статус:</fo:block></fo:table-cell>
                      <fo:table-cell border="1pt solid black" padding="1mm" display-align="center">
                        <fo:block font-size="11pt" font-weight="bold" text-align="center"><xsl:value-of select="$upd-status"/></fo:block>
                      </fo:table-cell>
                      <fo:table-cell><fo:block/></fo:table-cell>
                    </fo:table-row>
                  </fo:table-body>
                </fo:table>
                <fo:block font-size="5.5pt" space-before="2mm">1 — корректировочный счёт-фактура и документ об изменении стоимости</fo:block>
                <fo:block font-size="5.5pt">2 — документ об изменении стоимости</fo:block>
              </fo:table-cell>
              <fo:table-cell padding-left="2mm">
                <xsl:call-template name="ukd-header"/>
              </fo:table-cell>
            </fo:table-row>
          </fo:table-body>
        </fo:table>
        <xsl:call-template name="ukd-changes-table"/>
        <xsl:call-template name="invoice-signatures"/>
        <xsl:call-template name="ukd-change-sections"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ rows 1–5 -->
  <xsl:template name="ukd-header">
    <fo:table table-layout="fixed" width="100%">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="10mm"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell><fo:block font-size="9pt" font-weight="bold">
            <xsl:text>Корректировочный счёт-фактура № </xsl:text>
            <fo:inline border-bottom="0.5pt solid black"><xsl:value-of select="d:number"/></fo:inline>
            <xsl:text> от </xsl:text>
            <fo:inline border-bottom="0.5pt solid black">
              <xsl:call-template name="date"><xsl:with-param name="iso" select="d:date"/></xsl:call-template>
            </fo:inline>
          </fo:block></fo:table-cell>
          <fo:table-cell><fo:block text-align="end">(1)</fo:block></fo:table-cell>
        </fo:table-row>
        <xsl:call-template name="header-row">
          <xsl:with-param name="label" select="'Исправление корректировочного счёта-фактуры №'"/>
          <xsl:with-param name="value" select="'— от —'"/>
          <xsl:with-param name="no" select="'(1а)'"/>
        </xsl:call-template>
        <xsl:call-template name="header-row">
          <xsl:with-param name="label" select="'к счёту-фактуре (УПД) №'"/>
          <xsl:with-param name="no" select="'(1б)'"/>
          <xsl:with-param name="value">
            <xsl:value-of select="concat($adj/d:original/d:number, ' от ')"/>
            <xsl:call-template name="date"><xsl:with-param name="iso" select="$adj/d:original/d:date"/></xsl:call-template>
            <xsl:text>, с учётом исправления № — от —</xsl:text>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="party-rows">
          <xsl:with-param name="p" select="d:seller"/>
          <xsl:with-param name="label" select="'Продавец'"/>
          <xsl:with-param name="n" select="'2'"/>
          <xsl:with-param name="whose" select="'продавца'"/>
        </xsl:call-template>
        <xsl:call-template name="party-rows">
          <xsl:with-param name="p" select="d:buyer"/>
          <xsl:with-param name="label" select="'Покупатель'"/>
          <xsl:with-param name="n" select="'3'"/>
          <xsl:with-param name="whose" select="'покупателя'"/>
        </xsl:call-template>
        <xsl:call-template name="header-row">
          <xsl:with-param name="label" select="'Валюта: наименование, код'"/>
          <xsl:with-param name="no" select="'(4)'"/>
          <xsl:with-param name="value"><xsl:call-template name="currency-name"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="header-row">
          <xsl:with-param name="label" select="'Идентификатор государственного контракта, договора (соглашения) (при наличии)'"/>
          <xsl:with-param name="value" select="'—'"/>
          <xsl:with-param name="no" select="'(5)'"/>
        </xsl:call-template>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- ============================================================ the table: every line as А, Б, В, Г -->
  <xsl:template name="ukd-changes-table">
    <fo:table table-layout="fixed" width="100%" space-before="2mm" font-size="6.5pt" border="1pt solid black">
      <fo:table-column column-width="7mm"/> <!-- № -->
      <fo:table-column column-width="proportional-column-width(1)"/> <!-- 1 -->
      <fo:table-column column-width="24mm"/> <!-- А–Г -->
      <fo:table-column column-width="9mm"/> <!-- 2 -->
      <fo:table-column column-width="15mm"/> <!-- 2а -->
      <fo:table-column column-width="14mm"/> <!-- 3 -->
      <fo:table-column column-width="20mm"/> <!-- 4 -->
      <fo:table-column column-width="23mm"/> <!-- 5 -->
      <fo:table-column column-width="15mm"/> <!-- 6 -->
      <fo:table-column column-width="13mm"/> <!-- 7 -->
      <fo:table-column column-width="21mm"/> <!-- 8 -->
      <fo:table-column column-width="23mm"/> <!-- 9 -->
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'№ п/п'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Наименование товара (описание выполненных работ, оказанных услуг), имущественного права'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Показатель'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <fo:table-cell xsl:use-attribute-sets="u-head" number-columns-spanned="2"><fo:block>Единица измерения</fo:block></fo:table-cell>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Количество (объём)'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Цена (тариф) за единицу измерения'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Стоимость товаров (работ, услуг), имущественных прав без налога — всего'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'В том числе сумма акциза'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Налоговая ставка'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Сумма налога'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Стоимость товаров (работ, услуг), имущественных прав с налогом — всего'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
        </fo:table-row>
        <fo:table-row>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'код'"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'условное обозначение'"/></xsl:call-template>
        </fo:table-row>
        <fo:table-row>
          <xsl:call-template name="column-numbers">
            <xsl:with-param name="list" select="'— 1 — 2 2а 3 4 5 6 7 8 9 '"/>
          </xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="$adj/d:changes/d:change">
          <xsl:call-template name="ukd-state-row">
            <xsl:with-param name="c" select="."/>
            <xsl:with-param name="first" select="true()"/>
            <xsl:with-param name="label" select="'А (до изменения)'"/>
            <xsl:with-param name="l" select="d:before"/>
          </xsl:call-template>
          <xsl:call-template name="ukd-state-row">
            <xsl:with-param name="c" select="."/>
            <xsl:with-param name="label" select="'Б (после изменения)'"/>
            <xsl:with-param name="l" select="d:after"/>
          </xsl:call-template>
          <xsl:call-template name="ukd-difference-row">
            <xsl:with-param name="label" select="'В (увеличение)'"/>
            <xsl:with-param name="t" select="d:increase"/>
          </xsl:call-template>
          <xsl:call-template name="ukd-difference-row">
            <xsl:with-param name="label" select="'Г (уменьшение)'"/>
            <xsl:with-param name="t" select="d:decrease"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:call-template name="ukd-total-row">
          <xsl:with-param name="label" select="'Всего увеличение (сумма строк В)'"/>
          <xsl:with-param name="t" select="$adj/d:increase"/>
        </xsl:call-template>
        <xsl:call-template name="ukd-total-row">
          <xsl:with-param name="label" select="'Всего уменьшение (сумма строк Г)'"/>
          <xsl:with-param name="t" select="$adj/d:decrease"/>
        </xsl:call-template>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- rows А and Б: the line as it was and as it is; the number and the name span the four rows of the line -->
  <xsl:template name="ukd-state-row">
    <xsl:param name="c"/>
    <xsl:param name="first" select="false()"/>
    <xsl:param name="label"/>
    <xsl:param name="l"/>
    <fo:table-row keep-with-next.within-page="always">
      <xsl:if test="$first">
        <fo:table-cell xsl:use-attribute-sets="u-mid" number-rows-spanned="4"><fo:block><xsl:value-of select="$c/@no"/></fo:block></fo:table-cell>
        <fo:table-cell xsl:use-attribute-sets="u-cell" number-rows-spanned="4"><fo:block><xsl:value-of select="$c/d:after/d:name"/></fo:block></fo:table-cell>
      </xsl:if>
      <fo:table-cell xsl:use-attribute-sets="u-cell"><fo:block><xsl:value-of select="$label"/></fo:block></fo:table-cell>
      <xsl:if test="$first">
        <fo:table-cell xsl:use-attribute-sets="u-mid" number-rows-spanned="4"><fo:block><xsl:value-of select="concat($c/d:after/d:unitCode, substring('—', 1, number(not($c/d:after/d:unitCode))))"/></fo:block></fo:table-cell>
        <fo:table-cell xsl:use-attribute-sets="u-mid" number-rows-spanned="4"><fo:block><xsl:value-of select="concat($c/d:after/d:unitName, substring('—', 1, number(not($c/d:after/d:unitName))))"/></fo:block></fo:table-cell>
      </xsl:if>
      <fo:table-cell xsl:use-attribute-sets="u-num"><fo:block>
        <xsl:call-template name="quantity"><xsl:with-param name="value" select="$l/d:quantity"/></xsl:call-template>
      </fo:block></fo:table-cell>
      <fo:table-cell xsl:use-attribute-sets="u-num"><fo:block>
        <!-- column 4 is the price without VAT: when VAT is included in the tariff, derive it from column 5 -->
        <xsl:call-template name="money">
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="$vat-mode = 'INCLUDED' and $l/d:quantity != 0"><xsl:value-of select="$l/d:amountWithoutVat div $l/d:quantity"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$l/d:price"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </fo:block></fo:table-cell>
      <fo:table-cell xsl:use-attribute-sets="u-num"><fo:block>
        <xsl:call-template name="money"><xsl:with-param name="value" select="$l/d:amountWithoutVat"/></xsl:call-template>
      </fo:block></fo:table-cell>
      <fo:table-cell xsl:use-attribute-sets="u-mid"><fo:block>без акциза</fo:block></fo:table-cell>
      <fo:table-cell xsl:use-attribute-sets="u-mid"><fo:block><xsl:value-of select="$l/d:vatRate"/></fo:block></fo:table-cell>
      <fo:table-cell xsl:use-attribute-sets="u-num"><fo:block>
        <xsl:choose>
          <xsl:when test="$l/d:vatAmount"><xsl:call-template name="money"><xsl:with-param name="value" select="$l/d:vatAmount"/></xsl:call-template></xsl:when>
          <xsl:otherwise>без НДС</xsl:otherwise>
        </xsl:choose>
      </fo:block></fo:table-cell>
      <fo:table-cell xsl:use-attribute-sets="u-num"><fo:block>
        <xsl:call-template name="money"><xsl:with-param name="value" select="$l/d:amount"/></xsl:call-template>
      </fo:block></fo:table-cell>
    </fo:table-row>
  </xsl:template>

  <!-- rows В and Г: only the cost, the VAT and the cost with VAT change; quantity, price and rate are X -->
  <xsl:template name="ukd-difference-row">
    <xsl:param name="label"/>
    <xsl:param name="t"/>
    <fo:table-row keep-with-previous.within-page="always">
      <fo:table-cell xsl:use-attribute-sets="u-cell"><fo:block><xsl:value-of select="$label"/></fo:block></fo:table-cell>
      <fo:table-cell xsl:use-attribute-sets="u-mid"><fo:block>X</fo:block></fo:table-cell>
      <fo:table-cell xsl:use-attribute-sets="u-mid"><fo:block>X</fo:block></fo:table-cell>
      <xsl:call-template name="ukd-difference-cells"><xsl:with-param name="t" select="$t"/></xsl:call-template>
    </fo:table-row>
  </xsl:template>

  <xsl:template name="ukd-difference-cells">
    <xsl:param name="t"/>
    <fo:table-cell xsl:use-attribute-sets="u-num"><fo:block>
      <xsl:call-template name="money"><xsl:with-param name="value" select="$t/d:amountWithoutVat"/></xsl:call-template>
    </fo:block></fo:table-cell>
    <fo:table-cell xsl:use-attribute-sets="u-mid"><fo:block>без акциза</fo:block></fo:table-cell>
    <fo:table-cell xsl:use-attribute-sets="u-mid"><fo:block>X</fo:block></fo:table-cell>
    <fo:table-cell xsl:use-attribute-sets="u-num"><fo:block>
      <xsl:choose>
        <xsl:when test="$t/d:vat"><xsl:call-template name="money"><xsl:with-param name="value" select="$t/d:vat"/></xsl:call-template></xsl:when>
        <xsl:otherwise>без НДС</xsl:otherwise>
      </xsl:choose>
    </fo:block></fo:table-cell>
    <fo:table-cell xsl:use-attribute-sets="u-num"><fo:block>
      <xsl:call-template name="money"><xsl:with-param name="value" select="$t/d:amount"/></xsl:call-template>
    </fo:block></fo:table-cell>
  </xsl:template>

  <xsl:template name="ukd-total-row">
    <xsl:param name="label"/>
    <xsl:param name="t"/>
    <fo:table-row keep-with-previous.within-page="always" font-weight="bold">
      <fo:table-cell xsl:use-attribute-sets="u-cell" number-columns-spanned="7"><fo:block><xsl:value-of select="$label"/></fo:block></fo:table-cell>
      <xsl:call-template name="ukd-difference-cells"><xsl:with-param name="t" select="$t"/></xsl:call-template>
    </fo:table-row>
  </xsl:template>

  <!-- ============================================================ the primary document of the change -->
  <xsl:template name="ukd-change-sections">
    <fo:block border-top="1pt solid black" space-before="2mm" padding-top="1mm" keep-with-next.within-page="always">
      <xsl:text>Основание для корректировки: </xsl:text>
      <fo:inline font-weight="bold">
        <xsl:choose>
          <xsl:when test="$adj/d:reason"><xsl:value-of select="$adj/d:reason"/></xsl:when>
          <xsl:otherwise>—</xsl:otherwise>
        </xsl:choose>
      </fo:inline>
      <xsl:text>  [8]</xsl:text>
    </fo:block>
    <fo:block keep-with-next.within-page="always">
      <xsl:text>Документ, к которому составлена корректировка: </xsl:text>
      <fo:inline font-weight="bold">
        <xsl:text>УПД (счёт-фактура) </xsl:text>
        <xsl:call-template name="ref"><xsl:with-param name="r" select="$adj/d:original"/></xsl:call-template>
        <xsl:if test="d:contract">
          <xsl:text>; договор </xsl:text>
          <xsl:call-template name="ref"><xsl:with-param name="r" select="d:contract"/></xsl:call-template>
        </xsl:if>
      </fo:inline>
      <xsl:text>  [9]</xsl:text>
    </fo:block>
    <fo:table table-layout="fixed" width="100%" space-before="1mm" keep-together.within-page="always">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="6mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell border-right="0.5pt solid black" padding-right="2mm">
            <xsl:call-template name="person-row">
              <xsl:with-param name="label" select="'Лицо, передавшее документ об изменении стоимости'"/>
              <xsl:with-param name="s" select="d:seller/d:signatory"/>
              <xsl:with-param name="no" select="'[10]'"/>
            </xsl:call-template>
            <fo:block space-before="1mm">
              <xsl:text>Дата составления: </xsl:text>
              <fo:inline font-weight="bold">
                <xsl:call-template name="date-long">
                  <xsl:with-param name="iso" select="d:date"/>
                  <xsl:with-param name="quoted" select="true()"/>
                </xsl:call-template>
              </fo:inline>
              <xsl:text>  [11]</xsl:text>
            </fo:block>
            <xsl:call-template name="composer">
              <xsl:with-param name="p" select="d:seller"/>
              <xsl:with-param name="no" select="'[12]'"/>
            </xsl:call-template>
          </fo:table-cell>
          <fo:table-cell><fo:block/></fo:table-cell>
          <fo:table-cell>
            <xsl:call-template name="person-row">
              <xsl:with-param name="label" select="'Лицо, получившее документ об изменении стоимости (согласие с изменением)'"/>
              <xsl:with-param name="s" select="d:buyer/d:signatory"/>
              <xsl:with-param name="no" select="'[13]'"/>
            </xsl:call-template>
            <fo:block space-before="1mm">Дата получения: «____» _______________ 20___ г.  [14]</fo:block>
            <xsl:call-template name="composer">
              <xsl:with-param name="p" select="d:buyer"/>
              <xsl:with-param name="no" select="'[15]'"/>
            </xsl:call-template>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>
</xsl:stylesheet>
