import { i18n } from '../../app/i18n';
import de from './de.json';
import en from './en.json';

/**
 * The back office's strings, kept apart from app/i18n so the staff and portal sides can grow without
 * editing one shared file. Merged into the default namespace; keys already there are left alone.
 */
i18n.addResourceBundle('en', 'translation', en, true, false);
i18n.addResourceBundle('de', 'translation', de, true, false);
