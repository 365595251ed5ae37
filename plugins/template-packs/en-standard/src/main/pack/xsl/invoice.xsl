<?xml version="1.0" encoding="UTF-8"?>
<!-- Invoice for a foreign client: seller and bank details, bill-to, lines, VAT, total in figures and words,
     payment reference to quote and the due date. -->
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
      <xsl:text>Invoice</xsl:text>
      <xsl:if test="d:number"><xsl:value-of select="concat(' No.&#160;', d:number)"/></xsl:if>
      <xsl:text> dated </xsl:text>
      <xsl:call-template name="date"><xsl:with-param name="iso" select="$issued"/></xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="fo-document">
      <xsl:with-param name="footer" select="string($title)"/>
      <xsl:with-param name="body">
        <fo:block font-size="15pt" font-weight="bold"><xsl:value-of select="$title"/></fo:block>
        <xsl:call-template name="fix-line"/>
        <xsl:call-template name="rule"/>
        <fo:table table-layout="fixed" width="100%">
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-column column-width="6mm"/>
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-body>
            <fo:table-row>
              <fo:table-cell>
                <fo:block font-size="7.5pt" color="#555555" space-after="1mm">SELLER (BENEFICIARY)</fo:block>
                <xsl:call-template name="party-details"><xsl:with-param name="p" select="d:seller"/></xsl:call-template>
              </fo:table-cell>
              <fo:table-cell><fo:block/></fo:table-cell>
              <fo:table-cell>
                <fo:block font-size="7.5pt" color="#555555" space-after="1mm">BILL TO</fo:block>
                <fo:block font-weight="bold"><xsl:value-of select="d:buyer/d:fullName"/></fo:block>
                <xsl:if test="d:buyer/d:legalAddress"><fo:block>Address: <xsl:value-of select="d:buyer/d:legalAddress"/></fo:block></xsl:if>
                <xsl:call-template name="id-lines"><xsl:with-param name="p" select="d:buyer"/></xsl:call-template>
                <xsl:if test="d:buyer/d:email"><fo:block>E-mail: <xsl:value-of select="d:buyer/d:email"/></fo:block></xsl:if>
                <xsl:if test="d:contract">
                  <fo:block space-before="2mm">
                    <xsl:text>Under Agreement </xsl:text>
                    <xsl:call-template name="ref"><xsl:with-param name="r" select="d:contract"/></xsl:call-template>
                  </fo:block>
                </xsl:if>
                <xsl:if test="d:event">
                  <fo:block>
                    <xsl:value-of select="concat('Event: ', d:event/d:name)"/>
                    <xsl:if test="d:event/d:startsOn">
                      <xsl:text>, </xsl:text>
                      <xsl:call-template name="event-period"/>
                    </xsl:if>
                  </fo:block>
                </xsl:if>
              </fo:table-cell>
            </fo:table-row>
          </fo:table-body>
        </fo:table>
        <xsl:call-template name="lines-table"/>
        <xsl:call-template name="totals"/>
        <fo:block space-before="2mm" keep-with-previous.within-page="always">
          <xsl:text>Amount in words: </xsl:text>
          <fo:inline font-weight="bold"><xsl:value-of select="d:amountInWords"/></fo:inline>
          <xsl:text>, </xsl:text>
          <xsl:call-template name="vat-sentence"/>
          <xsl:text>.</xsl:text>
        </fo:block>
        <fo:block space-before="3mm">
          <xsl:choose>
            <xsl:when test="d:paymentDue">
              <xsl:text>Payment due: </xsl:text>
              <fo:inline font-weight="bold"><xsl:call-template name="date"><xsl:with-param name="iso" select="d:paymentDue"/></xsl:call-template></fo:inline>
              <xsl:text>.</xsl:text>
            </xsl:when>
            <xsl:otherwise>Payment due within 5 (five) banking days of the invoice date.</xsl:otherwise>
          </xsl:choose>
          <xsl:value-of select="concat(' Payment in ', d:currency, ' to the account above; bank charges are borne by the payer.')"/>
        </fo:block>
        <xsl:if test="d:paymentPurpose">
          <fo:block space-before="3mm" font-size="8pt" keep-with-next.within-page="always">Payment reference (quote it exactly):</fo:block>
          <fo:block border="1pt solid black" padding="2mm" start-indent="3mm" end-indent="3mm" space-before="1mm">
            <xsl:value-of select="d:paymentPurpose"/>
          </fo:block>
        </xsl:if>
        <fo:block keep-together.within-page="always" space-before="4mm">
          <xsl:call-template name="rule"/>
          <fo:block font-weight="bold">For the Seller: <xsl:call-template name="name"><xsl:with-param name="p" select="d:seller"/></xsl:call-template></fo:block>
          <xsl:call-template name="signature"><xsl:with-param name="s" select="d:seller/d:signatory"/></xsl:call-template>
        </fo:block>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
