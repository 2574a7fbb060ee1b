// Unit tests run without chrome.i18n: UI text comes from the bundled English catalog.
import '../../src/shared/i18n-english';
