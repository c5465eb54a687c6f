import { AssetLink } from '../../assets/components/asset-link';
import { ContactLink } from '../../contacts/components/contact-link';
import { CustomerLink } from '../../customers/components/customer-link';
import { OrderLink } from '../../orders/components/order-link';
import { ProjectLink } from '../../projects/components/project-link';
import { SiteLink } from '../../sites/components/site-link';
import { TicketLink } from '../../tickets/components/ticket-link';
import { WorkOrderLink } from '../../work-orders/components/work-order-link';
import type { NamedType } from '../types';

/** A granted or explained record by type and id: its name, linked to its page. */
export function RecordRef({ type, id }: { type: NamedType; id: string }) {
  switch (type) {
    case 'contact':
      return <ContactLink id={id} />;
    case 'asset':
      return <AssetLink id={id} />;
    case 'project':
      return <ProjectLink id={id} />;
    case 'work_order':
      return <WorkOrderLink id={id} />;
    case 'order':
      return <OrderLink id={id} />;
    case 'ticket':
      return <TicketLink id={id} />;
    case 'site':
      return <SiteLink id={id} />;
    case 'customer':
      return <CustomerLink id={id} />;
    default:
      return <span>{id.slice(0, 8)}</span>;
  }
}
