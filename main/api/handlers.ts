import type { Handlers } from './handler-types';
import { meetingHandlers } from './meeting-handlers';
import { packageHandlers } from './package-handlers';
import { createHousehold, editHousehold, getHousehold, removeHousehold, search } from '../services/households';
import { fillDemo } from '../services/demo';
import { searchVillages } from '../services/regions';
import { getSettings, saveSettings } from '../services/settings';
import { explainNik } from '../services/session';
import { APP_VERSION } from './version';

/** Channel -> service call. Thin by design: the services hold the logic. */
export const handlers: Handlers = {
  ...meetingHandlers,
  ...packageHandlers,
  'app.info': (ctx) => ({ version: APP_VERSION, dataDir: ctx.dataDir, mode: ctx.mode }),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.save': (ctx, input) => saveSettings(ctx, input),
  'region.searchVillages': (_ctx, input) => searchVillages(input.query, input.limit),
  'nik.parse': (_ctx, input) => explainNik(input.nik),
  'households.search': (ctx, input) => search(ctx, input),
  'households.get': (ctx, input) => getHousehold(ctx, input.id),
  'households.create': (ctx, input) => createHousehold(ctx, input),
  'households.update': (ctx, input) => editHousehold(ctx, input.id, input.household),
  'households.delete': (ctx, input) => removeHousehold(ctx, input.id),
  'demo.fill': (ctx, input) => fillDemo(ctx, input),
};
