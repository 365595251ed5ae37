<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared pieces of the English standard pack (documents for foreign clients): page set-up, money "73,200.00",
     dates "26 November 2026", party details, the lines table with totals, signature lines. XSLT 1.0, no
     extensions: the host runs it with secure processing. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:d="urn:backoffice:document:1"
                exclude-result-prefixes="d">

  <xsl:decimal-format name="en" decimal-separator="." grouping-separator="," minus-sign="-"/>

  <xsl:attribute-set name="cell">
    <xsl:attribute name="border">0.5pt solid black</xsl:attribute>
    <xsl:attribute name="padding">1mm</xsl:attribute>
    <xsl:attribute name="display-align">center</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="head-cell" use-attribute-sets="cell">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="background-color">#f0f0f0</xsl:attribute>
  </xsl:attribute-set>

  <xsl:variable name="vat-mode" select="/d:document/d:vat/@mode"/>
  <xsl:variable name="vat-rate" select="/d:document/d:vat/@rate"/>
  <xsl:variable name="currency" select="/d:document/d:currency"/>

  <!-- A4 portrait; footer with the title and "Page N of M". -->
  <xsl:template name="fo-document">
    <xsl:param name="footer"/>
    <xsl:param name="body"/>
    <xsl:param name="font-size" select="'9pt'"/>
    <fo:root font-family="DejaVu Sans" font-size="{$font-size}" line-height="1.25" language="en">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="page" page-width="210mm" page-height="297mm"
                               margin-top="15mm" margin-bottom="10mm" margin-left="20mm" margin-right="12mm">
          <fo:region-body margin-bottom="10mm"/>
          <fo:region-after extent="6mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:page-sequence master-reference="page">
        <fo:static-content flow-name="xsl-region-after">
          <fo:block font-size="6.5pt" color="#555555" text-align-last="justify">
            <xsl:value-of select="$footer"/>
            <fo:leader leader-pattern="space"/>
            <xsl:text>Page </xsl:text><fo:page-number/><xsl:text> of </xsl:text>
            <fo:page-number-citation ref-id="document-end"/>
          </fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <xsl:copy-of select="$body"/>
          <fo:block id="document-end"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template name="money">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="string($value) = ''">—</xsl:when>
      <xsl:otherwise><xsl:value-of select="format-number(number($value), '#,##0.00', 'en')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="quantity">
    <xsl:param name="value"/>
    <xsl:value-of select="format-number(number($value), '#,##0.###', 'en')"/>
  </xsl:template>

  <!-- 2026-11-26 -> 26 November 2026 -->
  <xsl:template name="date">
    <xsl:param name="iso"/>
    <xsl:if test="string($iso) != ''">
      <xsl:variable name="months" select="'January  February March    April    May      June     July     August   SeptemberOctober  November December '"/>
      <xsl:value-of select="concat(number(substring($iso, 9, 2)), '&#160;',
          normalize-space(substring($months, (number(substring($iso, 6, 2)) - 1) * 9 + 1, 9)),
          ' ', substring($iso, 1, 4))"/>
    </xsl:if>
  </xsl:template>

  <!-- A correction that keeps the document's number and date (shown in its title): "Correction No. k dated <date>". -->
  <xsl:template name="fix-line">
    <xsl:if test="/d:document/d:correction[@type = 'FIX']">
      <fo:block space-before="1mm" font-weight="bold">
        <xsl:value-of select="concat('Correction No.&#160;', /d:document/d:correction/@index, ' dated ')"/>
        <xsl:call-template name="date"><xsl:with-param name="iso" select="/d:document/d:date"/></xsl:call-template>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ref">
    <xsl:param name="r"/>
    <xsl:if test="$r/d:number"><xsl:value-of select="concat('No.&#160;', $r/d:number)"/></xsl:if>
    <xsl:if test="$r/d:date">
      <xsl:text> dated </xsl:text>
      <xsl:call-template name="date"><xsl:with-param name="iso" select="$r/d:date"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="event-period">
    <xsl:variable name="e" select="/d:document/d:event"/>
    <xsl:call-template name="date"><xsl:with-param name="iso" select="$e/d:startsOn"/></xsl:call-template>
    <xsl:if test="$e/d:endsOn and string($e/d:endsOn) != string($e/d:startsOn)">
      <xsl:text> – </xsl:text>
      <xsl:call-template name="date"><xsl:with-param name="iso" select="$e/d:endsOn"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="name">
    <xsl:param name="p"/>
    <xsl:choose>
      <xsl:when test="$p/d:shortName"><xsl:value-of select="$p/d:shortName"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$p/d:fullName"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Russian identifiers with their Russian abbreviations explained once: INN (tax id), KPP, OGRN / OGRNIP -->
  <xsl:template name="ids">
    <xsl:param name="p"/>
    <xsl:value-of select="concat('INN (tax ID) ', $p/d:inn)"/>
    <xsl:if test="$p/d:kpp"><xsl:value-of select="concat(', KPP ', $p/d:kpp)"/></xsl:if>
    <xsl:if test="$p/d:ogrn">
      <xsl:choose>
        <xsl:when test="string-length($p/d:ogrn) = 15">, OGRNIP </xsl:when>
        <xsl:otherwise>, OGRN </xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="$p/d:ogrn"/>
    </xsl:if>
  </xsl:template>

  <!-- The identifiers one per line -->
  <xsl:template name="id-lines">
    <xsl:param name="p"/>
    <fo:block>INN (tax ID) <xsl:value-of select="$p/d:inn"/></fo:block>
    <xsl:if test="$p/d:kpp"><fo:block>KPP <xsl:value-of select="$p/d:kpp"/></fo:block></xsl:if>
    <xsl:if test="$p/d:ogrn">
      <fo:block>
        <xsl:choose>
          <xsl:when test="string-length($p/d:ogrn) = 15">OGRNIP </xsl:when>
          <xsl:otherwise>OGRN </xsl:otherwise>
        </xsl:choose>
        <xsl:value-of select="$p/d:ogrn"/>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- Details as a block of lines: full name, address, identifiers, bank, contacts -->
  <xsl:template name="party-details">
    <xsl:param name="p"/>
    <fo:block font-weight="bold" keep-with-next.within-page="always"><xsl:value-of select="$p/d:fullName"/></fo:block>
    <xsl:if test="$p/d:legalAddress"><fo:block>Address: <xsl:value-of select="$p/d:legalAddress"/></fo:block></xsl:if>
    <xsl:if test="$p/d:postalAddress"><fo:block>Postal address: <xsl:value-of select="$p/d:postalAddress"/></fo:block></xsl:if>
    <xsl:call-template name="id-lines"><xsl:with-param name="p" select="$p"/></xsl:call-template>
    <xsl:for-each select="$p/d:bank">
      <xsl:if test="d:account"><fo:block>Account: <xsl:value-of select="d:account"/></fo:block></xsl:if>
      <xsl:if test="d:name"><fo:block>Bank: <xsl:value-of select="d:name"/></fo:block></xsl:if>
      <xsl:if test="d:bik"><fo:block>BIC (BIK): <xsl:value-of select="d:bik"/></fo:block></xsl:if>
      <xsl:if test="d:correspondentAccount"><fo:block>Correspondent account: <xsl:value-of select="d:correspondentAccount"/></fo:block></xsl:if>
    </xsl:for-each>
    <xsl:if test="$p/d:phone"><fo:block>Phone: <xsl:value-of select="$p/d:phone"/></fo:block></xsl:if>
    <xsl:if test="$p/d:email"><fo:block>E-mail: <xsl:value-of select="$p/d:email"/></fo:block></xsl:if>
  </xsl:template>

  <xsl:template name="basis">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$s/d:basis = 'CHARTER'">the Charter</xsl:when>
      <xsl:when test="$s/d:basis = 'POWER_OF_ATTORNEY'">
        <xsl:text>Power of Attorney</xsl:text>
        <xsl:if test="$s/d:powerOfAttorneyNumber"><xsl:value-of select="concat(' No.&#160;', $s/d:powerOfAttorneyNumber)"/></xsl:if>
        <xsl:if test="$s/d:powerOfAttorneyDate">
          <xsl:text> dated </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="iso" select="$s/d:powerOfAttorneyDate"/></xsl:call-template>
        </xsl:if>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- position, a rule to sign on, the name -->
  <xsl:template name="signature">
    <xsl:param name="s"/>
    <fo:block space-before="3mm"><xsl:value-of select="$s/d:position"/></fo:block>
    <fo:block space-before="8mm">
      <fo:leader leader-pattern="rule" leader-length="40mm" rule-thickness="0.5pt"/>
      <xsl:value-of select="concat(' / ', $s/d:name, ' /')"/>
    </fo:block>
    <fo:block font-size="6pt">(signature)</fo:block>
  </xsl:template>

  <xsl:template name="lines-table">
    <fo:table table-layout="fixed" width="100%" space-before="3mm" border="1pt solid black">
      <fo:table-column column-width="9mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="14mm"/>
      <fo:table-column column-width="13mm"/>
      <fo:table-column column-width="25mm"/>
      <fo:table-column column-width="27mm"/>
      <fo:table-header>
        <fo:table-row>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>No.</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>Description of services</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>Qty</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>Unit</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>Unit price</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>Amount, <xsl:value-of select="$currency"/></fo:block></fo:table-cell>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="/d:document/d:lines/d:line">
          <fo:table-row keep-together.within-page="always">
            <fo:table-cell xsl:use-attribute-sets="cell" text-align="center"><fo:block><xsl:value-of select="@no"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="d:name"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell" text-align="end">
              <fo:block><xsl:call-template name="quantity"><xsl:with-param name="value" select="d:quantity"/></xsl:call-template></fo:block>
            </fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell" text-align="center"><fo:block><xsl:value-of select="d:unitName"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell" text-align="end">
              <fo:block><xsl:call-template name="money"><xsl:with-param name="value" select="d:price"/></xsl:call-template></fo:block>
            </fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell" text-align="end">
              <fo:block>
                <xsl:call-template name="money">
                  <xsl:with-param name="value" select="d:amount[$vat-mode = 'INCLUDED'] | d:amountWithoutVat[$vat-mode != 'INCLUDED']"/>
                </xsl:call-template>
              </fo:block>
            </fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="totals">
    <xsl:param name="grand-label" select="'Total due:'"/>
    <xsl:variable name="t" select="/d:document/d:totals"/>
    <fo:table table-layout="fixed" width="100%" space-before="1mm" font-weight="bold" keep-with-previous.within-page="always">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="34mm"/>
      <fo:table-body>
        <xsl:call-template name="total-row">
          <xsl:with-param name="label" select="'Subtotal:'"/>
          <xsl:with-param name="value" select="$t/d:amount[$vat-mode = 'INCLUDED' or $vat-mode = 'NONE'] | $t/d:amountWithoutVat[$vat-mode = 'ADDED' or $vat-mode = 'ZERO']"/>
        </xsl:call-template>
        <xsl:choose>
          <xsl:when test="$vat-mode = 'NONE'">
            <xsl:call-template name="total-row">
              <xsl:with-param name="label" select="'VAT not applicable'"/>
              <xsl:with-param name="value" select="''"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$vat-mode = 'INCLUDED'">
            <xsl:call-template name="total-row">
              <xsl:with-param name="label" select="concat('Including VAT ', $vat-rate, '%:')"/>
              <xsl:with-param name="value" select="$t/d:vat"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="total-row">
              <xsl:with-param name="label" select="concat('VAT ', $vat-rate, '%:')"/>
              <xsl:with-param name="value" select="concat($t/d:vat, substring('0', 1, number(not($t/d:vat))))"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="total-row">
          <xsl:with-param name="label" select="concat($grand-label, ' ', $currency)"/>
          <xsl:with-param name="value" select="$t/d:amount"/>
        </xsl:call-template>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="total-row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <fo:table-row>
      <fo:table-cell padding="0.5mm"><fo:block text-align="end"><xsl:value-of select="$label"/></fo:block></fo:table-cell>
      <fo:table-cell padding="0.5mm" padding-right="1mm"><fo:block text-align="end">
        <xsl:call-template name="money"><xsl:with-param name="value" select="$value"/></xsl:call-template>
      </fo:block></fo:table-cell>
    </fo:table-row>
  </xsl:template>

  <!-- "including VAT 22%: 13,200.00 RUB" / "VAT not applicable (reason)" -->
  <xsl:template name="vat-sentence">
    <xsl:choose>
      <xsl:when test="$vat-mode = 'NONE'">
        <xsl:text>VAT not applicable</xsl:text>
        <xsl:if test="/d:document/d:vat/d:exemptionReason">
          <xsl:value-of select="concat(' (', /d:document/d:vat/d:exemptionReason, ')')"/>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat('including VAT ', $vat-rate, '%: ')"/>
        <xsl:call-template name="money">
          <xsl:with-param name="value" select="concat(/d:document/d:totals/d:vat, substring('0', 1, number(not(/d:document/d:totals/d:vat))))"/>
        </xsl:call-template>
        <xsl:value-of select="concat(' ', $currency)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="rule">
    <fo:block border-bottom="1.5pt solid black" space-before="1mm" space-after="2mm"/>
  </xsl:template>
</xsl:stylesheet>
