import { apiFetch } from '../../../lib/api.js';
import type { CenterSettings, CenterSettingsInput } from '../settings-types.js';

export function updateSettings(input: CenterSettingsInput): Promise<CenterSettings> {
  return apiFetch<CenterSettings>('/api/center/settings', { method: 'PUT', body: input });
}
