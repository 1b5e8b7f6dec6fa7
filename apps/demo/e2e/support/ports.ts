/** Fixed ports for the e2e servers (the demo's dev default is 5173, so these do not clash with it). */
export const MOCK_MODE_PORT = 4173;
export const REAL_MODE_PORT = 4174;
export const VERN_MOCK_PORT = 4175;
/** The key the mock Vern server demands and the real-mode demo holds; the page must never see it. */
export const E2E_API_KEY = 'vk_e2e_secret_0123456789abcdef';
