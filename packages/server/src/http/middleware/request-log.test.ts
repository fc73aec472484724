import { describe, expect, it } from 'vitest';
import { redactPath } from './request-log.ts';

describe('redactPath', () => {
  it('hides invitation tokens and leaves other paths alone', () => {
    expect(redactPath('/api/invitations/abcDEF123-_/accept')).toBe('/api/invitations/***/accept');
    expect(redactPath('/invite/abcDEF123')).toBe('/invite/***');
    expect(redactPath('/api/workspaces/w1/invitations/i1')).toBe('/api/workspaces/w1/invitations/i1');
  });
});
