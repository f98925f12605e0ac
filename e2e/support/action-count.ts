// Counts what a person does, for the "first hour" measure (issue 15): every click, every field
// filled (one action per field, however long the text), every option chosen or box ticked,
// every key pressed and every navigation they make themselves (typing an address, following a
// link in an email). Waiting, reading and scrolling are free. Each action goes through here, so
// the count is the script, not an estimate; the log says what each one was.
import type { Locator, Page } from "@playwright/test";

export class ActionCount {
  readonly log: string[] = [];

  constructor(private readonly page: Page) {}

  get total(): number {
    return this.log.length;
  }

  private note(what: string) {
    this.log.push(what);
  }

  async goto(url: string, why: string): Promise<void> {
    this.note(`navigate: ${why}`);
    await this.page.goto(url);
  }

  async click(target: Locator, what: string): Promise<void> {
    this.note(`click: ${what}`);
    await target.click();
  }

  async fill(target: Locator, text: string, what: string): Promise<void> {
    this.note(`type: ${what}`);
    await target.fill(text);
  }

  async select(target: Locator, option: { label: string }, what: string): Promise<void> {
    this.note(`choose: ${what}`);
    await target.selectOption(option);
  }

  async check(target: Locator, what: string): Promise<void> {
    this.note(`tick: ${what}`);
    await target.check();
  }

  async press(key: string, what: string): Promise<void> {
    this.note(`key ${key}: ${what}`);
    await this.page.keyboard.press(key);
  }
}
