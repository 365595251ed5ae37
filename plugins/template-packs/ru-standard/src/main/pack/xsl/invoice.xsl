<?xml version="1.0" encoding="UTF-8"?>
<!-- Счёт на оплату (invoice for payment). Not a primary document: it carries what the payer needs for the payment
     order (bank block, requisites, VAT, copy-ready purpose) and what lets the seller match the payment. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:d="urn:backoffice:document:1"
                exclude-result-prefixes="d">
  <xsl:include href="common.xsl"/>
  <xsl:include href="invoice-parts.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/d:document">
    <xsl:variable name="issued" select="d:correction[@type = 'FIX']/d:original/d:date | d:date[not(../d:correction[@type = 'FIX'])]"/>
    <xsl:variable name="title">
      <xsl:text>Счёт на оплату</xsl:text>
      <xsl:if test="d:number"><xsl:value-of select="concat(' №&#160;', d:number)"/></xsl:if>
      <xsl:text> от </xsl:text>
      <xsl:call-template name="date-long"><xsl:with-param name="iso" select="$issued"/></xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="fo-document">
      <xsl:with-param name="footer" select="string($title)"/>
      <xsl:with-param name="body">
        <xsl:call-template name="bank-block"/>
        <fo:block font-size="14pt" font-weight="bold" space-before="6mm"><xsl:value-of select="$title"/></fo:block>
        <xsl:call-template name="fix-line"/>
        <xsl:call-template name="rule"/>
        <xsl:call-template name="invoice-parties"/>
        <xsl:call-template name="lines-table"/>
        <xsl:call-template name="totals"/>
        <xsl:call-template name="sum-in-words"/>
        <xsl:call-template name="payment-due"/>
        <xsl:call-template name="payment-purpose"/>
        <xsl:call-template name="invoice-signatures"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
