import { getPortalAddress } from '../_components/portal-address';
import { GetHelp } from './_components/get-help';
import { Hero } from './_components/hero';
import { HowToCheck } from './_components/how-to-check';
import { HowWeProtect } from './_components/how-we-protect';
import { RealAddress } from './_components/real-address';
import { WhatHappened } from './_components/what-happened';
import { WhatPortalDoes } from './_components/what-portal-does';
import { YourRights } from './_components/your-rights';

// The landing page: what happened, what the portal does, how to check, rights, help, protection.
export default async function LandingPage() {
  const address = await getPortalAddress();
  return (
    <>
      <Hero />
      <div className="grid-container">
        <RealAddress address={address} />
        <WhatHappened />
        <WhatPortalDoes />
        <HowToCheck address={address} />
        <YourRights />
        <GetHelp address={address} />
        <HowWeProtect address={address} />
      </div>
    </>
  );
}
