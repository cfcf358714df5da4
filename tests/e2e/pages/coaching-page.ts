// The supervisor's coaching controls on the wallboard and the agent's notice in the call bar.
import { expect, type Locator, type Page } from '@playwright/test';
import type { CoachingMode } from '../../../shared/recordings/protocol';

export class CoachingPage {
  readonly panel: Locator;
  readonly problem: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('coaching-panel');
    this.problem = page.getByTestId('coaching-problem');
    this.notice = page.getByTestId('coaching-notice');
  }

  row(agentId: string): Locator {
    return this.page.getByTestId(`wallboard-row-${agentId}`);
  }

  async start(agentId: string, mode: CoachingMode): Promise<void> {
    await this.row(agentId).getByTestId(`coach-${mode}`).click();
  }

  async waitConnected(mode: CoachingMode, timeout = 20_000): Promise<void> {
    await expect(this.panel).toHaveAttribute('data-phase', 'connected', { timeout });
    await expect(this.panel).toHaveAttribute('data-mode', mode);
  }

  async switchTo(mode: CoachingMode): Promise<void> {
    await this.page.getByTestId(`coaching-mode-${mode}`).click();
    await expect(this.panel).toHaveAttribute('data-mode', mode);
  }

  async end(): Promise<void> {
    await this.page.getByTestId('coaching-end').click();
    await expect(this.panel).toBeHidden();
  }
}
