import type { settingsContract } from '../../shared/api/settings-contract';
import { searchRegencies, searchVillages } from '../services/regions';
import { getLogo, getSettings, saveSettings, setLogo } from '../services/settings';
import type { Handlers } from './handler-types';

export const settingsHandlers: Handlers<keyof typeof settingsContract> = {
  'settings.get': (ctx) => getSettings(ctx),
  'settings.save': (ctx, input) => saveSettings(ctx, input),
  'settings.logo': (ctx) => getLogo(ctx),
  'settings.setLogo': (ctx, input) => setLogo(ctx, input.contentBase64),
  'region.searchVillages': (_ctx, input) => searchVillages(input.query, input.limit),
  'region.searchRegencies': (_ctx, input) => searchRegencies(input.query, input.limit),
};
