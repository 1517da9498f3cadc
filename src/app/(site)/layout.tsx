import type { Metadata } from 'next'

import React from 'react'

import { AccountNav } from '../../site/accounts/AccountNav.js'
import './site.css'

export const metadata: Metadata = {
  description: 'Articles and check-ins for couples who want to grow closer.',
  // Not helmet's no-referrer: with it, a form posted without JavaScript says `Origin: null`, which Next's
  // server actions cannot check and refuse. Same-origin still sends nothing (tokens in links) to other sites.
  referrer: 'same-origin',
  title: { default: 'Kindred', template: '%s · Kindred' },
}

/** The reader site's root layout: a route group beside the admin's `(payload)`, with its own <html>. */
const SiteLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="en">
    <body>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <a className="site-name" href="/">
          Kindred
        </a>
        <nav aria-label="Site">
          <a href="/">Articles</a>
          <AccountNav />
        </nav>
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>Kindred · guidance for couples. Your answers and results stay private.</p>
      </footer>
    </body>
  </html>
)

export default SiteLayout
