import { describe, expect, it } from "vitest";
import { ChangePasswordSchema, EmailSchema, NameSchema, ResetPasswordSchema, SignUpSchema, TokenSchema } from "./schemas";
import { isCommonPassword, PasswordSchema } from "./password-policy";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe("account schemas", () => {
  it("normalises email addresses", () => {
    expect(EmailSchema.parse("  Ada.Lovelace@Example.COM ")).toBe("ada.lovelace@example.com");
    expect(messages(EmailSchema.safeParse("not-an-email"))).toEqual(["Enter a valid email address, like name@example.com."]);
    expect(messages(EmailSchema.safeParse(""))).toContain("Enter your email address.");
  });

  it("accepts long passwords without composition rules and refuses short or common ones", () => {
    expect(PasswordSchema.safeParse("all lower case words").success).toBe(true);
    expect(PasswordSchema.safeParse("x".repeat(64)).success).toBe(true);
    expect(PasswordSchema.safeParse("x".repeat(128)).success).toBe(true);
    expect(messages(PasswordSchema.safeParse("short"))).toEqual(["Use at least 8 characters."]);
    expect(messages(PasswordSchema.safeParse("x".repeat(129)))).toEqual(["Use at most 128 characters."]);
    expect(messages(PasswordSchema.safeParse("password1"))).toEqual(["This password is too common. Choose one that is harder to guess."]);
    expect(isCommonPassword("Qwertyuiop")).toBe(true);
    expect(isCommonPassword("violet kettle orbit")).toBe(false);
  });

  it("refuses names that could break email headers or markup", () => {
    expect(NameSchema.safeParse("Ada Lovelace").success).toBe(true);
    expect(NameSchema.safeParse("Ada\r\nBcc: x@y.z").success).toBe(false);
    expect(NameSchema.safeParse("<script>").success).toBe(false);
    expect(NameSchema.safeParse("   ").success).toBe(false);
  });

  it("falls back to UTC for a missing or bogus browser time zone on sign-up", () => {
    const base = { name: "Ada", email: "ada@example.com", password: "a long passphrase" };
    expect(SignUpSchema.parse({ ...base, timeZone: "" }).timeZone).toBe("UTC");
    expect(SignUpSchema.parse({ ...base, timeZone: "Mars/Olympus" }).timeZone).toBe("UTC");
    expect(SignUpSchema.parse({ ...base, timeZone: "Asia/Kathmandu" }).timeZone).toBe("Asia/Kathmandu");
  });

  it("puts a mismatch on the confirmation field", () => {
    const reset = ResetPasswordSchema.safeParse({ token: "a".repeat(43), password: "a long passphrase", confirmPassword: "another" });
    expect(reset.error?.issues[0]?.path).toEqual(["confirmPassword"]);
    const change = ChangePasswordSchema.safeParse({ currentPassword: "x", newPassword: "a long passphrase", confirmPassword: "nope" });
    expect(change.error?.issues[0]?.path).toEqual(["confirmPassword"]);
  });

  it("accepts only well-formed tokens", () => {
    expect(TokenSchema.safeParse("A".repeat(43)).success).toBe(true);
    expect(TokenSchema.safeParse("A".repeat(42)).success).toBe(false);
    expect(TokenSchema.safeParse("../../etc/passwd").success).toBe(false);
  });
});
