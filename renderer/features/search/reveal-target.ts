import type { SearchField, SearchHit } from '../../../shared/search';
import { focusWhenShown } from '../../components/focus';
import { usePlanner } from '../../store';

const OFFER_FIELDS: Partial<Record<SearchField, string>> = {
  company: 'offer.company',
  role: 'offer.role',
  level: 'offer.level',
  city: 'offer.city',
  country: 'offer.country',
  notes: 'offer.notes',
  benefits: 'offer.benefits.other',
};

/** The fields a hit can lead to, most precise first (where the words were, then the item itself). */
function selectorsOf(hit: SearchHit): string[] {
  const { entry, field } = hit;
  const target = entry.target;
  switch (entry.kind) {
    case 'offer':
      return [`[name="${OFFER_FIELDS[field] ?? 'offer.company'}"]`, '[name="offer.company"]', '[data-testid="offer-editor"] button'];
    case 'checklistItem': {
      const row = `[data-item-id="${CSS.escape(target.itemId ?? '')}"]`;
      const name = field === 'notes' ? 'item.notes' : field === 'details' ? 'item.details' : 'item.title';
      return [`${row} [name="${name}"]`, `${row} [name="item.title"]`, `${row} [data-testid="item-toggle"]`];
    }
    case 'checklist':
      return ['[data-testid="checklist-detail"] button'];
    case 'goal':
      return ['.language-goal-tab--active', '[name="log.minutes"]'];
    case 'studyLog':
      return [`[data-testid="log-row"][data-date="${CSS.escape(entry.context)}"] button`, '[name="log.minutes"]'];
    case 'profile':
      return [`[name="profile.${field === 'homeCity' ? 'homeCity' : 'displayName'}"]`];
    case 'move':
      return [`[name="move.${field === 'notes' ? 'notes' : 'destinationCity'}"]`];
  }
}

/** Opens the screen a search result lives on, opens the item there and puts the focus on what matched. */
export function revealHit(hit: SearchHit): void {
  const state = usePlanner.getState();
  state.openTarget(hit.entry.target);
  if (hit.entry.kind === 'checklistItem') state.revealItem(hit.entry.target.itemId ?? null);
  focusWhenShown(selectorsOf(hit), { reveal: true });
}
