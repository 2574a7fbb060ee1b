/** The badge's and the card's CSS, added to Worthy's shadow root by the injected overlay script. */
import kit from '../ui/ui.css?inline';
import card from './card.css?inline';

export const CARD_CSS = `${kit}\n${card}`;
