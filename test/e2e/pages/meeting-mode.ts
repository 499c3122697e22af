import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { Decision } from '../../../shared/meeting/options';
import type { RunningServer } from '../server';

/** The keys the README promises the secretary. */
const DECISION_KEYS: Readonly<Record<Decision, string>> = { DISETUJUI: '1', DITOLAK: '2', DITUNDA: '3' };

/** Meeting mode on the projector, driven from the keyboard as the secretary drives it. */
export class MeetingModePage {
  readonly screen: Locator;

  constructor(
    private readonly page: Page,
    private readonly server: RunningServer,
  ) {
    this.screen = page.getByTestId('meeting-mode');
  }

  /** Straight to a meeting's meeting mode by its address. */
  async open(meetingId: number): Promise<void> {
    await this.page.goto(`${this.server.url}#/musyawarah/${String(meetingId)}/rapat`);
    await expect(this.screen).toBeVisible();
  }

  async decide(decision: Decision): Promise<void> {
    await this.press(DECISION_KEYS[decision]);
  }

  async toggleGroundcheck(): Promise<void> {
    await this.press('g');
  }

  /** C, then the text typed into the note. */
  async note(text: string): Promise<void> {
    await this.press('c');
    await this.type(text);
  }

  /** Types where the focus is: into the note once a rejection or deferral has asked for its reason. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Enter in the note: saves it, together with a rejection or deferral that was waiting for it. */
  async saveNote(): Promise<void> {
    await this.press('Enter');
  }

  /** Esc in the note: back to the keys, nothing saved. */
  async leaveNote(): Promise<void> {
    await this.press('Escape');
  }

  async next(): Promise<void> {
    await this.press('ArrowRight');
  }

  async previous(): Promise<void> {
    await this.press('ArrowLeft');
  }

  async exit(): Promise<void> {
    await this.press('Escape');
  }

  async expectProgress(decided: number, total: number): Promise<void> {
    await expect(this.page.getByTestId('mode-progress')).toHaveText(`${String(decided)} dari ${String(total)} diputuskan`);
  }

  async expectProposal(position: number, total: number): Promise<void> {
    await expect(this.screen).toContainText(`Usulan ${String(position)} dari ${String(total)}`);
  }

  /** The decision shown for the current proposal, as its label ("Disetujui", "belum ada"). */
  async expectDecision(label: string): Promise<void> {
    await expect(this.page.getByTestId('mode-decision')).toHaveText(label);
  }

  async expectGroundcheck(): Promise<void> {
    const decisionLine = this.page.getByTestId('mode-decision').locator('..');
    await expect(decisionLine).toContainText('Perlu groundcheck');
  }

  /** What the screen asks for, e.g. the reason a rejection needs. */
  async expectPrompt(text: string): Promise<void> {
    await expect(this.page.getByRole('alert')).toHaveText(text);
  }

  private async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }
}
